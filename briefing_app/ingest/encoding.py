"""Turning the bytes of a text file into a string.

Articles reach us as UTF-8 from browsers, as UTF-16 from Windows' clipboard tools and
Notepad, and as cp1252 / latin-1 from older German office machines.  We try the
encodings that announce themselves (a BOM) first, then the strict ones that rarely
decode by accident (UTF-8), then the Western single-byte code pages when the text
reads like a Western language, and only then let charset-normalizer guess (Cyrillic,
Chinese, Japanese code pages …).  A wrong guess would silently garble names and
figures, so the cheap certain checks come before the statistical one.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Characters a Western text decoded as cp1252 plausibly contains beyond ASCII.  Bytes
#: of a Cyrillic or Greek code page decode to these too, which is why the share of
#: non-ASCII letters is checked as well (see :func:`_reads_as_western`).
_WESTERN_EXTRA = set("€‚„…†‡‰‹›‘’“”•–—˜™«»°±²³´µ·¸¹º¼½¾¿×÷§©®¬¶¦¡¢£¤¥\u00a0\u00ad")


class UndecodableText(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 text without a BOM, else None.

    Text in a Latin script stored as UTF-16 has a NUL in nearly every other byte, always
    on the same side; binary data has NULs scattered on both sides.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
        if len(sample) < 4:
            return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, other, name in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be")):
        if nuls >= 0.4 * half and other <= 0.02 * half:
            try:
                text = data[: len(data) - len(data) % 2].decode(name)
            except UnicodeDecodeError:
                return None
            if _printable_share(text) > 0.95:
                return name
    return None


def has_binary_nuls(data: bytes) -> bool:
    """True if NUL bytes show this is not text (UTF-16/32 text has NULs too)."""
    head = data[:8192]
    if b"\x00" not in head:
        return False
    return bom_encoding(head) is None and bomless_utf16(head) is None


def decode_text(data: bytes) -> Decoded:
    """Decode ``data``; raise :class:`UndecodableText` if it is not text."""
    bom = bom_encoding(data)
    if bom:
        name, size = bom
        try:
            return Decoded(data[size:].decode(name), name + ("-sig" if name == "utf-8" else ""))
        except UnicodeDecodeError:
            pass  # a stray BOM before text in another encoding: go on guessing
    utf16 = bomless_utf16(data)
    if utf16:
        return Decoded(data[: len(data) - len(data) % 2].decode(utf16), utf16)
    if has_binary_nuls(data):
        raise UndecodableText("NUL bytes in a file without a UTF-16/32 byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _decode_western(data)
    if western:
        return western
    guessed = _guess(data)
    if guessed:
        return guessed
    # latin-1 maps every byte, so it always "works"; we use it only for text whose
    # non-ASCII part is small enough that a wrong guess cannot garble much.
    text = data.decode("latin-1")
    if _printable_share(text) > 0.9:
        return Decoded(text, "latin-1")
    raise UndecodableText("no encoding gives readable text")


def _decode_western(data: bytes) -> Decoded | None:
    """cp1252 (or latin-1 where cp1252 leaves a byte undefined) for Western text."""
    for name in ("cp1252", "latin-1"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _reads_as_western(text, allow_c1=name == "latin-1"):
            return Decoded(text, name)
    return None


def _reads_as_western(text: str, *, allow_c1: bool = False) -> bool:
    """German, French, English … with a few accented letters among many ASCII ones.

    ``allow_c1``: ISO latin-1 defines 0x80–0x9F as control characters; a stray one
    (cp1252 leaves five of those bytes undefined) does not make the text non-Western.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    non_ascii = [c for c in letters if ord(c) > 127]
    if len(non_ascii) > 0.25 * len(letters):
        return False  # whole words of "letters" above 127: a Cyrillic/Greek code page
    extras = [c for c in text if ord(c) > 127 and not c.isalpha()]
    if any(c not in _WESTERN_EXTRA and not (allow_c1 and "\x80" <= c <= "\x9f") for c in extras):
        return False  # C1 controls or odd symbols: probably another code page
    return all(ord(c) < 0x250 for c in non_ascii)


def _guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _printable_share(text) < 0.9:
        return None
    return Decoded(text, best.encoding)


def _printable_share(text: str) -> float:
    if not text:
        return 1.0
    sample = text[:4096]
    good = sum(1 for c in sample if c.isprintable() or c in "\n\r\t\f")
    return good / len(sample)
