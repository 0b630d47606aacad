"""A paper's byline, its photographers' credits, its offers and its notes around the article.

The pages are written for these tests (no corpus text), in the layouts of news sites: the
writer's name over the paper's name over a date line with the hour alone ('6 a.m.'), a
picture's caption over its photographer and paper, a public broadcaster's note on its
members. Each test asserts what a reader of the cleaned text notices — the writer, the
date, the furniture gone, every paragraph still there — and the guards keep the lines of
articles that share a shape with the furniture.
"""
from __future__ import annotations

from datetime import date

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German supplier to add 400 jobs in Auburn Hills, move e-axle work from Bavaria"


def test_the_writer_over_the_papers_name_over_the_date_line_is_the_byline():
    result = import_text(lines(EN_MENU, "AUTOS", EN_HEADLINE, "Kara Whitlock", "The Detroit News",
                               "Published 6:02 a.m. ET Jan. 14, 2025 | Updated 11:47 a.m. ET Jan. 14, 2025",
                               *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert result.author == "Kara Whitlock"
    assert result.outlet == "The Detroit News"
    assert_gone(result.text, ["Kara Whitlock", "The Detroit News"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_date_line_with_the_hour_alone_dates_the_article():
    for stamp in ("Jan. 27, 2026 6 a.m. Updated: Jan. 27, 2026 10:14 a.m.", "Jan. 27, 2026 11 pm"):
        result = import_text(lines(EN_MENU, EN_HEADLINE, "By Nadia Ferreira (OPB)", stamp, *EN_PARAGRAPHS))
        assert result.published == date(2026, 1, 27)
        assert_gone(result.text, [stamp])
        assert_whole(result.text, EN_PARAGRAPHS)


def test_a_caption_over_its_photographer_and_paper_goes_and_a_signed_last_paragraph_stays():
    captions = [("A technician inspects a vacuum chamber at a supplier in Hillsboro. The company has lost most of "
                 "its sales to Chinese chip factories.", "Nadia Ferreira / OPB"),
                ("The supplier's North American headquarters would more than double in size under the plan.",
                 "Daniel Mears, The Detroit News")]
    article = [EN_PARAGRAPHS[0], *captions[0], EN_PARAGRAPHS[1], EN_PARAGRAPHS[2], *captions[1], *EN_PARAGRAPHS[3:]]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", *article))
    assert_gone(result.text, [line for pair in captions for line in pair])
    assert_whole(result.text, EN_PARAGRAPHS)
    # the same line under the article's last paragraph signs it off: the paragraph is the article's
    last = "Suppliers that cannot move production will have to find customers closer to home, she said."
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS, last,
                               "Daniel Mears, The Detroit News"))
    assert_whole(result.text, [*EN_PARAGRAPHS, last])


def test_a_broadcasters_note_on_its_members_under_the_article_goes_and_the_tags_are_read():
    note = "OPB is a 501(c)(3) nonprofit organization. Our reporting is made possible by the support of our members."
    result = import_text("\n\n".join([EN_HEADLINE, "Published: 22 January 2026", *EN_PARAGRAPHS,
                                      "Tags: Business, Economy, Oregon, China, Trade", "Related Stories",
                                      "Oregon’s semiconductor workforce push stalls as chip hiring cools", note,
                                      "Become a Sustaining Member"]))
    assert_gone(result.text, [note, "Tags: Business, Economy, Oregon, China, Trade"])
    assert "Trade" in result.tags
    assert_whole(result.text, EN_PARAGRAPHS)
    # a report on a nonprofit saying the same of itself in a sentence is text
    reported = ("The foundation said its programmes were made possible by the support of our members, "
                "according to its annual report.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", EN_PARAGRAPHS[0], reported,
                               *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, reported])


def test_a_trial_offer_over_the_header_is_no_title_and_a_broadcasters_programme_note_goes():
    headline = "Chinesischer Investor steigt bei Bruchsaler Zulieferer ein"
    note = "Über dieses Thema hat auch die SR info Rundschau am 16.01.2025 berichtet."
    result = import_text("\n\n".join([*DE_MENU, "BNN+ für 0,99 € testen", "Region / Bruchsal", "Autozulieferer",
                                      headline, "Von Daniel Stoll", "24. September 2025 | 18:42 Uhr",
                                      *DE_PARAGRAPHS, note]))
    assert result.title == headline
    assert_gone(result.text, ["BNN+ für 0,99 € testen", note])
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_press_releases_label_end_mark_and_the_sites_boxes_around_it_go():
    furniture = ["Advertisement - scroll to continue reading", "ENDS", "Share article on social media or email:",
                 "Sign In or Create an Account", "View more offers",
                 "Published by Globes, Israel business news - en.globes.co.il - on February 12, 2025."]
    headlines = ["Business Headlines", "Reserve Bank Of New Zealand: Monetary Policy Statement Date Confirmed",
                 "Stats NZ: Overseas Merchandise Trade: January 2026"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Wednesday, 11 February 2026, 11:42 am",
                               "Press Release: Aotearoa Precision Engineering Association", EN_PARAGRAPHS[:2],
                               furniture[0], EN_PARAGRAPHS[2:], *furniture[1:], *headlines))
    assert result.outlet == "Aotearoa Precision Engineering Association"
    assert_gone(result.text, [*furniture, *headlines, "Press Release: Aotearoa Precision Engineering Association"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_writers_with_their_places_in_brackets_read_more_glued_to_a_headline_and_a_translation_note_go():
    byline = ("By Julien Maréchal (Frankfurt, special correspondent) and Claire Fournet (Brussels, European Union "
              "correspondent)")
    glued = "Read more Subscribers only Germany's industry faces a 'structural' decline, warn economists"
    notes = ["Julien Maréchal(Frankfurt, special correspondent)",
             "Claire Fournet(Brussels, European Union correspondent)",
             "Translation of an original article published in French on lemonde.fr; the publisher may only be "
             "liable for the French version."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, byline, "Published on September 24, 2025, at 6:00 pm (Paris)",
                               EN_PARAGRAPHS[:2], glued, EN_PARAGRAPHS[2:], *notes))
    assert result.author == "Julien Maréchal and Claire Fournet"
    assert_gone(result.text, [byline, glued, *notes])
    assert_whole(result.text, EN_PARAGRAPHS)
    # 'Read more' going on a sentence, and an end that is a word of the text, are the article's
    sentences = ["Read more about the plan in the commission's report, which was published on Tuesday.",
                 "Press release: the company said in a short statement that the talks had ended without a deal."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", EN_PARAGRAPHS[0], *sentences,
                               *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*EN_PARAGRAPHS, *sentences])


def test_ad_buttons_form_messages_disclaimers_and_credits_after_a_comma_go():
    furniture = ["Hide Ad", "Submitting...", "Thank you for signing up!",
                 "This article does not constitute financial product advice. You should consider obtaining "
                 "independent advice before making any financial decisions.",
                 "At Stockhead, we tell it like it is. While Kalkaroo Graphite is a Stockhead advertiser, it did not "
                 "sponsor this article."]
    caption = ("Chinese brands have grown to more than 15% of new passenger vehicle sales in South Africa. "
               "Image: Waldo Swiegers, Bloomberg")
    courtesy = ["Workers inspect motor components at a plant in Changshu, Jiangsu Province, China, in November.",
                "Courtesy of Kisaragi Seiko Co."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published: 22 January 2026", "Share", "Email", *courtesy,
                               EN_PARAGRAPHS[0], "Advertisement", furniture[0], EN_PARAGRAPHS[1], caption,
                               furniture[1], furniture[2], *EN_PARAGRAPHS[2:], *furniture[3:],
                               "You might be interested in", "Rare earths juniors rally as Brussels lines up financing"))
    assert_gone(result.text, [*furniture, caption, *courtesy])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_papers_desk_signing_beside_the_date_line_is_the_byline_and_send_by_email_a_button():
    for desk in ("Coatings World Staff", "Star Business Report", "Redazione ANSA"):
        result = import_text(lines(EN_MENU, EN_HEADLINE, desk, "Published: 22 January 2026", "Print",
                                   "Send by email", *EN_PARAGRAPHS))
        assert result.author == desk
        assert_gone(result.text, [desk, "Send by email"])
        assert_whole(result.text, EN_PARAGRAPHS)


def test_a_byline_parted_from_its_date_line_by_a_dash_and_the_writers_photo_label_under_the_article():
    bio = ("Marlene is the site's senior policy reporter, based in Berlin. She covers trade, energy, and industrial "
           "policy in Europe.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Marlene Vogt", "–", "Feb 10, 2026 2:05 PM", "|", "214",
                               *EN_PARAGRAPHS, "Photo of Marlene Vogt", "Marlene Vogt", "Senior Policy Reporter", bio))
    assert result.author == "Marlene Vogt"
    assert_gone(result.text, ["Marlene Vogt", "–", "|", "214", "Photo of Marlene Vogt", bio])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_follow_button_between_the_byline_and_the_date_line_goes():
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Kristina Havel", "Follow", "Feb. 18, 2025 at 9:14 a.m. ET",
                               *EN_PARAGRAPHS))
    assert result.author == "Kristina Havel"
    assert_gone(result.text, ["Follow"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_radios_label_a_trust_badge_share_now_and_a_representational_image_go():
    furniture = ["Heard on Morning Edition", "Newsweek Is A Trust Project Member", "Share Now on:",
                 "Representational image of a chemical plant | Commons"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Jane Harper", "June 13, 2024", *furniture, *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, furniture)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_public_radios_page_byline_with_its_city_player_title_and_appeal():
    player = ["Listen", "Minnesota firms pitch to German buyers at Hannover Messe", "3min"]
    appeal = ["Your support matters.", "Donate today. A gift of $17 makes a difference."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Nina Hollingsworth", "St. Paul", "April 3, 2025 5:00 AM",
                               "Share", *player, *EN_PARAGRAPHS, *appeal))
    assert result.author == "Nina Hollingsworth"
    assert_gone(result.text, ["Nina Hollingsworth", "St. Paul", *player, *appeal])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_cards_dated_with_their_time_a_short_year_with_the_time_and_credits_of_three_more_forms():
    cards = ["More Business News", "Huntsville defense contractor wins $84 million Army contract",
             "Mar. 03, 2025, 4:12 p.m.", "Mobile port container volumes hit record in February",
             "Mar. 03, 2025, 1:45 p.m."]
    captions = ["Stefanie Kessler, managing director of the firm, at the industrial park building the company will "
                "lease.", "DANIEL KORNELSEN / FREE PRESS",
                "Chief executive Matthias Hohlfeld (centre) with state officials at the plant's launch today. "
                "(Kessler-Brandt pic)",
                "Workers at the construction site of a chemical plant in Central Java, on Monday (October 6, 2025). "
                "(ANTARA/HO-KITB)"]
    notice = ("If you purchase a product or register for an account through a link on our site, we may receive "
              "compensation. By using this site, you consent to our User Agreement.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "FMT Reporters", "18th Nov 25, 10:31am", *captions[:2],
                               EN_PARAGRAPHS[0], captions[2], EN_PARAGRAPHS[1], captions[3], *EN_PARAGRAPHS[2:],
                               notice, *cards))
    assert result.published == date(2025, 11, 18)
    assert result.author == "FMT Reporters"
    assert_gone(result.text, [*cards, *captions, notice, "FMT Reporters"])
    assert_whole(result.text, EN_PARAGRAPHS)
    keywords = "KEYWORDS Boone County / Economic Development / Manufacturing"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Jane Doe", "June 3, 2025", *EN_PARAGRAPHS, keywords, "About us"))
    assert result.tags == ["Boone County", "Economic Development", "Manufacturing"]
    assert_gone(result.text, [keywords])


def test_a_maps_label_a_sites_credit_in_lower_case_and_the_authors_box_label_in_gender_neutral_german():
    caption = ("Schweinehälften in einem Schlachthof: Nach China gehen vor allem Nebenprodukte. "
               "© agrarheute/Jens Hagedorn")
    box = ["Autor:innen", "Jonas Greve", "Redakteur bei KATAPULT MV. Schreibt über Häfen, Energie und die Ostsee."]
    result = import_text(lines(DE_MENU, "Chinesische Turbinen für Ostsee-Windpark?", "Von Jonas Greve",
                               "12.06.2025", DE_PARAGRAPHS[0], "Karte: KATAPULT MV – Geplante Offshore-Windparks",
                               DE_PARAGRAPHS[1], caption, *DE_PARAGRAPHS[2:], *box))
    assert_gone(result.text, ["Karte: KATAPULT MV – Geplante Offshore-Windparks", caption, *box])
    assert_whole(result.text, DE_PARAGRAPHS)
