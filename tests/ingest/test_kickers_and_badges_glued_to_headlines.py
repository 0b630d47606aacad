"""A kicker or a paywall's badge that the page's markup glued to the headline.

German regional sites print a kicker ('Hafenwirtschaft', a city's name) and a badge for paid
articles ('SZ+', 'PNP Plus') right before the headline; a browser's copy often joins them into
one word ('DresdenNeue Zölle …', 'SZ+Neue Zölle …'). The title a desk officer sees is the
headline alone, whether or not its first word stands anywhere else on the page. Names in camel
case ('SoftBank', 'ByteDance') and names with a plus ('K+S') are no glue.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, assert_whole, lines

#: A headline whose words the article does not repeat: the glue has no second mention to go by.
HEADLINE = "Flaute trifft Zulieferer im Süden härter als erwartet"


def _page(top: str) -> str:
    return lines(DE_MENU, top, "09.02.2026, 11:27 Uhr", DE_PARAGRAPHS, "Impressum", "Datenschutz")


@pytest.mark.parametrize("kicker", ["Dresden", "Hannover", "Leipzig"])
def test_a_city_glued_to_a_headline_of_words_the_page_does_not_repeat(kicker: str) -> None:
    """A city's name glued on as the kicker: the gazetteer knows it, and the headline goes on
    with a German word."""
    result = import_text(_page(kicker + HEADLINE))
    assert result.title == HEADLINE
    assert_whole(result.text, DE_PARAGRAPHS)


@pytest.mark.parametrize("headline", [
    "Warum ByteDance in Europa Rechenzentren baut",  # (two German words are no evidence: brands are written so)
    "Warum WindStrom aus China teurer wird als gedacht",
    "Streit um WirtschaftsWoche: Verlag prüft Verkauf",
])
def test_a_brand_of_two_words_in_camel_case_stays_whole_when_the_text_never_names_it(headline: str) -> None:
    result = import_text(_page(headline))
    assert result.title == headline


@pytest.mark.parametrize("badge", ["SZ+", "HAZ+", "PNP Plus", "WN+ "])
def test_a_paywall_badge_glued_to_the_headline_is_not_part_of_the_title(badge: str) -> None:
    result = import_text(_page(badge + HEADLINE))
    assert result.title == HEADLINE
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_teaser_with_its_badge_glued_on_inside_the_text_is_a_link() -> None:
    teaser = "SZ+Kurzarbeit bei Zulieferer in Olpe: 160 Beschäftigte betroffen"
    result = import_text(lines(DE_MENU, HEADLINE, "09.02.2026, 11:27 Uhr", DE_PARAGRAPHS[:2], teaser,
                               DE_PARAGRAPHS[2:], "Impressum", "Datenschutz"))
    assert result.title == HEADLINE
    assert teaser not in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


@pytest.mark.parametrize("headline", [
    "SoftBank steigt bei deutschem Roboterbauer ein",  # halves the tagger reads as a name: a name
    "DeepSeek schockt die Börsen in Frankfurt",
    "K+S: Kalipreise ziehen wieder an",  # a name with a plus
])
def test_names_in_camel_case_or_with_a_plus_stay_in_the_title(headline: str) -> None:
    result = import_text(_page(headline))
    assert result.title == headline
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_crosshead_with_a_name_in_camel_case_stays_in_the_text() -> None:
    """Two German words glued are evidence for the headline only: a crosshead in the text with
    a name written that way ('MitarbeiterApp', said once) is never taken for a glued teaser."""
    crosshead = "Die neue MitarbeiterApp im Test"
    result = import_text(lines(DE_MENU, HEADLINE, "09.02.2026, 11:27 Uhr", DE_PARAGRAPHS[:2], crosshead,
                               DE_PARAGRAPHS[2:], "Impressum", "Datenschutz"))
    assert_whole(result.text, [*DE_PARAGRAPHS, crosshead])


@pytest.mark.parametrize(("kicker", "name"), [("Technologie", "ByteDance"), ("Dresden", "SachsenEnergie"),
                                              ("Energiewende", "LichtBlick")])
def test_a_kicker_glued_to_a_name_in_camel_case_is_cut_where_the_name_begins(kicker: str, name: str) -> None:
    """Two glues in one word ('Technologie|Byte|Dance'): the name, said again in the text,
    begins the headline; the words' kinds cannot tell which glue ends the kicker."""
    headline = f"{name} kauft Solarmodule künftig in Europa statt in China"
    paragraphs = [*DE_PARAGRAPHS[:2], f"Auch {name} rechnet mit weniger Handel, sagte ein Sprecher.",
                  *DE_PARAGRAPHS[2:]]
    result = import_text(lines(DE_MENU, kicker + headline, "09.02.2026, 11:27 Uhr", paragraphs, "Impressum"))
    assert result.title == headline
    assert_whole(result.text, paragraphs)
