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
        ("By Jane Doe and John Roe (Reuters)", "author", {"author": "Jane Doe and John Roe"}),
        ("https://www.example.com/wirtschaft/artikel-1", "url", {"url": "https://www.example.com/wirtschaft/artikel-1"}),
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
    ],
)
def test_body_lines_are_not_metadata(line):
    found = parse_metadata_line(line)
    assert found is None or found.reason not in {"dateline", "author", "source"}


def test_published_label_outranks_update_stamp():
    published = parse_metadata_line("Veröffentlicht am 14.10.2026")
    updated = parse_metadata_line("Aktualisiert am 15.10.2026")
    assert published.date_rank > updated.date_rank


def test_filled_from_keeps_own_values():
    own = Metadata(title="A", outlet="")
    other = Metadata(title="B", outlet="Kurier", tags=["x"])
    merged = own.filled_from(other)
    assert (merged.title, merged.outlet, merged.tags) == ("A", "Kurier", ["x"])
