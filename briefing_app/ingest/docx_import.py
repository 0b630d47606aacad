"""Word documents (.docx): articles saved from a press database or pasted into Word.

Paragraphs and tables are read in document order; each paragraph is one block of the
clean text.  Copied web clutter is as common here as in plain text, so the same rules
apply.  Of the core properties only those that describe the content are used (title,
author, keywords, category); the file's created/modified dates say when the *file*
was made, not when the article appeared, so they never become the publication date.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .formats import Extracted
from .metadata import Metadata
from .normalize import paragraph_lines
from .zip_limits import check_zip

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table

#: Author names that programs write into files they create, not people.
_GENERATOR_AUTHORS = {"python-docx", "microsoft office user", "administrator", "admin", "user", "unknown", "author"}


def extract_docx(data: bytes, name: str = "") -> Extracted:
    check_zip(data, name)
    from docx.table import Table

    document = _open(data, name)
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_rows(item))
        else:
            blocks.append(item.text)
    return Extracted(paragraph_lines(blocks), _metadata(document))


def _open(data: bytes, name: str) -> DocxDocument:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
        raise _damaged(name) from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and other parser failures
        raise _damaged(name) from exc


def _damaged(name: str) -> ArticleImportError:
    return ArticleImportError(
        QT_TRANSLATE_NOOP("BriefingError", "The Word document “{name}” is damaged or incomplete and cannot be read.")
        if name
        else QT_TRANSLATE_NOOP("BriefingError", "This Word document is damaged or incomplete and cannot be read."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in Word and save it again, or copy the article text and paste it."),
        name=name,
        path=name or None,
    )


def _table_rows(table: Table) -> list[str]:
    """One line per table row, cells separated by ' | ' (merged cells appear once)."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _metadata(document: DocxDocument) -> Metadata:
    props = document.core_properties
    author = (props.author or "").strip()
    if author.lower() in _GENERATOR_AUTHORS:
        author = ""
    keywords = [k.strip() for k in (props.keywords or "").replace(";", ",").split(",") if k.strip()]
    return Metadata(
        title=(props.title or "").strip(),
        author=author,
        section=(props.category or "").strip(),
        tags=keywords,
    )
