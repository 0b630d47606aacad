"""Publication dates as German and English pages write them.

``14.10.2026``, ``14. Oktober 2026``, ``14 October 2026``, ``October 14, 2026``,
``2026-10-14``, ``2026.10.14``, ``2026年10月14日``, ``10/14/2026`` — each with an optional time (``12:30
Uhr``, ``12:30 PM CET``).  The figure checks look up exchange rates on the article's date,
so a date is only taken when it is unambiguous: ``03/04/2026`` (US or European?) is left
alone unless the page's other dates show the order, ``10/14/2026`` and ``14/10/2026`` are read.
"""

from __future__ import annotations

import re
from datetime import date

from briefing_app.core.calendar_words import MONTH_NUMBERS

from .text_shape import vocabulary

#: The labels a page sets before the time it last changed the article: 'Stand: 12:30 Uhr', 'Updated 6:20 p.m.'.
UPDATED_WORDS = "Stand|Aktualisiert|Zuletzt aktualisiert|Geändert|Updated|Last updated|Last modified|Modified"
#: One of them as a pattern, with its colon if it has one: 'Updated', 'Stand:'.
UPDATED_LABEL = rf"(?:{vocabulary(UPDATED_WORDS)})\s*:?"

_MONTH_NAMES = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A date written with its month's name and its year, day first or month first ('14 October 2026',
#: 'Oct. 14, 2026'), as a part of a larger pattern (no groups; month names in any case).
WRITTEN_DATE = (rf"(?:[0-3]?\d(?:\.|st|nd|rd|th)?\s+(?i:{_MONTH_NAMES})\.?,?\s+(?:19|20)\d\d"
                rf"|(?i:{_MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)")

#: A date line's label with the date glued on: 'Published21 Jan 2026, 05:42 PM IST'.
_GLUED_LABEL = re.compile(r"^(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Stand|Erschienen)(?=[0-9A-Z])")

#: 10/14/2026 or 14/10/2026: only when the order shows (a part above 12 is the day, or the page's
#: other dates show it); a year of two digits only with the time after it, as a date line prints
#: it ('06/18/25 5:42 PM ET').
_SLASH_DATE = re.compile(rf"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?:{_YEAR}\b|(?P<short>\d\d)(?=,?\s+[0-2]?\d:[0-5]\d))")

_DATE_PATTERNS = (
    # 14.10.2026  14.10.26  (German numeric, day first; also glued to the name before it:
    # 'Lena Brückner14.01.2026 09:42 Uhr')
    re.compile(rf"(?<![\d.]){_DAY}\.\s?(?P<mon>[01]?\d)\.\s?(?P<year>(?:19|20)?\d\d)\b"),
    # 2026-10-14 (ISO, also with a time glued on by 'T': '2026-10-14T10:30:00Z')
    re.compile(rf"\b{_YEAR}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
               r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?\b|(?=\b|T))"),
    # 2026.10.14 (the dotted year-first form of East Asian pages)
    re.compile(rf"\b{_YEAR}\.(?P<mon>[01]?\d)\.(?P<day>[0-3]?\d)\b(?!\.\d)"),
    # 2026年10月14日 (Chinese and Japanese pages)
    re.compile(rf"{_YEAR}\s*年\s*(?P<mon>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
    _SLASH_DATE,
    # 14. Oktober 2026, 14 October 2026, 14th Oct. 2026, 9 February, 2026
    re.compile(rf"\b{_DAY}(?:\.|st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    # 20-Feb-2025 (a day, the month's short name and the year parted by hyphens); Jul - 02 - 2025
    re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s?-\s?{_DAY}\s?-\s?{_YEAR}\b", re.IGNORECASE),
    # October 14, 2026 / Oct. 14 2026
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
    # 18th Nov 25, 10:31am: a year of two digits after the month's name only with the time after it
    re.compile(rf"\b{_DAY}(?:st|nd|rd|th)\s+{_MONTH}\s+(?P<short>\d\d)(?=,?\s+[0-2]?\d[:.][0-5]\d)", re.IGNORECASE),
)

#: How long ago, in English or German: '14 hours ago', 'vor 2 Stunden'.
_AGO = (r"(?:\d{1,3}|an?|one)\s+(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago"
        r"|vor\s+(?:\d{1,3}|einer|einem)\s+(?:Min\.?|Minuten?|Std\.?|Stunden?|Tag|Tagen)")
#: 'Updated 14 hours ago', 'vor 2 Stunden': a relative time beside the date.
RELATIVE_TIME = re.compile(rf"^(?:{UPDATED_LABEL}\s+)?(?:{_AGO})$", re.IGNORECASE)
#: The same with the update's label before it, as a page dates its article: 'Updated 3 hours ago'.
UPDATED_AGO = re.compile(rf"^{UPDATED_LABEL}\s+(?:{_AGO})$", re.IGNORECASE)


#: ``12:30``, ``12.30 Uhr``, ``um 12:30 Uhr``, ``12:30 PM``, ``12:30 MESZ``, the hour alone before a.m. or p.m.: ``6 a.m.``
TIME = re.compile(
    r"(?:\b(?:um|at)\s+)?\b(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:Uhr\b|[ap]\.?m\.?(?![a-z])|)"
    r"|1?\d\s*[ap]\.?m\.?(?![a-z]))\s*(?:\(?\b(?:MEZ|MESZ|CET|CEST|UTC|GMT|BST|EST|EDT|PST|PDT|ET|HKT|CST|IST|JST|KST|SGT|BJT|AEST|AEDT)(?:[+-]\d{1,2}(?::?\d\d)?)?\b\)?)?",
    re.IGNORECASE,
)


#: Dates in any language's order of parts: 'Maret 30, 2015', '02 Ago 2017', '30/11/2019', '2019年11月20日',
#: '2018-08-25 15:24' — for telling a date stamp from a headline, not for reading it.
_DATE_STAMP = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\.?,?\s+(?:[^\W\d_]{3,10}\.?,?\s+)?(?:19|20)\d\d\b"
    r"|\b[0-3]?\d\s*[./-]\s*[01]?\d\s*[./-]\s*(?:19|20)?\d\d\b"
    r"|(?:19|20)\d\d\s*[./年-]\s*[01]?\d\s*[./月-]\s*[0-3]?\d"
    r"|\b[0-2]?\d:[0-5]\d\b"
)


def has_date_stamp(text: str) -> bool:
    """The text carries a date or a time of day (a date line, a byline with its date)."""
    return _DATE_STAMP.search(text) is not None or find_date(text) is not None


def without_date_stamps(text: str) -> str:
    """The text with its dates and times of day taken out: what is left of a table's row
    'March 3, 2025 1.0465' is its figure, of a card's date line 'Mar 05, 2025 11:20AM ET'
    no figure."""
    return _DATE_STAMP.sub(" ", text)


def find_date(text: str, *, day_first: bool | None = None) -> tuple[date, int, int] | None:
    """The first unambiguous date in ``text`` with its start and end offsets.  ``day_first``
    reads '05/03/2025' in the order the page shows elsewhere (see :func:`slash_order`)."""
    if (label := _GLUED_LABEL.match(text)) is not None:  # read past the label glued to it
        after = find_date(text[label.end():], day_first=day_first)
        return None if after is None else (after[0], after[1] + label.end(), after[2] + label.end())
    best: tuple[date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _to_date(m, day_first)
            if found and (best is None or m.start() < best[1]):
                best = (found, m.start(), m.end())
                break
    return best


#: What stands before the date in a press release's opening: the portal's tag and the place
#: ('(PresseBox) (Bremen, ', 'BEIJING, ', 'Taicang / Wetzlar, ', 'BREMEN, Germany, ').
_RELEASE_PLACE = re.compile(r"^(?:\([\w .-]{2,30}\)\s*)?(?P<bracket>\()?[A-ZÄÖÜ][\w .,'’/-]{1,60},\s*$")
#: What follows the date there: the bracket closed, or a dash, the wire's name ('/PRNewswire/ --').
_RELEASE_AFTER = re.compile(r"^\s*(?:[-–—]|/[A-Z]|\(\w)")


def release_dateline_date(line: str) -> date | None:
    """The date a press release opens its first paragraph with: '(PresseBox) (Bremen,
    22.09.2025) Die …', 'Bremen, 22.09.2025 – Die …', 'BEIJING, March 4, 2026 /PRNewswire/ --
    …'. Only a place and a comma stand before it, and a bracket, a dash or the wire's name after
    it: a date a sentence names ('Bis 2026 …', 'On March 4, 2026, …') is no dateline."""
    found = find_date(line[:120])
    if found is None:
        return None
    when, start, end = found
    place = _RELEASE_PLACE.match(line[:start])
    if place is None or not (line[end:].startswith(")") if place["bracket"] else _RELEASE_AFTER.match(line[end:])):
        return None
    return when


#: A year named in running text ('bis 2030', 'in 1984').
_NAMED_YEAR = re.compile(rf"\b{_YEAR}\b")


def latest_year(text: str) -> int | None:
    """The latest year the text names, if it names one."""
    return max((int(m["year"]) for m in _NAMED_YEAR.finditer(text)), default=None)


def parse_date(text: str) -> date | None:
    """A date from metadata strings (``2026-10-14``, ``14.10.2026``, ``14 Oct 2026`` …)."""
    found = find_date(text.strip())
    return found[0] if found else None


def slash_order(text: str) -> bool | None:
    """Whether the text writes its dates with slashes day first ('19/02/2025' → True) or month
    first ('02/19/2025' → False), as far as its dates show it; None when none shows, or both do."""
    orders = set()
    for m in _SLASH_DATE.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if (first > 12) != (second > 12):
            orders.add(first > 12)
    return orders.pop() if len(orders) == 1 else None


def _to_date(m: re.Match[str], day_first: bool | None = None) -> date | None:
    groups = m.groupdict()
    year = int(groups.get("year") or groups.get("short") or 0)
    if year < 100:
        year += 2000
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if (first > 12) == (second > 12) and (day_first is None or first > 12):
            return None  # '03/04/2026': US or European order cannot be told
        day, month = (first, second) if first > 12 or (day_first and second <= 12) else (second, first)
    else:
        day = int(groups["day"])
        month = int(groups["mon"]) if groups.get("mon") else MONTH_NUMBERS.get(groups["month"].lower().rstrip("."), 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None
