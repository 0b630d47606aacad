"""A chronology or a calendar closing the article: a date over each event.

Its dates read as date lines and none of its events is a sentence, yet it is the article's:
a timeline of a dispute, the week's dates for the markets. A list of other articles under the
text is a headline over each date, and goes.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "EU imposes tariffs of up to 35 percent on Chinese electric cars"
CARDS = ["More from the Brussels desk", "Von der Leyen's China reset hits the rocks", "October 28, 2024",
         "Germany's carmakers fear Chinese retaliation", "October 25, 2024",
         "© 2024 Brussels Desk. All rights reserved."]


def test_a_timeline_under_the_text_stays_and_the_cards_under_it_go() -> None:
    timeline = ["Timeline", "October 4, 2023", "Commission launches anti-subsidy probe into Chinese EVs",
                "June 12, 2024", "Brussels announces provisional duties", "July 5, 2024",
                "Provisional tariffs take effect", "October 30, 2024", "Definitive tariffs enter into force"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "October 30, 2024", EN_PARAGRAPHS, timeline, CARDS))
    assert_whole(result.text, [*EN_PARAGRAPHS, *timeline])
    assert_gone(result.text, CARDS[1:5])


def test_a_calendar_of_the_week_stays() -> None:
    calendar = ["Termine der Woche", "Dienstag, 25. März 2025", "GfK-Konsumklima für April",
                "Donnerstag, 27. März 2025", "Geldmenge M3 im Euroraum", "Freitag, 28. März 2025",
                "Arbeitsmarktdaten der Bundesagentur für Arbeit"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "October 30, 2024", EN_PARAGRAPHS, calendar, CARDS))
    assert_whole(result.text, [*EN_PARAGRAPHS, *calendar])


def test_headlines_over_their_dates_right_under_the_text_go() -> None:
    cards = ["Portland City Council Candidates Spent Record Sums. Here's Where the Money Went.", "Nov. 12, 2024",
             "Multnomah County Plans to Close Two Shelters by January", "Nov. 12, 2024",
             "The Bottle Drop on Southeast Division Will Close After Neighbor Complaints", "Nov. 11, 2024"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "October 30, 2024", EN_PARAGRAPHS, "More News", cards,
                               CARDS[-1]))
    assert_whole(result.text, EN_PARAGRAPHS)
    assert_gone(result.text, cards[1:])


def test_a_calendar_whose_events_open_with_their_time_stays() -> None:
    calendar = ["Economic calendar for the week", "Tuesday, March 25, 2025", "10:00 Germany GfK consumer confidence (April)",
                "Thursday, March 27, 2025", "11:00 Eurozone money supply (February)", "Friday, March 28, 2025",
                "09:55 Germany unemployment (March)"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "October 30, 2024", EN_PARAGRAPHS, calendar, CARDS))
    assert_whole(result.text, [*EN_PARAGRAPHS, *calendar])


def test_a_live_blogs_entries_stay_under_their_times() -> None:
    head = "\n".join(["n-tv", "Nachrichten", "Politik", "Wirtschaft", "Börse", "Liveblog", "Wirtschaft",
                      "Liveblog: Handelsstreit zwischen USA und EU eskaliert", "03.04.2025, 08:12 Uhr"])
    paragraphs = [
        "US-Präsident Donald Trump hat Zölle von 20 Prozent auf alle Einfuhren aus der Europäischen Union "
        "angekündigt. Die EU will mit Gegenmaßnahmen reagieren, setzt aber weiterhin auf Verhandlungen.",
        "Der Dax fiel zum Handelsstart um mehr als zwei Prozent. Besonders unter Druck standen die Aktien von "
        "Autoherstellern und Zulieferern.",
        "Ökonomen rechnen damit, dass die Zölle das deutsche Wachstum in diesem Jahr um bis zu 0,5 Prozentpunkte "
        "senken könnten."]
    entries = ["+++ 09:41 Uhr +++", "Habeck: EU wird geschlossen und entschlossen antworten", "+++ 09:15 Uhr +++",
               "VDA-Präsidentin Müller sagt Autoindustrie schwere Zeiten voraus", "+++ 08:58 Uhr +++",
               "China kündigt laut Handelsministerium Gegenmaßnahmen an"]
    below = ["Quelle: ntv.de, mbo/dpa/rts", "Mehr zum Thema", "Dax rutscht ab: Anleger fliehen aus Aktien", "03.04.2025",
             "Was die Zölle für Verbraucher bedeuten", "03.04.2025", "Meistgelesen", "Goldpreis auf Rekordhoch",
             "Impressum", "Datenschutz"]
    result = import_text(head + "\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join([*entries, *below]))
    assert_whole(result.text, [*paragraphs, *entries])
    assert_gone(result.text, below[2:4])
