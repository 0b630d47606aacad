"""Reading a number the user typed into a value field ("1,2 Bio.", "160.000.000.000", "1.2e12").

The editor shows and takes the *true* value; scale words are accepted so nobody has to
count zeros.  German and English separators are both understood; the UI language only
decides the ambiguous case of one separator followed by exactly three digits.  Scale words
are the figure grammar's own (``numbers.scale_exponent``), so "Billion" means 10^12 in a
German UI and 10^9 in an English one, exactly as in article text.  A value outside the
range a figure can have (``numbers.in_figure_range``: "1e999999", "NaN", "Infinity") is
refused like any other non-number, because a stored value must stay printable and
exportable.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from .numbers import MAX_DIGITS, in_figure_range, scale_exponent

_NUMBER = re.compile(r"^([+-]?[\d.,' \u00a0\u202f]*\d(?:[eE][+-]?\d{1,4})?)\s*([^\d\s]*)$")


def _scale(word: str, language: str) -> int | None:
    """Power of ten of a typed scale word, the UI language first, then the other one."""
    if not word:
        return 0
    other = "en" if language == "de" else "de"
    exp = scale_exponent(word, language)
    if exp is None:
        exp = scale_exponent(word, other)
    return exp


def parse_value(text: str, language: str = "de") -> Decimal | None:
    """The value as a ``Decimal``, or ``None`` when ``text`` is not a usable number."""
    m = _NUMBER.match(text.strip())
    if not m:
        return None
    num, word = m.group(1), m.group(2).lower()
    exp = _scale(word, language)
    if exp is None:
        return None
    num = re.sub(r"[' \u00a0\u202f]", "", num)
    if sum(ch.isdigit() for ch in num) > MAX_DIGITS + 4:
        return None
    mantissa = num
    if "e" in num.lower():
        pass  # scientific notation ("1.2e12") is read as written
    elif "," in num and "." in num:
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        mantissa = num.replace("." if dec == "," else ",", "").replace(",", ".")
    elif num.count(",") > 1 or num.count(".") > 1:
        mantissa = num.replace(",", "").replace(".", "")
    elif "," in num or "." in num:
        sep = "," if "," in num else "."
        whole, frac = num.split(sep)
        thousands_sep = "." if language == "de" else ","
        if sep == thousands_sep and len(frac) == 3 and whole:
            mantissa = whole + frac
        else:
            mantissa = whole + "." + frac
    with localcontext() as ctx:
        ctx.prec = 64
        try:
            value = Decimal(mantissa).scaleb(exp)
        except InvalidOperation:
            return None
        if not in_figure_range(value):
            return None
        # Whole numbers are stored without an exponent (1200000000000, not 1.2E+12).
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
