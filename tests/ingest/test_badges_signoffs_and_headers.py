"""Headlines over pictures, badges, sign-offs and subscription boxes around the article.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
headline right over its picture's credit, a paywall's badge under the headline, an agency
signing off its report, a wire picture's credit, a regional paper's subscription box and its
repeated 'Article content' label, a sign-up form's messages and a video player's label.
Each test asserts what a reader of the cleaned text notices — the title, the writer, the
furniture gone, every paragraph still there — and the guards keep the lines of articles that
share a shape with the furniture, among them the cases the reviews of these rules wrote.
"""
from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines
from .test_players_credits_and_labels import blank_lines

DE_HEADLINE = "Chinesischer Autozulieferer will 400 Jobs nach Berlin bringen"
DE_TEASER = "Die Huaxin Drive Systems plant im CleanTech Business Park eine Fabrik für Elektromotoren."


def test_copied_with_blank_lines_a_short_headline_with_a_verb_or_in_english_stays_over_its_teaser():
    for headline, subtitle, menu, byline, paragraphs in (
        ("Tesla senkt Preise", DE_HEADLINE, DE_MENU, "Von Kerstin Mahlow", DE_PARAGRAPHS),
        ("Oil prices slump", "Brent falls to its lowest level since 2021 as OPEC+ raises output", EN_MENU,
         "By Jane Harper", EN_PARAGRAPHS),
    ):  # (the date between the menu and the headline: a short line right under a menu is read as one of its items)
        result = import_text(blank_lines(menu, "18.03.2025, 17:45 Uhr", headline, subtitle, byline, *paragraphs))
        assert result.title == headline
        assert_whole(result.text, [subtitle, *paragraphs])


def test_a_headline_right_over_its_pictures_credit_stays_the_title():
    headline = "Chinesische Stacks für mitteldeutschen Chemiepark"
    result = import_text(lines(DE_MENU, "WASSERSTOFF:", headline, "Bild: Shutterstock / Audio und werbung",
                               "19.11.2024, 14:02 UhrLesezeit: 4 Min.", *DE_PARAGRAPHS))
    assert result.title == headline
    assert_gone(result.text, ["Bild: Shutterstock / Audio und werbung"])
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_caption_over_its_credit_above_the_headline_goes():
    caption = "Blick auf das Gelände des Industrieparks bei Spremberg"
    result = import_text(lines(DE_MENU, caption, "Bild: dpa/Patrick Pleul", DE_HEADLINE,
                               "18.03.2025, 17:45 Uhr", *DE_PARAGRAPHS))
    assert result.title == DE_HEADLINE
    assert_gone(result.text, [caption, "Bild: dpa/Patrick Pleul"])
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_paywalls_badge_under_the_headline_goes_and_the_headline_stays_the_title():
    headline = "Chinas E-Autobauer auf Werkssuche: Wie steirische Zulieferer vom Osten profitieren wollen"
    result = import_text(lines(DE_MENU, "Unternehmen", headline, "trend. PREMIUM", DE_TEASER,
                               "22. Jänner 2026, 06:00", *DE_PARAGRAPHS))
    assert result.title == headline
    assert_gone(result.text, ["trend. PREMIUM"])
    assert_whole(result.text, [DE_TEASER, *DE_PARAGRAPHS])


def test_an_agency_signing_off_and_a_wire_pictures_credit_go():
    for signoff in ("-- BERNAMA", "— AFP"):
        result = import_text(lines(EN_MENU, "Guangxi delegation eyes investments at Malaysian industrial park",
                                   "18/02/2026 05:42 PM", "--fotoBERNAMA (2026) COPYRIGHT RESERVED",
                                   *EN_PARAGRAPHS, signoff, "Related News"))
        assert_gone(result.text, ["--fotoBERNAMA (2026) COPYRIGHT RESERVED", signoff])
        assert_whole(result.text, EN_PARAGRAPHS)


def test_lines_shaped_like_badges_sign_offs_and_placed_people_stay():
    paragraphs = [
        "The company sells its drives under the Xcelerator (R) brand and its software under a second label.",
        "Going Premium",
        "Analysts expect the move upmarket to lift margins by two points over the next three years, the bank said.",
        "-- the statement ended there.",
        "The bank's chief economist said the pressure would not ease before the summer.",
    ]
    result = import_text(lines(EN_MENU, "German machine makers bet on premium drives", "18 March 2025", *paragraphs))
    assert_whole(result.text, paragraphs)


def test_a_regional_papers_subscription_box_and_article_labels_go_and_its_crosshead_stays():
    crosshead = "A flood of Chinese product"
    page = lines(
        EN_MENU, "Germany’s chemical heartland is going dark", "Author of the article:", "Graeme Hollis",
        "Published Oct 08, 2025 • Last updated Oct 08, 2025 • 5 minute read",
        "Share this Story : Germany’s chemical heartland is going dark", "Copy Link", "Email",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Article content", EN_PARAGRAPHS[0], "Article content", EN_PARAGRAPHS[1],
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "SUBSCRIBE FOR MORE ARTICLES",
        "Article content", EN_PARAGRAPHS[2],
        "Recommended from Editorial", "EU opens anti-dumping probe into Chinese epoxy resins",
        "Kelly McParland: Germany’s green energy gamble is coming due",
        "Article content", crosshead, "Article content", EN_PARAGRAPHS[3],
        "Interested in more newsletters? Browse here.", "300x250", "Add FE as a Trusted Source",
    )
    result = import_text(page)
    assert result.author == "Graeme Hollis"
    assert_gone(result.text, [
        "Author of the article:", "Share this Story : Germany’s chemical heartland is going dark",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "SUBSCRIBE FOR MORE ARTICLES", "Article content",
        "EU opens anti-dumping probe into Chinese epoxy resins", "Interested in more newsletters? Browse here.",
        "300x250", "Add FE as a Trusted Source",
    ])
    assert_whole(result.text, [crosshead, *EN_PARAGRAPHS])


def test_notes_and_buttons_under_the_text_go():
    notes = ["Jetzt kommentieren", "Dieser Artikel ist in der trend. Ausgabe 03/2026 erschienen.",
             "Die wichtigsten News direkt aufs Handy – jetzt den Heute-Kanal abonnieren!"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, DE_TEASER, "21.01.2026 | Lesezeit: 5 Minuten",
                               *DE_PARAGRAPHS, *notes, "Impressum"))
    assert_gone(result.text, notes)
    assert_whole(result.text, [DE_TEASER, *DE_PARAGRAPHS])


def test_a_sign_up_forms_messages_a_video_players_label_and_a_file_pictures_caption_go():
    furniture = [
        "Click to play video: 'German business delegation tours Ontario battery supply chain'",
        "Nepal Industrial Park, Damak. Post File Photo",
        "Kulim Hi-Tech Park in Kedah, where the company will build its first hub in Asia. - NSTP file pic",
        "Share this item on Facebook", "Send this page to someone via email", "Copy article link",
        "By providing your email address, you have read and agree to Global News' Terms and Conditions and Privacy Policy.",
        "This field is required", "Invalid Email",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
    ]
    result = import_text(lines(EN_MENU, "German machine makers scout Ontario", "Posted January 22, 2026 6:00 am",
                               *EN_PARAGRAPHS[:2], *furniture, *EN_PARAGRAPHS[2:]))
    assert result.title == "German machine makers scout Ontario"
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_sentences_and_crossheads_shaped_like_the_new_furniture_stay():
    """Lines the reviews wrote against these rules: each is an article's own."""
    paragraphs = [
        "The Sweden Democrats (far right) became the second-largest party with 20.6 percent of the vote.",
        "The talks, attended by IG Metall chief Christiane Benner (left) and the works council head, lasted three hours.",
        "The first chart (left) shows exports; the second (right) shows imports.",
        "Premium", "BMW Premium", "640 x 480", "160 x 200",
        "— Bloomberg",
        "He showed reporters a file photo.",
        "What did the paper actually print that morning? A file photo.",
        "The museum hangs the three panels in the order the painter intended (left to right): the Annunciation first.",
        "The first block (from left) shows your name; the second block (second from left) shows the flight.",
        "Be the first to know", "Views: 2,117,450",
    ]
    result = import_text(lines(EN_MENU, "Markets brace for a long winter", "18 March 2025", *EN_PARAGRAPHS[:2],
                               *paragraphs, *EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*paragraphs, *EN_PARAGRAPHS])
    german = ["Dieser Text ist in der Samstagsausgabe auf Seite drei erschienen.",
              "Am Ende richtete er sich an seine Fans: Wer ihn weiter sehen wolle, solle jetzt den Twitch-Kanal abonnieren."]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "18.03.2025, 17:45 Uhr", *DE_PARAGRAPHS[:2], *german,
                               *DE_PARAGRAPHS[2:]))
    assert_whole(result.text, [*german, *DE_PARAGRAPHS])


def test_a_headline_over_a_subtitle_with_its_full_stop_or_in_english_stays_the_title_with_blank_lines():
    for headline, subtitle, menu, stamp, paragraphs in (
        ("Milliardenloch bei Thyssenkrupp", "Stahlsparte braucht frisches Geld vom Mutterkonzern.", DE_MENU,
         "15.01.2026, 10:32 Uhr", DE_PARAGRAPHS),
        ("Großbrand im Hamburger Hafen", "Feuerwehr warnt Anwohner vor dichter Rauchwolke über Wilhelmsburg.", DE_MENU,
         DE_TEASER + "\n\nVon Jan Petersen", DE_PARAGRAPHS),
        ("Oil prices in freefall", "Brent crude drops below $60 as OPEC+ floods the market", EN_MENU,
         "Published 15 January 2026", EN_PARAGRAPHS),
    ):
        result = import_text(blank_lines(menu, headline, subtitle, stamp, *paragraphs))
        assert result.title == headline
        assert_whole(result.text, [subtitle, *paragraphs])


def test_copied_with_blank_lines_a_german_kicker_over_a_headline_with_a_verb_is_the_kicker_and_kept_aside():
    """The layout of a kicker over its headline is also that of a short headline over a subtitle
    without its full stop; German pages print the first far more often (see
    ``headline._spaced_kicker``). The kicker leaves the title and the text, and stays among the
    removed lines, where the user sees it and can put it back."""
    for kicker, headline, stamp in (
        ("Handel mit der Volksrepublik", "Deutsche Exporte nach China brechen im Oktober überraschend ein",
         "12.11.2026, 10:15 Uhr"),
        ("Milliardenloch bei Thyssenkrupp", "Stahlsparte braucht frisches Geld vom Mutterkonzern",
         "15.01.2026, 10:32 Uhr"),
    ):
        result = import_text(blank_lines(DE_MENU, kicker, headline, stamp, *DE_PARAGRAPHS))
        assert result.title == headline
        assert kicker not in result.text
        assert (kicker, "kicker") in [(r.text, r.reason) for r in result.removed]
        assert_whole(result.text, DE_PARAGRAPHS)


def test_a_question_or_quotation_headline_under_a_pictures_caption_and_credit_is_no_caption_title():
    caption = "Produktion von Elektroautos im VW-Werk Zwickau"
    for headline in ("Was bedeutet der Zollstreit für deutsche Autobauer?",
                     "„Wir lassen uns das nicht gefallen“, sagt der Bauernpräsident und kündigt neue Proteste "
                     "vor dem Kanzleramt in Berlin an"):
        result = import_text(lines(DE_MENU, caption, "Foto: Jan Woitas/dpa", headline, DE_TEASER, "Von Anna Schmidt",
                                   *DE_PARAGRAPHS))
        assert result.title != caption
        assert_whole(result.text, [DE_TEASER, *DE_PARAGRAPHS])


def test_a_short_german_headline_right_under_the_menu_copied_with_blank_lines_is_no_menu_item():
    result = import_text(blank_lines(DE_MENU, "Tesla senkt Preise", DE_HEADLINE, "Von Kerstin Mahlow", *DE_PARAGRAPHS))
    assert result.title == "Tesla senkt Preise"
    assert_whole(result.text, [DE_HEADLINE, *DE_PARAGRAPHS])
