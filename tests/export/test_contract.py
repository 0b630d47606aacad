"""One contract, every writer: what a deck, a handout and a Word briefing must all guarantee.

Each output is read back (python-pptx, pypdf, python-docx) and checked for: every
in-briefing item present, provenance (annotation ids) carried, German and Chinese text
intact, the classification on every slide/page, derived sources listed, a corrected
figure shown with its editorial insertion, an open finding flagged, statements complete.
"""

from __future__ import annotations

import pytest

from briefing_app.core.analysis import figure_findings
from briefing_app.core.annotation import Kind, SpeechKind
from briefing_app.core.compose import ITEM_SECTIONS, placed_annotations
from briefing_app.core.corrections import correction_command
from briefing_app.core.finding_status import DismissFinding
from briefing_app.core.number_format import format_figure
from briefing_app.core.statements import statement
from briefing_app.export import export_briefing

from .conftest import make_project
from .readback import read_docx, read_pdf, read_pptx, squash

WRITERS = {
    "pptx": ("deck.pptx", "pptx_path", read_pptx),
    "pdf": ("handout.pdf", "pdf_path", read_pdf),
    "docx": ("briefing.docx", "docx_path", read_docx),
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
        for _, ann in placed_annotations(project, section):
            if ann.kind is Kind.QUOTE:
                art = project.article(ann.article_id)
                out[ann.id] = ann.quote.translation or statement(
                    art.text, ann.anchor.start, ann.anchor.end, direct=ann.quote.speech is SpeechKind.DIRECT,
                    speaker=ann.quote.speaker, language=art.language)
            elif ann.kind is Kind.FIGURE:
                out[ann.id] = format_figure(ann.figure, lang).number
            elif ann.kind is Kind.PERSON:
                out[ann.id] = ann.person.name
            else:
                out[ann.id] = ann.anchor.exact
    return out


def test_every_briefing_item_is_in_the_output(exported):
    kind, project, rb, _, _ = exported
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
    if kind == "docx":
        assert "Stand:" in rb.text  # Word numbers its own pages
        return
    total = report.slide_count if kind == "pptx" else report.page_count
    assert total == len(rb.pages)
    assert f"Seite 2 von {total}" in rb.pages[1]
    assert "Stand:" in rb.text


def test_no_classification_means_none_printed(tmp_path):
    project = make_project(classification="")
    report = export_briefing(project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx")
    for rb in (read_pptx(report.pptx_path), read_pdf(report.pdf_path), read_docx(report.docx_path)):
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
    report = export_briefing(project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx", lang="en")
    for rb in (read_pptx(report.pptx_path), read_pdf(report.pdf_path), read_docx(report.docx_path)):
        assert "Key figures" in rb.text or "Background and facts" in rb.text  # the Word briefing's "Sachstand"
        assert "1.2 trillion yuan" in rb.text.replace("\u00a0", " ")
        assert "\u201cWir wollen" in rb.text  # English quotation marks
        assert "Quelle" not in rb.text




def _all_three(project, tmp_path, **kw):
    report = export_briefing(project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf",
                             docx_path=tmp_path / "b.docx", **kw)
    return report, {"pptx": read_pptx(report.pptx_path), "pdf": read_pdf(report.pdf_path), "docx": read_docx(report.docx_path)}


def _scale_error(project):
    art = project.articles[0]
    return next(f for f in figure_findings(art.text, art.language, art.published) if f.code == "scale_error")


def test_a_corrected_figure_inside_a_quote_carries_its_insertion_everywhere(tmp_path):
    project = make_project(wrong_conversion=True)
    art = project.articles[0]
    correction_command(project, art.id, _scale_error(project)).do(project)
    report, outputs = _all_three(project, tmp_path)
    for kind, rb in outputs.items():
        text = squash(rb.text)
        # the article's wording stays, the insertion follows the amount inside the quote
        assert squash("(rund 16 Milliarden Euro [korrigiert: ca. 160 Mrd. Euro, EZB-Kurs vom 14.10.2026])") in text, kind
        assert "ungeprüft" not in rb.text, kind
    # explained once: in the handout's and Word's editorial notes, in the deck's speaker notes
    for kind in ("pdf", "docx"):
        assert squash(outputs[kind].text).count(squash("ist ein Hinweis der Redaktion")) == 1, kind
    assert "Hinweis der Redaktion" in "\n".join(outputs["pptx"].notes)
    assert not [w for w in report.warnings if "Unchecked" in str(w)]


def test_an_open_error_finding_is_flagged_in_every_output_and_the_report(tmp_path):
    project = make_project(wrong_conversion=True)
    report, outputs = _all_three(project, tmp_path)
    for kind, rb in outputs.items():
        # the handout draws the warning sign (its fonts have no "⚠"); the text is the same everywhere
        sign = "" if kind == "pdf" else "⚠ "
        assert f"{sign}ungeprüft: Umrechnung im Artikel weicht um Faktor 10 ab" in rb.text, kind
    assert any(str(w).startswith("Unchecked figure: Wahrscheinlicher Größenfehler") for w in report.warnings)
    (tmp_path / "en").mkdir()
    _, english = _all_three(project, tmp_path / "en", lang="en")
    assert all("unchecked: the article's conversion is off by a factor of 10" in rb.text.replace("’", "'") for rb in english.values())


def test_a_dismissed_finding_is_not_flagged(tmp_path):
    project = make_project(wrong_conversion=True)
    DismissFinding(project.articles[0].id, _scale_error(project)).do(project)
    report, outputs = _all_three(project, tmp_path)
    assert all("ungeprüft" not in rb.text for rb in outputs.values())
    assert not [w for w in report.warnings if "Unchecked" in str(w)]


def test_no_exported_quote_is_a_capitalised_fragment(exported):
    kind, project, rb, _, _ = exported
    text = squash(rb.text)
    for ann in project.annotations.values():
        if ann.kind is Kind.QUOTE and ann.anchor.exact[:1].islower() and not ann.quote.translation:
            fragment = ann.anchor.exact[:1].upper() + ann.anchor.exact[1:]
            assert squash(fragment) not in text, f"{kind}: {fragment!r} printed as a sentence"
    assert squash("Dr. Matthias Krämer betonte, der Mittelstand brauche vor allem Rechtssicherheit") in text


def test_notes_carry_context_and_source_but_no_internal_ids(exported):
    kind, project, rb, _, _ = exported
    if kind != "pptx":
        pytest.skip("speaker notes exist in decks only")
    notes = "\n".join(rb.notes)
    assert "ann:" not in notes and "Beleg" not in notes
    for ann in project.annotations.values():
        assert ann.id not in notes
    assert "Davor:" in notes and "Danach:" in notes and "https://example.org/wirtschaft/taicang" in notes
    assert "Sprecher: Katrin Albers, Präsidentin, VDMC" in notes


TAKEAWAY = "Die Investition ist real, aber die Euro-Zahl der Presse ist um den Faktor zehn falsch"
MESSAGES_TAKEAWAY = "Wir investieren, wenn der Schutz geistigen Eigentums steht"


def test_a_takeaway_titles_its_slide_and_leads_its_section_in_handout_and_word(tmp_path):
    from pptx import Presentation

    from briefing_app.core.briefing import Section
    from briefing_app.core.briefing_commands import SetTakeaway

    from .readback import docx_headings

    project = make_project()
    SetTakeaway(Section.KEY_FIGURES, TAKEAWAY).do(project)
    SetTakeaway(Section.KEY_MESSAGES, MESSAGES_TAKEAWAY).do(project)
    report, outputs = _all_three(project, tmp_path)
    # deck: the takeaway is the slide's title, the section name a small line above it, both in the title box
    prs = Presentation(str(report.pptx_path))
    titled = [s for s in prs.slides if s.shapes.title is not None and TAKEAWAY in s.shapes.title.text]
    assert len(titled) == 1
    paras = titled[0].shapes.title.text_frame.paragraphs
    assert [p.text for p in paras] == ["ZAHLEN UND FAKTEN", TAKEAWAY]
    assert paras[0].runs[0].font.size < paras[1].runs[0].font.size
    assert "Figure [ann:" in " ".join(sh.name for sh in titled[0].shapes)  # the figures are on that slide
    untitled = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None and s is not titled[0]]
    assert "Stimmen" in untitled  # sections without a takeaway keep their name as title
    # handout and Word: the takeaway is the first line under the section's heading
    for kind in ("pdf", "docx"):
        text = squash(outputs[kind].text)
        assert squash(TAKEAWAY) in text, kind
    assert squash("Zahlen und Fakten" + TAKEAWAY) in squash(outputs["pdf"].text)  # right under its heading
    # the key messages stand on the handout's first page and under "Sprechpunkte aktiv" in Word: so does their takeaway
    assert squash("Kernbotschaften" + MESSAGES_TAKEAWAY) in squash(outputs["pdf"].pages[0])
    assert squash("Sprechpunkte aktiv" + MESSAGES_TAKEAWAY) in squash(outputs["docx"].text)
    assert any(MESSAGES_TAKEAWAY in page for page in outputs["pptx"].pages)
    docx_lines = outputs["docx"].text.split("\n")
    heading = docx_lines.index(TAKEAWAY) - 1
    assert docx_lines[heading] in [t for _, t in docx_headings(report.docx_path)]


def test_a_long_takeaway_shrinks_to_stay_inside_the_title_box(tmp_path):
    from pptx import Presentation

    from briefing_app.core.briefing import MAX_TAKEAWAY_CHARS, Section
    from briefing_app.core.briefing_commands import SetTakeaway
    from briefing_app.export.pptx_writer import Box
    from briefing_app.export.text_fit import Para, height_needed

    long = ("Die Investition in Taicang ist real und vom Mittelstand getragen, aber die Euro-Zahl der Presse ist "
            "um den Faktor zehn zu klein: vor dem Gespräch richtigstellen")
    assert len(long) > MAX_TAKEAWAY_CHARS - 20
    for template in ("briefing-classic", "briefing-modern"):
        project = make_project()
        SetTakeaway(Section.QUOTES, long).do(project)
        out = tmp_path / f"{template}.pptx"
        report = export_briefing(project, pptx_path=out, template=template)
        assert not report.warnings, template
        slide = next(s for s in Presentation(str(out)).slides if s.shapes.title is not None and long in s.shapes.title.text)
        title = slide.shapes.title
        paras = [Para(p.text, p.runs[0].font.size.pt, bold=True) for p in title.text_frame.paragraphs]
        box = Box(title.left, title.top, title.width, title.height)
        assert height_needed(paras, box.inner_w_pt) <= box.inner_h_pt, template
        assert [p.text for p in paras] == ["STIMMEN", long], template  # the section name stays above it
        assert paras[1].size_pt >= 16, template
