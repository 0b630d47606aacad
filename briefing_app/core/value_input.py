"""Reading a number the user typed into a value field ("1,2 Bio.", "160.000.000.000", "1.2e12").

The editor shows and takes the *true* value; scale words are accepted so nobody has to
count zeros.  German and English separators are both understood; the UI language only
decides the ambiguous case of one separator followed by exactly three digits.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SCALES = {
    "tsd": 3, "tsd.": 3, "tausend": 3, "thousand": 3, "k": 3,
    "mio": 6, "mio.": 6, "million": 6, "millionen": 6, "m": 6, "mn": 6,
    "mrd": 9, "mrd.": 9, "milliarde": 9, "milliarden": 9, "billion": 9, "bn": 9, "b": 9,
    "bio": 12, "bio.": 12, "billionen": 12, "trillion": 12, "tn": 12,
}
_NUMBER = re.compile(r"^([+-]?[\d.,' \u00a0\u202f]*\d(?:[eE][+-]?\d+)?)\s*([^\d\s]*)$")


def parse_value(text: str, language: str = "de") -> Decimal | None:
    """The value as a ``Decimal``, or ``None`` when ``text`` is not a number."""
    m = _NUMBER.match(text.strip())
    if not m:
        return None
    num, word = m.group(1), m.group(2).lower()
    if word and word not in _SCALES:
        return None
    if language == "en" and word == "billion":
        exp = 9
    else:
        exp = _SCALES.get(word, 0)
        if word == "billion" and language == "de":
            exp = 12  # a German "Billion" is 10^12
    num = re.sub(r"[' \u00a0\u202f]", "", num)
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
    try:
        value = Decimal(mantissa).scaleb(exp)
    except InvalidOperation:
        return None
    # Whole numbers are stored without an exponent (1200000000000, not 1.2E+12).
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
