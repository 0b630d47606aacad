from __future__ import annotations

from briefing_app.ingest.normalize import normalize_text, normalized_lines, paragraph_lines


def test_newlines_of_every_platform_become_one():
    assert normalize_text("a\r\nb\rc\nd\u2028e") == "a\nb\nc\nd\ne"


def test_spaces_are_unified_and_invisible_characters_dropped():
    text = "rund\u00a04.300\u200b Projekte\tim\u2009Cluster,  Wirt\u00adschaft\ufeff"
    assert normalize_text(text) == "rund 4.300 Projekte im Cluster, Wirtschaft"


def test_decomposed_umlauts_are_composed():
    assert normalize_text("Mu\u0308nchen") == "München"


def test_blank_line_runs_become_one_paragraph_break():
    lines = normalized_lines("\n\n  Titel  \n\n\n\nAbsatz eins\nZeile zwei\n \n\t\nAbsatz drei\n\n")
    assert lines == ["Titel", "", "Absatz eins", "Zeile zwei", "", "Absatz drei"]


def test_paragraph_units_are_separated_by_blank_lines():
    assert paragraph_lines(["Erster", "", "Zweiter"]) == ["Erster", "", "Zweiter"]
