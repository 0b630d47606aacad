"""The entry points: a file, some bytes with a name, pasted text, or several pages.

Every path ends in :func:`_build`: read the format → clean the lines → merge file
metadata with metadata found in the text → detect the language → one
:class:`~briefing_app.core.article.Article` that keeps its original bytes and every
removed line.  Anything the user can get wrong becomes an
:class:`~briefing_app.core.errors.ArticleImportError` with a message for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.core.analysis import ANALYSIS_BUDGET_CHARS
from briefing_app.core.article import Article, append_page
from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .cleaning import clean_lines
from .formats import Extracted, reader_for
from .language import detect_language
from .metadata import Metadata
from .reading import check_size, read_limited, size_limit
from .sniff import looks_like_html, sniff_format

PASTE_NAME = "Pasted text"


def import_file(path: str | Path) -> Article:
    """Import one file (text, Markdown, web page, Word or PDF)."""
    return _import_file(Path(path).expanduser())


def import_bytes(data: bytes, filename: str) -> Article:
    """Import a file's content given by its bytes (drag and drop from mail, tests)."""
    return _import_bytes(data, filename)


def import_text(text: str, *, name: str = "") -> Article:
    """Import pasted text; a pasted HTML document is read as a web page."""
    shown = name or PASTE_NAME
    if not text.strip():
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "There is nothing to import: the pasted text is empty."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Copy the article in your browser or word processor first, then paste."),
        )
    data = text.encode("utf-8")
    check_size(len(data), size_limit(".txt"))
    fmt = "html" if looks_like_html(text) else "paste"
    return _build(data, shown, fmt)


def import_pages(paths: Iterable[str | Path]) -> Article:
    """Import the pages of one article (page 1, page 2 …) as a single article.

    Later pages are appended with :func:`~briefing_app.core.article.append_page`, so
    offsets into earlier pages stay valid and the removed lines of later pages are
    numbered after those of the pages before them.
    """
    pages = [Path(p).expanduser() for p in paths]
    if not pages:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "No pages were chosen."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose the files of the article's pages in order."),
        )
    article: Article | None = None
    for number, path in enumerate(pages, start=1):
        try:
            page = _import_file(path)
        except ArticleImportError as exc:
            if len(pages) == 1:
                raise
            # the page's own message (and hint) stay whole sentences, translated on their own
            raise ArticleImportError(
                QT_TRANSLATE_NOOP("BriefingError", "Page {page_number} ({page_file}): {page_problem}"),
                hint=exc.hint_template,
                path=exc.path,
                **{**exc.fields, "page_number": str(number), "page_file": path.name, "page_problem": exc},
            ) from None
        article = page if article is None else append_page(article, page)
    assert article is not None
    return article


def _import_file(path: Path) -> Article:
    data = read_limited(path)
    return _import_bytes(data, path.name, path=str(path))


def _import_bytes(data: bytes, filename: str, *, path: str | None = None) -> Article:
    name = filename or "file"
    check_size(len(data), size_limit(Path(name).suffix), path or name)
    if not data:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "The file “{name}” is empty."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "It may not have been saved completely; save or download it again."),
            name=name,
            path=path or name,
        )
    return _build(data, name, sniff_format(data, name), path=path)


def _build(data: bytes, name: str, fmt: str, *, path: str | None = None) -> Article:
    """Clean, merge metadata and assemble the article."""
    try:
        extracted = reader_for(fmt)(data, name)
    except ArticleImportError as exc:
        exc.path = exc.path or path
        raise
    if not any(extracted.lines):
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” contains only blank space — there is no text to import."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check that you chose the right file, or copy the article text and paste it."),
            name=name,
            path=path or name,
        )
    _check_budget(sum(len(line) for line in extracted.lines), name, path)  # before cleaning, which takes time
    cleaned = clean_lines(
        extracted.lines, extracted.profile, known_title=extracted.meta.title, preset=extracted.preset
    )
    if not cleaned.text.strip():
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "Only web page clutter (menus, share buttons, page numbers …) was found in “{name}”."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check that the article text itself was copied, not just the page around it."),
            name=name,
            path=path or name,
        )
    _check_budget(len(cleaned.text), name, path)
    meta = _merged_meta(extracted, cleaned.meta)
    article = Article(
        text=cleaned.text,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        url=meta.url,
        section=meta.section,
        tags=list(meta.tags),
        language=detect_language(cleaned.text),
        retrieved_at=datetime.now(UTC),
        original=data,
        original_name=name,
        original_format=fmt,
        removed=list(cleaned.removed) + list(extracted.unread),
        line_count=len(extracted.lines),
    )
    return article


def _check_budget(chars: int, name: str, path: str | None) -> None:
    """One limit for import and analysis: a text the analyser would refuse is not imported."""
    if chars > ANALYSIS_BUDGET_CHARS:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP(
                "BriefingError", "“{name}” holds {size} characters of text; Briefing Desk reads articles of up to {limit} characters."
            ),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Copy the part of the text you need and paste it as its own article."),
            name=name,
            size=f"{chars:,}",
            limit=f"{ANALYSIS_BUDGET_CHARS:,}",
            path=path or name,
        )


def _merged_meta(extracted: Extracted, found_in_text: Metadata) -> Metadata:
    if not extracted.file_meta_first:
        return found_in_text.filled_from(extracted.meta)
    merged = extracted.meta.filled_from(found_in_text)
    if found_in_text.title:  # the headline on the page is the title without the site's name
        merged.title = found_in_text.title
    return merged

