"""A table of dated rows closing the article: rates or prices by day.

'March 3, 2025 1.0465' is a row of a table, not the date under another article's card; and
the article's last paragraph over such a table, a calendar or a live blog's entries is never
taken for a card's teaser. Cards of other articles, each closed by its date, still go.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "Euro jumps to four-month high as Germany unveils spending plan"
LAST = ("Traders are also looking ahead to the European Central Bank's policy meeting later on Thursday, at which a "
        "quarter-point cut in the deposit rate is widely expected.")
FOOTER = ["Related Articles", "Bund yields surge most since 1990", "By Reuters", "Mar 05, 2025 11:20AM ET",
          "Dollar slides as tariffs weigh on U.S. outlook", "By Investing.com", "Mar 05, 2025 08:02AM ET",
          "© 2007-2025 - Fusion Media Limited. All Rights Reserved."]


def test_a_table_of_rates_by_day_and_the_paragraph_over_it_stay() -> None:
    table = ["ECB euro reference rate against the U.S. dollar", "March 3, 2025 1.0465", "March 4, 2025 1.0557",
             "March 5, 2025 1.0694", "March 6, 2025 1.0807"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Published 03/06/2025, 04:12 AM", EN_PARAGRAPHS, LAST,
                               table, FOOTER))
    assert_whole(result.text, [*EN_PARAGRAPHS, LAST, *table])
    assert_gone(result.text, FOOTER[1:3])


def test_the_articles_last_paragraph_over_a_calendar_stays() -> None:
    head = ["Home", "Latest", "Markets", "Investing", "Economy", "Economic Report",
            "German business morale improves slightly in March, Ifo says", "Published: March 24, 2025 at 5:18 a.m. ET",
            "By Christian Moess Laursen"]
    paragraphs = [
        "German business sentiment improved for a third straight month in March, supported by expectations that the "
        "government's huge spending package will lift Europe's largest economy out of stagnation.",
        "The Ifo Institute's business-climate index rose to 86.7 from 85.3 in February, slightly below the 87.0 "
        "expected by economists polled by The Wall Street Journal.",
        "Sentiment also rose among service providers and in construction, but retail remained gloomy.",
        "Economists said the data pointed to a modest recovery in the second half of the year, though the threat of "
        "US tariffs on European goods remains a major risk."]
    calendar = ["Economic calendar for the week", "Tuesday, March 25, 2025", "10:00 Germany GfK consumer confidence (April)",
                "Thursday, March 27, 2025", "11:00 Eurozone money supply (February)", "Friday, March 28, 2025",
                "09:55 Germany unemployment (March)"]
    cards = ["Read Next", "Bund yields rise as German parliament backs spending plan", "March 21, 2025",
             "Euro-zone PMI signals manufacturing recovery", "March 24, 2025", "Most Popular",
             "Stocks close higher as tariff fears ease", "Gold retreats from record high",
             "Copyright ©2025 MarketWatch, Inc. All rights reserved."]
    page = "\n".join(head) + "\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join([*calendar, *cards])
    result = import_text(page)
    assert_whole(result.text, paragraphs)
    assert_gone(result.text, cards[1:5])
