"""Legal notices, captions closed by their credit, and the writer's address, in the site's words.

Financial portals and press releases close with disclaimers and disclosures worded as no rule
lists them; captions end in a credit of whatever shape the site likes; the writer's address
comes in a sentence of its own. The article's own sentences on the law of advice, liability and
disclosure, a report's data closed by its source, a press review's items closed by their paper,
and a helpline's address stay.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import import_text

from .inserted_lines import EN_HEADLINE
from .inserted_lines import cleaned_with_lines_inside as clean
from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines


@pytest.mark.parametrize(("notice", "german"), [
    ("Disclaimer: The views expressed in this article are those of the author and may not reflect those of the "
     "publisher. The author has made every effort to ensure the accuracy of the information provided.", False),
    ("Rachel Lindqvist has no position in any of the stocks mentioned. The Fool has a disclosure policy.", False),
    ("This publication contains forward-looking statements based on current assumptions of the management. Such "
     "statements are subject to risks and uncertainties beyond the company's control.", False),
    ("Disclaimer & Disclosure", False),
    ("Alle Angaben ohne Gewähr. Dieser Beitrag stellt keine Anlageberatung dar.", True),
    ("Hinweis auf Interessenkonflikte", True),
])
def test_a_legal_notice_goes_whatever_its_words(notice: str, german: bool) -> None:
    assert_gone(clean([notice], german=german), [notice])


@pytest.mark.parametrize(("sentence", "german"), [
    ("Under the EU's MiFID II rules, anyone who gives personal investment advice must be authorised and must tell "
     "clients about conflicts of interest, including commissions paid by the product provider.", False),
    ("Marketing communications must state that past performance is no guarantee of future results, the "
     "authority ruled.", False),
    ("The bank's terms state that it assumes no responsibility for third-party products; the judges ruled that "
     "such a clause cannot limit liability for advice given in a personal meeting.", False),
    ("Wer Anlageberatung leistet und dabei eigene Provisionsinteressen verfolgt, muss diesen Interessenkonflikt "
     "offenlegen. Verletzt die Bank diese Pflicht, kommt eine Haftung für den gesamten Schaden in Betracht.", True),
])
def test_a_report_on_the_law_of_advice_and_disclosure_stays(sentence: str, german: bool) -> None:
    assert_whole(clean([sentence], german=german), [sentence])


@pytest.mark.parametrize("caption", [
    "Assembly line at the former Ford plant in Camaçari, Bahia. Photo: Governo da Bahia",
    "The expansion will add about 95,000 square feet of production space in Kentwood. Courtesy Vollmer Automotive",
    "A machinist checks a part near Stuttgart. Exports of machine tools have risen sharply. Lennart Haase/AFP via "
    "Getty Images",
    "Parcels from Chinese online platforms. Source: ERR",
    "Katrin Haberland speaks at the Utah State Capitol in Salt Lake City on Tuesday. (Lauren Whitaker, KSL.com)",
    "Workers unload a cargo jet at the airport. / PBN FILE PHOTO/NICHOLAS FERREIRA",
])
def test_a_caption_closed_by_its_credit_goes(caption: str) -> None:
    assert_gone(clean([caption]), [caption])


@pytest.mark.parametrize("paragraph", [
    "Exports of goods to China dropped 7.6% to 90 billion euros. The deficit widened to 67 billion euros. "
    "Source: Destatis",
    "BASF will close two plants at its Ludwigshafen headquarters. About 300 jobs are affected. (The Economist)",
    "Anfavea has criticised the import of kits from China and called for a faster switch to local parts. "
    "(Agência Brasil)",
    "I urge the commissioners to put a crossing guard at the corner before someone is hurt. (Margaret Ellison)",
    "The euro was little changed at $1.0852 ahead of U.S. inflation data due on Thursday. EUR/USD",
    "Job postings will be listed through Michigan Works! Macomb/St. Clair.",
])
def test_a_paragraph_closed_by_its_source_or_its_paper_stays(paragraph: str) -> None:
    assert_whole(clean([paragraph]), [paragraph])


def test_the_writers_address_in_a_sentence_of_its_own_goes_and_a_helplines_stays() -> None:
    addresses = ["Nathan Ormsby covers economic development and logistics for The Dispatch. Email him at "
                 "normsby@dispatch.example.",
                 "You can contact or verify outreach from Maren by emailing maren.holt@news.example or via Signal."]
    helpline = "Customers can call the bank's helpline on 0800 123 4567 or write to help@bank.example, it said."
    text = clean([*addresses, helpline])
    assert_gone(text, addresses)
    assert_whole(text, [helpline])


def test_the_author_boxs_label_with_the_name_and_a_credit_special_to_the_paper_go() -> None:
    credit = "Lena Hartwell/Special to The Christian Science Monitor"
    assert_gone(clean([credit]), [credit])
    box = ["About the Author: Mark Ridley", "Mark Ridley has covered manufacturing for the paper since 2012."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS, box, "Impressum"))
    assert_whole(result.text, EN_PARAGRAPHS)
    assert_gone(result.text, box)


def test_a_credit_naming_an_agency_in_lower_case_closes_a_caption() -> None:
    caption = "A chip plant near Munich. Sven Hoppe/dpa/picture alliance via Getty Images"
    assert_gone(clean([caption]), [caption])


@pytest.mark.parametrize(("furniture", "german"), [
    ("AI-assisted summary", False),
    ("Reach Olivia Trammell at otrammell@courier.example or follow her on X @OTrammell.", False),
    ("Die Hütten stecken mitten im Umbau zur klimafreundlichen Produktion. Symbolfoto: Oliver Dietze/dpa", True),
])
def test_a_summarys_label_an_address_and_a_symbolic_pictures_credit_go(furniture: str, german: bool) -> None:
    assert_gone(clean([furniture], german=german), [furniture])
