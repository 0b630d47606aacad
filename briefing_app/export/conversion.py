"""Currency conversion for the key-figure table, at the ECB reference rate of the article's date.

The rate comes from :mod:`core.rates` (offline ECB data, nearest available date), the
same source the figure checks use, so the handout and the checks never disagree.  The
rate's own date is reported with the result, because the reader must see which day's
rate was applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..core.rates import reference_rate


@dataclass(frozen=True)
class Converted:
    value: Decimal
    currency: str
    rate_date: date


def convert(value: Decimal, currency: str, target: str, on: date | None) -> Converted | None:
    """``value`` in ``currency`` as ``target`` at the rate of ``on``; None when not possible."""
    currency, target = currency.upper(), target.upper()
    if currency == target or len(currency) != 3:
        return None
    rate = reference_rate(currency, target, on)
    if rate is None:
        return None
    return Converted(value=value * rate.value, currency=target, rate_date=rate.on)
