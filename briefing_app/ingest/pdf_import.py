"""PDF files with a text layer (e-paper pages, "print to PDF" of a web article).

pypdf reads the text layer page by page.  Lines that repeat at the top or bottom of
several pages (the paper's name, the date, the page number) are running headers and
are taken out before the wrapped lines are joined into paragraphs.  A scanned PDF has
no text layer; we say so plainly rather than import an empty article, since OCR is
not part of the app.  The PDF info dictionary gives title, author and keywords; its
dates describe the file, not the article, and are not used.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing_app.core.article import RemovedLine
from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .cleaning import PDF as PDF_PROFILE
from .formats import Extracted
from .metadata import Metadata
from .normalize import normalized_lines

if TYPE_CHECKING:
    from pypdf import PdfReader

#: Pages read from one PDF: articles and e-paper issues have far fewer; a 10,000-page
#: file took minutes.  Later pages are listed as not read (reason ``UNREAD_PAGES``).
MAX_PAGES = 300
UNREAD_PAGES = "pages_not_read"
#: Fewer letters than this on all pages together means there is no usable text layer.
_MIN_LETTERS = 20
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:Seite|Page|S\.)?\s*\d{1,4}(?:\s*(?:/|von|of)\s*\d{1,4})?(?:\s*[-–—])?$", re.I)
_JUNK_TITLE = re.compile(r"^(?:untitled|unbenannt|microsoft word - .*|.*\.(?:docx?|pdf|indd|txt))$", re.IGNORECASE)

NO_TEXT_LAYER = QT_TRANSLATE_NOOP(
    "BriefingError",
    "This PDF has no text layer (probably a scan). OCR is not supported yet; "
    "copy the text from another source or paste it.",
)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs damage it works around ("EOF marker not found" …) to stderr; the import
    reports what matters in its own words, so those lines are held back while reading."""
    logger = logging.getLogger("pypdf")
    before = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(before)


def extract_pdf(data: bytes, name: str = "") -> Extracted:
    with _quiet_pypdf():
        return _extract(data, name)


def _extract(data: bytes, name: str) -> Extracted:
    reader = _open(data, name)
    pages: list[list[str]] = []
    total = len(reader.pages)
    for number, page in enumerate(reader.pages):
        if number == MAX_PAGES:
            break
        try:
            text = page.extract_text() or ""
        except Exception:  # one unreadable page should not lose the others
            text = ""
        pages.append(normalized_lines(text))
    if sum(ch.isalpha() for lines in pages for line in lines for ch in line) < _MIN_LETTERS:
        raise ArticleImportError(NO_TEXT_LAYER, hint="", path=name or None)
    lines, preset = _join_pages(pages)
    unread = [unread_pages_note(MAX_PAGES + 1, total)] if total > MAX_PAGES else []
    return Extracted(lines, _metadata(reader), PDF_PROFILE, preset=preset, unread=unread)


def unread_pages_note(first: int, last: int) -> RemovedLine:
    """What stays unread of a very long PDF, kept with the removed lines so it is seen."""
    return RemovedLine(f"{first}–{last}", UNREAD_PAGES)


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        try:
            locked = reader.is_encrypted and not reader.decrypt("")
        except DependencyError as exc:  # AES needs the cryptography package
            raise ArticleImportError(
                QT_TRANSLATE_NOOP("BriefingError", "“{name}” is encrypted with AES, which this installation cannot decrypt."),
                hint=QT_TRANSLATE_NOOP(
                    "BriefingError", "Install Briefing Desk again with all its parts, or open the PDF in a viewer and copy the text."
                ),
                name=name or "PDF",
                path=name or None,
            ) from exc
        if locked:
            raise ArticleImportError(
                QT_TRANSLATE_NOOP("BriefingError", "“{name}” is protected by a password.")
                if name
                else QT_TRANSLATE_NOOP("BriefingError", "This PDF is protected by a password."),
                hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in a PDF viewer and copy the text, or save an unprotected copy."),
                name=name,
                path=name or None,
            )
        len(reader.pages)  # parses the page tree: a truncated file fails here, not later
        return reader
    except ArticleImportError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "The PDF “{name}” is damaged or incomplete and cannot be read.")
            if name
            else QT_TRANSLATE_NOOP("BriefingError", "This PDF is damaged or incomplete and cannot be read."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Download or export it again, or copy the article text and paste it."),
            name=name,
            path=name or None,
        ) from exc


def _join_pages(pages: list[list[str]]) -> tuple[list[str], dict[int, str]]:
    """All pages' lines in one list, with running headers and page numbers marked."""
    edge_counts: dict[str, int] = {}
    for lines in pages:
        for line in {*lines[:2], *lines[-2:]}:
            key = _shape(line)
            edge_counts[key] = edge_counts.get(key, 0) + 1
    lines_out: list[str] = []
    preset: dict[int, str] = {}
    for lines in pages:
        for position, line in enumerate(lines):
            at_edge = position < 2 or position >= len(lines) - 2
            if at_edge and _PAGE_NUMBER.match(line):
                preset[len(lines_out)] = "page_number"
            elif at_edge and len(pages) > 1 and line and edge_counts.get(_shape(line), 0) >= 2:
                preset[len(lines_out)] = "running_header"
            lines_out.append(line)
    return lines_out, preset


def _shape(line: str) -> str:
    """A line with its digits blanked, so 'Seite 2' and 'Seite 3' repeat as one header."""
    return re.sub(r"\d+", "#", line)


def _metadata(reader: PdfReader) -> Metadata:
    try:
        info: Mapping[str, object] = reader.metadata or {}
    except Exception:  # a broken info dictionary only costs metadata
        return Metadata()
    title = str(info.get("/Title") or "").strip()
    if _JUNK_TITLE.match(title):
        title = ""
    keywords = [k.strip() for k in str(info.get("/Keywords") or "").replace(";", ",").split(",") if k.strip()]
    return Metadata(title=title, author=str(info.get("/Author") or "").strip(), tags=keywords)
