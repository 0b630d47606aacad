"""News pages as a browser copies them, often without a blank line between the parts.

The pages are written for these tests (no corpus text): the layouts of German and English
news sites, wire pages and press releases — a kicker glued to the headline, captions over
their credits, notes about the writers under the article. Each test asserts what a reader
of the cleaned text notices: the title, the date, a line of the page gone, every paragraph
of the article still there.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.ingest import import_text

DE_PARAGRAPHS = [
    "Der Handel zwischen Deutschland und China ist im vergangenen Jahr erneut geschrumpft, wie das "
    "Statistische Bundesamt am Montag in Wiesbaden mitteilte.",
    "Besonders stark gingen die Ausfuhren von Maschinen zurück. Sie sanken um gut zehn Prozent auf "
    "rund 18 Milliarden Euro, während die Einfuhren aus China weniger stark nachgaben.",
    "Ökonomen sehen darin keinen vorübergehenden Knick. Chinesische Hersteller böten viele Produkte "
    "inzwischen selbst an, die früher aus Deutschland kamen, sagte ein Volkswirt der Landesbank.",
    "Die Bundesregierung will im Frühjahr eine neue Handelsstrategie vorlegen, die Unternehmen bei der "
    "Erschließung anderer Märkte in Asien unterstützen soll.",
]
EN_PARAGRAPHS = [
    "Exports of machinery from Germany to China fell for a third year in a row, customs data showed on "
    "Monday, as Chinese buyers turned to domestic suppliers for lathes, presses and robots.",
    "Shipments dropped 11% to about 18 billion euros, while imports of electric vehicles and batteries "
    "from China rose sharply over the same period.",
    "Economists said the shift reflected years of investment by Chinese toolmakers, many of which now "
    "sell at prices German firms cannot match in the home market of their customers.",
    "Berlin is preparing a new trade strategy that is meant to help companies find markets elsewhere in "
    "Asia, officials familiar with the plans said.",
]
DE_MENU = ["Politik", "Wirtschaft", "Finanzen", "Kultur", "Sport", "Wissen"]
EN_MENU = ["World", "Business", "Markets", "Technology", "Opinion", "Video"]


def lines(*parts: str | list[str]) -> str:
    """A browser copy without blank lines: every part on its own line."""
    out: list[str] = []
    for part in parts:
        out.extend(part if isinstance(part, list) else [part])
    return "\n".join(out)


def assert_whole(text: str, paragraphs: list[str]) -> None:
    for paragraph in paragraphs:
        assert paragraph in text, paragraph


def assert_gone(text: str, furniture: list[str]) -> None:
    """No line of ``furniture`` is a line of the cleaned text."""
    kept = text.split("\n")
    for line in furniture:
        assert line not in kept, line


def test_a_kicker_with_a_colon_over_the_headline_and_its_teaser_in_a_row():
    """Kicker, headline and teaser on three lines in a row are no list: the headline is found."""
    headline = "Chinas Überschuss wird zu Europas Problem"
    teaser = ("Nie zuvor hat ein Land so viel mehr ausgeführt als eingeführt. Die Waren landen zunehmend in "
              "Europa, und was das für die Industrie bedeutet, ist offen.")
    result = import_text(lines(DE_MENU, "Handel mit China:", headline, teaser, "Eine Analyse von Nora Muster",
                               "4. März 2026, 16:12 Uhr", DE_PARAGRAPHS, "Impressum", "Datenschutz"))
    assert result.title == headline
    assert_whole(result.text, [teaser, *DE_PARAGRAPHS])


def test_a_kicker_glued_to_the_headline_is_not_part_of_the_title():
    """'Exporte brechen einChina fällt …': the page's markup glued two lines. A teaser of
    another article glued the same way inside the text is a link; a name in camel case
    ('BlackRock') is no glue."""
    headline = "China fällt als Handelspartner weiter zurück"
    teaser = "Neuer RekordwertChinas Exportmaschine läuft trotz der Zölle auf Hochtouren"
    paragraphs = [*DE_PARAGRAPHS[:2], "Auch BlackRock rechnet mit weniger Handel, sagte ein Sprecher von BlackRock.",
                  *DE_PARAGRAPHS[2:]]
    result = import_text(lines("Wirtschaft", f"Ausfuhren brechen ein{headline}", "09.02.2026, 11:27 Uhr",
                               paragraphs[:2], teaser, paragraphs[2:], "Impressum"))
    assert result.title == headline
    assert teaser not in result.text
    assert_whole(result.text, paragraphs)
    camel = import_text(lines("BlackRock erhöht den Einsatz in China", *DE_PARAGRAPHS))
    assert camel.title == "BlackRock erhöht den Einsatz in China"


def test_a_breadcrumb_with_the_title_glued_on_and_the_headline_below():
    headline = "Bleiben, aber anders"
    result = import_text(lines("Home›Wirtschaft›Mittelstand in China: Bleiben, aber anders",
                               "22. Januar 2026, 5:58 Uhr", "Mittelstand in China:", headline,
                               DE_PARAGRAPHS, "Impressum"))
    assert result.title == headline
    assert result.published == date(2026, 1, 22)
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_selection_begun_in_the_middle_of_a_word_above_the_headline():
    headline = "European companies hold back on China investment"
    result = import_text(lines("oom > Press Releases", "Press Releases", headline, "Beijing, 28 May 2026",
                               EN_PARAGRAPHS))
    assert result.title == headline
    assert "oom" not in result.text.split()


def test_captions_over_their_credits_and_credits_at_the_end_of_captions_go():
    caption = "Containerterminal im Hamburger Hafen: Der Warenaustausch mit China schrumpft."
    other = "Die Werkhalle im Gewerbegebiet von Taicang. Foto: Jan Muster"
    result = import_text(lines(DE_MENU, "China fällt als Handelspartner weiter zurück", "09.02.2026, 11:27 Uhr",
                               caption, "(Foto: picture alliance/dpa)", DE_PARAGRAPHS[:2], other,
                               DE_PARAGRAPHS[2:], "Impressum"))
    assert caption not in result.text and other not in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_byline_with_the_cities_of_its_writers_is_not_the_headline():
    headline = "Brussels weighs a price floor deal with Beijing"
    caption = "Electric cars wait to be shipped at the port of Lianyungang © AFP via Getty Images"
    result = import_text(lines(EN_MENU, "EU trade", headline, caption, "Jane Roe in Brussels and Li Wei in Beijing",
                               "Published June 3 2026", EN_PARAGRAPHS, "Terms of use"))
    assert result.title == headline
    assert result.author == "Jane Roe, Li Wei"
    assert result.published == date(2026, 6, 3)
    assert caption not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_notes_about_the_writers_under_the_article_go():
    """The byline names the writers; lines under the article that open with one of those
    names and say what the writer does are an author box."""
    notes = ["___", "Li Wei reported from Beijing.", "JANE ROE",
             "Roe covers trade and industry in Europe for the agency."]
    result = import_text(lines(EN_MENU, "Germany's machinery exports to China fall again", "By JANE ROE and LI WEI",
                               "Updated 3:47 AM GMT+8, November 19, 2026", EN_PARAGRAPHS, notes, "Terms of use"))
    assert result.published == date(2026, 11, 19)
    for note in notes[1:]:
        assert note not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)
    # a sentence of the article that opens with a writer's name stays
    kept = "Li Wei said on Monday the figures were final."
    other = import_text(lines("Machinery exports fall again", "By Jane Roe and Li Wei", "March 4, 2026",
                              EN_PARAGRAPHS, kept))
    assert kept in other.text


def test_the_teaser_under_a_read_more_label_inside_the_article_goes():
    teaser = "In Depth: China's toolmakers squeeze German rivals at home and abroad"
    result = import_text(lines(EN_MENU, "Chinese toolmaker buys Bavarian gear maker", "June 4, 2026",
                               EN_PARAGRAPHS[:2], "Read more", teaser, EN_PARAGRAPHS[2:], "Terms of use"))
    assert teaser not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_writers_named_under_the_headline_and_their_notes_under_the_article():
    """'Jane Roe and Li Wei' over 'in Hamburg' and the date: a byline; the notes that name
    the writers by their first names under the article go with it."""
    notes = ["Jane Roe", "Jane joined the paper in 2022 and covers shipping and trade.",
             "Li Wei", "Wei is a reporter covering the Yangtze River Delta economy."]
    result = import_text(lines(EN_MENU, "Machinery exports to China fall again", "Jane Roe and Li Wei", "in Hamburg",
                               "Published: 9:00am, 14 Apr 2026", EN_PARAGRAPHS, notes, "Terms of use"))
    assert result.author == "Jane Roe and Li Wei"
    assert "in Hamburg" not in result.text.splitlines()
    for note in notes:
        assert note not in result.text.splitlines()
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_source_and_the_writer_box_closing_a_german_article_go():
    box = ["Quelle: HZ", "Anna Muster", "Korrespondentin für Wirtschaft in Hamburg."]
    result = import_text(lines(DE_MENU, "Ausfuhren nach China brechen ein", "Von Anna Muster",
                               "06.11.2025, 18:27 Uhr", DE_PARAGRAPHS, box, "Impressum"))
    for line in box:
        assert line not in result.text.splitlines()
    assert_whole(result.text, DE_PARAGRAPHS)


def test_about_us_over_a_paragraph_closes_the_article_and_a_menu_item_stays_a_menu_item():
    about = ("Harbour Briefing is published by Muster & Partner, a consultancy that advises foreign "
             "investors in Asia since 1992.")
    result = import_text(lines(["Home", "About Us", "Contact"], "New rules for foreign investors in ports",
                               "March 27, 2026", EN_PARAGRAPHS, "About Us", about, "Privacy Policy"))
    assert about not in result.text
    assert result.title == "New rules for foreign investors in ports"
    assert_whole(result.text, EN_PARAGRAPHS)


def test_cards_of_other_articles_with_their_dates_under_the_article_go():
    cards = ["Exports to China slump to their lowest level in a decade",
             "Exports fell again in the first quarter, while imports rose.", "Business05/22/2026May 22, 2026",
             "EU and China resume talks on tariffs", "Business06/03/2026June 3, 2026",
             "Why carmakers build EVs in China for the world", "Business04/29/2026April 29, 2026"]
    result = import_text(lines(EN_MENU, "Mittelstand goes local in China", "Jane Roe", "06/18/2026June 18, 2026",
                               EN_PARAGRAPHS, "Explore more", cards, ["Imprint", "Privacy Policy", "Terms of Use"]))
    assert result.published == date(2026, 6, 18)
    assert not result.outlet
    for card in cards:  # (a chronology, each date over its event, stays: see test_page_around_article)
        assert card not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_selection_begun_in_the_last_sentence_of_the_item_above():
    """A newsletter's web page: the drag began inside the item above, so the paste opens
    with the rest of its last sentence, its writer and the next item's label."""
    headline = "Seltene Erden: Mittelständler warten monatelang auf Lizenzen"
    result = import_text(lines("twurf bis Ende März vorlegen. Ein Termin für die nächste Runde steht noch nicht fest.",
                               "Anna Muster", "Teilen", "Analyse", headline, DE_PARAGRAPHS))
    assert result.title == headline
    assert "twurf" not in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


def test_sections_over_the_headline_and_a_kicker_glued_by_its_colon_are_not_the_title():
    for above, line, title in (
        ("Business | Ports and shipping", "Germany's harbours are making a big bet on rail",
         "Germany's harbours are making a big bet on rail"),
        ("China Power | Economy | East Asia", "Berlin's China policy is rewritten in the ports",
         "Berlin's China policy is rewritten in the ports"),
        ("Ports", "Car suppliers:Why German parts makers move their engineers to China",
         "Why German parts makers move their engineers to China"),
    ):
        result = import_text(lines(EN_MENU, above, line, "March 13th 2025", EN_PARAGRAPHS, "Terms of Use"))
        assert result.title == title


def test_a_newsletter_box_inside_the_article_and_a_writer_in_his_city_go():
    box = ["skip past newsletter promotion", "Sign up to Harbour Today", "Free daily newsletter",
           "Enter your email address", "after newsletter promotion"]
    result = import_text(lines(EN_MENU, "Germany's machinery exports to China fall again", "Jane Roe in Frankfurt",
                               "Tue 4 Mar 2025 14.32 GMTLast modified on Tue 4 Mar 2025 16.10 GMT",
                               EN_PARAGRAPHS[:2], box, EN_PARAGRAPHS[2:], "Terms of Use"))
    assert result.author == "Jane Roe"
    assert result.published == date(2025, 3, 4)
    for line in box:
        assert line not in result.text.splitlines()
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_live_ticker_keeps_its_entries_and_loses_their_time_stamps():
    entries = DE_PARAGRAPHS
    stamps = ["18:41 Uhr", "17:55 Uhr", "16:20 Uhr", "15:02 Uhr"]
    body = [part for stamp, entry in zip(stamps, entries, strict=True) for part in (stamp, entry)]
    result = import_text(lines(DE_MENU, "LIVEBLOG", "Zollstreit: China kündigt Gegenzölle an", "03.04.2025",
                               body, "Ältere Beiträge laden", "Impressum", "Datenschutz"))
    assert result.title == "Zollstreit: China kündigt Gegenzölle an"
    for stamp in stamps:
        assert stamp not in result.text.splitlines()
    assert_whole(result.text, entries)


def test_a_caption_over_its_picture_source_goes_and_the_source_is_no_outlet():
    caption = "Neuwagen warten im Hafen von Bremerhaven auf die Verschiffung"
    result = import_text(lines(DE_MENU, "Autoexporte nach China brechen ein", "Veröffentlicht am 09.04.2025",
                               caption, "Quelle: picture alliance/dpa/Anna Muster", DE_PARAGRAPHS, "Impressum"))
    assert caption not in result.text
    assert result.outlet != "picture alliance/dpa/Anna Muster"
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_credit_printed_over_its_caption_goes():
    caption = "Electric cars waiting to be loaded on to ships at the port of Yantai"
    result = import_text(lines(EN_MENU, "EU and China close in on a deal on electric car tariffs", "March 4, 2026",
                               "Getty Images", caption, EN_PARAGRAPHS, "Terms of Use"))
    assert caption not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_labelled_date_closing_the_text_is_read_and_goes():
    note = "Diese Nachricht wurde am 08.10.2024 im Programm Deutschlandfunk gesendet."
    result = import_text(lines(DE_MENU, "Wenn der beste Kunde zum Konkurrenten wird", DE_PARAGRAPHS, note, "Impressum"))
    assert result.published == date(2024, 10, 8)
    assert note not in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


def test_the_dates_of_other_articles_listed_under_the_article_do_not_date_it():
    related = ["Related", "China launches a probe into EU pork imports", "12 Feb 2025",
               "Why are Chinese electric cars so cheap?", "3 Feb 2025"]
    result = import_text(lines(EN_MENU, "EU and China close in on a deal on electric car tariffs", "2 hours ago",
                               EN_PARAGRAPHS, related, ["Terms of Use", "Privacy Policy", "Cookies", "Contact"]))
    assert result.published is None
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_newsletter_form_inside_the_article_does_not_end_it():
    """'Email *' is asked for by a newsletter box between paragraphs too; only the comment
    form's own field ('Comment *') stands under the article."""
    form = ["Sign up for our weekly newsletter", "Email *", "Subscribe"]
    result = import_text(lines(EN_MENU, "Machinery exports to China fall again", "March 4, 2026",
                               EN_PARAGRAPHS[:2], form, EN_PARAGRAPHS[2:], "Leave a Reply", "Comment *", "Name *",
                               "Terms of Use"))
    for line in form:
        assert line not in result.text.splitlines()
    assert "Comment *" not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_teaser_over_the_picture_under_the_headline_stays():
    """A teaser right under the headline, then the picture's credit: the teaser is text, not
    the picture's caption."""
    teaser = ("Millionen Solaranlagen hängen an Wechselrichtern aus China. Das Amt will klären, was die "
              "Hersteller aus der Ferne steuern können.")
    result = import_text(lines(DE_MENU, "Wechselrichter aus China: Amt prüft Fernzugriff", teaser,
                               "(Bild: Anna Muster/Shutterstock.com)", "20.02.2025, 11:32 Uhr", DE_PARAGRAPHS,
                               "Impressum"))
    assert teaser in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


def test_the_headline_is_the_title_line_carrying_the_date_not_a_promotion_above_it():
    """A promotion of the site's own product stands over the section trail; the headline is
    the title line with the article's date under it, and the promotion is no part of the text."""
    headline = "German machine exports to China slide for a third year"
    promotion = "MarketDesk Pro: Smarter decisions with premium data"
    result = import_text(lines(EN_MENU, "", "Save 40% today", promotion, "", "News", "Economy News", "",
                               headline, "", "Published 03/11/2026, 09:15 AM", "", "By MarketDesk Staff", "",
                               "\n\n".join(EN_PARAGRAPHS), "", "Terms and Conditions"))
    assert result.title == headline
    assert promotion not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_headline_reading_like_speech_does_not_end_a_list_of_other_articles():
    """Under 'Trending Now' the items are headlines; one that reads like speech ('…, report
    says') is the list's next item, not the article's text under a subheading."""
    trending = ["Steel tariffs to rise on all imports from next month",
                "Chip shares fall as investors weigh the new export rules",
                "Here's the price breakdown for January — in one chart",
                "Siri overhaul delayed again, report says",
                "Group offers $97.4 billion for the rival's nonprofit arm",
                "Don't miss these insights from Markets Pro",
                "These are the Asian chip stocks to own as the AI trade broadens out, according to a Swiss bank",
                "A big bank says this China play has 40% upside — and it isn't a tech name"]
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year",
                               "Published Tue, Feb 11 2025 1:37 AM EST", EN_PARAGRAPHS, "Trending Now", trending,
                               "Subscribe to Markets Pro", "Licensing & Reprints", "Internships", "Corrections"))
    for item in trending:
        assert item not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_video_card_inside_the_article_and_the_account_button_above_it_go():
    """A video's card between two paragraphs (its length glued to the label, its title
    reading like speech, its show) is no text; 'Create free account' over the section is
    a button, not the headline; '— X's Jane Roe contributed to this report.' is a credit."""
    headline = "German machine exports to China slide for a third year"
    card = ["watch now", "VIDEO2:4502:45", "Germany's export model is 'broken,' says economist", "Morning Desk Asia"]
    credit = "— Markets Daily's Jane Roe contributed to this report."
    result = import_text(lines(EN_MENU, "SIGN IN", "Create free account", "Asia Economy", headline,
                               "Published Tue, Feb 11 2025 1:37 AM EST", EN_PARAGRAPHS[:2], card, EN_PARAGRAPHS[2:],
                               credit, "Trending Now", "Licensing & Reprints", "Internships", "Corrections"))
    assert result.title == headline
    for line in [*card, credit, "Create free account"]:
        assert line not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_broadcasters_page_writer_role_picture_label_and_follow_box_go():
    """A broadcaster's business page: the writer's name over 'Business reporter @handle'
    over the date; 'Image:' over a caption closed by 'File pic: Reuters'; 'Read more from
    X:' over headlines inside the text (the last one, right over a paragraph, may as well be
    a subheading and stays); a box asking to follow the site on WhatsApp, its sentence
    between its title and its 'Tap here'."""
    headline = "German machine exports to China slide for a third year"
    furniture = ["Jane Roe", "Business reporter @janeroe", "Image:",
                 "A container terminal in Hamburg, northern Germany. File pic: Reuters",
                 "Read more from Channel News:", "Pub chain puts 60 sites up for sale as costs bite",
                 "Mortgage approvals rise for third month in a row",
                 "Follow Channel News on WhatsApp",
                 "Keep up with all the latest news from the UK and around the world by following Channel News",
                 "Tap here"]
    result = import_text(lines(EN_MENU, headline, "Jane Roe", "Business reporter @janeroe",
                               "Tuesday 4 June 2024 14:27, UK", "Image:",
                               "A container terminal in Hamburg, northern Germany. File pic: Reuters",
                               EN_PARAGRAPHS[:2], furniture[4:7], "Why are so many firms listing in New York?",
                               EN_PARAGRAPHS[2:3], furniture[7:],
                               EN_PARAGRAPHS[3:], "Related Topics", "About Us", "Terms & Conditions"))
    assert result.title == headline
    assert result.author == "Jane Roe"
    assert result.published == date(2024, 6, 4)
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_captions_under_the_date_line_long_comment_rules_and_a_paywall_plea_go():
    """A caption right under the date line over its credit; a caption closed by '| Kyodo';
    the long note on the comment rules; a paywall's plea for its journalism over
    'By subscribing, you can help us …' and its button."""
    furniture = ["Visitors look at a machine tool at a trade show in Taichung on Oct. 30.",
                 "Photo: Chang Hsuan-che, Taipei Daily",
                 "A worker walks past a plot for new factories near Magdeburg, Germany, in September. | Kyodo",
                 "In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
                 "By subscribing, you can help us get the story right.", "SUBSCRIBE NOW",
                 "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and "
                 "obscene language, personal attacks of any kind or promotion will be removed and the user banned. "
                 "Final decision will be at the discretion of the Taipei Daily."]
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year",
                               "By Angelica Lin / Staff reporter", "2024/11/23 03:00", furniture[:2],
                               EN_PARAGRAPHS[:2], furniture[2], EN_PARAGRAPHS[2:], furniture[3:6], "KEYWORDS",
                               "Germany, European Union, China", furniture[6], "Top", "Most Popular"))
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_radio_page_with_its_player_embed_code_and_caption_buttons():
    """A radio station's page: the player's embed code is no headline (the headline is the
    title line with its glued date under it); 'hide caption' / 'toggle caption' and a
    credit of a photographer and agencies in lower case ('…/dpa/picture alliance via Getty
    Images') go with the caption."""
    headline = "Europe's new tariffs on Chinese EVs put German carmakers in an awkward spot"
    credit = "Sina Schuldt/dpa/picture alliance via Getty Images"
    furniture = ['<iframe src="https://radio.example/player/embed/123" width="100%" height="290" frameborder="0">',
                 "Transcript", "Electric cars wait to be loaded onto a ship at the port of Bremerhaven, Germany, in April.",
                 credit, "hide caption", "toggle caption", "Toggle more options"]
    result = import_text("\n\n".join([
        "Accessibility links", "Keyboard shortcuts for audio player", *EN_MENU, headline, "June 13, 20245:04 AM ET",
        "Katrin Vogel", "Listen · 3:48", "Toggle more options", "Download", "Embed", furniture[0], furniture[1],
        "\n".join([furniture[2], credit, "hide caption"]), "\n".join(["toggle caption", credit]), *EN_PARAGRAPHS,
        "Facebook", "Email",
        "More Stories From the Station", "Terms of Use"]))
    assert result.title == headline
    assert result.published == date(2024, 6, 13)
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_wire_note_to_editors_and_a_caption_in_the_wires_words_go():
    """'(ATTN: ADDS comments …)' over the dateline is a note to editors; a caption saying
    'in this photo provided by …' and closed by '(PHOTO NOT FOR SALE) (Agency)' is no text."""
    note = "(ATTN: ADDS comments from industry, details in paras 6-9)"
    caption = ("Vice Minister Park Jae-hoon shakes hands with State Secretary Christoph Albers during talks in Seoul "
               "on April 16, 2025, in this photo provided by the ministry. (PHOTO NOT FOR SALE) (Yonhap)")
    result = import_text(lines(EN_MENU, "(LEAD) S. Korea, Germany agree to expand supply chain cooperation",
                               "2025-04-16 17:28", "Print", "Share", note, EN_PARAGRAPHS[:1], caption,
                               EN_PARAGRAPHS[1:], "(END)", "Keywords"))
    assert note not in result.text and caption not in result.text
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_headline_over_its_writers_and_a_highlights_label_not_the_first_highlight():
    """A data provider's article: the headline and its date, the writers and topics as
    labelled lines, then 'HIGHLIGHTS' over three points. The first point is no headline;
    the points are the article's summary and stay."""
    headline = "German ethylene output falls to decade low as Chinese imports surge"
    points = ["German cracker utilization averaged 71% in 2025", "Chinese polyethylene arrivals up 38% on year",
              "Two more crackers under review for closure in 2026"]
    result = import_text(lines(EN_MENU, "Latest News", "Petrochemicals", headline, "12 Feb 2026 | 10:42 UTC",
                               "Author", "Jonas Weidemann", "Editor", "Rachel Okafor", "Commodity", "Petrochemicals",
                               "HIGHLIGHTS", points, EN_PARAGRAPHS, "Related Content", "Terms of Use"))
    assert result.title == headline
    assert result.published == date(2026, 2, 12)
    assert_whole(result.text, [*points, *EN_PARAGRAPHS])


def test_a_regional_paper_with_von_over_the_name_and_a_caption_over_its_copyright():
    """'Von' alone over the writer's name; a caption over 'Copyright: Uwe Weiser' right
    under the teaser (not the article's second paragraph, so the date under it is read);
    a card under 'Lesen Sie mehr zum Thema' closed by its date; the feedback line."""
    teaser = "Die Rheinchem Polymers GmbH schließt eine Anlage im Chempark Dormagen. Betroffen sind 240 Stellen."
    furniture = ["Blick auf den Chempark Dormagen: Hier produziert Rheinchem seit den 1970er-Jahren Kunststoffe.",
                 "Copyright: Uwe Weiser", "Von", "Annika Seiffert", "04.06.2025, 18:03 UhrLesezeit 4 Minuten",
                 "Lesen Sie mehr zum Thema", "Handelsstreit", "E-Autos aus China: Was die EU-Zölle für Händler bedeuten",
                 "Jan Krüger", "10.03.2025", "Haben Sie Feedback? Schreiben Sie uns! briefe@zeitung.example"]
    result = import_text(lines("rtschaft", "Startseite", "Region", "Dormagen",
                               "Billig-Importe aus China: Dormagener Kunststoffhersteller streicht 240 Stellen", teaser,
                               furniture[:5], "Artikel teilen", "Anzeige", DE_PARAGRAPHS[:2], furniture[5:10],
                               DE_PARAGRAPHS[2:], furniture[10], "Themen", "China"))
    assert result.published == date(2025, 6, 4)
    assert result.author == "Annika Seiffert"
    assert_gone(result.text, furniture)
    assert_whole(result.text, [teaser, *DE_PARAGRAPHS])


def test_a_broadcasters_byline_beyond_its_programme_note_and_its_newsletter_box():
    """The writer's name over 'Über dieses Thema berichtet: … im Radio am …' over the date;
    'Bildbeitrag' over a picture; a newsletter's sentence and its 'Hier geht's zum Newsletter'."""
    furniture = ["Von", "Johanna Steinberger", "Über dieses Thema berichtet: BR24 im Radio am 27.11.2024 um 16:00 Uhr.",
                 "Bildbeitrag", "Das Wichtigste aus Bayern, Deutschland und der Welt: Jetzt den BR24-Newsletter abonnieren.",
                 "Hier geht's zum Newsletter"]
    result = import_text(lines(DE_MENU, "Chinesischer Investor übernimmt insolventen Zulieferer aus Niederbayern",
                               furniture[:3], "27.11.2024, 16:41 Uhr", "Artikel teilenMerken", DE_PARAGRAPHS[:2],
                               furniture[3], "Mitarbeiter vor dem Werkstor in Pilsting",
                               "Bildrechte: picture alliance/dpa | Armin Weigel", DE_PARAGRAPHS[2:], furniture[4:],
                               "Mehr zum Thema", "Impressum"))
    assert result.author == "Johanna Steinberger"
    assert_gone(result.text, furniture)
    assert_whole(result.text, DE_PARAGRAPHS)


@pytest.mark.parametrize("line", [
    "By Jane Roe for RFA Khmer",
    "By Nurul Izzah Rahman / theedge.example",
    "Edited ByKamarul Azhar",
    "[Bearbeitet von Oliver Weigand]",
    "FOTO: NILS JAKOBS",
    "Containerumschlag im Duisburger Hafen | Bildquelle: dpa/Rolf Vennenbernd",
    "· Lesezeit: 4 Minuten",
    "Artikel vorlesen lassen",
    "Opinions expressed are those of the author. They do not reflect the views of the news agency.",
    "This article first appeared in The Edge Weekly.",
    "This article was generated with the support of AI and reviewed by an editor. For more information see our T&C.",
    "Follow @Breakingviews on X",
    "Also Read | India-EU trade deal talks enter final stretch, says commerce ministry",
    "Read: Europe’s stocks are beating the S&P 500 so far this year. Can the rally last?",
    "Reuters contributed to this report.",
    "Workers inspect solar panels at a production line in Hefei, Anhui province, China, June 5, 2025. REUTERS/Staff",
    "FacebookXLINE",
    "Shareicon",
    "For comments and feedback contact: editorial@wire.example",
    "The views and opinions expressed herein are the views and opinions of the author and do not necessarily "
    "reflect those of the exchange.",
    "Written By Nandini Raghavan",
    "Stay on top of the latest European auto industry news with the Auto Europe Daily newsletter.",
    "Catch all the Business News on Live Daily. Download The Live Daily News App to get Daily Market Updates.",
    "Image 1 of / 9",
    "Back to Gallery",
])
def test_worded_furniture_between_or_under_paragraphs_goes(line: str) -> None:
    """Bylines of other items, picture credits, players, comment rules and the site's
    disclaimers, as sites word them: none is a sentence of the article."""
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year",
                               "March 12, 2026", EN_PARAGRAPHS[:2], line, EN_PARAGRAPHS[2:], "Terms of Use"))
    assert line not in result.text.split("\n")
    assert_whole(result.text, EN_PARAGRAPHS)


@pytest.mark.parametrize("line", [
    "Comments are subject to our community guidelines, which can be viewed here.",
    "Um kommentieren zu können, müssen Sie sich anmelden.",
])
def test_the_comment_boxs_rules_and_login_prompt_under_the_article_go(line: str) -> None:
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year",
                               "March 12, 2026", EN_PARAGRAPHS, line, "Terms of Use"))
    assert line not in result.text.split("\n")
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_paragraph_with_an_amount_over_a_bare_credit_is_no_caption():
    """A picture with a credit and no caption right under a paragraph: the paragraph reports
    a share and an amount, which a caption does not, so it stays."""
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year", "March 12, 2026",
                               EN_PARAGRAPHS[:2], "Photo: Jan Muster", EN_PARAGRAPHS[2:], "Terms of Use"))
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_sentence_with_bild_and_a_colon_is_no_caption_credit():
    """'… zeichnete ein düsteres Bild: Die Wirtschaft schrumpft weiter' reads like a credit
    ('Bild: Name') but its words after the colon are a sentence, not names."""
    sentence = "Wirtschaftsminister Habeck zeichnete ein düsteres Bild: Die Wirtschaft schrumpft weiter"
    result = import_text(lines(DE_MENU, "Die Lage der Industrie bleibt angespannt", DE_PARAGRAPHS[:2], sentence,
                               DE_PARAGRAPHS[2:]))
    assert sentence in result.text


def test_a_headline_of_two_sentences_over_its_dated_subtitle():
    """'German factory orders just fell … Economists say China is part of the problem.' ends
    with a full stop, and its subtitle has the date under it: the headline is the line over
    the subtitle, and the subtitle stays with the text (it is the teaser)."""
    headline = "German factory orders just fell at the fastest pace in a year. Economists say China is part of the problem."
    subtitle = "Machinery makers report weaker bookings from Asia as Chinese rivals push into export markets"
    result = import_text(lines(EN_MENU, "Best New Ideas in Money", "Newsletters", "Sign In", "Subscribe",
                               "Advertisement", "Dow", "44,612.87", "+0.16%", "DAX", "22,796.20", "-0.34%",
                               "Economy & Politics", headline, subtitle, "Last Updated: March 6, 2025 at 9:12 a.m. ET",
                               "First Published: March 6, 2025 at 5:02 a.m. ET", "By", "Jane Roe", "Follow",
                               "Comments", "Share", "Resize", "Reprints", "Listen (4 min)",
                               "Containers are stacked at the port of Hamburg. Photo: Jan Muster/Bloomberg",
                               EN_PARAGRAPHS, "Terms of Use"))
    assert result.title == headline
    assert_whole(result.text, [subtitle, *EN_PARAGRAPHS])


def test_a_ranked_most_popular_list_and_the_writers_note_over_it_go():
    """Under 'Most Popular' each headline stands under its number, and some read like
    sentences ('… rent-free. What now?'); the note about the writer above the lists (her
    byline was split over two lines and not read) goes with them."""
    ranked = ["1", "My brother and I inherited our parents’ house. He wants to live in it rent-free. What now?",
              "2", "Chip stock is down 12% from its high. Here’s what one analyst says to do now.",
              "3", "These 5 dividend stocks have raised payouts for 50 years straight"]
    note = "Kristina Havel is a markets reporter based in Frankfurt. She covers the European economy and markets."
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year", "March 12, 2026",
                               "By", "Kristina Havel", "Follow", EN_PARAGRAPHS, note, "Read Next",
                               "Why the ECB’s next rate cut may come sooner than markets expect", "Most Popular", ranked,
                               "Partner Center", "Copyright ©2025 Markets Daily, Inc. All rights reserved."))
    for line in [note, *ranked[1::2]]:
        assert line not in result.text.split("\n"), line
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_broadcasters_caption_over_agency_and_photographer_leaves_the_crosshead_below():
    """'… in der Steiermark' over 'APA/Erwin Scheriau' is a caption over its credit; the
    crosshead under the credit is the article's; the signature 'red, ORF.at/Agenturen' and
    'Links:' over the list of links go."""
    crosshead = "Kurzarbeit und Kündigungen"
    furniture = ["Produktion von Autoteilen in einem Werk in der Steiermark", "APA/Erwin Scheriau",
                 "red, ORF.at/Agenturen", "Links:"]
    result = import_text(lines(DE_MENU, "Autokrise in Deutschland trifft Steiermark hart", "Publiziert am 21.01.2026",
                               DE_PARAGRAPHS[:2], furniture[:2], crosshead, DE_PARAGRAPHS[2:], furniture[2:],
                               "Statistik Austria", "Wirtschaftsuniversität Wien", "Mehr zum Thema"))
    assert_gone(result.text, furniture)
    assert_whole(result.text, [*DE_PARAGRAPHS[:2], crosshead, *DE_PARAGRAPHS[2:]])


def test_a_swiss_writer_role_and_a_caption_over_its_agency_alone():
    """'Fabienne Wyss' over 'Redaktorin' over the date; a caption over 'Keystone' alone."""
    furniture = ["Fabienne Wyss", "Redaktorin", "Drehteilefertigung in Biel: Viele Zulieferer hängen an Deutschland.",
                 "Keystone"]
    result = import_text(lines(DE_MENU, "Maschinenindustrie: Der China-Boom ist vorbei", DE_PARAGRAPHS[0],
                               furniture[:2], "14.11.2024 um 06:00 Uhr", "Lesezeit: 4 Min", "Artikel teilen",
                               furniture[2:], DE_PARAGRAPHS[1:], "Impressum"))
    assert result.author == "Fabienne Wyss"
    assert_gone(result.text, furniture)
    assert_whole(result.text, DE_PARAGRAPHS)



@pytest.mark.parametrize("line", [
    "Mehr News finden Sie in unserer brandneuen Zeitungs-App, jetzt im verbesserten Design.",
    "Save articles to read later and create your own reading list.",
    "Sign up and get the best of Auto Europe delivered straight to your email inbox, free of charge.",
])
def test_the_site_promoting_its_own_products_in_a_sentence_goes(line: str) -> None:
    """A sentence in the site's voice ('our', 'your', 'unsere') about one of its products (an
    app, a newsletter, a reading list) is a promotion, whatever the site calls it; the
    article's speakers talking of their own app stay."""
    spoken = "„Wir wollen unsere Kunden mit einer neuen App besser erreichen“, sagte der Chef."
    result = import_text(lines(EN_MENU, "German machine exports to China slide for a third year", "March 12, 2026",
                               EN_PARAGRAPHS[:2], line, EN_PARAGRAPHS[2:], spoken, "Terms of Use"))
    assert line not in result.text.split("\n")
    assert_whole(result.text, [*EN_PARAGRAPHS, spoken])
