"""Word documents built with python-docx: text, tables, properties, damaged files."""

from __future__ import annotations

import pytest

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import import_bytes

from .builders import make_docx

PARAGRAPHS = [
    "Startseite > Wirtschaft > Asien",
    "Mittelstand sucht neue Standorte in China",
    "Wirtschaftskurier | 14.10.2026",
    "Der neue Industriecluster in Taicang nimmt Gestalt an, sagte die Präsidentin des Verbands.",
    "Über 200 Vertreter kamen am 13. Oktober zur Eröffnung der ersten Ausbaustufe zusammen.",
    "Teilen Twittern Mailen",
]


def test_word_document_text_and_metadata():
    data = make_docx(PARAGRAPHS, title="Taicang-Artikel", author="python-docx", keywords="China; Mittelstand")
    article = import_bytes(data, "artikel.docx")
    assert article.text == PARAGRAPHS[3] + "\n\n" + PARAGRAPHS[4]
    assert article.title == "Mittelstand sucht neue Standorte in China"  # the headline beats the file title
    assert (article.outlet, article.published.isoformat()) == ("Wirtschaftskurier", "2026-10-14")
    assert article.author == ""  # "python-docx" names the program that wrote the file, not a person
    assert article.tags == ["China", "Mittelstand"]
    assert article.original_format == "docx"
    assert article.language == "de"


def test_core_properties_fill_what_the_text_lacks():
    article = import_bytes(make_docx(PARAGRAPHS[3:5], title="Taicang-Artikel", author="Max Muster"), "a.docx")
    assert (article.title, article.author) == ("Taicang-Artikel", "Max Muster")


def test_tables_are_read_row_by_row():
    data = make_docx(PARAGRAPHS[3:4], table=[["Jahr", "Projekte"], ["2026", "1.200"], ["2030", "4.300"]])
    assert import_bytes(data, "t.docx").text.endswith("Jahr | Projekte\n\n2026 | 1.200\n\n2030 | 4.300")


def test_truncated_word_file():
    data = make_docx(PARAGRAPHS)
    with pytest.raises(ArticleImportError) as info:
        import_bytes(data[: len(data) // 2], "halb.docx")
    assert info.value.message == "The Word document “halb.docx” is damaged or incomplete and cannot be read."
    assert "save it again" in info.value.hint


def test_text_file_named_docx():
    with pytest.raises(ArticleImportError) as info:
        import_bytes(b"just some words", "falsch.docx")
    assert "not a valid Word document" in info.value.message
