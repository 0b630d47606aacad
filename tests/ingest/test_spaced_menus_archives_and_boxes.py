"""Menus laid out with wide gaps, archive captions, players and boxes inside an article.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
caption closed by the archive its picture came from, a menu whose entries a page spaces apart, a station's
live player over the headline, a date line with the text-size buttons glued on, a
subscription box listing "join the conversation in the comments" among its perks, and a
box of recommended articles between paragraphs that the page labels "Article content".
Each test asserts what a reader of the cleaned text notices; the guards list sentences of
articles that share a shape with that furniture and stay.
"""

from __future__ import annotations

import datetime as dt

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German pump maker picks Ohio for its first U.S. plant"
EN_DATE = "Published: 22 January 2026"


def test_a_caption_closed_by_the_picture_archive_goes_and_the_title_is_the_headline():
    headline = "Korean auto parts makers squeezed as Chinese rivals follow EVs into Europe"
    caption = "An assembly line at a Korean-owned auto parts plant in Győr, Hungary, in a photo from 2023. (Hankyoreh archives)"
    result = import_text(lines(
        EN_MENU, headline, "", "Posted on : 2025-03-19 17:06 KST", "facebook", "twitter", "Print",
        caption, *EN_PARAGRAPHS,
    ))
    assert result.title == headline
    assert_gone(result.text, [caption])
    assert_whole(result.text, EN_PARAGRAPHS)
    # a paragraph about the archives, closed by their name, is the article's
    for archive in ("The figures come from the company's own archives (the Hankyoreh archives).",
                    "A spokesperson for the archives said more files will be released later this year. Readers can "
                    "search them on the agency's website. (Archives)"):
        assert archive in import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS, archive)).text


def test_a_menu_spaced_with_wide_gaps_is_no_headline():
    headline = "Chinese, German firms plan $180m textile chemicals plant in Faisalabad"
    for menu in ("Newspost  Today's Paper  Magazines  Podcasts", "Money    Property    Economy    Hot Topic    Video"):
        result = import_text(lines(menu, "Business", headline, "Our Correspondent", "June 05, 2025", *EN_PARAGRAPHS))
        assert result.title == headline
        assert_gone(result.text, [" ".join(menu.split())])
        assert result.published == dt.date(2025, 6, 5)


def test_tables_sentences_and_a_breadcrumb_with_wide_gaps_stay_as_they_were():
    """A browser copies a table's row with tabs between its cells, names and words alike; a
    row of figures, sentences typed two spaces apart and a breadcrumb keep their text."""
    headline = "Chinesischer Zulieferer will in Weiden 180 Jobs schaffen"
    crumb = "Startseite  ›  Wirtschaft  ›  Oberpfalz  ›  Weiden"
    result = import_text(lines(crumb, "Wirtschaft", headline, "18.02.2025, 05:30 Uhr", *DE_PARAGRAPHS))
    assert result.title == headline
    table = ["Ressort\tMinister\tPartei\tLand", "Finanzen\tLars Klingbeil\tSPD\tNiedersachsen",
             "Wirtschaft\tKatherina Reiche\tCDU\tBrandenburg", "Umsatz  2024  4.300  5.200"]
    spaced = "Kurze Antworten.  Lange Erinnerungen.  Alte Maschinen.  Keine Reue."
    text = import_text(lines(DE_MENU, headline, *DE_PARAGRAPHS[:2], "Die wichtigsten Posten:", *table, spaced,
                             *DE_PARAGRAPHS[2:])).text
    for line in [*table, spaced]:
        assert " ".join(line.split()) in text, line


def test_a_stations_live_player_over_the_headline_is_no_title():
    headline = "More European cargo is crossing Port Milwaukee's docks as manufacturers rethink China"
    result = import_text(lines(
        "Play Live Radio", "Next Up:", "0:00", "0:00", "Available On Air Stations", "Donate", "WUWM News",
        headline, "Published October 22, 2025 at 5:45 AM CDT", "Facebook", "Twitter", "Email", *EN_PARAGRAPHS,
    ))
    assert result.title == headline
    assert_gone(result.text, ["Play Live Radio"])
    # 'Next Up:' over the article's last paragraph is its subheading
    result = import_text(lines("Play Live Radio", "Next Up:", "0:00", EN_MENU, headline, EN_DATE, *EN_PARAGRAPHS,
                               "Next Up:", "Game 7 is Sunday at 6 p.m. in Indianapolis, the team said on Saturday."))
    assert "Next Up:\nGame 7 is Sunday" in result.text


def test_a_date_line_with_the_text_size_buttons_glued_on_gives_the_date():
    result = import_text(lines(
        "You are here: Home» Business", EN_HEADLINE, "China.org.cn, April 17, 2025 Adjust font size:", *EN_PARAGRAPHS,
    ))
    assert result.published == dt.date(2025, 4, 17)
    assert_gone(result.text, ["China.org.cn, April 17, 2025 Adjust font size:"])


def test_the_article_goes_on_below_a_subscription_box_that_offers_the_comments():
    box = [
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
        "Subscribe now to read the latest news in your city and across Canada.",
        "Daily puzzles, including the New York Times Crossword.",
        "SUBSCRIBE TO UNLOCK MORE ARTICLES",
        "Create an account or sign in to continue with your reading experience.",
        "Access articles from across Canada with one account.",
        "Share your thoughts and join the conversation in the comments.",
        "Enjoy additional articles per month.",
        "Get email updates from your favourite authors.",
        "Sign In or Create an Account",
        "or",
        "View more offers",
    ]
    label = "Article content"
    article = [line for paragraph in EN_PARAGRAPHS for line in (label, paragraph)]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *article[:4], *box, *article[4:], label,
                               "Share this article in your social network", "Copy Link", "Email"))
    assert_whole(result.text, EN_PARAGRAPHS)
    assert_gone(result.text, box[1:3])


def test_the_invitation_to_comment_between_two_advertisements_still_opens_the_thread():
    comments = ["RiverRat42", "2 hours ago", "They already decided. The hearing was a formality.", "Reply",
                "Dave K.", "1 hour ago", "Germany has dozens of these plants and they work fine. Do the research.",
                "Reply", "Load more comments"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, "Share", "Facebook", "Email", *EN_PARAGRAPHS,
                               "Advertisement", "Share your thoughts and join the conversation in the comments.",
                               "Advertisement", *comments))
    assert_whole(result.text, EN_PARAGRAPHS)
    assert_gone(result.text, comments)


def test_the_article_goes_on_below_a_box_of_recommended_articles_under_the_pages_label():
    label = "Article content"
    more = [
        "The plant is the company's fourth outside Germany and its first in North America, a spokesman said.",
        "Local officials said the tax abatement would be voted on next week by the county commission.",
        "“If the volumes come, we have the land,” the managing director said on Tuesday.",
    ]
    box = ["Recommended from Editorial", "Ohio lands battery plant as automakers shift supply chains",
           "Port of Toledo expands container terminal", "Steel tariffs weigh on Midwest manufacturers"]
    article = [line for paragraph in EN_PARAGRAPHS for line in (label, paragraph)]
    tail = [line for paragraph in more for line in (label, paragraph)]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *article, *box, *tail, label,
                               "Share this article in your social network", "Copy Link", "Email",
                               "Trending", "Bank of Canada cuts rates again as economy stalls"))
    assert_whole(result.text, [*EN_PARAGRAPHS, *more])
    assert_gone(result.text, box)
