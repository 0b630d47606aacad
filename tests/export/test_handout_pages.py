"""The handout opens with one page "at a glance" and leaves no half-empty pages between sections."""

from __future__ import annotations

from pypdf import PdfReader

from briefing_app.core.compose import refresh_briefing
from briefing_app.export import export_briefing
from briefing_app.pipeline import accept_all, apply_suggested_corrections, sample_project

FOOTER_PT = 80  # footer and page number live below this height


def _lowest_text(page) -> float:
    ys: list[float] = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > FOOTER_PT:
            ys.append(y)

    page.extract_text(visitor_text=visit)
    return min(ys) if ys else float(page.mediabox.height)


def test_at_a_glance_first_then_no_half_empty_pages(tmp_path):
    project = sample_project()
    accept_all(project)
    apply_suggested_corrections(project)
    refresh_briefing(project)
    for lang in ("de", "en"):
        report = export_briefing(project, pdf_path=tmp_path / f"{lang}.pdf", lang=lang)
        reader = PdfReader(str(report.pdf_path))
        first = reader.pages[0].extract_text()
        assert ("Auf einen Blick" if lang == "de" else "At a glance") in first
        for heading in (("Ziele", "Kernbotschaften") if lang == "de" else ("Objectives", "Key messages")):
            assert heading in first
        assert "Stimmen" not in first and "Voices" not in first  # the sections start on page two
        height = float(reader.pages[0].mediabox.height)
        for n, page in enumerate(reader.pages[1:-1], start=2):
            assert _lowest_text(page) < height / 2, f"{lang}: page {n} is more than half empty"
