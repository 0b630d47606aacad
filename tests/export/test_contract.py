"""One contract, every writer: what a deck and a handout must both guarantee.

Each output is read back (python-pptx, pypdf) and checked for: every in-briefing item
present, provenance (annotation ids) carried, German and Chinese text intact, the
classification on every slide/page, and derived sources listed.
"""

from __future__ import annotations


import pytest

from briefing_app.core.annotation import Kind, SpeechKind
from briefing_app.core.compose import ITEM_SECTIONS, placed_annotations
from briefing_app.core.number_format import format_figure
from briefing_app.export import export_briefing

from .conftest import make_project
from .readback import read_pdf, read_pptx, squash

WRITERS = {
    "pptx": ("deck.pptx", "pptx_path", read_pptx),
    "pdf": ("handout.pdf", "pdf_path", read_pdf),
}


@pytest.fixture(scope="module", params=sorted(WRITERS))
def exported(request, tmp_path_factory):
    name, arg, reader = WRITERS[request.param]
    project = make_project()
    target = tmp_path_factory.mktemp(request.param) / name
    report = export_briefing(project, **{arg: target})
    return request.param, project, reader(target), report, target


def _expected_texts(project) -> dict[str, str]:
    """Annotation id -> a string its entry must show (as the user would recognise it)."""
    lang = project.briefing.label_language
    out = {}
    for section in ITEM_SECTIONS:
        for item, ann in placed_annotations(project, section):
            if ann.kind is Kind.QUOTE:
                shown = ann.quote.translation or ann.anchor.exact
                # reported speech stands as a sentence of its own: first letter capitalised
                out[ann.id] = shown if ann.quote.speech is SpeechKind.DIRECT else shown[:1].upper() + shown[1:]
            elif ann.kind is Kind.FIGURE:
                out[ann.id] = format_figure(ann.figure, lang).number
            elif ann.kind is Kind.PERSON:
                out[ann.id] = ann.person.name
            else:
                out[ann.id] = ann.anchor.exact
    return out


def test_every_briefing_item_is_in_the_output(exported):
    kind, project, rb, report, _ = exported
    expected = _expected_texts(project)
    assert len(expected) == 9
    text = squash(rb.text)
    missing = {i: t for i, t in expected.items() if squash(t) not in text}
    assert not missing, f"{kind}: items missing from the output: {missing}"


def test_meeting_messages_questions_and_objectives_are_in_the_output(exported):
    _, project, rb, _, _ = exported
    b = project.briefing
    text = squash(rb.text)
    for t in [b.meeting.title, *b.objectives, *b.key_messages, *b.questions]:
        assert squash(t) in text


def test_provenance_ids_are_carried(exported):
    kind, project, rb, _, _ = exported
    expected = set(_expected_texts(project))
    assert expected <= rb.ids, f"{kind}: ids without a trace: {expected - rb.ids}"


def test_german_and_chinese_text_survives(exported):
    kind, _, rb, _, _ = exported
    for ch in "äöüß„“":
        assert ch in rb.text, f"{kind}: {ch!r} lost"
    assert "太仓" in rb.text
    assert "王磊" in rb.text


def test_classification_on_every_page(exported):
    kind, project, rb, _, _ = exported
    mark = squash(project.briefing.classification.upper())
    assert rb.pages
    for n, page in enumerate(rb.pages, start=1):
        assert mark in squash(page), f"{kind}: classification missing on page/slide {n}"


def test_sources_are_derived_with_outlet_date_and_url(exported):
    _, _, rb, _, _ = exported
    text = squash(rb.text)
    assert squash("Wirtschaftskurier") in text
    assert squash("https://example.org/wirtschaft/taicang") in text
    assert "14.10.2026" in rb.text


def test_page_x_of_y_and_as_of(exported):
    kind, _, rb, report, _ = exported
    total = report.slide_count if kind == "pptx" else report.page_count
    assert total == len(rb.pages)
    assert f"Seite 2 von {total}" in rb.pages[1]
    assert "Stand:" in rb.text


def test_no_classification_means_none_printed(tmp_path):
    project = make_project(classification="")
    report = export_briefing(project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf")
    for rb in (read_pptx(report.pptx_path), read_pdf(report.pdf_path)):
        assert "DIENSTGEBRAUCH" not in rb.text.upper()


def test_pdf_embeds_fonts_for_german_and_chinese(exported):
    kind, _, rb, _, _ = exported
    if kind != "pdf":
        pytest.skip("fonts are embedded in PDFs only; decks name them (see test_pptx_writer)")
    assert any("NotoSans" in f for f in rb.fonts), rb.fonts
    assert any("DroidSansFallback" in f for f in rb.fonts), rb.fonts


def test_export_does_not_change_the_project(tmp_path):
    project = make_project()
    before = project.briefing.to_dict()
    export_briefing(project, pdf_path=tmp_path / "h.pdf")
    assert project.briefing.to_dict() == before


def test_outputs_are_readable_in_english(tmp_path):
    project = make_project()
    report = export_briefing(project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", lang="en")
    for rb in (read_pptx(report.pptx_path), read_pdf(report.pdf_path)):
        assert "Key figures" in rb.text
        assert "1.2 trillion yuan" in rb.text.replace("\u00a0", " ")
        assert "\u201cWir wollen" in rb.text  # English quotation marks
        assert "Quelle" not in rb.text


