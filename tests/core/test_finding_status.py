"""A finding is open until the user corrects or dismisses it, and the project remembers."""

from __future__ import annotations

from briefing_app.core.analysis import figure_findings
from briefing_app.core.corrections import correction_command
from briefing_app.core.finding_status import (
    DismissFinding,
    FindingState,
    RestoreFinding,
    finding_state,
    open_findings,
    touched_annotations,
)
from briefing_app.pipeline import sample_project
from briefing_app.storage.project_file import load_project, save_project


def _sample_error():
    project = sample_project()
    article = project.articles[0]
    findings = figure_findings(article.text, article.language, article.published)
    error = next(f for f in findings if f.severity == "error")
    return project, article, findings, error


def test_sample_conversion_error_is_open_and_touches_its_figures():
    project, article, findings, error = _sample_error()
    assert finding_state(project, article.id, error) is FindingState.OPEN
    assert error in open_findings(project, article.id, findings)
    assert touched_annotations(project, article.id, error)


def test_applying_the_correction_closes_the_finding_and_undo_reopens_it():
    project, article, _, error = _sample_error()
    command = correction_command(project, article.id, error)
    assert command is not None
    command.do(project)
    assert finding_state(project, article.id, error) is FindingState.CORRECTED
    command.undo(project)
    assert finding_state(project, article.id, error) is FindingState.OPEN


def test_dismissal_is_undoable_and_saved_with_the_project(tmp_path):
    project, article, _, error = _sample_error()
    dismiss = DismissFinding(article.id, error)
    dismiss.do(project)
    assert finding_state(project, article.id, error) is FindingState.DISMISSED
    path = tmp_path / "p.briefing"
    save_project(project, path)
    reloaded = load_project(path)
    assert finding_state(reloaded, article.id, error) is FindingState.DISMISSED
    RestoreFinding(article.id, error).do(reloaded)
    assert finding_state(reloaded, article.id, error) is FindingState.OPEN
    dismiss.undo(project)
    assert finding_state(project, article.id, error) is FindingState.OPEN
