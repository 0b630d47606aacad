"""Source phrases: the noun phrase a speech verb or "laut" points at, read into a ``Source``.

``parse_source`` reads "der IG-Metall-Vorsitzende Jörg Hofmann", "Katrin Albers, Präsidentin
des Verbands …", "LSE chief executive Clara Furse" or "the Paris-based economics think tank"
into name, role, organisation and whether it is a person, an organisation, a pronoun or a
bare description.  The phrase rules (capitalised runs that are not role nouns, particles,
appositions, organisations after a preposition) live here; the tests of single words
(`name_words`) and the nominative of German body names (`german_nominative`) live beside
them, because the entity tracker and the mention finder ask the same questions.  The
patterns only one language needs live in `source_phrases_de` and `source_phrases_en`, the
closed word classes (articles, fillers, the words that cut a phrase) in `source_words`, the
tests on the phrase's tokens (capitalised runs, particles, where a preposition cuts) in
`source_tokens`.

No name lists: a name is a run of capitalised words that is not a role noun; German
capitalises every noun, so an article in front ("der Ökonom") marks a description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .german_nominative import _de_genitive, de_nominative, de_role_nominative
from .name_words import (
    _ADJECTIVE_ENDINGS_DE,
    _ORG_NAME_WORDS,
    is_adjective_de,
    is_cap,
    is_compound_org_desc_de,
    is_medium,
    is_nationality_like,
    is_org_desc_de,
    is_person_role,
    is_role_de,
    looks_like_org,
)
from .quote_spans import DATELINE
from .source_phrases_de import (
    RX_DE_ADJECTIVES,
    RX_DE_BODY_FOR,
    RX_DE_SHARE_OF,
    adjective_next_de,
    is_occasion_de,
    joined_pairs,
    without_leading_adjuncts_de,
)
from .source_phrases_en import (
    DOCUMENT_HEADS_EN,
    EN_DOCUMENT_OF,
    EN_LIMITING_OPENERS,
    EN_ORG_ROLE_NAME,
    EN_POSSESSIVE_DOCUMENT,
    EN_POSSESSIVE_ROLE,
    EN_POSSESSIVE_ROLE_NAME,
    EN_QUANTIFIERS,
    FIELD_NOUNS_EN,
    NOT_SPEAKING,
    RX_COUNTRY_POSSESSIVE,
    RX_EN_NAME_WORDS,
    RX_EN_PARTICLE_SURNAME,
    RX_EN_POLLED_BY,
    RX_EN_ROLE_TO,
    RX_EN_SENTENCE_ARTICLE,
    joins_a_body_name,
    person_before_of,
    role_plural_en,
    role_word_en,
)
from .source_tokens import (
    cap_runs,
    cuts,
    is_name_like_pair,
    name_particle,
    org_follows,
    title_opens_name,
)
from .source_words import (
    ARTICLES,
    CUT_WORDS,
    FILLERS,
    NAME_PARTICLES,
    NOUN_SUFFIXES_DE,
    ORG_PREPS,
    PARTICLES,
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
)
from .speech_cues import (
    EN_CLAUSE_OPENERS,
    LEGAL_FORMS,
    PERSON_ROLE_WORDS_EN,
    ROLE_FIELDS_EN,
    TITLES,
    is_org_description_de,
    is_org_description_en,
)
from .territories import territories
from .word_patterns import alternation

_TOKEN = re.compile(r"\(([^()]{1,80})\)|[^\s,()]+")


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
    # a description with its organisation as the article words it, without the article
    # ("Sprecher des Bundeswirtschaftsministeriums", "spokesman for the LSE"): how an
    # unnamed source is shown, while ``organisation`` is the body in the nominative
    written: str = ""
    # "Its chief executive, Oliver Blume", "dessen Chef X": the person's body is the one named
    # before, which the phrase itself does not name
    of_body_before: bool = False

    @property
    def label(self) -> str:
        return self.name or self.description

    def shifted(self, by: int) -> Source:
        """A copy with the name's offsets moved ``by`` characters (offsets not set stay unset):
        a phrase read on its own, or after a dateline or a share's words, put back in place."""
        return replace(self, start=self.start + by if self.start >= 0 else self.start,
                       end=self.end + by if self.end >= 0 else self.end)


def parse_source(phrase: str, offset: int, language: str) -> Source:
    """Read a speaker noun phrase found at ``offset`` in the text (see module docstring).

    The reading of a phrase does not depend on where it stands, and an article repeats its
    speaker phrases ("sagte er", "the ministry said"): it is read once and shifted to
    ``offset``; the caller gets its own copy to change."""
    return _parse_source_at_zero(phrase, language).shifted(offset)


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "er", "sie", "es", "wir"})


@lru_cache(maxsize=4096)
def _parse_source_at_zero(phrase: str, language: str) -> Source:
    dateline = DATELINE.match(phrase)
    if dateline is not None and dateline.end() < len(phrase):
        # "Berlin (dpa) - Ein Sprecher von Bosch": the wire's dateline opens the sentence, not the phrase
        return _parse_source_at_zero(phrase[dateline.end():], language).shifted(dateline.end())
    src = _parse_source_words(phrase, language)
    if src.kind == "person" and src.role and not src.organisation and _RX_BODY_POSSESSIVE.search(phrase):
        src.of_body_before = True
    return src


# a possessive that stands for a body before a role ("Its chief executive", "dessen Vorstandschef")
_RX_BODY_POSSESSIVE = re.compile(r"(?:^|,\s*)(?:[Ii]ts|[Tt]heir|[Dd]essen|[Dd]eren)\s+[\w-]+")


# a list's mark ("• ", "- ") and a bullet's label before a share ("Revenues: 41% expect …")
# open a survey's finding: neither is a speaker word
_RX_LIST_LEAD = re.compile(r"\s*(?:[•·▪◦*–-]\s+|[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,2}:\s+(?=\d))+")


def _parse_source_words(phrase: str, language: str) -> Source:
    listed = _RX_LIST_LEAD.match(phrase) if phrase.lstrip()[:1] in "•·▪◦*–-" or ":" in phrase else None
    if listed is not None and listed.end() < len(phrase):
        return _parse_source_words(phrase[listed.end():], language).shifted(listed.end())
    share = RX_DE_SHARE_OF.match(phrase) if language != "en" else None
    if share is not None and share.end() < len(phrase):
        # the group speaks ("Firmen"), never the share's word ("Drittel")
        return _parse_source_words(phrase[share.end():], language).shifted(share.end())
    body = RX_DE_BODY_FOR.fullmatch(phrase.strip()) if language != "en" and " für " in phrase else None
    if body is not None and looks_like_org(body.group(2)):
        lead = len(phrase) - len(phrase.lstrip())
        article = phrase.strip().split(" ", 1)[0].lower()
        name = body.group(1)
        if article == "das":
            name = re.sub(r"^([A-ZÄÖÜ][\w-]*e)(?=\s)", r"\1s", name)  # "Das Deutsche Institut" -> "Deutsches Institut"
        elif article in ("des", "der"):
            # "des Kieler Instituts für …" -> "Kieler Institut für …"
            head = body.group(2)
            name = _de_genitive(name[:body.end(2) - body.start(1)], language, article).removesuffix(head) \
                + _de_genitive(head, language, article) + name[body.end(2) - body.start(1):]
        return Source(name=name, kind="org", start=lead + body.start(1), end=lead + body.end(1))
    toks = phrase.split()
    if len(toks) > 1 and toks[0].lower() in _SUBJECT_PRONOUNS and all(t[:1].islower() for t in toks[1:]):
        return _parse_phrase(toks[0], language)  # "He instead told …", "Sie hatte zuvor erklärt": the pronoun
    if language == "en":
        limited = _without_limiting_opener(phrase)
        if limited is not None:
            return limited
        surname = _particle_surname(phrase)
        if surname is not None:
            return surname
        phrase = RX_EN_POLLED_BY.sub("", phrase)  # "Economists polled by Reuters", "a draft seen by …": not the outlet
        domain = RX_EN_ROLE_TO.fullmatch(phrase.strip())
        if domain is not None and domain.group(2) in territories():
            # "Chinese Ambassador to Germany Wu Ken": the country goes with the role
            lead = len(phrase) - len(phrase.lstrip())
            return Source(name=domain.group(3), role=f"{domain.group(1)} to {domain.group(2)}", kind="person",
                          start=lead + domain.start(3), end=lead + domain.end(3))
    first = phrase.split(" ", 1)[0]
    words = phrase.split()
    if language == "en" and len(words) == 2 and first in territories() and role_plural_en(words[1].lower()):
        # "China experts said": people described by their field, never the country speaking
        return Source(description=phrase.strip(), role=phrase.strip(), kind="description", is_plural=True)
    if language == "en" and len(words) == 2 and first[:1].isupper() \
            and (is_org_description_en(first.lower()) or first.lower() in FIELD_NOUNS_EN) \
            and (role_plural_en(words[1].lower()) or words[1].lower() in PERSON_ROLE_WORDS_EN):
        # "Company officials denied …", "Ministry spokesman …": a sentence's capital, not a name "Company"
        return _parse_source_words(first.lower() + phrase[len(first):], language)
    if language == "en" and first[:1].isupper() and not first.isupper() and role_plural_en(first.lower()):
        # "Analysts at Goldman Sachs expect …": a sentence's capital, not a name "Analysts"
        src = _parse_phrase(first.lower() + phrase[len(first):], language)
        src.written = src.written.replace(first.lower(), first, 1)
        src.description = src.description.replace(first.lower(), first, 1)
        return src
    src = _parse_phrase(phrase, language)
    owned = RX_COUNTRY_POSSESSIVE.match(src.name) if language == "en" else None
    if owned is not None and owned.group(1) in territories():
        # "Germany's BASF", "Japan’s Nippon Steel": the company, not the country's
        src.name = src.name[owned.end():]
        src.start += owned.end()
        if src.kind == "person" and looks_like_org(src.name):
            src.kind = "org"  # (two capitals read as a first name and a surname)
    if language == "en" and src.kind == "org" and src.organisation and 0 <= src.start < src.end:
        # "the Kiel Institute for the World Economy", "the German Association of the Automotive
        # Industry (VDA)": one body's name, not a body "Kiel Institute" of another one
        at = phrase.find(src.organisation, src.end)
        joint = phrase[src.end:at] if at >= 0 else ""
        if re.fullmatch(r"\s+(?:of|for)\s+the\s+", joint) and RX_EN_NAME_WORDS.fullmatch(src.organisation):
            end = at + len(src.organisation)
            src.name, src.organisation, src.end = phrase[src.start:end], "", end
            return src
    if language != "en" and src.kind == "org" and src.role and src.start >= 0 and RX_DE_ADJECTIVES.fullmatch(src.role):
        # "das chinesische Handelsministerium": the adjective names the body with it
        # ("Chinesisches Handelsministerium"), it is no role
        at = phrase.rfind(src.role, 0, src.start)
        if at >= 0 and not phrase[at + len(src.role):src.start].strip():
            article = phrase[:at].strip().lower()
            named = f"{src.role[:1].upper()}{src.role[1:]} {src.name}"
            if src.role.endswith("en") and article in ("der", "des", "dem"):
                # "aus der chinesischen Botschaft", "des chinesischen Ministeriums": in the nominative
                src.name = de_nominative(named, "der" if article == "der" else "des")
            else:
                words = de_role_nominative(article, named).split()
                if article == "das" and words[0].endswith("e"):
                    words[0] += "s"  # the neuter: "das chinesische Ministerium" -> "Chinesisches …"
                src.name = " ".join(words)
            src.start, src.role = at, ""
            return src
    at = phrase.find(src.role) if language != "en" and src.role else -1
    if at > 0 and phrase[:at].split()[-1:] in (["der"], ["Der"]):
        src.role = de_role_nominative("der", src.role)  # "der ehemalige Präsident" -> "ehemaliger Präsident"
    if language != "en" and src.kind == "org" and src.organisation and " " not in src.name \
            and is_org_description_de(src.name) and 0 <= src.end < len(phrase):
        # "des Verbands der Chemischen Industrie": a body's name made of a description and its
        # genitive ("Verband der Automobilindustrie"), not a body "Verbands" of another one
        rest = phrase[src.end:].strip()
        if rest.split(" ", 1)[0] in ("der", "des"):
            words = rest.split()
            cut = next((k for k in range(2, len(words)) if words[k].lower() in CUT_WORDS - ARTICLES), len(words))
            rest = " ".join(words[:cut])  # ("… der Deutschen Industrie (BDI) am Montag": the name ends before the day)
            src.name, src.organisation = f"{src.name} {rest}", ""
            src.end = phrase.find(rest, src.end) + len(rest)
    return src


def _without_limiting_opener(phrase: str) -> Source | None:
    """"Both Li and Wang", "Only 9%": the limiting word opens the sentence with a capital but
    is no first name; the rest of the phrase is read (a bare share or count names no one)."""
    first, _, rest = phrase.strip().partition(" ")
    if not rest or first.lower() not in EN_LIMITING_OPENERS:
        return None
    at = phrase.find(rest, phrase.find(first) + len(first))
    if not rest[:1].isalpha():
        return Source()  # "Only 9%", "Nearly 40 percent": a share of respondents, no speaker word
    return _parse_source_words(phrase[at:], "en").shifted(at)


def _particle_surname(phrase: str) -> Source | None:
    """"Von der Leyen and Costa", "von der Leyen": a surname that opens with its particle is
    one person's name (the first of a pair speaks for both), never a name "Von" of a body.
    A capital "Von"/"Van" only opens the sentence; the name is given as written inside one."""
    m = RX_EN_PARTICLE_SURNAME.match(phrase)
    if m is None or m.group(2).lower() not in NAME_PARTICLES or (m.group(3) and m.group(3).lower() not in PARTICLES):
        return None
    if m.group(2)[:1].isupper() and m.group(2).lower() not in ("von", "van"):
        return None  # "Da Silva", "Le Monde": a capital particle of other languages is part of the name as written
    name = m.group(1)[:1].lower() + m.group(1)[1:]
    return Source(name=name, kind="person", start=m.start(1), end=m.end(1))


# a description that counts its person ("another expert", "one analyst") before a name in
# commas: it introduces the person, the counting word is no part of a role
_RX_EN_COUNTING_ROLE = re.compile(r"(?:another|one)\s+(?=[a-z])")


def _parse_phrase(phrase: str, language: str) -> Source:
    offset = 0
    segments = _split_apposition(phrase)
    if language != "en":
        segments = segments[:1] + [(t, o) for t, o in segments[1:] if not _RX_DE_RELATIVE_SEGMENT.match(t)]
    src = Source()
    name_seg = None
    for seg_text, seg_off in segments:
        s = _parse_segment(seg_text, offset + seg_off, language)
        if s.kind == "pronoun":
            return s
        if language != "en" and s.name and s.role and s.name.endswith("s") and s.name[:-1] in territories():
            # "Der Präsident Chinas, Xi Jinping": the country in the genitive is the role's, the
            # name follows in commas
            s = Source(role=s.role, organisation=s.name[:-1], kind="description", description=s.role)
        if language != "en" and name_seg is not None and src.role == "" and s.name and not s.role \
                and _common_noun_named(segments[0][0], src.name) and _personal_name(s):
            # "die Obfrau der Gewerkschaft Verdi, Anna Weber": an unknown office word after the
            # article is the role; the name in commas is the person
            src.role, name_seg = src.name, None
        if s.name and name_seg is None:
            name_seg = s
            src.name, src.start, src.end = s.name, s.start, s.end
            src.role = src.role or s.role
            src.organisation = src.organisation or s.organisation
            src.kind = s.kind
        else:
            head = s.head_text or s.role
            if head and (not src.role or (name_seg is not None and _RX_EN_COUNTING_ROLE.match(src.role))):
                src.role = head  # ("Another expert, Tang Wei, deputy director of …": the office)
            if not src.role and s.description:
                src.role = s.description
            if not src.organisation and s.organisation:
                src.organisation = s.organisation
                src.written = src.written or s.written
            if not src.description:
                src.description = s.description or s.role
            if name_seg is None:
                src.is_plural = src.is_plural or s.is_plural
    counted = _RX_EN_COUNTING_ROLE.match(src.role) if name_seg is not None else None
    if counted is not None:
        src.role = src.role[counted.end():]  # "One analyst, Maria Costa": the role "analyst"
    if name_seg is None:
        first = _parse_segment(segments[0][0], offset + segments[0][1], language) if segments else Source()
        src.description = first.description or first.role
        src.kind = first.kind
        src.role = first.role or src.role
        if first.organisation:
            src.organisation = first.organisation
        src.written = first.written or src.written
        src.is_plural = first.is_plural
        src.indefinite = first.indefinite
    return src


# a surname with its particles and no given name closing the phrase ("sagte von der Leyen",
# "die Kommissionschefin von der Leyen", "Van Gaal"), after at most an article and a role
_RX_DE_BARE_PARTICLE_NAME = re.compile(
    r"\s*(?P<lead>(?:(?:der|die|den|dem)\s+)?(?:[\w-]+\s+)?)"
    r"(?P<name>(?P<particle>[Vv]on|[Vv]an|[Dd]e)(?P<article>\s+(?:der|den))?\s+[A-ZÄÖÜ][\w'’-]+)"
    # an adjunct or the medium spoken to may follow ("… vor dem Abflug", "… der dpa")
    r"(?:\s+(?:" + alternation(CUT_WORDS) + r"|der|dem)\s.*)?\s*$")


def _bare_particle_surname(seg: str, offset: int) -> Source | None:
    """"von der Leyen" named by the surname alone: the particles belong to it, so the name is
    not "Leyen" with the role "von" or a body "Leyen".  A word before it must be a role, and
    then a bare "von" is the body's ("die Chefin von Bosch"); "Thomas Koch von der Kammer"
    is a person of a body."""
    m = _RX_DE_BARE_PARTICLE_NAME.match(seg)
    if m is None or looks_like_org(m.group("name")) or is_org_desc_de(m.group("name").split()[-1]):
        return None
    lead = m.group("lead").split()
    surname = m.group("name").split()[-1].lower()
    if lead and (lead[-1].lower() in ARTICLES or not is_role_de(lead[-1])
                 or (m.group("particle").lower() == "von" and not m.group("article"))
                 or surname.endswith((*NOUN_SUFFIXES_DE, "ei", "ie"))):
        return None  # ("die Sprecherin von der Polizei": a body after a role)
    name = m.group("name")
    if not lead and name[:1].isupper():
        name = name[0].lower() + name[1:]  # "Von der Leyen: …" opens a sentence
    article = lead[0].lower() if len(lead) == 2 else ""
    role = de_role_nominative(article, lead[-1]) if lead else ""
    return Source(name=name, role=role, kind="person",
                  start=offset + m.start("name"), end=offset + m.end("name"), head_text=lead[-1] if lead else "")


def _common_noun_named(segment: str, name: str) -> bool:
    """The word before ``name`` in its segment is an article ("die Obfrau der Gewerkschaft"):
    a German personal name follows no article, so the capitalised words are an office."""
    before = segment[:segment.find(name)].split() if name in segment else []
    return bool(before) and before[-1].lower() in ARTICLES


def _personal_name(src: Source) -> bool:
    """A bare personal name of two or three capitalised words ("Anna Weber"), no body."""
    words = src.name.split()
    return src.kind == "person" and 2 <= len(words) <= 3 and not looks_like_org(src.name) \
        and all(w[:1].isupper() or w in PARTICLES for w in words)


# a relative clause between commas, closed by its verb ("der Vorstandschef eines Zulieferers,
# der Reiche begleitet, …"): it says who the source is and names no speaker of its own
_RX_DE_RELATIVE_SEGMENT = re.compile(r"\s*(?:der|die|das|dem|den|dessen|deren)\s+\S.*\s[a-zäöüß]+\s*$")


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
        capital = RX_EN_SENTENCE_ARTICLE.match(seg)
        if capital:
            # "The president of the European Chamber", "Some German exhibitors": a sentence's
            # capital, not a name "The" or "Some German"
            g = 1 if capital.group(1) else 2
            seg = seg[:capital.start(g)] + capital.group(g).lower() + seg[capital.end(g):]
        m = EN_DOCUMENT_OF.match(seg) or EN_POSSESSIVE_DOCUMENT.match(seg)
        if m:
            # "a statement from the ministry", "a report by the OECD": the author speaks
            return _parse_segment(m.group(1), offset + m.start(1), language)
        m = EN_ORG_ROLE_NAME.match(seg.strip())
        if m and is_person_role(m.group("role"), "en"):
            lead = len(seg) - len(seg.lstrip())
            org = re.sub(r"^(?:the|a|an)\s+", "", m.group("org"), flags=re.IGNORECASE).removesuffix("'s").removesuffix("’s")
            return Source(name=m.group("name"), role=m.group("role").strip(), organisation=org, kind="person",
                          start=offset + lead + m.start("name"), end=offset + lead + m.end("name"),
                          head_text=m.group("role").strip())
        core = re.sub(r"\s+(?:in|on|at|during|to|after|before)\s+.*$", "", seg.strip())
        m = EN_POSSESSIVE_ROLE_NAME.match(core)
        if m:
            # "the firm's CEO Ola Källenius", "Germany's economy minister Robert Habeck"
            lead = len(seg) - len(seg.lstrip())
            return Source(name=m.group("name"), role=m.group("role").strip(), organisation=m.group("org"),
                          kind="person", start=offset + lead + m.start("name"), end=offset + lead + m.end("name"),
                          head_text=m.group("role").strip())
        m = EN_POSSESSIVE_ROLE.match(seg.strip())
        if m:
            return Source(role=m.group("role"), organisation=m.group("org"), kind="description",
                          description=m.group("role"), head_text=m.group("role"),
                          written=seg.strip()[m.start("org"):])
    if language != "en" and ("on " in seg or "an " in seg or "e " in seg):
        bare = _bare_particle_surname(seg, offset)
        if bare is not None:
            return bare
    toks = joined_pairs([(m.group(0), m.start() + offset) for m in _TOKEN.finditer(seg)])
    # parenthesised party / acronym: keep aside as organisation
    paren_toks = [(t, o) for t, o in toks if t.startswith("(")]
    paren = [t[1:-1] for t, _ in paren_toks]
    toks = [(t, o) for t, o in toks if not t.startswith("(")]
    while toks and (toks[0][0].lower().strip(".") in FILLERS
                    or (language == "en" and toks[0][0].lower() in EN_CLAUSE_OPENERS)):
        toks = toks[1:]
    if language != "en":
        toks = without_leading_adjuncts_de(toks)
    src = Source()
    if not toks:
        return src
    src.indefinite = toks[0][0].lower() in ("a", "an", "ein", "eine", "einer", "einem", "einen")
    # cut at an adjunct ("am Montag", "on Tuesday", "laut Redemanuskript")
    cut = len(toks)
    for i, (t, _) in enumerate(toks):
        low = t.lower()
        if language == "en" and i > 0 and low.endswith("ing") and toks[i - 1][0].lower() in PERSON_ROLE_WORDS_EN:
            cut = i  # "one executive travelling with the minister": the participle describes him
            break
        if i > 0 and (low in CUT_WORDS or low in FILLERS) and not (low in ORG_PREPS and org_follows(toks, i)) \
                and not (low in ("und", "and") and toks[i - 1][0].endswith("-")) and cuts(toks, i):
            cut = i
            break
    uncut = toks
    toks = toks[:cut]
    first = toks[0][0].lower().strip(".,")
    if (len(toks) == 1 and first in PRONOUNS_PERSON | PRONOUNS_ORG) or (
            len(toks) > 1 and first in ("er", "sie", "he", "she", "they") and toks[0][0][:1].islower()):
        # ("sagte er der Deutschen Welle": the pronoun speaks, what follows is spoken to)
        src.kind = "pronoun"
        src.description = toks[0][0]
        src.is_plural = first in ("they", "man")
        return src
    lead = 1 if len(toks) > 1 and toks[0][0].lower() in ARTICLES else 0
    written_end = toks[-1][1] + len(toks[-1][0])
    for t, o in paren_toks:
        if written_end <= o <= written_end + 2:
            written_end = o + len(t)  # "… der Automobilindustrie (VDA)"
    written_start = toks[lead][1]
    org_end = written_end
    # organisation after a preposition: "von JPC Energy", "of Daiwa Securities", "des Verbands …"
    org = ""
    in_name = 0  # tokens of a name particle ("von der") still to pass
    for i, (t, _) in enumerate(toks):
        if in_name:
            in_name -= 1
            continue
        if i > 0 and t.lower() in NAME_PARTICLES and name_particle(toks, i):
            # "Anna von der Heide": part of the name, no organisation
            in_name = 1 if i + 1 < len(toks) and toks[i + 1][0].lower() in PARTICLES else 0
            continue
        if i > 0 and t.lower() in ORG_PREPS:
            if language == "en" and t == "of" and is_cap(toks[i - 1][0]) and i + 1 < len(toks) and is_cap(toks[i + 1][0]) \
                    and not person_before_of([x for x, _ in toks[:i]]):
                continue  # one name: "Ministry of Commerce", "Bank of China"
            if language == "en" and t in ("for", "of") and toks[i - 1][0].lower() in _ORG_NAME_WORDS \
                    and is_cap(toks[i - 1][0]) and org_follows(toks, i):
                continue  # one name: "Kiel Institute for the World Economy", "Council for the Promotion of …"
            rest = toks[i + 1:]
            while rest and rest[0][0].lower() in ARTICLES:
                rest = rest[1:]
            if rest and any(is_cap(r) for r, _ in rest):
                # the organisation runs to the first adjunct ("des VDA am Montag" -> VDA); an
                # "and" inside its name stays ("Economic and Security Review Commission")
                k = next((j for j in range(uncut.index(rest[0]) + 1, len(uncut))
                          if (uncut[j][0].lower() in CUT_WORDS - {"und", "and"} and cuts(uncut, j)
                              and not (language == "en" and joins_a_body_name(uncut, j)))
                          or uncut[j][0].lower() in FILLERS),
                         len(uncut))
                org_end = uncut[k - 1][1] + len(uncut[k - 1][0])
                org = seg[rest[0][1] - offset:org_end - offset]
                if language != "en" and t.lower() in ("bei", "beim") and is_occasion_de(org):
                    toks = toks[:i]  # "sagte Brandt bei der Vertragsunterzeichnung": when, not whose
                    org = ""
                    break
                case = "des" if t.lower() == "eines" else t.lower() if t.lower() in ("des", "der") else (
                    toks[i + 1][0].lower() if i + 1 < len(toks) and toks[i + 1][0].lower() in ("des", "der") else "")
                if language != "en" and t.lower() in ("der", "dem") and is_medium(org):
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
    if org:
        src.written = seg[written_start - offset:max(written_end, org_end) - offset].strip(" ,.")
    has_article = bool(toks) and toks[0][0].lower() in ARTICLES
    src.head_text = " ".join(t for t, _ in (toks[1:] if has_article else toks))
    body = toks[1:] if has_article else toks
    # title tokens stay part of the name ("Dr. Matthias Krämer")
    runs = cap_runs(body)
    if not runs:
        desc = " ".join(t for t, _ in body)
        src.description = desc
        src.role = desc
        src.kind = "description"
        last = desc.split()[-1].lower() if desc else ""
        # "officials", "spokesmen"; never "the minister" or "the manager"
        src.is_plural = language == "en" and (last.endswith("men") or (last.endswith("s") and not last.endswith("ss")))
        if language == "en" and uncut and len(uncut) > len(toks) and desc.split()[0].lower() in ("people", "person"):
            # "people familiar with the matter": the anonymous source as the article words it
            src.written = " ".join(t for t, _ in uncut[lead:] if t.lower() not in ("said", "told", "says"))
        return src
    run_start, run_end = runs[-1]
    nouns = body
    while language == "en" and len(nouns) > 1 and nouns[-1][0].endswith("ed") and nouns[-1][0][:1].islower():
        nouns = nouns[:-1]  # "A US report issued (on Tuesday)": the participle is not the head
    if language == "en" and any(t[:1].islower() and t.lower() not in PARTICLES for t, _ in nouns[run_end:]):
        # the head noun is lower-case: "German press reports", "a Chinese trade official",
        # "the Deutsche Welle radio station". A person role or a document keeps the phrase as a
        # description (resolved later); otherwise capitals that are not a nationality
        # adjective name the organisation.
        run_text = " ".join(t for t, _ in nouns[run_start:run_end])
        head = nouns[-1][0].lower().strip(".,")
        tail_len = len(nouns) - run_end
        if head not in PERSON_ROLE_WORDS_EN and head not in DOCUMENT_HEADS_EN and head not in NOT_SPEAKING \
                and not is_nationality_like(run_text) and tail_len <= 3 and run_text.lower() not in EN_QUANTIFIERS:
            src.name, src.kind = run_text, "org"
            src.start, src.end = nouns[run_start][1], nouns[run_end - 1][1] + len(nouns[run_end - 1][0])
            src.role = " ".join(t for t, _ in nouns[run_end:])
            return src
        desc = " ".join(t for t, _ in nouns)
        src.description = desc
        src.role = desc
        src.kind = "description"
        if head in PERSON_ROLE_WORDS_EN and not src.organisation and not is_nationality_like(run_text):
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
            if i < len(run) - 1 and all(x in LEGAL_FORMS for x, _ in run[i + 1:]):
                break  # "die Deutsche Bank AG": the legal form closes the name
            if is_role_de(t) or (is_org_desc_de(t) and i < len(run) - 1 and has_article
                                 and not (i + 2 == len(run) and run[i + 1][0] in territories())
                                 and not adjective_next_de(run, i)):
                # (not "der Verband Deutscher Maschinen- und Anlagenbau": an adjective goes on the name)
                split_at = i + 1  # (not "die Bank Austria": a country after the word names the body)
            elif i < len(run) - 1 and (has_article or (before and before[-1][0][:1].islower())) \
                    and is_compound_org_desc_de(t) and not run[i + 1][0].lower().endswith(_ADJECTIVE_ENDINGS_DE) \
                    and not (i + 2 == len(run) and run[i + 1][0] in territories()):
                # (not before an adjective or a region, which go on the body's own name:
                # "Bundesverband Deutscher Banken", "Sparkassenverband Bayern")
                split_at = i + 1  # "der bundeseigenen Fördergesellschaft Germany Trade & Invest"
        if split_at == 0 and (has_article or (before and before[-1][0][:1].islower())) and len(run) >= 1:
            head = run[0][0]
            if (not head.isupper() and len(run) > 1 and not is_name_like_pair(run) and not is_adjective_de(head)) \
                    or (len(run) == 1 and (is_role_de(head) or is_org_desc_de(head))):
                split_at = 1
        split_at = title_opens_name(run, split_at)
    name_toks = run[split_at:]
    role_toks = before + run[:split_at]
    if language == "en":
        # "Chinese Premier Wen Jiabao", "Minister Wang Wentao": a capitalised role word is not a name
        # everything up to the last capitalised role word is the role ("Commerce Minister Wang Wentao")
        k = max((i + 1 for i, (t, _) in enumerate(name_toks[:-1])
                 if role_word_en(t) and t not in TITLES), default=0)
        if k:
            role_toks, name_toks = role_toks + name_toks[:k], name_toks[k:]
            if name_toks and name_toks[0][0] in ("of", "for"):
                # "Minister of Commerce Wang Wentao", "Secretary of State Antony J. Blinken": the
                # role's domain goes with the role; the last two words (and an initial) are the name
                cut = len(name_toks) - 2 if len(name_toks) > 3 else len(name_toks)
                while 2 < cut < len(name_toks) and re.fullmatch(r"[A-Z]\.", name_toks[cut][0]):
                    cut -= 1
                role_toks, name_toks = role_toks + name_toks[:cut], name_toks[cut:]
        if name_toks and all(role_word_en(t.strip(".,")) and t not in TITLES for t, _ in name_toks):
            role_toks, name_toks = role_toks + name_toks, []  # "Minister", "Spokesman": a description
    if language == "en":
        # "LSE chief executive Clara Furse": capitals before the role words are the organisation
        lower = [t for t, _ in before if t[:1].islower()]
        caps_before = runs[:-1]
        if caps_before and lower and not org:
            a, b = caps_before[0]
            src.organisation = " ".join(t for t, _ in body[a:b])
            role_toks = [x for x in before if x[0][:1].islower()]
    if language == "en" and name_toks and not org and len(role_toks) >= 2 and role_word_en(role_toks[-1][0]):
        # "Siemens CEO Roland Busch": capitals before the role that are no office's field
        # ("Commerce Minister") or origin ("Chinese Premier") name the body
        k = 0
        while k < len(role_toks) - 1 and is_cap(role_toks[k][0]) and role_toks[k][0].lower() not in ROLE_FIELDS_EN \
                and not role_word_en(role_toks[k][0]) and role_toks[k][0] not in territories() \
                and not is_nationality_like(role_toks[k][0]):
            k += 1
        if k:
            src.organisation = " ".join(t for t, _ in role_toks[:k])
            role_toks = role_toks[k:]
    role = " ".join(t for t, _ in role_toks if t.lower() not in ARTICLES and t.lower() not in FILLERS)
    if name_toks:
        # strip a trailing genitive 's ("Christian Aid's head" is handled as apposition later)
        src.name = " ".join(t for t, _ in name_toks).strip(".,;:")
        src.start = name_toks[0][1]
        src.end = name_toks[-1][1] + len(name_toks[-1][0].rstrip(".,;:"))
        src.role = role
        is_title = any(t in TITLES for t, _ in name_toks)
        src.kind = "person" if is_title or (role and is_person_role(role, language)) or not looks_like_org(src.name) else "org"
        if src.kind == "person" and looks_like_org(src.name) and not is_title and not (role and is_person_role(role, language)):
            src.kind = "org"
        closing = next(((t, o) for t, o in paren_toks if src.end <= o <= src.end + 2), None)
        if src.kind == "org" and closing is not None and src.organisation == closing[0][1:-1]:
            # "the German Association of the Automotive Industry (VDA)": the body's own acronym
            src.name, src.end, src.organisation = f"{src.name} {closing[0]}", closing[1] + len(closing[0]), ""
    else:
        src.role = role
        src.description = role
        src.kind = "description"
        src.is_plural = language == "en" and role.endswith("s") and not role.endswith("ss")
    return src


