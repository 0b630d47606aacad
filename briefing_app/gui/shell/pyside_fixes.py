"""Work-arounds for defects of the installed Qt binding, applied once on import of ``gui``.

PySide6 6.12 returns ``None`` from every void method (``setText``, ``processEvents``,
``show`` …) without taking a reference to it.  On Python 3.12+ ``None`` is immortal and
nothing happens; on Python 3.11 each such call lowers ``None``'s reference count by one,
and after some ten thousand calls – a few minutes of normal use – the interpreter
aborts with "Fatal Python error: none_dealloc".  Giving ``None`` a practically endless
reference count makes it as immortal as 3.12 does.  ``None`` is never freed anyway, so
this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 50


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcnt.value < _RESERVE:
        refcnt.value += _RESERVE


make_none_immortal()
