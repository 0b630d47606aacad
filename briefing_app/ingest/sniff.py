"""What a file really is, judged by its first bytes before its name.

People rename files, browsers save pages as ``.txt`` and mail gateways strip
extensions.  A PNG called ``article.txt`` must get "this is an image", not a screen of
mojibake; a PDF called ``article`` should simply import as a PDF.  The magic numbers
below are the common formats a desk officer might drop on the window by mistake.
"""

from __future__ import annotations

import re

from briefing_app.core.errors import ArticleImportError

from .encoding import has_binary_nuls

#: File name endings the import understands, for open dialogs and messages.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf")
_FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
SUPPORTED_LIST = "text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf)"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Microsoft Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "a database file"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio or video file"),
    (b"fLaC", "an audio file"),
    (b"\x1aE\xdf\xa3", "a video file"),
)
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "docx"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    (b"ppt/", "a PowerPoint presentation"),
    (b"xl/", "an Excel workbook"),
    (b"application/epub+zip", "an e-book (.epub)"),
)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b)", re.IGNORECASE | re.DOTALL)
_HINT_FOR = {
    "an RTF document": "Save it as .docx or plain text in your word processor, or copy and paste the text.",
    "an old-style Microsoft Office file (.doc, .xls or .ppt)": "Open it in Word and save it as .docx.",
    "an OpenDocument text (.odt)": "Save it as .docx in your word processor, or copy and paste the text.",
}


def not_an_article(what: str, name: str) -> ArticleImportError:
    return ArticleImportError(
        f"“{name}” is {what}, not a text file or document with an article.",
        hint=_HINT_FOR.get(what, f"Briefing Desk imports {SUPPORTED_LIST}."),
        path=name,
    )


def suffix_format(name: str) -> str | None:
    """The format a file name announces, or None for an unknown ending."""
    dot = name.rfind(".")
    return _FORMAT_BY_SUFFIX.get(name[dot:].lower()) if dot >= 0 else None


def looks_like_html(head: bytes | str) -> bool:
    """A full HTML document (doctype or <html>), not text that mentions a tag."""
    if isinstance(head, str):
        head = head[:2048].encode("utf-8", "replace")
    return bool(_HTML_START.match(head[:2048].lstrip(b"\xef\xbb\xbf")))


def sniff_format(data: bytes, name: str) -> str:
    """``text``, ``markdown``, ``html``, ``docx`` or ``pdf`` for ``data``, or an
    :class:`ArticleImportError` saying what the file is instead."""
    head = data[:4096]
    claimed = suffix_format(name)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        for marker, kind in _ZIP_KINDS:
            if marker in data[:65536] or marker in data[-65536:]:
                if kind == "docx":
                    return "docx"
                raise not_an_article(kind, name)
        if claimed == "docx":
            return "docx"  # a damaged Word file: the Word reader gives the precise message
        raise not_an_article("a ZIP archive", name)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise not_an_article(what, name)
    if head[8:12] in (b"WEBP", b"AVI ", b"WAVE") and head.startswith(b"RIFF"):
        raise not_an_article("an image, audio or video file", name)
    if head[4:8] == b"ftyp":
        raise not_an_article("a video or photo file", name)
    if claimed == "pdf":
        raise ArticleImportError(
            f"“{name}” is not a valid PDF file (it may be damaged or only partly downloaded).",
            hint="Download or export the PDF again.",
            path=name,
        )
    if claimed == "docx":
        raise ArticleImportError(
            f"“{name}” is not a valid Word document (it may be damaged or only partly copied).",
            hint="Open it in Word and save it again as .docx, or copy and paste the text.",
            path=name,
        )
    if has_binary_nuls(head):
        if claimed in ("text", "markdown", "html"):
            raise ArticleImportError(
                f"“{name}” does not contain text: it looks like binary data under a text file name.",
                hint=f"Check that you chose the right file. Briefing Desk imports {SUPPORTED_LIST}.",
                path=name,
            )
        raise unsupported(name)
    if claimed:
        return claimed
    return "html" if looks_like_html(head) else "text"


def unsupported(name: str) -> ArticleImportError:
    return ArticleImportError(
        f"“{name}” is not a format Briefing Desk can import.",
        hint=f"Supported are {SUPPORTED_LIST}; or copy the article text and paste it.",
        path=name,
    )
