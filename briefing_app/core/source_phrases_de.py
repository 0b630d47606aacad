"""German speaker phrases: the patterns and word tests only German needs.

A body named by its field ("Kieler Institut für Weltwirtschaft"), a share of a group as
the subject, an occasion that is no body ("bei der Vertragsunterzeichnung"), adjuncts
between the verb and its subject, and name words joined by a hyphen.  ``source_phrases``
calls them where a phrase is German."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .german_tagger import german_tags
from .name_words import is_cap, is_org_desc_de, is_role_de
from .source_words import ARTICLES, CUT_WORDS

RX_DE_ADJECTIVES = re.compile(r"[a-zäöü][\w-]*en?(?:\s+[a-zäöü][\w-]*en?)?")

# a German body named by its field: "(des) Kieler Instituts für Weltwirtschaft (IfW)"
RX_DE_BODY_FOR = re.compile(
    r"(?:(?i:der|des|dem|den|die|das)\s+)?((?:[A-ZÄÖÜ][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*)\s+für\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?(?:\s+\([A-ZÄÖÜ][\w.&-]*\))?)")


# a share of a group as the subject: "Rund zwei Drittel der Firmen", "die Mehrheit der Unternehmen", "Mehr als
# die Hälfte der Befragten"
RX_DE_SHARE_OF = re.compile(r"(?:(?:[Mm]ehr|[Ww]eniger)\s+als\s+)?(?:(?:[Rr]und|[Ee]twa|[Ff]ast|[Kk]napp|[Üü]ber|[Nn]ur|[Dd]ie|[Ee]in|[Ee]ine|[Dd]er)\s+)?(?:[\w,]+\s+)?"
                             r"(?:Drittel|Viertel|Fünftel|Hälfte|Mehrheit|Großteil|Teil|Prozent)\s+(?:der|aller)\s+")


# heads of German nouns that name an occasion ("bei der Vertragsunterzeichnung", "beim Gipfeltreffen")
_OCCASION_HEADS_DE = ("ung", "konferenz", "treffen", "messe", "gipfel", "feier", "zeremonie", "rede", "gespräch",
                      "besuch", "termin", "auftritt", "empfang", "eröffnung", "präsentation", "tagung", "sitzung")
_NOT_OCCASIONS_DE = ("stiftung", "vereinigung", "regierung", "verwaltung", "versicherung", "zeitung", "leitung",
                     "vertretung", "genossenschaft", "förderung")


def is_occasion_de(org: str) -> bool:
    """"Vertragsunterzeichnung", "feierlichen Eröffnung": an occasion one capitalised noun
    names, not a body ("Deutschen Bank", "Bertelsmann Stiftung", "Landesregierung")."""
    words = org.split()
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) >= 2 and caps[0] in words:
        # "Vorstellung des Projekts", "Eröffnung des Werks": the occasion with its genitive
        i = words.index(caps[0])
        if i + 1 < len(words) and words[i + 1] in ("des", "der"):
            words, caps = words[:i + 1], caps[:1]
    low = words[-1].lower() if words else ""
    return len(caps) == 1 and caps[0] == words[-1] and low.endswith(_OCCASION_HEADS_DE) \
        and not low.endswith(_NOT_OCCASIONS_DE)


# prepositions that open an adjunct between a speech verb and its subject ("sagte am Dienstag
# der Vorsitzende", "sagte in Peking die Ministerin", "sagte am Rande der Messe Bosch-Chef …")
ADJUNCT_PREPS_DE = frozenset({"am", "an", "im", "in", "auf", "bei", "beim", "nach", "vor", "während", "zum", "zur",
                               "gegenüber", "laut", "anlässlich", "mit"})


def without_leading_adjuncts_de(toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The subject without the adjuncts in front of it: a preposition, its article and
    adjectives, one noun and a genitive after it ("am Rande der Messe"); only when a
    subject is left after them."""
    while len(toks) > 2 and toks[0][0].lower() in ADJUNCT_PREPS_DE:
        j = 1
        while j < len(toks) and (toks[j][0].lower() in ARTICLES or toks[j][0][:1].islower()):
            j += 1  # "am Rande", "bei einem kurzen Besuch"
        j += 1  # the noun
        if j < len(toks) and toks[j][0] in ("der", "des") and j + 1 < len(toks) \
                and not is_role_de(toks[j + 1][0]) and not is_org_desc_de(toks[j + 1][0]):
            j += 2  # its genitive: "am Rande der Messe" (not "… der Vorsitzende")
        if j >= len(toks) or (toks[j][0].lower() in CUT_WORDS - ARTICLES
                              and toks[j][0].lower() not in ADJUNCT_PREPS_DE):
            return toks  # nothing after the adjunct: it is the phrase itself
        toks = toks[j:]
    return toks


def adjective_next_de(run: Sequence[tuple[str, int]], i: int) -> bool:
    """The word after the description at ``i`` is an adjective of the body's name ("Verband
    Deutscher Banken"), not the name it describes ("Konzern Volkswagen"): the tagger reads it."""
    words = tuple(t for t, _ in run[i:i + 3])
    return len(words) > 1 and words[1].endswith(("er", "en", "es", "e")) \
        and german_tags(words)[1] in ("ADJ(A)", "ADJA", "NNA")


def joined_pairs(toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"Maschinen- und Anlagenbau", "Industrie- und Handelskammer": one word of a name, as the
    hyphen says (the pair's second half completes the first)."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(toks):
        t, o = toks[i]
        if t.endswith("-") and i + 2 < len(toks) and toks[i + 1][0] in ("und", "oder") and is_cap(toks[i + 2][0]):
            out.append((f"{t} {toks[i + 1][0]} {toks[i + 2][0]}", o))
            i += 3
            continue
        out.append((t, o))
        i += 1
    return out
