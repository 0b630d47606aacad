"""Captions, promotions and cards of other articles that read like the article's text.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
caption printed twice, a kicker between the headline and its copy, the site telling the
reader what to do next, cards of other articles whose teasers the page cut off, an
analyst's note about the writer under an analysis. Each test asserts what a reader of the
cleaned text notices: the title, the line of the page gone, every paragraph of the article
still there — and the guards list sentences of articles that share a shape with that
furniture and stay.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German chemical parks cut ammonia runs as Chinese urea undercuts Europe"
DE_HEADLINE = "Chinesische Delegation wirbt in München um Mittelständler"
EN_DATE = "Published: 22 January 2026"
DE_DATE = "17. September 2025 - 16:48 Uhr"
PAGE_BELOW_EN = ["Share this article", "Trending", "Bank of Canada cuts rates again as economy stalls"]


def en_page(*article: str | list[str], below: list[str] = PAGE_BELOW_EN) -> str:
    return lines("Skip to Content", EN_MENU, EN_HEADLINE, EN_DATE, *article, below)


def test_a_kicker_between_the_headline_and_its_copy_and_a_caption_printed_twice_go():
    caption = ("Gespräche im Konferenzsaal: Vertreter des Industrieparks und bayerische Unternehmer am Dienstag "
               "im Hotel am Altstadtring.")
    text = lines(
        DE_MENU, DE_HEADLINE, "Industriepark aus Hefei", DE_HEADLINE, DE_DATE,
        "Teilen", "Facebook", "WhatsApp", caption, caption + " © Foto: Sigi Müller",
        *DE_PARAGRAPHS, "Mehr aus Wirtschaft", "Stahl im Revier: Warum die Jobs wackeln",
    )
    result = import_text(text)
    assert result.title == DE_HEADLINE
    assert_gone(result.text, ["Industriepark aus Hefei", caption])
    assert caption not in result.text
    assert_whole(result.text, DE_PARAGRAPHS)


def test_cards_of_other_articles_with_their_teasers_cut_off_go():
    cards = []
    for section, day, title, teaser in (
        ("Chemicals", "22/01/26", "Morocco's phosphate exports to Brazil rise in December",
         "London, 22 January (Argus) — Phosphate exports from Morocco to Brazil rose to a record high in "
         "December as buyers secured volumes ahead of the planting season..."),
        ("Natural gas", "21/01/26", "Norwegian gas flows dip on Troll maintenance extension",
         "London, 21 January (Argus) — Norwegian pipeline gas flows to continental Europe fell on Wednesday "
         "after an extension of unplanned maintenance at the Troll field..."),
        ("Chemicals", "21/01/26", "China's caustic soda exports hit monthly record",
         "Singapore, 21 January (Argus) — China's caustic soda exports hit a record high in December, as "
         "producers sought outlets for surplus product amid weak domestic demand..."),
    ):
        cards += [section, day, "News", title, teaser, "Read more"]
    result = import_text(en_page(
        EN_PARAGRAPHS, "Copyright © 2026. Argus Media group. All rights reserved.", "Related news posts", cards,
        below=["View all news", "Request a demo"],
    ))
    assert_whole(result.text, EN_PARAGRAPHS)
    assert "Argus)" not in result.text
    assert "caustic soda" not in result.text


def test_a_carousel_of_cut_headlines_inside_the_article_goes():
    carousel = [
        "RELATED ARTICLES", "Previous", "1", "Next",
        "German economy shrinks for a second year in a row as...",
        "Car giants warn of job cuts as Chinese rivals steal share...",
        "Bank of England holds rates as factories suffer slump in...",
    ]
    result = import_text(en_page(EN_PARAGRAPHS[0], carousel, "Share this article", EN_PARAGRAPHS[1:]))
    assert_gone(result.text, carousel)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_list_of_topics_over_the_headline_ends_at_the_headline():
    standfirst = ("Delegation of 27 companies signs memorandums worth $740m; investors seek one-window facilitation, "
                  "reliable gas supply")
    text = lines(
        "Trending", "CPEC", "Budget 2024-25", "IMF", "PSX", "Petrol prices", "Gold rates", "Business",
        EN_HEADLINE, standfirst, "Our Correspondent", "November 07, 2024", "Facebook", "Twitter", "Whatsapp",
        *EN_PARAGRAPHS, "Published in The Express Tribune, November 7th, 2024.",
        "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.",
        "MOST READ", "1", "Gold price drops in Pakistan",
    )
    result = import_text(text)
    assert result.title == EN_HEADLINE
    assert result.published is not None and result.published.isoformat() == "2024-11-07"
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])
    assert "Express Tribune" not in result.text
    assert "TribuneBiz" not in result.text


def test_the_site_telling_the_reader_what_to_do_goes_and_a_report_opening_with_such_a_noun_stays():
    promotions = [
        "Get the week’s biggest stories on the economy, your money and the companies shaping Canada, every Friday.",
        "Join 10,000+ tech and VC leaders at our summit in San Francisco.",
        "Enjoy additional articles per month.",
    ]
    nouns = [
        "Access to rare earths remains the main concern of the machine builders in the region.",
        "Support for the plan has grown among the member states since the summit in March.",
        "Try as they might, the suppliers could not close the gap with their Chinese rivals.",
        "Get quotes from at least three installers before you sign a contract, the consumer group advises.",
        "Give your old phone a second life: recyclers pay up to 100 euros for recent models.",
        "Download speeds on the new network averaged 300 megabits a second in the first month.",
        "Discover Financial Services today announced a new partnership with a German bank.",
    ]
    result = import_text(en_page(EN_PARAGRAPHS[0], promotions[0], nouns, EN_PARAGRAPHS[1], promotions[1:],
                                 EN_PARAGRAPHS[2:]))
    assert_gone(result.text, promotions)
    assert_whole(result.text, [*EN_PARAGRAPHS, *nouns])


def test_credits_in_words_and_glued_to_captions_go():
    credits = [
        "Illustration by The Atlantic. Sources: Sean Gallup / Getty; Kevin Frayer / Getty.",
        "TRADE TALKS. Negotiators pose for a photo at the close of the fourth round of talks in Pasig City on "
        "February 10, 2026. Photo from DTI",
        "A worker walks past storage tanks at a chemical plant in Port Qasim area. PHOTO: FILE",
    ]
    result = import_text(en_page(credits[0], EN_PARAGRAPHS[0], credits[1], EN_PARAGRAPHS[1], credits[2],
                                 EN_PARAGRAPHS[2:]))
    assert_gone(result.text, credits)
    assert_whole(result.text, EN_PARAGRAPHS)
    german = ["Blick in eine Montagehalle eines Maschinenbauers in Baden-Württemberg.Bild: keystone"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, DE_DATE, german[0], DE_PARAGRAPHS,
                               "Mehr «Wirtschaft»", "Stahl im Revier: Warum die Jobs wackeln"))
    assert_gone(result.text, [*german, "Mehr «Wirtschaft»"])
    assert_whole(result.text, DE_PARAGRAPHS)
    # a sentence ending on a picture in words is the article's
    picture = "Die Studie der Förderbank zeichnet ein düsteres Bild von Deutschland."
    result = import_text(lines(DE_MENU, DE_HEADLINE, DE_DATE, DE_PARAGRAPHS[0], picture, DE_PARAGRAPHS[1:]))
    assert_whole(result.text, [picture, *DE_PARAGRAPHS])


def test_share_buttons_notes_on_machines_and_corrections_go():
    notes = [
        "Click to share on Reddit (Opens in new window)",
        "Click to print (Opens in new window)",
        "Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.",
        "Summarize this article with AI",
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
    ]
    correction = ("Correction: An earlier version of this story misstated the capacity of the Spremberg battery. "
                  "It is 240 megawatt-hours, not 240 megawatts.")
    result = import_text(en_page(notes, EN_PARAGRAPHS, correction))
    assert_gone(result.text, [*notes, correction])
    assert_whole(result.text, EN_PARAGRAPHS)
    about_machines = ["The newspaper began using AI narration for its audio articles last year, its editor said.",
                      "More than 300 scientists plan to submit a letter to the editor of Nature this week.",
                      "Published in Nature, the survey began in 2019 and covers 40 countries."]
    result = import_text(en_page(EN_PARAGRAPHS[:2], about_machines, EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, *about_machines])


def test_an_experts_note_under_an_analysis_goes_and_a_last_paragraph_about_someone_quoted_stays():
    note = ("Clemens Aubach, a former chief economist at the Federation of Precision Engineering, is a senior fellow "
            "at the Berlin Institute for Industrial Strategy.")
    page_below = ["Copyright: Project Syndicate, 2025.", "Subscribe", "Comments"]
    result = import_text(en_page(EN_PARAGRAPHS, note, below=page_below))
    assert_gone(result.text, [note])
    assert_whole(result.text, EN_PARAGRAPHS)
    quoted = "\"Nobody here wants to leave China,\" said Wang Lei, an economist who advises the park."
    about = "Wang Lei is a senior fellow at the Shanghai Institute for International Studies."
    result = import_text(en_page(EN_PARAGRAPHS, quoted, about, below=page_below))
    assert_whole(result.text, [*EN_PARAGRAPHS, quoted, about])
    # above the writer's note, a paragraph about a reporter the article is about stays
    lead = "Evan Gershkovich arrived in the United States on Thursday after a prisoner swap."
    about_him = "Evan Gershkovich is a Wall Street Journal reporter who was detained in Russia for 16 months."
    note_of_writer = "Kristina Havel is a MarketWatch reporter based in Frankfurt."
    result = import_text(en_page(lead, EN_PARAGRAPHS, about_him, note_of_writer, below=page_below))
    assert_whole(result.text, [lead, *EN_PARAGRAPHS, about_him])
    assert note_of_writer not in result.text
    # a last paragraph bringing in someone new says more than a role and an institution
    for last in ("Sarah Klein, chief economist at Commerzbank, is more optimistic. She expects orders to recover.",
                 "Hans Weber, a professor of economics at the University of Mannheim, was not involved in the study.",
                 "Mark Chen is an analyst at Jefferies who expects the orders to recover next year."):
        result = import_text(en_page(EN_PARAGRAPHS, last, below=page_below))
        assert_whole(result.text, [*EN_PARAGRAPHS, last])


def test_the_writers_address_staff_credits_and_the_papers_requests_go():
    caption = ("Workers assembled gearbox housings at the plant in Lowell on Tuesday. The company plans to add 140 "
               "jobs at the site by 2027.Erin Clark/Globe Staff")
    furniture = [
        "Brett Coomer/Staff photographer",
        "Machine tools on display at an industrial fair in Stuttgart. (Source: Unsplash)",
        "Article continues below this ad",
        "Matt Lorenzen can be reached at matt.lorenzen@globe.com. Follow him @mattlorenzen.",
        "Megan Thorsby: 206-464-2317 or mthorsby@example.com; Megan Thorsby covers manufacturing and trade.",
        "Have an opinion about this story? Do you have some thoughts you'd like to share with our readers? We would "
        "love to hear from you. Email your letter to the Editor at letters@example.com",
        "Written By",
    ]
    source = "Exports rose 5 percent last year, the statistics office said (Source: Destatis)."
    helpline = "The bank's helpline for customers can be reached on 0800 123 4567 or at help@example.com."
    result = import_text(en_page(caption, EN_PARAGRAPHS[0], furniture[0], furniture[1], EN_PARAGRAPHS[1:3],
                                 furniture[2], source, helpline, EN_PARAGRAPHS[3], furniture[3:]))
    assert_gone(result.text, [caption, *furniture])
    assert_whole(result.text, [*EN_PARAGRAPHS, source, helpline])


def test_a_labelled_publication_date_beats_the_date_in_the_sites_top_bar():
    text = lines("Thursday, 22 January 2026", EN_MENU, "Business", EN_HEADLINE,
                 "Publication date 21 January 2026 | 09:12 ICT", EN_PARAGRAPHS, PAGE_BELOW_EN)
    result = import_text(text)
    assert result.published is not None and result.published.isoformat() == "2026-01-21"


def test_dates_of_cards_under_the_article_do_not_date_it_even_with_their_time():
    cards = []
    for title, stamp in (("EU unveils joint purchasing platform for critical minerals", "January 20, 2026 | 10:15 am"),
                         ("Lynas posts record quarterly heavy rare earths output", "January 19, 2026 | 6:02 pm"),
                         ("China rare earth exports rebound in December", "January 16, 2026 | 8:47 am")):
        cards += [title, stamp]
    text = lines(EN_MENU, EN_HEADLINE, EN_PARAGRAPHS, "(By Markus Feldhaus; Editing by Tomasz Janowski)",
                 "More Rare Earths News", cards, "Comments", "Leave a Reply")
    result = import_text(text)
    assert result.published is None or result.published.isoformat() != "2026-01-20"
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_bar_of_topics_over_the_headline_a_byline_with_an_address_and_glued_share_buttons():
    headline = "Fremont maker of battery-line robots lands $140 million German order as Europe hedges against China"
    standfirst = ("Deal with a Stuttgart-area auto supplier shows how Europe’s tougher stance on Chinese equipment is "
                  "opening doors for Bay Area manufacturers")
    buttons = "".join(f"Click to share on {name} (Opens in new window)" for name in ("Facebook", "X", "Reddit")) + \
        "Click to email a link to a friend (Opens in new window)Click to print (Opens in new window)"
    text = lines(
        EN_MENU, "Log In", "Subscribe", "Trending:",
        "49ers training camp|Housing crunch|Warriors rumors|Bay Area weather|Tech layoffs", "Business", headline,
        standfirst, "By Marcus Delgado | mdelgado@example.com | Bay Area News Group",
        "PUBLISHED: June 11, 2025 at 5:00 AM PDT | UPDATED: June 11, 2025 at 11:42 AM PDT", "Share this:", buttons,
        EN_PARAGRAPHS, "Originally Published: June 11, 2025 at 5:00 AM PDT",
        "Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.",
        "Please enter your email address.", "Please select at least one newsletter to subscribe.",
    )
    result = import_text(text)
    assert result.title == headline
    assert result.author == "Marcus Delgado"
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])
    assert "Opens in new window" not in result.text
    assert "Letter to the Editor" not in result.text
    assert "Originally Published" not in result.text
    assert "Please" not in result.text


def test_the_update_stamp_dates_the_article_when_the_cards_below_carry_the_only_other_dates():
    cards = ["Latest News", "Sensex ends higher as IT stocks rally", "18 February 2025, 16:12 IST",
             "Gold price hits fresh record", "18 February 2025, 15:40 IST"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Ananya Rao", "Last Updated : 18 February 2025, 05:02 IST",
                               EN_PARAGRAPHS, "Follow Us", cards))
    assert result.published is not None and result.published.isoformat() == "2025-02-18"
    assert_whole(result.text, EN_PARAGRAPHS)


def test_swiss_credits_error_buttons_and_channel_prompts_go_and_sentences_like_them_stay():
    swiss = ["Hast du einen Fehler gefunden?Jetzt melden.", "zvg", "Sortieren: Neueste",
             "Folgst du schon 20 Minuten Wirtschaft auf WhatsApp?",
             "Eine Newsübersicht am Morgen: Abonniere den WhatsApp-Kanal von 20 Minuten Wirtschaft."]
    stays = ["Die Stadt bittet: Folgen Sie dem WhatsApp-Kanal der Feuerwehr, um bei Unwettern informiert zu bleiben.",
             "Testen Sie Ihre Rauchmelder mindestens einmal im Jahr, raten die Feuerwehren.",
             "Dieser Artikel ist im Grundgesetz seit 1949 unverändert geblieben.",
             "Ihre Meinung zählt",
             "Die Betrüger hinterlassen eine Nachricht auf Ihrer Mailbox und bitten um Rückruf."]
    result = import_text(lines(DE_MENU, DE_HEADLINE, DE_DATE, DE_PARAGRAPHS[:2], swiss[1:3], stays[:3],
                               DE_PARAGRAPHS[2], stays[3:], DE_PARAGRAPHS[3:], swiss[0], swiss[3:]))
    assert_gone(result.text, swiss)
    assert_whole(result.text, [*DE_PARAGRAPHS, *stays])


def test_sentences_closed_by_a_word_in_brackets_and_crossheads_between_boxes_stay():
    """A caption's bracketed credit is not read as one: '(AFP)', '(Laughs)', '(Destatis)' close
    sentences of reports and interviews; a crosshead may stand between a picture's credit and an
    ad, or right over a newsletter box."""
    closed = ["The police closed the site on Tuesday evening. (AFP)",
              "I never thought we would sell a single machine to Vietnam. (Laughs)",
              "The figures come from the statistics office in Wiesbaden. (Destatis)"]
    crossheads = ["A shift in demand", "What comes next"]
    result = import_text(en_page(EN_PARAGRAPHS[0], closed, "Photo: Reuters", crossheads[0], "Advertisement",
                                 EN_PARAGRAPHS[1:3], crossheads[1], "Sign up for our daily business newsletter",
                                 EN_PARAGRAPHS[3]))
    assert_whole(result.text, [*EN_PARAGRAPHS, *closed, *crossheads])
    related = ["Read more:", "Tariffs on German cars"]
    paragraph = "Tariffs on German cars and machinery took effect on Monday, the customs office said in a statement."
    result = import_text(en_page(EN_PARAGRAPHS[:2], related, paragraph, EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, paragraph])


def test_a_dated_signature_under_the_article_dates_it_and_a_party_pair_closing_a_sentence_stays():
    closing = "Die Mehrheit im Stadtrat hat die Ansiedlung gebilligt, mit den Stimmen von CDU/CSU"
    for signature in (["Anna Schmidt", "17.09.2025 16:48"], ["(dpa)", "17. September 2025 - 16:48 Uhr"]):
        result = import_text(lines(DE_MENU, DE_HEADLINE, DE_PARAGRAPHS[0], closing + ".", DE_PARAGRAPHS[1:],
                                   signature))
        assert result.published is not None and result.published.isoformat() == "2025-09-17"
        assert_whole(result.text, [*DE_PARAGRAPHS, closing])


def test_a_wire_pictures_caption_closed_by_the_day_it_was_taken_goes_and_dated_sentences_stay():
    captions = [
        "Workers leave a factory at the Sihanoukville Special Economic Zone at the end of a shift, Jan. 28, 2025.",
        "A worker inspects an engine housing at a machine-tool plant in Esslingen, Germany, on Nov. 12, 2025. "
        "(Photo provided by Kessler Hydraulik)",
        "A technician inspects a vacuum chamber in Hillsboro, Jan. 21, 2026. The company has lost most of its "
        "sales to Chinese chip factories.",
    ]
    # next to the picture's furniture: under the share bar, over an advertisement, over the gallery's buttons
    result = import_text(en_page("Share this article", captions[0], EN_PARAGRAPHS[:2], captions[1], "Advertisement",
                                 EN_PARAGRAPHS[2], captions[2], "Image 1 of 3", EN_PARAGRAPHS[3:]))
    assert_gone(result.text, captions)
    assert_whole(result.text, EN_PARAGRAPHS)
    # between the article's paragraphs, or over its first under the date line, a sentence closed by a
    # date is the article's: a record date, a quarter's end, a timeline's entries, an obituary's lead
    sentences = [
        "The dividend is payable to shareholders of record at the close of business, March 14, 2025.",
        "The company had cash and equivalents of $1.2 billion at the end of the quarter, Sept. 30, 2025.",
        "Lehman Brothers files for bankruptcy in New York, Sept. 15, 2008.",
        "The European Central Bank cuts its deposit rate below zero, June 5, 2014.",
        "The commission will publish its final ruling on the duties on Tuesday, Jan. 28, 2025.",
        "The first batch of cars left the plant in Zwickau, Saxony, on Jan. 28, 2025.",
        "“We expect the first cars to leave the line,” the company said, on Nov. 12, 2025.",
        "Will the talks resume before the deadline, March 1, 2026?",
    ]
    result = import_text(en_page(EN_PARAGRAPHS[:2], *sentences, EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, *sentences])
    lead = "Heinrich Brenner died peacefully at his home in Erlangen, Jan. 4, 2025."
    result = import_text(en_page(lead, EN_PARAGRAPHS))
    assert_whole(result.text, [lead, *EN_PARAGRAPHS])


def test_a_list_of_headlines_under_read_more_inside_the_article_goes_and_a_subheading_stays():
    headlines = ["Electrolyser orders in Europe fell by 40% last year, says industry body",
                 "Chinese electrolyser exports to Europe doubled in 2025, customs data show",
                 "EU confirms third Hydrogen Bank auction with stricter limits on Chinese stacks"]
    page = "\n\n".join([EN_MENU[0], EN_HEADLINE, EN_DATE, *EN_PARAGRAPHS[:2], "Read more\n" + "\n".join(headlines),
                        *EN_PARAGRAPHS[2:], "Share this article"])
    result = import_text(page)
    assert_gone(result.text, headlines)
    assert_whole(result.text, EN_PARAGRAPHS)
    # without blank lines the line under the label's headline may be the article's next subheading
    subheading = "Chinese stacks undercut European rivals"
    result = import_text(en_page(EN_PARAGRAPHS[:2], "Read more", headlines[2], subheading, EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, subheading])


def test_a_caption_closed_by_its_photographer_or_agency_in_brackets_under_the_share_bar_goes():
    captions = ["Friederike Albrecht speaks at a welcome reception at the Hong Kong Science Park on Wednesday. "
                "(Mandy Chan)",
                "German machinery makers have been among the biggest foreign investors in China for two decades. "
                "(Bloomberg)"]
    for caption in captions:
        result = import_text(en_page("Share", "Email", caption, EN_PARAGRAPHS))
        assert_gone(result.text, [caption])
        assert_whole(result.text, EN_PARAGRAPHS)
    # a paragraph of the report closed by its agency stays: between paragraphs, and over the copyright line
    closing = "The ministry said it would publish the new rules in March. (Reuters)"
    result = import_text(en_page(EN_PARAGRAPHS[:2], closing, EN_PARAGRAPHS[2:], closing, "© Reuters 2026",
                                 below=[]))
    assert result.text.split("\n").count(closing) == 2
    assert_whole(result.text, EN_PARAGRAPHS)
