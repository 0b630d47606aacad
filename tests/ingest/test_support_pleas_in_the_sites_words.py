"""A site's plea for money, whatever words it finds.

Every site words its plea its own way ('Our newsroom relies on …', 'Ohne Sie gäbe es …'); what
they share is the site speaking of itself to the reader about its journalism and about money.
The pleas below are worded as no rule lists them. An article that reports on a publisher's
finances, quotes one or interviews one keeps every sentence.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import import_text

from .inserted_lines import DE_HEADLINE, EN_HEADLINE, cleaned_with_lines_inside
from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines


def assert_kept_inside_the_text(sentences: list[str], *, german: bool = False) -> None:
    """``sentences`` set between the article's paragraphs all stay."""
    assert_whole(cleaned_with_lines_inside(sentences, german=german), sentences)


@pytest.mark.parametrize("plea", [
    "Our newsroom runs on the generosity of people like you. A monthly gift keeps our reporting free to read.",
    "Independent local news costs money. If you value our coverage of business in the valley, become a member today.",
    "This story was possible because readers support our journalism. Will you join them?",
])
def test_an_english_plea_under_the_article_goes(plea: str) -> None:
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS, plea, "About us", "Contact"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [plea])
    assert_whole(result.text, EN_PARAGRAPHS)


@pytest.mark.parametrize("plea", [
    "Unabhängiger Journalismus braucht Sie: Mit einem freiwilligen Beitrag ermöglichen Sie unsere Recherchen.",
    "Unsere Redaktion finanziert sich aus den Beiträgen ihrer Leserinnen und Leser. Unterstützen Sie uns!",
])
def test_a_german_plea_under_the_article_goes(plea: str) -> None:
    result = import_text(lines(DE_MENU, DE_HEADLINE, "04.03.2026, 16:12 Uhr", DE_PARAGRAPHS, plea, "Impressum",
                               "Datenschutz"))
    assert result.title == DE_HEADLINE
    assert_gone(result.text, [plea])
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_report_on_a_publishers_money_and_a_quote_of_its_editor_stay() -> None:
    report = [
        "The group's newsroom, which employs 300 reporters, depends on digital subscriptions for two thirds of "
        "its revenue, up from a third five years ago.",
        "“Our journalism is possible only because readers pay for it,” the editor-in-chief told staff on Monday.",
        "We rely on Chinese suppliers for our batteries and cannot afford a trade war, the company's chief "
        "executive wrote in a letter to shareholders.",
    ]
    assert_kept_inside_the_text(report)


def test_an_interview_about_a_publishers_money_keeps_its_questions_and_answers() -> None:
    """An interview has no quotation marks: its questions speak to one person of their own
    journalism, its answers speak as 'I'."""
    interview = [
        "Herr Albrecht, Ihre Redaktion wächst, während andere Verlage ihre Büros in China schließen. "
        "Wie finanzieren Sie Ihren Journalismus?",
        "Du bittest deine Hörer am Ende jeder Folge um Unterstützung für deinen Journalismus. Nervt das nicht?",
    ]
    assert_kept_inside_the_text(interview, german=True)
    answers = [
        "Many publishers now ask readers to support their journalism with donations. Would you ever do that?",
        "I understand why they do it, but it does not fit what we sell. If you are a supply-chain manager at a "
        "German carmaker, you pay for our reporting because it saves you time and money.",
        "The Post has struggled to turn a profit despite a push into digital subscriptions. The newspaper "
        "introduced a paywall in 2021, and a banner beneath each article tells readers that your subscription "
        "supports independent journalism on China and Asia. It does not disclose subscriber numbers.",
    ]
    assert_kept_inside_the_text(answers)


def test_a_company_telling_its_customers_what_it_invests_or_what_they_pay_asks_for_nothing() -> None:
    """'We' to 'you' about reporting and money, but no plea: a publisher's release on its new
    desk, an explainer on prices."""
    kept = [
        "We are investing more than EUR 8 million over three years in the new desk. Our goal is to reach 40,000 "
        "paying digital subscribers in Asia by 2028, and we are confident that you will see the value of "
        "independent reporting from the region in your daily business decisions.",
        "We asked our reporters to compare prices for the most popular Chinese-built models in four countries. "
        "Our research shows that you will pay on average about 2,100 euros more in Germany.",
        "Wir investieren in den kommenden drei Jahren rund vier Millionen Euro in unsere China-Berichterstattung. "
        "Damit wollen wir Ihnen als Abonnentin und Abonnent unabhängigen Journalismus aus Asien bieten.",
    ]
    assert_kept_inside_the_text(kept)
