"""The entity tracker: who "er", "the chancellor" or "Mr Xie" is at a given point of the text.

``EntityTracker`` remembers named mentions in text order and resolves pronouns and
descriptions to the last (or next) fitting one, by kind, gender and role words.  Look-ups are
binary searches in a list of mentions, bounded by a window, so resolution never rescans the
text on long articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .name_words import is_role_de
from .source_phrases import Source
from .source_words import PARTICLES
from .speech_cues import (
    PERSON_ROLE_WORDS_EN,
    TITLES,
)


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
            fuller = (len(_name_tokens(src.name)), len(src.name)) > (len(_name_tokens(ent.name)), len(ent.name))
            if fuller and src.kind == ent.kind:
                ent.name = src.name
                for tok in _name_tokens(src.name):
                    if ent not in self._by_token.setdefault(tok, []):
                        self._by_token[tok].append(ent)
            if not ent.role or _fuller_role(src.role, ent.role):
                ent.role = src.role or ent.role
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
                roleless: bool = False, gender: str = "",
                skip: Callable[[Entity], bool] | None = None) -> Entity | None:
        """Last entity of kind ``want`` mentioned before ``pos`` within the window; with a
        ``hint`` (a role word) one whose role contains it, else (unless ``strict``) the last one;
        with ``roleless`` the fallback skips entities known with another role ("der Minister"
        is not the last-named "Siemens-Chef"); with ``gender`` ("he" -> "m") a person known to
        be of the other gender is skipped; entities ``skip`` names are passed over ("der
        Konzern" is no ministry)."""
        self._sort_pending()
        i = bisect_left(self._positions, pos) - 1
        hint_low = hint.lower()
        fallback = None
        limit = window or self.WINDOW
        while i >= 0 and pos - self._positions[i] <= limit:
            ent = self._at[i]
            if ent.kind == want and not (gender and ent.gender and ent.gender != gender) \
                    and not (skip is not None and skip(ent)):
                if not hint_low or _fits(ent, hint_low):
                    return ent
                if fallback is None and not (roleless and ent.role):
                    fallback = ent
            i -= 1
        return None if strict else fallback

    def last_mention_before(self, ent: Entity, pos: int) -> int:
        """Where ``ent`` was last mentioned before ``pos`` within the window (-1 if not): a
        walk back over the sorted mention index, never over all of an entity's mentions."""
        self._sort_pending()
        i = bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] <= self.WINDOW:
            if self._at[i] is ent:
                return self._positions[i]
            i -= 1
        return -1

    def first_between(self, a: int, b: int, want: str, gender: str = "") -> Entity | None:
        """The first entity of kind ``want`` mentioned in ``[a, b)`` (by the sorted mention
        index: asked once per pronoun, so never a walk over every mention)."""
        self._sort_pending()
        i = bisect_left(self._positions, a)
        while i < len(self._positions) and self._positions[i] < b:
            ent = self._at[i]
            if ent.kind == want and not (gender and ent.gender and ent.gender != gender):
                return ent
            i += 1
        return None

    def resolve_next(self, pos: int, want: str, hint: str = "", window: int = 1500,
                     strict: bool = False, speakers: frozenset[str] | None = None,
                     roleless: bool = False) -> Entity | None:
        """First entity of kind ``want`` named after ``pos`` (cataphora: "a customs spokesperson
        said … Li Kuiwen"); the same hint rule as :meth:`resolve`, over a shorter window. With
        ``speakers`` (surnames seen next to a speech verb) the fallback is only a person who
        speaks later, never one merely mentioned ("… Scholz and Xi met"); with ``roleless``
        never one named with another role ("ein Regierungssprecher" is not "Wirtschaftsminister
        Habeck")."""
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
                if fallback is None and not (roleless and ent.role):
                    fallback = ent
            i += 1
        return None if strict else fallback


_FEMALE_TITLES = {"frau", "ms", "mrs", "miss", "madame", "mme"}
_MALE_TITLES = {"herr", "mr", "sir", "lord", "monsieur"}


def _fuller_role(role: str, known: str) -> bool:
    """``role`` is a fuller form of the ``known`` one: 'Deputy Prime Minister' of
    'Minister', 'chief executive' of 'executive', 'stellvertretende Direktorin' of
    'Direktorin' — not an inflected adjective ('deutschen Autoexperten') or a participle
    ('recently-installed chief executive') in front of it."""
    if not known or not role.lower().endswith(" " + known.lower()):
        return False
    extra = role[: len(role) - len(known)].split()
    return all(
        w[:1].isupper() or w.endswith("-") or w in ("und", "and")
        or ("-" not in w and not w.endswith(("en", "em", "ed", "er", "es")))
        for w in extra
    )


def _gender_of(name: str, role: str) -> str:
    """"m"/"f" from a title or a gendered role word ("Frau Schmidt", "Ms Li", "Sprecherin",
    "spokeswoman", "chairman"); "" when nothing in the text says so."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    if first in _FEMALE_TITLES:
        return "f"
    if first in _MALE_TITLES:
        return "m"
    low = role.lower().split()[-1] if role.split() else ""
    if low.endswith(("woman", "women")) or (low.endswith("in") and is_role_de(low[:-2]) and len(low) > 5) \
            or low.endswith("innen"):
        return "f"
    if low.endswith(("man", "chef")) or (low.endswith(("er", "or", "ent", "eur")) and is_role_de(low)):
        return "m"
    return ""


def _fits(ent: Entity, hint_low: str) -> bool:
    """The entity's role or organisation contains the hint ("Kanzlerin" in "Bundeskanzlerin");
    a German masculine role does not fit its feminine form ("der Sprecher" is not the
    "Außenamtssprecherin")."""
    role = ent.role.lower() if ent.role else ""
    if role and hint_low in role:
        at = role.find(hint_low) + len(hint_low)
        return not (role.startswith("in", at) and not role[at + 2:at + 3].isalpha())
    return bool((ent.organisation and hint_low in ent.organisation.lower())
                or (ent.kind == "org" and hint_low in ent.name.lower()))


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words that name the person: titles, particles and an office used as a title
    ("Minister Wang", "Premier Li Qiang") are left out, so both are mentions of "Wang Wentao"."""
    return tuple(t.lower() for t in _NAME_WORD.findall(name) if t not in TITLES and t.rstrip(".") not in
                 {"Dr", "Prof", "Mr", "Mrs", "Ms", "Herr", "Frau", "Sir", "Professor"} and t.lower() not in PARTICLES
                 and t.lower() not in PERSON_ROLE_WORDS_EN)


_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")

