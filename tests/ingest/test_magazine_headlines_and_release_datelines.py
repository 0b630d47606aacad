"""Headlines and dates that stand where a news page's layout does not put them.

A magazine's headline of two or three words right under the menu ('Schnee für Peking'), a
breadcrumb with the title glued on over the kicker and the title, a headline over a short line
in lower case with its date ('in Shipbuilding News 11/03/2025'), and a press release whose only
date opens its first paragraph ('Bremen, 22.09.2025 – …').
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_whole, lines

DE_TEASER = ("Südtiroler Betriebe verkaufen immer mehr Technik nach China. Eine Umfrage der Handelskammer zeigt "
             "aber auch: Die Sorge vor Abhängigkeit wächst.")
PEKING_PARAGRAPHS = [
    "Wenn in den Bergen nördlich von Peking der erste Kunstschnee fällt, kommt er nicht selten aus dem "
    "Pustertal, wo ein Familienbetrieb seit Jahren Beschneiungsanlagen nach China liefert.",
    *DE_PARAGRAPHS,
]


@pytest.mark.parametrize("headline", ["Schnee für Peking", "Pekings Pragmatiker"])
def test_a_short_headline_right_under_the_menu_is_the_title(headline: str) -> None:
    result = import_text(lines(DE_MENU, "Community", "Wirtschaft | Export", headline, DE_TEASER, "Martin Pichler",
                               "07.10.2025", PEKING_PARAGRAPHS, "Artikel teilen", "Impressum"))
    assert result.title == headline
    assert result.published == date(2025, 10, 7)
    assert_whole(result.text, [DE_TEASER, *PEKING_PARAGRAPHS])


def test_a_menu_item_over_the_text_is_no_headline() -> None:
    """The menu's last item right over the text shares no word with it: no title is made up."""
    result = import_text(lines(DE_MENU, "Wirtschaft Regional", "Sport Regional", PEKING_PARAGRAPHS, "Impressum"))
    assert result.title != "Sport Regional"
    assert_whole(result.text, PEKING_PARAGRAPHS)


def test_a_breadcrumb_with_the_title_glued_on_over_the_kicker_and_the_title() -> None:
    headline = "Kronbach folgt chinesischem Autobauer nach Ungarn"
    result = import_text(lines(DE_MENU, "Events", "Newsletter", f"Home Zulieferer {headline}", "Zulieferer", headline,
                               "Julia Berger", "Veröffentlicht: 23.09.2025", DE_PARAGRAPHS, "Impressum"))
    assert result.title == headline
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_headline_over_a_short_line_with_its_section_and_date() -> None:
    headline = "German feeder owners turn to Chinese yards for methanol-ready tonnage"
    result = import_text(lines("Hellenic Shipping News Worldwide",
                               "Online Daily Newspaper on Hellenic and International Shipping", EN_MENU,
                               "Home » Shipping News » Shipbuilding News", headline, "in Shipbuilding News 11/03/2025",
                               EN_PARAGRAPHS, "Contact", "Privacy Policy"))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


@pytest.mark.parametrize(("opening", "when"), [
    ("(PresseBox) (Bremen, 22.09.2025) ", date(2025, 9, 22)),
    ("Bremen, 22.09.2025 – ", date(2025, 9, 22)),
    ("BREMEN, 22. September 2025 – ", date(2025, 9, 22)),
    ("BEIJING, March 4, 2026 /PRNewswire/ -- ", date(2026, 3, 4)),
    ("BREMEN, Germany, March 4, 2026 (GLOBE NEWSWIRE) -- ", date(2026, 3, 4)),
])
def test_a_press_release_dated_only_in_its_opening_line(opening: str, when: date) -> None:
    first = opening + DE_PARAGRAPHS[0]
    result = import_text(lines(DE_MENU, "Weserland Rail startet Containerzug zwischen Chongqing und Bremen", first,
                               DE_PARAGRAPHS[1:], "Impressum", "Datenschutz"))
    assert result.published == when
    assert_whole(result.text, DE_PARAGRAPHS[1:])


@pytest.mark.parametrize("first", [
    "Bis 2026 soll die Verbindung wöchentlich verkehren, teilte das Unternehmen am Montag mit.",
    "Laut Plan, 22.09.2025 beginnt der Verkehr auf der neuen Strecke zwischen Chongqing und Bremen.",
    # an article opening on a past event, the way a release opens: the text names later years
    "Peking, 10. Oktober 1984 – In der Großen Halle des Volkes unterschrieb der Konzern seinen ersten Vertrag. "
    "Vierzig Jahre später, im Jahr 2024, beschäftigt er in China 9000 Menschen.",
])
def test_a_date_a_sentence_names_is_no_release_date(first: str) -> None:
    result = import_text(lines(DE_MENU, "Weserland Rail startet Containerzug zwischen Chongqing und Bremen", first,
                               DE_PARAGRAPHS, "Impressum"))
    assert result.published is None
