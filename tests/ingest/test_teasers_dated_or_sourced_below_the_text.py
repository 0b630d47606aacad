"""Other articles' headlines under the text, each with its date or its source.

A list of teasers below the article goes whatever it carries: a date under each headline is
no row of a table, and a headline that names its source ('…, says SEMI') is no sentence of
the article. A table of figures, a fact box's rows and a closing quotation that lost its full
stop stay.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German machinery exports to China fall for a third year"


def clean(tail: list[str]) -> str:
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS, tail))
    assert result.title == EN_HEADLINE
    assert_whole(result.text, EN_PARAGRAPHS)
    return result.text


def test_teasers_each_with_its_date_go() -> None:
    teasers = ["Read more", "Dutch exporters brace for fallout as China targets pork offal", "February 26, 2025",
               "ASML sales to China fall back as export rules tighten", "January 29, 2025",
               "Port of Rotterdam container volumes edge up despite Red Sea detours", "February 13, 2025"]
    page_below = ["Latest news", "Cabinet sticks to plan to cut number of English-taught degree courses",
                  "Two arrested after explosion at shop in Rotterdam-Zuid", "Sign up for our daily newsletter",
                  "Subscribe", "DutchNews is an independent English-language news service which has been keeping "
                  "readers informed since 2006.", "© DutchNews 2025"]
    assert_gone(clean([*teasers, *page_below]), teasers)


def test_teasers_naming_their_source_go() -> None:
    teasers = ["Related Tech News", "Power module maker doubles SiC packaging capacity in Hungary",
               "Taiwan foundries lift 2025 capex guidance on AI demand",
               "Chip fab equipment spend to hit record $121bn, says SEMI"]
    assert_gone(clean(teasers), teasers)


def test_a_table_a_fact_box_and_a_closing_quotation_stay() -> None:
    table = ["in Mill. Euro 2024 2023", "Umsatz 7 912 9 204", "Ebitda bereinigt 1 124 1 235"]
    assert_whole(clean(table), table)
    box = ["Tariffs at a glance", "Tesla (Shanghai): 7.8%", "SAIC and other makers: 35.3%, says the Official Journal"]
    assert_whole(clean(box), box)
    quotation = ["“We are staying in Saxony, whatever the tariffs,” says Chief Executive Jana Roth"]
    assert_whole(clean(quotation), quotation)
