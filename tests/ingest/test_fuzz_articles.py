"""Fuzzing the import of mutated articles (text, web pages, Word files).

Whatever the bytes, import gives an article or one ``ArticleImportError`` — never
another exception.  The default run tries a few hundred cases per format; the soak run
(``-m soak``) ten thousand.  Past crashes are replayed first (``tests/crash_examples.py``).
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.core.errors import ArticleImportError, BriefingError
from briefing_app.ingest import import_bytes, import_text
from tests.crash_examples import HTML_PAGES, TEXTS
from tests.ingest.builders import make_docx

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
SOAK = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))

SAMPLE_PAGE = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Lage stabil – Kurier</title>"
    "<meta property='og:url' content='https://example.org/a'></head><body><nav>Startseite</nav>"
    "<article><h1>Lage stabil</h1><p>„Die Nachfrage ist ungebrochen“, sagte Katrin Albers am Montag.</p>"
    "<p>Das Volumen wird auf 1,2 Billionen Yuan (rund 16 Milliarden Euro) beziffert.</p></article>"
    "<footer>© Kurier</footer></body></html>"
)
PIECES = ["„", "“", '"', "«", "»", "'", "<", ">", "</p>", "<p>", "<div a='1' b=2>", "&amp;", "&#0;", "\x00",
          "\ufffe", "\n\n", "1.234,5", " Mrd. Euro", " Billionen", "%", "<meta charset='idna'>", "<!--", "]]>",
          "<script>", "sagte", "\u202e", "\r", "\t", "\u00a0"]


@st.composite
def mutated(draw: st.DrawFn, base: str) -> str:
    """``base`` with a few random edits: inserted pieces or characters, cuts, repeats."""
    text = base
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert_piece", "insert_text", "cut", "repeat"]))
        if op == "insert_piece":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif op == "insert_text":
            text = text[:at] + draw(st.text(max_size=30)) + text[at:]
        elif op == "cut":
            text = text[:at] + text[at + draw(st.integers(0, 200)) :]
        else:
            text = text[:at] + text[at : at + 40] * draw(st.integers(1, 50)) + text[at:]
    return text


@st.composite
def mutated_bytes(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        op = draw(st.sampled_from(["flip", "insert", "cut", "truncate"]))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 512))]
        else:
            del data[at:]
    return bytes(data)


@functools.cache
def sample_text() -> str:
    from briefing_app.resources import sample_article_path

    return sample_article_path().read_text(encoding="utf-8")


@functools.cache
def sample_docx() -> bytes:
    return make_docx(sample_text().split("\n\n")[:6], title="Lage stabil", author="Kurier")


def _imports_or_refuses(call, *args) -> None:
    try:
        article = call(*args)
    except ArticleImportError as exc:
        assert exc.message and "Traceback" not in exc.user_text()
        return
    assert isinstance(article.text, str) and article.text.strip()
    article.text.encode("utf-8")  # storable: no lone surrogates


def check_text(text: str) -> None:
    _imports_or_refuses(import_text, text)
    _imports_or_refuses(import_bytes, text.encode("utf-8", "surrogatepass"), "artikel.txt")


def check_html(page: bytes) -> None:
    _imports_or_refuses(import_bytes, page, "seite.html")


def check_docx(data: bytes) -> None:
    _imports_or_refuses(import_bytes, data, "bericht.docx")


def _examples(values, key):
    def wrap(test):
        for v in values:
            test = example(**{key: v})(test)
        return test
    return wrap


@QUICK
@_examples(TEXTS, "text")
@given(text=st.deferred(lambda: mutated(sample_text())))
def test_mutated_texts_import_or_are_refused(text: str) -> None:
    check_text(text)


@QUICK
@_examples([p.decode("latin-1") for p in HTML_PAGES], "page")
@given(page=mutated(SAMPLE_PAGE))
def test_mutated_web_pages_import_or_are_refused(page: str) -> None:
    check_html(page.encode("latin-1", "replace"))
    check_html(page.encode("utf-8", "surrogatepass"))


@QUICK
@given(data=st.deferred(lambda: mutated_bytes(sample_docx())))
def test_mutated_word_files_import_or_are_refused(data: bytes) -> None:
    check_docx(data)


@QUICK
@_examples(TEXTS, "text")
@given(text=st.deferred(lambda: mutated(sample_text())))
def test_analysis_of_mutated_articles_never_raises(text: str) -> None:
    from briefing_app.core.suggestions import analyse_for_suggestions

    try:
        article = import_text(text)
    except ArticleImportError:
        return
    try:
        analyse_for_suggestions(article)
    except BriefingError as exc:  # a budget refusal is a sentence, not a crash
        assert exc.message


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.timeout(7200)
@SOAK
@given(text=st.deferred(lambda: mutated(sample_text())), page=mutated(SAMPLE_PAGE),
       data=st.deferred(lambda: mutated_bytes(sample_docx())))
def test_soak_mutated_articles(text: str, page: str, data: bytes) -> None:
    check_text(text)
    check_html(page.encode("utf-8", "surrogatepass"))
    check_docx(data)
