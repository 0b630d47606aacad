"""Reading a file from disk, refusing what is too large before it is read.

A desk officer may drop anything on the window: a folder, a 2 GB video, a file on a
share they may not read.  Each case gets its own message here; the size is checked
with ``stat`` (and again while reading, for files that grow or lie about their size)
so a huge file is refused at once instead of being loaded into memory first.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.errors import ArticleImportError

MEGABYTE = 1024 * 1024
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


def format_size(n: int) -> str:
    """``20 MB``, ``50.3 MB``, ``812 KB`` — how a user reads sizes."""
    if n >= MEGABYTE:
        mb = n / MEGABYTE
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def too_large_error(
    size: int, limit: int, path: str | None = None, *, at_least: bool = False
) -> ArticleImportError:
    shown = ("more than " if at_least else "") + format_size(size)
    return ArticleImportError(
        f"This file is too large to import ({shown}; the limit is {format_size(limit)}).",
        hint="Copy the article text out of it and paste it, or save only the article page.",
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
                f"“{path.name}” is a folder, not a file.",
                hint="Choose the article file inside it.",
                path=shown,
            )
        limit = size_limit(path.suffix)
        check_size(path.stat().st_size, limit, shown)
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise ArticleImportError(
            f"The file “{path.name}” was not found.",
            hint="It may have been moved, renamed or deleted; choose it again.",
            path=shown,
        ) from None
    except PermissionError:
        raise ArticleImportError(
            f"Briefing Desk is not allowed to read “{path.name}” (permission denied).",
            hint="Copy the file to a folder of your own, or ask the owner for read access.",
            path=shown,
        ) from None
    except OSError as exc:
        raise ArticleImportError(
            f"“{path.name}” could not be read ({exc.strerror or exc}).",
            hint="Check that the drive or network share is available and try again.",
            path=shown,
        ) from None
    if len(data) > limit:  # it grew after stat(), or stat() lied (pipes, some shares)
        raise too_large_error(limit, limit, shown, at_least=True)
    return data
