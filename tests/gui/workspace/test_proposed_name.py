"""Save As and export propose one name: the meeting title, else the article's title."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.file_names import proposed_file_stem


def test_save_as_and_export_propose_the_same_name(sample_window, dialogs):
    win = sample_window
    proposed = []
    dialogs.save_project_as = lambda start: proposed.append(start) or ""
    win.docs.save_as()
    stem = Path(proposed[0]).stem
    assert stem == proposed_file_stem(win.ws.project)
    assert win.ws.project.briefing.meeting.title.split()[0] in stem

    shown = []
    win.output_dialogs.run = lambda dialog: shown.append(Path(dialog.pptx_path.text()).stem) and False
    win.exporter.ask_and_export()
    assert shown == [stem]


def test_without_a_meeting_title_the_article_names_the_files(make_window, sample_project_cached):
    import copy

    project = copy.deepcopy(sample_project_cached)
    project.briefing.meeting.title = ""
    stem = proposed_file_stem(project)
    assert project.articles[0].title.split()[0] in stem
