"""The header over an article and the cards and boxes set into it, as news sites print them.

The pages are written for these tests (no corpus text): a headline of two sentences in
title case, a byline with the writer's role, a box of figures between the header and the
text, a summary of three sentences over the byline, one card of another article between
two paragraphs, a caption closed by its photographer, an audio player, a site's copyright
line over the boxes below the article, an offer and a one-line menu over a headline asking a
question, a save alert over a sticky headline, a box of job ads or a dated card over a
subheading. Each test asserts what a reader of the cleaned text notices: the title, the
date, a line of the page gone, every paragraph still there.
"""

from __future__ import annotations

from datetime import date

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines


def test_a_title_case_headline_of_two_sentences_is_the_title():
    headline = "Germany’s Machinery Makers Are Betting on China’s Stimulus. Why Investors Should Be Wary."
    teaser = "Beijing’s latest support package sent shares of German industrial companies soaring."
    result = import_text(lines(EN_MENU, "Advertisement", "International", headline, teaser, "By", "Elena Marchetti",
                               "Updated Oct 09, 2024, 11:12 am EDT / Original Oct 09, 2024, 6:30 am EDT", "Share",
                               "Listen", "(5 min)", EN_PARAGRAPHS, "Write to Elena Marchetti at elena.marchetti@example.com"))
    assert result.title == headline
    assert result.published == date(2024, 10, 9)
    assert_gone(result.text, ["(5 min)", "Elena Marchetti"])
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
    # a sentence of running text is no title, however many names it has
    plain = import_text(lines("Die Bundesregierung will im Frühjahr eine neue Strategie vorlegen.", *DE_PARAGRAPHS))
    assert plain.title != "Die Bundesregierung will im Frühjahr eine neue Strategie vorlegen."


def test_a_byline_with_the_writers_role_is_not_the_title_and_the_standfirst_stays():
    headline = "Chinese manufacturers flock to Abu Dhabi zone as trade eyes $200 billion"
    standfirst = "Twelve new plants will make chemicals, auto parts and machinery for Gulf, African and European buyers"
    result = import_text(lines(EN_MENU, headline, standfirst, "", "Justin Varghese, Chief Business Reporter",
                               "Published: February 10, 2026 16:37", "3 MIN READ", "", EN_PARAGRAPHS))
    assert result.title == headline
    assert result.published == date(2026, 2, 10)
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])


def test_the_dated_headline_over_a_box_of_figures_beats_the_crosshead_next_to_the_text():
    headline = "Drescher Industrie Earnings: China Weakness Lingers, but Grid Orders Keep Our Fair Value Intact"
    crosshead = "What We Thought of Drescher’s Preliminary Fourth-Quarter Results"
    box = ["Securities In This Article", "Drescher Industrie AG", "(DRSX)", "Key Morningstar Metrics",
           "Fair Value Estimate: €74.00", "Morningstar Rating: ★★★★", "Economic Moat Rating: Narrow",
           "Uncertainty Rating: High"]
    result = import_text("\n\n".join([*EN_MENU, "Stocks", headline, "Shares look undervalued as the backlog offsets "
                                      "a soft machinery cycle.", "Lukas Emmerich", "Jan 21, 2026", "Share", "Save",
                                      "\n".join(box), crosshead, *EN_PARAGRAPHS]))
    assert result.title == headline
    assert crosshead in result.text


def test_one_card_of_another_article_between_paragraphs_goes():
    card = ["World & Nation", "China’s EV price war spills into Mexico’s showrooms", "May 2, 2025"]
    result = import_text(lines(EN_MENU, "A headline over the article on machine tools", "June 17, 2025 3 AM PT",
                               EN_PARAGRAPHS[:2], card, EN_PARAGRAPHS[2:]))
    assert_gone(result.text, card)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_caption_closed_by_its_photographer_and_an_automated_voice_go():
    furniture = [
        "A shuttered production line at a supplier in Esslingen, where orders have dropped sharply. "
        "(Friederike Lanz / For The Times)",
        "1x",
        "This is read by an automated voice. Please report any issues or inconsistencies here.",
    ]
    result = import_text(lines(EN_MENU, "Germany built its fortune selling cars to China. Now the traffic runs the "
                               "other way", furniture[0], "By Henrike Vossberg", "June 17, 2025 3 AM PT",
                               "Listen to this article", furniture[1:], EN_PARAGRAPHS))
    assert result.title == "Germany built its fortune selling cars to China. Now the traffic runs the other way"
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_sites_copyright_line_ends_the_article_and_the_sign_up_box_goes():
    below = ["Enter email address", "Sign Me Up",
             "You may occasionally receive promotional content from the Coastal Times.",
             "Copyright © 2025, Coastal Times | Terms of Service | Privacy Policy",
             "More to Read", "Cargo containers are stacked at the Port of Long Beach.",
             "Ports brace for a summer slowdown as Chinese imports cool", "June 9, 2025"]
    result = import_text(lines(EN_MENU, "A headline over the article on machine tools", "June 17, 2025",
                               EN_PARAGRAPHS, below))
    assert_gone(result.text, below)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_summary_of_sentences_over_the_byline_does_not_hide_the_date_beside_the_share_bar():
    summary = [
        "Der Maschinenbauer produziert seit 2011 in einem Industriepark bei Suzhou – die Konkurrenz wächst.",
        "Geschäftsführer Markus Hollwerk will das Werk trotzdem nicht aufgeben und setzt auf Service.",
        "Mehrere mittelständische Maschinenbauer denken jedoch über einen Rückzug aus China nach.",
    ]
    result = import_text(lines(DE_MENU, "Chinas Maschinenbauer drängen den Mittelstand aus dem Markt", summary,
                               "Julia Berger", "17. Juni 2025", "Teilen", "Speichern", DE_PARAGRAPHS))
    assert result.published == date(2025, 6, 17)
    assert_gone(result.text, ["17. Juni 2025"])
    assert_whole(result.text, [*summary, *DE_PARAGRAPHS])


def test_a_crosshead_set_apart_under_a_list_of_links_stays():
    links = ["Also Read", "UAE non-oil trade crosses Dh3 trillion for the first time",
             "How Chinese EV brands are winning over UAE buyers", "Kezad posts record revenue as demand surges"]
    result = import_text("\n".join([*EN_MENU, "A headline over the article on machine tools", "March 3, 2026", "",
                                    EN_PARAGRAPHS[0], "", EN_PARAGRAPHS[1], "", *links, "", "Targeting Europe", "",
                                    EN_PARAGRAPHS[2], "", EN_PARAGRAPHS[3]]))
    assert_gone(result.text, links)
    assert "Targeting Europe" in result.text.split("\n")
    assert_whole(result.text, EN_PARAGRAPHS)


def test_captions_labelled_as_such_an_audio_players_card_and_a_holdings_note_go():
    furniture = [
        "Legende: In der Werkhalle werden Spindeln für Werkzeugmaschinen montiert. SRF/Reto Brunner",
        "03:14 min, aus Echo der Zeit vom 19.01.2026.",
        "Abspielen. Laufzeit 3 Minuten 14 Sekunden.",
        "Lest auch",
    ]
    result = import_text(lines(DE_MENU, "Schweizer Zulieferer spüren die deutsche Flaute", "20.01.2026",
                               DE_PARAGRAPHS[:2], furniture, DE_PARAGRAPHS[2:]))
    assert_gone(result.text, furniture)
    assert_whole(result.text, DE_PARAGRAPHS)
    notes = ["The author or authors do not own shares in any securities mentioned in this article.",
             "Corrections & Amplifications: An earlier version of this article gave the wrong quarter."]
    page = import_text(lines(EN_MENU, "A headline over the article on machine tools", "March 3, 2026",
                             EN_PARAGRAPHS, notes))
    assert_gone(page.text, notes)
    assert_whole(page.text, EN_PARAGRAPHS)


def test_a_writer_asking_for_comments_in_the_first_person_signs_off_the_article():
    sign_off = ("As always, reply to this email or leave a comment if you think I have got something wrong. "
                "Next week: why the battery boom is turning into a headache.")
    result = import_text(lines(EN_MENU, "A headline over the article on machine tools", "March 3, 2026",
                               EN_PARAGRAPHS, sign_off))
    assert sign_off in result.text


def test_dates_as_news_sites_print_them_are_read():
    headline = "German industry chiefs warn lawmakers on Chinese chemical supply chains"
    # a byline in lower case under the headline, with a year of two digits and the time
    result = import_text(lines(EN_MENU, headline, "by Marcus Delaney - 06/18/25 5:42 PM ET", "Share", EN_PARAGRAPHS,
                               "Updated 6:20 p.m."))
    assert result.title == headline
    assert result.published == date(2025, 6, 18)
    assert_gone(result.text, ["Updated 6:20 p.m."])
    # the day, the month and a comma before the year
    comma = import_text(lines(EN_MENU, headline, "9 February, 2026 11:42 am IST", EN_PARAGRAPHS))
    assert comma.published == date(2026, 2, 9)
    # the date line with its time right under the last paragraph
    below = import_text("\n\n".join([*EN_MENU, headline, *EN_PARAGRAPHS, "2026-02-11 HKT 17:48", "Share this:"]))
    assert below.published == date(2026, 2, 11)
    # the writer's name glued to the date
    glued = import_text(lines(DE_MENU, "Hallberg: Großauftrag aus China – Aktie springt an",
                              "Lena Brückner14.01.2026 09:42 Uhr", "Teilen", DE_PARAGRAPHS))
    assert glued.published == date(2026, 1, 14)
    # a wrapped sentence going on with 'by' is no byline: the text has no headline line
    wrapped = import_text("BERLIN Oct 29 German exports to China will fall\nby 2 percent this year, the head of "
                          "the chambers of commerce said.\n" + "\n".join(EN_PARAGRAPHS))
    assert not wrapped.title


def test_a_sign_up_box_addressing_the_reader_goes():
    form = ["E-Mail-Adresse eingeben", "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu."]
    result = import_text(lines(DE_MENU, "Chinesischer Zulieferer prüft das frühere Intel-Gelände", "18.09.2025",
                               DE_PARAGRAPHS[:2], form, DE_PARAGRAPHS[2:]))
    assert_gone(result.text, form)
    assert_whole(result.text, DE_PARAGRAPHS)
    reported = "Dem Plan stimmen Sie als Aktionäre auf der Hauptversammlung zu, sagte der Vorstand."
    page = import_text(lines(DE_MENU, "Chinesischer Zulieferer prüft das frühere Intel-Gelände", "18.09.2025",
                             DE_PARAGRAPHS, reported))
    assert reported in page.text


def test_an_offer_and_a_menu_on_one_line_over_a_headline_asking_a_question():
    headline = "German auto suppliers are scouting Ontario as Chinese EVs squeeze Europe. Can Windsor close the deal?"
    standfirst = ("A delegation of 40 executives from Baden-Württemberg toured plants and a vacant industrial park in "
                  "Windsor last week, looking for a foothold close to North American carmakers.")
    caption = ("Katrin Vollmer, managing director of a motor maker, walks through a vacant plant in Windsor’s east end "
               "on Thursday.")
    result = import_text(lines("Skip to main content", "Special Offer: $1 for 4 weeks", "Subscribe", "Log In", EN_MENU,
                               "Business", "Economy Personal Finance Technology Real Estate Small Business Careers",
                               "Business", headline, standfirst, "Priya Raghunathan",
                               "By Priya Raghunathan Business Reporter", "Nov. 18, 2024", "Updated 3 hrs ago",
                               "5 min read", caption, "Rick Tremblay/For the Toronto Star", EN_PARAGRAPHS))
    assert result.title == headline
    assert result.published == date(2024, 11, 18)
    assert_gone(result.text, ["Special Offer: $1 for 4 weeks", "Rick Tremblay/For the Toronto Star",
                              "Economy Personal Finance Technology Real Estate Small Business Careers"])
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])


def test_a_save_alert_over_the_sticky_headline_and_a_short_headline_under_a_menu():
    headline = "Germany’s Factory Heartland Is Running Out of Magnets"
    alert = ["Story Saved", "To revisit this article, visit My Profile, then View saved stories.", "Close Alert"]
    teaser = ("China’s new licensing regime for rare earths has left German machine builders scrambling for the "
              "magnets their servo drives need.")
    result = import_text(lines("Skip to main content", "Menu", alert, headline, EN_MENU, "Search", "Sign In",
                               "Lena Hartwig", "Business", "Apr 23, 2025 6:00 AM", headline, teaser, EN_PARAGRAPHS))
    assert result.title == headline
    assert_gone(result.text, alert)
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])

    short = "Germany’s Machine-Tool Reckoning"
    teaser = ("For decades, German engineering firms treated China as their most lucrative market and as a student "
              "that would never outgrow its teachers.")
    result = import_text(lines("nion & Analysis", "Economics", "Politics", "Sustainability", "Culture", "Say More",
                               "Big Picture", "German Economy", short, teaser, "Oct 14, 2025Clemens Aubach",
                               "BookmarkShareView Comments", EN_PARAGRAPHS, "Copyright: Project Syndicate, 2025."))
    assert result.title == short
    assert result.published == date(2025, 10, 14)
    assert result.author == "Clemens Aubach"
    assert_gone(result.text, ["Oct 14, 2025Clemens Aubach", "Copyright: Project Syndicate, 2025."])
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])


def test_a_subheading_under_a_box_of_job_ads_or_under_a_dated_card_stays():
    jobs = ["Anzeige", "Stellenangebote im Bereich Fahrzeugtechnik", "Hochschule Zwickau-Firmenlogo",
            "Professur (W2) Batteriesystemtechnik und Zellfertigung", "Hochschule Zwickau", "Zwickau",
            "Wendeler Antriebstechnik GmbH-Firmenlogo", "Prozessingenieur (m/w/d) Laserschweißen",
            "Wendeler Antriebstechnik GmbH", "Chemnitz", "Alle Fahrzeugtechnik Jobs"]
    subheading = "Energiebedarf als kritischer Faktor"
    result = import_text(lines(DE_MENU, "Zellfertigung: Chinesischer Batteriekonzern startet Werk in Sachsen-Anhalt",
                               "12.03.2025, 09:15 Uhr", "Von Martina Köhler", DE_PARAGRAPHS[:2], jobs, subheading,
                               DE_PARAGRAPHS[2:], "Artikel teilen"))
    assert subheading in result.text.split("\n")
    assert_whole(result.text, DE_PARAGRAPHS)

    subheading = "IG Metall spricht von „Kahlschlag“"
    card = ["Mehr zum Thema", "Kurzarbeit bei Zulieferer aus Tettnang: 280 Beschäftigte betroffen", "14.01.2026"]
    result = import_text("\n\n".join(["\n".join(DE_MENU), "Antriebsspezialist baut 450 Stellen ab",
                                      "22.01.2026, 17:05 Uhr", *DE_PARAGRAPHS[:2], "\n".join(card), subheading,
                                      *DE_PARAGRAPHS[2:], "Artikel teilen"]))
    assert subheading in result.text.split("\n")
    assert_gone(result.text, card)
    assert_whole(result.text, DE_PARAGRAPHS)
