"""Trails, related boxes and the notes of more sites, newsrooms and press pages.

The pages are written for these tests (no corpus text): an institution's press page under
its cookie box, a trail copied without separators, a related box whose headlines stand one
per paragraph over the article's next subheading, a save button's message and a donation
box. Each test asserts what a reader of the cleaned text notices; the guards hold the lines
a review wrote against the first, wider forms of these rules.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "EU-China trade: MEPs demand reciprocity and faster use of trade defence tools"
EN_DATE = "May 9, 2025"


def test_an_institutions_cookie_box_over_its_press_release_is_no_title():
    box = ["Dear visitor, we use analytics cookies to offer you a better browsing experience.",
           "Accept analytics cookies", "Refuse analytics cookies"]
    caption = "Container terminal in the port of Rotterdam © European Union 2025 - Source : EP"
    result = import_text(lines("Skip to main content", *box, EN_MENU, "Press Releases", EN_HEADLINE, caption,
                               *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [*box, caption])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_trail_copied_without_separators_is_no_title():
    headline = "UK manufacturers shift sourcing from China to Europe as tariff turmoil bites"
    result = import_text(lines(EN_MENU, "Home Articles " + headline, "Supply Chain", headline,
                               "Posted on 22 Apr 2025 by Rhys Kavanagh", *EN_PARAGRAPHS))
    assert result.title == headline
    # a headline about homes, the Home Office or home energy is a headline
    for title in ("Home prices fall for a third month in a row", "Home Office Minister visits Berlin to talk trade",
                  "Home Energy Bills Set to Rise Again in April as Price Cap Climbs"):
        assert import_text(lines(EN_MENU, title, EN_DATE, *EN_PARAGRAPHS)).title == title


def test_the_articles_next_subheading_under_a_related_box_set_with_blank_lines_stays():
    page = "\n\n".join([*EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS[:2], "Related Stories",
                        "Central Valley Almond Growers Brace for Another Round of Chinese Retaliation",
                        "What Tariffs Mean for Your Grocery Bill, Explained", "Pivoting to Europe", *EN_PARAGRAPHS[2:]])
    result = import_text(page)
    assert "Pivoting to Europe" in result.text.split("\n")
    assert_gone(result.text, ["What Tariffs Mean for Your Grocery Bill, Explained"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_long_crossheads_over_short_subheadings_stay():
    """A section's heading over its first subheading, in English and German, with or without
    a verb, is the article's (another article's headline set the same way is not told apart)."""
    for heading, sub, menu, paragraphs in (
        ("What the new rules mean for renters and landlords in England", "For renters", EN_MENU, EN_PARAGRAPHS),
        ("Die elektronische Patientenakte – viele Modelle und kaum Vernetzung", "Aktuelle Situation", DE_MENU,
         DE_PARAGRAPHS),
        ("Pendler mit Zeitkarten trifft die Erhöhung am stärksten im Fernverkehr", "Die Bahncard", DE_MENU,
         DE_PARAGRAPHS),
        ("Anlegerschützer Tüngler »Das muss aufhören«", "Die Lage", DE_MENU, DE_PARAGRAPHS),
    ):
        result = import_text(lines(menu, "Was sich ändert", EN_DATE, *paragraphs[:2], heading, sub, *paragraphs[2:]))
        assert heading in result.text.split("\n"), heading


def test_a_save_buttons_message_and_a_donation_box_go():
    furniture = ["Save ArticleSave Article", "Failed to save article", "click to enlarge", "Share on Nextdoor"]
    tail = ["Thank you for donating to DutchNews.nl."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *furniture, *EN_PARAGRAPHS, *tail))
    assert_gone(result.text, [*furniture, *tail])
    assert_whole(result.text, EN_PARAGRAPHS)
    box = import_text(lines(DE_MENU, "Chinas Autobauer drängen nach Europa", "18.02.2025", *DE_PARAGRAPHS,
                            "Unterstützen Sie linken Journalismus")).text
    assert "Unterstützen Sie linken Journalismus" not in box.split("\n")


def test_sentences_about_cookies_donations_forecasts_and_errors_stay():
    kept = ["The talks failed, and both sides said they would try again in March.",
            "Third-party cookies track almost every website we use, building a profile of each reader.",
            "Your donations to charity are deductible only if you itemize and report on Schedule A.",
            "Forward-looking statements",
            "This publication contains forward-looking statements that analysts will scrutinise closely.",
            "Please try again.",
            "Wednesday 98°F scattered thunderstorms, gusty winds overnight"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[0], *kept, *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*kept, *EN_PARAGRAPHS])
    title = "Most Britons Now Refuse Analytics Cookies"
    assert import_text(lines(EN_MENU, title, EN_DATE, *EN_PARAGRAPHS)).title == title
