"""The subject of an English frame: a name with its apposition or an aside before "said".

"Markus Söder, Bavaria's state premier, said …", "Beijing, however, said …", "Another expert,
Tang Wei, deputy director of …, said …", "The document, dated June 3, says …": what stands
between the subject and its verb decides who speaks and where the words said begin.  The
frame readers of ``quote_frames_en`` ask these tests; they hold no frame of their own.
"""

from __future__ import annotations

import re

from .numbers import parse_number_word
from .quote_patterns import _RX_CAPITAL, _RX_EN_AUXILIARY, _RX_NAME_ONLY
from .speech_cues import (
    EN_ADJUNCT_OPENERS,
    EN_PLURAL_NOUN_MODIFIERS,
    FUNCTION_WORDS_EN,
    PERSON_ROLE_WORDS_EN,
    is_org_description_en,
)

# the subject's apposition by a participle, closing the words before "said" ("…, speaking in Berlin")
# (or by a relative clause about a person, or the person's age: "Söder, who leads …,", "Mueller, 52,")
_RX_EN_PARTICIPLE_APPOSITION = re.compile(r"^[^,]{2,80},\s+(?:[a-z]+ing|asked|pressed|interviewed|who|whose|\d{1,3}(?=$|\s*,?$))"
                                          r"\b[^,]*$")


# a role in commas after a named source: ", China's trade representative,", ", a professor at …,"
_RX_EN_ROLE_APPOSITION = re.compile(r"((?:the|a|an|[A-Z][\w'’.-]*['’]s)\s+[^,\"“”]{2,140}?),\s*")


def _content_after_said(sent: str, comma: int, phrase: str) -> bool:
    """The words after an inverted ", said" are what was said, not who said it: they hold an
    auxiliary ("…, said Europe must reduce …"), or the words before the comma are a subject
    with its apposition ("Merz, speaking in Berlin, said …"), so "said" has its subject."""
    return bool(_RX_EN_AUXILIARY.search(phrase) or _RX_EN_PARTICIPLE_APPOSITION.search(sent, 0, comma)
                or _subject_with_aside(sent[:comma]))


# asides between a subject and its verb: "Beijing, however, said …"
_EN_ASIDES = frozenset({"however", "meanwhile", "too", "though", "in turn", "for its part", "for his part",
                        "for her part", "for their part", "in response", "in contrast", "in a statement"})


def _subject_with_aside(before: str) -> bool:
    """"Markus Söder, Bavaria's state premier", "Beijing, however", "The brand's Europe chief,
    Spiros Fotinos": a subject and its apposition or aside stand before ", said", so "said"
    has its subject and what follows it is the content."""
    parts = [p.strip() for p in before.split(",")]
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return False
    head, aside = parts
    if aside.lower() in _EN_ASIDES:
        words = head.split()
        last = words[-1].lower()
        described = words[0].lower() in ("the", "a", "an") and len(words) <= 5 and words[-1][:1].islower() \
            and (is_org_description_en(last) or last in PERSON_ROLE_WORDS_EN)
        return described or bool(_RX_PROPER_NAME.fullmatch(head))  # "The ministry, for its part, said …"
    if _RX_PROPER_NAME.fullmatch(head):
        # "Markus Söder, Bavaria's state premier": a name and its role
        return bool(_RX_EN_ROLE_APPOSITION.fullmatch(aside + ", ")) and any(
            w.lower() in PERSON_ROLE_WORDS_EN for w in aside.split())
    # "The brand's Europe chief, Spiros Fotinos": a role and the name
    return bool(_RX_PROPER_NAME.fullmatch(aside)) and head.split()[-1].lower() in PERSON_ROLE_WORDS_EN


_RX_PROPER_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _counts_a_noun(word: str) -> bool:
    """The word before a noun-like verb counts or classes it ("Ten member states", "27 states",
    "most EU states"): the verb-like word is a plural noun there, and no one speaks."""
    low = word.lower().strip(",")
    return low in EN_PLURAL_NOUN_MODIFIERS or low.replace(",", "").isdigit() \
        or (low not in ("a", "an") and parse_number_word(low, "en") is not None)


def _described_before_aside(parts: list[str]) -> bool:
    """A description opens the subject and the parts after its commas give no name ("The
    document, dated June 3", "An insider at a company in Baotou, North China's Inner Mongolia
    Autonomous Region, who requested anonymity"): an aside on the source, which is the
    description ("the ministry's spokesman, He Yadong" is named)."""
    words = parts[0].split()
    if len(parts) < 2 or len(words) < 2 or words[0].lower() not in ("the", "a", "an") or not words[1][:1].islower():
        return False
    return all(_aside_on_source(p) for p in parts[1:])


def _aside_on_source(part: str) -> bool:
    """"dated June 3", "who requested anonymity", "North China's Inner Mongolia Autonomous
    Region": a clause or a place on the source before it; never a name, a role or a body
    ("the minister", "Germany's economy minister", "Li Qiang")."""
    words = part.split()
    if not words or _RX_NAME_ONLY.fullmatch(part):
        return False
    if words[0][:1].islower():
        return words[0] not in FUNCTION_WORDS_EN or words[0] in ("who", "which")
    return not any(w.lower().strip("'’s") in PERSON_ROLE_WORDS_EN or w.lower() in PERSON_ROLE_WORDS_EN
                   or is_org_description_en(w.lower()) for w in words)


def _named_in_apposition(subject: str) -> str:
    """"Another expert, Tang Wei, deputy director of …": a description, then the name in commas
    and the role: the named person speaks, never "another expert".  The three parts are
    returned (the description gives no name of its own), else ""."""
    parts = subject.split(", ")
    if len(parts) < 3 or len(parts[0].split()) > 4 or (parts[0][:1].isupper() and _RX_CAPITAL.search(parts[0][1:])):
        return ""
    if not _RX_NAME_ONLY.fullmatch(parts[1]) or parts[1].split()[0].lower() in FUNCTION_WORDS_EN:
        return ""
    return ", ".join(parts[:3])


def _adjunct_gap(gap: str) -> bool:
    """The words between a verb and its "that" say where or when ("denied at a briefing on
    Monday that …"): the clause after "that" is still what was said."""
    words = gap.split()
    return bool(words) and words[0].lower() in EN_ADJUNCT_OPENERS and words[-1].lower() != "the"


def _starts_with_role(phrase: str) -> bool:
    """'premier Li Qiang', 'ministry spokesman Wang Wenbin': a role word (or a body's word
    before one) opens the source after an inverted "said"."""
    words = phrase.split()[:2]
    return any(w.lower().strip(".,") in PERSON_ROLE_WORDS_EN for w in words) or (
        bool(words) and is_org_description_en(words[0].lower()))
