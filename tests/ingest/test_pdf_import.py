"""PDFs built with reportlab: a text layer, running headers, scans, damaged files."""

from __future__ import annotations

import pytest

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import import_bytes
from briefing_app.ingest.pdf_import import NO_TEXT_LAYER

from .builders import make_image_pdf, make_pdf

PAGE_1 = [
    "Wirtschaftskurier",
    "Mittelstand sucht neue Standorte in China",
    "Der neue Industriecluster in Taicang nimmt Gestalt an. Über 200 Ver-",
    "treter deutscher und chinesischer Unternehmen kamen zur Eröffnung.",
    "Seite 1 von 2",
]
PAGE_2 = [
    "Wirtschaftskurier",
    "Die Nachfrage sei ungebrochen, sagte Katrin Albers, Präsidentin des Verbands.",
    "Seite 2 von 2",
]


def test_pdf_text_layer_and_info():
    data = make_pdf([PAGE_1, PAGE_2], title="Taicang", author="Max Muster")
    article = import_bytes(data, "artikel.pdf")
    assert "Über 200 Vertreter deutscher und chinesischer Unternehmen" in article.text
    assert "sagte Katrin Albers" in article.text
    assert "Seite 1 von 2" not in article.text and "Wirtschaftskurier" not in article.text
    assert article.title == "Mittelstand sucht neue Standorte in China"
    assert article.author == "Max Muster"
    assert article.original_format == "pdf"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Wirtschaftskurier"] == "running_header"
    assert reasons["Seite 2 von 2"] == "page_number"


def test_pdf_info_title_when_the_text_has_no_headline():
    data = make_pdf([PAGE_1[2:4]], title="Industriecluster Taicang")
    assert import_bytes(data, "a.pdf").title == "Industriecluster Taicang"


def test_scan_without_text_layer():
    with pytest.raises(ArticleImportError) as info:
        import_bytes(make_image_pdf(), "scan.pdf")
    assert info.value.message == NO_TEXT_LAYER
    assert "no text layer (probably a scan)" in info.value.message
    assert "OCR is not supported yet" in info.value.message


def test_pdf_with_blank_pages_only():
    with pytest.raises(ArticleImportError) as info:
        import_bytes(make_pdf([[], []]), "leer.pdf")
    assert "no text layer" in info.value.message


def test_truncated_pdf():
    data = make_pdf([PAGE_1])
    with pytest.raises(ArticleImportError) as info:
        import_bytes(data[:300], "kaputt.pdf")
    assert "damaged or incomplete" in info.value.message


def test_file_named_pdf_that_is_not_one():
    with pytest.raises(ArticleImportError) as info:
        import_bytes(b"Hello, this is text.", "falsch.pdf")
    assert "not a valid PDF" in info.value.message


def test_pdf_renamed_to_txt_is_still_read_as_pdf():
    assert import_bytes(make_pdf([PAGE_1]), "artikel.txt").original_format == "pdf"
