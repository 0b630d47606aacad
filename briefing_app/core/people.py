"""People and organisations: names, roles, and who "er", "the chancellor" or "Mr Xie" is.

Three jobs, kept together because they share one notion of a name:

* ``parse_source`` reads the noun phrase that a speech verb or "laut" points at
  ("der IG-Metall-Vorsitzende Jörg Hofmann", "Katrin Albers, Präsidentin des Verbands …",
  "LSE chief executive Clara Furse", "the Paris-based economics think tank") into name,
  role, organisation and whether it is a person, an organisation, a pronoun or a bare
  description;
* ``EntityTracker`` remembers named mentions in text order and resolves pronouns and
  descriptions to the last fitting one.  Look-ups are binary searches in a list of
  mentions, bounded by a window, so resolution never rescans the text;
* ``collect_people`` merges mentions of one person ("Professor Hermann Simon" … "Simon").

No name lists: a name is a run of capitalised words that is not a role noun; German
capitalises every noun, so an article in front ("der Ökonom") marks a description.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from .results import Person, PersonMention
from .speech_cues import (
    ORG_DESCRIPTION_WORDS_DE,
    PERSON_ROLE_SUFFIXES_DE,
    PERSON_ROLE_WORDS_EN,
    TITLES,
)

_TOKEN = re.compile(r"\(([^()]{1,80})\)|[^\s,()]+")
_ARTICLES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "sein", "seine",
    "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "dessen", "deren", "the", "a", "an", "its", "their",
    "his", "her", "diese", "dieser", "dieses", "this", "that", "these", "those", "unser", "unsere",
}
_FILLERS = {
    "auch", "ebenfalls", "hingegen", "jedoch", "aber", "also", "nun", "dann", "zudem", "indes", "etwa", "nur",
    "noch", "bereits", "wiederum", "selbst", "schon", "now", "then", "however", "later", "too", "further",
    "yet", "still", "allerdings", "gleichzeitig", "zugleich", "dagegen", "freilich", "weiter", "weiters",
    "außerdem", "ferner", "ebenso", "sogar", "nämlich", "jetzt", "heute", "gestern", "damals", "sodann",
}
_ORG_PREPS = {"des", "der", "beim", "bei", "von", "vom", "für", "of", "at", "for", "with", "from"}
_CUT_WORDS = {
    # an adjunct after the subject ends the noun phrase
    "am", "laut", "auf", "vor", "gegenüber", "während", "unter", "zufolge", "mit", "nach", "in", "im",
    "bei", "beim", "anlässlich", "on", "to", "during", "after", "before", "when", "last",
    "yesterday", "today", "quoted", "earlier", "this", "while", "as", "told", "who", "which",
    "dass", "that", "said", "sagte", "sagt", "und", "and", "wie", "als", "zur", "zum",
    # kept when a named organisation follows ("analyst at Daiwa Securities")
    "at", "for", "with", "from",
}
_PRONOUNS_PERSON = {"er", "sie", "he", "she", "ihm", "ihr", "him", "her", "seiner", "ihrer", "seinen", "ihren",
                    "seinem", "ihrem", "sein", "seine", "his"}
_PRONOUNS_ORG = {"es", "it", "they", "its", "their", "man"}
_PARTICLES = {"von", "van", "de", "der", "da", "di", "du", "le", "la", "al", "bin", "ibn", "del", "dos", "zu", "ten", "of"}
_ORG_NAME_WORDS = {
    "aid", "bank", "exchange", "daily", "ministry", "group", "co", "co.", "inc", "inc.", "ltd", "plc", "ag", "gmbh",
    "energy", "securities", "administration", "commission", "organisation", "organization", "party", "council",
    "institute", "institut", "agency", "news", "times", "post", "association", "union", "metall", "fund",
    "office", "tobacco", "entertainment", "air", "airlines", "airways", "steel", "motors", "holdings",
    "partners", "capital", "university", "universität", "hochschule", "verband", "bundesverband", "rat",
    "ministerium", "amt", "behörde", "stiftung", "gewerkschaft", "kammer", "journal", "monopoly", "welle",
    "reuters", "bloomberg", "barings", "review", "bureau", "board", "authority", "department", "service",
    "federation", "foundation", "corporation", "company", "international", "industries", "systems", "media",
    "medien", "nations", "forum", "trust", "centre", "center", "club", "network", "telegraph", "guardian",
    "herald", "press", "zeitung", "standard", "presse", "kurier", "radio", "tv", "agentur",
}


# heads of German compounds that name an authority, a body or a place, never a person
_ORG_PLACE_HEADS_DE = ("regierung", "provinz", "institut", "verwaltung", "behörde", "ministerium", "kommission",
                       "ausschuss", "parlament", "kongress", "stadt", "region", "kreis", "bezirk", "gemeinde", "zone",
                       "zentrum", "konzern", "verband", "kammer", "gericht", "amt", "partei")

_ORG_PLACE_RX = re.compile("(?:" + "|".join(_ORG_PLACE_HEADS_DE) + r")(?:e?s)?(?=\s|$)")


@dataclass
class Source:
    """A parsed speaker phrase."""

    name: str = ""  # proper name as written ("Dr. Matthias Krämer", "OECD")
    role: str = ""
    organisation: str = ""
    kind: str = "description"  # person | org | pronoun | description
    description: str = ""  # the phrase without article when there is no name ("Ökonom", "think tank")
    start: int = -1  # offsets of the name in the text (for mentions)
    end: int = -1
    is_plural: bool = False
    indefinite: bool = False  # "a spokesperson", "ein Sprecher": a new referent, named later if at all
    head_text: str = ""  # the phrase before an organisation ("Leiter Außenwirtschaft")

    @property
    def label(self) -> str:
        return self.name or self.description


def _is_cap(tok: str) -> bool:
    if "-" in tok and tok.split("-")[-1][:1].islower():
        return False  # "Paris-based", "Singapore-listed" are adjectives
    return bool(tok) and (tok[0].isupper() or (tok[0] in "„“\"'" and tok[1:2].isupper()))


_ROLE_SUFFIXES = tuple(PERSON_ROLE_SUFFIXES_DE)


def _is_role_de(tok: str) -> bool:
    low = tok.lower().rstrip("s") if tok.lower().endswith(("chefs", "ers", "ors", "ents")) else tok.lower()
    return low.endswith(_ROLE_SUFFIXES)


def _is_org_desc_de(tok: str) -> bool:
    """"das Unternehmen", "der VW-Rivale", "die Franzosen" describe; "der Fiskalrat" names."""
    low = tok.lower()
    return any(low == w or low.endswith("-" + w) for w in ORG_DESCRIPTION_WORDS_DE)


def looks_like_org(name: str) -> bool:
    toks = name.replace("-", " ").split()
    if not toks:
        return False
    if _ORG_PLACE_RX.search(name.lower()):
        return True  # "Provinzregierung Anhui", "Provinz Anhui", "Stadtverwaltung Hefei"
    if len(toks) == 1:
        # "OECD", "Peugeot", "Fiskalrat": a single word is rarely how a person is named,
        # except a Chinese surname on its own ("Li said")
        return toks[0] not in CHINESE_SURNAMES
    if any(t.lower().strip(".,") in _ORG_NAME_WORDS or (t.lower().endswith("s") and t.lower()[:-1] in _ORG_NAME_WORDS)
           for t in toks):
        return True  # also in the genitive ("Ifo-Instituts")
    return all(t.isupper() for t in toks if t.isalpha())


def parse_source(phrase: str, offset: int, language: str) -> Source:
    """Read a speaker noun phrase found at ``offset`` in the text (see module docstring)."""
    segments = _split_apposition(phrase)
    src = Source()
    name_seg = None
    for seg_text, seg_off in segments:
        s = _parse_segment(seg_text, offset + seg_off, language)
        if s.kind == "pronoun":
            return s
        if s.name and name_seg is None:
            name_seg = s
            src.name, src.start, src.end = s.name, s.start, s.end
            src.role = src.role or s.role
            src.organisation = src.organisation or s.organisation
            src.kind = s.kind
        else:
            head = s.head_text or s.role
            if not src.role and head:
                src.role = head
            if not src.role and s.description:
                src.role = s.description
            if not src.organisation and s.organisation:
                src.organisation = s.organisation
            if not src.description:
                src.description = s.description or s.role
            if name_seg is None:
                src.is_plural = src.is_plural or s.is_plural
    if name_seg is None:
        first = _parse_segment(segments[0][0], offset + segments[0][1], language) if segments else Source()
        src.description = first.description or first.role
        src.kind = first.kind
        src.role = first.role or src.role
        src.organisation = first.organisation or src.organisation
        src.is_plural = first.is_plural
        src.indefinite = first.indefinite
    return src


def _split_apposition(phrase: str) -> list[tuple[str, int]]:
    out = []
    depth = 0
    start = 0
    for i, ch in enumerate(phrase):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append((phrase[start:i], start))
            start = i + 1
    out.append((phrase[start:], start))
    return [(t, o) for t, o in out if t.strip()][:3]


def _parse_segment(seg: str, offset: int, language: str) -> Source:
    if language == "en":
        m = _EN_DOCUMENT_OF.match(seg) or _EN_POSSESSIVE_DOCUMENT.match(seg)
        if m:
            # "a statement from the ministry", "a report by the OECD": the author speaks
            return _parse_segment(m.group(1), offset + m.start(1), language)
        m = _EN_ORG_ROLE_NAME.match(seg.strip())
        if m and _person_role(m.group("role"), "en"):
            lead = len(seg) - len(seg.lstrip())
            org = re.sub(r"^(?:the|a|an)\s+", "", m.group("org"), flags=re.IGNORECASE).removesuffix("'s").removesuffix("’s")
            return Source(name=m.group("name"), role=m.group("role").strip(), organisation=org, kind="person",
                          start=offset + lead + m.start("name"), end=offset + lead + m.end("name"),
                          head_text=m.group("role").strip())
        core = re.sub(r"\s+(?:in|on|at|during|to|after|before)\s+.*$", "", seg.strip())
        m = _EN_POSSESSIVE_ROLE_NAME.match(core)
        if m:
            # "the firm's CEO Ola Källenius", "Germany's economy minister Robert Habeck"
            lead = len(seg) - len(seg.lstrip())
            return Source(name=m.group("name"), role=m.group("role").strip(), organisation=m.group("org"),
                          kind="person", start=offset + lead + m.start("name"), end=offset + lead + m.end("name"),
                          head_text=m.group("role").strip())
        m = _EN_POSSESSIVE_ROLE.match(seg.strip())
        if m:
            return Source(role=m.group("role"), organisation=m.group("org"), kind="description",
                          description=m.group("role"), head_text=m.group("role"))
    toks = [(m.group(0), m.start() + offset) for m in _TOKEN.finditer(seg)]
    # parenthesised party / acronym: keep aside as organisation
    paren = [t[1:-1] for t, _ in toks if t.startswith("(")]
    toks = [(t, o) for t, o in toks if not t.startswith("(")]
    while toks and toks[0][0].lower().strip(".") in _FILLERS:
        toks = toks[1:]
    src = Source()
    if not toks:
        return src
    src.indefinite = toks[0][0].lower() in ("a", "an", "ein", "eine", "einer", "einem", "einen")
    # cut at an adjunct ("am Montag", "on Tuesday", "laut Redemanuskript")
    cut = len(toks)
    for i, (t, _) in enumerate(toks):
        low = t.lower()
        if i > 0 and (low in _CUT_WORDS or low in _FILLERS) and not (low in _ORG_PREPS and _org_follows(toks, i)) \
                and not (low in ("und", "and") and toks[i - 1][0].endswith("-")):
            cut = i
            break
    toks = toks[:cut]
    first = toks[0][0].lower().strip(".,")
    if len(toks) == 1 and first in _PRONOUNS_PERSON | _PRONOUNS_ORG:
        src.kind = "pronoun"
        src.description = toks[0][0]
        src.is_plural = first in ("they", "man")
        return src
    # organisation after a preposition: "von JPC Energy", "of Daiwa Securities", "des Verbands …"
    org = ""
    for i, (t, _) in enumerate(toks):
        if i > 0 and t.lower() in _ORG_PREPS:
            if language == "en" and t == "of" and _is_cap(toks[i - 1][0]) and i + 1 < len(toks) and _is_cap(toks[i + 1][0]) \
                    and not _person_before_of([x for x, _ in toks[:i]]):
                continue  # one name: "Ministry of Commerce", "Bank of China"
            rest = toks[i + 1:]
            while rest and rest[0][0].lower() in _ARTICLES:
                rest = rest[1:]
            if rest and any(_is_cap(r) for r, _ in rest):
                org = seg[rest[0][1] - offset:]
                case = t.lower() if t.lower() in ("des", "der") else (
                    toks[i + 1][0].lower() if i + 1 < len(toks) and toks[i + 1][0].lower() in ("des", "der") else "")
                if language != "en" and t.lower() in ("der", "dem") and _is_medium(org):
                    toks = toks[:i]  # "sagte der Minister der Deutschen Presse-Agentur": the addressee
                    org = ""
                    break
                org = _de_genitive(org.strip().rstrip("."), language, case)
                toks = toks[:i]
                break
    if paren and not org:
        org = paren[0]
    elif paren and org and not org.endswith(")"):
        org = f"{org} ({paren[0]})" if f"({paren[0]})" in seg else org
    src.organisation = org
    has_article = bool(toks) and toks[0][0].lower() in _ARTICLES
    src.head_text = " ".join(t for t, _ in (toks[1:] if has_article else toks))
    body = toks[1:] if has_article else toks
    # title tokens stay part of the name ("Dr. Matthias Krämer")
    runs = _cap_runs(body)
    if not runs:
        desc = " ".join(t for t, _ in body)
        src.description = desc
        src.role = desc
        src.kind = "description"
        src.is_plural = bool(desc) and desc.split()[-1].lower().endswith(("en", "er", "s")) and language == "en"
        return src
    run_start, run_end = runs[-1]
    nouns = body
    while language == "en" and len(nouns) > 1 and nouns[-1][0].endswith("ed") and nouns[-1][0][:1].islower():
        nouns = nouns[:-1]  # "A US report issued (on Tuesday)": the participle is not the head
    if language == "en" and any(t[:1].islower() and t.lower() not in _PARTICLES for t, _ in nouns[run_end:]):
        # the head noun is lower-case: "German press reports", "a Chinese trade official",
        # "the Deutsche Welle radio station". A person role or a document keeps the phrase as a
        # description (resolved later); otherwise capitals that are not a nationality
        # adjective name the organisation.
        run_text = " ".join(t for t, _ in nouns[run_start:run_end])
        head = nouns[-1][0].lower().strip(".,")
        tail_len = len(nouns) - run_end
        if head not in PERSON_ROLE_WORDS_EN and head not in _DOCUMENT_HEADS_EN and head not in _NOT_SPEAKING \
                and not _nationality_like(run_text) and tail_len <= 3 and run_text.lower() not in _EN_QUANTIFIERS:
            src.name, src.kind = run_text, "org"
            src.start, src.end = nouns[run_start][1], nouns[run_end - 1][1] + len(nouns[run_end - 1][0])
            src.role = " ".join(t for t, _ in nouns[run_end:])
            return src
        desc = " ".join(t for t, _ in nouns)
        src.description = desc
        src.role = desc
        src.kind = "description"
        if head in PERSON_ROLE_WORDS_EN and not src.organisation and not _nationality_like(run_text):
            src.organisation = run_text
        src.is_plural = head.endswith("s") and not head.endswith("ss")
        return src
    run = body[run_start:run_end]
    before = body[:run_start]
    # German: the last role noun inside the run splits role from name
    split_at = 0
    if language != "en":
        for i, (t, _) in enumerate(run):
            if t in TITLES:
                continue  # an academic title is part of the name, not a role ("Professor Hermann Simon")
            if _is_role_de(t) or (_is_org_desc_de(t) and i < len(run) - 1 and has_article):
                split_at = i + 1
        if split_at == 0 and (has_article or (before and before[-1][0][:1].islower())) and len(run) >= 1:
            head = run[0][0]
            if (not head.isupper() and len(run) > 1 and not _is_name_like_pair(run)) or (len(run) == 1 and (_is_role_de(head) or _is_org_desc_de(head))):
                split_at = 1
    name_toks = run[split_at:]
    role_toks = before + run[:split_at]
    if language == "en":
        # "Chinese Premier Wen Jiabao", "Minister Wang Wentao": a capitalised role word is not a name
        # everything up to the last capitalised role word is the role ("Commerce Minister Wang Wentao")
        k = max((i + 1 for i, (t, _) in enumerate(name_toks[:-1])
                 if t.lower() in PERSON_ROLE_WORDS_EN and t not in TITLES), default=0)
        if k:
            role_toks, name_toks = role_toks + name_toks[:k], name_toks[k:]
        if name_toks and all(t.lower().strip(".,") in PERSON_ROLE_WORDS_EN and t not in TITLES for t, _ in name_toks):
            role_toks, name_toks = role_toks + name_toks, []  # "Minister", "Spokesman": a description
    if language == "en":
        # "LSE chief executive Clara Furse": capitals before the role words are the organisation
        lower = [t for t, _ in before if t[:1].islower()]
        caps_before = runs[:-1]
        if caps_before and lower and not org:
            a, b = caps_before[0]
            src.organisation = " ".join(t for t, _ in body[a:b])
            role_toks = [x for x in before if x[0][:1].islower()]
    role = " ".join(t for t, _ in role_toks if t.lower() not in _ARTICLES and t.lower() not in _FILLERS)
    if name_toks:
        # strip a trailing genitive 's ("Christian Aid's head" is handled as apposition later)
        src.name = " ".join(t for t, _ in name_toks).strip(".,;:")
        src.start = name_toks[0][1]
        src.end = name_toks[-1][1] + len(name_toks[-1][0].rstrip(".,;:"))
        src.role = role
        is_title = any(t in TITLES for t, _ in name_toks)
        src.kind = "person" if is_title or (role and _person_role(role, language)) or not looks_like_org(src.name) else "org"
        if src.kind == "person" and looks_like_org(src.name) and not is_title and not (role and _person_role(role, language)):
            src.kind = "org"
    else:
        src.role = role
        src.description = role
        src.kind = "description"
        src.is_plural = language == "en" and role.endswith("s") and not role.endswith("ss")
    return src


_EN_ORG_ROLE_NAME = re.compile(
    r"^(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w&.'’-]*)*)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$"
)
_EN_DOCUMENT_OF = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|study|survey|document|notice|circular|release|"
    r"announcement|press\s+release)\s+(?:issued\s+by|released\s+by|published\s+by|from|by)\s+(.{2,120})$")
# "the ministry's statement", "the OECD's latest report": the author speaks
_EN_POSSESSIVE_DOCUMENT = re.compile(
    r"\s*(?:the\s+)?(.{2,80}?)['’]s\s+(?:[\w-]+\s+)?(?:statement|report|study|survey|announcement|press\s+release|notice|circular)\s*$")
_EN_POSSESSIVE_ROLE_NAME = re.compile(
    r"^(?:the\s+|a\s+)?(?P<org>[\w&.-]+(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?P<role>(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){1,3})"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$")
_EN_POSSESSIVE_ROLE = re.compile(r"^(?:the\s+|a\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?P<role>[a-z][\w -]{2,60})$")


_DOCUMENT_HEADS_EN = {"report", "reports", "study", "statement", "survey", "paper", "analysis", "note", "letter",
                      "release", "document", "estimate", "estimates", "forecast"}
_NOT_SPEAKING = {"statistics", "figures", "data", "numbers", "documents", "results"}
_EN_QUANTIFIERS = {"other", "some", "many", "all", "most", "both", "such", "these", "those", "several", "each",
                   "every", "any", "no", "few", "more", "top", "new", "local", "foreign", "senior", "two", "three"}
_NATIONALITY_END = re.compile(r"(?:an|ese|ish|ch|ic|i|ian)$")


_MEDIUM_HEADS = ("agentur", "zeitung", "blatt", "magazin", "sender", "rundfunk", "fernsehen", "radio", "tv",
                 "reuters", "bloomberg", "dpa", "xinhua", "nachrichten", "news", "times", "post", "journal")


def _is_medium(org: str) -> bool:
    """A news medium named after "sagte X der/dem …" is who X spoke to, not X's employer."""
    low = org.strip().lower().strip("„“\"»«")
    return org.lstrip()[:1] in "„“\"»«" or (low.split()[-1:] != [] and low.split()[-1].endswith(_MEDIUM_HEADS))


def _person_before_of(words: list[str]) -> bool:
    """"Huang Yiping of Peking University", "Professor Ma Jun of Tsinghua": a person's name
    (a title, or a Chinese surname with a given name) before "of" is not part of an
    organisation's name the way "Ministry" in "Ministry of Commerce" is."""
    names = [w for w in words if w.lower() not in _ARTICLES]
    if len(names) < 2 or not all(_is_cap(w) for w in names):
        return False
    if any(w.lower().strip(".,") in PERSON_ROLE_WORDS_EN and w not in TITLES for w in names):
        return False  # "Vice Minister of Commerce Wang Shouwen", "Secretary of State"
    core = [w for w in names if w not in TITLES]
    if len(core) < 2 or looks_like_org(" ".join(core)):
        return False
    return len(core) != len(names) or (core[-2] in CHINESE_SURNAMES and _chinese_given_name(core[-1]))


def _nationality_like(words: str) -> bool:
    """"German", "Chinese", "British", "Pakistani", "U.S.", "US": an adjective of origin."""
    toks = words.split()
    if len(toks) != 1:
        return False
    w = toks[0].strip(".,")
    return w.replace(".", "") in {"US", "UK", "EU", "USA"} or (bool(_NATIONALITY_END.search(w)) and w[1:].islower())


def _org_follows(toks: Sequence[tuple[str, int]], i: int) -> bool:
    """After "von"/"beim"/"of": a named organisation follows (not "bei einem Pressegespräch")."""
    j = i + 1
    if j < len(toks) and toks[j][0].lower() in ("einem", "einer", "einen", "a", "an"):
        return False
    while j < len(toks) and toks[j][0].lower() in _ARTICLES:
        j += 1
    return j < len(toks) and _is_cap(toks[j][0])


def _is_name_like_pair(run: Sequence[tuple[str, int]]) -> bool:
    # "Katrin Albers" after a lower-case adjective would still be a name; a German noun +
    # name pair ("Ökonom Walter Pudschedl") is split by the role check before this
    return all(not _is_role_de(t) for t, _ in run) and len(run) >= 2 and not run[0][0].endswith(("er", "en", "e"))


def _person_role(role: str, language: str) -> bool:
    words = role.lower().split()
    if language == "en":
        return any(w in PERSON_ROLE_WORDS_EN for w in words)
    return any(_is_role_de(w) for w in role.split())


def _cap_runs(toks: Sequence[tuple[str, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i][0]
        if _is_cap(t) or t in TITLES:
            j = i + 1
            while j < n and (_is_cap(toks[j][0]) or toks[j][0] in TITLES or (
                    toks[j][0] in _PARTICLES and j + 1 < n and _is_cap(toks[j + 1][0]))):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


_NEUTER_HEADS_DE = ("amt", "amtes", "amts", "institut", "instituts", "institutes", "ministerium", "ministeriums",
                    "zentrum", "zentrums", "büro", "büros", "parlament", "parlaments", "parlamentes", "komitee",
                    "komitees", "gremium", "gremiums", "bündnis", "bündnisses", "unternehmen", "unternehmens",
                    "werk", "werks", "werkes", "forum", "forums", "sekretariat", "sekretariats", "kabinett",
                    "kabinetts", "gericht", "gerichts", "gerichtes", "haus", "hauses")


def de_nominative(name: str, article: str) -> str:
    """A German organisation name read after "des"/"der" in the nominative."""
    return _de_genitive(name, "de", article)


def _de_genitive(org: str, language: str, article: str = "") -> str:
    """The organisation in the nominative, as a user would write it on a slide:
    "des Ständigen Ausschusses des …" -> "Ständiger Ausschuss des …", "der Chinesischen
    Akademie" -> "Chinesische Akademie", "Verbands Deutscher …" -> "Verband Deutscher …".
    Only the first noun phrase changes; what follows it stays in the genitive."""
    if language == "en":
        return org
    if article in ("des", "der"):
        toks = org.split(" ")
        head = next((i for i, t in enumerate(toks) if t[:1].isupper() and not (
            t.endswith("en") and i + 1 < len(toks) and toks[i + 1][:1].isupper())
                     and not t.endswith("-")), None)
        if head is not None and all(t[:1].isupper() or t in ("und", "-") or t.endswith("-") for t in toks[:head]):
            noun = toks[head]
            neuter = noun.lower().endswith(_NEUTER_HEADS_DE)
            for i in range(head):
                if toks[i].endswith("en") and not toks[i].endswith("-"):
                    toks[i] = toks[i][:-1] if article == "der" else toks[i][:-2] + ("es" if neuter else "er")
            if article == "des" and len(noun) > 3:
                if noun.endswith("ses") or (noun.endswith("es") and noun[-3] in "tdgkh"):
                    noun = noun[:-2]
                elif noun.endswith("s") and not noun.endswith("ss"):
                    noun = noun[:-1]
            toks[head] = noun
            return " ".join(toks).strip()
    first, _, rest = org.partition(" ")
    if len(first) > 5 and first.lower().endswith(("verbands", "rats", "instituts", "ministeriums", "amts", "konzerns",
                                          "vereins", "dienstleisters", "unternehmens", "clusters")):
        first = first[:-1]
    return (first + (" " + rest if rest else "")).strip()


# The most common Chinese surnames in pinyin (they cover most of the population): a
# capitalised pair opened by one of them is taken as a person's name. "He" is left out
# (the English pronoun), and second words that name a place or a body are excluded.
CHINESE_SURNAMES = frozenset(["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Du", "Lu", "Su", "Fan", "Qian", "Dai", "Xia", "Zhong", "Shi", "Fu", "Kong", "Mao", "Bai", "Cui", "Kang", "Qin", "Qiu", "Jin", "Yao", "Tan", "Shao", "Meng", "Hou", "Duan", "Lei", "Ren", "Xiong", "Hao", "Gong", "Shen", "Wen", "Yin", "Niu", "Yi", "Zhan", "Lan", "Lyu", "Lü", "Cheng", "Miao", "Ouyang", "Sima", "Zhuge", "Xi", "Hua", "Ning", "Ge", "Mu", "Tao"])
_NOT_GIVEN_NAMES = {"kong", "province", "city", "road", "river", "group", "bank", "airlines", "motors", "street",
                    "dynasty", "district", "county", "provinz", "stadt", "university", "universität", "gruppe",
                    "daily", "news", "times", "yuan", "renminbi", "mountain", "mountains", "lake", "sea", "bay"}


def _chinese_given_name(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_GIVEN_NAMES and low not in _ORG_NAME_WORDS and not low.endswith(_ORG_PLACE_HEADS_DE) \
        and len(word) <= 9 and "-" not in word[1:-1].replace("-", "", 1)


# --- tracking mentions -----------------------------------------------------------------------
@dataclass
class Entity:
    name: str
    kind: str  # person | org
    role: str = ""
    organisation: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str = ""  # "m" / "f" when a title or role says so ("Frau", "Ms", "Sprecherin"), else ""


class EntityTracker:
    """Named mentions in text order; resolves pronouns and descriptions to the last fitting one."""

    WINDOW = 4000  # characters looked back for an antecedent

    def __init__(self, language: str) -> None:
        self.language = language
        self.entities: list[Entity] = []
        self._by_token: dict[str, list[Entity]] = {}
        self._positions: list[int] = []
        self._at: list[Entity] = []
        # Mentions added out of text order wait here and are sorted in at the next
        # resolve(): inserting each into the middle of the sorted lists was quadratic.
        self._pending: list[tuple[int, int, Entity]] = []
        self._added = 0

    def add(self, src: Source, pos: int | None = None) -> Entity | None:
        if not src.name or src.kind not in ("person", "org"):
            return None
        ent = self.lookup(src.name)
        if ent is None:
            ent = Entity(src.name, src.kind, src.role, src.organisation)
            self.entities.append(ent)
            for tok in _name_tokens(src.name):
                self._by_token.setdefault(tok, []).append(ent)
        else:
            if len(src.name) > len(ent.name) and src.kind == ent.kind:
                ent.name = src.name
                for tok in _name_tokens(src.name):
                    if ent not in self._by_token.setdefault(tok, []):
                        self._by_token[tok].append(ent)
            ent.role = ent.role or src.role
            ent.organisation = ent.organisation or src.organisation
        if ent.kind == "person" and not ent.gender:
            ent.gender = _gender_of(src.name, src.role)
        p = src.start if pos is None else pos
        if p >= 0:
            ent.mentions.append((p, src.end if src.end > p else p + len(src.name)))
            self._added += 1
            if not self._pending and (not self._positions or p > self._positions[-1]):
                self._positions.append(p)
                self._at.append(ent)
            else:
                self._pending.append((p, self._added, ent))
        return ent

    def _sort_pending(self) -> None:
        """Merge the waiting mentions in as if each had been inserted at ``bisect_left``
        when it was added: by position, the later-added first among equal positions."""
        if not self._pending:
            return
        if len(self._pending) <= 64:
            # a few mentions between two look-ups (the usual case while quotes are read): insert
            # each where bisect_left puts it, in the order they came; re-sorting the whole list
            # at every look-up made long articles quadratic
            for p, _seq, ent in self._pending:
                i = bisect_left(self._positions, p)
                self._positions.insert(i, p)
                self._at.insert(i, ent)
            self._pending = []
            return
        order = [(p, 0, ent) for p, ent in zip(self._positions, self._at, strict=True)]  # kept in step
        # Entries already in the lists count as added before every waiting one.
        merged = sorted(order + [(p, -seq, ent) for p, seq, ent in self._pending], key=lambda t: (t[0], t[1]))
        self._positions = [t[0] for t in merged]
        self._at = [t[2] for t in merged]
        self._pending = []

    def lookup(self, name: str) -> Entity | None:
        """A known entity this name refers to ("Mr Xie" -> "Xie Xuren", "Hofmann" -> "Jörg Hofmann")."""
        toks = _name_tokens(name)
        if not toks:
            return None
        for ent in reversed(self.entities):
            if ent.name == name:
                return ent
        cands = None
        for tok in toks:
            found = self._by_token.get(tok)
            if not found:
                return None
            cands = found if cands is None else [e for e in cands if e in found]
        if cands:
            return cands[-1]
        return None

    def resolve(self, pos: int, want: str, hint: str = "", strict: bool = False, window: int = 0,
                roleless: bool = False, gender: str = "") -> Entity | None:
        """Last entity of kind ``want`` mentioned before ``pos`` within the window; with a
        ``hint`` (a role word) one whose role contains it, else (unless ``strict``) the last one;
        with ``roleless`` the fallback skips entities known with another role ("der Minister"
        is not the last-named "Siemens-Chef"); with ``gender`` ("he" -> "m") a person known to
        be of the other gender is skipped."""
        self._sort_pending()
        i = bisect_left(self._positions, pos) - 1
        hint_low = hint.lower()
        fallback = None
        limit = window or self.WINDOW
        while i >= 0 and pos - self._positions[i] <= limit:
            ent = self._at[i]
            if ent.kind == want and not (gender and ent.gender and ent.gender != gender):
                if not hint_low or _fits(ent, hint_low):
                    return ent
                if fallback is None and not (roleless and ent.role):
                    fallback = ent
            i -= 1
        return None if strict else fallback

    def resolve_next(self, pos: int, want: str, hint: str = "", window: int = 1500,
                     strict: bool = False, speakers: frozenset[str] | None = None) -> Entity | None:
        """First entity of kind ``want`` named after ``pos`` (cataphora: "a customs spokesperson
        said … Li Kuiwen"); the same hint rule as :meth:`resolve`, over a shorter window. With
        ``speakers`` (surnames seen next to a speech verb) the fallback is only a person who
        speaks later, never one merely mentioned ("… Scholz and Xi met")."""
        i = bisect_left(self._positions, pos + 1)
        hint_low = hint.lower()
        fallback = None
        while i < len(self._positions) and self._positions[i] - pos <= window:
            ent = self._at[i]
            if speakers is not None and ent.kind == want and not (hint_low and _fits(ent, hint_low)) \
                    and ent.name.split()[-1] not in speakers:
                i += 1
                continue
            if ent.kind == want:
                if not hint_low or _fits(ent, hint_low):
                    return ent
                if fallback is None:
                    fallback = ent
            i += 1
        return None if strict else fallback


_FEMALE_TITLES = {"frau", "ms", "mrs", "miss", "madame", "mme"}
_MALE_TITLES = {"herr", "mr", "sir", "lord", "monsieur"}


def _gender_of(name: str, role: str) -> str:
    """"m"/"f" from a title or a gendered role word ("Frau Schmidt", "Ms Li", "Sprecherin",
    "spokeswoman", "chairman"); "" when nothing in the text says so."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    if first in _FEMALE_TITLES:
        return "f"
    if first in _MALE_TITLES:
        return "m"
    low = role.lower().split()[-1] if role.split() else ""
    if low.endswith(("woman", "women")) or (low.endswith("in") and _is_role_de(low[:-2]) and len(low) > 5) \
            or low.endswith("innen"):
        return "f"
    if low.endswith(("man", "chef")) or (low.endswith(("er", "or", "ent", "eur")) and _is_role_de(low)):
        return "m"
    return ""


def _fits(ent: Entity, hint_low: str) -> bool:
    """The entity's role or organisation contains the hint ("Kanzlerin" in "Bundeskanzlerin")."""
    return bool((ent.role and hint_low in ent.role.lower()) or (ent.organisation and hint_low in ent.organisation.lower())
                or (ent.kind == "org" and hint_low in ent.name.lower()))


def _name_tokens(name: str) -> list[str]:
    return [t.lower() for t in re.findall(r"[^\W\d_][\w'-]*", name) if t not in TITLES and t.rstrip(".") not in
            {"Dr", "Prof", "Mr", "Mrs", "Ms", "Herr", "Frau", "Sir", "Professor"} and t.lower() not in _PARTICLES]


# --- named people in running text ------------------------------------------------------------
_TITLE_NAME = re.compile(
    r"\b(?:Dr\.|Prof\.|Professor(?:in)?|Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord)\s+"
    r"((?:Dr\.\s+|Prof\.\s+)?[A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){0,2})"
)
# "die Chefin von BASF China, Anna Meier,", "the head of the chamber, Jens Eskelund,": a role
# phrase, then the name in commas
_NAME_IN_COMMAS = re.compile(r",\s+([A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){1,2}),")
_ROLE_BEFORE_COMMA = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Tt]he)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:von|vom|des|der|of|at|for)\s+[^,.;:]{2,60}?)?$")
_NAME_APPOS = re.compile(
    r"\b([A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){1,2}),\s+((?:(?:der|die|ein|eine|a|an|the)\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,8}?\s+(?:des|der|beim|bei|von|vom|im|of|at|for|with)\s+[^,.;]{2,80}?)(?=,|\.|;| sagte| erklärte| said)"
)


# a word followed by capitalised words; the role-suffix test runs in Python (one alternation of
# 90 suffixes tried at every position would dominate the run time on long texts)
_ROLE_NAME_DE = re.compile(r"(?<![\w-])([\w-]{4,}?s?)\s+((?:Dr\.\s+)?[A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){0,2})")
_ROLE_SUFFIX_TUPLE = tuple(PERSON_ROLE_SUFFIXES_DE) + tuple(w + "s" for w in PERSON_ROLE_SUFFIXES_DE)
# a capitalised role word before a name ("Premier Li Qiang"); zero-width, so that
# "Chinese Premier Li Qiang" is tried at "Premier" too; the word is checked in Python
_CAP_ROLE_NAME_EN = re.compile(r"\b(?=([A-Z][a-z]+)\s+([A-Z][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-Z][\w'-]+){1,2}))")
_ROLE_NAME_EN = re.compile(
    r"\b((?:" + "|".join(sorted(PERSON_ROLE_WORDS_EN)) + r"))"
    r"\s+([A-Z][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-Z][\w'-]+){1,2})"
)
_CAP_PAIR = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüéèáíóç'-]+(?:-[A-ZÄÖÜ][a-zäöüéè'-]+)?)(?:[ \t]+\n?[ \t]*|\n[ \t]*)([A-ZÄÖÜ][a-zäöüéèáíóç'-]+(?:-[A-ZÄÖÜ][a-zäöüéè'-]+)?)(?![\w-])")
_CAP_TOKEN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w'-]+")
_NOUN_SUFFIXES_DE = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "chen", "ment", "tum", "nis",
                     "markt", "preise", "land", "länder", "reich", "stadt", "werk", "haus", "amt", "rat",
                     "wirtschaft", "politik", "technik", "handel", "recht")


_SPEECH_NEAR_DE = (r"sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|mahnte|verlangte|warnte|so|laut|zufolge|"
                   r"forderte|kritisierte|ergänzte|unterstrich|bekräftigte|lobte|räumte|fügte|ist|war")
_SPEECH_NEAR_EN = (r"said|says|told|added|warned|argued|explained|insisted|noted|stressed|stated|asked|commented|"
                   r"replied|recalled|admitted|acknowledged|emphasized|emphasised|predicted|claimed|announced|"
                   r"observed|remarked|according to|Mr\.?|Mrs\.?|Ms\.?")


def speaking_surnames(text: str, language: str) -> set[str]:
    """Capitalised words seen right next to a speech verb ("sagt Butterfill", "Hofmann sagte")."""
    verbs = _SPEECH_NEAR_EN if language == "en" else _SPEECH_NEAR_DE
    found = set()
    for m in re.finditer(r"(?<![\w-])(?:" + verbs + r")\s+([A-ZÄÖÜ][\w'-]+)(?=[\s,.])", text):
        found.add(m.group(1))
    for m in re.finditer(r"(?<![\w-])([A-ZÄÖÜ][\w'-]+)\s+(?:" + verbs + r"|zufolge)(?![\w-])", text):
        found.add(m.group(1))
    return found


def find_person_mentions(text: str, language: str, tracker: EntityTracker) -> None:
    """Register people named with a title, a role noun or an apposition, and first-name/surname
    pairs whose surname recurs alone ("James Butterfill" … "sagt Butterfill")."""
    role_rx = _ROLE_NAME_EN if language == "en" else _ROLE_NAME_DE
    matches = list(role_rx.finditer(text))
    if language == "en":
        matches += [m for m in _CAP_ROLE_NAME_EN.finditer(text) if m.group(1).lower() in PERSON_ROLE_WORDS_EN]
    for m in matches:
        role_word, name, name_start = m.group(1), m.group(2), m.start(2)
        if language != "en" and not role_word.lower().endswith(_ROLE_SUFFIX_TUPLE):
            # "Der deutsche Wirtschaftsminister Sigmar Gabriel": an adjective took the role's
            # place in the match; the role is the run's last role word and the name follows it
            run = name.split()
            k = max((i + 1 for i, t in enumerate(run[:-1]) if _is_role_de(t) and t not in TITLES), default=0)
            if not k or not role_word[:1].islower():
                continue
            role_word = run[k - 1]
            name = " ".join(run[k:])
            name_start = m.start(2) + m.group(2).index(name, len(" ".join(run[:k])))
        if role_word in TITLES:
            continue  # "Professor Hermann Simon": a title, registered with the name below
        toks = name.split()
        if language != "en" and role_word[:1].islower():
            continue
        while toks and (toks[-1].lower() in _ORG_NAME_WORDS or (language != "en" and (
                _is_role_de(toks[-1]) or toks[-1].lower().endswith(_NOUN_SUFFIXES_DE)))):
            toks.pop()
        if not toks or (len(toks) == 1 and language == "en") or (looks_like_org(" ".join(toks)) and len(toks) > 1):
            continue
        name = " ".join(toks)
        tracker.add(Source(name=name, role=role_word, kind="person", start=name_start, end=name_start + len(name)))
    speaking = speaking_surnames(text, language)
    for m in _CAP_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        if first in CHINESE_SURNAMES and _chinese_given_name(last):
            # "Wang Ming", "Li Haiyan": a Chinese surname is evidence of a person's name
            tracker.add(Source(name=f"{first} {last}", kind="person", start=m.start(), end=m.end()))
            continue
        if last not in speaking or first.lower() in _ARTICLES or first.lower() in _FILLERS:
            continue
        if language != "en" and (_is_role_de(first) or last.lower().endswith(_NOUN_SUFFIXES_DE) or first.lower().endswith(_NOUN_SUFFIXES_DE)):
            continue
        prev = text[max(0, m.start() - 2):m.start()]
        if looks_like_org(f"{first} {last}") or (language != "en" and prev.endswith((". ", "– ")) and False):
            continue
        if language == "en" and first in ("The", "A", "An", "In", "On", "At", "But", "And", "If", "Mr", "Mrs", "Ms"):
            continue
        tracker.add(Source(name=f"{first} {last}", kind="person", start=m.start(), end=m.end()))
    for m in _TITLE_NAME.finditer(text):
        full_start = m.start()
        name = text[full_start:m.end()]
        src = Source(name=name.strip(), kind="person", start=full_start, end=m.end())
        tracker.add(src)
    # the (rare) name in commas first, then the role phrase just before it: one pass over the
    # text instead of trying the role pattern at every article
    for nm in _NAME_IN_COMMAS.finditer(text):
        rm = _ROLE_BEFORE_COMMA.search(text, max(0, nm.start() - 110), nm.start())
        if rm is None:
            continue
        head = rm.group(1).split()[-1]
        is_role = head.lower() in PERSON_ROLE_WORDS_EN if language == "en" else (head[:1].isupper() and _is_role_de(head))
        name = nm.group(1)
        if not is_role or looks_like_org(name) or any(t.lower() in _ARTICLES or t.lower() in _FILLERS for t in name.split()):
            continue
        tracker.add(Source(name=name, role=head, kind="person", start=nm.start(1), end=nm.end(1)))
    for m in _NAME_APPOS.finditer(text):
        head = m.group(1)
        appos = m.group(2)
        if looks_like_org(head):
            continue
        rsrc = _parse_segment(appos, m.start(2), language)
        role = rsrc.head_text or rsrc.role or rsrc.description
        if not role or not _person_role(role, language):
            continue
        tracker.add(Source(name=head, role=role, organisation=rsrc.organisation, kind="person",
                           start=m.start(1), end=m.end(1)))


def add_surname_mentions(text: str, tracker: EntityTracker) -> None:
    """Mentions of known people by surname alone ("Krämer"), found in one pass over capitals."""
    surnames: dict[str, Entity] = {}
    for ent in tracker.entities:
        if ent.kind == "person":
            toks = _name_tokens(ent.name)
            if toks:
                surnames.setdefault(toks[-1], ent)
    if not surnames:
        return
    for m in _CAP_TOKEN.finditer(text):
        known = surnames.get(m.group(0).lower())
        if known is not None and not any(s <= m.start() < e for s, e in known.mentions[-3:]):
            tracker.add(Source(name=m.group(0), kind="person", start=m.start(), end=m.end()))


def collect_people(tracker: EntityTracker) -> list[Person]:
    """People (not organisations) with merged mentions, in order of first mention."""
    people = []
    for ent in tracker.entities:
        if ent.kind != "person":
            continue
        mentions = sorted(set(ent.mentions))
        people.append((mentions[0][0] if mentions else 0, Person(
            name=ent.name, role=ent.role, organisation=ent.organisation,
            mentions=[PersonMention(text="", start=s, end=e) for s, e in mentions],
        )))
    people.sort(key=lambda p: p[0])
    return [p for _, p in people]
