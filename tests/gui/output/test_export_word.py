"""The export dialog writes the Word briefing beside deck and handout, through the same single export."""

from __future__ import annotations

from docx import Document

from briefing_app.gui.shell.actions import MainAction

from .test_export_ui import accepted_project, out, win  # noqa: F401 - the same window and fake dialogs


def test_export_dialog_writes_a_word_briefing(win, out, qtbot, tmp_path):  # noqa: F811 - pytest passes the imported fixtures by name
    def fill(dialog):
        dialog.pptx_check.setChecked(False)
        dialog.pdf_check.setChecked(False)
        assert not dialog.export_button.isEnabled()
        dialog.docx_check.setChecked(True)
        assert dialog.export_button.isEnabled()
        dialog.docx_path.setText(str(tmp_path / "gespraech"))  # the suffix is added

    out.fill = fill
    win.main_actions[MainAction.EXPORT].trigger()
    qtbot.waitUntil(lambda: bool(out.reports), timeout=20000)
    report = out.reports[0]
    assert report.docx_path == tmp_path / "gespraech.docx" and report.pptx_path is None and report.pdf_path is None
    headings = [p.text for p in Document(str(report.docx_path)).paragraphs if p.style.name == "Heading 1"]
    assert "Sprechpunkte aktiv" in headings and "Positionen der Gegenseite" in headings
    assert not win.dialogs.errors
