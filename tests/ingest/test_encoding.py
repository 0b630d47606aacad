"""Text files as they arrive: UTF-8 with and without BOM, UTF-16, cp1252, latin-1 …"""

from __future__ import annotations

import codecs

import pytest

from briefing_app.ingest import import_bytes
from briefing_app.ingest.encoding import UndecodableText, decode_text

GERMAN = "Größere Märkte: Über 200 Vertreter „begrüßten“ die Pläne – für 16 Mio. €.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16-be"),
        (GERMAN.encode("utf-16-le"), "utf-16-le"),
        (GERMAN.encode("utf-16-be"), "utf-16-be"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_german_text_decodes_in_each_encoding(data, encoding):
    decoded = decode_text(data)
    assert decoded.text == GERMAN
    assert decoded.encoding == encoding


def test_latin1_text_with_a_byte_cp1252_leaves_undefined():
    text = "Straße in Köln \x81 für Übersee"
    decoded = decode_text(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "latin-1"


def test_latin1_umlauts_read_as_the_same_letters():
    assert decode_text("Die Bürger in Düsseldorf".encode("latin-1")).text == "Die Bürger in Düsseldorf"


def test_cyrillic_code_page_is_left_to_charset_normalizer():
    text = "Президент заявил, что экономика страны растёт быстрее, чем ожидалось. " * 3
    assert decode_text(text.encode("cp1251")).text == text


def test_chinese_gb18030():
    text = "德国中小企业在太仓设立新工厂，投资总额约为十六亿欧元。" * 3
    assert decode_text(text.encode("gb18030")).text == text


def test_binary_is_not_text():
    with pytest.raises(UndecodableText):
        decode_text(b"\x00\x01\x02\x03\xff\xfe\x00\x10" * 50)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_imported_article_text_is_the_same_in_every_encoding(encoding):
    text = "Mittelstand in Taicang\n\nDie Gespräche über Investitionen in Höhe von 16 Mio. € dauerten an, sagte Albers.\n"
    article = import_bytes(text.encode(encoding), "artikel.txt")
    assert "Gespräche" in article.text and "€" in article.text
    assert article.title == "Mittelstand in Taicang"
