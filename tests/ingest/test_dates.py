from __future__ import annotations

from datetime import date

import pytest

from briefing_app.ingest.dates import find_date, has_date_stamp, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.10.2026", date(2026, 10, 14)),
        ("14.10.26", date(2026, 10, 14)),
        ("14. Oktober 2026", date(2026, 10, 14)),
        ("3. März 2026", date(2026, 3, 3)),
        ("14 October 2026", date(2026, 10, 14)),
        ("October 14, 2026", date(2026, 10, 14)),
        ("Oct. 14 2026", date(2026, 10, 14)),
        ("2026-10-14T12:30:00+02:00", date(2026, 10, 14)),
        ("2026年10月14日", date(2026, 10, 14)),
        ("2026.10.14", date(2026, 10, 14)),
        ("10/14/2026", date(2026, 10, 14)),
        ("14/10/2026", date(2026, 10, 14)),
        # the label glued to the date, as a copied date line gives it
        ("Published21 Jan 2026, 05:42 PM IST", date(2026, 1, 21)),
        ("UpdatedOct 14, 2026", date(2026, 10, 14)),
    ],
)
def test_dates_in_german_and_english(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "03/04/2026", "31/31/2026", "rund 4.300 Projekte", "Mai 2026", "",
                                  "Version 2025.1.2.3", "2026.13.40", "Covid19 March 2020"])
def test_no_date_from_impossible_or_ambiguous_text(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Posted on Maret 30, 2015 by Admin",
        "02 Ago 2017",
        "기사입력 :[ 2018-08-25 15:24 ]",
        "by Lighthouse ／ 2016.12.01",
        "2019年11月20日",
        "30/11/2019",
        "Updated 14:35",
    ],
)
def test_date_stamps_in_any_language_are_told_from_headlines(text):
    assert has_date_stamp(text)


@pytest.mark.parametrize(
    "text",
    ["Harbour authority approves the new container terminal", "Budget 2026: what changes for savers", "Top 10 ports in 2025"],
)
def test_a_headline_with_a_year_is_no_date_stamp(text):
    assert not has_date_stamp(text)
