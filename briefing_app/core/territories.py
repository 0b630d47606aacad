"""Names of countries, territories and world regions, in German and English.

From the Unicode CLDR data that babel ships (babel comes with the import stack and is a
declared dependency): "Brasilien", "Hongkong", "Ostasien", "United States". A name in this
list is a place, never a company or a person ("Germany's BASF" is BASF).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    """Every territory name of the German and English locales, also without the "SAR"
    wording ("Hongkong" for "Sonderverwaltungsregion Hongkong")."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return frozenset()
    names: set[str] = set()
    for code in ("de", "en"):
        for name in Locale.parse(code).territories.values():
            names.add(name)
            names.add(name.removeprefix("Sonderverwaltungsregion ").removesuffix(" SAR China"))
    return frozenset(names)
