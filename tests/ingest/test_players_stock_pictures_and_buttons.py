"""Players, stock pictures, buttons and labels of more news sites, newsrooms and associations.

The pages are written for these tests (no corpus text): a TV station's page with its video
transcript and its note on affiliate programmes; a paper's share buttons with the headline
in them; pictures noted as file or stock photos, a credit naming a limited partnership; a
weekly's supporter button; a German listening time; a topics label; an association's
press page whose menu opens with 'Themen' and dates its release on a line of its own.
Guards keep sentences of the same words.
"""

from __future__ import annotations

import datetime as dt

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German-owned chemical plant in Louisville to cut 90 jobs as Chinese imports bite"
DE_HEADLINE = "Zulieferer fürchten Gegenmaßnahmen Chinas nach der Zollentscheidung"


def test_a_video_transcript_and_a_note_on_affiliate_programmes_go():
    transcript = ("WEBVTT DOZENS OF WORKERS IN RUBBERTOWN WILL BE OUT OF A JOB BY SUMMER. THE GERMAN-OWNED COMPANY "
                  "SAYS IT CAN NO LONGER COMPETE WITH CHEAPER PRODUCT COMING OUT OF CHINA.")
    note = ("Hearst Television participates in various affiliate marketing programs, which means we may get paid "
            "commissions on editorial products purchased through our links to retailer sites.")
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "Updated: 5:12 PM EDT Mar 4, 2025", "Hide Transcript",
                               "Show Transcript", transcript, "Advertisement", *EN_PARAGRAPHS, "Advertisement", note))
    assert_gone(result.text, [transcript, note])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_share_buttons_with_the_headline_in_them_go():
    buttons = ["Share", f"Share {EN_HEADLINE} on Facebook", "Share on X", "Share on WhatsApp"]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "By Rob Kinnear", "June 17 2025, 6.00am", *buttons,
                               *EN_PARAGRAPHS))
    assert_gone(result.text, buttons)
    assert_whole(result.text, EN_PARAGRAPHS)
    # a sentence that tells of sharing on a platform stays
    sentence = "Share your plans with the works council on WhatsApp, the union told its members in a letter."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text


def test_stock_picture_notes_and_a_partnerships_credit_go():
    notes = ["File photo", "Image used for illustrative purposes.", "Image used for illustrative purposes. Photo - ONA",
             "The container terminal in Wilhelmshaven. Credit: JadeWeserPort Realisierungs GmbH & Co. KG"]
    for note in notes:
        result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", "Share", "Email", note, *EN_PARAGRAPHS))
        assert_gone(result.text, [note])
        assert_whole(result.text, EN_PARAGRAPHS)
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", "Symbolbild", *DE_PARAGRAPHS))
    assert_gone(result.text, ["Symbolbild"])
    # a sentence about such a picture is news
    sentence = "The photo used for illustrative purposes in the ministry's brochure showed a plant in Anhui."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text


def test_a_supporter_button_a_listening_time_and_a_topics_label_go():
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS[:2], "Become a WW Supporter",
                               *EN_PARAGRAPHS[2:], "Read related topics: China Relations"))
    assert_gone(result.text, ["Become a WW Supporter", "Read related topics: China Relations"])
    assert_whole(result.text, EN_PARAGRAPHS)
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", "Artikel zum Hören • 6 Min", *DE_PARAGRAPHS))
    assert_gone(result.text, ["Artikel zum Hören • 6 Min"])


def test_a_menu_opening_with_themen_is_no_list_of_tags_and_the_date_under_it_dates_the_release():
    menu = ["Themen", "Publikationen", "Presse", "Termine", "Über uns", "Pressemitteilung", "08.10.2024"]
    result = import_text(lines(*menu, DE_HEADLINE, *DE_PARAGRAPHS, "Teilen", "Drucken"))
    assert result.published == dt.date(2024, 10, 8)
    assert "Publikationen" not in result.tags
    assert_gone(result.text, menu)
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_caption_pointing_at_its_picture_and_a_newsletter_boxs_schedule_go():
    caption = ("Kessling Antriebstechnik's plant near Greer, shown here in February, will add a second hall under "
               "an $86 million expansion announced Thursday.")
    box = ["Get the Business newsletter in your inbox.",
           "Local business news and the latest openings and closings, delivered to you.", "Delivery: Thu", "Your Email"]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "Published 5:02 a.m. ET March 14, 2025", caption,
                               "Josh Morrow/Staff", *EN_PARAGRAPHS[:2], *box, *EN_PARAGRAPHS[2:]))
    assert_gone(result.text, [caption, *box])
    assert_whole(result.text, EN_PARAGRAPHS)
    # a sentence with an amount over a picture without a caption is the article's
    sentence = "Shipments dropped 11% to about 18 billion euros, while imports of batteries rose."
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 14, 2025", *EN_PARAGRAPHS[:2], sentence,
                               "Josh Morrow/Staff", *EN_PARAGRAPHS[2:]))
    assert sentence in result.text


def test_sentences_of_the_same_words_as_the_new_buttons_and_notes_stay():
    sentences = ["Share of brands advertising on X fell for the fourth month in a row",
                 "Zalando participates in affiliate programs with more than 2,000 publishers, according to its report.",
                 "European demand for imported hydrogen has been slower to materialise than governments in Berlin "
                 "and Brussels had hoped, traders said on Tuesday."]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS[:2], sentences[0], sentences[1],
                               sentences[2], "File photo", *EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*sentences, *EN_PARAGRAPHS])
    assert_gone(result.text, ["File photo"])


def test_a_topics_link_between_paragraphs_and_a_papers_news_service_go():
    link = "Read related topics: China Relations"
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "Times News Service", "Published: 18 May 2025, 4:12 PM",
                               *EN_PARAGRAPHS[:2], link, *EN_PARAGRAPHS[2:]))
    assert_gone(result.text, [link, "Times News Service"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_pointer_to_the_gallery_and_an_x_com_button_go():
    pointer = "Wie der Abend weiterging, sehen Sie in unserer Galerie."
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", "X.com", "Facebook", "E-Mail", "Link kopieren",
                               *DE_PARAGRAPHS, pointer, "(red)"))
    assert_gone(result.text, [pointer, "X.com"])
    assert_whole(result.text, DE_PARAGRAPHS)
    # a sentence about a gallery is news
    sentence = "Die Galerie zeigt unsere Bilder aus dem Werk in Changzhou erstmals im Frühjahr, sagte der Sprecher."
    assert sentence in import_text(lines(*DE_MENU, DE_HEADLINE, *DE_PARAGRAPHS[:2], sentence, *DE_PARAGRAPHS[2:])).text


def test_a_reading_time_given_as_a_range_and_a_related_links_label_go():
    related = ["Related links", "Utah's exports hit record high, but tariffs cloud outlook for 2026"]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "Estimated read time: 4-5 minutes", *EN_PARAGRAPHS, *related))
    assert_gone(result.text, ["Estimated read time: 4-5 minutes", *related])
    assert_whole(result.text, EN_PARAGRAPHS)
    sentence = "In 4-5 minutes the line was cleared, the plant manager said on Tuesday."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text
