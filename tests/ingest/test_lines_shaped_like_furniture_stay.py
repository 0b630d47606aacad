"""Lines of articles shaped like a page's furniture stay the article's.

Each page is written for these tests (no corpus text) and puts into an article a line that
looks like something the cleaner removes — a name and a firm under a sentence like a
photographer's credit under a caption, a paragraph after a box of links like a card's
teaser, a sentence on a trial price like a paywall's offer. The line must stay in the text,
and the title must be the headline.
"""
from __future__ import annotations

import pytest

from briefing_app.ingest import import_text

P1 = ("Exports of machinery from Germany to China fell for a third year in a row, customs data showed on Monday, "
      "as Chinese buyers turned to domestic suppliers.")
P2 = ("Economists said the shift reflected years of investment by Chinese toolmakers, many of which now sell at "
      "prices German firms cannot match.")
D1 = ("Der Handel zwischen Deutschland und China ist im vergangenen Jahr erneut geschrumpft, wie das Statistische "
      "Bundesamt am Montag mitteilte.")
D2 = "Ökonomen sehen darin keinen vorübergehenden Knick, sagte ein Volkswirt der Landesbank am Dienstag in Frankfurt."
EN_TOP = "World\nBusiness\nGerman machinery exports to China fall for third year\nPublished: 22 January 2026\n"
DE_TOP = "Politik\nWirtschaft\nMaschinenbauer verlieren den chinesischen Markt\nVon Anna Müller\n18.02.2025, 05:30 Uhr\n"

PAGES = {
    "a panel's economists, each a name and a bank": (
        EN_TOP + P1 + "\nWe asked three economists whether the ECB will cut rates in June.\nHolger Schmieding, Berenberg\n"
        "Yes. Inflation is falling faster than the central bank expected, and the economy is barely growing.\n"
        "Carsten Brzeski, ING\n" + P2,
        ["We asked three economists whether the ECB will cut rates in June.", "Holger Schmieding, Berenberg"]),
    "a German panel": (
        DE_TOP + D1 + "\nWir haben drei Ökonomen gefragt, ob die EZB im Juni die Zinsen senkt.\nJörg Krämer, Commerzbank\n"
        "Ja, denn die Inflation sinkt schneller als erwartet und die Wirtschaft wächst kaum noch.\n" + D2,
        ["Wir haben drei Ökonomen gefragt, ob die EZB im Juni die Zinsen senkt.", "Jörg Krämer, Commerzbank"]),
    "a statement signed by its speaker": (
        EN_TOP + P1 + "\nWe are proud to bring 400 new jobs to Auburn Hills.\nKara Whitlock, Acme Automotive\n" + P2,
        ["We are proud to bring 400 new jobs to Auburn Hills."]),
    "a paragraph after a dated card, a subheading under it": (
        EN_TOP + P1 + "\nRelated Stories\nChinese toolmakers win market share in Southeast Asia\n2 Sep 2025\n"
        "The decline was steepest in the second half of the year.\nCompetition from China\n" + P2,
        ["The decline was steepest in the second half of the year.", "Competition from China"]),
    "a German paragraph after a dated card": (
        DE_TOP + D1 + "\nMehr zum Thema\nAutozulieferer in der Region: Die Krise erreicht den Mittelstand\n10.03.2025\n"
        "Besonders betroffen sind Zulieferer aus Baden-Württemberg.\nKonkurrenz aus Shenzhen\n" + D2,
        ["Besonders betroffen sind Zulieferer aus Baden-Württemberg.", "Konkurrenz aus Shenzhen"]),
    "a German subheading full of names under a box": (
        DE_TOP + D1 + "\nMehr zum Thema\nAutozulieferer in der Region: Die Krise erreicht jetzt auch den Mittelstand\n"
        "Trumpf, Kuka und DMG Mori spüren die Konkurrenz aus Shenzhen\n" + D2,
        ["Trumpf, Kuka und DMG Mori spüren die Konkurrenz aus Shenzhen"]),
    "a subheading right under a link under 'Read more'": (
        EN_TOP.replace("\n", "\n\n") + P1 + "\n\nRead more\nChinese toolmakers win market share in Southeast Asia, "
        "analysts say\nCompetition from China\n\n" + P2,
        ["Competition from China"]),
    "a sentence citing another paper's report": (
        DE_TOP + D1 + "\nÜber dieses Thema hat zuerst der „Spiegel“ am Freitag berichtet.\n" + D2,
        ["Über dieses Thema hat zuerst der „Spiegel“ am Freitag berichtet."]),
    "a sentence on a trial price": (
        DE_TOP + D1 + "\nNeukunden können Netflix jetzt für 1 Euro testen.\n" + D2,
        ["Neukunden können Netflix jetzt für 1 Euro testen."]),
    "a book's details under a review": (
        EN_TOP + P1 + "\n" + P2 + "\n“The Dragon and the Eagle” by John Smith\n"
        "Published by Simon & Schuster, 352 pages, $30.00.\nShare this article",
        ["Published by Simon & Schuster, 352 pages, $30.00."]),
    "a ticker's entry under a video's label": (
        "Politik\nWirtschaft\nKrieg in der Ukraine: Der Liveticker\n18.02.2025, 05:30 Uhr\n"
        "Selenskyj dankt Deutschland für neue Luftabwehr\n14:32\n"
        "Der ukrainische Präsident hat sich in einer Videobotschaft für die Lieferung weiterer Systeme bedankt.\n"
        "Video\nScholz: Wir stehen fest an der Seite der Ukraine\n14:10\n"
        "Bundeskanzler Scholz hat der Ukraine bei einem Besuch in Kiew weitere Unterstützung zugesagt.",
        ["Scholz: Wir stehen fest an der Seite der Ukraine"]),
    "a sentence on a translation": (
        EN_TOP + P1 + "\nThis article was translated from German by an AI tool, the publisher admitted after readers "
        "complained.\n" + P2,
        ["This article was translated from German by an AI tool, the publisher admitted after readers complained."]),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_line_of_the_article_shaped_like_furniture_stays(name: str) -> None:
    page, article_lines = PAGES[name]
    text = import_text(page).text.split("\n")
    for line in article_lines:
        assert line in text, line


def test_a_headline_over_a_caption_and_its_credit_and_an_english_headline_over_its_subtitle_stay_titles():
    result = import_text("Politik\n\nWirtschaft\n\nDas Ende einer Ära\n\nHans Müller verlässt nach 30 Jahren den "
                         "Vorstand\n\nFoto: picture alliance/dpa\n\n12.11.2026, 10:15 Uhr\n\n" + D1 + "\n\n" + D2)
    assert result.title == "Das Ende einer Ära"
    result = import_text("Volkswagen in China\n\nCarmaker will close two plants and cut 10,000 jobs\n\n"
                         "Published: 22 January 2026\n\n" + P1 + "\n\n" + P2)
    assert result.title == "Volkswagen in China"
