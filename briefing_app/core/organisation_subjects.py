"""Companies and bodies an article names without letting them speak.

"Paris – Peugeot hat … einen Gewinn eingefahren. Wie die Franzosen am Mittwoch mitteilten,
…" — "die Franzosen", "der VW-Rivale", "the company" describe the organisation the text is
about, and the guidelines the suggestions follow resolve a description to the name. The
entity tracker knows the sources that speak and the people named with a role; an
organisation that is only the subject of the news ("Peugeot hat …", "Volkswagen will
invest …") is not among them, and the description stayed as written ("Konzern").

This pass finds such organisations by how a text introduces one:

* a legal form after the name ("Volkswagen AG", "BYD Co.", "Tencent Holdings");
* a description beside the name ("der Autobauer Peugeot", "des Chipherstellers Infineon",
  "carmaker BYD", "BYD, China's largest carmaker,"), a description with a genitive name ("Das
  Institut der deutschen Wirtschaft hat …"), or its shares ("Shares in Siemens");
* a name that stands as a sentence's subject, before its verb and without an article: in
  German one the Hanover Tagger reads as a proper noun ("Peugeot hat", "Bosch hat"), in
  English one the text also writes inside a sentence, or after a dateline, or an acronym
  ("Volkswagen will … shares of Volkswagen", "BYD overtook"): never a word the text also writes
  after an article or a place preposition ("der Stahl", "in China"), in lower case
  ("Sales rose" … "sales"), a country or region, a month, a role or a closed-class word.

It is asked where a company's description, a plural pronoun or a statement "in einer
Mitteilung" needs the organisation named last and the entity tracker alone would answer
with an earlier one (or none): of the two, the one that stands later is taken. State
bodies, documents and media are not looked for here; the text names them by their own word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .german_tagger import german_tags, plural_common_noun
from .name_words import is_role_de, looks_like_org
from .source_words import ARTICLES, FILLERS, NOUN_SUFFIXES_DE
from .speech_cues import (
    DATE_WORDS,
    DE_ADVERBIAL_OPENERS,
    DE_PRONOUNS_ORG,
    DE_PRONOUNS_PERSON,
    FUNCTION_WORDS_EN,
    LEGAL_FORMS,
    NON_SOURCE_WORDS,
    PERSON_ROLE_WORDS_EN,
    TITLES,
    is_org_description_de,
    is_org_description_en,
)
from .territories import territories as _territories
from .word_patterns import alternation

# A name is capitalised words, hyphenated parts included ("VW-Rivale"), no dot (a sentence
# ends there) and no trailing hyphen ("Industrie- und Handelskammer"). The patterns open with
# a letter and test what stands before it after that letter ("[A-ZÄÖÜ](?<![\w-].)"): a pattern
# that opens with a look-behind is tried at every position of the text, one that opens with
# a letter class only where such a letter stands.
_NAME_REST = r"[\w&'’]*(?:-[\w&'’]+)*(?![\w-])"
_NAME_TOKEN = r"[A-ZÄÖÜ]" + _NAME_REST
_NAME = _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,2}"
_CAPITAL_AFTER_A_BOUNDARY = r"[A-ZÄÖÜ](?<![\w-].)"

_RX_LEGAL = re.compile(r"(" + _CAPITAL_AFTER_A_BOUNDARY + _NAME_REST + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,2}?)[ \t]+("
                       + alternation(LEGAL_FORMS) + r")(?![\w-])")
# "der (französische) Autobauer Peugeot", "des Chipherstellers Infineon": the head is checked in Python
_RX_DE_DESCRIBED = re.compile(r"[Dd](?<![\w-].)(?:er|ie|as|es|em|en)\s+(?:[a-zäöü][\w-]*\s+){0,2}"
                              r"([A-ZÄÖÜ][\w-]*)\s+(" + _NAME + r")")
# "Das Institut der deutschen Wirtschaft hat …", "der Verband der Automobilindustrie": a body
# named by its description and a genitive (the head is checked in Python)
_RX_DE_BODY_OF = re.compile(r"[Dd](?<![\w-].)(?:er|ie|as)\s+([A-ZÄÖÜ][\w-]*)\s+((?:der|des)\s+"
                            r"(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?" + _NAME + r")")
# "carmaker BYD", "German carmaker Volkswagen"
_RX_EN_DESCRIBED = re.compile(r"([a-z](?<![\w-].)[\w-]*)\s+(" + _NAME + r")")
# a company's shares name it: "Shares in Siemens rose", "die Aktie von Infineon"
_RX_SHARES = re.compile(r"(?:[Ss](?<![\w-].)(?:hares|tock)|[Aa](?<![\w-].)ktien?|[Pp](?<![\w-].)apiere)\s+"
                        r"(?:in|of|von|der|des)\s+(" + _NAME + r")")
# "BYD, China's largest carmaker,", "Volkswagen, the German carmaker,"
_RX_EN_APPOSITION = re.compile(r"(" + _CAPITAL_AFTER_A_BOUNDARY + _NAME_REST + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,2}),\s+"
                               r"(?:the|a|an|" + _NAME_TOKEN + r"['’]s)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)(?=[,.;])")
# "Volkswagen, which sells a third of its cars in China,": a body ("who" would be a person)
_RX_EN_WHICH = re.compile(r"(" + _CAPITAL_AFTER_A_BOUNDARY + _NAME_REST + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,2}),\s+which\s")
# a sentence's first words before a lower-case word: after a sentence end, a line break or a
# dateline's dash ("Paris – Peugeot hat")
_RX_SUBJECT = re.compile(r"([A-ZÄÖÜ](?:(?<=^.)|(?<=\n.)|(?<=[.!?][ \t].)|(?<=[.!?][\"”“»«'][ \t].)|(?<=[ \t][–—-][ \t].))"
                         + _NAME_REST + r"(?:[ \t]+" + _NAME_TOKEN + r"){0,2})[ \t]+([a-zäöü][\w-]*)", re.MULTILINE)
_RX_DATELINE_DASH = re.compile(r"[ \t][–—-][ \t]$")
_RX_ACRONYM = re.compile(r"[A-Z]{2,6}")
# the rest of a body's name after its description and adjective: "Deutscher Maschinen- und
# Anlagenbau" (a pair of words joined by the hyphen counts as one)
_DE_NAME_WORD = r"(?:[A-ZÄÖÜ][\w]*-[ \t]+(?:und|oder)[ \t]+[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*(?<!-))"
_RX_DE_NAME_AFTER_DESCRIPTION = re.compile(_DE_NAME_WORD + r"(?:[ \t]+" + _DE_NAME_WORD + r"){0,3}")
# acronyms that open economic news without being a body that could be described as one
_NOT_ORG_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "PRC", "GDP", "BIP", "CPI", "PMI", "EV", "EVs", "AI", "KI",
                               "IPO", "CEO", "CFO"})
# English verbs a company's name stands before; a word in -ed or -s also counts ("posted",
# "plans"), so "Chinese officials" is no subject and "Volkswagen will invest" is one
_EN_VERBS = frozenset({
    "is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does",
    "sold", "made", "built", "took", "overtook", "won", "lost", "cut", "set", "bought", "paid", "rose", "fell",
    "grew", "saw", "became", "began", "brought", "kept", "held", "told", "said", "spent", "sent", "left", "got",
    "gave", "shut", "put", "ran", "led", "hit", "beat", "chose", "drew", "met", "sought", "struck",
})
_DE_BEFORE_COMMON_NOUN = frozenset(ARTICLES) | {
    "kein", "keine", "keinen", "keinem", "keiner", "im", "am", "vom", "zum", "zur", "beim", "ins", "in", "aus",
    "nach", "jeder", "jede", "jedes", "alle", "viele", "mehr", "weniger",
}
_EN_BEFORE_PLACE = frozenset({"in", "from", "to", "into", "across", "throughout"})
_NOT_NAMES = DATE_WORDS | frozenset(TITLES)


@dataclass(frozen=True)
class _Candidate:
    """A name a pattern found; ``kind`` says which checks it still needs: "legal" (a legal
    form or a description with its genitive name: none), "named" (a description beside it:
    how the text writes the word), "subject" (before a verb: also the tagger or a second
    mention)."""

    at: int
    name: str
    kind: str
    next_word: str = ""
    dateline: bool = False


_RX_LAST_WORD = re.compile(r"([\w'’-]+)[ \t]+$")
_RX_INSIDE_SENTENCE = re.compile(r"[a-z,][ \t]+$")


@lru_cache(maxsize=512)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The word as written, not inside a longer word (the literal first, so the search is fast)."""
    return re.compile(re.escape(word) + r"(?![\w-])")



# descriptions of a state body: the news names one by the same word ("das
# Handelsministerium", "the Ministry of Commerce", "die Provinzregierung Anhui")
_STATE_BODY_WORDS = (
    "ministry", "government", "authority", "agency", "court", "parliament", "embassy", "consulate",
    "municipality", "office", "department", "administration", "commission", "ministerium", "regierung",
    "behörde", "gericht", "parlament", "botschaft", "konsulat", "amt", "kommission", "staatskanzlei",
    "senatskanzlei", "landtag", "bundestag",
)
# descriptions of a state body, a document or a medium: never the company the news is about
_NOT_A_BODY_OF_THE_NEWS = (*_STATE_BODY_WORDS, "report", "study", "paper", "newspaper", "studie", "bericht",
                           "zeitung", "agentur")


def describes_a_state_body(head: str) -> bool:
    """"die Regierung", "the ministry": only a body named with that word is meant, never
    the last organisation of another kind ("die Deutsche Handelskammer")."""
    return head.lower().endswith(_STATE_BODY_WORDS)


def may_name_the_news_body(head: str) -> bool:
    """Whether a description ("der Konzern", "the carmaker", "die Franzosen") may refer to an
    organisation found by this pass; "die Regierung", "the report" may not."""
    return not head.lower().endswith(_NOT_A_BODY_OF_THE_NEWS)


def is_state_body_or_medium(name: str) -> bool:
    """Whether a name is that of a state body, a document or a medium ("Handelsministerium",
    "Ministry of Commerce", "EU-Kommission"): never what "der Konzern" refers to."""
    return any(not may_name_the_news_body(part) for part in re.split(r"[\s-]+", name) if part)


class OrganisationSubjects:
    """Organisations named in ``text`` by a legal form, a description or as a subject.

    Asked a few times per article, and only where a description found nothing else: the
    text is read in blocks around the positions asked about, the cheap patterns first, and
    a candidate's checks (how the text writes the word elsewhere, the tagger) run only when
    the question reaches it, from the position asked about backwards."""

    WINDOW = 4000  # characters looked back, as the entity tracker does
    BLOCK = 2000  # raw candidates are found per block of the text
    CONTEXT = 6000  # how far around a candidate the text is asked how it writes a name

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.lang = "en" if language == "en" else "de"
        self._blocks: dict[int, list[_Candidate]] = {}
        self._accepted: dict[tuple[int, str], bool] = {}
        self._before_memo: dict[tuple[str, int], list[str]] = {}

    def last_before(self, pos: int, is_person: Callable[[str], bool], after: int = -1) -> tuple[int, str] | None:
        """Where and as what the organisation named last before ``pos`` (within the window)
        stands, or None; a name ``is_person`` knows as a person's ("Butterfill sagt …") is
        passed over; with ``after`` only one named after that position. The fullest form the
        window has of the name is given ("Volkswagen AG" for "Volkswagen")."""
        lo = max(0, pos - self.WINDOW, after + 1)
        seen: list[_Candidate] = []
        for k in range(pos // self.BLOCK, lo // self.BLOCK - 1, -1):  # from ``pos`` backwards
            block = [c for c in self._block(k) if lo <= c.at < pos]
            seen += block
            for cand in reversed(block):
                if self._accept(cand) and not is_person(cand.name):
                    first = cand.name.split()[0]
                    forms = [c.name for c in seen if c.name.split()[0] == first and self._accept(c)]
                    return cand.at, max(forms, key=len)
        return None

    def _accept(self, cand: _Candidate) -> bool:
        key = (cand.at, cand.kind)
        if key not in self._accepted:
            if cand.kind == "subject":
                self._accepted[key] = self._subject(cand.name, cand.at, cand.next_word, cand.dateline)
            elif cand.kind == "named":
                self._accepted[key] = self._may_be_name(cand.name, cand.at)
            else:
                self._accepted[key] = True  # a legal form, a description with its genitive name
        return self._accepted[key]

    @staticmethod
    def _adjective_of_name(description: str, name: str) -> bool:
        """The capitalised word after the description is an adjective of the body's name
        ("Verband Deutscher Banken"), as the tagger reads it, not a name ("Konzern Volkswagen")."""
        words = (description, *name.split()[:2])
        return len(words) > 1 and words[1].endswith(("er", "en", "es", "e")) \
            and german_tags(words)[1] in ("ADJ(A)", "ADJA", "NNA")

    def _block(self, k: int) -> list[_Candidate]:
        if k not in self._blocks:
            a, b = k * self.BLOCK, min(len(self.text), (k + 1) * self.BLOCK)
            self._blocks[k] = sorted(self._find(a, b), key=lambda c: c.at) if a < b else []
        return self._blocks[k]

    def _find(self, a: int, b: int) -> list[_Candidate]:
        """Raw candidates that start in ``[a, b)``: what the patterns and the word lists say,
        before any look at the rest of the text."""
        text = self.text
        found: dict[int, _Candidate] = {}

        def add(at: int, name: str, kind: str, next_word: str = "", dateline: bool = False) -> None:
            if a <= at < b and at not in found:
                found[at] = _Candidate(at, name, kind, next_word, dateline)

        chunk = text[a:min(len(text), b + 120)]
        legal = any(form in chunk for form in LEGAL_FORMS)  # most blocks name none: skip the pattern
        for m in _RX_LEGAL.finditer(text, a, min(len(text), b + 120)) if legal else ():
            name = self._clean(m.group(1))
            while name and self._describes(name.split()[0]):
                name = name.partition(" ")[2]  # "Autozulieferer Röchling Automotive SE"
            if name:
                add(m.start(1) + m.group(1).index(name.split()[0]), f"{name} {m.group(2)}", "legal")
        described = _RX_EN_DESCRIBED if self.lang == "en" else _RX_DE_DESCRIBED
        for m in described.finditer(text, a, min(len(text), b + 120)):
            if self._describes(m.group(1)):
                if self.lang != "en" and self._adjective_of_name(m.group(1), m.group(2)):
                    # "der Verband Deutscher Maschinen- und Anlagenbau": the description and
                    # its adjective are the body's name, "Deutscher" is no body of its own
                    whole = _RX_DE_NAME_AFTER_DESCRIPTION.match(text, m.start(2))
                    if whole is not None:
                        add(m.start(1), f"{m.group(1)} {whole.group(0)}", "legal")
                    continue
                name = self._clean(m.group(2))
                if name:
                    add(m.start(2), name, "named")
        if self.lang != "en":
            for m in _RX_DE_BODY_OF.finditer(text, a, min(len(text), b + 120)):
                if self._describes(m.group(1)):
                    add(m.start(1), f"{m.group(1)} {m.group(2)}", "legal")
        shares = any(w in chunk for w in ("hares", "tock", "ktie", "apiere"))
        for m in _RX_SHARES.finditer(text, a, min(len(text), b + 120)) if shares else ():
            name = self._clean(m.group(1))
            if name:
                add(m.start(1), name, "named")
        if self.lang == "en":
            for m in _RX_EN_WHICH.finditer(text, a, min(len(text), b + 120)):
                name = self._clean(m.group(1))
                if name:
                    add(m.start(1) + m.group(1).index(name.split()[0]), name, "named")
            for m in _RX_EN_APPOSITION.finditer(text, a, min(len(text), b + 160)):
                name = self._clean(m.group(1))
                if name and is_org_description_en(m.group(2)):
                    add(m.start(1), name, "named")
        for m in _RX_SUBJECT.finditer(text, a, min(len(text), b + 120)):
            name = self._clean(m.group(1))
            if name:
                dateline = _RX_DATELINE_DASH.search(text, max(0, m.start(1) - 3), m.start(1)) is not None
                add(m.start(1) + m.group(1).index(name), name, "subject", m.group(2), dateline)
        return list(found.values())

    def _before(self, word: str, at: int) -> list[str]:
        """What stands right before each mention of ``word`` in the text around ``at`` (up to
        40 characters each): one literal search, asked by every check."""
        lo, hi = max(0, at - self.CONTEXT), min(len(self.text), at + self.CONTEXT)
        found = self._before_memo.get((word, lo))
        if found is None:
            text, found = self.text, []
            for m in _word_pattern(word).finditer(text, lo, hi):
                i = m.start()
                if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_"):
                    found.append(text[max(lo, i - 40):i])
            self._before_memo[(word, lo)] = found
        return found

    def _previous_words(self, word: str, at: int) -> list[str]:
        """The word before each mention of ``word`` around ``at``, where only spaces part them."""
        return [m.group(1) for b in self._before(word, at) if (m := _RX_LAST_WORD.search(b)) is not None]

    def _describes(self, word: str) -> bool:
        """Whether ``word`` describes an organisation the news may be about ("Autobauer",
        "carmaker"; not "Nachrichtenagentur" or "ministry")."""
        kind = is_org_description_en(word) if self.lang == "en" else is_org_description_de(word)
        return kind and may_name_the_news_body(word)

    def _clean(self, name: str) -> str:
        """The name without the closed-class words a sentence or a phrase opens with."""
        toks = name.split()
        while toks and (toks[0].lower() in ARTICLES or toks[0].lower() in FUNCTION_WORDS_EN
                        or toks[0].lower() in DE_ADVERBIAL_OPENERS or toks[0].lower() in FILLERS):
            toks.pop(0)
        if toks and (toks[0] in DE_PRONOUNS_PERSON or toks[0] in DE_PRONOUNS_ORG):
            return ""
        while toks and toks[-1].rstrip(".") in ("Co", "Inc", "Ltd", "Corp"):
            toks.pop()
        return " ".join(toks)

    def _may_be_name(self, name: str, at: int) -> bool:
        """Not a month, a title, a role, a country or a word the text uses as a common noun."""
        toks = name.split()
        first = toks[0]
        low = first.lower()
        if first in _NOT_NAMES or low in NON_SOURCE_WORDS or len(first) < 2:
            return False
        if first in _territories() or name in _territories():
            return False
        if any(t.lower() in PERSON_ROLE_WORDS_EN or (self.lang != "en" and is_role_de(t)) for t in toks):
            return False  # "Chinas Ministerpräsident", "Chief Executive"
        if self.lang == "en":
            if low in PERSON_ROLE_WORDS_EN or is_org_description_en(low):
                return False
            return not self._before(low, at)  # never written in lower case
        if is_org_description_de(first) or low.endswith(NOUN_SUFFIXES_DE) or low.endswith("ien"):
            return False  # "Deutschland", "Frankreich", "Brasilien": places; "Forschung": a noun
        if len(toks) == 1 and plural_common_noun(first):
            return False  # "fordert der Verband Notfallmaßnahmen": the object
        if low.endswith("s") and self._before(first[:-1], at):
            return False  # "Chinas": the genitive of a name the text also writes plain
        # "der Stahl", "in China": a common noun or a place
        return not any(w.lower() in _DE_BEFORE_COMMON_NOUN for w in self._previous_words(first, at))

    def _subject(self, name: str, at: int, next_word: str, dateline: bool) -> bool:
        """A name before its verb (see the module docstring): in German one the tagger reads
        as a proper noun before a finite verb ("Bosch hat", not "Stahl wird" or "Zehntausende
        Beschäftigte"); in English one also written inside a sentence ("Volkswagen will … shares
        of Volkswagen", not "Growth slowed … Growth had"), one that opens the news after a
        dateline, or an acronym ("BYD overtook"), before a verb form."""
        toks = name.split()
        if len(toks) > 1 and not looks_like_org(name):
            return False  # "Angela Merkel reiste": two capitalised words are a person's name
        if self._after_a_name(toks[0], at):
            return False  # "Merkel" … "Kanzlerin Angela Merkel": a surname
        if self.lang != "en":
            words = [w.strip(".,;:!?»«\"“”„()") for w in self.text[at:at + 160].split()[:len(name.split()) + 6]]
            tags = german_tags(tuple(w for w in words if w))
            n = len(name.split())
            if len(tags) <= n or "NE" not in tags[:n] or not tags[n].endswith("(FIN)"):
                return False
            return self._may_be_name(name, at)
        first = name.split()[0]
        once = not dateline and not (_RX_ACRONYM.fullmatch(first) and first not in _NOT_ORG_ACRONYMS)
        if once and not any(_RX_INSIDE_SENTENCE.search(b) for b in self._before(first, at)):
            return False  # never inside a sentence, where a common noun is written in lower case
        verb = next_word in _EN_VERBS or (next_word.endswith(("ed", "s")) and not next_word.endswith("ss"))
        if not verb:
            return False
        if any(w.lower() in _EN_BEFORE_PLACE for w in self._previous_words(first, at)):
            return False  # "in China", "from Germany" (also where the territory list has no name)
        return self._may_be_name(name, at)

    def _after_a_name(self, word: str, at: int) -> bool:
        """Whether the text writes ``word`` after a capitalised word that is neither an
        opener, a description nor a country's possessive ("Angela Merkel"; not "Laut Bosch",
        "Autobauer Peugeot", "Germany's Volkswagen", "Chinas BYD")."""
        for before in self._previous_words(word, at):
            if not before[:1].isupper():
                continue
            low = before.lower()
            if low in ARTICLES or low in DE_ADVERBIAL_OPENERS or low in FUNCTION_WORDS_EN or low in FILLERS:
                continue
            owner = before.removesuffix("'s").removesuffix("’s")
            if self._describes(before) or before in _NOT_NAMES or owner in _territories() or \
                    (low.endswith("s") and before[:-1] in _territories()):
                continue
            return True
        return False
