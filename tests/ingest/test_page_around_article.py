"""A whole web page pasted around an article: the page goes, the article stays whole.

The pages here are written for these tests (no corpus text): a site header and menu, the
article, and the furniture a browser copies along with it — sidebars of other headlines,
comment threads, author boxes, footers with legal text, labels in other languages.  Each
test asserts what a reader of the cleaned text notices: a line of the page is gone, every
paragraph of the article is still there.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

HEADLINE = "Harbour authority approves the new container terminal"
PARAGRAPHS = [
    "The harbour authority approved the construction of a fourth container terminal on Tuesday, "
    "ending a planning process that had taken more than six years.",
    "The terminal will add capacity for about 1.2 million containers a year and is expected to open "
    "in 2029, the authority said in a statement after its board meeting.",
    "Shipping companies welcomed the decision, while residents of the nearby villages announced that "
    "they would challenge the permit in court because of the expected noise at night.",
    "The operator plans to run the cranes on electricity from a wind farm off the coast and to move "
    "most containers inland by rail instead of by truck.",
    "Construction is to start next spring once the last environmental conditions have been met, "
    "the chairwoman of the board told reporters after the vote.",
]
MENU = ["Home", "News", "Business", "Local", "Sports", "Opinion", "Weather", "Contact"]
FOOTER = ["About us", "Privacy Policy", "Terms of Use", "Advertise", "Careers", "Sitemap"]
# other articles of the same site, as lists and cards around the article show them: headline, teaser
OTHER_STORIES = [
    ("Ferry operator orders two electric boats", "The boats are to enter service on the island route in 2028."),
    ("Council delays the vote on the bypass", "Members asked for a new traffic study before they decide."),
    ("Fish market reopens after the storm", "Traders said the damage was smaller than first feared."),
    ("Airport expects a record summer", "Bookings are up by a fifth on last year, the operator said."),
]
OTHER_HEADLINES = [headline for headline, _teaser in OTHER_STORIES]
# a sidebar of the site's columns, each a "»" label over a line that invites a click
COLUMNS_SIDEBAR = [
    "» Column of the week",
    "Click on the picture and read all the columns our editor writes about shipping and the sea.",
    "» Ferry timetable",
    "Click on the image above and see all the crossings of the winter season, with prices and times.",
]


def page(*parts: str) -> str:
    """A browser copy: the parts one after another, paragraphs apart by blank lines."""
    return "\n\n".join(part for part in parts if part)


def article(paragraphs: list[str] = PARAGRAPHS) -> str:
    return page(HEADLINE, *paragraphs)


def header() -> str:
    return page("The Coastal Courier", "\n".join(MENU))


def footer() -> str:
    return page("\n".join(FOOTER), "© 2026 The Coastal Courier. All rights reserved.")


def assert_article_whole(text: str, paragraphs: list[str] = PARAGRAPHS) -> None:
    for paragraph in paragraphs:
        assert paragraph in text, paragraph


# --- the page around the article goes ----------------------------------------------


def test_a_sidebar_of_other_headlines_and_teasers_above_the_section_menu_goes():
    sidebar = page(
        "Most popular",
        "Council votes to close the old swimming pool",
        "The pool had been losing money for a decade, and repairs would have cost more than a new building.",
        "Ferry timetable changes for the winter season",
        "Passengers will have two fewer crossings a day from November until the end of March.",
        "Fishermen protest against new quotas",
        "Local bakery wins national bread award",
    )
    sections = "\n".join(["Business", "Economy", "Markets", "Companies", "Energy", "Transport"])
    result = import_text(page(header(), sidebar, sections, HEADLINE, "Posted on 14 March 2026 by Jane Doe", *PARAGRAPHS, footer()))
    assert "Posted on" not in result.text
    assert result.title == HEADLINE
    assert_article_whole(result.text)
    assert "swimming pool" not in result.text
    assert "two fewer crossings" not in result.text


def test_a_comment_thread_below_the_article_goes():
    comments = page(
        "2 Comments",
        "Peter Miller",
        "March 14, 2026 at 9:12 am",
        "This terminal will ruin the last quiet beach we have left in the region.",
        "Reply",
        "Anna Berg",
        "March 14, 2026 at 10:40 am",
        "Finally some good news for the jobs in this town, it was about time somebody decided.",
        "Reply",
        "Leave a Reply",
        "Your email address will not be published.",
    )
    result = import_text(page(header(), article(), comments, footer()))
    assert_article_whole(result.text)
    assert "quiet beach" not in result.text
    assert "jobs in this town" not in result.text
    assert "Reply" not in result.text


def test_the_footer_with_its_legal_paragraph_goes():
    legal = (
        "This material may not be published, broadcast, rewritten or redistributed. "
        "© 2026 Coastal Media Group. All rights reserved. Market data delayed by 15 minutes."
    )
    result = import_text(page(header(), article(), "\n".join(FOOTER), legal))
    assert_article_whole(result.text)
    assert "redistributed" not in result.text
    assert "Privacy Policy" not in result.text


def test_related_labels_in_other_languages_take_their_lists_along():
    for label in ("Leia também", "Artikel terkait", "関連記事", "Lees ook"):
        related = page(label, "Ferry timetable changes for the winter season", "Local bakery wins national bread award")
        result = import_text(page(header(), article(), related, footer()))
        assert_article_whole(result.text)
        assert "Ferry timetable" not in result.text, label
        assert label not in result.text


def test_an_author_box_under_the_article_goes():
    box = page(
        "Jane Doe",
        "Jane joined the Courier in 2019. She writes about shipping, ports and the regional economy.",
        "More articles from Jane Doe",
    )
    result = import_text(page(header(), article(), box, footer()))
    assert_article_whole(result.text)
    assert "Jane joined the Courier" not in result.text


def test_date_lines_in_other_languages_under_the_headline_go():
    for stamp in ("Posted on Maret 30, 2026 by Admin", "기사입력 :[ 2026-03-14 15:24 ]", "by Coastal Courier ／ 2026.03.14"):
        result = import_text(page(header(), HEADLINE, stamp, *PARAGRAPHS, footer()))
        assert stamp not in result.text
        assert result.title == HEADLINE
        assert_article_whole(result.text)


def test_share_buttons_one_per_paragraph_go():
    share = page("Facebook", "Reddit", "Pinterest", "WhatsApp", "Telegram")
    result = import_text(page(header(), article(), share, footer()))
    assert_article_whole(result.text)
    assert "Pinterest" not in result.text


def test_a_breadcrumb_glued_to_the_headline_goes():
    result = import_text(page(header(), f"Home News Business {HEADLINE}", article(), footer()))
    assert result.title == HEADLINE
    assert "Home News Business" not in result.text
    assert_article_whole(result.text)


def test_hashtag_tags_under_the_article_are_read():
    result = import_text(page(header(), article(), "tags #Shipping #Harbour #Jobs", footer()))
    assert result.tags == ["Shipping", "Harbour", "Jobs"]
    assert "#Shipping" not in result.text


# --- the article stays whole --------------------------------------------------------


def test_a_photo_credit_in_the_middle_does_not_end_the_article():
    body = [*PARAGRAPHS[:3], "The new quay seen from the north. © Coastal Media 2026", "Foto: Jane Doe", *PARAGRAPHS[3:]]
    result = import_text(page(header(), article(body), footer()))
    assert_article_whole(result.text)


def test_a_results_table_with_dates_that_ends_the_article_stays():
    table = "\n".join(
        [
            "Date\tHome\tAway\tScore",
            "14.03.2026\tHarbour FC\tCity United\t2:1",
            "21.03.2026\tCity United\tNorth Rovers\t0:0",
            "28.03.2026\tNorth Rovers\tHarbour FC\t1:3",
        ]
    )
    result = import_text(page(header(), article([*PARAGRAPHS, "The results of the last three matches:"]), table, footer()))
    assert_article_whole(result.text)
    assert "28.03.2026" in result.text


def test_a_numbered_list_of_offers_that_ends_the_article_stays():
    offers = "\n".join(
        [
            "1. Harbour tour with the pilot boat, Saturdays at 10",
            "2. Open day at the crane training centre",
            "3. Evening concert on the old quay",
            "4. Guided cycle ride along the new rail line",
        ]
    )
    result = import_text(page(header(), article(), offers, "Share this article", footer()))
    assert_article_whole(result.text)
    assert "Evening concert on the old quay" in result.text
    assert "Guided cycle ride" in result.text


def test_an_article_that_opens_with_short_paragraphs_keeps_them():
    opening = ["It took six years.", "Now it is decided.", "Will the villages go to court?"]
    result = import_text(page(header(), article(opening + PARAGRAPHS), footer()))
    assert result.title == HEADLINE
    assert_article_whole(result.text, opening + PARAGRAPHS)


def test_a_gallery_in_the_middle_does_not_cut_off_the_last_paragraphs():
    gallery = "\n".join(["12 Bilder", "The quay at dawn", "Cranes at work", "The board meeting", "Protest banner",
                         "Rail yard", "Night shift", "Wind farm"])
    body = [*PARAGRAPHS[:4], gallery, *PARAGRAPHS[4:]]
    result = import_text(page(header(), article(body), footer()))
    assert_article_whole(result.text)


def test_a_box_of_links_in_the_middle_does_not_cut_off_the_article():
    box = page("Mehr zum Thema", "Ferry timetable changes for the winter season", "Fishermen protest against new quotas")
    body = [*PARAGRAPHS[:4], box, *PARAGRAPHS[4:]]
    result = import_text(page(header(), article(body), footer()))
    assert_article_whole(result.text)


def test_a_document_without_a_web_page_around_it_loses_nothing():
    text = page(
        "Quarterly report of the harbour authority",
        *PARAGRAPHS[:2],
        "Tags: harbour, terminal",
        "© 2026 Harbour Authority",
        *PARAGRAPHS[2:],
    )
    result = import_text(text)
    assert_article_whole(result.text)


def test_a_table_between_the_opening_and_a_subheading_does_not_cut_off_the_opening():
    table = "\n".join(f"Berth {n}\t{n * 120} m\t{n * 3} cranes" for n in range(1, 9))
    body = [*PARAGRAPHS[:2], table, "What happens next at the old quay", *PARAGRAPHS[2:], "The old quay will be turned into a park with a ferry stop, a market hall and about 400 flats, " "according to the plans the city council presented to residents in a public meeting last month."]
    result = import_text(page(header(), article(body), footer()))
    assert result.title == HEADLINE
    assert_article_whole(result.text, PARAGRAPHS)
    assert "Berth 8" in result.text


def test_a_caption_closed_by_its_photo_credit_goes_and_a_sentence_citing_an_agency_stays():
    caption = "Cranes unloading a ship at the old quay in the early morning (AP Photo/Jane Doe, File)"
    cited = "The decision was expected, a spokesman for the shipping companies told the agency (AFP)."
    body = [*PARAGRAPHS[:2], caption, cited, *PARAGRAPHS[2:]]
    result = import_text(page(header(), article(body), footer()))
    assert "AP Photo" not in result.text
    assert_article_whole(result.text, [*PARAGRAPHS, cited])


def test_headlines_of_other_articles_cut_off_by_the_page_go():
    teasers = "\n".join(
        [
            "Council votes to close the old swimming pool after a long..",
            "Ferry timetable changes for the winter season, passengers…",
            "Fishermen protest against new quotas in front of the town..",
            "Local bakery wins national bread award for the third time..",
        ]
    )
    result = import_text(page(header(), article(), "Back Print List Tweet", "Most read", teasers, footer()))
    assert_article_whole(result.text)
    assert "swimming pool" not in result.text
    assert "bakery" not in result.text


def test_share_and_print_buttons_in_other_languages_go():
    for bar in ("Compartilhar Imprimir", "뒤로가기 인쇄하기 목록 Tweet", "シェア ツイート 印刷", "Condividi Stampa"):
        result = import_text(page(header(), article(), bar, footer()))
        assert bar not in result.text
        assert_article_whole(result.text)


def test_the_article_going_on_below_a_share_bar_in_its_middle_stays():
    gallery = "\n".join(["Cranes at work", "The board meeting", "Protest banner", "Rail yard", "Night shift", "Wind farm"])
    body = [*PARAGRAPHS[:2], gallery, "Share this article\nFacebook\nTwitter", *PARAGRAPHS[2:]]
    result = import_text(page(header(), article(body), footer()))
    assert_article_whole(result.text)


def test_a_comments_button_in_the_share_bar_over_the_article_does_not_cut_off_its_teaser():
    teaser = "The port will grow by a quarter within five years."
    bar = "\n".join(["Facebook", "Twitter", "Comments", "Print", "Email"])
    video = page("By Jane Doe", "close", "video", "Harbour chief explains the plan", "The chairwoman talks about the decision in a short video.")
    result = import_text(page(header(), HEADLINE, teaser, bar, video, *PARAGRAPHS, footer()))
    assert result.title == HEADLINE
    assert teaser in result.text
    assert_article_whole(result.text)
    assert "Comments" not in result.text


def test_a_newsletter_box_under_the_article_goes():
    box = page(
        "Stay up to date with the Coastal Courier.",
        "Subscribe to our newsletter",
        "You have successfully subscribed. Thank you!",
        "An email with an activation link has just been sent to your address.",
    )
    result = import_text(page(header(), article(), box, footer()))
    assert_article_whole(result.text)
    assert "activation link" not in result.text
    assert "Stay up to date" not in result.text


def test_an_advertisement_and_a_subscription_promotion_inside_the_article_do_not_end_it():
    promo = page("Anzeige", "Exklusiv für Abonnenten", "Jetzt abonnieren", "Lesen Sie auch: Fishermen protest against new quotas")
    captions = "\n".join(["The quay at dawn", "Cranes at work", "The board meeting", "Protest banner", "Rail yard", "Night shift"])
    body = [*PARAGRAPHS[:4], captions, promo, *PARAGRAPHS[4:]]
    result = import_text(page(header(), article(body), footer()))
    assert_article_whole(result.text)
    assert "Jetzt abonnieren" not in result.text


def test_the_last_paragraph_below_a_gallery_and_its_share_buttons_stays():
    captions = "\n".join(["The quay at dawn", "Cranes at work", "The board meeting", "Protest banner", "Rail yard", "Night shift"])
    for bar in ("Facebook\nTwitter\nWhatsApp", "12 Comments"):
        body = [*PARAGRAPHS[:4], captions, bar, *PARAGRAPHS[4:]]
        result = import_text(page(header(), article(body), footer()))
        assert_article_whole(result.text)


def test_a_long_comment_right_under_the_article_goes():
    comment = (
        "I have lived next to the harbour for forty years and nobody from the authority ever asked us what we "
        "think about the noise, the lights at night or the trucks on our narrow street."
    )
    thread = page("1 Comment", "Peter Miller", "March 14, 2026 at 9:12 am", comment, "Reply")
    result = import_text(page(header(), article(), thread, footer()))
    assert_article_whole(result.text)
    assert comment not in result.text


def test_a_list_of_key_points_under_the_headline_stays_and_is_not_taken_for_it():
    points = [
        "Fourth terminal approved after six years of planning",
        "Capacity for 1.2 million containers a year",
        "Residents plan to go to court over night noise",
        "Cranes to run on power from offshore wind",
        "Most containers to leave by rail",
        "Construction to start next spring",
        "Court hearing expected in autumn",
        "Rail link to be doubled",
        "New jobs for 800 people",
    ]
    result = import_text(page(header(), HEADLINE, "Key points", "\n".join(points), *PARAGRAPHS, footer()))
    assert result.title == HEADLINE
    assert_article_whole(result.text, PARAGRAPHS + points)


def test_categories_listed_under_the_date_line_are_read_as_tags():
    categories = page("Ports", "Shipping", "Regional economy")
    result = import_text(page(header(), HEADLINE, "March 14, 2026 Jane Doe", categories, *PARAGRAPHS, footer()))
    assert result.tags == ["Ports", "Shipping", "Regional economy"]
    assert "Regional economy" not in result.text
    assert_article_whole(result.text)


def test_related_headlines_quoting_someone_go_with_their_label():
    related = page(
        "Related news",
        "Shipping lines expect record year, says port chief",
        "Rail operator plans new freight hub, says minister",
    )
    body = [*PARAGRAPHS[:3], related, *PARAGRAPHS[3:]]
    result = import_text(page(header(), article(body), footer()))
    assert "says port chief" not in result.text
    assert_article_whole(result.text)


def test_an_article_split_by_an_advertisement_and_a_gallery_keeps_its_first_half():
    # the subheading after the gallery stands next to the larger half of the article and
    # is taken for the headline; the first half above it still speaks of the same things
    first = PARAGRAPHS[:2]
    second = [
        *PARAGRAPHS[2:],
        "The harbour authority expects the container terminal to bring about 800 jobs to the region, "
        "most of them at the operator and in rail logistics around the harbour.",
        "Residents of the villages said the container terminal would double the traffic at night and "
        "asked the harbour authority for a wall against the noise of the cranes.",
    ]
    gallery = "\n".join(f"Photo {n}: the harbour at dawn" for n in range(1, 12))
    text = page(header(), HEADLINE, *first, "Advertisement", gallery, "Terminal Plans Residents", *second, footer())
    cleaned = import_text(text).text
    assert_article_whole(cleaned, first + second)
    assert "Privacy Policy" not in cleaned


def test_a_list_of_other_articles_without_a_label_goes_whatever_its_language():
    # their dates alone on a line, their headlines cut off by the page: no word of the
    # site's language is needed to see a list of other articles
    listing = page(
        "2026年03月02日", "港湾局、新ターミナルの入札を開始..", "2026年02月20日", "冬の嵐でフェリー欠航",
        "2026年02月11日", "漁業組合が新しい市場を..", "Hafen (32)", "Fähren (12)", "Wetter (4)",
    )
    result = import_text(page(header(), article(), listing, footer()))
    assert_article_whole(result.text)
    assert "フェリー欠航" not in result.text
    assert "Fähren (12)" not in result.text


def test_one_date_in_a_gallery_inside_the_article_does_not_end_it():
    gallery = page("March 3, 2026", "The crane at night", "The quay from the ferry", "Trucks at the gate")
    text = page(header(), HEADLINE, *PARAGRAPHS[:3], gallery, *PARAGRAPHS[3:], footer())
    assert_article_whole(import_text(text).text)


def test_a_labelled_author_box_under_the_article_goes():
    for label in ("ABOUT THE AUTHOR", "Über den Autor", "Sobre o autor"):
        box = page(label, "Jane Doe", "Jane writes about shipping, ports and the regional economy since 2019.")
        result = import_text(page(header(), article(), box, footer()))
        assert_article_whole(result.text)
        assert "Jane writes about shipping" not in result.text, label


def test_a_chronology_of_dates_ending_the_article_stays():
    timeline = page("Key dates", "March 3, 2020", "First lockdown", "June 15, 2020", "Shops reopen",
                    "November 2, 2020", "Second lockdown")
    closing = "The authority expects the terminal to be fully booked within two years of its opening."
    result = import_text(page(header(), article(), timeline, closing, footer()))
    assert_article_whole(result.text)
    assert closing in result.text
    assert "Shops reopen" in result.text


def test_a_headline_with_a_date_in_it_stays_the_title():
    headline = "Strike on 12 March 2026 shuts every harbour of the coast"
    result = import_text(page(header(), headline, *PARAGRAPHS, footer()))
    assert result.title == headline


def test_a_list_of_other_articles_under_a_more_from_label_goes():
    listed = [part for headline, teaser in OTHER_STORIES for part in ("Business", headline, teaser)]
    more = page("More From the Coastal Courier", *listed)
    result = import_text(page(header(), article(), page("Newsletter", "Get our daily business newsletter", "Subscribe"),
                              more, footer()))
    assert_article_whole(result.text)
    assert "electric boats" not in result.text
    assert "smaller than first feared" not in result.text


def test_an_author_biography_without_a_label_goes():
    box = page("Jane Doe", "Follow Us", "twitter\ninstagram\nemail",
               "Jane Doe is a business reporter for the Coastal Courier, covering ports, shipping and energy.")
    result = import_text(page(header(), article(), box, footer()))
    assert_article_whole(result.text)
    assert "business reporter for the Coastal Courier" not in result.text


def test_a_box_about_the_company_under_a_press_release_goes_whole():
    about = page("About Harbour Logistics",
                 "Harbour Logistics is a terminal operator with eleven terminals in six countries and employs around "
                 "4,000 people worldwide. The company is listed on the stock exchange since 2004.")
    result = import_text(page(header(), article(), about, footer()))
    assert_article_whole(result.text)
    assert "eleven terminals" not in result.text


def test_a_headline_quoting_someone_over_a_teaser_is_the_title():
    headline = "‘We had some issues,’ port chief says on the terminal vote"
    teaser = "The harbour authority said that the demand for berths had led to some problems in the past year."
    bar = "\n".join(["Facebook", "Twitter", "Show more sharing options", "Copy Link URLCopied!", "Print"])
    result = import_text(page(header(), bar, headline, teaser, "By Jane Doe", "March 14, 2026", bar, *PARAGRAPHS, footer()))
    assert result.title == headline
    assert_article_whole(result.text)
    assert "sharing options" not in result.text


def test_a_title_printed_twice_under_the_site_name_is_the_headline():
    top = page("Ports of the Coast", "Get our free guide to the ports of the coast", "Start", HEADLINE, HEADLINE,
               "Jane Doe 14/03/2026 2 comments Business, Ports", "Tempo de leitura: 2 minutos")
    result = import_text(page(top, *PARAGRAPHS))
    assert result.title == HEADLINE
    assert "free guide" not in result.text
    assert "Tempo de leitura" not in result.text
    assert_article_whole(result.text)


def test_the_comment_form_and_a_search_box_of_a_blog_go():
    form = page("You must be logged in to post a comment.",
                "Your email address will not be published. Required fields are marked *", "Search for: Search",
                "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.")
    result = import_text(page(article(), form))
    assert_article_whole(result.text)
    for gone in ("logged in", "will not be published", "Search for", "Utilizziamo"):
        assert gone not in result.text, gone


def test_a_related_box_inside_the_article_keeps_the_paragraphs_after_it():
    box = page("More from the Coastal Courier", *OTHER_HEADLINES[:2])
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS[:2], box, *PARAGRAPHS[2:], footer()))
    assert_article_whole(result.text)


def test_paragraphs_after_a_related_box_and_a_gallery_inside_the_article_stay():
    box = page("Related stories", *OTHER_HEADLINES[:3])
    captions = "\n".join(["The quay at dawn", "Cranes at work", "The board meeting", "Protest banner"])
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS[:3], box, captions, *PARAGRAPHS[3:], footer()))
    assert_article_whole(result.text)


def test_a_back_link_and_a_byline_under_the_teaser_are_no_part_of_the_article():
    teaser = "The board's decision ends six years of planning, and residents have already announced a lawsuit."
    top = page("Back to news", HEADLINE, teaser, "By Jane Doe", "Continue reading the main story")
    result = import_text(page(top, *PARAGRAPHS))
    assert result.title == HEADLINE
    assert result.author == "Jane Doe"
    assert "Back to news" not in result.text
    assert "By Jane Doe" not in result.text
    assert "Continue reading" not in result.text
    assert_article_whole(result.text)


def test_the_first_half_of_an_article_split_by_an_advert_and_a_gallery_stays():
    first = [
        "The port's new terminal will change the way containers reach the inland cities, the authority said, "
        "because most of them are to travel by rail from the quay to the logistics centres.",
        "Rail operators expect to run up to forty container trains a day from the terminal once it is fully "
        "booked, twice as many as the port handles today.",
    ]
    gallery = "\n".join(["The quay at dawn", "Cranes at work", "The board meeting", "Protest banner", "Rail yard",
                         "Night shift"])
    subheading = "Terminal Container Trains Authority"
    result = import_text(page(header(), HEADLINE, *first, "Advertisement", gallery, subheading, *PARAGRAPHS, footer()))
    assert_article_whole(result.text, first + PARAGRAPHS)


def test_a_short_article_over_a_longer_list_of_other_articles_with_their_share_bars_stays_alone():
    signed = (
        "The harbour authority approved the fourth container terminal on Tuesday. The board voted eleven to two. "
        "Residents announced a challenge in court because of the noise at night. Construction is to start next "
        "spring — Jane Doe, Coastal Courier"
    )
    bar = "Whatsapp Facebook Pint Baixar"
    others = [
        "The ferry operator ordered two electric boats for the island route. They are to enter service in 2028 "
        "and replace the diesel ferries that have served the route since the nineties.",
        "The council delayed the vote on the bypass again. Members asked for a new traffic study before they "
        "decide, and the mayor said he expected a decision before the summer break.",
        "The fish market reopened after the storm. Traders said the damage was smaller than first feared, and "
        "the insurance will cover most of the repairs to the roof and the cold stores.",
        "The airport expects a record summer. Bookings are up by a fifth on last year, the operator said, and "
        "two new routes to the south will open in May.",
    ]
    listed = [part for other in others for part in (bar, other)]
    topics = "\n".join(["Topics", "Ports", "Ferries", "Council", "Fishing", "Airport", "Weather", "Tourism", "Jobs"])
    result = import_text(page(header(), HEADLINE, bar, signed, "You may like...", *listed, topics, footer()))
    assert signed in result.text
    assert "electric boats" not in result.text
    assert "record summer" not in result.text
    assert "Tourism" not in result.text


def test_a_card_of_another_article_set_into_the_text_goes():
    title, teaser = OTHER_STORIES[0]
    for card in ([title, title, teaser], ["Business", title, "Business", title, teaser]):
        result = import_text(page(header(), HEADLINE, *PARAGRAPHS[:2], *card, *PARAGRAPHS[2:], footer()))
        assert_article_whole(result.text)
        assert "electric boats" not in result.text
        assert "island route" not in result.text


def test_a_related_list_under_more_with_a_colon_goes():
    box = page("More:", *OTHER_HEADLINES[:3])
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS[:2], box, *PARAGRAPHS[2:], footer()))
    assert_article_whole(result.text)
    assert "electric boats" not in result.text


def test_a_breadcrumb_printed_before_the_headline_is_not_part_of_the_title():
    result = import_text(page(header(), f"News » Business » {HEADLINE}", *PARAGRAPHS, footer()))
    assert result.title == HEADLINE
    assert_article_whole(result.text)


def test_the_rules_of_the_comment_thread_close_the_article_and_the_sidebar_under_them_goes():
    rules = "ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador."
    sidebar = page(
        *COLUMNS_SIDEBAR,
        "» Podcast",
        "The big return of our weekly podcast, talking about everything that has happened in the harbour.",
    )
    short = PARAGRAPHS[:2]
    result = import_text(page(header(), HEADLINE, *short, "Share this on WhatsApp", rules, sidebar, footer()))
    assert_article_whole(result.text, short)
    assert rules not in result.text
    assert "weekly podcast" not in result.text
    assert "winter season" not in result.text


def test_a_list_announced_by_a_colon_ends_at_the_comment_rules():
    table = "\n".join(f"{n} Terminal {n} {100 * n} {n % 3}" for n in range(1, 30))
    intro = "The port published the handling figures of all its terminals for the year:"
    sidebar = page(*COLUMNS_SIDEBAR)
    result = import_text(page(header(), HEADLINE, PARAGRAPHS[0], intro, table, "Comments are moderated.", sidebar, footer()))
    assert intro in result.text and "29 Terminal 29 2900 2" in result.text
    assert "winter season" not in result.text


def test_the_community_rules_under_an_article_split_by_a_box_do_not_outweigh_it():
    rules = page(
        "Community standards",
        *(f"A user comment will be deleted if it {what}, as the administration of the website decides in each "
          f"case after a review by the moderators of the discussion." for what in (
            "does not correspond with the subject of the post", "promotes hatred or discrimination",
            "contains insults or threats to other users", "violates the privacy of third parties",
            "contains advertising or spam", "contains links to malicious software",
            "floods the thread with incoherent messages", "is written in capital letters")),
    )
    box = "\n".join(["Advertisement", *MENU, "Terminal Plans"])
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS[:2], box, *PARAGRAPHS[2:], footer(), rules))
    assert_article_whole(result.text)
    assert "user comment will be deleted" not in result.text


def test_the_topics_glued_under_the_article_are_read_as_tags():
    glued = "Company TownHarbourBusinessTransport & Logistics"
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS, glued, "Newsletter", footer()))
    assert_article_whole(result.text)
    assert glued not in result.text
    assert result.tags == ["Company Town", "Harbour", "Business", "Transport & Logistics"]


def test_a_byline_without_by_next_to_the_date_is_the_author():
    result = import_text(page(header(), HEADLINE, "Anna Menin", "Anna Menin", "Share", "March 14, 2026", "5:53 PM",
                              *PARAGRAPHS, footer()))
    assert result.author == "Anna Menin"
    assert "Anna Menin" not in result.text and "5:53 PM" not in result.text
    assert_article_whole(result.text)


def test_a_heading_next_to_the_date_is_no_author():
    result = import_text(page(header(), HEADLINE, "Container Terminal", "March 14, 2026", *PARAGRAPHS, footer()))
    assert result.author != "Container Terminal"
    assert_article_whole(result.text)


def test_a_newsletter_box_under_the_article_opens_the_page_below():
    box = page("Sign up for our daily newsletter and get the top stories.", "Your e-mail address", "Send")
    offers = page(
        "Reader offers", "Harbour cruise", "Island weekend", "Lighthouse tour", "Fish market dinner",
        "Book a guided tour of the new terminal with our reporters and enjoy a dinner at the fish market afterwards.",
    )
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS, box, offers, footer()))
    assert_article_whole(result.text)
    assert "guided tour" not in result.text


def test_comment_rules_printed_over_the_article_do_not_cost_it():
    tagline = "The Coastal Courier brings you the news from the harbour and the islands every single day."
    result = import_text(page(header(), tagline, HEADLINE, "Posted on March 14, 2026 by admin", "Comments are closed.",
                              *PARAGRAPHS, footer()))
    assert_article_whole(result.text)
    assert "Comments are closed." not in result.text


def test_a_list_of_other_articles_under_the_same_kicker_goes_with_the_blog_around_it():
    listed = page("You may also like",
                  "Harbour 0", "Where is the best place to watch the ships come in?",
                  "Harbour 0", "The ferry that has crossed the bay for fifty years",
                  "Harbour 0", "Why do the cranes stand still on Sundays?",
                  "Harbour 0", "Fish soup: the recipe of the harbour canteen")
    form = page("Leave a Reply", "Name *", "Email *", "Comment",
                "Save my name, email, and website in this browser for the next time I comment.")
    sidebar = page("Search:", "Recent Posts", "Where is the best place to watch the ships come in?",
                   "The ferry that has crossed the bay for fifty years", "Recent Comments",
                   "Peter on The ferry that has crossed the bay", "Anna on Fish soup: the recipe")
    result = import_text(page(header(), HEADLINE, *PARAGRAPHS, listed, form, sidebar, footer()))
    assert_article_whole(result.text)
    for gone in ("watch the ships", "Sundays", "Save my name", "Peter on"):
        assert gone not in result.text


# --- lines left under the article's last sentence ----------------------------------


def test_short_lines_under_the_last_sentence_of_a_web_page_go_whatever_their_words():
    # fewer than a list's four lines, and no label over them: an event's box, a writer's button
    leftovers = ["View Bio", "Harbour Summit 2026", "Rotterdam", "October 27-29, 2026", "REGISTER NOW"]
    result = import_text(page(header(), article(), "\n".join(leftovers)))
    assert_article_whole(result.text)
    kept = result.text.split("\n")
    for line in leftovers:
        assert line not in kept, line
    # in a document without a page around it, the same lines are the author's and stay
    document = import_text(page(HEADLINE, *PARAGRAPHS, "\n".join(leftovers)))
    assert "October 27-29, 2026" in document.text


def test_a_table_of_key_figures_ending_the_article_stays_without_an_announcement():
    table = ["Key figures of the port", "in million TEU 2025 2024", "Containers handled 4.1 3.9",
             "Rail share in % 48 45"]
    result = import_text(page(header(), article(), "\n".join(table), footer()))
    assert_article_whole(result.text)
    for row in table:
        assert row in result.text, row


def test_points_set_with_bullets_ending_the_article_stay():
    points = ["• Fourth terminal for 1.2 million containers", "• Opening planned for 2029",
              "• Cranes on wind power"]
    result = import_text(page(header(), article(), "\n".join(points), footer()))
    assert_article_whole(result.text)
    for point in points:
        assert point in result.text, point
