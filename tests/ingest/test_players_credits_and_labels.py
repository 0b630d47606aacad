"""Kickers, players, credits in words and list labels around the article.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
headline of five words over its subtitle, an audio player's row over the headline, a
writer's role under the name, credits that follow a caption in words or on the line under
a label, lists of other articles under a two-word label, buttons, newsletter names and
notes between the paragraphs. Each test asserts what a reader of the
cleaned text notices — the title, the furniture gone, every paragraph still there — and
the guards keep sentences of articles that share a shape with the furniture.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

DE_HEADLINE = "Thurgauer Maschinenbauer verlagert 120 Jobs nach China"
EN_HEADLINE = "German chemical parks cut ammonia runs as Chinese urea undercuts Europe"


def test_a_headline_of_five_words_without_a_verb_stays_the_title_over_its_subtitle():
    """Five words without a verb may be a kicker ('Starker Franken und schwache Nachfrage')
    or a headline over its subtitle; only the second reading loses nothing."""
    for headline, subtitle in (
        ("Milliardenverlust für Bayer im Agrargeschäft",
         "Leverkusener Konzern muss erneut Rückstellungen für Glyphosat-Klagen erhöhen"),
        ("Milliarden für die Lausitzer Batteriefabrik",
         "Der Zulieferer aus Changzhou und seine Pläne für den Industriepark Schwarze Pumpe"),
        ("Rekordverluste bei Deutschlands Automobilzulieferern", "Bosch und ZF streichen Tausende Stellen in Deutschland"),
    ):
        result = import_text(lines(DE_MENU, headline, subtitle, "Publiziert: 22.01.2026 um 11:58 Uhr", *DE_PARAGRAPHS))
        assert result.title == headline


def test_an_audio_players_row_with_its_date_over_the_headline_is_no_title():
    headline = "Chinesischer Batteriezulieferer will Werk im Industriepark Schwarze Pumpe bauen"
    result = import_text(lines(
        DE_MENU, "Audio: rbb24 Inforadio | 12.03.2025 | Henrike Bauer", "Audio abspielen04:12 min",
        "Investition in Spremberg", headline, "Mi 12.03.25 | 17:48 Uhr", *DE_PARAGRAPHS,
    ))
    assert result.title == headline
    assert_gone(result.text, ["Audio: rbb24 Inforadio | 12.03.2025 | Henrike Bauer", "Audio abspielen04:12 min",
                              "Investition in Spremberg"])
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_writers_role_on_either_side_of_the_name_goes_with_it():
    for byline in (["Jana Schröder", "Wirtschaftsreporterin", "18.02.2025, 05:30 Uhr"],
                   ["18.02.2025, 05:30 Uhr", "Livia Baumann", "Wirtschaftsredaktorin"]):
        result = import_text(lines(DE_MENU, DE_HEADLINE, byline, *DE_PARAGRAPHS))
        assert result.title == DE_HEADLINE
        assert_gone(result.text, byline)
        assert_whole(result.text, DE_PARAGRAPHS)
        assert result.author and byline[0 if byline[0][0].isalpha() else 1] in result.author


def test_credits_after_a_caption_in_words_or_under_a_label_go():
    captions = [
        "Eine Delegation besichtigte am Montag das Gelände im Business Park.© FUNKE Foto Services | Maurizio Gambarini",
        "Containers stacked at the Port of Hamburg in Hamburg, Germany. (Photographer: Lena Hartwig/Bloomberg)",
        "The Coega Special Economic Zone near the Port of Ngqura in Gqeberha. Picture: Supplied",
        "The naphtha cracking center in Yeosu, South Jeolla Province / Courtesy of Daeyang Petrochemical",
        "Image source: Getty Images",
        "Containers are unloaded at the Manila International Container Terminal.", "STAR / File",
        "Im Werk in Sirnach TG werden Zahnräder für deutsche Getriebe gefertigt. (Archivbild) - Nau.ch / Lorenz Bachmann",
    ]
    labelled = ["Credit:", "Rheinwerk Chemie"]
    checked = ["Fact checked by", "Hana Lindqvist"]
    article = [EN_PARAGRAPHS[0], *captions, EN_PARAGRAPHS[1], *labelled, *EN_PARAGRAPHS[2:]]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Daniel Korver", "Published: 22 January 2026", *checked, *article))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, captions + labelled + checked)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_sentence_ending_in_courtesy_of_someone_stays():
    paragraph = ("The delegation's flights and hotels were paid for by the province's investment agency, "
                 "courtesy of Anhui Investment Promotion.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", EN_PARAGRAPHS[0], paragraph,
                               *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [paragraph, *EN_PARAGRAPHS])


def test_a_list_of_other_articles_under_a_two_word_label_goes_and_a_menus_latest_news_stays_a_menu():
    must_read = ["Must Read", "EU's Šefčovič eyes trade deals with ASEAN economies amid US tariff turmoil"]
    trending = ["Trending Stories", "Gold price today: Yellow metal hits fresh record as dollar slips",
                "Sensex, Nifty end higher as IT stocks rally; rupee steady",
                "Why is Japan’s yen sliding against the dollar again?"]
    result = import_text(lines(
        "Latest News", EN_MENU, EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS, "(With inputs from agencies)",
        trending, must_read,
    ))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, trending + must_read)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_articles_toolbar_buttons_go_where_they_stand():
    buttons = ["Share Post", "READ LATER", "Remove", "SEE ALL", "Resize", "Translate"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Henrik Vogel", "Published: 22 January 2026", EN_PARAGRAPHS[0],
                               "Share Post", EN_PARAGRAPHS[1], "READ LATER", "Remove", EN_PARAGRAPHS[2], "SEE ALL",
                               "Resize", "Translate", EN_PARAGRAPHS[3]))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, buttons)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_newsletters_name_over_its_box_goes_and_a_crosshead_over_the_box_stays():
    crosshead = "Wie es in Kassel weitergeht"
    for name in ("VN-Newsletter", "Berliner Morgenpost Newsletter", "Newsletter „Wirtschaft im Süden“"):
        box = [name, "Jetzt den kostenlosen Newsletter abonnieren"]
        article = [*DE_PARAGRAPHS[:2], crosshead, *box, *DE_PARAGRAPHS[2:]]
        result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", *article))
        assert_gone(result.text, box)
        assert_whole(result.text, [*DE_PARAGRAPHS, crosshead])


def test_the_note_under_a_machine_written_summary_and_a_broadcasters_video_card_go():
    note = "KI-generiert, redaktionell geprüft"
    card = "Lokalzeit Duisburg. 13.01.2025. 02:41 Min.. Verfügbar bis 13.01.2027. WDR. Von Marion Quast."
    points = ["Rüegg streicht 120 von 480 Stellen in Frauenfeld", "Die Montage wird nach Suzhou verlagert"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Publiziert: 22.01.2026 um 11:58 Uhr", "Darum gehts", points, note,
                               *DE_PARAGRAPHS[:2], card, *DE_PARAGRAPHS[2:]))
    assert_gone(result.text, [note, card])
    assert_whole(result.text, [*points, *DE_PARAGRAPHS])  # the summary's points are the article's and stay


def test_a_box_asking_to_follow_the_site_on_a_platform_goes_and_a_sentence_about_following_stays():
    prompt = "Follow Arabian Business on WhatsApp for the latest news and analysis"
    sentence = ("Exporters that follow the rules on WhatsApp marketing for the latest product lines face no fines, "
                "the ministry said.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", EN_PARAGRAPHS[0], prompt,
                               sentence, *EN_PARAGRAPHS[1:]))
    assert_gone(result.text, [prompt])
    assert_whole(result.text, [sentence, *EN_PARAGRAPHS])


def test_crossheads_and_sentences_shaped_like_the_new_furniture_stay():
    """Article lines that share a shape with a list label, a share button, a newsletter's
    name, a caption's credit or a credit's label: each stays where it stands."""
    en_lines = [
        "Recent news: Siemens Energy raised its outlook on Wednesday, and BASF said it would close two more plants.",
        "Must-read: the Bundesbank's monthly report, which argues that the slump in output has further to run.",
        "The newsletter comeback",
        "Judges: Anna Smith (editor), Peter Lang (photographer)",
        "Courtesy of Uncle Sam",
        "Europe's Cheap Fertilizer? Courtesy of Russia",
        "Inflation Data and the Bigger Picture: Rates Stay Higher",
    ]
    for line in en_lines:
        result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS[:2],
                                   "Sign up for our free Business Briefing newsletter", line, *EN_PARAGRAPHS[2:]))
        assert_whole(result.text, [line, *EN_PARAGRAPHS])
    de_lines = [
        "Die Post",
        "Der Newsletter als Geschäftsmodell",
        "Was Firmen beim Newsletter beachten müssen",
        "Die Jury: Anna Schmidt (Verlegerin), Peter Lang (Fotograf)",
    ]
    for line in de_lines:
        result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", *DE_PARAGRAPHS[:2], line,
                                   "Jetzt den kostenlosen Newsletter abonnieren", *DE_PARAGRAPHS[2:]))
        assert_whole(result.text, [line, *DE_PARAGRAPHS])
    # a crosshead under a picture's label whose credit did not copy
    result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", *DE_PARAGRAPHS[:2],
                               "Das Werk in Frauenfeld.", "Foto:", "Kritik der Gewerkschaft", *DE_PARAGRAPHS[2:]))
    assert_whole(result.text, ["Kritik der Gewerkschaft", *DE_PARAGRAPHS])


def test_a_subtitle_about_a_reporter_beside_the_byline_stays():
    for header, subtitle in ((["Porträt einer Kriegsreporterin", "Anna Berger", "18.02.2025, 05:30 Uhr"], 0),
                             (["18.02.2025, 05:30 Uhr", "Anna Berger", "Die Sicht der Korrespondentin"], 2)):
        result = import_text(lines(DE_MENU, "Sie war überall, wo es brannte", *header, *DE_PARAGRAPHS))
        assert header[subtitle] in result.text.split("\n")
        assert_whole(result.text, DE_PARAGRAPHS)


def test_a_closing_paragraph_about_a_journalist_the_article_names_stays():
    opening = "Die Journalistin Alsu Kurmasheva ist nach Angaben ihres Senders in Russland zu Haft verurteilt worden."
    for job in ("Journalistin", "Reporterin"):
        closing = (f"Alsu Kurmasheva ist {job} beim US-finanzierten Sender Radio Free Europe/Radio Liberty und "
                   "besitzt die amerikanische und die russische Staatsbürgerschaft.")
        result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", opening, *DE_PARAGRAPHS, closing))
        assert_whole(result.text, [opening, *DE_PARAGRAPHS, closing])


def test_lines_of_columns_wraps_and_headlines_shaped_like_credits_and_player_rows_stay():
    """A column's sentence closed by 'Courtesy of China.', a markets wrap's section 'Credit:'
    over its heading, a headline parted by bars with its date, a byline with the writer's
    role and an article, crossheads 'Zoom out' and 'Recent news'."""
    column = "Germany's chemical industry is getting a lesson in industrial policy. Courtesy of China."
    wrap = ["Rates:", "Bund yields rose for a second day as traders pared bets on an April rate cut by the ECB.",
            "Credit:", "Investment Grade Spreads Widen", "The iTraxx Main index rose four basis points."]
    crossheads = ["Zoom out", "Recent news"]
    article = [EN_PARAGRAPHS[0], column, *wrap, EN_PARAGRAPHS[1], *crossheads[:1], EN_PARAGRAPHS[2], crossheads[1],
               EN_PARAGRAPHS[3]]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Helen Marsh, The Times columnist", "Published: 22 January 2026",
                               *article))
    assert result.author == "Helen Marsh"
    assert_whole(result.text.split("\n"), [column, *wrap, *crossheads, *EN_PARAGRAPHS])
    headline = "Goldpreis aktuell | Neues Rekordhoch | 22.01.2026"
    result = import_text(lines(DE_MENU, headline, "Aktualisiert: 22.01.2026, 09:14 Uhr", *DE_PARAGRAPHS))
    assert result.title == headline


def test_a_sections_label_of_one_sentence_over_the_headline_leaves_the_headline_the_title():
    headline = "Germany’s Machine Makers Are Losing the China Trade"
    teaser = "Berlin’s industrial heartland built its fortunes on selling to Beijing. Now China sells to Europe."
    result = import_text(lines(EN_MENU, "Subscribe Now", "An expert's point of view on a current event.",
                               headline, teaser, "By Miriam Achterberg", "January 21, 2026, 2:45 PM",
                               "Gift ArticleSaveShare", *EN_PARAGRAPHS))
    assert result.title == headline
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_kicker_glued_to_the_headline_in_capitals_or_before_a_quotation_is_cut_off():
    """The page's markup put kicker and headline side by side with no space between: the
    title is the headline alone, however the two meet."""
    glued = [
        ("ANALYSIS", "China’s industrial park playbook arrives in Europe", EN_MENU, EN_PARAGRAPHS),
        ("SUPPLIERS", "Why German suppliers are splitting off their China businesses", EN_MENU, EN_PARAGRAPHS),
        ("Autozulieferer unter Druck", "„China ist schneller als wir“: Antriebsspezialist baut Stellen ab", DE_MENU,
         DE_PARAGRAPHS),
        ("KommentareDruckenTeilen", "Chinesischer Investor steigt bei Kasseler Antriebsbauer ein", DE_MENU,
         [*DE_PARAGRAPHS, "Chinesischer Stahl ist billiger geworden."]),
    ]
    for kicker, headline, menu, paragraphs in glued:
        result = import_text(lines(menu, kicker + headline, "18.02.2025, 05:30 Uhr", *paragraphs))
        assert result.title == headline, kicker


def test_a_company_written_in_camel_case_keeps_its_name_in_the_title():
    """A name in camel case that only the headline writes whole, its parts elsewhere on the
    page ('Exxon said …', 'in Heidelberg', 'strike', 'AI'): the title keeps it, and a
    subheading naming it stays in the text."""
    for headline, extra in (
        ("ExxonMobil to cut 2,000 jobs in Europe", "Exxon said the cuts would fall mostly on refining."),
        ("HeidelbergCement erhöht die Prognose für das Gesamtjahr", "Der Konzern hat seinen Sitz in Heidelberg."),
        ("CrowdStrike outage hits German airports", "Airlines said the strike of systems lasted hours."),
        ("OpenAI raises $40bn in funding round", "Investors are betting on AI."),
        ("K+S senkt Prognose für das Gesamtjahr", "S-Bahn und Busse fuhren normal."),
        ("MitarbeiterInnen protestieren gegen Stellenabbau", "Die Mitarbeiter wollen streiken."),
        ("BayWa streicht 1300 Stellen", "Was das für die Landwirte bedeutet, ist offen."),
    ):
        menu, paragraphs = (EN_MENU, EN_PARAGRAPHS) if extra[0] in "EAI" else (DE_MENU, DE_PARAGRAPHS)
        result = import_text(lines(menu, headline, "18.02.2025, 05:30 Uhr", paragraphs[0], extra, *paragraphs[1:]))
        assert result.title == headline
    crosshead = "Auch die BahnCard wird teurer"
    result = import_text(lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", DE_PARAGRAPHS[0], crosshead,
                               "Die Preise steigen zum Fahrplanwechsel, teilte die Bahn mit.", *DE_PARAGRAPHS[1:]))
    assert crosshead in result.text.split("\n")
    for headline, menu, paragraphs in (
        ("BlackRock steigt bei Siemens Energy ein", DE_MENU, DE_PARAGRAPHS),
        ("HeidelbergCement erhöht die Prognose für das Gesamtjahr", DE_MENU, DE_PARAGRAPHS),
        ("ThyssenKrupp verkauft Stahlsparte an tschechischen Investor", DE_MENU, DE_PARAGRAPHS),
        ("BioNTech-Chef sieht China als Wachstumsmarkt", DE_MENU, DE_PARAGRAPHS),
        ("SoftBank invests in German chip designer", EN_MENU, EN_PARAGRAPHS),
        ("GlobalFoundries expands Dresden fab with EU aid", EN_MENU, EN_PARAGRAPHS),
        ("LinkedIn cuts jobs in Dublin as hiring slows", EN_MENU, EN_PARAGRAPHS),
        ("US-Zölle treffen Autozulieferer „mit voller Wucht“", DE_MENU, DE_PARAGRAPHS),
    ):
        result = import_text(lines(menu, headline, "18.02.2025, 05:30 Uhr", *paragraphs))
        assert result.title == headline


def blank_lines(*parts: str | list[str]) -> str:
    """A browser copy with a blank line between every two blocks."""
    return lines(*parts).replace("\n", "\n\n")


def test_copied_with_blank_lines_a_crosshead_after_a_box_stays():
    crossheads = ["Betriebsrat fordert Zukunftsvertrag", "Erstes Großprojekt seit Monaten"]
    boxes = [["Lesen Sie auch", "Autozulieferer in der Region: Die Krise erreicht den Mittelstand"],
             ["Lesen Sie auch", "Kohleausstieg in der Lausitz", "Wie es um die Jobs in den Tagebauen wirklich steht"]]
    article = [DE_PARAGRAPHS[0], *boxes[0], crossheads[0], DE_PARAGRAPHS[1], DE_PARAGRAPHS[2], *boxes[1],
               crossheads[1], DE_PARAGRAPHS[3]]
    result = import_text(blank_lines(DE_MENU, DE_HEADLINE, "Mi 12.03.25 | 17:48 Uhr", *article))
    assert_whole(result.text.split("\n"), [*crossheads, *DE_PARAGRAPHS])
    assert_gone(result.text, [line for box in boxes for line in box])


def test_a_box_of_cards_copied_with_blank_lines_before_the_text_goes_whole():
    """Cards under their kickers, and three short card headlines in a row, with a blank line
    and the article's paragraph under the last: the box's, not subheadings."""
    for box in (["Mehr zum Thema", "Hafenwirtschaft", "Wie Bremerhaven um neue Kunden kämpft", "Containerumschlag",
                 "Warum der Bremerhavener Hafen Marktanteile verliert"],
                ["Mehr zum Thema", "Siemens baut Werk in Chengdu aus", "Peking lockt Investoren mit Steuervorteilen",
                 "Neue Zugverbindung nach Duisburg"]):
        text = lines(DE_MENU, DE_HEADLINE, "18.02.2025, 05:30 Uhr", *DE_PARAGRAPHS[:2], *box) + "\n\n" \
            + "\n".join(DE_PARAGRAPHS[2:])
        result = import_text(text)
        assert_gone(result.text, box)
        assert_whole(result.text, DE_PARAGRAPHS)


def test_a_short_headline_over_its_subtitle_stays_the_title_with_blank_lines_between():
    for headline, subtitle, menu, paragraphs in (
        ("Tesla senkt Preise", "Der Autobauer reagiert auf die Konkurrenz aus China", DE_MENU, DE_PARAGRAPHS),
        ("Milliardenloch bei Thyssenkrupp", "Stahlsparte braucht frisches Geld vom Mutterkonzern.", DE_MENU,
         DE_PARAGRAPHS),
        ("Tariffs hit Germany", "Carmakers brace for a 25% levy on exports to the United States", EN_MENU, EN_PARAGRAPHS),
    ):
        result = import_text(blank_lines(menu, "18.02.2025, 05:30 Uhr", headline, subtitle, *paragraphs))
        assert result.title == headline


def test_a_teaser_under_a_short_headline_and_the_date_stays_the_articles():
    teaser = "Chemical output fell again. Producers are moving investment to China."
    result = import_text(lines(EN_MENU, "Chemical exodus", "Published: 22 January 2026", teaser,
                               "By Katrin Albrecht-Monroe", *EN_PARAGRAPHS))
    assert result.title != teaser
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
    # a paste without its headline: the teaser of two sentences over the byline is the article's
    teaser = "Die Chemieproduktion ist erneut gesunken. Hersteller verlagern Investitionen nach China."
    result = import_text(lines(DE_MENU, "18.02.2025, 05:30 Uhr", teaser, "Von Jana Schröder", *DE_PARAGRAPHS))
    assert_whole(result.text, [teaser, *DE_PARAGRAPHS])
