"""Headers, signatures and widgets of more news sites, newsrooms and trade journals.

The pages are written for these tests (no corpus text): a broadcaster's header with its
notice, two labelled dates and dashed bylines; a government newsroom whose release ends
with a quotation and its speaker; a writer's box printed over the headline; captions
closed by a paper's photo credit in several forms; a regional portal's weather box and
the menu over the headline; the site's copyright under the last paragraph. Each test
asserts what a reader of the cleaned text notices; guards keep sentences of the same
shape.
"""

from __future__ import annotations

import datetime as dt

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "EU and China reopen talks on electric-vehicle tariffs as German automakers push for a deal"
DE_HEADLINE = "Südtiroler Zulieferer spüren Gegenwind aus China"


def test_a_broadcasters_header_with_its_notice_two_dates_and_dashed_bylines():
    header = ["Notice: Transcripts are available for most segments. Check back for updates.", "Economy", EN_HEADLINE,
              "Economy Updated on Oct 21, 2025 4:05 PM EDT — Published on Oct 21, 2025 1:17 PM EDT",
              "By — Martin Delacroix, Associated Press", "Leave your feedbackShare",
              "Copy URL https://www.example.org/newshour/economy/eu-and-china-reopen-talks"]
    credit = "Associated Press writer Jana Weiland in Berlin contributed to this report."
    result = import_text(lines(EN_MENU, "Donate", *header, *EN_PARAGRAPHS, credit))
    assert result.title == EN_HEADLINE
    assert result.published == dt.date(2025, 10, 21)
    assert_gone(result.text, [*header, credit])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_dates_glued_to_the_writer_or_written_with_hyphens_are_read():
    for stamp, day in (("By Owen Carrick21 May 2025", dt.date(2025, 5, 21)), ("20-Feb-2025", dt.date(2025, 2, 20))):
        result = import_text(lines(EN_MENU, EN_HEADLINE, stamp, *EN_PARAGRAPHS))
        assert result.published == day, stamp
        assert_gone(result.text, [stamp])
    # a flight's number before a month is no writer's name glued to a day
    assert import_text(lines(EN_MENU, EN_HEADLINE, "Flight MH17 May 2025 schedule", *EN_PARAGRAPHS)).published is None


def test_the_speaker_signing_the_last_quotation_of_a_release_stays():
    quote = "“We want to build the stacks for that market here, not ship them across the Atlantic.”"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "February 20, 2025", *EN_PARAGRAPHS, quote,
                               "- Florian Baumgart", "Chief Executive Officer, Solvera Wasserstoff GmbH",
                               "Additional Resources", "Invest in Ontario"))
    assert "- Florian Baumgart\nChief Executive Officer, Solvera Wasserstoff GmbH" in result.text
    assert_gone(result.text, ["Additional Resources", "Invest in Ontario"])


def test_a_writers_box_over_the_headline_and_a_breadcrumb_with_the_title():
    headline = "Chinese auto parts maker to build EUR 120 mln plant in Arad to supply German carmakers"
    box = ["Profile picture for user radui", "Radu Ionescu",
           "Radu studied international relations in Cluj-Napoca and has covered business in Romania since 2012."]
    result = import_text(lines(EN_MENU, *box, "Business", headline, "20 May 2025", *EN_PARAGRAPHS))
    assert result.title == headline
    assert_gone(result.text, box)
    result = import_text(lines("Main / News / " + headline, "News", "Global market", headline, "6 February 2025, 11:20",
                               *EN_PARAGRAPHS))
    assert result.title == headline


def test_captions_closed_by_a_papers_credit_go_and_the_first_paragraph_stays():
    for caption in (
        "Officials exchange documents after signing the MoU in Chandigarh on Tuesday. Tribune photo",
        "WORKERS assemble wiring harnesses at a factory in Tanauan City, Batangas. CONTRIBUTED PHOTO",
        "The facility is expected to be operational in 2026. - Pic courtesy of Albrecht Werkzeugmaschinen",
        "Container ships at the terminals in the Port of Rotterdam - Credit: Freek van Arkel / Port of Rotterdam - "
        "License: Editorial use",
    ):
        result = import_text(lines(EN_MENU, EN_HEADLINE, "February 20, 2025", "featured-img", caption, *EN_PARAGRAPHS))
        assert result.title == EN_HEADLINE
        assert_gone(result.text, [caption, "featured-img"])
        assert_whole(result.text, EN_PARAGRAPHS)
    # a caption printed twice with its credit in square brackets is no card of another article
    caption = "Lekki Deep Sea Port [PHOTO CREDIT: @LekkiPort]"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "byChinedu Okonkwo", "October 7, 2025", "A A", caption, caption,
                               *EN_PARAGRAPHS))
    assert result.author == "Chinedu Okonkwo"
    assert_gone(result.text, [caption, "A A"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_regional_portals_weather_over_the_headline_and_its_copyright_under_the_text():
    page = lines(DE_MENU, "Dienstag, 14. Oktober 2025", "Bozen 16° leicht bewölkt", "Wirtschaft | Umfrage", DE_HEADLINE,
                 "Von Stefan Kofler", "14. Oktober 2025 | 16:42", *DE_PARAGRAPHS,
                 "Um Artikel kommentieren zu können, müssen Sie sich anmelden.", "© Alle Rechte vorbehalten", "Teilen")
    result = import_text(page)
    assert result.title == DE_HEADLINE
    assert_whole(result.text, DE_PARAGRAPHS)  # (the last paragraph over the copyright is no caption)
    assert_gone(result.text, ["Bozen 16° leicht bewölkt", "Um Artikel kommentieren zu können, müssen Sie sich anmelden."])
    # 'Newsticker' as one entry of the menu over the headline is no label of a list the headline belongs to
    result = import_text(lines("Politik", "Newsticker", "Reise", "Wissen", "Auto", "Inland", DE_HEADLINE,
                               "14. Oktober 2025 | 16:42", *DE_PARAGRAPHS))
    assert result.title == DE_HEADLINE


def test_lines_shaped_like_these_widgets_stay():
    """Temperatures in sentences and a table, contributions and photos in a report's
    sentences, a colleague's contribution inside an obituary, a paragraph closed by a note
    on its chart, a list of rivers, a notice the article reports (the review's cases), and
    an agency named before its byline."""
    kept = [
        "The plant runs its kilns at 1,450 °C, the company said, and needs gas around the clock.",
        "Die Anlage läuft bei 90 °C",
        "The fund contributed to this report on climate finance, which was published in May.",
        "Chinese suppliers contributed reporting errors to the audit, the inspectors found.",
        "The family keeps one picture of the founder in the hall. Tribune photo archives hold the rest.",
        "Highest temperatures on Sunday:", "El Granado 46°C", "Seville 44°C", "Neuer Rekord 39 °C in Salurn",
        "In 2018 her colleague Omar Haddad and Maya Chen contributed reporting from Mosul.",
        "Der Wetterdienst erwartet bis Mittwoch weitere Niederschläge. [Bild: Niederschlagsradar des DWD, Stand 6 Uhr]",
        "Main / Rhein / Kinzig",
        "Notice: Public comment on the budget is open until March 3. Check back for updates.",
    ]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "February 20, 2025", EN_PARAGRAPHS[0], *kept, *EN_PARAGRAPHS[1:]))
    assert_whole(result.text, [*kept, *EN_PARAGRAPHS])
    for byline, writer in (("AP | By Illia Novikov", "Illia Novikov"), ("dpa | Von Anna Meier", "Anna Meier")):
        assert import_text(lines(EN_MENU, EN_HEADLINE, byline, "February 20, 2025", *EN_PARAGRAPHS)).author == writer
    # a headline under a writer's box that opens with the writer's name is no biography
    headline = "Gold hits record high as investors seek safety"
    result = import_text(lines(EN_MENU, "Profile picture for user rgold", "Rachel Gold", headline, "20 May 2025",
                               *EN_PARAGRAPHS))
    assert result.title == headline
