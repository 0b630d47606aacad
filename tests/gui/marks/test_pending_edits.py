"""Text still being typed (editing not finished) is part of what Save, Close and export see."""

from __future__ import annotations

from briefing_app.gui.shell.dialogs import SaveAnswer
from briefing_app.storage import load_project


def test_save_takes_a_title_still_being_typed(sample_window, qtbot, tmp_path, dialogs):
    win = sample_window
    form = win.composer_view.form
    form.title.setFocus()
    form.title.clear()
    qtbot.keyClicks(form.title, "Besuch in Taicang")  # no Enter, focus stays in the field
    dialogs.save_paths.append(str(tmp_path / "typed.briefing"))
    assert win.docs.save()
    assert load_project(tmp_path / "typed.briefing").briefing.meeting.title == "Besuch in Taicang"
    assert not win.isWindowModified()


def test_close_asks_about_text_still_being_typed(sample_window, qtbot, dialogs):
    win = sample_window
    assert not win.isWindowModified()
    summary = win.composer_view.form.summary
    summary.setFocus()
    qtbot.keyClicks(summary, "Noch nicht fertig")
    dialogs.save_answers.append(SaveAnswer.CANCEL)
    assert not win.close()
    assert dialogs.asked.count("save_changes") == 1
    assert win.ws.project.briefing.executive_summary.startswith("Noch nicht fertig")
    dialogs.save_answers.append(SaveAnswer.DISCARD)
    assert win.close()


def test_a_mark_field_still_being_typed_is_saved(sample_window, qtbot, tmp_path, dialogs):
    win = sample_window
    ann = next(a for a in win.ws.project.annotations.values() if a.kind.value == "quote")
    win.ws.select_annotation(ann.id)
    editor = win.inspector.editor
    assert editor.ann is ann
    editor.comment.setFocus()
    qtbot.keyClicks(editor.comment, "Nachfragen")
    dialogs.save_paths.append(str(tmp_path / "mark.briefing"))
    assert win.docs.save()
    assert load_project(tmp_path / "mark.briefing").annotations[ann.id].comment.endswith("Nachfragen")


def test_an_untouched_project_closes_without_asking(sample_window, dialogs):
    win = sample_window
    win.ws.select_annotation(next(iter(win.ws.project.annotations)))
    assert win.close()
    assert "save_changes" not in dialogs.asked
