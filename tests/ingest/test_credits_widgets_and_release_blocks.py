"""Picture credits, page widgets, appeals and the blocks under a press release.

The pages are written for these tests (no corpus text), in the layouts of news sites and
newswires: captions closed by their photographer in several forms, a caption printed twice
with the station's call sign, the notification widget of a newspaper platform, a
newsletter's pitch, a reader appeal, a release's contact block and its list of the issuer's
other releases, an outlet named before the byline. Each test asserts what a reader of the
cleaned text notices; the guards list sentences of articles that share a shape with that
furniture and stay.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German terminal operator eyes Hookers Point as tariffs cloud port plans"
EN_DATE = "Published June 17, 2025|Updated June 17, 2025"
DE_HEADLINE = "Welser Hydraulikhersteller eröffnet erstes Werk in China"


def test_captions_closed_by_their_photographer_go():
    captions = [
        "A container ship is unloaded at the terminal in March. A Hamburg company wants to lease 38 acres. [ KEVIN OLSZEWSKI | Times ]",
        "Storage tanks at a chemical plant along the Mississippi River in Geismar in 2024. STAFF PHOTO BY MARCUS ARDOIN",
        "Mozzarella moves along the line at a cheese plant in the Waikato.Aaron Mikaere/Stuff",
        "A chemical plant in Sasolburg. Picture: 123RF/BOYSPRO",
    ]
    for caption in captions:
        result = import_text(lines(EN_MENU, EN_HEADLINE, "By Colleen Wardlow", EN_DATE, caption, *EN_PARAGRAPHS))
        assert result.title == EN_HEADLINE
        assert_gone(result.text, [caption])
        assert_whole(result.text, EN_PARAGRAPHS)


def test_a_caption_printed_again_with_the_stations_call_sign_goes_once_and_a_lead_stays_once():
    caption = "Kessler-Vogt Automotive plans to build a $210 million plant near Lebanon."
    result = import_text(lines(EN_MENU, EN_HEADLINE, caption, caption + "(WSMV)", "By Jessica Tran",
                               "Published: May. 14, 2025 at 4:37 PM CDT", "Email This Link", "Share on Facebook",
                               "Share on X (formerly Twitter)", *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [caption + "(WSMV)", "Email This Link", "Share on X (formerly Twitter)"])
    assert_whole(result.text, EN_PARAGRAPHS)
    # the report's lead printed again with its agency: one copy stays (it may be the lead itself)
    lead = "A magnitude 6.4 earthquake struck southern Peru on Tuesday, the U.S. Geological Survey said."
    result = import_text(lines(EN_MENU, "Strong earthquake shakes southern Peru", lead, lead + " (AP)",
                               "Published 10:22 AM EST, Tue January 20, 2026", *EN_PARAGRAPHS))
    assert lead in result.text.split("\n")


def test_a_notification_widget_a_newsletter_pitch_and_a_sign_up_answer_go():
    widget = [
        "Sign up for The Business Report and get the latest on Louisiana companies, jobs and development every weekday morning.",
        "Email address",
        "Sign Up",
        "You’re all signed up!",
        "* I understand and agree that registration on or use of this site constitutes agreement to its user "
        "agreement and privacy policy.",
        "Get email notifications on {{subject}} daily!",
        "Your notification has been saved.",
        "There was a problem saving your notification.",
        "{{description}}",
        "Email notifications are only sent once a day, and only if there are new matching items.",
    ]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, "FacebookTwitterWhatsAppSMSEmailPrintCopy article linkSave",
                               *EN_PARAGRAPHS[:2], *widget, *EN_PARAGRAPHS[2:]))
    assert_gone(result.text, [*widget, "FacebookTwitterWhatsAppSMSEmailPrintCopy article linkSave"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_sites_appeal_to_its_readers_goes():
    appeal = ["Stuff's journalism is supported by readers like you.",
              "We rely on your support to keep our journalism free for all New Zealanders. Every contribution helps.",
              "Follow China.org.cn on X and Facebook to join the conversation."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS, *appeal, "Trending",
                               "Bank of Canada cuts rates again as economy stalls"))
    assert_gone(result.text, appeal)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_outlet_before_the_byline_is_read_and_the_line_goes():
    byline = "WUWM 89.7 FM - Milwaukee's NPR | By Teodora Lindqvist"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Wisconsin manufacturers are bringing in more parts from Europe.",
                               byline, "Published October 22, 2025 at 5:45 AM CDT", *EN_PARAGRAPHS))
    assert result.author == "Teodora Lindqvist"
    assert_gone(result.text, [byline])


def test_a_press_releases_contact_block_and_the_issuers_other_releases_go():
    block = ["Rückfragen & Kontakt", "Alpenwerk Hydraulik GmbH", "Mag. Eva Pichler", "Unternehmenskommunikation",
             "Telefon: +43 7242 47 310-218", "E-Mail: eva.pichler@alpenwerk-hydraulik.at",
             "Weitere Meldungen von Alpenwerk Hydraulik GmbH",
             "Alpenwerk Hydraulik baut Montagehalle in Wels aus", "Alpenwerk Hydraulik mit neuem Vertriebschef"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Wels, 26.11.2026", *DE_PARAGRAPHS, *block))
    assert_gone(result.text, block)
    assert_whole(result.text, DE_PARAGRAPHS)
    release = import_text(lines(EN_MENU, EN_HEADLINE, "02-05-2026 10:41 AM CET | Industry, Real Estate & Construction",
                                "Press release from: Hollweg Fördertechnik GmbH", *EN_PARAGRAPHS,
                                "More Releases for Taicang", "Taicang Port Container Throughput Reaches New Record"))
    assert_gone(release.text, ["Press release from: Hollweg Fördertechnik GmbH", "More Releases for Taicang"])
    assert_whole(release.text, EN_PARAGRAPHS)


def test_sentences_shaped_like_these_widgets_stay():
    """A report's sentences about readers, deliveries, photographers, templates and enquiries
    stay, and so do an interview's answers and a list's items (the cases reviewers wrote)."""
    kept = [
        "The paper, which is delivered to 40,000 homes, said the tariffs would cost it $2 million a year.",
        "Members pay $32 for a box of greens, root vegetables and eggs from six farms, delivered every week.",
        "Sign up for your utility's budget billing plan and get one predictable payment each month.",
        "Typing {{config}} into the subject field returned the application's secret key",
        "We rely on our readers' support to keep our reporting going. Memberships cover 60 percent of the budget.",
        "Its on-air appeals now end with a new line: our reporting is funded by listeners like you.",
        "I understand and agree that privacy matters, so we don't sell or share any data about our members.",
        "“We rely on your support to keep the plant open,” the works council told the state government.",
        "The council said it would answer further enquiries from residents at a meeting in March.",
        "More releases from the reservoir are planned for the summer, the water board said on Tuesday.",
        "The photographer, Aaron Mikaere, said the factory had doubled its night shift since the spring.",
        "Picture: a single-track road, a shop that opens three mornings a week, and a pier.",
    ]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[0], *kept, *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*kept, *EN_PARAGRAPHS])
    for crosshead in ("More releases from the dam expected", "Advertise with local radio"):
        assert crosshead in import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS[:2], crosshead,
                                              *EN_PARAGRAPHS[2:])).text.split("\n")
    items = ["Die Betrüger nutzen vor allem drei Wege:", "SMS", "Anrufe", "E-Mails"]
    text = import_text(lines(DE_MENU, DE_HEADLINE, *DE_PARAGRAPHS[:2], *items, *DE_PARAGRAPHS[2:])).text.split("\n")
    assert "SMS" in text
    crosshead = import_text(lines(DE_MENU, DE_HEADLINE, *DE_PARAGRAPHS[:2], "Rückfragen",
                                  "Rückfragen zur eigenen Abrechnung beantwortet das Team unter der Hotline.",
                                  *DE_PARAGRAPHS[2:])).text.split("\n")
    assert "Rückfragen" in crosshead


def test_a_section_over_a_headline_that_opens_with_by_is_no_byline():
    result = import_text(lines(EN_MENU, "Opinion | By Any Means Necessary", "By Ruth Calder", EN_DATE, *EN_PARAGRAPHS))
    assert result.author == "Ruth Calder"
