"""The seed-like briefing makes a short, readable deck with every template.

At most seven slides; body text (bullets, statements, figure values, names) at 16 pt or
more; quote cards fill the slide's height; nothing reported as overflowing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from briefing_app.core.compose import refresh_briefing
from briefing_app.export import export_briefing
from briefing_app.pipeline import accept_all, apply_suggested_corrections, sample_project

from .test_pptx_writer import _corporate_template


@pytest.fixture(scope="module")
def seed():
    project = sample_project()
    accept_all(project)
    apply_suggested_corrections(project)
    refresh_briefing(project)
    return project


def _deck(seed, tmp_path: Path, template) -> tuple[Presentation, list[str]]:
    report = export_briefing(seed, pptx_path=tmp_path / "deck.pptx", template=template)
    return Presentation(str(report.pptx_path)), [str(w) for w in report.warnings]


@pytest.mark.parametrize("template", ["briefing-classic", "briefing-modern", "corporate"])
def test_seed_briefing_is_at_most_seven_slides_and_nothing_overflows(seed, tmp_path, template):
    corporate = template == "corporate"
    if corporate:  # a 4:3 template with foreign layout names: smaller slides may continue, never overflow
        template = _corporate_template(tmp_path / "acme.pptx")
    prs, warnings = _deck(seed, tmp_path, template)
    assert not [w for w in warnings if "may overflow" in w or "may not fit" in w]
    if not corporate:
        assert len(prs.slides) <= 7
        assert not [w for w in warnings if "continues on the next" in w]


@pytest.mark.parametrize("template", ["briefing-classic", "briefing-modern"])
def test_body_text_is_16_pt_or_more(seed, tmp_path, template):
    prs, _ = _deck(seed, tmp_path, template)
    checked = 0
    for slide in list(prs.slides)[1:]:
        for shape in slide.shapes:
            kind = shape.name.split(" [")[0]
            if kind not in ("Quote", "Bullets", "Person") or not shape.has_text_frame:
                continue
            first = shape.text_frame.paragraphs[0]  # the statement, the bullet, the name
            for run in first.runs:
                assert run.font.size is None or run.font.size >= Pt(16), (slide.shapes.title.text, run.text[:40])
                checked += 1
    assert checked >= 6


def test_quote_cards_use_the_slides_height_and_name_the_speaker(seed, tmp_path):
    prs, _ = _deck(seed, tmp_path, None)
    slide = next(s for s in prs.slides if s.shapes.title.text == "Stimmen")
    cards = [sh for sh in slide.shapes if sh.name.startswith("Quote [")]
    assert len(cards) == 3
    assert all(card.height > prs.slide_height * 0.6 for card in cards)
    texts = [card.text_frame.text for card in cards]
    assert any("Wang Lei erklärte, dass" in t and "\nWang Lei\n" in t for t in texts)


def test_a_conversion_pair_is_one_tile(seed, tmp_path):
    prs, _ = _deck(seed, tmp_path, None)
    slide = next(s for s in prs.slides if s.shapes.title.text == "Zahlen und Fakten")
    tiles = [sh.text_frame.text.replace("\u00a0", " ") for sh in slide.shapes if sh.name.startswith("Figure [")]
    pair = [t for t in tiles if "Yuan" in t]
    assert len(pair) == 1 and "1,2 Bio. Yuan ≈ 160 Mrd. Euro" in pair[0]
    assert not any(t.startswith("rund\n16") for t in tiles)  # the article's wrong amount is no tile of its own
