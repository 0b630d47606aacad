"""Reading a file from disk, refusing what is too large before it is read.

A desk officer may drop anything on the window: a folder, a 2 GB video, a file on a
share they may not read.  Each case gets its own message here; the size is checked
with ``stat`` (and again while reading, for files that grow or lie about their size)
so a huge file is refused at once instead of being loaded into memory first.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.sizes import MEGABYTE, format_size

#: Text, Markdown and web pages: 20 MB is hundreds of long articles; anything larger
#: is a log file, a database dump or a mistake, and would freeze the text view.
MAX_TEXT_BYTES = 20 * MEGABYTE
#: Saved web pages may inline their pictures as base64 ("single file" saves).
MAX_WEB_PAGE_BYTES = 50 * MEGABYTE
#: Word and PDF files carry pictures and fonts, so they may be larger for the same text.
MAX_DOCUMENT_BYTES = 100 * MEGABYTE

_LIMITS = {".pdf": MAX_DOCUMENT_BYTES, ".docx": MAX_DOCUMENT_BYTES, ".html": MAX_WEB_PAGE_BYTES, ".htm": MAX_WEB_PAGE_BYTES}


def size_limit(suffix: str) -> int:
    """The largest file, in bytes, we accept for this file name ending."""
    return _LIMITS.get(suffix.lower(), MAX_TEXT_BYTES)


def too_large_error(
    size: int, limit: int, path: str | None = None, *, at_least: bool = False
) -> ArticleImportError:
    if at_least:
        message = QT_TRANSLATE_NOOP("BriefingError", "This file is too large to import (more than {size}; the limit is {limit}).")
    else:
        message = QT_TRANSLATE_NOOP("BriefingError", "This file is too large to import ({size}; the limit is {limit}).")
    return ArticleImportError(
        message,
        hint=QT_TRANSLATE_NOOP("BriefingError", "Copy the article text out of it and paste it, or save only the article page."),
        size=format_size(size),
        limit=format_size(limit),
        path=path,
    )


def check_size(size: int, limit: int, path: str | None = None) -> None:
    if size > limit:
        raise too_large_error(size, limit, path)


def read_limited(path: Path) -> bytes:
    """The bytes of ``path``, or an :class:`ArticleImportError` saying why not."""
    shown = str(path)
    try:
        if path.is_dir():
            raise ArticleImportError(
                QT_TRANSLATE_NOOP("BriefingError", "“{name}” is a folder, not a file."),
                hint=QT_TRANSLATE_NOOP("BriefingError", "Choose the article file inside it."),
                name=path.name,
                path=shown,
            )
        limit = size_limit(path.suffix)
        # Opened without blocking and checked before reading: a FIFO would wait forever
        # for a writer, a device (/dev/zero) would never end.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ArticleImportError(
                    QT_TRANSLATE_NOOP(
                        "BriefingError", "“{name}” is not a regular file (a pipe, socket or device), so it is not read."
                    ),
                    hint=QT_TRANSLATE_NOOP("BriefingError", "Save the article as a file first, then import that file."),
                    name=path.name,
                    path=shown,
                )
            check_size(info.st_size, limit, shown)
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "The file “{name}” was not found."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "It may have been moved, renamed or deleted; choose it again."),
            name=path.name,
            path=shown,
        ) from None
    except PermissionError:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "Briefing Desk is not allowed to read “{name}” (permission denied)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Copy the file to a folder of your own, or ask the owner for read access."),
            name=path.name,
            path=shown,
        ) from None
    except OSError as exc:
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” could not be read ({reason})."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check that the drive or network share is available and try again."),
            name=path.name,
            reason=exc.strerror or str(exc),
            path=shown,
        ) from None
    if len(data) > limit:  # it grew after stat(), or stat() lied (pipes, some shares)
        raise too_large_error(limit, limit, shown, at_least=True)
    return data
