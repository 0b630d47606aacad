"""Speaker resolution: from a parsed frame source to the (name, role, organisation) of a quote.

``SpeakerResolver`` holds the finder's state (text, sentences, the entity tracker, the
quotes made so far) and turns a :class:`~briefing_app.core.source_phrases.Source` into a speaker:
pronouns and descriptions ("er", "der Ökonom", "the company") through the tracker, a
possessive or "demnach" to the last speaker.  Every frame reader builds on it, so it is
the base of the finder's parts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .body_names import named_body_before
from .entity_tracker import Entity, EntityTracker
from .german_tagger import german_tags
from .konjunktiv import has_konjunktiv
from .name_words import is_nationality_like, is_role_de, looks_like_org
from .organisation_subjects import (
    OrganisationSubjects,
    describes_a_state_body,
    is_state_body_or_medium,
    may_name_the_news_body,
)
from .person_mentions import speaking_surnames
from .places import find_places
from .quote_patterns import (
    _AGE_DESCRIPTIONS,
    _DE_INVERTED_STANCE,
    _OFFICE_WORDS,
    _de_person_role,
    _document_noun,
    _Frame,
    _plausible_role,
)
from .results import QuoteSuggestion
from .sentences import paragraph_break
from .source_phrases import Source, parse_source
from .speech_cues import (
    DATE_WORDS,
    DE_NATIONALITY_NOUNS,
    EN_ASSOCIATION_WORDS,
    EN_COMPANY_WORDS,
    EN_DESCRIPTION_TAIL,
    FUNCTION_WORDS_EN,
    NON_SOURCE_WORDS,
    ORG_DESCRIPTION_WORDS_DE,
    PERSON_ROLE_WORDS_EN,
    ROLE_FIELDS_EN,
    is_org_description_de,
    is_org_description_en,
)
from .territories import territories
from .word_patterns import alternation

# "one official", "another diplomat", "several analysts": anonymous sources stay as written
_EN_QUANTIFIERS = frozenset({"one", "another", "some", "several", "two", "three", "four", "many", "other"})


# roles general enough to be said of whoever is named next ("a trade official … Li Haiyan,
# deputy director of …"); any other role is that role or none ("a spokeswoman", "ein
# Regierungssprecher" is not the minister named next)
_GENERAL_ROLES = frozenset({"official", "officials", "beamter", "beamte", "beamtin", "vertreter", "vertreterin",
                            "representative", "executive", "funktionär", "funktionärin"})
# how far into the text its lead may reach: the paragraph that keeps a source's name for the next
_LEAD_CHARS = 600
# a body described by what it belongs to: "park's administrative committee", "zone's management"
_RX_COMMON_POSSESSOR = re.compile(r"[a-z][\w-]*['’]s\s")
# an organisation introduced with the indefinite article: one not named ("eines Zulieferers")
_RX_INDEFINITE_OF = re.compile(r"\s(?:eines|einer|einem)\s")
# the writers of a study or report, who speak for the body that published it
_AUTHOR_WORDS = frozenset({"authors", "autoren", "autorinnen", "verfasser", "studienautoren"})


# a first name and a surname opening a sentence, before its lower-case verb
_RX_NAME_PAIR_SUBJECT = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüéß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüéß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
                                   r"\s+(?=[a-zäöü])")

# a person described by a role, without a name, opening a sentence ("Eine Kommissionssprecherin wollte …")
_RX_DE_DESCRIBED_SUBJECT = re.compile(r"(?:Ein|Eine|Der|Die)\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*-)?"
                                      r"([A-ZÄÖÜ][a-zäöüß]+)(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)?"
                                      r"(?=\s+[a-zäöüß])")
# a name in commas after a description ("Der Chef eines Zulieferers, Tobias Reiter, …"): the person is named
_RX_DE_NAME_IN_COMMAS = re.compile(r",\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+,")
# a name in apposition after an inverted stance ("Skeptisch bleibt Lena Hartwig, Logistikexpertin …")
_RX_NAME_PAIR_COMMA = re.compile(r"\s+([A-ZÄÖÜ][a-zäöüéß]+\s+[A-ZÄÖÜ][a-zäöüéß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),")


def _surname_alone(name: str) -> bool:
    """"Habeck", "Zipse": one capitalised word that names no body ("BMW", "Siemens AG" and words
    of bodies are read as organisations) and no place."""
    return " " not in name and name[:1].isupper() and not name.isupper() and name not in territories() \
        and not looks_like_org(f"{name} {name}") and not find_places(name)


def _no_document_author(ent: Entity) -> bool:
    """Not registered as the author of a study, survey or report (see document_authors)."""
    return not (ent.role and _document_noun(ent.role.split()[-1]))


# a body introduced without its name just before: "eines deutschen Chemiekonzerns", "ein Zulieferer"
_RX_DE_UNNAMED_BODY = re.compile(r"(?<![\w-])(?:ein|eine|eines|einem|einen|einer)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
                                 r"([A-ZÄÖÜ][\w-]*(?:" + alternation(ORG_DESCRIPTION_WORDS_DE) + r")s?)(?![\w-])")


def _compound_body_head(noun: str) -> str:
    """The body a compound's first part names ("Verbands" of "Verbandsangaben" -> "Verband",
    "Unternehmens" -> "Unternehmen"), or "" when it names none ("Regierungs" is resolved
    as before)."""
    head = noun[:-1] if noun.endswith("s") and is_org_description_de(noun[:-1]) else noun
    return head if is_org_description_de(head) else ""


def _unnamed_body(src: Source) -> bool:
    """The description's organisation is not named ("der Vorstandschef eines großen
    Zulieferers"): an anonymous source, never the person named just before."""
    return bool(_RX_INDEFINITE_OF.search(src.written))


def _is_state_body(ent: Entity) -> bool:
    return is_state_body_or_medium(ent.name)


class SpeakerResolver:
    has_marks: bool  # set by ``find``: the article marks its direct speech

    def __init__(self, text: str, language: str, sentences: list[tuple[int, int]], tracker: EntityTracker) -> None:
        self.text = text
        self.lang = "en" if language == "en" else "de"
        self.sentences = sentences
        self.tracker = tracker
        self.starts = [s for s, _ in sentences]
        # computed on first use: frames per sentence, quotes made so far, speaking surnames
        self._frame_cache: dict[int, list[_Frame]] = {}
        self._spoken: list[tuple[int, tuple[str, str, str]]] = []
        self._speaker_set: frozenset[str] | None = None
        # closing offsets of the quotation-mark pairs (set by ``find``): a frame verb after a
        # closed quotation in its sentence belongs to that quotation, whatever the marks
        self._mark_closes: list[int] = []
        # a blank line, or a single line break in a text with one paragraph per line
        self.para_break = paragraph_break(text)
        self._label_counts: dict[str, int] = {}  # paragraphs opened by "Name: " (interviews)
        self._has_question_labels: bool | None = None  # "Q: …" / "Frage: …" labels (interviews)
        self._asking_labels: dict[str, bool] = {}  # labels that open only questions (interviews)
        # organisations named without speaking ("Peugeot hat …"), for "die Franzosen", "the company"
        self.named_bodies = OrganisationSubjects(text, language)

    # helpers
    def _paragraph_start(self, si: int) -> bool:
        """Whether sentence ``si`` opens a paragraph (a line break before it)."""
        return si == 0 or "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]

    def _closed_quote_between(self, a: int, b: int) -> bool:
        """Whether a quotation closes in ``[a, b)`` ("'The door is open,' said Koch")."""
        k = bisect_left(self._mark_closes, a)
        return k < len(self._mark_closes) and self._mark_closes[k] < b

    def _previous_subject(self, pos: int, gender: str) -> Entity | None:
        """The person opening the sentence before the pronoun's own, as its subject ("Li traf
        Wirtschaftsminister Habeck. Er betonte, …" -> Li): a pronoun continues the subject
        rather than the last person named. A person named at the sentence start, at most
        a role word or two before the name."""
        si = bisect_right(self.starts, pos) - 1
        if si < 1:
            return None
        found = self._opening_person(si - 1, gender)
        if found is None and si >= 2 and not self._paragraph_start(si - 1) and self.lang == "de":
            # "Kühne gibt sich zuversichtlich. Duisport investiere … „…“, sagt er.": a reported
            # sentence in between, naming no person, keeps the subject before it
            q0, q1 = self.sentences[si - 1]
            if has_konjunktiv(self.text[q0:q1]) and self.tracker.first_between(q0, q1, "person") is None:
                found = self._opening_person(si - 2, gender)
        return found

    @staticmethod
    def _person_tuple(ent: Entity | None) -> tuple[str, str, str] | None:
        return (ent.name, ent.role, ent.organisation) if ent is not None else None

    def _described_subject_before(self, pos: int, gender: str) -> tuple[str, str, str] | None:
        """"Eine Kommissionssprecherin wollte sich nicht äußern. „…“, sagte sie.": the person
        the sentence before opens with, described by a role and never named, is "sie"/"er"
        (of the role's gender), not a source named or quoted earlier."""
        si = bisect_right(self.starts, pos) - 1
        if si < 1:
            return None
        p0, p1 = self.sentences[si - 1]
        m = _RX_DE_DESCRIBED_SUBJECT.match(self.text, p0, p1)
        if m is None or not is_role_de(m.group(2)) or self.tracker.first_between(p0, p1, "person") is not None \
                or _RX_DE_NAME_IN_COMMAS.search(self.text, p0, p1) is not None:
            return None
        if gender and ("f" if m.group(2).endswith("in") else "m") != gender:
            return None
        return self.resolve_source(parse_source(m.group(0).strip(), p0, "de"), p0, unnamed=True)

    def _opening_person(self, sj: int, gender: str) -> Entity | None:
        """The person opening sentence ``sj`` as its subject (see ``_previous_subject``)."""
        p0, p1 = self.sentences[sj]
        head_end = p0 + len(" ".join(self.text[p0:p1].split(" ", 3)[:3]))
        found = self.tracker.first_between(p0, head_end, "person", gender)
        if found is None and self.lang == "de":
            # "Kühne gibt sich …": a known person's surname alone opens the sentence
            first = self.text[p0:p1].split(" ", 1)[0]
            known = self.tracker.lookup(first) if first[:1].isupper() and first.isalpha() else None
            if known is not None and known.kind == "person" and known.name != first \
                    and not (gender and known.gender and known.gender != gender):
                found = known
        if found is None and self.lang == "de":
            inverted = _DE_INVERTED_STANCE.match(self.text, p0, p1)
            pair = _RX_NAME_PAIR_COMMA.match(self.text, inverted.end(), p1) if inverted is not None else None
            if pair is not None and self._names_a_person(pair.group(1)):
                # "Skeptisch bleibt Lena Hartwig, Logistikexpertin …": the subject after the verb
                found = self.tracker.add(Source(name=pair.group(1), kind="person", start=pair.start(1),
                                                end=pair.end(1)))
                if found is not None and gender and found.gender and found.gender != gender:
                    found = None
        if found is None:
            pair = _RX_NAME_PAIR_SUBJECT.match(self.text, p0, p1)
            role_after = pair is not None and self.text[pair.end():].split(" ", 1)[0].lower().strip(",") \
                in PERSON_ROLE_WORDS_EN
            if role_after:
                # "Daimler Truck chief Martin Daum is optimistic.": the company and its role
                # come first, the person named after them is the subject
                found = self.tracker.first_between(p0, min(p1, p0 + 80), "person", gender)
            elif pair is not None and self._names_a_person(pair.group(1)):
                # "Robert Habeck reiste nach Peking. Er sagte, …": a first name and a surname
                # opening the sentence before, though no role or speech named him a person
                found = self.tracker.add(Source(name=pair.group(1), kind="person", start=pair.start(1),
                                                end=pair.end(1)))
        return found

    def _names_a_person(self, pair: str) -> bool:
        """A capitalised pair opening a sentence is a person's name: proper nouns to the German
        tagger, for English no body, place or opening word."""
        first, last = pair.split()
        if looks_like_org(pair) or first in territories() or last in territories() or find_places(pair) \
                or any(w.lower() in PERSON_ROLE_WORDS_EN or w.lower() in ROLE_FIELDS_EN or is_role_de(w)
                       for w in (first, last)):
            return False  # ("Prime Minister arrived", "Landrat Müller …": a role, named elsewhere)
        if self.lang == "en":
            return first.lower() not in FUNCTION_WORDS_EN and first not in DATE_WORDS and last not in DATE_WORDS
        return german_tags((first, last))[0] == "NE"  # (a surname it does not know is "NN": "Habeck")

    def _same_unnamed_source(self, pos: int, head: str) -> tuple[int, tuple[str, str, str]] | None:
        """"said one legal expert … the expert warned": the unnamed source quoted just before
        under that word, when no person has it as a role."""
        for start, speaker in reversed(self._spoken):
            if start >= pos:
                continue
            if pos - start > 1500:
                break
            if speaker[0].lower().split()[-1:] == [head] and self.tracker.lookup(speaker[0]) is None:
                return start, speaker
        return None

    def _last_group_speaker(self, pos: int) -> tuple[str, str, str] | None:
        """The last speaker before ``pos`` that is not a known person (an organisation or a
        description such as "the ministry"), for "it"/"they" without a named antecedent."""
        for start, speaker in reversed(self._spoken):
            if start < pos and pos - start <= 2000:
                known = self.tracker.lookup(speaker[0])
                if known is None or known.kind != "person":
                    return speaker
        return None

    def _last_person_speaker(self, pos: int) -> tuple[str, str, str] | None:
        """The last speaker before ``pos`` that is a person, for "he"/"er" whose antecedent
        was never registered as a name."""
        latest = True
        for start, speaker in reversed(self._spoken):
            if start < pos and pos - start <= 2000:
                known = self.tracker.lookup(speaker[0])
                if known is not None and known.kind == "person":
                    return speaker
                role = (speaker[1] or "").split()[-1:]
                if latest and known is None and role and (role[0].lower() in PERSON_ROLE_WORDS_EN or _de_person_role(role[0])):
                    return speaker  # "A spokesman for the chamber said … He said …": the spokesman, never named
                if latest and _surname_alone(speaker[0]):
                    return speaker  # "“…,” Habeck said. He added: …": a surname the text never gave in full
                latest = False
        return None

    def _focus_person(self, pos: int, gender: str) -> tuple[str, str, str] | None:
        """"…, versicherte der 61-Jährige", "Der Schwede sprach von …": an age or a nationality
        names the person the passage is about — the subject of the sentence before, else the
        person quoted last, close before ``pos`` — rather than whoever was named last ("nach
        einem Treffen mit Ministerin Brenner")."""
        ent = self._previous_subject(pos, gender)
        if ent is not None:
            return ent.name, ent.role, ent.organisation
        for start, speaker in reversed(self._spoken):
            if start >= pos:
                continue
            if pos - start > 600:
                return None
            known = self.tracker.lookup(speaker[0])
            if known is None or known.kind != "person":
                return None
            if gender and known.gender and known.gender != gender:
                return None
            return known.name, known.role, known.organisation
        return None

    def _unnamed_person_just_before(self, pos: int) -> tuple[str, str, str] | None:
        """"A manager at a German supplier … said … “…,” he said": a person the text keeps
        unnamed, quoted last and close before ``pos`` with no person named since, is the
        "he"/"she" — never a person named before them."""
        for start, speaker in reversed(self._spoken):
            if start >= pos:
                continue
            role = (speaker[1] or speaker[0]).split()[-1:]
            if pos - start > 600 or not role or self.tracker.lookup(speaker[0]) is not None:
                return None
            if (role[0].lower() in PERSON_ROLE_WORDS_EN or _de_person_role(role[0])) \
                    and self.tracker.first_between(start, pos, "person") is None:
                return speaker
            return None
        return None

    def _make(self, s: int, e: int, speaker: tuple[str, str, str], kind: str, conf: float, cue: str) -> QuoteSuggestion:
        self._spoken.append((s, speaker))
        name, role, org = speaker
        if " " not in name and name[:1].isupper() and not role and not org \
                and (is_org_description_en(name) if self.lang == "en" else is_org_description_de(name)):
            # "the Commission said" after "The European Commission opened …", "teilte die
            # Notenbank mit" after "Die Europäische Zentralbank …": the body's full name
            name = named_body_before(self.text, self.lang, s, name.lower()) or name
        return QuoteSuggestion(text=self.text[s:e], start=s, end=e, speaker=name, role=role, organisation=org,
                               kind=kind, confidence=conf, cue=cue)

    def _last_body(self, pos: int, hint: str = "",
                   skip: Callable[[Entity], bool] | None = None) -> tuple[str, str, str] | None:
        """The organisation named last before ``pos``: the tracker's (one that spoke or was
        named with a role; by ``hint`` and ``skip`` as in its ``resolve``) or one the text
        only names ("Peugeot hat …"), whichever stands later; "the company" is no association."""
        company = self.lang == "en" and hint in EN_COMPANY_WORDS
        if company:
            outer = skip
            skip = lambda e: (outer is not None and outer(e)) or self._association(e.name)  # noqa: E731
        ent = self.tracker.resolve(pos, "org", hint=hint, skip=skip)
        passed_over = (lambda n: self._known_person(n) or self._association(n)) if company else self._known_person
        body = self.named_bodies.last_before(pos, passed_over,
                                             after=self.tracker.last_mention_before(ent, pos) if ent else -1)
        if body is not None:
            return body[1], "", ""
        return (ent.name, ent.role, ent.organisation) if ent is not None else None

    def _association(self, name: str) -> bool:
        """``name`` is that of an association, a council or an institute, by a word of its own
        ("China Photovoltaic Industry Association") or the word the text puts before it ("the
        industry association SolarPower Europe"), or of a people or a country: no company's."""
        if any(w.lower() in EN_ASSOCIATION_WORDS for w in name.split()) or is_nationality_like(name) \
                or name in territories():
            return True  # ("Chinese manufacturers supply …", "Germany added …": no company's name either)
        return any(f"{w} {name}" in self.text for w in EN_ASSOCIATION_WORDS if w in self.text)

    def _body_just_before(self, pos: int, window: int = 400) -> str:
        """The organisation named last, if that was close before ``pos`` (the sentence or two
        before "Its chief executive …"), else "": a body named further back is a guess, and a
        wrong organisation beside a name is worse than none."""
        ent = self.tracker.resolve(pos, "org")
        at = self.tracker.last_mention_before(ent, pos) if ent is not None else -1
        body = self.named_bodies.last_before(pos, self._known_person, after=at)
        if body is not None and pos - body[0] <= window:
            return body[1]
        return ent.name if ent is not None and at >= 0 and pos - at <= window else ""

    def _company_before_namesake(self, name: str, known: Entity, pos: int) -> bool:
        """"…, teilte Kellermann mit" where the text has introduced the company ("den Hersteller
        Kellermann") and names its chief "Dr. Heiner Kellermann" only later: the company speaks.
        Asked for a single word known as a person whose full name comes after ``pos``."""
        if self.lang == "en" or known.kind != "person" or " " in name or known.name == name:
            return False
        if any(e - s > len(name) and s < pos for s, e in known.mentions):
            return False  # the person was introduced before: the surname is his
        described = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)\s+" + re.escape(name) + r"(?![\w-])")
        return any(is_org_description_de(m.group(1)) for m in described.finditer(self.text, max(0, pos - 3000), pos))

    def _known_person(self, name: str) -> bool:
        ent = self.tracker.lookup(name)
        return ent is not None and ent.kind == "person"

    def _speakers(self) -> frozenset[str]:
        """Surnames seen next to a speech verb anywhere in the text (computed once)."""
        if self._speaker_set is None:
            self._speaker_set = frozenset(speaking_surnames(self.text, self.lang))
        return self._speaker_set

    def _people_of_unnamed_group(self, head: str, src: Source) -> bool:
        """"two diplomats from EU member countries": people of a group the text does not name
        (its last word is a common noun), who speak for none of its members."""
        org_words = src.organisation.split()
        return self.lang == "en" and head.endswith("s") and head[:-1] in PERSON_ROLE_WORDS_EN \
            and len(org_words) >= 2 and org_words[-1].islower() and org_words[-1].endswith("s")

    def _named_in_paragraph(self, ent: Entity, pos: int) -> bool:
        """``ent`` is named after ``pos`` in the same paragraph: a person named only in a later
        paragraph is no description's name given late."""
        first = min((s for s, _ in ent.mentions if s >= pos), default=-1)
        return first >= 0 and self.text.find(self.para_break, pos, first) < 0

    def _resolve_person(self, pos: int, head: str, src: Source) -> Entity | None:
        """The person a role description refers to: named before with that role, or named
        soon after ("Die Kanzlerin sprach … Bundeskanzlerin Angela Merkel"); a description
        tied to an organisation ("Bat spokeswoman") only to a person of it."""
        org = src.organisation.lower()
        hint = org.split()[0] if org else head
        if src.indefinite:
            # "a Chinese trade official said … Li Haiyan, deputy director …": a general word
            # may be the person named next; "a customs spokesperson … Li Kuiwen told" one
            # named without a role too; "ein Regierungssprecher" never the minister after him
            nxt = self.tracker.resolve_next(pos, "person", hint=hint, strict=bool(org),
                                            roleless=head not in _GENERAL_ROLES)
            if nxt is not None and pos > _LEAD_CHARS and not self._named_in_paragraph(nxt, pos):
                # "… a senior official said.\n\nSpokeswoman Hua Lin told …": another voice; only
                # a lead names its source in the paragraph below ("… says a Chinese trade
                # official.\nSino-German trade …, said Li Haiyan, deputy director …")
                return None
            return nxt
        ent = self.tracker.resolve(pos, "person", hint=hint, strict=True) or \
            self.tracker.resolve_next(pos, "person", hint=hint, strict=True)
        if ent is None and not org:
            # a person named without a role may be the one described; one known with another
            # role is not
            ent = self.tracker.resolve(pos, "person", hint=head, roleless=head.endswith(_OFFICE_WORDS)) or \
                self.tracker.resolve_next(pos, "person", speakers=self._speakers())
        elif ent is None and not _unnamed_body(src):
            # "Dem Direktor von CAR-Center … zufolge" right after the person was named, or
            # "the head of the DIHK … said" and a later sentence names him
            ent = self.tracker.resolve(pos, "person", window=400) or \
                self.tracker.resolve_next(pos, "person", window=800, speakers=self._speakers())
        if ent is not None and self._answers_here(ent, pos):
            return None  # "Schuster: … The economy minister said that …": someone she speaks of
        return ent

    def _answers_here(self, ent: Entity, pos: int) -> bool:
        """``pos`` stands in an interview answer of ``ent`` ("Schuster: Less lecturing. The
        economy minister said …"): a speaker never describes herself by a role."""
        para = self.text.rfind(self.para_break, 0, pos)
        para = para + len(self.para_break) if para >= 0 else 0
        colon = self.text.find(":", para, min(pos, para + 40))
        if colon < 0:
            return False
        label = self.text[para:colon].split()
        return 0 < len(label) <= 3 and label[-1] in ent.name.split()

    def _speaker_of(self, fr: _Frame, pos: int, last: tuple[str, str, str] | None,
                    body_pos: int = -1) -> tuple[str, str, str] | None:
        if fr.resolve_to == "last_person":
            ent = self.tracker.resolve(pos, "person")
            if ent is not None:
                return ent.name, ent.role, ent.organisation
            return last
        if fr.resolve_to.startswith("last_org_hint:"):
            noun = fr.resolve_to.split(":", 1)[1]
            head = _compound_body_head(noun)
            if head:
                unnamed = _RX_DE_UNNAMED_BODY.search(self.text, max(0, pos - 300), pos)
                if unnamed is not None:
                    # "… eines deutschen Chemiekonzerns eröffnet. Dort arbeiten nach
                    # Unternehmensangaben …": that unnamed company, no body named earlier
                    return unnamed.group(1).removesuffix("s"), "", ""
                # "nach Verbandsangaben" is "nach Angaben des Verbands": the association as
                # "der Verband" is resolved, never just the body named last
                return self.resolve_source(Source(description=head, kind="description"), pos, body_pos)
            return self._last_body(pos) or (noun, "", "")
        if fr.resolve_to.startswith("last_org_or_speaker:"):
            # "…, hieß es in einer Mitteilung": the body named last, whether it spoke or not
            return self._last_body(pos) or last or (fr.resolve_to.split(":", 1)[1], "", "")
        if fr.cue == "demnach":
            # "Das geht aus einer Umfrage der Handelskammer hervor. Demnach wollen …": the
            # study just named speaks for its author, whoever spoke last
            author = self.tracker.resolve(pos, "org", skip=_no_document_author)
            if author is not None:
                return author.name, author.role, author.organisation
        if fr.resolve_to == "last_any" or fr.source is None:
            return last
        return self.resolve_source(fr.source, pos, body_pos, unnamed=fr.resolve_to == "unnamed")

    def resolve_source(self, src: Source, pos: int, body_pos: int = -1,
                       unnamed: bool = False) -> tuple[str, str, str] | None:
        """Name, role and organisation of a parsed speaker phrase (registers named ones).

        ``body_pos`` is where a company's description may look back from when it is later than
        ``pos``: the end of the content of a frame that follows it; ``unnamed``: the text keeps
        the person anonymous, so a description is never resolved to a named person."""
        if src.kind == "pronoun":
            p = src.description.lower()
            if p in ("man",):
                return None
            if p in ("dieser", "letzterer"):
                # "Schwesig wurde von Minister Meyer begleitet. Dieser sagte, …": the one named last
                last = self.tracker.resolve(pos, "person")
                return (last.name, last.role, last.organisation) if last is not None else None
            want = "person" if p in ("er", "sie", "he", "she") and not src.is_plural else "org"
            gender = {"er": "m", "he": "m", "sie": "f", "she": "f"}.get(p, "") if want == "person" else ""
            if want == "person" and (unnamed_before := self._unnamed_person_just_before(pos)) is not None:
                return unnamed_before
            if want == "person" and self.lang == "de" and \
                    (described := self._described_subject_before(pos, gender)) is not None:
                return described
            ent = self._previous_subject(pos, gender) if want == "person" else None
            ent = ent or self.tracker.resolve(pos, want, gender=gender)
            if ent is None and want == "org":
                group = self._last_group_speaker(pos)
                if group is not None:
                    return group  # "the ministry said in a statement … It noted that …"
                body = self.named_bodies.last_before(pos, self._known_person)
                if body is not None:
                    return body[1], "", ""  # "Siemens Energy hat … , teilten sie mit"
                ent = self.tracker.resolve(pos, "person") if p in ("it",) else None
            if ent is None and want == "person":
                ent_speaker = self._last_person_speaker(pos)
                if ent_speaker is not None:
                    return ent_speaker
            if ent is None and self.lang == "de" and p in ("er", "sie"):
                # "Die Bundesbank rechnet mit … Für 2025 erwartet sie …": no person named before,
                # the body just named is "sie" (die Bank) or "er" (der Verband)
                near = self._body_just_before(pos, window=300)
                if near:
                    return near, "", ""
            if ent is None:
                return None if p in ("es", "it") else (src.description, "", "")
            return ent.name, ent.role, ent.organisation
        head_word = (src.name or src.description).split()[-1:]
        if head_word and head_word[0].lower() in _AUTHOR_WORDS:
            # "Its authors estimated …", "Die Autoren der Studie erwarten …": a study speaks
            # for the body that wrote it
            author = self._last_body(pos)
            if author is not None:
                return author
        if self.lang == "de" and head_word and _document_noun(head_word[0]) and src.organisation:
            return src.organisation, "", ""  # "laut einer Umfrage der AHK": the author speaks
        if src.name and src.name.lower() in NON_SOURCE_WORDS:
            return None  # "Q&A: “…”", "Interview: …": a label, not a source
        if src.name and self.lang == "de" and src.name in DE_NATIONALITY_NOUNS and not src.role \
                and self.tracker.lookup(src.name) is None:
            # "Der Schwede sprach von …": the person just quoted or named, never a speaker "Schwede"
            return self._focus_person(pos, "f" if src.name.endswith("in") else "m") or \
                (self._person_tuple(self.tracker.resolve(pos, "person")))
        if src.name:
            if src.role and not _plausible_role(src.role, self.lang):
                src.role, src.organisation = "", ""
            elif src.of_body_before and not src.organisation:
                src.organisation = self._body_just_before(pos)  # "Its chief executive, Oliver Blume"
            known = self.tracker.lookup(src.name)
            if known is not None and self._company_before_namesake(src.name, known, pos):
                return src.name, "", ""
            if known is not None:
                src.kind = known.kind
            ent = self.tracker.add(src)
            if ent is None:
                return src.name, src.role, src.organisation
            role = src.role or ent.role
            return ent.name, role if _plausible_role(role, self.lang) else ent.role, src.organisation or ent.organisation
        desc = src.description.strip()
        if not desc or desc.lower() in NON_SOURCE_WORDS:
            return None
        words = EN_DESCRIPTION_TAIL.split(desc)[0].split() if self.lang == "en" else desc.split()
        head = words[-1].lower() if words else ""
        definite = not src.description.lower().startswith(("a ", "an ", "ein ", "eine "))
        org_head = is_org_description_en(head) or is_org_description_de(head)
        person_head = head in PERSON_ROLE_WORDS_EN or _de_person_role(head)
        if src.organisation and org_head and self.lang == "en" and src.written.endswith(desc):
            # "China's commerce ministry said": the ministry speaks, not China; a later "the
            # ministry" is that ministry
            self.tracker.add(Source(name=src.written, role=desc, kind="org"), pos)
            return src.written, desc, src.organisation
        if src.organisation and org_head and self.lang != "en" and src.written.startswith(desc) \
                and not src.is_plural and not src.indefinite:
            # "Der Verband der Automobilindustrie bedauerte …": the body's own name, written
            # as its nominative phrase, not the genitive part alone ("Automobilindustrie")
            return src.written, "", ""
        if src.organisation and (org_head or not person_head) and not self._people_of_unnamed_group(head, src):
            return src.organisation, desc, src.organisation
        if self.lang == "en" and org_head and _RX_COMMON_POSSESSOR.match(desc):
            return desc, "", ""  # "the park's administrative committee": that body, as written
        if self.lang == "en" and org_head and definite and len(words) >= 2 and words[0][:1].isupper() \
                and "-" not in words[0] and not src.is_plural:
            # "The French foreign ministry said": a country's body, named as the article
            # names it, not the last body named ("the Paris-based think tank" is resolved)
            return " ".join(words), "", ""
        if self.lang == "en" and words and words[0].lower() in _EN_QUANTIFIERS:
            return desc, "", ""  # "one diplomat told Reuters": kept anonymous, never a named person
        if person_head and self.lang == "de" and head.endswith(_AGE_DESCRIPTIONS) and definite \
                and not src.is_plural and not unnamed:
            article = (src.written or src.description).split(" ", 1)[0].lower()
            focus = self._focus_person(pos, {"der": "m", "die": "f"}.get(article, ""))
            if focus is not None:
                return focus
        if person_head and not src.is_plural and not unnamed:
            same = self._same_unnamed_source(pos, head) if definite and not src.organisation else None
            if same is not None:
                titled = self.tracker.resolve(pos, "person", hint=head, strict=True)
                # "… Anja Seidel, a regional official … according to a government official. “…,”
                # the official said": the source quoted since the named one was last mentioned
                if titled is None or self.tracker.last_mention_before(titled, pos) < same[0]:
                    return same[1]
            ent = self._resolve_person(pos, head, src)
            if ent is not None:
                return ent.name, ent.role or desc, ent.organisation
        if org_head:
            ent = self.tracker.resolve_next(pos, "org", window=800) if src.indefinite else None
            if ent is None and definite and not src.indefinite:
                # "das Ministerium" -> the last "Handelsministerium" before the last organisation at all;
                # "der Verband" -> the association a person was named with ("Präsident des VDMA")
                ent = self.tracker.resolve(pos, "org", hint=head, strict=True)
                if ent is None and len(head) >= 4:
                    member = self.tracker.resolve(pos, "person", hint=head, strict=True)
                    if member is not None and head in member.organisation.lower():
                        return member.organisation, "", ""
                    named = named_body_before(self.text, self.lang, pos, head)
                    if named is not None:
                        return named, "", ""
                if ent is None and may_name_the_news_body(head):
                    # a company's description: the company named last, whether it spoke or
                    # not ("Peugeot hat … Wie die Franzosen mitteilten"), never a ministry
                    # that spoke in between
                    found = self._last_body(max(pos, body_pos), hint=head, skip=_is_state_body)
                    if found is not None:
                        return found
                elif ent is None:
                    # "die chinesische Regierung" is no chamber of commerce named before it;
                    # "the report" is its author's
                    ent = self.tracker.resolve(pos, "org", hint=head, strict=describes_a_state_body(head))
                ent = ent or self.tracker.resolve_next(pos, "org", window=800)
            if ent is not None:
                return ent.name, ent.role, ent.organisation
        label = src.written if src.written and not src.organisation else desc
        if src.organisation and src.organisation not in label:
            label = (src.written or f"{desc} {'for' if self.lang == 'en' else 'von'} {src.organisation}") \
                if person_head else desc
        return label, desc if person_head else "", src.organisation
