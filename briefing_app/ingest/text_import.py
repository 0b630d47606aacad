"""Plain text and Markdown files, and text pasted from the clipboard.

The usual case: an officer selects a whole web page in the browser, copies it into a
file or straight into the app, and the menus, share bars and pagers come along.  The
text is decoded, normalised and handed to the cleaning rules unchanged otherwise.
"""

from __future__ import annotations

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .encoding import UndecodableText, decode_text
from .formats import Extracted
from .normalize import normalized_lines
from .sniff import suffix_format, unsupported


def extract_text(data: bytes, name: str = "") -> Extracted:
    try:
        decoded = decode_text(data)
    except UndecodableText:
        if name and suffix_format(name) is None:
            raise unsupported(name) from None
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” could not be read as text: its character encoding is not recognised.")
            if name
            else QT_TRANSLATE_NOOP("BriefingError", "The text could not be read: its character encoding is not recognised."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Save it again as UTF-8 in your editor, or copy the text and paste it."),
            name=name,
            path=name or None,
        ) from None
    return Extracted(normalized_lines(decoded.text))
