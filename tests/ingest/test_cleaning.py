"""How lines become clean text: headline, margins, paragraphs."""

from __future__ import annotations

import pytest

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


def test_a_byline_between_paragraphs_is_no_text_and_not_the_articles_author():
    """'Von Max Muster' alone between paragraphs belongs to a card of another article (or
    to a part of a compiled one): it leaves the text, and the article is not his."""
    cleaned = _clean(f"{BODY}\n\nVon Max Muster\n\n{BODY}")
    assert "Von Max Muster" not in cleaned.text
    assert cleaned.meta.author == ""


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


# --- browser copies: the page around the article ---------------------------------------
HEADLINE = "Mittelstand sucht neue Standorte in China"
ARTICLE = [
    "Der neue Industriecluster in Taicang nimmt Gestalt an, sagte die Präsidentin des Verbands.",
    "Mehr als 200 Vertreter kamen zur Eröffnung der ersten Ausbaustufe am Montag.",
    "Das Werk soll bis 2027 rund 4.300 Arbeitsplätze schaffen, teilte das Unternehmen mit.",
]
ARTICLE_TEXT = "\n\n".join(ARTICLE)


def _page(*top: str, middle: tuple[str, ...] = (), bottom: tuple[str, ...] = (), dateline: str = "") -> str:
    """A browser copy: junk on top, headline, date line, the article (junk after the
    first paragraph), junk below."""
    head = [*top, HEADLINE, *([dateline] if dateline else []), ""]
    body = [ARTICLE[0], "", *middle, *([""] if middle else []), ARTICLE[1], "", ARTICLE[2], ""]
    return "\n".join([*head, *body, *bottom])


@pytest.mark.parametrize(
    "top",
    [
        ("Wirtschaftskurier", "Politik", "Wirtschaft", "Finanzen", "Sport", "Kultur", ""),
        ("Zum Inhalt springen", "Menü", "Suche", "Wirtschaftskurier - Das Wirtschaftsportal", ""),
        ("Politik | Wirtschaft | Börse | Meinung | Video", "", "Handelsstreit"),
        ("Startseite", "Ressorts", "Inland", "Ausland", "Asien", "Mehr", "", "Startseite > Wirtschaft > Asien", ""),
        ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "Alle akzeptieren", "", "KONJUNKTUR"),
        ("Wirtschaftskurier.de", "", "China und Deutschland"),
    ],
)
def test_menus_site_names_and_kickers_above_the_headline_go(top):
    cleaned = _clean(_page(*top, dateline="14.10.2026 | dpa"))
    assert cleaned.meta.title == HEADLINE
    assert cleaned.meta.published.isoformat() == "2026-10-14"
    assert cleaned.text == ARTICLE_TEXT


def test_the_site_name_repeated_in_the_footer_is_not_the_title():
    text = _page("The Daily Ledger", "", bottom=("© 2026 The Daily Ledger. All rights reserved.",))
    cleaned = _clean(text)
    assert cleaned.meta.title == HEADLINE and cleaned.text == ARTICLE_TEXT


@pytest.mark.parametrize(
    "middle",
    [
        ("12 Bilder",),
        ("Fotostrecke", "Bild 1 von 12"),
        ("Mehr zum Thema", "China senkt Leitzins überraschend", "Autobauer bangen um Exportgeschäft"),
        ("Lesen Sie auch: Peking lockt Investoren mit Steuervorteilen",),
        ("Artikel teilen", "Facebook", "X", "WhatsApp"),
        ("Suggest To A Friend", "Print"),
        ("Anzeige",),
    ],
)
def test_teasers_and_bars_between_paragraphs_go(middle):
    assert _clean(_page(middle=middle)).text == ARTICLE_TEXT


@pytest.mark.parametrize(
    "bottom",
    [
        ("/ji/jha", "", "AXC0123 2026-10-14/14:05"),
        ("(abc)",),
        ("Related posts", "China cuts key lending rate", "", "Carmakers fear for export business", "", "Exports to Asia slump"),
        ("Impressum", "Datenschutz", "Kontakt", "Mediadaten"),
        ("Teilen", "Twittern", "", "Meistgelesen", "1. Exporte nach Asien brechen ein", "2. Wie sich Lieferketten neu ordnen"),
    ],
)
def test_footers_codes_and_link_lists_below_the_article_go(bottom):
    assert _clean(_page(bottom=bottom)).text == ARTICLE_TEXT


def test_the_author_code_is_metadata():
    assert _clean(_page(bottom=("(abc)",))).meta.author == "abc"
    glued = _clean(f"{HEADLINE}\n\n{ARTICLE[0]}\n\n{ARTICLE[2]} (abc)")
    assert glued.meta.author == "abc" and glued.text.endswith("teilte das Unternehmen mit. (abc)")


def test_a_date_line_under_the_teaser_is_read():
    teaser = "Der Verband sieht gute Chancen für deutsche Firmen, die in China investieren wollen."
    cleaned = _clean(f"{HEADLINE}\n\n{teaser}\n\nOctober 14, 2026\n\n{ARTICLE_TEXT}")
    assert cleaned.meta.published.isoformat() == "2026-10-14"
    assert cleaned.text == f"{teaser}\n\n{ARTICLE_TEXT}"


def test_lists_and_tables_of_the_article_stay():
    offers = "Die Angebote im Überblick:\n\n1) Lego Star Wars\n2) Polistil Pista\n3) Blade Runner\n4) Ghostbusters"
    table = "Pos. Team Punkte\n1 Bayern 80\n2 Dortmund 75\n3 Leipzig 70\n4 Leverkusen 66"
    for tail in (offers, table):
        text = f"{HEADLINE}\n\n{ARTICLE_TEXT}\n\n{tail}"
        cleaned = _clean(text)
        assert tail.replace("\n\n", "\n") in cleaned.text.replace("\n\n", "\n")


def test_a_subheading_after_a_related_list_stays():
    text = (
        f"{HEADLINE}\n\n{ARTICLE[0]}\n\nMehr zum Thema\nChina senkt Leitzins überraschend\n\n"
        f"Schwache Exporte nur ein Grund\n{ARTICLE[1]}\n\n{ARTICLE[2]}"
    )
    cleaned = _clean(text)
    assert "Schwache Exporte nur ein Grund" in cleaned.text
    assert "China senkt Leitzins" not in cleaned.text


def test_a_list_of_short_lines_alone_is_kept_whole():
    text = "China\nIndien\nBrasilien\nSüdafrika\nRussland"
    assert _clean(text).text == text


def test_a_short_headline_over_its_subtitle_stays_the_title():
    subtitle = "Der Konzern investiert Milliarden in neue Werke"
    cleaned = _clean(f"Volkswagen setzt auf China\n{subtitle}\n\n{ARTICLE_TEXT}")
    assert cleaned.meta.title == "Volkswagen setzt auf China"
    assert cleaned.text == f"{subtitle}\n\n{ARTICLE_TEXT}"
    # in English too, where the tagger does not know the verb
    cleaned = _clean(f"Volkswagen bets on China\nThe carmaker will invest billions in new plants\n\n{ARTICLE_TEXT}")
    assert cleaned.meta.title == "Volkswagen bets on China"


def test_a_kicker_of_four_words_without_a_verb_over_the_headline_is_no_title():
    """'Chinesischer Investor in Ludwigsfelde' over the headline is its kicker: four words, no verb."""
    headline = "Chinesische Delegation wirbt in München um Mittelständler"
    for kicker in ("Chinesischer Investor in Ludwigsfelde", "Neue Werke für Sachsen"):
        cleaned = _clean(f"{kicker}\n{headline}\n\n{ARTICLE_TEXT}")
        assert cleaned.meta.title == headline, kicker
        assert cleaned.text.endswith(ARTICLE_TEXT)
