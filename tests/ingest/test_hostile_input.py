"""Hostile or oversized input: refused quickly in one sentence naming the limit, or read safely."""

from __future__ import annotations

import gzip
import io
import os
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.errors import AnalysisError, ArticleImportError
from briefing_app.ingest import html_limits, import_bytes, import_file, import_text
from tests.ingest.builders import make_docx, make_pdf, with_zip_bomb

SENTENCE = "Der Verband sieht die Lage in der Region als stabil an, sagte Katrin Albers am Montag in Berlin. "
BODY = "<p>" + SENTENCE * 6 + "</p>"


def _page(head: str = "", body: str = BODY) -> str:
    return f"<html><head>{head}<title>Lage stabil</title></head><body><article>{body}</article></body></html>"


def _refusal(call, *args) -> ArticleImportError:
    with pytest.raises(ArticleImportError) as info:
        call(*args)
    assert "Traceback" not in info.value.user_text()
    return info.value


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "artikel.txt"
    os.mkfifo(fifo)
    error = _refusal(import_file, fifo)  # would block forever if it were opened for reading
    assert "not a regular file" in error.message and "artikel.txt" in error.message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused() -> None:
    assert "not a regular file" in _refusal(import_file, Path("/dev/zero")).message


@pytest.mark.parametrize("charset", ["idna", "punycode", "utf-7", "unicode_escape", "rot13", "utf-16", "no-such-charset"])
def test_a_bogus_page_charset_is_ignored(charset: str) -> None:
    page = _page(f'<meta charset="{charset}">').replace("Lage stabil</title>", "Lage stabil \xe9</title>")
    article = import_bytes(page.encode("latin-1"), "seite.html")  # not UTF-8, so the charset is consulted
    assert "Katrin Albers" in article.text


def test_an_element_with_thousands_of_attributes_is_refused_naming_the_limit() -> None:
    attrs = " ".join(f'data-a{i}="x"' for i in range(40_000))
    error = _refusal(import_bytes, _page(body=f"<div {attrs}>{BODY}</div>").encode(), "seite.html")
    assert "40,000 attributes" in error.message and f"{html_limits.MAX_ATTRIBUTES_PER_ELEMENT:,}" in error.message


def test_pages_with_too_many_elements_or_too_deep_nesting_are_refused() -> None:
    many = "".join(f'<span class="c{i}">w</span>' for i in range(html_limits.MAX_ELEMENTS + 10))
    assert "elements" in _refusal(import_bytes, _page(body=many + BODY).encode(), "a.html").message
    deep = "<div>" * (html_limits.MAX_DEPTH + 10) + BODY + "</div>" * (html_limits.MAX_DEPTH + 10)
    assert "levels deep" in _refusal(import_text, _page(body=deep)).message  # pasted HTML too


def test_real_pages_stay_far_below_the_markup_limits(corpus_dir: Path) -> None:
    from briefing_app.ingest.html_import import decode_html

    pages = sorted((corpus_dir / "extraction" / "html").glob("*.html.gz"))
    assert pages
    for page in pages:
        counts = html_limits.count_markup(decode_html(gzip.decompress(page.read_bytes())))
        assert counts.most_attributes * 10 < html_limits.MAX_ATTRIBUTES_PER_ELEMENT
        assert counts.attributes * 10 < html_limits.MAX_ATTRIBUTES
        assert counts.elements * 10 < html_limits.MAX_ELEMENTS
        assert counts.depth * 10 < html_limits.MAX_DEPTH


def test_the_whole_corpus_still_imports_and_analyses(corpus_dir: Path) -> None:
    from briefing_app.core.suggestions import analyse_for_suggestions

    texts = sorted((corpus_dir / "news").glob("*/*.txt"))
    pages = sorted((corpus_dir / "extraction" / "html").glob("*.html.gz"))
    assert texts and pages
    for path in texts:
        analyse_for_suggestions(import_file(path))
    for page in pages:
        try:
            article = import_bytes(gzip.decompress(page.read_bytes()), page.name.removesuffix(".gz"))
        except ArticleImportError as exc:  # a page without article text is said so, never a limit
            assert "no article text" in exc.message.lower() or "clutter" in exc.message, exc.message
            continue
        analyse_for_suggestions(article)


def _zip_bomb(member_bytes: int) -> bytes:
    """A Word-looking archive with a member that unpacks to ``member_bytes`` zeros."""
    return with_zip_bomb(make_docx([SENTENCE]), member_bytes)


def test_a_zip_bomb_renamed_docx_is_refused_by_its_unpacked_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app import zip_limits

    monkeypatch.setattr(zip_limits, "MAX_UNPACKED_BYTES", 8 << 20)
    bomb = _zip_bomb(16 << 20)
    assert len(bomb) < 100_000  # tiny on disk
    error = _refusal(import_bytes, bomb, "bericht.docx")
    assert "unpacks to" in error.message and "8 MB" in error.message
    assert import_bytes(make_docx([SENTENCE]), "echt.docx").text.startswith("Der Verband")


def test_a_zip_with_thousands_of_members_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app import zip_limits

    monkeypatch.setattr(zip_limits, "MAX_MEMBERS", 50)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx([SENTENCE]))) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for i in range(60):
            dst.writestr(f"extra/part{i}.xml", "<x/>")
    assert "packed files" in _refusal(import_bytes, out.getvalue(), "viele.docx").message


def test_a_long_pdf_is_read_to_the_page_limit_and_says_what_was_left(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.ingest import pdf_import

    monkeypatch.setattr(pdf_import, "MAX_PAGES", 3)
    words = SENTENCE.split()
    pages = [[f"Kapitel {n} beginnt hier mit einem eigenen Satz über {words[n]}.", *(
        f"Zeile {k} auf Blatt {n}: " + " ".join(words[(n + k) % 8 : (n + k) % 8 + 6]) for k in range(4)
    ), f"Kapitel {n} endet mit diesem Satz."] for n in range(1, 6)]
    data = make_pdf(pages)
    article = import_bytes(data, "lang.pdf")
    assert "Kapitel 3 beginnt" in article.text and "Kapitel 4" not in article.text
    assert [(r.text, r.reason) for r in article.removed if r.reason == pdf_import.UNREAD_PAGES] == [("4–5", "pages_not_read")]


def _aes_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[SENTENCE[:80], "Zweite Zeile mit anderem Inhalt.", "Dritte Zeile zum Schluss."]]))))
    writer.encrypt(user_password="", owner_password="geheim", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_permission_only_aes_pdf_opens() -> None:
    pytest.importorskip("cryptography", reason="AES needs the cryptography package (a declared dependency)")
    assert import_bytes(_aes_pdf(), "geschuetzt.pdf").text.startswith("Der Verband")


def test_an_aes_pdf_without_the_crypto_package_is_named_not_called_damaged(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    data = _aes_pdf() if _has_crypto() else make_pdf([[SENTENCE[:80]]])
    monkeypatch.setattr(PdfReader, "is_encrypted", property(lambda self: True))

    def needs_crypto(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_crypto)
    error = _refusal(import_bytes, data, "geschuetzt.pdf")
    assert "encrypted with AES" in error.message and "damaged" not in error.message


def _has_crypto() -> bool:
    try:
        import cryptography  # noqa: F401 - only whether it is installed
    except ImportError:
        return False
    return True


def test_text_beyond_the_analysis_budget_is_refused_at_import_and_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.core import analysis
    from briefing_app.core.article import Article
    from briefing_app.core.suggestions import analyse_for_suggestions
    from briefing_app.ingest import importer

    monkeypatch.setattr(importer, "ANALYSIS_BUDGET_CHARS", 1_000)
    error = _refusal(import_text, SENTENCE * 20)
    assert "1,000 characters" in error.message
    monkeypatch.setattr(analysis, "ANALYSIS_BUDGET_CHARS", 1_000)
    with pytest.raises(AnalysisError, match="1,000 characters"):
        analyse_for_suggestions(Article(text=SENTENCE * 20))


def test_quote_dense_text_without_paragraphs_finds_the_same_pairs_as_by_paragraph() -> None:
    """The quotation-mark scan looks up each paragraph end once; splitting the text by
    paragraph (where each lookup is trivially right) must give the same pairs."""
    import random

    from briefing_app.core.quote_marks import find_marked

    rng = random.Random(5)
    marks = ["„", "“", '"', "«", "»", "‚", "'", "「", "」", "”"]
    words = SENTENCE.split()
    for _ in range(200):
        paragraphs = [" ".join(rng.choice(words + marks) for _ in range(rng.randint(0, 60))) for _ in range(4)]
        text = "\n\n".join(paragraphs)
        whole = [(m.open, m.close, m.start, m.end) for m in find_marked(text, "de")]
        split, offset = [], 0
        for paragraph in paragraphs:
            split += [(m.open + offset, m.close + offset, m.start + offset, m.end + offset) for m in find_marked(paragraph, "de")]
            offset += len(paragraph) + 2
        assert whole == split


@pytest.mark.parametrize("line", ["9" * 30 + "S&#0;tartseite > Wirtschaft > Asien", "1," * 40 + "\u00a0Euro",
                                  "9" * 99 + "x"])
def test_a_run_of_digits_in_a_line_of_links_is_read_at_once(line: str) -> None:
    """Each way of cutting the digits into share counts or page numbers was tried (minutes for
    thirty digits); a hang here ends in the suite's timeout, not in a wrong answer."""
    from briefing_app.ingest.navigation_lines import is_pager, is_share_bar

    assert not is_share_bar(line)
    assert not is_pager(line)
