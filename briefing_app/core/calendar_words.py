"""Names of months and weekdays as German and English texts write them.

One table for every rule that meets a date: the date reader of the import (which needs a
month's number), the speaker rules (a weekday or month is never a name), the sentence
splitter ("14. Oktober" does not end a sentence) and the figure reader ("5 Mrz" is a date,
not a count).
"""

from __future__ import annotations

# month number -> (full names as written, capitalised; lower-case abbreviations and spellings)
_MONTH_TABLE: tuple[tuple[str, str], ...] = (
    ("Januar Jänner January", "jan"),
    ("Februar Feber February", "feb"),
    ("März March", "maerz mär mrz mar"),
    ("April", "apr"),
    ("Mai May", ""),
    ("Juni June", "jun"),
    ("Juli July", "jul"),
    ("August", "aug"),
    ("September", "sept sep"),
    ("Oktober October", "okt oct"),
    ("November", "nov"),
    ("Dezember December", "dez dec"),
)

#: Full month names, German and English, capitalised as written.
MONTHS: tuple[str, ...] = tuple(name for full, _ in _MONTH_TABLE for name in full.split())
#: Lower-case abbreviations and other spellings of months ("okt", "sept", "maerz").
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(abbr for _, short in _MONTH_TABLE for abbr in short.split())
#: Every lower-case month word (full name or abbreviation) with its number, 1–12.
MONTH_NUMBERS: dict[str, int] = {
    word: number
    for number, (full, short) in enumerate(_MONTH_TABLE, start=1)
    for word in [*full.lower().split(), *short.split()]
}

WEEKDAYS = frozenset({
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
})
