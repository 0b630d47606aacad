"""An English translation that turns "Billionen" into "billion" is flagged in the export report."""

from __future__ import annotations

from briefing_app.core.briefing import Section
from briefing_app.core.compose import placed_annotations, refresh_briefing
from briefing_app.export import export_briefing
from briefing_app.pipeline import accept_all, sample_project


def test_billion_false_friend_is_reported(tmp_path) -> None:
    project = sample_project()
    accept_all(project)
    refresh_briefing(project)
    item = next(i for i, a in placed_annotations(project, Section.KEY_FIGURES) if "Billionen" in a.anchor.exact)
    report = export_briefing(project, pdf_path=tmp_path / "ok.pdf")
    assert not any("trillion" in w for w in report.warnings)
    item.translation = "1.2 billion yuan"
    report = export_briefing(project, pdf_path=tmp_path / "warned.pdf", lang="en")
    [warning] = [w for w in report.warnings if "trillion" in w]
    assert "1,2 Billionen Yuan" in warning
    assert "„1,2 Billionen Yuan“" in warning.text(lambda s: {
        warning.template: "Die Übersetzung von „{source}“ ist falsch."}.get(s, s))
