"""How lines become clean text: headline, margins, paragraphs."""

from __future__ import annotations

from briefing_app.ingest.cleaning import clean_lines, render
from briefing_app.ingest.normalize import normalized_lines

BODY = "Der neue Industriecluster in Taicang nimmt Gestalt an, sagte die Präsidentin des Verbands."


def _clean(text: str):
    return clean_lines(normalized_lines(text))


def test_headline_is_the_first_substantial_short_line_without_period():
    cleaned = _clean(f"Wirtschaft\nMittelstand sucht neue Standorte in China\n\n{BODY}")
    assert cleaned.meta.title == "Mittelstand sucht neue Standorte in China"
    # the kicker glued on top of the headline goes with it
    assert [(r.reason, r.line) for r in cleaned.removed] == [("kicker", 0), ("headline", 1)]
    assert cleaned.text == BODY


def test_a_kicker_set_apart_by_a_blank_line_goes_too():
    cleaned = _clean(f"Wirtschaft\n\nMittelstand sucht neue Standorte in China\n\n{BODY}")
    assert cleaned.text == BODY
    assert cleaned.meta.title == "Mittelstand sucht neue Standorte in China"


def test_headline_may_end_with_a_question_mark():
    assert _clean(f"Wird China zum Problem für den Mittelstand?\n\n{BODY}").meta.title.endswith("?")


def test_markdown_heading_becomes_the_title_without_its_marks():
    assert _clean(f"# Mittelstand sucht neue Standorte\n\n{BODY}").meta.title == "Mittelstand sucht neue Standorte"


def test_text_that_starts_with_a_sentence_has_no_headline():
    cleaned = _clean(f"{BODY}\n\n{BODY}")
    assert cleaned.meta.title == ""
    assert cleaned.removed == []


def test_a_lone_line_is_text_not_a_headline():
    assert _clean("Mittelstand sucht neue Standorte in China").meta.title == ""


def test_datelines_inside_the_body_stay():
    text = f"{BODY}\n\nVon Max Muster\n\n{BODY}"
    assert "Von Max Muster" in _clean(text).text


def test_tags_listed_one_per_line_under_a_label():
    cleaned = _clean(f"{BODY}\n\nThemen:\nChina\nHandel\nMittelstand")
    assert cleaned.meta.tags == ["China", "Handel", "Mittelstand"]
    assert cleaned.text == BODY


def test_labelled_publication_date_wins_over_update_stamp():
    cleaned = _clean(f"Stand: 15.10.2026\nVeröffentlicht: 14.10.2026\n\n{BODY}")
    assert cleaned.meta.published.isoformat() == "2026-10-14"


def test_render_keeps_one_blank_line_between_paragraphs():
    lines = ["A", "", "X", "", "B", "C", "", "Y"]
    assert render(lines, {2, 7}) == "A\n\nB\nC"


def test_render_reflows_wrapped_pdf_lines():
    lines = [
        "Der neue Industriecluster in Taicang nimmt Gestalt an. Über 200 Ver-",
        "treter kamen am 13. Oktober zur Eröffnung der ersten Ausbaustufe zu",
        "sammen.",
        "Ein zweiter Absatz beginnt hier und endet auch hier, mit einem Punkt.",
    ]
    text = render(lines, set(), reflow_paragraphs=True)
    assert text.startswith("Der neue Industriecluster in Taicang nimmt Gestalt an. Über 200 Vertreter kamen")
    assert "\n\nEin zweiter Absatz" in text


def test_metadata_lines_inside_the_body_are_article_text():
    text = f"{BODY}\n\nQuelle: Statistisches Bundesamt\n\nThemen: Handel, Klima, Sicherheit\n\n{BODY}"
    cleaned = _clean(text)
    assert "Quelle: Statistisches Bundesamt" in cleaned.text and "Themen: Handel" in cleaned.text
    assert cleaned.meta.outlet == "" and cleaned.meta.tags == []


def test_page_address_on_top_is_metadata_but_a_link_list_is_text():
    single = _clean(f"https://example.org/artikel/1\n\n{BODY}")
    assert single.meta.url == "https://example.org/artikel/1" and single.text == BODY
    links = "\n".join(f"https://example.org/quelle/{n}" for n in range(3))
    assert links in _clean(f"{BODY}\n\n{links}").text
