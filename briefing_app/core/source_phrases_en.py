"""English speaker phrases: the patterns and word tests only English needs.

"Economists polled by Reuters", "Ambassador to Germany Wu Ken", "the ministry's statement",
"Huang Yiping of Peking University" against "Ministry of Commerce", and the role words in
the plural.  ``source_phrases`` calls them where a phrase is English."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_words import _ORG_NAME_WORDS, CHINESE_SURNAMES, is_cap, is_chinese_given_name, looks_like_org
from .source_words import ARTICLES
from .speech_cues import PERSON_ROLE_WORDS_EN, TITLES
from .territories import territories

# "economists polled by Reuters", "a draft regulation seen by POLITICO": the people asked and
# the document speak, the outlet that asked or saw it does not
RX_EN_POLLED_BY = re.compile(r"\s+(?:polled|surveyed|interviewed|questioned|asked|quoted|cited|seen|obtained|"
                             r"reviewed|viewed)\s+by\s+.*$")
RX_EN_ROLE_TO = re.compile(r"((?:[A-Z][\w-]*\s+)?(?:Ambassador|Envoy|Representative|Consul|Consul-General|Minister))\s+to\s+"
                            r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
RX_EN_SENTENCE_ARTICLE = re.compile(r"\s*(?:(The|A|An)(?=\s+[a-z])|(One|Another|Some|Several|Two|Three|Many|Most|Few|Fewer)(?=\s+\S))")
# an English body's name: capitalised words, joined by "of", "for", "and", "the", an acronym in brackets
RX_EN_NAME_WORDS = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w&'’.-]*|\([A-Z][\w.&-]*\)))*")
RX_COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w .-]*?)['’]s\s+(?=[A-Z])")


def role_word_en(word: str) -> bool:
    """"Minister", "Vice-Premier", "Co-Chair": a role word, also after a hyphenated prefix."""
    low = word.lower()
    return low in PERSON_ROLE_WORDS_EN or ("-" in low and low.rsplit("-", 1)[1] in PERSON_ROLE_WORDS_EN)


# common nouns that name a field before plural sources ("Industry experts", "Trade analysts")
FIELD_NOUNS_EN = frozenset({"industry", "trade", "market", "business", "policy", "energy", "auto", "car", "tech",
                             "finance", "banking", "embassy", "state", "city", "local", "foreign", "senior", "security",
                             "defence", "defense", "economy", "investment", "climate"})


def role_plural_en(word: str) -> bool:
    """"analysts", "economists", "officials": people described by their role, in the plural."""
    return (word.endswith("s") and (word[:-1] in PERSON_ROLE_WORDS_EN or word in PERSON_ROLE_WORDS_EN)) \
        or word in ("experts", "traders", "executives", "observers", "critics", "sources", "insiders")


EN_ORG_ROLE_NAME = re.compile(
    r"^(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w&.'’-]*)*)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$"
)
EN_DOCUMENT_OF = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|study|survey|document|notice|circular|release|letter|memo|"
    r"announcement|press\s+release)\s+(?:issued\s+by|released\s+by|published\s+by|from|by)\s+(.{2,120})$")
# "the ministry's statement", "the OECD's latest report": the author speaks
EN_POSSESSIVE_DOCUMENT = re.compile(
    r"\s*(?:the\s+)?(.{2,80}?)['’]s\s+(?:[\w-]+\s+)?(?:statement|report|study|survey|announcement|press\s+release|notice|circular)\s*$")
EN_POSSESSIVE_ROLE_NAME = re.compile(
    r"^(?:[Tt]he\s+|[Aa]\s+)?(?P<org>[\w&.-]+(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?P<role>(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){1,3})"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$")
EN_POSSESSIVE_ROLE = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?P<role>[a-z][\w -]{2,60})$")


DOCUMENT_HEADS_EN = {"report", "reports", "study", "statement", "survey", "paper", "analysis", "note", "letter",
                      "release", "document", "estimate", "estimates", "forecast"}
NOT_SPEAKING = {"statistics", "figures", "data", "numbers", "documents", "results"}
EN_QUANTIFIERS = {"other", "some", "many", "all", "most", "both", "such", "these", "those", "several", "each",
                   "every", "any", "no", "few", "more", "top", "new", "local", "foreign", "senior", "two", "three"}

# words before a sentence's subject that limit it, never a first name ("Both Li and Wang said",
# "Only 9% said", "Even Siemens expects")
EN_LIMITING_OPENERS = frozenset({"both", "only", "even", "nearly", "almost"})
# a surname that opens with its particle, with no given name before it: "Von der Leyen and
# Costa told …", "…, von der Leyen tells Xi" (the particle is part of the surname)
RX_EN_PARTICLE_SURNAME = re.compile(r"\s*((\w+)(?:\s+(\w+))?\s+[A-Z][\w'’-]+)(?=\s+and\s|\s*$)")


def person_before_of(words: list[str]) -> bool:
    """"Huang Yiping of Peking University", "Professor Ma Jun of Tsinghua": a person's name
    (a title, or a Chinese surname with a given name) before "of" is not part of an
    organisation's name the way "Ministry" in "Ministry of Commerce" is."""
    names = [w for w in words if w.lower() not in ARTICLES]
    while names and not is_cap(names[0]):
        names = names[1:]  # "chief economist Peter Brown of Allianz": the capitalised words before "of"
    if len(names) < 2 or not all(is_cap(w) for w in names):
        return False
    if any(w.lower().strip(".,") in PERSON_ROLE_WORDS_EN and w not in TITLES for w in names):
        return False  # "Vice Minister of Commerce Wang Shouwen", "Secretary of State"
    core = [w for w in names if w not in TITLES]
    if len(core) < 2 or looks_like_org(" ".join(core)):
        return False
    if len(core) != len(names) or (core[-2] in CHINESE_SURNAMES and is_chinese_given_name(core[-1])):
        return True
    # "Sarah Jones of Deloitte": two or three capitalised words that name neither a body
    # nor a state or place ("Free State of Bavaria", "United States of America")
    return len(core) <= 3 and core[-1].lower() not in _STATE_HEADS_EN \
        and not any(w in territories() for w in core)


# the last word of a state's or a place's name before "of" ("Republic of Korea", "Port of Hamburg")
_STATE_HEADS_EN = frozenset({
    "state", "states", "republic", "kingdom", "emirates", "city", "port", "province", "county", "region",
    "district", "territory", "isle", "islands", "gulf", "bay", "strait", "straits", "sea", "cape", "commonwealth",
    "federation", "principality", "duchy", "prince", "princess", "duke", "king", "queen", "lord", "archbishop",
})


def joins_a_body_name(toks: Sequence[tuple[str, int]], j: int) -> bool:
    """"for" or "of the" inside a body's name ("Kiel Institute for the World Economy", "China
    Council for the Promotion of …"): after a word that names a body, before capitals."""
    word = toks[j][0]
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    after = toks[j + 2][0] if j + 2 < len(toks) else ""
    if word in ("for", "of") and toks[j - 1][0].lower() in _ORG_NAME_WORDS:
        return is_cap(nxt) or (nxt == "the" and is_cap(after))
    return word == "the" and toks[j - 1][0] in ("for", "of") and is_cap(nxt) and j >= 2 \
        and toks[j - 2][0].lower() in _ORG_NAME_WORDS
