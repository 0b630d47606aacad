"""A video's card under the header, cards of other articles with their teasers, a list of
headlines between two paragraphs.

The pages are written for these tests (no corpus text), in the layouts of news sites. Each
test asserts what a reader of the cleaned text notices — the title, the furniture gone,
every paragraph still there — and the guards keep the article's subheadings.
"""
from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German specialty chemical maker to build $210M plant in Sanford, bringing 185 jobs"
DE_HEADLINE = "Chinesischer Autozulieferer will 400 Jobs nach Berlin bringen"


def test_a_videos_title_under_its_label_and_over_its_length_is_neither_title_nor_text():
    video = ["VIDEO", "Sanford lands German chemical plant, 185 jobs", "01:58"]
    result = import_text(lines(EN_MENU, "Business", EN_HEADLINE, "By Marisol Grant, WRAL business reporter",
                               "Posted October 14, 2025 4:18 p.m. EDT", "Share", "Facebook", *video, *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, video)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_cards_with_a_teaser_under_their_date_in_a_list_under_the_article_go():
    cards = ["Dairy prices edge higher as Chinese buyers return to auctions", "2 Sep 2025",
             "Whole milk powder led gains at the overnight auction, with North Asian buyers more active.",
             "EU trade deal one year on: winners, losers and the paperwork in between", "6 May 2025",
             "Exporters say tariff cuts have helped, but new reporting rules are eating into the savings.",
             "Forestry contractors warn of job losses as log prices slide", "28 Aug 2025"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS,
                               "Topics:", "Business", "Economy", "Related Stories", *cards, "About us", "Contact"))
    assert_gone(result.text, [*cards, "Topics:"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_subheading_as_long_as_a_headline_under_a_box_of_links_stays_in_english_and_german():
    """A line under a box's headline with the text right under it may be the box's next headline
    or the article's subheading; the page does not tell, and the subheading is the article's."""
    crosshead = "What the slump means for the family firms of southern Germany"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", EN_PARAGRAPHS[0], "READ MORE:",
                               "Chinese toolmakers win market share in Southeast Asia, analysts say", crosshead,
                               *EN_PARAGRAPHS[1:]))
    assert_gone(result.text, ["Chinese toolmakers win market share in Southeast Asia, analysts say"])
    assert_whole(result.text, [*EN_PARAGRAPHS, crosshead])


def test_a_german_subheading_as_long_as_a_headline_under_a_box_of_links_stays():
    crosshead = "Bis zu 400 Arbeitsplätze in der ersten Ausbaustufe"
    box = ["Mehr zum Thema", "Autozulieferer in der Region: Die Krise erreicht jetzt auch den Mittelstand"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", DE_PARAGRAPHS[0], *box, crosshead,
                               *DE_PARAGRAPHS[1:]))
    assert_gone(result.text, box)
    assert_whole(result.text, [*DE_PARAGRAPHS, crosshead])


def test_a_headline_under_read_more_goes_with_the_articles_subheading_between_it_and_the_text():
    headline = "Pharma investment in Ireland slows as US tariff threat lingers"
    crosshead = "Pressure from Asia"
    result = import_text("\n\n".join([EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS[:2], "Read More",
                                      headline, crosshead, *EN_PARAGRAPHS[2:]]))
    assert_gone(result.text, [headline])
    assert_whole(result.text, [*EN_PARAGRAPHS, crosshead])


def test_a_headline_over_its_byline_under_a_trending_label_and_a_credit_in_words_are_read_right():
    headline = "German LNG Buyers Lock In More US Cargoes as China Pulls Back From Spot Market"
    result = import_text(lines("Advertisement", "Home", "News", "Trending", "", headline,
                               "by Marcus Holloway|Rigzone Staff|Wednesday, January 14, 2026", "Share", "Email",
                               "Image by Bilanol via iStock", *EN_PARAGRAPHS))
    assert result.title == headline
    assert result.author == "Marcus Holloway"
    assert_gone(result.text, ["Image by Bilanol via iStock"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_players_title_behind_its_label_over_the_programmes_date_goes():
    player = ["Audio: Stahlwerk unter Druck: Was die Kurzarbeit für Bremen bedeutet",
              "Bremen Zwei, 7. März 2025, 3:12 Minuten", "Audio abspielen"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Von Merle Tiedemann", "7. März 2025, 17:12 Uhr", *player,
                               *DE_PARAGRAPHS))
    assert result.title == DE_HEADLINE
    assert_gone(result.text, player)
    assert_whole(result.text, DE_PARAGRAPHS)
