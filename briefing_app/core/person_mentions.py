"""Named people in running text, and the merged list of people of an article.

``find_person_mentions`` feeds the tracker with people named with a title or an apposition
("Professor Hermann Simon", "die Chefin von BASF China, Anna Meier,", "Premier Li Qiang")
before quotes are read, so that a later "er" or "Simon" resolves; ``speaking_surnames`` and
``add_surname_mentions`` add bare surnames near speech cues; ``collect_people`` merges the
mentions of one person ("Professor Hermann Simon" … "Simon").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar_words import WEEKDAYS
from .entity_tracker import (
    Entity,
    EntityTracker,
    _name_tokens,
)
from .german_nominative import de_nominative, de_role_nominative
from .name_words import (
    _ORG_NAME_WORDS,
    CHINESE_SURNAMES,
    DE_ORG_NP,
    is_chinese_given_name,
    is_person_role,
    is_role_de,
    looks_like_org,
)
from .numbers import scale_exponent
from .quote_patterns import FRAME_VERB_FORMS
from .results import Person, PersonMention
from .source_phrases import Source, _parse_segment
from .source_phrases_de import is_occasion_de
from .source_words import ARTICLES, FILLERS, NOUN_SUFFIXES_DE
from .speech_cues import (
    DE_ADVERBIAL_OPENERS,
    FUNCTION_WORDS_EN,
    PERSON_ROLE_SUFFIXES_DE,
    PERSON_ROLE_WORDS_EN,
    ROLE_FIELDS_EN,
    TITLES,
)
from .territories import territories
from .units import CURRENCY_WORDS
from .word_patterns import alternation

_TITLE_NAME = re.compile(
    r"\b(?:Dr\.|Prof\.|Professor(?:in)?|Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord)\s+"
    r"((?:Dr\.\s+|Prof\.\s+)?[A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){0,2})"
)
# "die Chefin von BASF China, Anna Meier,", "the head of the chamber, Jens Eskelund,": a role
# phrase, then the name in commas (or closing the sentence: "… die Vorsitzende des Verbands, Anna Berg.")
_NAME_IN_COMMAS = re.compile(r",\s+([A-ZÄÖÜ][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-ZÄÖÜ][\w'-]+){1,2})(?:,|\.(?=\s|$))")
_ROLE_BEFORE_COMMA = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Tt]he)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(von|vom|des|der|of|at|for)\s+([^,.;:]{2,60}?))?$")
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
_CAP_ROLE_NAME_EN = re.compile(r"\b(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-Z][\w'-]+){1,2}))")
_ROLE_NAME_EN = re.compile(
    r"\b((?:" + alternation(PERSON_ROLE_WORDS_EN) + r"))"
    r"\s+([A-Z][\w'-]+(?:(?:[ \t]+\n?[ \t]*|\n[ \t]*)[A-Z][\w'-]+){1,2})"
)
# The boundary tests stand after the first capital ("[A-Z](?<![\w.-].)") rather than before
# it: a pattern that opens with a letter class is only tried where such a letter stands,
# one that opens with a look-behind at every position of the text (a third of the time).
_CAP_PAIR = re.compile(r"([A-ZÄÖÜ](?<![\w.-].)[a-zäöüéèáíóç'-]+(?:-[A-ZÄÖÜ][a-zäöüéè'-]+)?)(?:[ \t]+\n?[ \t]*|\n[ \t]*)([A-ZÄÖÜ][a-zäöüéèáíóç'-]+(?:-[A-ZÄÖÜ][a-zäöüéè'-]+)?)(?![\w-])")
_CAP_TOKEN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[\w'-]+")


_SPEECH_NEAR_DE = (r"sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|mahnte|verlangte|warnte|so|laut|zufolge|"
                   r"forderte|kritisierte|ergänzte|unterstrich|bekräftigte|lobte|räumte|fügte|ist|war")
_SPEECH_NEAR_EN = (r"said|says|told|added|warned|argued|explained|insisted|noted|stressed|stated|asked|commented|"
                   r"replied|recalled|admitted|acknowledged|emphasized|emphasised|predicted|claimed|announced|"
                   r"observed|remarked|according to|Mr\.?|Mrs\.?|Ms\.?")


# "Wang Wentao, China's commerce minister,", "Maros Sefcovic, the EU's trade chief,": a name,
# then a possessive role phrase closed by a comma or the sentence end (the role word is
# checked in Python)
_NAME_POSSESSIVE_APPOS = re.compile(
    r"\b([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,2}),\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+"
    r"(?:[\w-]+\s+){0,3}([\w-]+))(?=[,.;])")


_CHINESE_NAME = re.compile(r"(?<![\w.-])(" + alternation(CHINESE_SURNAMES) + r")[ \t]+([A-Z][a-zü]+(?:-[a-zü]+)?)(?![\w-])")


def _speaking_patterns(verbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # the capital before the look-behind: see _CAP_PAIR
    # ("Hartmann, a former ministry official, said": an apposition between the name and the verb)
    return (re.compile(r"(?<![\w-])(?:" + verbs + r")\s+([A-ZÄÖÜ][\w'-]+)(?=[\s,.])"),
            re.compile(r"([A-ZÄÖÜ](?<![\w-].)[\w'-]+)(?:,\s+(?:a|an|the|der|die|ein|eine)(?:\s+[^\s,]+){1,6},)?\s+(?:"
                       + verbs + r"|zufolge)(?![\w-])"))


_SPEAKING = {"en": _speaking_patterns(_SPEECH_NEAR_EN), "de": _speaking_patterns(_SPEECH_NEAR_DE)}


@lru_cache(maxsize=2)
def speaking_surnames(text: str, language: str) -> frozenset[str]:
    """Capitalised words seen right next to a speech verb ("sagt Butterfill", "Hofmann sagte").

    Asked by the person finder and by the speaker resolution of the same text: read once."""
    verb_first, name_first = _SPEAKING["en" if language == "en" else "de"]
    found = {m.group(1) for m in verb_first.finditer(text)}
    found.update(m.group(1) for m in name_first.finditer(text))
    # "Am Montag sagte der Minister": a day, not a surname (May may be one); "eine Milliarde
    # Euro ist ein Anfang": an amount's currency or scale word, never a name ("Millionen Euro"
    # would become a person); "China ist der größte Markt": a country
    lands = territories()
    return frozenset(w for w in found if w not in WEEKDAYS and w not in lands and not _amount_word(w, language))


def _amount_word(word: str, language: str) -> bool:
    """A currency ("Euro", "Yuan") or scale word ("Millionen"): part of an amount, never a name."""
    return word.lower() in CURRENCY_WORDS or scale_exponent(word, language) is not None


# a family name with its particle after a given name ("Ursula von der Leyen"), not a body
# ("von der Deutschen Bank": a capital follows)
_RX_NAME_PARTICLE_AFTER = re.compile(r"(\s+(?:von(?:\s+der|\s+dem)?|van(?:\s+der|\s+den)?|de|zu)\s+)"
                                     r"([A-ZÄÖÜ][\w'-]+)(?![\w-]|\s+[A-ZÄÖÜ(])")
_RX_HYPHEN_PREFIX = re.compile(r"(?<![\w-])[A-Za-z]+-$")
# the capitalised field or rank words right before a role word ("Commerce Minister", "Vice Premier")
_RX_ROLE_FIELD_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2})$")
# "Ökonom Jürgen Matthes vom Institut der deutschen Wirtschaft (IW)": the body after the name
_RX_DE_ORG_AFTER_NAME = re.compile(r"\s+(vom|beim|von\s+der|bei\s+der)\s+(" + DE_ORG_NP
                                   + r"(?:\s+für\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?(?:\s+\([A-ZÄÖÜ][\w.&-]*\))?)?)"
                                   r"(?![\w-])")


# endings of German adjectives written capitalised at a sentence start ("Kurzfristige", "Politische")
_DE_ADJECTIVE_ENDINGS = ("ige", "iger", "igen", "ische", "ischer", "ischen", "liche", "licher", "lichen")


def _organisation_after(text: str, end: int) -> str:
    """The organisation a German role and name are followed by, in the nominative, or ""."""
    m = _RX_DE_ORG_AFTER_NAME.match(text, end)
    if m is None or m.group(2).split()[0].lower() in ARTICLES:
        return ""
    org = m.group(2).split(". ", 1)[0]  # (never into the next sentence)
    if m.group(1).startswith("bei") and is_occasion_de(org):
        return ""  # "Chen Haoran bei der Vorstellung des Projekts": when he spoke, not whose he is
    if m.group(1).endswith("der"):
        return de_nominative(org, "der")  # "von der Deutschen Bank" -> "Deutsche Bank"
    first = org.split()[0]
    return de_nominative(org, "des") if first[:1].isupper() and first.endswith("en") and " " in org else org


def _is_role_at(text: str, m: re.Match[str]) -> bool:
    """A capitalised role word opens the match ("Premier Li Qiang", "Vice-Premier He Lifeng"),
    not the second half of a hyphenated one (matched at its start)."""
    word = m.group(1).lower()
    if "-" in word:
        return word.rsplit("-", 1)[1] in PERSON_ROLE_WORDS_EN
    return word in PERSON_ROLE_WORDS_EN and text[m.start() - 1:m.start()] != "-"


def find_person_mentions(text: str, language: str, tracker: EntityTracker) -> None:
    """Register people named with a title, a role noun or an apposition, and first-name/surname
    pairs whose surname recurs alone ("James Butterfill" … "sagt Butterfill")."""
    role_rx = _ROLE_NAME_EN if language == "en" else _ROLE_NAME_DE
    matches = list(role_rx.finditer(text))
    if language == "en":
        # (not "Premier" inside "Vice-Premier": the hyphenated role matched at its start)
        matches += [m for m in _CAP_ROLE_NAME_EN.finditer(text) if _is_role_at(text, m)]
    for m in matches:
        role_word, name, name_start = m.group(1), m.group(2), m.start(2)
        if language != "en" and not role_word.lower().endswith(_ROLE_SUFFIX_TUPLE):
            # "Der deutsche Wirtschaftsminister Sigmar Gabriel": an adjective took the role's
            # place in the match; the role is the run's last role word and the name follows it
            run = name.split()
            k = max((i + 1 for i, t in enumerate(run[:-1]) if is_role_de(t) and t not in TITLES), default=0)
            genitive = k == 1 and role_word.endswith("s") and "\n" not in text[m.end(1):m.start(2)]
            if not k or not (role_word[:1].islower() or genitive or "\n" in text[m.end(1):m.start(2)]):
                continue  # (a capitalised word on the line above is no adjective of the role)
            # ("Dorstens Bürgermeister Tobias Stockhoff": a place or body in the genitive before the role)
            role_word = run[k - 1]
            name = " ".join(run[k:])
            name_start = m.start(2) + m.group(2).index(name, len(" ".join(run[:k])))
        if language == "en" and text[m.start(1) - 1:m.start(1)] == "-":
            prefix = _RX_HYPHEN_PREFIX.search(text, max(0, m.start(1) - 20), m.start(1))
            if prefix is not None:
                role_word = prefix.group(0) + role_word  # "vice-premier He Lifeng", "co-founder …"
        if language == "en" and role_word[:1].isupper():
            field = _RX_ROLE_FIELD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
            if field is not None and all(w.lower() in ROLE_FIELDS_EN for w in field.group(1).split()):
                role_word = f"{field.group(1).strip()} {role_word}"  # "Commerce Minister Wang Wentao"
        if role_word in TITLES:
            continue  # "Professor Hermann Simon": a title, registered with the name below
        toks = name.split()
        if language != "en" and role_word[:1].islower():
            continue
        k = max((i + 1 for i, t in enumerate(toks[:-1]) if t.lower() in PERSON_ROLE_WORDS_EN and t not in TITLES),
                default=0) if language == "en" else 0
        if k:  # "Vice Premier Liu He", "Deputy Prime Minister …": the role goes on, the name follows it
            role_word = " ".join([role_word, *toks[:k]])
            name_start = m.start(2) + m.group(2).index(toks[k], len(" ".join(toks[:k])))
            toks = toks[k:]
        while toks and (toks[-1].lower() in _ORG_NAME_WORDS or toks[-1] in TITLES or (language != "en" and (
                is_role_de(toks[-1]) or toks[-1].lower().endswith(NOUN_SUFFIXES_DE)))):
            toks.pop()  # (a title ends no name: "… Roland Busch⏎Herr Busch, wie …")
        if not toks or (len(toks) == 1 and language == "en") or (looks_like_org(" ".join(toks)) and len(toks) > 1):
            continue
        name = " ".join(toks)
        particle = _RX_NAME_PARTICLE_AFTER.match(text, name_start + len(name)) if len(toks) == 1 else None
        if particle is not None and not looks_like_org(f"{name} {particle.group(2)}"):
            name += particle.group(0)  # "EU-Kommissionschefin Ursula von der Leyen": the whole name
        org = _organisation_after(text, name_start + len(name)) if language != "en" else ""
        tracker.add(Source(name=name, role=role_word, organisation=org, kind="person", start=name_start,
                           end=name_start + len(name)))
    speaking = speaking_surnames(text, language)
    opener_surnames: list[Source] = []
    # Chinese names on their own pass: a capitalised word before the surname ("den chinesischen
    # Ministerpräsidenten Li Qiang") would take the surname into its own pair below
    for m in _CHINESE_NAME.finditer(text):
        if is_chinese_given_name(m.group(2)):
            tracker.add(Source(name=f"{m.group(1)} {m.group(2)}", kind="person", start=m.start(), end=m.end()))
    for m in _CAP_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        if first in CHINESE_SURNAMES and is_chinese_given_name(last):
            continue  # "Wang Ming", "Li Haiyan": registered by the Chinese-name pass above
        if last not in speaking or first.lower() in ARTICLES or first.lower() in FILLERS:
            continue
        if first.endswith(("'s", "’s")):
            continue  # "France's Peugeot": a possessive is no given name
        if language != "en" and (is_role_de(first) or last.lower().endswith(NOUN_SUFFIXES_DE) or first.lower().endswith(NOUN_SUFFIXES_DE)):
            continue
        if language != "en" and first.lower().endswith(_DE_ADJECTIVE_ENDINGS):
            continue  # "Kurzfristige Abhilfe ist …": an adjective opening a sentence, no given name
        if looks_like_org(f"{first} {last}"):
            continue
        if first.lower() in (FUNCTION_WORDS_EN if language == "en" else DE_ADVERBIAL_OPENERS):
            # "As Koch put it", "Wie Zenglein betonte", "Ms Chen": not a first name; the
            # surname that speaks is a person unless named in full elsewhere (decided below)
            opener_surnames.append(Source(name=last, kind="person", start=m.start(2), end=m.end()))
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
        words = rm.group(1).split()
        head = words[-1]
        is_role = head.lower() in PERSON_ROLE_WORDS_EN if language == "en" else (head[:1].isupper() and is_role_de(head))
        name = nm.group(1)
        if not is_role or looks_like_org(name) or any(t.lower() in ARTICLES or t.lower() in FILLERS for t in name.split()):
            continue
        role = head
        if language != "en" and all(w[:1].islower() for w in words[:-1]):
            # "der stellvertretende Bürgermeister von Hefei, Zhou Ping": a deputy, not the mayor
            role = de_role_nominative(text[rm.start():rm.start(1)].strip(), " ".join(words))
        org = re.sub(r"^(?:the|der|dem|den|des)\s+", "", rm.group(3) or "")
        if not org[:1].isupper() or org.split()[0].lower() in ARTICLES:
            org = ""  # ("the head of the chamber": a description, resolved elsewhere)
        elif language != "en" and rm.group(2) in ("des", "der"):
            org = de_nominative(org, rm.group(2))
        tracker.add(Source(name=name, role=role, organisation=org, kind="person", start=nm.start(1), end=nm.end(1)))
    if language == "en":
        for m in _NAME_POSSESSIVE_APPOS.finditer(text):
            head = m.group(1)
            if m.group(3).lower() not in PERSON_ROLE_WORDS_EN or looks_like_org(head) or \
                    head.split()[0].lower() in FUNCTION_WORDS_EN:
                continue
            rsrc = _parse_segment(m.group(2), m.start(2), language)
            tracker.add(Source(name=head, role=rsrc.head_text or rsrc.role or m.group(3),
                               organisation=rsrc.organisation, kind="person", start=m.start(1), end=m.end(1)))
    for m in _NAME_APPOS.finditer(text):
        head = m.group(1)
        appos = m.group(2)
        lead = head.split(None, 1)
        if len(lead) == 2 and (lead[0].lower() in FILLERS or lead[0].lower() in (
                FUNCTION_WORDS_EN if language == "en" else DE_ADVERBIAL_OPENERS)):
            head = lead[1]  # "Auch Klaus Berger, Geschäftsführer …": the name without the adverb
        if looks_like_org(head):
            continue
        if appos.split(None, 1)[0] in FRAME_VERB_FORMS:
            continue  # "… 300 Millionen Euro, sagte ein Sprecher des Konzerns": a frame, no apposition
        rsrc = _parse_segment(appos, m.start(2), language)
        role = rsrc.head_text or rsrc.role or rsrc.description
        if not role or not is_person_role(role, language):
            continue
        tracker.add(Source(name=head, role=role, organisation=rsrc.organisation, kind="person",
                           start=m.end(1) - len(head), end=m.end(1)))
    _register_opener_surnames(tracker, opener_surnames)


def _register_opener_surnames(tracker: EntityTracker, found: list[Source]) -> None:
    """Surnames seen only after a sentence opener ("Laut Müller …") are people; one also named
    in full ("Thomas Müller") is a mention of that person, found later by the surname pass."""
    for src in found:
        if tracker.lookup(src.name) is None:
            tracker.add(src)


def add_surname_mentions(text: str, tracker: EntityTracker) -> None:
    """Mentions of known people by surname alone ("Krämer"), found in one pass over capitals."""
    surnames: dict[str, Entity] = {}
    for ent in tracker.entities:
        if ent.kind == "person":
            toks = _name_tokens(ent.name)
            if toks:
                surnames.setdefault(toks[-1], ent)
                if len(toks) >= 2 and toks[0].capitalize() in CHINESE_SURNAMES:
                    surnames.setdefault(toks[0], ent)  # "Li" for "Li Qiang": the family name comes first
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

