"""What every file reader hands to the cleaning step, and which reader serves which format.

Each reader turns the original bytes into normalised lines plus whatever metadata the
file itself declares.  The same reader runs again when a removed line is restored, so
it must be a pure function of the bytes.  Readers are imported on first use: the PDF
and Word libraries and trafilatura cost start-up time the text path does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from briefing_app.core.article import RemovedLine

from .cleaning import TEXT, Profile
from .metadata import Metadata


@dataclass
class Extracted:
    lines: list[str]
    meta: Metadata = field(default_factory=Metadata)
    profile: Profile = TEXT
    #: True where the file's own metadata is more reliable than lines in the text
    #: (a web page's <meta> tags); False where it often describes the file, not the
    #: article (a Word file's author is whoever saved it).
    file_meta_first: bool = False
    #: Lines the reader already knows are clutter (a PDF's running headers), by index.
    preset: dict[int, str] = field(default_factory=dict)
    #: Parts the reader left unread because of a limit (a PDF's pages beyond the page
    #: limit); they join the article's removed lines, so the user sees them.
    unread: list[RemovedLine] = field(default_factory=list)


_READERS = {
    "text": ("text_import", "extract_text"),
    "markdown": ("text_import", "extract_text"),
    "paste": ("text_import", "extract_text"),
    "html": ("html_import", "extract_html"),
    "docx": ("docx_import", "extract_docx"),
    "pdf": ("pdf_import", "extract_pdf"),
}


def reader_for(fmt: str) -> Callable[[bytes, str], Extracted]:
    """The reader for an ``original_format`` value; KeyError for an unknown one."""
    module, function = _READERS[fmt]
    # Imported by name so that opening the app does not load the PDF and DOCX stacks.
    reader: Callable[[bytes, str], Extracted] = getattr(import_module(f"{__package__}.{module}"), function)
    return reader
