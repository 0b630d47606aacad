"""Zip containers (Word files, PowerPoint and Word templates) measured before anything is
extracted from them.

A "zip bomb" renamed .docx or .pptx is a few megabytes on disk and gigabytes once unpacked;
a 4 GB one took 8 GB of memory before the Word reader gave up.  The sizes the archive
declares are added up first, then every member is decompressed as a stream and counted,
stopping at the limit, so neither a lying header nor a huge member gets further than the
cap.  Only then does a reader open the file.  Each caller words the refusal for what the
user gave it (an article to import, a template to export with).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from briefing_app.core.sizes import MEGABYTE

#: Unpacked size of all members together.  Word files of long articles with pictures and
#: corporate templates with their masters unpack to a few dozen megabytes.
MAX_UNPACKED_BYTES = 300 * MEGABYTE
#: Members in one archive (a Word file or a template has a few dozen to a few hundred).
MAX_MEMBERS = 5_000
_CHUNK = MEGABYTE


@dataclass(frozen=True)
class ZipExcess:
    """What is too much: ``members`` (their count) or ``size`` (bytes unpacked)."""

    what: str
    amount: int
    at_least: bool = False  # the amount is where counting stopped, not the whole


def zip_excess(data: bytes) -> ZipExcess | None:
    """The first limit ``data`` exceeds, or ``None``; damage is left to the reader to name."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            return ZipExcess("members", len(members))
        declared = sum(max(0, m.file_size) for m in members)
        if declared > MAX_UNPACKED_BYTES:
            return ZipExcess("size", declared)
        unpacked = 0
        for member in members:
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            return ZipExcess("size", unpacked, at_least=True)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError):
                return None  # damaged or encrypted: the reader says so in its own words
    return None
