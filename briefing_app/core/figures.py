"""Figures: numbers with a currency, percent, physical unit or counted noun.

How it works, and why this way: every digit string and every number word that carries a
scale ("zwei Millionen", "a dozen"), opens a range ("zwei bis vier Prozent") or counts more
than ten of a known noun ("elf Unternehmen") is a candidate.  The text right of it is read in a
fixed order — attached scale ("bn"), scale word, unit (currency, percent, physical unit),
"per day"/"pro Kopf", "to the dollar", counted noun — and the text left of it for a
currency sign or code and a hedge ("rund", "more than"), which stays outside the span.
Currency forms come from the one table in ``units.CURRENCIES``.  Years (also at the start of a
sentence: "2018 wurden Waren …"), dates, clock times, durations, ages, ordinals, model numbers
("787-9 Dreamliner"), gallery teasers ("12 Bilder") and numbers inside names are dropped.
A second pass works across candidates in one sentence: ranges that share a unit
("von 9,1 auf 9,5 Prozent"), elliptic counts ("45.000 Teilnehmer, davon 16.000 …"),
amounts whose currency or counted noun is only implied by a neighbour ("ein Minus von 114
Millionen", "von 14,16 Millionen verkauften Fahrzeugen 5,4 Millionen in China").
Everything is local regex matching at candidate positions, so the cost is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from .calendar_words import MONTH_NUMBERS
from .number_format import HEDGE_WORDS_DE, HEDGE_WORDS_EN
from .numbers import (
    NUMBER_RE,
    SCALE_WORDS_DE,
    SCALE_WORDS_EN,
    apply_scale,
    has_grouping,
    in_figure_range,
    parse_number,
    parse_number_word,
    scale_exponent,
)
from .places import find_places
from .results import FigureSuggestion
from .units import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    GALLERY_NOUNS,
    PER_SUFFIXES,
    PERCENT_WORDS,
    PHYSICAL_UNITS,
    TIME_NOUNS,
    TITLE_CASE_CODES,
    count_unit,
    is_count_noun,
)
from .word_patterns import alternation


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first (a prefix tree, see ``word_patterns``)."""
    return alternation(words)


# a hyphen joins the parts of a compound amount ("a 15-bn-euro bet", "das 15-Milliarden-Euro-Programm")
_CURRENCY_AFTER = re.compile(r"[ \u00a0\u202f-]?(" + _alt(CURRENCY_WORDS) + r")(?![\w$])", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"[ \u00a0\u202f-]?(" + _alt(PERCENT_WORDS) + r")(?![\w])", re.IGNORECASE)
_PHYSICAL_AFTER = re.compile(r"[ \u00a0\u202f]?(" + _alt(PHYSICAL_UNITS) + r")(?![\w])", re.IGNORECASE)
# a price per physical unit after an amount ("40 euros per megawatt hour", "$80 per barrel"):
# the amount is a rate of that unit, not a sum of money
_PER_PHYSICAL = re.compile(r"\s+(?:per|pro|je)\s+(" + _alt(u for u in PHYSICAL_UNITS if len(u) > 2) + r")(?![\w])",
                           re.IGNORECASE)
_PER_AFTER = re.compile(r"\s+(?:pro|per|je|a|am|an|im)\s+(" + _alt(PER_SUFFIXES) + r")\b", re.IGNORECASE)
_SCALE_AFTER_DE = re.compile(r"[ \u00a0\u202f-]?(" + SCALE_WORDS_DE + r"|" + SCALE_WORDS_EN + r")(?![\w])")
_SCALE_AFTER_EN = re.compile(r"[ \u00a0\u202f-]?(" + SCALE_WORDS_EN + r")(?![\w])", re.IGNORECASE)
_SCALE_ZH = re.compile(r"(万亿|百万|亿|億|万|萬|千)")
_ATTACHED = re.compile(r"(bn|mn|tn|m|k|b|p)(?![\w])")
_DOZEN = re.compile(r"[ \u00a0]?(Dutzend|dozen)\b", re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"\s+(?:to\s+(?:the|one|a)|zum|je|pro|per|for\s+(?:one|a|each))\s+(?:(US|U\.S\.|US-)\s?)?(dollar|Dollar|euro|Euro|pound|Pfund|yen|Yen)\b"
)
# a sign ("S$", "₩", "US$") touches the number or stands a space before it; a code ("USD", "RMB")
# is a word of its own.  Longest first, so "US$" wins over "S$" and "$".
_PREFIX_SIGNS = [p for p in CURRENCY_PREFIXES if not p.isalpha()]
_PREFIX_CODES = [p for p in CURRENCY_PREFIXES if p.isalpha()]
_PREFIX_CURRENCY = re.compile(
    r"(?<![A-Za-z.$])(" + _alt(_PREFIX_SIGNS) + r")[ \u00a0]?$|\b(" + _alt(_PREFIX_CODES) + r")[ \u00a0]?$",
    re.IGNORECASE,
)
# the second number of a range after a currency sign ("£3-4m"): its "m" is the scale, not metres
_SIGNED_RANGE_BEFORE = re.compile(r"(?:" + _alt(_PREFIX_SIGNS) + r")[ \u00a0]?\d[\d.,]*[-–]$")
_HEDGES_DE = HEDGE_WORDS_DE
_HEDGES_EN = HEDGE_WORDS_EN
_HEDGE_DE = re.compile(r"(?:^|[\s(])(" + _alt(_HEDGES_DE) + r")\s+(?:(?:einer|einem|eine|ein|einen)\s+(?:Rate|Höhe|Wert|Kurs)\s+von\s+)?$", re.IGNORECASE)
_HEDGE_EN = re.compile(r"(?:^|[\s(])(" + _alt(_HEDGES_EN) + r")\s+(?:(?:a|an|the)\s+(?:rate|level|total|price|value)\s+of\s+)?$", re.IGNORECASE)

_NUMWORD_DE_SCALED = re.compile(
    r"(?<![\w-])((?:[Ee]in|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen|[Ee]ines|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|"
    r"[a-zäöüß]*(?:zehn|zig|ßig|hundert|tausend)|[Hh]undert|[Tt]ausend|[Aa]nderthalb|[Ee]ineinhalb|[Zz]weieinhalb|[Dd]reieinhalb))"
    r"(?:\s+(halbe|halben))?(?:\s+(gutes|gute|guten|knappes|knappe|knapp))?"
    r"(?=\s+(?:" + SCALE_WORDS_DE + r"|Dutzend|Prozent|Prozentpunkte?)\b"
    # the first number of a range whose second one carries the unit: "um zwei bis vier Prozent"
    r"|\s+(?:bis|oder|und|bzw\.)\s+(?:[a-zäöüß]+|\d[\d.,]*)\s+(?:" + SCALE_WORDS_DE + r"|Prozent|Prozentpunkte)\b"
    r")"
)
_NUMWORD_EN_SCALED = re.compile(
    r"(?<![\w-])((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hirteen|[Tt]hree|[Ff]ourteen|[Ff]our|[Ff]ifteen|[Ff]ive|[Ss]ixteen|[Ss]ix|"
    r"[Ss]eventeen|[Ss]even|[Ee]ighteen|[Ee]ight|[Nn]ineteen|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|"
    r"[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]alf)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:\s+(a))?(?:\s+(good))?"
    r"(?=\s+(?:million|billion|trillion|thousand|hundred|dozen|per\s?cent|percent|percentage\s+points?)\b"
    r"|\s+(?:to|or|and)\s+(?:[a-z]+(?:-[a-z]+)?|\d[\d.,]*)\s+(?:million|billion|trillion|per\s?cent|percent)\b"
    r")"
)
# The same number words where a counted noun follows ("elf Unternehmen", "twenty workers"): one
# scan with an added lookahead costs what the scaled scan costs; words below eleven are dropped
# right after the match (small counts written as words are not figures).
_NUMWORD_DE = re.compile(
    _NUMWORD_DE_SCALED.pattern[:-1] + r"|\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?[A-ZÄÖÜ][a-zäöüß])"
)
_NUMWORD_EN = re.compile(_NUMWORD_EN_SCALED.pattern[:-1] + r"|\s+(?:[a-z-]+\s+)?[a-z]+s\b)")
#: Words that leave a number word vague ("mehrere Tausend", "einige Millionen", "several million").
_VAGUE_BEFORE = {"mehrere", "einige", "etliche", "viele", "wenige", "paar", "several", "few", "many"}
_RANGE_TO_FIGURE = re.compile(r"\s+(?:bis|oder|und|bzw\.|to|or|and)\s+\S")
_ORDINAL_CONTEXT = {"am", "dem", "den", "der", "des", "zum", "vom", "bis", "ab", "seit", "im", "zwischen",
                    "und", "bzw", "vor", "nach", "zur", "ihrem", "seinem", "ihren", "seinen", "jedem"}
_NOT_FIGURE_BEFORE = {"nr", "nr.", "no", "no.", "nummer", "platz", "rang", "artikel", "art.", "paragraf",
                      "paragraph", "§", "seite", "page", "kapitel", "chapter", "boeing", "airbus", "windows",
                      "version", "level", "stufe", "phase", "klasse", "class", "tor", "gate", "halle",
                      "flug", "flight", "linie", "line", "route", "zimmer", "room", "band", "teil", "part",
                      "abs.", "ziffer", "section", "anno", "kw", "top", "g", "covid"}
# a ranking or an index named with its size ("Fortune Global 500", "FTSE 100", "S&P 500"): the
# number is part of the name, never a count of the companies after it (case-sensitive: "Global")
_RANKING_NAMES = frozenset({"Fortune", "Global", "Forbes", "FTSE", "Stoxx", "STOXX", "Nikkei", "S&P", "Russell"})
# "im Jahr 2023" names a year; "im vergangenen Jahr 3,5 Milliarden Euro" states an amount
_YEAR_BEFORE = {"jahr", "jahre", "year"}
_YEAR_PREPS = {"in", "im", "seit", "bis", "von", "ab", "since", "until", "from", "of", "for", "by", "jahr",
               "year", "jahres", "anno", "vor", "nach", "um", "and", "und", "to", "–", "-", "sowie", "oder"}
_MONTHS_LOWER = set(MONTH_NUMBERS)
_DE_ADJ = re.compile(r"[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
_EN_STOP = {
    "of", "in", "to", "the", "a", "an", "for", "on", "at", "by", "from", "with", "and", "or", "than", "as",
    "per", "each", "was", "were", "is", "are", "be", "been", "will", "would", "could", "has", "have", "had",
    "that", "which", "who", "this", "it", "its", "their", "his", "her", "into", "over", "up", "down",
    "more", "less", "last", "next", "year", "years", "since", "after", "before", "during",
    "about", "around", "almost", "nearly", "cent", "percent", "times", "higher", "lower",
}
# finite verbs that look like inflected adjectives ("2018 wurden Waren …", "… 5 haben Firmen …")
_DE_FINITE = {
    "wurde", "wurden", "werden", "werde", "würde", "würden", "haben", "habe", "hatte", "hatten", "hätte", "hätten",
    "sollen", "sollte", "sollten", "wollen", "wollte", "wollten", "können", "konnte", "konnten", "könnte",
    "könnten", "müssen", "musste", "mussten", "müsste", "müssten", "dürfen", "durfte", "durften", "seien",
    "wären", "waren", "kamen", "gingen", "gaben", "standen", "lagen", "schätzte", "schätzten", "meldete",
    "meldeten", "sagte", "sagten", "erklärte", "erklärten", "machte", "machten", "brachte", "brachten",
}
_EN_IRREGULAR_PLURAL = {"people", "men", "women", "children", "staff", "aircraft", "cattle", "sheep", "personnel"}


@dataclass
class _Cand:
    start: int  # span start (currency sign or number word included)
    end: int
    num_start: int
    num_end: int
    number: Decimal  # as written, before the scale
    exponent: int = 0
    scale_word: str = ""
    unit: str = ""
    kind: str = "bare"  # money | percent | physical | rate | count | bare | time
    approx: bool = False
    qualifier: str = ""
    cue: str = ""
    grouped: bool = False
    noun: str = ""
    word_number: bool = False
    year_like: bool = False

    @property
    def value(self) -> Decimal:
        return apply_scale(self.number, self.exponent)


def find_figures(text: str, language: str, sentences: list[tuple[int, int]]) -> list[FigureSuggestion]:
    """All figures in ``text`` in text order (see the module docstring)."""
    cands: list[_Cand] = []
    for m in NUMBER_RE.finditer(text):
        c = _digit_candidate(text, m.start(), m.end(), m.group(0), language)
        if c is not None:
            cands.append(c)
    numword = _NUMWORD_EN if language == "en" else _NUMWORD_DE
    for m in numword.finditer(text):
        c = _word_candidate(text, m, language)
        if c is not None:
            cands.append(c)
    cands.sort(key=lambda c: c.start)
    cands = _resolve_neighbours(text, cands, sentences, language)
    starts = [s for s, _ in sentences]
    yen_sign = _yen_sign_currency(text) if any(c.cue == "¥" for c in cands) else "JPY"
    cents = _cents_currency(text) if any(c.cue.lower() == "cents" for c in cands) else "USD"
    out = []
    for c in cands:
        if c.kind in ("bare", "time"):
            continue
        si = max(0, bisect_right(starts, c.start) - 1)
        if c.cue == "¥" and c.unit == "JPY" and not _YUAN_NAMED.search(_sentence_text(text, sentences, si)):
            c.unit = yen_sign  # beside an amount in yuan, '¥' is the yen it is converted from
        if c.cue.lower() == "cents" and c.unit.startswith("USD"):
            c.unit = cents + c.unit[3:]
        value = c.value
        if not in_figure_range(value):
            continue  # a digit run no article means as an amount (see numbers.FIGURE_LIMIT)
        s0 = sentences[si][0] if sentences else 0
        label = figure_label(text, c.start, c.end, c.noun, s0, language)
        conf = {"money": 0.95, "percent": 0.95, "physical": 0.9, "rate": 0.85, "count": 0.8}.get(c.kind, 0.6)
        if c.cue.endswith("(implied)"):
            conf = 0.6
        out.append(FigureSuggestion(
            text=text[c.start:c.end], start=c.start, end=c.end, value=value, unit=c.unit,
            scale_word=c.scale_word, approx=c.approx, qualifier=c.qualifier, label=label,
            confidence=conf, cue=c.cue,
        ))
    return out


_CHINA_WORDS = re.compile(r"\b(?:yuan|rmb|renminbi|china|chinese|chinas|chinesische\w*|beijing|peking|shanghai|"
                          r"shenzhen|pboc)\b|人民币|中国", re.IGNORECASE)
_JAPAN_WORDS = re.compile(r"\b(?:yen|japan|japanese|japans|japanische\w*|tokyo|tokio|osaka|boj|nikkei)\b|日元|日本",
                          re.IGNORECASE)


_EURO_WORDS = re.compile(r"€|\b(?:euros?|eur|eurozone|euro area)\b", re.IGNORECASE)
_DOLLAR_WORDS = re.compile(r"\$|\b(?:dollars?|usd|cents? on the dollar)\b", re.IGNORECASE)
_EURO_PLACES = re.compile(r"\b(?:germany|german|france|french|italy|italian|spain|spanish|austria|netherlands|dutch|"
                          r"belgium|ireland|finland|portugal|greece|brussels|berlin|paris|frankfurt|ecb)\b",
                          re.IGNORECASE)
_DOLLAR_PLACES = re.compile(r"\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|Fed|Canada|Canadian|"
                            r"Australian?|Singapore|Hong Kong|New Zealand)\b")  # "US", never the pronoun "us"


def _cents_currency(text: str) -> str:
    """What 'cents' counts in this English article: euro cents where the article is about
    euros (German diesel at '180 cents a litre'), US cents otherwise. The currencies it names
    decide; an article naming neither is judged by the places it names."""
    euros, dollars = len(_EURO_WORDS.findall(text)), len(_DOLLAR_WORDS.findall(text))
    if euros == dollars:
        euros, dollars = len(_EURO_PLACES.findall(text)), len(_DOLLAR_PLACES.findall(text))
    return "EUR" if euros > dollars else "USD"


_YUAN_NAMED = re.compile(r"\b(?:yuan|rmb|renminbi|cny)\b|人民币|元", re.IGNORECASE)


def _sentence_text(text: str, sentences: list[tuple[int, int]], si: int) -> str:
    return text[sentences[si][0]:sentences[si][1]] if sentences else text


def _yen_sign_currency(text: str) -> str:
    """What '¥' counts in this article: yuan in one about China ('¥5.6bn ($781m)' in a report
    from Shanghai), yen otherwise — the sign is written for both."""
    return "CNY" if len(_CHINA_WORDS.findall(text)) > len(_JAPAN_WORDS.findall(text)) else "JPY"


# --- single candidates ---------------------------------------------------------------------
def _digit_candidate(text: str, s: int, e: int, token: str, language: str) -> _Cand | None:
    n = len(text)
    nxt = text[e] if e < n else ""
    nxt2 = text[e + 1] if e + 1 < n else ""
    prev = text[s - 1] if s else ""
    # dates and clock times: 14.10.2026, 22.09., 10:30, 10.30 Uhr
    if nxt in ".:/" and nxt2.isdigit():
        return None
    if prev in ".:/" and s >= 2 and text[s - 2].isdigit():
        return None
    if prev in "-–" and s >= 2 and text[s - 2].isalpha():
        return None  # "COVID-19", "A-380"
    if nxt == "-" and nxt2.isalpha() and not (
            _SCALE_AFTER_DE.match(text, e) or _SCALE_AFTER_EN.match(text, e) or _PERCENT_AFTER.match(text, e)
            or _CURRENCY_AFTER.match(text, e)):
        return None  # "12-member", "49-minute", "2-jährige"; not "15-bn-euro", "10-Prozent-Hürde"
    if nxt.isalpha() and text[e:e + 2].lower() in ("st", "nd", "rd", "th") and not text[e + 2:e + 3].isalpha():
        return None  # 80th, 1st
    number = parse_number(token, language)
    if number is None:
        return None
    if len(token) == 5 and token.isdigit() and language != "en":
        town = _RX_TOWN_AFTER.match(text, e)
        if town is not None and find_places(town.group(1)):
            return None  # "10178 Berlin": a postcode
    ratio_before = (" in " in text[max(0, s - 6):s] or " of " in text[max(0, s - 4):s] or " von " in text[max(0, s - 7):s]) \
        and _RX_RATIO_BEFORE.search(text, max(0, s - 12), s) is not None
    if ratio_before or (text[e + 1:e + 3] in ("in", "ou", "vo") and _RX_RATIO_AFTER.match(text, e)):
        return None  # "1 in 3 firms", "one in five": a share, not a count of three
    prev_word = _prev_word(text, s)
    if prev_word.lower() in _NOT_FIGURE_BEFORE or prev_word in _RANKING_NAMES or (
            prev_word.lower() in _YEAR_BEFORE and token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2200):
        return None
    c = _Cand(start=s, end=e, num_start=s, num_end=e, number=number, grouped=has_grouping(token, language))
    # German ordinal: "am 3. Oktober", "zwischen dem 5. und 20. Dezember"
    if nxt == "." and token.isdigit() and len(token) <= 2 and language != "en":
        after = text[e + 1:e + 20].split()
        nw = after[0].strip(".,;") if after else ""
        if not nw or nw.lower() in _MONTHS_LOWER or nw[:1].islower() or prev_word.lower() in _ORDINAL_CONTEXT:
            return None
    _read_prefix(text, c, language)
    _read_right(text, c, language)
    _read_sign(text, c)
    _read_hedge(text, c, language)
    if c.kind == "count" and any(ch.isupper() for ch in text[c.num_end:c.end]) and (
            (s >= 2 and text[s - 1] in " -" and text[s - 2].isdigit()) or (" " in token and language == "en")):
        return None  # a model number: "787-9 Dreamliner jets", "400 737 Max jets"
    if c.kind in ("bare", "count") and not c.grouped and token.isdigit() and len(token) == 4 \
            and 1000 <= int(token) <= 2100:
        c.year_like = True
        if c.kind == "bare" or prev_word.lower() in _YEAR_PREPS:
            return None
        # a year opening a sentence ("2018 wurden Waren …") or standing before a name or verb
        # ("Das Exportplus 2021 schätzte Treier …") is never a count: only a known counted noun
        # in the middle of a sentence makes "1500 Mitarbeiter" a figure
        if _sentence_initial(text, s) or not is_count_noun(c.noun):
            return None
    if c.kind == "bare":
        nw = _next_word(text, c.end).lower().strip(".,;:")
        if nw in _MONTHS_LOWER:
            return None  # "15 December"
    return c


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only spaces stand between ``pos`` and the text start or a sentence/line end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"„“”'»«(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


def _word_candidate(text: str, m: re.Match[str], language: str) -> _Cand | None:
    word = m.group(1)
    base = parse_number_word(word, language)
    if base is None or _prev_word(text, m.start()).lower() in _VAGUE_BEFORE:
        return None  # "mehrere Tausend Menschen", "several million people": no number is stated
    if word.lower() in ("a", "an") and _RX_FRACTION_OF.search(text, max(0, m.start() - 30), m.start()):
        return None  # "a quarter of a percentage point": the fraction is the number, not "a"
    if base < 11 and not (_NUMWORD_EN_SCALED if language == "en" else _NUMWORD_DE_SCALED).match(text, m.start()):
        return None  # "eine Firma", "two senior officials": small counts in words are not figures
    fraction = m.group(2)
    if language == "en" and word.lower() == "half" and fraction:
        base = Decimal("0.5")
    elif fraction and language != "en":
        base = base * Decimal("0.5") if base == 1 else base + Decimal("0.5")
    c = _Cand(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.end(), number=base, word_number=True)
    if m.group(3):
        c.approx, c.qualifier = True, m.group(3)
    _read_prefix(text, c, language)
    _read_right(text, c, language)
    if c.exponent == 0 and c.kind != "percent" and not c.cue.startswith("dozen"):
        if c.kind == "count" and base >= 11 and is_count_noun(c.noun):
            c.cue = "number word + counted noun"
        elif c.kind == "bare" and _RANGE_TO_FIGURE.match(text, c.end):
            c.cue = "range"  # kept bare: the range pass gives it the partner's unit or drops it
        else:
            return None
    _read_hedge(text, c, language)
    return c


_RX_TOWN_AFTER = re.compile(r"[ \u00a0]([A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)")
_RX_RATIO_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s+(?:in|out\s+of|von)\s+$")
_RX_RATIO_AFTER = re.compile(r"\s+(?:in|out\s+of|von)\s+\d{1,3}(?![\d.,])")
# a noun right after a scaled number: capitalised ("EVs", "SU7") or a plural ("vehicles")
_RX_EN_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*|[a-z]{3,}s)\b(?<!\bits)(?<!\bwas)(?<!\bhas)(?<!\bthis)")
# a sign before a number: "-0,3 Prozent", "−€2 billion", "minus 0.3 percent" (not "COVID-19",
# not the second number of "3-4", not the noun in "ein Minus von 9 Prozent", not a margin
# "plus or minus 3.5 percentage points", "plus/minus 2 Prozent": no change, no negative)
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,%-])[-−–]|(?<![\w-])(?<!plus or )(?<!plus/)(?<!plus )minus\s+)$")


def _read_sign(text: str, c: _Cand) -> None:
    """A negative value keeps its sign: a growth rate of -0.3 % is not one of 0.3 %."""
    before = text[max(0, c.start - 6):c.start]
    m = _SIGN_BEFORE.search(text, max(0, c.start - 6), c.start) if before[-1:] in "-−–" or "minus" in before else None
    if m is not None and (c.kind in ("percent", "percentage_points", "money", "bare") or c.unit in ("points", "basis_points")) \
            and c.number > 0:
        c.number = -c.number
        c.start = m.start()


def _read_prefix(text: str, c: _Cand, language: str) -> None:
    m = _PREFIX_CURRENCY.search(text, max(0, c.start - 8), c.start)
    if m:
        sign = m.group(1) or m.group(2)
        if m.group(2) and not (sign.isupper() or sign in TITLE_CASE_CODES):
            return  # codes are written in capitals ("USD 5 Mio."; "Rmb50bn" in the FT's style); "eur" in running text is not one
        c.start = m.start()
        c.unit = CURRENCY_PREFIXES[sign.lower()]
        if language == "zh" and c.unit == "JPY":
            c.unit = "CNY"
        c.kind = "money"
        c.cue = sign


def _read_right(text: str, c: _Cand, language: str) -> None:
    p = c.end
    money_prefix = c.kind == "money"
    # attached scale / pence: "$1.5bn", "£514m", "1p", "5k"
    m = _ATTACHED.match(text, p) if not c.word_number else None
    if m:
        suffix = m.group(1)
        if suffix == "p" and not money_prefix:
            c.unit, c.kind, c.cue, c.end = "GBX", "money", "p", m.end()
            return
        if suffix in ("bn", "mn", "tn") or (suffix in ("m", "k", "b") and (
                money_prefix or _CURRENCY_AFTER.match(text, m.end())
                or _SIGNED_RANGE_BEFORE.search(text, max(0, c.start - 20), c.start))):
            c.exponent = _scale_exp(suffix, "en")
            c.scale_word = suffix
            p = c.end = m.end()
    if not c.scale_word:
        m = (_SCALE_AFTER_EN if language == "en" else _SCALE_AFTER_DE).match(text, p)
        if m and m.group(1).lower() not in ("m", "k", "b"):
            c.exponent = _scale_exp(m.group(1), language)
            c.scale_word = m.group(1)
            p = c.end = m.end()
        elif language == "zh":
            m = _SCALE_ZH.match(text, p)
            if m:
                c.exponent = scale_exponent(m.group(1), "zh") or 0
                c.scale_word = m.group(1)
                p = c.end = m.end()
    m = _DOZEN.match(text, p)
    if m and not c.scale_word:
        c.number *= 12
        c.cue = "dozen"
        p = c.end = m.end()
    if c.kind == "money":
        m = _CURRENCY_AFTER.match(text, p)  # "$1.3bn US dollars" is rare; "€5 Euro" never
        return
    m = _PERCENT_AFTER.match(text, p)
    if m:
        c.unit, c.kind, c.cue = PERCENT_WORDS[m.group(1).lower()], "percent", m.group(1)
        c.end = m.end()
        return
    m = _CURRENCY_AFTER.match(text, p)
    if m:
        unit = CURRENCY_WORDS[m.group(1).lower()]
        if unit == "EUR_CENT":
            unit, c.number = "EUR", c.number / 100
        elif unit == "USD_CENT":
            unit, c.number = "USD", c.number / 100
        c.unit, c.kind, c.cue = unit, "money", m.group(1)
        c.end = m.end()
        rate = _RATE_AFTER.match(text, c.end)
        if rate:
            c.unit = f"{unit}/{_rate_currency(rate.group(2))}"
            c.kind, c.end = "rate", rate.end()
        per = _PER_PHYSICAL.match(text, c.end) if rate is None else None
        if per:
            c.unit = f"{unit}/{PHYSICAL_UNITS[per.group(1).lower()]}"
            c.kind, c.end = "rate", per.end()
        return
    m = _PHYSICAL_AFTER.match(text, p)
    if m and not (m.group(1).lower() in ("t", "ha", "m") and not c.scale_word and text[m.end():m.end() + 1] == "."):
        unit = PHYSICAL_UNITS[m.group(1).lower()]
        c.end = m.end()
        per = _PER_AFTER.match(text, c.end)
        if per:
            unit = f"{unit}_{PER_SUFFIXES[per.group(1).lower()]}"
            c.end = per.end()
        c.unit, c.kind, c.cue = unit, "physical", m.group(1)
        return
    rate = _RATE_AFTER.match(text, p)
    if (rate and language == "en") or (rate and rate.group(0).strip().startswith(("zum", "je", "pro"))):
        base = _rate_base(text, c.start)
        c.unit, c.kind, c.cue, c.end = f"{base}/{_rate_currency(rate.group(2))}", "rate", "exchange rate", rate.end()
        return
    noun_end, noun = _counted_noun(text, p, language)
    if noun:
        if noun.lower() in TIME_NOUNS or noun.lower().rstrip("s") in TIME_NOUNS:
            c.kind = "time"
            return
        if noun.lower() in _MONTHS_LOWER:
            c.kind = "time"
            return
        if noun.lower() in GALLERY_NOUNS and _short_line(text, c.start):
            c.kind = "time"  # "12 Bilder" under a teaser: page furniture, never a figure
            return
        c.unit, c.kind, c.noun, c.end = count_unit(noun), "count", noun, noun_end
        c.cue = c.cue or "counted noun"


def _short_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a teaser-length line (gallery captions, link lists)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    return b - a <= 80 or bool(_GALLERY_CUE.search(text, a, b))


_GALLERY_CUE = re.compile(r"Fotostrecke|Bildergalerie|Bilderstrecke|[Gg]alerie|[Gg]allery|slideshow|Slideshow")


def _scale_exp(word: str, language: str) -> int:
    return scale_exponent(word, language) or 0


def _rate_currency(word: str) -> str:
    return CURRENCY_WORDS[word.lower()]


_RATE_BASE_WORDS = re.compile(r"\b(yuan|renminbi|RMB|Rmb|Yuan|Renminbi|yen|Yen|rupee|Rupie|rouble|Rubel|euro|Euro|pound|Pfund|won|Won)\b")


def _rate_base(text: str, pos: int) -> str:
    """The currency being quoted in "8.28 to the dollar": the last one named shortly before."""
    window = text[max(0, pos - 400):pos]
    found = _RATE_BASE_WORDS.findall(window)
    if not found:
        return "XXX"
    return CURRENCY_WORDS.get(found[-1].lower(), "XXX")


_WORD_AT = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_EN_TOKEN_AT = re.compile(r"\s+([^\W_][\w'’-]*)")
_MODEL_PLURAL = re.compile(r"[A-Z]{1,3}\d{2,4}s")


def _counted_noun(text: str, p: int, language: str) -> tuple[int, str]:
    """End offset and head of a counted noun phrase right after ``p`` ("68 deutsche Firmen")."""
    pos = p
    if language == "en":
        proper = False  # "600 Chinese and German officials", "28 European Union nations"
        for i in range(6):
            m = _EN_TOKEN_AT.match(text, pos)
            if not m or (i >= 3 and not proper):
                return 0, ""
            w = m.group(1)
            lw = w.lower()
            if _MODEL_PLURAL.fullmatch(w):
                return m.end(), w  # "62 A320s", "10 Boeing 787s" stays out (a name before the number)
            if w[0].isupper() and w.replace("-", "").isalpha() and not w.isupper() and lw not in _EN_STOP:
                # ("560 German-funded enterprises", "12 German-made machines": a proper adjective)
                proper = True
                pos = m.end()
                continue
            if proper and w.isdigit() and text[p:m.start()].rsplit(None, 1)[-1] in _RANKING_NAMES:
                # "297 Fortune Global 500 companies": the number belongs to the ranking's name
                pos = m.end()
                continue
            if proper and lw == "and":
                pos = m.end()
                continue
            if lw in _EN_STOP or not w[0].islower() or not w.replace("-", "").isalpha():
                return 0, ""
            if proper and (lw in _EN_IRREGULAR_PLURAL or lw.endswith("s")) and not is_count_noun(lw):
                return 0, ""  # after a proper adjective only a known counted noun closes the phrase
            if lw in _EN_IRREGULAR_PLURAL or (lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(lw) > 3):
                # a noun used as an adjective ("civil servant posts") continues the phrase
                nm = _WORD_AT.match(text, m.end())
                if nm and nm.group(1).lower() in ("stays",):
                    return nm.end(), nm.group(1)
                return m.end(), w
            pos = m.end()
        return 0, ""
    for _ in range(3):
        m = _WORD_AT.match(text, pos)
        if not m:
            return 0, ""
        w = m.group(1)
        if w[0].isupper():
            if w.isupper() and len(w) > 1 and w not in ("PKW", "LKW"):
                return 0, ""  # an acronym is a name, not a counted noun
            return m.end(), w
        if not _DE_ADJ.match(w) or w in _DE_FINITE or w in ("eine", "einen", "einem", "einer", "diese", "jene", "jede", "alle", "keine",
                                         "sowie", "ohne", "gegen", "aber", "oder", "wie", "als", "je", "pro", "zu",
                                         "ihre", "seine", "unsere", "mehr", "weniger", "über", "unter", "nach",
                                         "vor", "bei", "mit", "aus", "von", "in", "im", "am", "um", "der", "die",
                                         "das", "den", "dem", "des", "und", "oder", "bis", "jeder", "jedem"):
            return 0, ""
        pos = m.end()
    return 0, ""


def _read_hedge(text: str, c: _Cand, language: str) -> None:
    window = text[max(0, c.start - 40):c.start]
    rx = _HEDGE_EN if language == "en" else _HEDGE_DE
    m = rx.search(window)
    if m:
        word = m.group(1)
        if language != "en" and word.lower() in ("über", "unter") and c.kind in ("bare",):
            return
        c.approx = True
        c.qualifier = (c.qualifier + " " + word).strip() if c.qualifier else word


_RX_FRACTION_OF = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|fraction)\s+of\s+$",
                             re.IGNORECASE)


def _prev_word(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in " \u00a0\t":
        i -= 1
    j = i
    while j >= 0 and not text[j].isspace():
        j -= 1
    return text[j + 1:i + 1]


def _next_word(text: str, pos: int) -> str:
    m = _WORD_AT.match(text, pos)
    return m.group(1) if m else ""


# --- across candidates ---------------------------------------------------------------------
_RANGE_LINK = re.compile(
    r"^(?:\s*(?:bis(?: zu)?|auf|und|oder|beziehungsweise|bzw\.|to|and|or|-|–|—|/)\s+"
    r"(?:(?:rund|etwa|knapp|fast|über|annähernd|about|around|almost|nearly|over)\s+)?|[-–—])$"  # "5-6 percent" too
)
_ELLIPSIS_LINK = re.compile(r"(?:davon|darunter|of which|of whom|of them|und|and|sowie|,)")
_ZAHL_DER = re.compile(r"\b(?:Zahl|Anzahl)\s+(?:der|an|von)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}([A-ZÄÖÜ][\w-]+)|\bnumber\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b")


def _resolve_neighbours(text: str, cands: list[_Cand], sentences: list[tuple[int, int]], language: str) -> list[_Cand]:
    starts = [s for s, _ in sentences]

    def sent_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    # shared units in ranges: the partner on the right gives its unit (and scale) to a bare number
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.kind == "money" and not a.exponent and b.exponent and a.number < 1000 and text[a.end:b.start] in ("-", "–") \
                and (b.kind == "bare" or (b.kind == "money" and b.unit == a.unit)):
            a.exponent = b.exponent  # "$3-4bn": the sign serves both numbers, the scale word too
            b.unit, b.kind, b.cue = a.unit, "money", "shared unit"
            continue
        if a.kind != "bare" or (a.exponent and b.kind == "bare"):
            continue
        if b.kind == "bare" or not _RANGE_LINK.match(text[a.end:b.num_start if b.kind != "money" else b.start]):
            continue
        if b.kind == "time" or b.year_like:
            a.kind = "time"
            continue
        a.unit, a.kind, a.cue = b.unit, b.kind, "shared unit"
        if not a.exponent and b.exponent and a.number < 1000:
            a.exponent, a.scale_word = b.exponent, ""
        if b.kind == "rate":
            a.kind = "rate"
    # elliptic counts and implied currencies
    prev_typed: _Cand | None = None
    for i, c in enumerate(cands):
        if c.kind == "bare":
            si = sent_of(c.start)
            if c.exponent:  # "ein Minus von 114 Millionen": currency from a money neighbour
                # (not "1.2 mln EVs …, worth 24.5 bln dollars": a noun after it is what is counted)
                counted = language == "en" and _RX_EN_NOUN_AFTER.match(text, c.end) is not None
                money = None if counted else _nearest_money(cands, i, sentences, si, sent_of)
                if money is not None and money.start > c.end and _RX_CONVERSION_GAP.fullmatch(text, c.end, money.start):
                    money = None  # "1.2 trillion tenge ($2.5 billion)": a conversion is in another currency
                if money is not None:
                    c.unit, c.kind, c.cue = money.unit, "money", "currency (implied)"
                else:  # "von 14,16 Millionen verkauften Fahrzeugen 5,4 Millionen in China"
                    count = _nearest_count(cands, i, si, sent_of)
                    if count is not None:
                        c.unit, c.kind, c.cue = count.unit, "count", "counted noun (implied)"
            elif prev_typed is not None and prev_typed.kind == "count" and sent_of(prev_typed.start) == si \
                    and not c.year_like and (c.grouped or _ELLIPSIS_LINK.search(text[prev_typed.end:c.start][-12:])) \
                    and c.start - prev_typed.end < 80:
                c.unit, c.kind, c.cue = prev_typed.unit, "count", "shared noun (implied)"
            elif c.grouped:
                s0, s1 = sentences[si] if sentences else (0, len(text))
                zm = _ZAHL_DER.search(text, s0, s1)
                if zm:
                    c.unit, c.kind, c.cue = count_unit(zm.group(1) or zm.group(2)), "count", "Zahl der (implied)"
        if c.kind not in ("bare", "time"):
            prev_typed = c
    # "2,345,678 Millionen Dollar": digits already written out in full, the scale word repeats them
    for c in cands:
        if c.exponent and c.grouped and c.number >= Decimal(10) ** c.exponent:
            c.exponent = 0
            c.cue = (c.cue + "; scale word redundant").strip("; ")
    return cands


def _nearest_count(cands: list[_Cand], i: int, si: int, sent_of: Callable[[int], int]) -> _Cand | None:
    """A scaled count in the same sentence that a bare scaled number parallels ("5,4 Millionen")."""
    best = None
    for j in range(max(0, i - 3), min(len(cands), i + 4)):
        o = cands[j]
        if j == i or o.kind != "count" or not o.exponent or sent_of(o.start) != si:
            continue
        if abs(o.start - cands[i].start) > 160:
            continue
        if best is None or abs(o.start - cands[i].start) < abs(best.start - cands[i].start):
            best = o
    return best


#: What stands between an amount and its conversion in brackets: "1.2 trillion tenge (about $2.5 billion)".
_RX_CONVERSION_GAP = re.compile(r"(?:\s+[^\W\d_][\w-]*)?\s*\(\s*(?:about|around|roughly|some|rund|etwa|ca\.|umgerechnet)?\s*")


def _nearest_money(cands: list[_Cand], i: int, sentences: list[tuple[int, int]], si: int,
                   sent_of: Callable[[int], int]) -> _Cand | None:
    best = None
    best_d = None
    for j in range(max(0, i - 6), min(len(cands), i + 7)):
        o = cands[j]
        if j == i or o.kind != "money":
            continue
        sj = sent_of(o.start)
        if abs(sj - si) > 1:
            continue
        d = (abs(sj - si), abs(o.start - cands[i].start))
        if best_d is None or d < best_d:
            best, best_d = o, d
    return best


# --- labels -------------------------------------------------------------------------------
_DE_ARTICLE_NOUN = re.compile(
    r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|unser|unsere)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]+)"
)
# A noun right after the figure names what it measures: "250 Hektar Gewerbefläche",
# "40 Prozent davon aus dem Maschinenbau".  A sentence end or bracket stops the search.
_DE_LABEL_AFTER = re.compile(
    r"[ \t]+(?:(?:davon|dafür)\s+)?(?:(?:aus|im|in|für)\s+(?:de[mnrs]\s+)?)?(?:[a-zäöüß][\w-]*\s+)?([A-ZÄÖÜ][\w-]{3,})"
)
_DE_LABEL_SKIP = {"Angaben", "Jahr", "Jahres", "Zeitraum", "Monat", "Monaten", "Quartal", "Vorjahr", "Woche", "Tag", "Ende",
                  "Mitte", "Anfang", "Beginn", "Höhe", "Summe", "Betrag", "Zuge", "Vergleich", "Region", "Stadt"}
_EN_LABEL = re.compile(r"\b(?:the|a|an|its|their|his|her|our|total)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|was|is|were|are|rose|fell|grew|totalled|totaled|reached|stood|at|to|by|had|has|in)\b")
_EN_LABEL_AFTER = re.compile(r"\s+((?:rise|increase|fall|drop|decline|growth|surplus|deficit|cut|loss|profit|stake|share|gain)(?:\s+in\s+[a-z]+(?:\s+[a-z]+)?)?)\b")


def figure_label(text: str, start: int, end: int, noun: str, sentence_start: int, language: str) -> str:
    """What the figure measures: the counted noun, else the nearest noun phrase before it."""
    if noun:
        return noun
    s0 = sentence_start
    left = text[max(s0, start - 160):start]
    if language == "en":
        after = _EN_LABEL_AFTER.match(text, end)
        if after:
            return after.group(1)
        found = list(_EN_LABEL.finditer(left))
        return found[-1].group(1) if found else ""
    after = _DE_LABEL_AFTER.match(text, end)
    if after and after.group(1) not in _DE_LABEL_SKIP:
        return after.group(1)
    best = ""
    for m in _DE_ARTICLE_NOUN.finditer(left):
        if m.group(1) not in _DE_LABEL_SKIP and not m.group(1).endswith(("jahr", "jahres")):
            best = m.group(1)
    return best
