"""The headline of a whole page is the title line that speaks of what the article speaks of.

The pages are written for these tests (no corpus text): a broadcaster's page whose 'Save
article' widget prints its error message between the headline and the picture; a
parliament's release with its date over the headline and three points under it; a
business page whose menu ends in title-like items right over the headline. Guards keep a
German headline that plays with words its text does not repeat, an English headline
with no other title line near it, the points of an article's own list, a pun or a question
over its teaser, a live blog's key events, a ticker over the menu, and a fact box closing
the article with its source.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

#: The foot of a whole page: what makes the paste a copied web page.
FOOTER = ["Privacy Policy", "Terms of Use", "Cookie Settings", "Contact Us", "© 2025 Example Public Media"]
EN_HEADLINE = "German machinery exports to China fall for a third year as buyers turn to domestic suppliers"


def test_a_widgets_message_under_the_headline_is_not_taken_for_it():
    widget = ["Save ArticleSave Article", "Failed to save article", "Please try again"]
    caption = "Lathes wait for shipment at a plant near Stuttgart on March 3, 2025. Exporters say Chinese orders have dried up."
    result = import_text(lines("Live RadioDonate", "NewsScienceArts & CultureFoodPodcasts", "Economy", EN_HEADLINE,
                               "Nadia Fernsworth", "March 4, 2025", *widget, caption, *EN_PARAGRAPHS, *FOOTER))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [EN_HEADLINE, *widget])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_last_items_of_a_menu_over_the_headline_are_not_taken_for_it():
    result = import_text(lines(*EN_MENU, "Executive Lounge", "Women at the Helm", "Future of Business", EN_HEADLINE,
                               "2 hours ago", "Share", "Save", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [EN_HEADLINE, "Women at the Helm"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_points_under_a_releases_headline_stay_in_the_text():
    headline = "Machinery exports to China: MEPs call for faster help for German toolmakers"
    points = ["German machinery shipments to China fell for a third year in a row",
              "Chinese buyers turn to domestic suppliers for lathes, presses and robots",
              "Berlin prepares a new trade strategy for markets elsewhere in Asia"]
    result = import_text(lines(*EN_MENU, "Press room", "Press releases", "INTA", "06-10-2025 - 18:07", headline,
                               *points, "Share this page:", "Facebook X LinkedIn WhatsApp E-mail", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == headline
    assert_gone(result.text, [headline])
    assert_whole(result.text, [*points, *EN_PARAGRAPHS])


def test_a_german_headline_playing_with_words_its_text_does_not_repeat_stays():
    headline = "Lange Gesichter in der Fernost-Abteilung der Werkzeugbauer"
    subtitle = "Der Handel zwischen Deutschland und China schrumpft erneut"
    result = import_text(lines(*DE_MENU, headline, subtitle, "12.03.2025", *DE_PARAGRAPHS, *FOOTER))
    assert result.title == headline


def test_an_english_headline_without_another_title_line_near_it_stays():
    headline = "A quiet goodbye in the Black Forest"
    result = import_text(lines(*EN_MENU, headline, "March 4, 2025", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_pun_a_question_or_a_short_items_title_stays_over_its_teaser_points_or_caption():
    """A headline may share no word with its text; the teaser, the points or the caption under
    it speak of the article, yet the headline is the line over them."""
    teaser = "German toolmakers brace for Chinese buyers turning to domestic suppliers for lathes and presses"
    points = ["Machinery exports to China fell 11% to about 18 billion euros",
              "Chinese buyers turn to domestic suppliers for lathes, presses and robots",
              "Berlin prepares a new trade strategy for markets elsewhere in Asia"]
    caption = "Workers assemble presses at a machinery plant near Stuttgart for export to China"
    for headline, under in (("A bitter pill to swallow", [teaser]), ("Can anyone stop the slide?", [teaser]),
                            ("Caught in the crossfire", points), ("ECB cuts by 25bp; more to come?", [teaser]),
                            ("Full steam ahead? Not quite", ["By Sophie Lambercy", "March 4, 2025", *points]),
                            ("Volkswagen to cut 3,000 jobs at Zwickau", ["By Courier staff", "Tuesday, 4 March 2025",
                                                                       caption])):
        result = import_text(lines(*EN_MENU, "Business", headline, *under, "Share", "Save", *EN_PARAGRAPHS, *FOOTER))
        assert result.title == headline, headline
        assert_whole(result.text, EN_PARAGRAPHS)


def test_a_live_blogs_key_events_are_not_taken_for_its_headline():
    events = ["German machinery exports to China fall for a third year", "Berlin prepares a new trade strategy for Asia"]
    headline = "Business live: rolling coverage of the day's news"
    entries = [events[0], *EN_PARAGRAPHS[:2], "10:05 BST", events[1], *EN_PARAGRAPHS[2:]]
    result = import_text(lines(*EN_MENU, "Live", headline, "Updated 11:20 BST", "Julia Kowalski", "Key events",
                               *events, "11:20 BST", *entries, *FOOTER))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_ticker_over_the_menu_is_not_taken_for_the_headline():
    """The page's first line may be a ticker's headline on the article's topic; the headline
    stands below the menu (a page whose last line is a removed notice too)."""
    ticker = ["German machinery exports to China fall for a third year", "Gold hits record as dollar slides"]
    headline = "Running out of road"
    for last in ("Privacy Policy", "© 2025 World Markets Network. All rights reserved."):
        result = import_text(lines(*ticker, "Skip Navigation", "World Markets Network", *EN_MENU, "Watchlist", "Sign In",
                                   "Autos", headline, "Published Tue, Mar 4 2025 5:07 AM EST", "Sam Whitfield",
                                   *EN_PARAGRAPHS, "Trending Now", "Oil prices rise after OPEC+ meeting", last))
        assert result.title == headline
        assert_whole(result.text, EN_PARAGRAPHS)


def test_a_headline_over_its_gift_button_and_its_teaser_with_the_byline_under_it():
    headline = "The long road east"
    teaser = "German machinery exporters turn to domestic suppliers as Chinese buyers walk away"
    result = import_text(lines(*EN_MENU, "Lex", headline, "Gift this article", "Free to read", teaser,
                               "Anna Kowalczyk in Warsaw", "Published 2 hours ago", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == headline
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
    assert_gone(result.text, ["Free to read"])


def test_a_fact_box_closing_the_article_with_its_source_stays():
    box = ["The main rates at a glance", "Tesla (Shanghai): 7.8%", "BYD: 17.0%", "Geely: 18.8%",
           "SAIC and other non-cooperating makers: 35.3%, according to the Official Journal"]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS, *box, *FOOTER))
    assert_whole(result.text, [*EN_PARAGRAPHS, *box])


def test_a_breadcrumb_under_the_headline_does_not_hide_it():
    headline = "German machinery exports to China fall for a third year"
    result = import_text(lines(*EN_MENU, headline, "Home > Companies > Machinery", "Most popular this week",
                               *EN_PARAGRAPHS, "More on Machinery", "Toolmakers cut shifts in Swabia", *FOOTER))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_question_headline_over_a_byline_with_a_colon():
    headline = "What's next for German machinery exports to China?"
    result = import_text(lines(*EN_MENU, "Trending Now", "Dayton police search for missing teen",
                               "Storm damage closes roads in Miami County", "Local News", headline, "by: Chris Henson",
                               "Posted: Jun 5, 2025 / 06:12 PM EDT", "SHARE", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_menu_glued_into_one_line_is_no_headline():
    menu = "West MidlandsEast MidlandsNorth WestNorth EastYorkshireWalesSouth WestLondon"
    result = import_text(lines("BusinessLive", "News", menu, "News", "West Midlands", EN_HEADLINE, "By Daniel Okafor",
                               "06:00, 19 NOV 2024", *EN_PARAGRAPHS, *FOOTER))
    assert result.title == EN_HEADLINE
    assert_whole(result.text, EN_PARAGRAPHS)
