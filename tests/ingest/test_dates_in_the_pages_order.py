"""Dates of more pages: in the order the page writes its others, with spaced hyphens, under a
headline of two sentences in title case.

The pages are written for these tests (no corpus text): an association's release dated
'05/03/2025' with a related release dated '19/02/2025' below it; a US page dated
'03/05/2025' beside '02/19/2025'; a ministry's page dated 'Jul - 02 - 2025 , 07:45'; a weekly
whose headline is two sentences in title case over its teaser, byline and date line. A page
that shows no order, or both, gets no date from an ambiguous one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.ingest import import_text
from briefing_app.ingest.dates import find_date

from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

HEADLINE = "Chemical imports from China hit record as EU industry calls for faster trade defence"


def _release(stamp: str, other: str) -> str:
    return lines(*EN_MENU, "Media corner", "Press releases", HEADLINE, "Press release", stamp, HEADLINE,
                 *EN_PARAGRAPHS, "Related press releases", "Chemical output falls for a third year", other,
                 "Share", "Print")


@pytest.mark.parametrize(("stamp", "other", "day"), [
    ("05/03/2025", "19/02/2025", dt.date(2025, 3, 5)),
    ("03/05/2025", "02/19/2025", dt.date(2025, 3, 5)),
    ("05/03/2025", "13/02/2025", dt.date(2025, 3, 5)),
])
def test_an_ambiguous_date_line_is_read_in_the_order_of_the_pages_other_dates(stamp, other, day):
    result = import_text(_release(stamp, other))
    assert result.published == day
    assert_gone(result.text, ["Press release", stamp, HEADLINE])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_without_an_order_shown_an_ambiguous_date_is_not_guessed():
    assert import_text(_release("05/03/2025", "04/02/2025")).published is None
    assert import_text(_release("05/03/2025", "19/02/2025 and 02/19/2025")).published is None
    assert find_date("05/03/2025") is None


def test_a_date_with_spaced_hyphens():
    result = import_text(lines(*EN_MENU, HEADLINE, "Jul - 02 - 2025 , 07:45", *EN_PARAGRAPHS))
    assert result.published == dt.date(2025, 7, 2)


def test_the_date_line_under_a_headline_of_two_sentences_in_title_case_and_its_teaser():
    headline = "A German Truck Parts Maker in North Portland Is Betting on the Port. Tariff Talk Might Wreck the Plan."
    teaser = "The company wants to ship axles to Asia from Terminal 6. A trade war with China would make that harder."
    page = [*EN_MENU, "News", headline, teaser, "By Jonah Feld", "November 13, 2024 at 5:40 am PST",
            "The plant on North Columbia Boulevard. (Celia Marsh)", *EN_PARAGRAPHS,
            "More News", "Council candidates spent record sums", "Nov. 12, 2024"]
    result = import_text("\n\n".join(page))  # (a weekly's page copies with blank lines between its blocks)
    assert result.published == dt.date(2024, 11, 13)
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
