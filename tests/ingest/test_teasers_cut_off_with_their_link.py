"""Teasers of other articles cut off by the page, with the link after their dots ('… more').

A news site lists other stories under the article, each headline over its teaser cut off with
'... more'. The link tells the teaser by itself, whatever the teaser's last sentence; the
article's own sentence trailing off ('…, and more.') stays.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German machinery exports to China fall for a third year"


def test_teasers_ending_in_their_more_link_go() -> None:
    cards = ["Slovakia courts Chinese EV battery suppliers as Gotion project advances",
             "Slovakia's economy ministry said talks were under way with three more Chinese suppliers after "
             "Gotion InoBat received its building permit. ... more",
             "Hungary's central bank keeps base rate on hold at 6.5%",
             "The National Bank of Hungary left its base rate unchanged for the eighth consecutive month at its "
             "May rate-setting meeting, citing inflation risks. … more"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS, "Related Articles", cards,
                               "About us", "Contact"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [cards[1], cards[3]])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_sentence_about_more_stays() -> None:
    sentence = ("The association expects orders to fall again this year, and exporters are preparing for more "
                "tariffs, more checks and more paperwork.")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS[:2], sentence,
                               EN_PARAGRAPHS[2:], "About us"))
    assert_whole(result.text, [*EN_PARAGRAPHS, sentence])
