"""One number grammar for German, English (and basic Chinese) press text.

Why one module: the figure finder, the figure checks and the tests must agree on what
"4.300", "1,2", "4,745", "2,345,678", "zwei Millionen", "1.5bn" or "3亿" mean.  Values are
``Decimal`` so that "1,2 Billionen" is exactly 1200000000000 and not a float near it.

Separator rules (the language decides only the ambiguous case):
* both "." and "," present: the last one is the decimal mark ("1.234,5" / "1,234.5");
* one kind, several times: thousands separators ("2,345,678" also in German text);
* one separator followed by exactly three digits: the language's thousands separator
  ("4.300" de = 4300, "4,745" en = 4745) — the other mark is a decimal ("1,234" de = 1.234);
* otherwise a decimal mark ("1,2" de, "1.5" en, and the sloppy "1.5" in German text).
Scale words follow the language: a German "Billion" is 10^12, an English "billion" 10^9.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from .units import CURRENCY_PREFIXES, TITLE_CASE_CODES

# A figure in a press article is below 10^21 in any currency (Korea's GDP is about 2·10^15 won);
# a longer digit run is a code, an ID, a pasted table or noise.  Outside these bounds a number is
# not a figure, and no arithmetic on it is attempted (the decimal context would overflow).
MAX_DIGITS = 24
FIGURE_LIMIT = Decimal(10) ** 21
# enough precision for MAX_DIGITS digits scaled by the largest scale word (10^15) and more
_PRECISION = 64


def in_figure_range(value: Decimal) -> bool:
    """True for a finite value whose size a press figure can have (see ``FIGURE_LIMIT``).

    Also refuses values with absurdly small exponents (``1E-999999``), which would make
    formatting and export crawl.
    """
    if not value.is_finite():
        return False
    return value.is_zero() or (abs(value) < FIGURE_LIMIT and value.adjusted() >= -MAX_DIGITS)

# A number starts after a non-word character, or right after a currency code written onto it
# ("RMB50 billion", "USD7bn", "HKD3m" — the code must not break the number off its currency).
_GLUED_CODES = sorted({p.upper() for p in CURRENCY_PREFIXES if p.isalpha()} | TITLE_CASE_CODES, key=len, reverse=True)
_NUMBER_START = "(?=\\d)(?:(?<![\\w.,])" + "".join(f"|(?<=(?<![A-Za-z]){code})" for code in _GLUED_CODES) + ")"
# digits with optional grouping; thin/no-break spaces and apostrophes also group thousands,
# and so does a plain space ("250 000 Euro", as DIN 5008 writes it), but never after a year
# ("2023 100 Firmen": the first group has at most three digits)
NUMBER_RE = re.compile(
    _NUMBER_START + r"(?:\d{1,3}(?:[.,\u202f\u00a0\u2009'’]\d{3})+(?:[.,]\d+)?|\d{1,3}(?: \d{3})+(?![.,]?\d)"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)

_SPACE_SEPARATORS = "\u202f\u00a0\u2009'’ "


def parse_number(token: str, language: str = "de") -> Decimal | None:
    """The value of a digit string such as "4.300", "1,2", "4,745", "1.234,5"; None if malformed."""
    s = token.strip()
    for ch in _SPACE_SEPARATORS:
        s = s.replace(ch, "")
    if not s or not s[0].isdigit() or (len(s) > MAX_DIGITS and sum(ch.isdigit() for ch in s) > MAX_DIGITS):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        intpart, frac = s.split(dec)
        if not _valid_groups(intpart, thou):
            return None
        s = intpart.replace(thou, "") + "." + frac
    elif dots or commas:
        sep = "." if dots else ","
        parts = s.split(sep)
        if len(parts) > 2:
            if not _valid_groups(s, sep):
                return None
            s = s.replace(sep, "")
        else:
            thousands_sep = "," if language in ("en", "zh") else "."
            if len(parts[1]) == 3 and sep == thousands_sep and 1 <= len(parts[0]) <= 3 and parts[0] != "0":
                s = parts[0] + parts[1]
            else:
                s = parts[0] + "." + parts[1]
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _valid_groups(s: str, sep: str) -> bool:
    parts = s.split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:])


def has_grouping(token: str, language: str) -> bool:
    """True when the digit string uses thousands separators (never a year or a date then)."""
    v = parse_number(token, language)
    return v is not None and v == v.to_integral_value() and not token.isdigit() and v >= 1000


# --- scale words ----------------------------------------------------------------------------
_SCALE_DE = {
    "tsd": 3, "tsd.": 3, "tausend": 3, "mio": 6, "mio.": 6, "million": 6, "millionen": 6, "mill.": 6,
    "mrd": 9, "mrd.": 9, "milliarde": 9, "milliarden": 9, "bio": 12, "bio.": 12, "bill.": 12, "billion": 12,
    "billionen": 12, "billiarde": 15, "billiarden": 15,
}
_SCALE_EN = {
    "thousand": 3, "k": 3, "m": 6, "mn": 6, "mln": 6, "bln": 9, "trln": 12, "million": 6, "millions": 6, "bn": 9, "b": 9,
    "billion": 9, "billions": 9, "tn": 12, "trillion": 12, "trillions": 12,
}
_SCALE_ZH = {"千": 3, "万": 4, "萬": 4, "百万": 6, "亿": 8, "億": 8, "万亿": 12}


def scale_exponent(word: str, language: str) -> int | None:
    """Power of ten of a scale word as written ("Mrd." -> 9, "bn" -> 9, "Billionen" -> 12 in de)."""
    w = word.lower()
    if word in _SCALE_ZH:
        return _SCALE_ZH[word]
    if language == "en":
        return _SCALE_EN.get(w)
    got = _SCALE_DE.get(w)
    if got is None and language != "de":
        got = _SCALE_EN.get(w)
    if got is None and w in ("bn", "mn", "m", "k", "mln", "bln"):
        got = _SCALE_EN[w]  # English abbreviations turn up in German business text too
    return got


SCALE_WORDS_DE = r"Tsd\.|Tausend|tausend|Mio\.?|Millionen|Million|Mill\.|Mrd\.?|Milliarden|Milliarde|Bio\.?|Bill\.|Billionen|Billion|Billiarden|Billiarde"
SCALE_WORDS_EN = r"thousand|million|millions|billion|billions|trillion|trillions|bn|mn|mln|bln|trln|tn"
ATTACHED_SCALE_EN = r"bn|mn|m|k|tn|b"

# --- number words ---------------------------------------------------------------------------
_DE_UNITS = {
    "null": 0, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
_DE_FRACTIONS = {"halbe": Decimal("0.5"), "halben": Decimal("0.5"), "anderthalb": Decimal("1.5"),
                 "eineinhalb": Decimal("1.5"), "zweieinhalb": Decimal("2.5"), "dreieinhalb": Decimal("3.5")}
_EN_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}


def parse_number_word(word: str, language: str) -> Decimal | None:
    """Value of a number word: "zwei", "fünfundzwanzig", "dreihundert", "twenty-five", "a", "half"."""
    w = word.lower()
    if language == "en":
        if w in _EN_UNITS:
            return Decimal(_EN_UNITS[w])
        if w in _EN_TENS:
            return Decimal(_EN_TENS[w])
        if w == "half":
            return Decimal("0.5")
        if "-" in w:
            a, _, b = w.partition("-")
            if a in _EN_TENS and b in _EN_UNITS and _EN_UNITS[b] < 10:
                return Decimal(_EN_TENS[a] + _EN_UNITS[b])
        if w in ("hundred", "thousand"):
            return Decimal(100 if w == "hundred" else 1000)
        return None
    if w in _DE_FRACTIONS:
        return _DE_FRACTIONS[w]
    n = _de_compound(w)
    return Decimal(n) if n is not None else None


def _de_compound(w: str) -> int | None:
    if not w:
        return None
    if w in _DE_UNITS:
        return _DE_UNITS[w]
    if w in _DE_TENS:
        return _DE_TENS[w]
    for word, factor in (("tausend", 1000), ("hundert", 100)):
        i = w.find(word)
        if i >= 0:
            head, tail = w[:i], w[i + len(word):]
            h = 1 if head in ("", "ein") else _de_compound(head)
            t = 0 if tail == "" else _de_compound(tail.removeprefix("und"))
            if h is None or t is None:
                return None
            return h * factor + t
    if "und" in w:
        a, _, b = w.partition("und")
        if a in _DE_UNITS and b in _DE_TENS and _DE_UNITS[a] < 10:
            return _DE_UNITS[a] + _DE_TENS[b]
    return None


def apply_scale(value: Decimal, exponent: int) -> Decimal:
    """``value`` times 10**exponent, exact and without a trailing exponent form.

    Never raises: the arithmetic runs with a precision wide enough for any number the grammar
    reads; a result outside :data:`FIGURE_LIMIT` is returned as it is (callers drop it with
    :func:`in_figure_range`) instead of being forced into a plain integer form.
    """
    if not value.is_finite():
        return value
    if value.adjusted() + exponent < 20:
        # the common case: numbers the grammar reads have at most 24 digits (parse_number), and a
        # result below 10^20 then fits the default 28-digit context
        result = value.scaleb(exponent)
        return result.quantize(Decimal(1)) if result == result.to_integral_value() else result.normalize()
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        result = value.scaleb(exponent)
        if not in_figure_range(result):
            return result
        return result.quantize(Decimal(1)) if result == result.to_integral_value() else result.normalize()
