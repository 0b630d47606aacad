"""Figures written for the outputs, in the notation of the label language.

The annotation stores the *true* value (``Decimal``, scale applied: a German "Billion" is
10^12) and a unit; how it was written in the article does not matter here.  Decks and
handouts re-write it for their reader: ``rund 1,2 Bio. Yuan`` for German labels,
``about 1.2 trillion yuan`` for English ones.  The largest scale word is chosen that
shows the value without losing digits (so 1435,8 Mrd. stays 1.435,8 Mrd. instead of a
rounded 1,44 Bio.), and hedge words from either language are translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .annotation import FigureInfo
from .units import CURRENCIES, count_unit, count_unit_word

SUPPORTED_LANGUAGES = ("de", "en")
NBSP = "\u00a0"

# (factor, German short form, English word) — largest first.
_SCALES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal(10) ** 12, "Bio.", "trillion"),
    (Decimal(10) ** 9, "Mrd.", "billion"),
    (Decimal(10) ** 6, "Mio.", "million"),
)

# ISO 4217 code -> (German name, English name, English prefix symbol or ""), from the one currency table.
_CURRENCIES: dict[str, tuple[str, str, str]] = {
    c.code: (c.name_de, c.name_en, c.symbol) for c in CURRENCIES if c.name_de
}

# Hedge words as written, grouped by meaning: (German words, English words, German, English).
# The figure finder (core/figures.py) recognises exactly these words, minus _OUTPUT_ONLY.
_HEDGE_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str], ...] = (
    (("rund", "etwa", "ca.", "circa", "zirka", "ungefähr", "annähernd", "nahezu", "an die", "um die",
      "schätzungsweise"), ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated"),
     "rund", "about"),
    (("über", "gut", "gute", "mehr als", "insgesamt über"), ("more than", "over", "above", "just over", "topped",
      "top", "exceeded", "upwards of", "in excess of"), "über", "over"),
    (("weit über", "deutlich über", "deutlich mehr als"), ("well over",), "deutlich über", "well over"),
    (("knapp", "fast", "beinahe", "nicht ganz", "nur knapp"), ("nearly", "almost", "just under", "close to"),
     "knapp", "almost"),
    (("unter", "weniger als"), ("less than", "fewer than", "under", "below"), "unter", "under"),
    (("bis zu", "bis zu annähernd"), ("up to", "as many as", "as much as", "as high as"), "bis zu", "up to"),
    # a negated bound turns round ("no more than 65 percent" is at most 65, not over 65)
    (("mindestens", "nicht weniger als"), ("at least", "no less than", "no fewer than", "not less than"),
     "mindestens", "at least"),
    (("höchstens", "maximal", "nicht mehr als"), ("at most", "no more than", "not more than"), "höchstens", "at most"),
    (("gerade einmal",), ("only", "just"), "gerade einmal", "only"),
)
# Translated when a user types them, but too common in running text to mark a figure as hedged.
_OUTPUT_ONLY = frozenset({"only", "just"})

#: Hedge words the figure finder looks for before a number, per language.
HEDGE_WORDS_DE: tuple[str, ...] = tuple(w for de_words, _, _, _ in _HEDGE_GROUPS for w in de_words)
HEDGE_WORDS_EN: tuple[str, ...] = tuple(
    w for _, en_words, _, _ in _HEDGE_GROUPS for w in en_words if w not in _OUTPUT_ONLY
)

# Hedge word as written (either language, lower case) -> (German, English).
_HEDGES: dict[str, tuple[str, str]] = {
    w: (de, en) for de_words, en_words, de, en in _HEDGE_GROUPS for w in (*de_words, *en_words)
}


def _lang(lang: str) -> str:
    lang = (lang or "de").lower()[:2]
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def format_decimal(value: Decimal, lang: str, *, max_places: int | None = None) -> str:
    """``4300`` -> ``4.300`` (de) / ``4,300`` (en); trailing zeros of fractions dropped."""
    lang = _lang(lang)
    if max_places is not None:
        value = value.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (".", ",") if lang == "de" else (",", ".")
    # Four-digit numbers are grouped too ("4.300 Projekte"), as German newspapers do.
    out = thousands.join(groups)
    return sign + out + (point + frac if frac else "")


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def scaled(value: Decimal, *, max_places: int = 2) -> tuple[Decimal, int]:
    """Split ``value`` into (mantissa, index into the scale table or -1 for none).

    Takes the largest scale whose mantissa is >= 1 and needs at most ``max_places``
    decimals; if none is exact, the smallest fitting scale with the mantissa rounded.
    """
    magnitude = abs(value)
    fitting = [(i, value / f) for i, (f, _, _) in enumerate(_SCALES) if magnitude >= f]
    for i, mantissa in fitting:
        if _decimals(mantissa) <= max_places:
            return mantissa, i
    if fitting:
        i, mantissa = fitting[-1]
        return mantissa.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP), i
    return value, -1


@dataclass(frozen=True)
class FigureText:
    """A figure split for display: a tile shows ``hedge`` small above ``number unit``."""

    hedge: str  # "rund" / "about" / ""
    number: str  # "1,2 Bio." / "1.2 trillion" / "40 %"
    unit: str  # "Yuan" / "yuan" / "Projekte" / "" (folded into number for percent and € prefix)

    @property
    def value_text(self) -> str:
        return f"{self.number}{NBSP}{self.unit}" if self.unit else self.number

    @property
    def full(self) -> str:
        return f"{self.hedge} {self.value_text}" if self.hedge else self.value_text


def hedge_word(qualifier: str, approx: bool, lang: str) -> str:
    """Qualifier as written (any language) -> the label language's word; ``approx`` alone -> rund/about."""
    lang = _lang(lang)
    q = qualifier.strip().lower()
    if q in _HEDGES:
        return _HEDGES[q][0 if lang == "de" else 1]
    if q:
        return qualifier.strip()  # unknown: keep the article's own word rather than invent one
    if approx:
        return "rund" if lang == "de" else "about"
    return ""


# Physical units (keys as the figure finder normalises them): German and English words.
_PHYSICAL: dict[str, tuple[str, str]] = {
    "hectares": ("Hektar", "hectares"), "square_metres": ("m²", "m²"), "square_kilometres": ("km²", "km²"),
    "km": ("km", "km"), "metres": ("Meter", "metres"), "kg": ("kg", "kg"), "tonnes": ("Tonnen", "tonnes"),
    "litres": ("Liter", "litres"), "cubic_metres": ("m³", "m³"), "barrels": ("Barrel", "barrels"),
    "barrels_per_day": ("Barrel pro Tag", "barrels per day"), "TEU": ("TEU", "TEU"),
    "kWh": ("kWh", "kWh"), "MWh": ("MWh", "MWh"), "GWh": ("GWh", "GWh"), "TWh": ("TWh", "TWh"),
    "MW": ("MW", "MW"), "GW": ("GW", "GW"), "points": ("Punkte", "points"),
}  # fmt: skip

# The number (digits or words) and scale word at the start of a figure's text.
_SCALE_WORDS = (
    r"Tsd|Mio|Mrd|Bio|Dutzend|dozen|hundred|thousand|million|billion|trillion|Hundert|Tausend|"
    r"Millionen|Million|Milliarden|Milliarde|Billionen|Billion|mn|bn"
)
_PREFIX_WITH_SCALE = re.compile(r"^(?:\S+\s+){0,3}?(?:" + _SCALE_WORDS + r")\b\.?\s*")
_PREFIX_DIGITS = re.compile(r"^\D*?\d[\d.,'’\u00a0\u202f-]*")  # hedge words and the number


def counted_noun(as_written: str) -> str:
    """The counted noun of a figure as the article wrote it: "68 deutsche Firmen" -> "deutsche Firmen"."""
    text = as_written.strip()
    m = _PREFIX_WITH_SCALE.match(text)
    return (text[m.end():] if m else _PREFIX_DIGITS.sub("", text, count=1)).strip()


def unit_name(unit: str, lang: str, *, as_written: str = "") -> str:
    """ISO code or unit key -> the word used after a number in the label language.

    Counts carry an English plural as their unit key ("companies"); in an output in the
    article's own language the article's noun reads better ("68 deutsche Firmen"), so
    callers pass it as ``as_written`` when the languages match.
    """
    lang = _lang(lang)
    code = unit.strip()
    if code.upper() in _CURRENCIES:
        de, en, _ = _CURRENCIES[code.upper()]
        return de if lang == "de" else en
    if code == "percent":
        return "%"
    if code == "percentage_points":
        return "Prozentpunkte" if lang == "de" else "percentage points"
    if code in _PHYSICAL:
        return _PHYSICAL[code][0 if lang == "de" else 1]
    if as_written:
        return as_written
    return code.replace("_", " ")


def unit_display(unit: str, lang: str) -> str:
    """A figure's stored unit as an editor shows it in the UI language ("companies" -> "Firmen",
    "percent" -> "%", "EUR" -> "EUR"); :func:`unit_from_display` reads it back."""
    code = unit.strip()
    if not code or code.upper() in _CURRENCIES:
        return code  # ISO codes read the same in every language
    return count_unit_word(code, _lang(lang)) or unit_name(code, lang)


def unit_from_display(text: str, stored: str, lang: str) -> str:
    """What the user left in a unit field, as the unit to store: the stored unit when the shown
    word is unchanged, a count key for a known counted noun ("Unternehmen" -> "companies"),
    else the text as typed."""
    typed = text.strip()
    if typed == unit_display(stored, lang):
        return stored
    key = count_unit(typed) if typed else ""
    return key if count_unit_word(key, "en") else typed


def format_number(value: Decimal, unit: str, lang: str, *, as_written: str = "") -> tuple[str, str]:
    """(number with scale word, unit word) for a value in ``unit`` (``as_written``: see unit_name)."""
    lang = _lang(lang)
    code = unit.strip()
    if code == "percent":
        num = format_decimal(value, lang, max_places=2 if _decimals(value) > 2 else None)
        return (num + NBSP + "%" if lang == "de" else num + "%"), ""
    if code == "percentage_points" and lang == "en":
        return format_decimal(value, lang), "percentage points"
    mantissa, idx = scaled(value)
    num = format_decimal(mantissa, lang)
    if idx >= 0:
        _, de_word, en_word = _SCALES[idx]
        num = f"{num}{NBSP}{de_word if lang == 'de' else en_word}"
    if lang == "en" and code.upper() in _CURRENCIES and _CURRENCIES[code.upper()][2]:
        sign, num = ("-", num[1:]) if num.startswith("-") else ("", num)
        return sign + _CURRENCIES[code.upper()][2] + num, ""  # "-€2 billion"
    return num, unit_name(code, lang, as_written=as_written)


def format_figure(fig: FigureInfo, lang: str, *, as_written: str = "", source_lang: str = "") -> FigureText:
    """The figure as the outputs show it, or empty parts when no value was set.

    ``as_written`` is the figure's text in the article and ``source_lang`` the article's
    language: when it matches ``lang``, a count keeps the article's noun.
    """
    if fig.value is None:
        return FigureText(hedge="", number="", unit="")
    noun = counted_noun(as_written) if as_written and _lang(source_lang) == _lang(lang) else ""
    number, unit = format_number(fig.value, fig.unit, lang, as_written=noun)
    return FigureText(hedge=hedge_word(fig.qualifier, fig.approx, lang), number=number, unit=unit)


def format_plain(value: Decimal, unit: str, lang: str, *, as_written: str = "") -> str:
    """The full number without scale words, e.g. ``1.200.000.000.000 CNY`` (for tables).

    ``as_written`` is the counted noun to show for counts (see :func:`unit_name`).
    """
    code = unit.strip()
    if code.upper() in _CURRENCIES:
        suffix = code.upper()
    elif code in ("percent", "percentage_points"):
        return format_number(value, code, lang)[0] + (
            (" " + unit_name(code, lang)) if code == "percentage_points" else ""
        )
    else:
        suffix = unit_name(code, lang, as_written=as_written)
    text = format_decimal(value, lang)
    return f"{text}{NBSP}{suffix}" if suffix else text


def round_significant(value: Decimal, digits: int = 3) -> Decimal:
    """``160160160000`` -> ``160000000000`` (for converted amounts, which are estimates anyway)."""
    if value == 0:
        return value
    shift = digits - value.adjusted() - 1
    return value.quantize(Decimal(1).scaleb(-shift), rounding=ROUND_HALF_UP) if shift > 0 else value.scaleb(shift).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(-shift)
