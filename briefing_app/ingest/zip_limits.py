"""Zip containers (Word files) measured before anything is extracted from them.

A "zip bomb" renamed .docx is a few megabytes on disk and gigabytes once unpacked; a
4 GB one took 8 GB of memory before the Word reader gave up.  The sizes the archive
declares are added up first, then every member is decompressed as a stream and
counted, stopping at the limit, so neither a lying header nor a huge member gets
further than the cap.  Only then does the Word reader open the file.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .reading import MEGABYTE, format_size

#: Unpacked size of all members together.  Word files of long articles with pictures
#: unpack to a few dozen megabytes; their text is a small part of it.
MAX_UNPACKED_BYTES = 300 * MEGABYTE
#: Members in one archive (a Word file has a few dozen).
MAX_MEMBERS = 5_000
_CHUNK = MEGABYTE


def check_zip(data: bytes, name: str = "") -> None:
    """Refuse an archive that unpacks beyond the limits; damage is left to the reader to name."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refusal(
                QT_TRANSLATE_NOOP("BriefingError", "“{name}” holds {count} packed files; Briefing Desk reads Word files with up to {limit}."),
                name, count=f"{len(members):,}", limit=f"{MAX_MEMBERS:,}",
            )
        declared = sum(max(0, m.file_size) for m in members)
        if declared > MAX_UNPACKED_BYTES:
            raise _too_large(name, declared)
        unpacked = 0
        for member in members:
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise _too_large(name, unpacked, at_least=True)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError):
                return  # damaged or encrypted: the Word reader says so in its own words


def _too_large(name: str, size: int, *, at_least: bool = False) -> ArticleImportError:
    if at_least:
        template = QT_TRANSLATE_NOOP("BriefingError", "“{name}” unpacks to more than {size}; Briefing Desk reads Word files that unpack to at most {limit}.")
    else:
        template = QT_TRANSLATE_NOOP("BriefingError", "“{name}” unpacks to {size}; Briefing Desk reads Word files that unpack to at most {limit}.")
    return _refusal(template, name, size=format_size(size), limit=format_size(MAX_UNPACKED_BYTES))


def _refusal(template: str, name: str, **fields: str) -> ArticleImportError:
    return ArticleImportError(
        template,
        hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in Word and copy the article text, then paste it."),
        name=name or "file",
        path=name or None,
        **fields,
    )
