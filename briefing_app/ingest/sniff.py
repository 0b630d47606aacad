"""What a file really is, judged by its first bytes before its name.

People rename files, browsers save pages as ``.txt`` and mail gateways strip
extensions.  A PNG called ``article.txt`` must get "this is an image", not a screen of
mojibake; a PDF called ``article`` should simply import as a PDF.  The magic numbers
below are the common formats a desk officer might drop on the window by mistake.
"""

from __future__ import annotations

import re

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

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

# What the first bytes say a file is, as a key of _NOT_AN_ARTICLE below.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old_office"),
    (b"{\\rtf", "rtf"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7zip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "database"),
    (b"ID3", "audio"),
    (b"OggS", "audio_video"),
    (b"fLaC", "audio"),
    (b"\x1aE\xdf\xa3", "video"),
)
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "docx"),
    (b"application/vnd.oasis.opendocument.text", "odt"),
    (b"ppt/", "powerpoint"),
    (b"xl/", "excel"),
    (b"application/epub+zip", "epub"),
)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b)", re.IGNORECASE | re.DOTALL)

# One whole sentence per kind of file: translators need the sentence, not a noun to
# insert (German articles and endings depend on the noun).
_NOT_AN_ARTICLE = {
    "png": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a PNG image, not a text file or document with an article."),
    "jpeg": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a JPEG image, not a text file or document with an article."),
    "gif": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a GIF image, not a text file or document with an article."),
    "tiff": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a TIFF image, not a text file or document with an article."),
    "icon": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is an icon file, not a text file or document with an article."),
    "old_office": QT_TRANSLATE_NOOP(
        "BriefingError",
        "“{name}” is an old-style Microsoft Office file (.doc, .xls or .ppt), not a text file or document with an article.",
    ),
    "rtf": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is an RTF document, not a text file or document with an article."),
    "gzip": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a gzip archive, not a text file or document with an article."),
    "7zip": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a 7-Zip archive, not a text file or document with an article."),
    "rar": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a RAR archive, not a text file or document with an article."),
    "bzip2": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a bzip2 archive, not a text file or document with an article."),
    "xz": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is an xz archive, not a text file or document with an article."),
    "zip": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a ZIP archive, not a text file or document with an article."),
    "program": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a program, not a text file or document with an article."),
    "database": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is a database file, not a text file or document with an article."
    ),
    "audio": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is an audio file, not a text file or document with an article."),
    "audio_video": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is an audio or video file, not a text file or document with an article."
    ),
    "video": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a video file, not a text file or document with an article."),
    "media": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is an image, audio or video file, not a text file or document with an article."
    ),
    "video_photo": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is a video or photo file, not a text file or document with an article."
    ),
    "odt": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is an OpenDocument text (.odt), not a text file or document with an article."
    ),
    "powerpoint": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is a PowerPoint presentation, not a text file or document with an article."
    ),
    "excel": QT_TRANSLATE_NOOP(
        "BriefingError", "“{name}” is an Excel workbook, not a text file or document with an article."
    ),
    "epub": QT_TRANSLATE_NOOP("BriefingError", "“{name}” is an e-book (.epub), not a text file or document with an article."),
}
# The hint texts spell out SUPPORTED_LIST (lupdate needs whole literals); a test keeps them in step.
_IMPORTS_HINT = QT_TRANSLATE_NOOP(
    "BriefingError", "Briefing Desk imports text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf)."
)
_HINT_FOR = {
    "rtf": QT_TRANSLATE_NOOP(
        "BriefingError", "Save it as .docx or plain text in your word processor, or copy and paste the text."
    ),
    "old_office": QT_TRANSLATE_NOOP("BriefingError", "Open it in Word and save it as .docx."),
    "odt": QT_TRANSLATE_NOOP("BriefingError", "Save it as .docx in your word processor, or copy and paste the text."),
}


def not_an_article(kind: str, name: str) -> ArticleImportError:
    """The error for a file whose first bytes show it is ``kind`` (a key of ``_NOT_AN_ARTICLE``)."""
    return ArticleImportError(
        _NOT_AN_ARTICLE[kind], hint=_HINT_FOR.get(kind, _IMPORTS_HINT), name=name, path=name
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
        raise not_an_article("zip", name)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise not_an_article(what, name)
    if head[8:12] in (b"WEBP", b"AVI ", b"WAVE") and head.startswith(b"RIFF"):
        raise not_an_article("media", name)
    if head[4:8] == b"ftyp":
        raise not_an_article("video_photo", name)
    if claimed == "pdf":
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” is not a valid PDF file (it may be damaged or only partly downloaded)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Download or export the PDF again."),
            name=name,
            path=name,
        )
    if claimed == "docx":
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” is not a valid Word document (it may be damaged or only partly copied)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in Word and save it again as .docx, or copy and paste the text."),
            name=name,
            path=name,
        )
    if has_binary_nuls(head):
        if claimed in ("text", "markdown", "html"):
            raise ArticleImportError(
                QT_TRANSLATE_NOOP(
                    "BriefingError", "“{name}” does not contain text: it looks like binary data under a text file name."
                ),
                hint=QT_TRANSLATE_NOOP(
                    "BriefingError",
                    "Check that you chose the right file. "
                    "Briefing Desk imports text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf).",
                ),
                name=name,
                path=name,
            )
        raise unsupported(name)
    if claimed:
        return claimed
    return "html" if looks_like_html(head) else "text"


def unsupported(name: str) -> ArticleImportError:
    return ArticleImportError(
        QT_TRANSLATE_NOOP("BriefingError", "“{name}” is not a format Briefing Desk can import."),
        hint=QT_TRANSLATE_NOOP(
            "BriefingError",
            "Supported are text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf); "
            "or copy the article text and paste it.",
        ),
        name=name,
        path=name,
    )
