"""Several pages as one article, and the layering rule (no Qt in ingest)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import import_file, import_pages

PAGE_1 = (
    "Startseite > Wirtschaft\n"
    "Mittelstand sucht Standorte in China\n"
    "Wirtschaftskurier | 14.10.2026\n\n"
    "Erster Absatz über den Cluster in Taicang, sagte Albers.\n\n"
    "Seite 1 von 2\n"
)
PAGE_2 = (
    "Startseite > Wirtschaft\n\n"
    "Zweiter Absatz mit 4.300 Projekten, sagte Wang.\n\n"
    "Seite 2 von 2\n"
    "Schlagworte: China, Taicang\n"
)


@pytest.fixture
def pages(tmp_path):
    paths = [tmp_path / "seite1.txt", tmp_path / "seite2.txt"]
    paths[0].write_text(PAGE_1)
    paths[1].write_text(PAGE_2)
    return paths


def test_pages_are_appended_to_one_article(pages):
    first = import_file(pages[0])
    article = import_pages(pages)
    assert article.text.startswith(first.text)
    assert article.text == (
        "Erster Absatz über den Cluster in Taicang, sagte Albers.\n\nZweiter Absatz mit 4.300 Projekten, sagte Wang."
    )
    assert article.page_count == 2
    assert article.title == "Mittelstand sucht Standorte in China"
    assert article.tags == ["China", "Taicang"]
    assert article.original == pages[0].read_bytes()


def test_line_numbers_stay_unique_across_pages(pages):
    lines = [r.line for r in import_pages(pages).removed]
    assert len(lines) == len(set(lines)) and lines == sorted(lines)


def test_a_bad_page_is_named_in_the_message(pages, tmp_path):
    empty = tmp_path / "seite3.txt"
    empty.write_bytes(b"")
    with pytest.raises(ArticleImportError) as info:
        import_pages([*pages, empty])
    assert info.value.message.startswith("Page 3 (seite3.txt): The file")


def test_no_pages():
    with pytest.raises(ArticleImportError):
        import_pages([])


def test_ingest_never_imports_qt():
    code = (
        "import sys, briefing_app.ingest as i, briefing_app.ingest.html_import, "
        "briefing_app.ingest.docx_import, briefing_app.ingest.pdf_import\n"
        "from briefing_app.resources import sample_article_path\n"
        "i.import_file(sample_article_path())\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
