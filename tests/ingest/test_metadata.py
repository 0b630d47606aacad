"""Metadata lines: source, tags, dateline, author, URL — and body lines that are not."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.ingest.metadata import Metadata, parse_metadata_line


@pytest.mark.parametrize(
    ("line", "reason", "values"),
    [
        ("Quelle: Wirtschaftskurier", "source", {"outlet": "Wirtschaftskurier"}),
        ("Source: Reuters", "source", {"outlet": "Reuters"}),
        ("Quelle: https://example.org/a/1", "source", {"url": "https://example.org/a/1"}),
        ("Schlagworte: China, Mittelstand", "tags", {"tags": ["China", "Mittelstand"]}),
        ("Tags: trade; tariffs", "tags", {"tags": ["trade", "tariffs"]}),
        ("Теги: торговля, пошлины", "tags", {"tags": ["торговля", "пошлины"]}),
        ("Etiquetas: comercio, aranceles", "tags", {"tags": ["comercio", "aranceles"]}),
        ("Themen: Handel · Zölle", "tags", {"tags": ["Handel", "Zölle"]}),
        ("Wirtschaftskurier | 14.10.2026", "dateline", {"outlet": "Wirtschaftskurier", "published": date(2026, 10, 14)}),
        ("Wirtschaftskurier | 14 October 2026", "dateline", {"outlet": "Wirtschaftskurier", "published": date(2026, 10, 14)}),
        ("Wirtschaftskurier, 14.10.2026", "dateline", {"outlet": "Wirtschaftskurier", "published": date(2026, 10, 14)}),
        ("Stand: 14.10.2026 12:30 Uhr", "dateline", {"published": date(2026, 10, 14)}),
        ("Published: October 14, 2026 9:30 a.m. EST", "dateline", {"published": date(2026, 10, 14)}),
        ("Mittwoch, 14. Oktober 2026", "dateline", {"published": date(2026, 10, 14)}),
        ("14.10.2026 | Von Max Muster | 3 Min. Lesezeit", "dateline", {"author": "Max Muster", "published": date(2026, 10, 14)}),
        ("Von Max Muster", "author", {"author": "Max Muster"}),
        ("Von Max Muster und Erika Musterfrau, Berlin", "author", {"author": "Max Muster und Erika Musterfrau"}),
        ("By Jane Doe", "author", {"author": "Jane Doe"}),
        ("Natasha Turak@NatashaTurak", "author", {"author": "Natasha Turak"}),
        ("By Reuters", "author", {"author": "Reuters"}),
        ("by Laura Winter", "author", {"author": "Laura Winter"}),
        ("Via SyndiGate.info", "source", {"outlet": "SyndiGate.info"}),
        ("Nishant Kumar @Nishantopines", "author", {"author": "Nishant Kumar"}),
        # a role or the outlet glued to the name by the copy; names that glue on their own stay
        ("By Meg JamesStaff Writer", "author", {"author": "Meg James"}),
        ("By Jonathan GarberFOXBusiness", "author", {"author": "Jonathan Garber"}),
        ("By Ronald McDonald and Betsy DeVos", "author", {"author": "Ronald McDonald and Betsy DeVos"}),
        ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "dateline", {"published": date(2019, 11, 20)}),
        ("By Jane Doe and John Roe (Reuters)", "author", {"author": "Jane Doe and John Roe"}),
        ("https://www.example.com/wirtschaft/artikel-1", "url", {"url": "https://www.example.com/wirtschaft/artikel-1"}),
        # date lines of real pages: agency after the date, source and time zone, seconds, bylines
        ("14.10.2026 | Xinhua", "dateline", {"outlet": "Xinhua", "published": date(2026, 10, 14)}),
        ("October 14, 2026", "dateline", {"published": date(2026, 10, 14)}),
        ("Last Updated : Oct 14, 2026 10:35 AM IST | Source: PTI", "dateline", {"outlet": "PTI", "published": date(2026, 10, 14)}),
        ("Zuletzt aktualisiert: 14.10.2026, 06:02 Uhr | Quelle: dpa", "dateline", {"outlet": "dpa", "published": date(2026, 10, 14)}),
        ("2026-10-14 12:30:45", "dateline", {"published": date(2026, 10, 14)}),
        ("Published: 14 October 2026", "dateline", {"published": date(2026, 10, 14)}),
        ("Updated: 2026-10-14T10:30:00Z", "dateline", {"published": date(2026, 10, 14)}),
        ("Posted: 10/14/2026", "dateline", {"published": date(2026, 10, 14)}),
        ("2026年10月14日 10:30", "dateline", {"published": date(2026, 10, 14)}),
        ("14 October 2026 - 10:03 GMT", "dateline", {"published": date(2026, 10, 14)}),
        ("Posted on October 14, 2026 by Admin", "dateline", {"author": "Admin", "published": date(2026, 10, 14)}),
        ("Nov 20 2019, 11:06am ist", "dateline", {"published": date(2019, 11, 20)}),
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "dateline", {"published": date(2019, 11, 19)}),
        ("Updated 0412 GMT (1212 HKT) November 18, 2019", "dateline", {"published": date(2019, 11, 18)}),
        ("Last modified on Tue 19 Nov 2019 14.00 GMT", "dateline", {"published": date(2019, 11, 19)}),
        ("19. November 2019, 12:21 Uhr Quelle: ZEIT ONLINE, dpa, AFP, jf", "dateline",
         {"outlet": "ZEIT ONLINE", "published": date(2019, 11, 19)}),
        # a year glued to the time, a time zone with its offset, a wire's editor, a first-publication label
        ("March 4, 202609:15 AM GMT+8Updated 3 hours ago", "dateline", {"published": date(2026, 3, 4)}),
        ("Updated 7:05 PM GMT+8, March 4, 2026", "dateline", {"published": date(2026, 3, 4)}),
        ("Source: Xinhua| 2026-03-04 19:05:11|Editor: liyan", "dateline",
         {"outlet": "Xinhua", "published": date(2026, 3, 4)}),
        ("Erstpublikation: 04.03.2026, 09:15 Uhr.", "dateline", {"published": date(2026, 3, 4)}),
        ("By Jane Roe Published: Mar 4, 2026 07:40 PM", "dateline",
         {"author": "Jane Roe", "published": date(2026, 3, 4)}),
        ("03/19/2026March 19, 2026", "dateline", {"published": date(2026, 3, 19)}),
        ("Aktualisiert am 22.01.2026 - 15:12 UhrLesedauer: 3 Min.", "dateline", {"published": date(2026, 1, 22)}),
        ("(Anna Muster, 18.2.2026)", "dateline", {"author": "Anna Muster", "published": date(2026, 2, 18)}),
        ("Diese Nachricht wurde am 08.10.2026 im Programm Deutschlandfunk gesendet.", "dateline",
         {"published": date(2026, 10, 8)}),
        # tags without a label
        ("#trade #Germany #ports", "tags", {"tags": ["trade", "Germany", "ports"]}),
        ("Foreign Direct Investment · EU Law · China Desk", "tags",
         {"tags": ["Foreign Direct Investment", "EU Law", "China Desk"]}),
        # writers with the cities they report from
        ("Jane Roe in Brussels and Li Wei in Beijing", "author", {"author": "Jane Roe, Li Wei"}),
        # the author's short code, alone on a line, with or without the agency
        ("(abc)", "author", {"author": "abc"}),
        ("(ber/dpa)", "author", {"author": "ber", "outlet": "dpa"}),
    ],
)
def test_metadata_lines(line, reason, values):
    found = parse_metadata_line(line)
    assert found is not None and found.reason == reason
    assert found.values == values


@pytest.mark.parametrize(
    "line",
    [
        "Von Berlin aus fährt der Zug nach Taicang.",
        "Am 14.10.2026 trafen sich die Minister in Berlin.",
        "Quelle: Nach Angaben des Verbands sind 68 Firmen aktiv. Das sagte Albers.",
        "By the end of 2026 the cluster will host 4,300 projects.",
        "(EU)",
        "(Xinhua)-Die Handelszahlen für Oktober liegen vor.",
        "AXC0123 2024-03-12/14:05",
        "Scholz in Peking",  # one name in one city: a subheading as likely as a byline
        "Olaf Scholz in Hamburg",
        "21:17 18.11.2019Get short URL",  # a word glued to the year is no month
        "Business05/22/2026May 22, 2026",  # a teaser's section and date: no outlet
    ],
)
def test_body_lines_are_not_metadata(line):
    found = parse_metadata_line(line)
    assert found is None or found.reason not in {"dateline", "author", "source"}


def test_published_label_outranks_update_stamp():
    published = parse_metadata_line("Veröffentlicht am 14.10.2026")
    updated = parse_metadata_line("Aktualisiert am 15.10.2026")
    assert published.date_rank > updated.date_rank
    assert parse_metadata_line("Last modified on Tue 19 Nov 2019 14.00 GMT").date_rank < published.date_rank


def test_filled_from_keeps_own_values():
    own = Metadata(title="A", outlet="")
    other = Metadata(title="B", outlet="Kurier", tags=["x"])
    merged = own.filled_from(other)
    assert (merged.title, merged.outlet, merged.tags) == ("A", "Kurier", ["x"])


def test_a_short_code_closing_the_text_is_read_and_the_sentence_stays():
    from briefing_app.ingest.metadata import trailing_author_code

    found = trailing_author_code("Das Werk soll 2027 eröffnen, sagte der Sprecher. (abc)")
    assert found is not None and found.values == {"author": "abc"}
    assert trailing_author_code("Die Europäische Union (EU)") is None
