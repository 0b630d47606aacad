"""The export task writes deck and handout through one export call and one report."""

from __future__ import annotations

from pathlib import Path

from briefing_app.export import ExportReport
from briefing_app.gui.output import exporter
from briefing_app.gui.shell.tasks import CancelToken


def test_deck_and_handout_in_one_export_call(monkeypatch, tmp_path):
    calls = []

    def fake(project, **kw):
        calls.append(kw)
        return ExportReport(pptx_path=kw["pptx_path"], pdf_path=kw["pdf_path"], slide_count=4, page_count=2)

    import briefing_app.export

    monkeypatch.setattr(briefing_app.export, "export_briefing", fake)
    options = exporter.ExportOptions(pptx_path=tmp_path / "a.pptx", pdf_path=tmp_path / "a.pdf", template="", lang="de")
    report = exporter.run_export(object(), options, CancelToken(lambda *_a: None))
    assert len(calls) == 1
    assert calls[0]["pptx_path"] == Path(tmp_path / "a.pptx") and calls[0]["pdf_path"] == Path(tmp_path / "a.pdf")
    assert calls[0]["template"] is None
    assert (report.slide_count, report.page_count) == (4, 2)
