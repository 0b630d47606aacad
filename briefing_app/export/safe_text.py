"""Text every writer can store: no characters that XML forbids, no unbounded markings.

Article text comes from anywhere (pasted, scraped, decoded with a guessed charset) and
may hold U+FFFE/U+FFFF, lone surrogates or C0 control characters.  PowerPoint and Word
files are XML, and reportlab encodes to UTF-8, so each of these would end an export
with a traceback.  The neutral model is cleaned once here, before any writer sees it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# Not allowed in XML 1.0: C0 controls except tab/newline/return, surrogates, U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# A classification marking is a short phrase ("VS – Nur für den Dienstgebrauch");
# longer text is cut so that headers and footers stay one line.
MAX_MARKING = 80

T = TypeVar("T")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (dropped, not replaced)."""
    return _XML_INVALID.sub("", text)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clean(value: T) -> T:
    """``value`` with every string inside (dataclass fields, lists, tuples) made XML-safe."""
    return _clean(value)  # type: ignore[no-any-return]  # _clean rebuilds a value of the same type it was given


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value) if _XML_INVALID.search(value) else value
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value
