"""Trails, links set into the text, and the notes of more sites, newsrooms and investor pages.

The pages are written for these tests (no corpus text): an institution's press page under
its cookie box, trails of two sections or copied without separators, a related box whose
headlines stand one per paragraph over the article's next subheading, another article's
headline set between two paragraphs, a save button's messages, a donation box, and a
listed company's safe-harbour note. Each test asserts what a reader of the cleaned text
notices; guards keep lines of the same shape.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "EU-China trade: MEPs demand reciprocity and faster use of trade defence tools"
EN_DATE = "May 9, 2025"


def test_an_institutions_cookie_box_over_its_press_release_is_no_title():
    box = ["Dear visitor, we use analytics cookies to offer you a better browsing experience.",
           "Accept analytics cookies", "Refuse analytics cookies",
           "For any information on the other cookies and server logs we use, we invite you to read our cookies policy."]
    caption = "Container terminal in the port of Rotterdam © European Union 2025 - Source : EP"
    result = import_text(lines("Skip to main content", *box, EN_MENU, "Press Releases", EN_HEADLINE, caption,
                               *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [*box, caption])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_trails_of_two_sections_or_without_separators_are_no_title():
    headline = "UK manufacturers shift sourcing from China to Europe as tariff turmoil bites"
    for trail in ("News & Views » Michigan News", "Home Articles " + headline):
        result = import_text(lines(EN_MENU, trail, "Supply Chain", headline, "Posted on 22 Apr 2025 by Rhys Kavanagh",
                                   *EN_PARAGRAPHS))
        assert result.title == headline, trail
    # a headline about homes, or the Home Office, is a headline
    for title in ("Home prices fall for a third month in a row", "Home Office Minister visits Berlin to talk trade"):
        assert import_text(lines(EN_MENU, title, EN_DATE, *EN_PARAGRAPHS)).title == title


def test_the_articles_next_subheading_under_a_related_box_set_with_blank_lines_stays():
    page = "\n\n".join([*EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS[:2], "Related Stories",
                        "Central Valley Almond Growers Brace for Another Round of Chinese Retaliation",
                        "What Tariffs Mean for Your Grocery Bill, Explained", "Pivoting to Europe", *EN_PARAGRAPHS[2:]])
    result = import_text(page)
    assert "Pivoting to Europe" in result.text.split("\n")
    assert_gone(result.text, ["What Tariffs Mean for Your Grocery Bill, Explained"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_another_articles_headline_over_the_next_subheading_goes():
    link = "Dutch drivers buy fewer petrol cars as electric share passes 35%"
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS[:2], link, "Wait and see",
                               *EN_PARAGRAPHS[2:]))
    assert_gone(result.text, [link])
    assert "Wait and see" in result.text.split("\n")
    assert_whole(result.text, EN_PARAGRAPHS)
    # a German section's heading over its first subheading names a topic: both stay
    heading = "Die elektronische Patientenakte – viele Modelle und kaum Vernetzung"
    result = import_text(lines(DE_MENU, "Digitalisierung im Krankenhaus", "18.02.2025", *DE_PARAGRAPHS[:2], heading,
                               "Aktuelle Situation", *DE_PARAGRAPHS[2:]))
    assert heading in result.text.split("\n")


def test_a_save_buttons_messages_a_donation_box_and_a_safe_harbour_note_go():
    furniture = ["Save ArticleSave Article", "Failed to save article", "Please try again", "click to enlarge",
                 "Share on Nextdoor"]
    tail = ["Thank you for donating to DutchNews.nl.",
            "Forward-looking statements",
            "This publication contains forward-looking statements based on current assumptions and estimates by "
            "the management of Brandtner Werkzeugmaschinen AG."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *furniture, *EN_PARAGRAPHS, *tail))
    assert_gone(result.text, [*furniture, *tail])
    assert_whole(result.text, EN_PARAGRAPHS)
    box = import_text(lines(DE_MENU, "Chinas Autobauer drängen nach Europa", "18.02.2025", *DE_PARAGRAPHS,
                            "Unterstützen Sie linken Journalismus")).text
    assert "Unterstützen Sie linken Journalismus" not in box.split("\n")


def test_sentences_about_trying_again_and_forecasts_stay():
    kept = ["The talks failed, and both sides said they would try again in March.",
            "The report contains forward-looking statements about the economy, the economists said."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[0], *kept, *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*kept, *EN_PARAGRAPHS])
