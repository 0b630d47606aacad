"""A page's forms and notes around an article, and the writer's line under its headline.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
consent manager's box on top, a newsletter form and a comment thread's invitations in and
under the text, notes on a new version, a machine translation's disclaimer, a writer's name
with the city the writer files from, a date glued to the byline. Each test asserts what a
reader of the cleaned text notices: the title, the date, a line of the page gone, every
paragraph of the article still there.
"""

from __future__ import annotations

from datetime import date

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German machinery makers scout India as China costs bite"
DE_HEADLINE = "Chinas Preisoffensive trifft den deutschen Werkzeugmaschinenbau"


def test_a_consent_managers_box_on_top_is_neither_title_nor_text():
    notice = (
        "We and our partners store and/or access information on a device, such as cookies and process personal "
        "data, such as unique identifiers and standard information sent by a device for personalised advertising "
        "and content, advertising and content measurement, audience research and services development. With your "
        "permission we and our partners may use precise geolocation data and identification through device "
        "scanning. You may click to consent to our and our partners’ processing as described above."
    )
    box = ["We value your privacy", notice, "MORE OPTIONS", "DISAGREE", "AGREE"]
    result = import_text(lines(box, "Skip to content", EN_MENU, EN_HEADLINE, "Listen to the article",
                               "Thursday 22 January 2026 5:47 am", EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [*box, "Listen to the article"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_writers_name_with_the_city_under_the_standfirst_is_the_byline_not_the_title():
    standfirst = ("Around 40 mid-sized German engineering firms will tour industrial clusters next month; industry "
                  "bodies say a trade pact could speed up the shift")
    result = import_text(lines(" E-Paper", f"Home / Economy / News / {EN_HEADLINE}", EN_HEADLINE, "", standfirst,
                               "Aarti Menon  New Delhi", "4 min read Last Updated : Jun 19 2024 | 11:08 PM IST",
                               "", EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert result.author == "Aarti Menon"
    assert result.published == date(2024, 6, 19)
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])


def test_a_newsletter_form_between_paragraphs_goes_with_its_consent_and_its_checks():
    form = [
        "Geschäftliche E-Mail",
        "Bitte geben Sie eine gültige E-Mailadresse ein.",
        "Mit Klick auf „Newsletter abonnieren“ erkläre ich mich mit der Verarbeitung und Nutzung meiner Daten "
        "gemäß Einwilligungserklärung einverstanden und akzeptiere die Nutzungsbedingungen.",
        "Aufklappen für Details zu Ihrer Einwilligung",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
        "Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.",
    ]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "17.02.2026Von Katrin Oberhauser Lesedauer: 5 min",
                               DE_PARAGRAPHS[:2], form, DE_PARAGRAPHS[2:], "Impressum", "Datenschutz"))
    assert result.title == DE_HEADLINE
    assert result.published == date(2026, 2, 17)  # the year glued to the byline
    assert_gone(result.text, form)
    assert_whole(result.text, DE_PARAGRAPHS)
    english = ["By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.",
               "Please enter a valid email address"]
    page = import_text(lines(EN_MENU, EN_HEADLINE, "March 3, 2026", EN_PARAGRAPHS[:2], english, EN_PARAGRAPHS[2:]))
    assert_gone(page.text, english)
    assert_whole(page.text, EN_PARAGRAPHS)


def test_the_page_asking_for_comments_goes_and_an_article_reporting_on_comments_stays():
    invitations = [
        "Join the conversation in our comments section below. Share your own views and experience and if you "
        "have a question or suggestion for our journalists then email us.",
        "Please keep comments civil, constructive and on topic – and make sure to read our terms of use.",
        "Become a Member to leave a comment.Or login here.",
    ]
    reporting = ["Sie kritisierten die Kommentare des Ministers als unangemessen und verlangten eine Entschuldigung.",
                 "The ministry said the comments had been taken out of context by the opposition."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 3, 2026", EN_PARAGRAPHS, reporting[1], invitations))
    assert_gone(result.text, invitations)
    assert_whole(result.text, [*EN_PARAGRAPHS, reporting[1]])
    german = import_text(lines(DE_MENU, DE_HEADLINE, "17.02.2026", DE_PARAGRAPHS[:2], reporting[0], DE_PARAGRAPHS[2:]))
    assert_whole(german.text, [*DE_PARAGRAPHS, reporting[0]])


def test_notes_on_a_new_version_and_a_machine_translations_disclaimer_go():
    notes = [
        "Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.",
        "🎙️ Voice is AI-generated. Inaccuracies may be present.",
        "Update 9/23/25, 9:40 a.m. ET: This article was updated with comment from Mainzer Polymerwerke.",
    ]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published Sep 23, 2025 at 5:00 AM EDT", notes[:2],
                               EN_PARAGRAPHS, notes[2:]))
    assert_gone(result.text, notes)
    assert_whole(result.text, EN_PARAGRAPHS)
    german = ["Anmerkung der Redaktion: In einer früheren Version hieß es, das Werk liege in Sachsen.",
              "In einer früheren Version dieses Artikels stand eine falsche Zahl der Beschäftigten."]
    page = import_text(lines(DE_MENU, DE_HEADLINE, "17.02.2026", DE_PARAGRAPHS, german, "Impressum"))
    assert_gone(page.text, german)
    assert_whole(page.text, DE_PARAGRAPHS)


def test_a_date_line_printing_each_date_twice_is_read():
    stamp = ("Posted Wed 30 Oct 2024 at 4:52amWednesday 30 October 2024 at 4:52am, updated Wed 30 Oct 2024 at "
             "11:18amWednesday 30 October 2024 at 11:18am")
    result = import_text(lines(EN_MENU, EN_HEADLINE, stamp, "Share article", EN_PARAGRAPHS))
    assert result.published == date(2024, 10, 30)
    assert stamp not in result.text


def test_the_date_under_the_writers_role_below_a_caption_is_the_articles():
    """A picture's caption over its credit is no paragraph: the byline, the writer's desk and
    the date under it still belong to the header, not a card's date further down."""
    teaser = "Bochum. Eine Delegation des chinesischen Zulieferers hat das frühere Opel-Gelände besichtigt."
    result = import_text(lines(
        DE_MENU, DE_HEADLINE, teaser,
        "Blick über das Gewerbegebiet in Bochum-Laer: Auf dem früheren Opel-Gelände sind noch Flächen frei.",
        "© FUNKE Foto Services | Jörn Tietz", "Von Katrin Wolters", "Redakteurin Wirtschaft",
        "11.02.2025, 05:55 Uhr", "Lesezeit: 4 Minuten", DE_PARAGRAPHS,
        "Auch interessant", "Stahlsparte: Betriebsrat warnt vor Kahlschlag in Duisburg", "10.02.2025, 18:12 Uhr",
    ))
    assert result.published == date(2025, 2, 11)
    assert "Redakteurin Wirtschaft" not in result.text.split("\n")
    assert_whole(result.text, [teaser, *DE_PARAGRAPHS])


def test_a_menu_does_not_run_on_across_the_date_line_into_the_headline():
    headline = "Royal Self-Indicting Arrogance"
    result = import_text(lines("Search", "", headline, "", "© REUTERS / POOL", "", "Columnists", "",
                               "18.11.2019 21:17", "", "by Finian Cunningham", "", "4553", "",
                               "Subscribe", "", *EN_PARAGRAPHS))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_byline_with_the_role_after_by_topic_labels_and_player_buttons():
    furniture = ["Show Caption", "Hide Caption", "Loading...", "Fehler gefunden? Jetzt melden."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By business reporter Kate Ellery and Dominic Tsang",
                               "Topic:Electric Vehicles", "Posted Wed 30 Oct 2024 at 4:52am", furniture[:3],
                               EN_PARAGRAPHS, furniture[3:]))
    assert result.author == "Kate Ellery and Dominic Tsang"
    assert "Electric Vehicles" in result.tags
    assert_gone(result.text, ["By business reporter Kate Ellery and Dominic Tsang", "Topic:Electric Vehicles",
                              *furniture])
    assert_whole(result.text, EN_PARAGRAPHS)
