"""German sentence frames: reported speech without (or beside) quotation marks.

The speech verb after the content ("…, sagte Hofmann."), before it ("Er betonte, …"),
attribution phrases ("laut X", "X zufolge", "nach Angaben von X", "so X", "heißt es"),
and forecast verbs with a named subject ("geht davon aus, dass"; "Der Fiskalrat rechnet
mit …" is read in quote_forecasts_de).  German word order needs its own readers; the
Konjunktiv chains that continue a frame are followed by the finder itself.
"""

from __future__ import annotations

import re

from .german_nominative import de_nominative
from .konjunktiv import has_konjunktiv
from .name_words import DE_CAP, DE_FOR_FIELD, DE_ORG_NP, is_medium, is_role_de
from .quote_forecasts_de import RX_DE_NAME_APPOSITION_END, forecast_frame
from .quote_patterns import (
    _DE_HEISST_ES,
    _DE_HEISST_ES_FIRST,
    _DE_JOINED,
    _DE_LEADING_NP,
    _DE_LEADING_ZUFOLGE,
    _DE_PARTICLE_FINITE,
    _DE_POSTPOSED_FORECAST,
    _DE_VERB_FORMS,
    _DE_VERB_FORMS_ALT,
    _DE_VERB_RE,
    _KONJ_RE,
    _RX_DE_AUSGEHEN,
    _RX_DE_DAVON_AUS,
    _RX_DE_FORECAST,
    _RX_DE_FRAME_AFTER,
    _RX_DE_WIE_TOLD,
    _SENT_END,
    _document_noun,
    _Frame,
    _plural_sie,
    particle_closing,
    source_relative_start,
)
from .quote_sources_de import circles_frame, document_clause_frame
from .quote_spans import clause_prefix, content_start, trim_span
from .quote_speakers import SpeakerResolver
from .source_phrases import Source, parse_source
from .source_phrases_de import ADJUNCT_PREPS_DE
from .speech_cues import (
    DE_ADDENDUM_OPENERS,
    DE_ADVERBIAL_OPENERS,
    DE_CONDITIONAL_OPENERS,
    DE_FORECAST_VERBS,
    DE_OPINION_PHRASES,
    DE_SUBORDINATORS,
    DOCUMENT_WORDS,
    NON_SOURCE_WORDS,
    is_org_description_de,
)

# a speech verb right before "laut"
_RX_DE_VERB_BEFORE = re.compile(r"(?<![\w-])(?:" + _DE_VERB_FORMS_ALT + r")\s+$")
# a second finite verb of the same subject after the comma ("…, nannte aber keine Details")
_RX_DE_COORDINATED_VERB = re.compile(r"[a-zäöüß]+(?:te|ten|t)\s+(?:aber|jedoch|allerdings|zudem|dann)\b")
# the same with the verb's object or "sich" before the adverb: "bestätigte den Antrag, wollte
# sich zu Einzelheiten aber nicht äußern" (a refusal, no content; checked for Konjunktiv)
_RX_DE_COORDINATED_LATER = re.compile(r"[a-zäöüß]+(?:te|ten)\s+(?:sich\s+)?[^,;:]{0,40}?\s(?:aber|jedoch|allerdings)\s+"
                                      r"(?:nicht|keine|keinen|nichts)\b")
# a quotation closing right before the verb: "„Es ist klar“, sagte Kater, …"
_RX_QUOTATION_BEFORE_TAG = re.compile(r"[“”\"»«]\s*,\s*$")
# a name in commas after a speaker's description ("die Präsidentin des Verbands, Hildegard Müller,")
_RX_DE_NAME_THEN_COMMA = re.compile(r"([A-ZÄÖÜ][\w'-]+(?:\s+(?:von\s+der\s+|von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w'-]+){1,2}),\s*")


# adverbs between a postposed speech verb and its speaker ("…, warnt auch Peter Lindqvist")
_DE_FOCUS_ADVERBS = frozenset({"auch", "zudem", "ebenfalls", "dagegen", "hingegen", "jedoch", "allerdings", "indes",
                               "wiederum", "schließlich", "nun", "jetzt", "bereits", "ebenso"})


def _subordinate_before(before: str) -> bool:
    """The clause before the verb's comma is a subordinate one ("Auf die Frage, ob China die
    Subventionen zurückfahren werde, antwortete Zhang: …"): its Konjunktiv belongs to the
    question, so the verb opens a frame of its own rather than closing reported content."""
    parts = before.rstrip().rstrip(",").rsplit(",", 1)
    return len(parts) == 2 and bool(parts[0].strip()) and \
        parts[1].strip().split(" ", 1)[0].lower() in DE_SUBORDINATORS


def _looks_like_content(words: str) -> bool:
    """Fewer than three words left: what follows the name is no statement of its own."""
    return len(words.split()) < 3


# words in commas after the source of "nach Einschätzung von X", before the content: a role
# (", Chefökonom des …,"), an apposition (", dem größten Investor …,") or a relative clause
_RX_DE_APPOSITION = re.compile(r",\s+([^,;:]{2,100}?),\s+(?=[a-zäöüß])")


def _head_of_role(phrase: str) -> str:
    """The noun a role apposition opens with ("der frühere Chefökonom des …" -> "Chefökonom")."""
    return next((w for w in phrase.split() if w[:1].isupper()), "")


# a genitive name after a body's description ("der Deutschen Industrie", "der Automobilindustrie (VDA)")
_RX_DE_GENITIVE_NAME = re.compile(r"\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?" + DE_CAP
                                  + r"(?:\s+" + DE_CAP + r"){0,2}(?:\s+\([A-ZÄÖÜ][\w.&-]*\))?")
# "die Zölle als Fehler", up to a comma or the sentence end
_RX_DE_ALS_PHRASE = re.compile(r"[^,;:]{0,80}?\sals\s[^,;:]{2,80}")
_DE_WORDS_OF = r"mit\s+(?:den\s+Worten|der\s+Aussage|der\s+Einschätzung|der\s+Bemerkung)"
_RX_DE_QUOTED_PASSIVE = re.compile(r"(?P<who>[^,]{2,80}?)\s+(?:wurde|wird|wurden|werden)\s+(?:[^,]{0,80}?\s+)?"
                                   + _DE_WORDS_OF + r"\s+zitiert,\s+")
_RX_DE_QUOTED_ACTIVE = re.compile(r"\bzitierte?n?\s+(?P<who>[^,]{2,80}?)(?:,[^,]{2,80},)?\s+" + _DE_WORDS_OF + r",?\s+")
_RX_DE_GENITIVE_WORDS = re.compile(r"[Nn]ach\s+([A-ZÄÖÜ][\w-]+(?:s|')|[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+s)\s+"
                                   r"(?:Worten|Angaben|Einschätzung|Ansicht|Auffassung|Meinung|Schätzung|Darstellung)"
                                   r"\s*,?\s+")
_RX_DE_COMMA_DASS = re.compile(r",\s*dass\s+")
# finite forms that make a stretch a clause rather than an apposition
_RX_DE_FINITE_AUX = re.compile(r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|"
                               r"muss|müssen|soll|sollen|will|wollen|gibt|gab)\b")
_RX_DE_GEHT_ES_NACH = re.compile(r"[Gg]eht es nach\s+([^,]{2,60}),\s*")
# the nouns of "nach Angaben von X", "aus Sicht des Verbands", "nach X-angaben": no sentence
# without one of them is read with that (long) pattern
_DE_SOURCE_NOUNS = ("angaben", "ansicht", "schätzung", "auffassung", "meinung", "worten", "berechnungen",
                    "darstellung", "informationen", "sicht")


# a stance closed by a colon, the reported reasons after it (see _DE_STANCE_COLON for a quotation there)
_RX_DE_STANCE_THEN_COLON = re.compile(r"([^.!?:„“\"]{2,120}?)\s+(?:zeigte|zeigt|gab|gibt)\s+sich\s+[a-zäöüß]+"
                                      r"(?:\s+[a-zäöüß]+)?\s*(?::\s*(?=[A-ZÄÖÜ])|,\s*dass\s+)")
# a relative clause between the subject and its speech verb ("Die Kammer, die … vertritt, teilte mit")
_RX_DE_SUBJECT_RELATIVE = re.compile(r",\s*(?:der|die|das|dem|den|deren|dessen)\s+[^,]{2,100}?\s+[a-zäöüß]+,?\s*$")
# a relative clause opens with its pronoun and no noun ("…, der 24,9 Prozent behält", "…, die
# seit 2019 im Amt ist"); content opens with its subject ("…, die Zölle zu senken")
_RX_DE_RELATIVE_OPENING = re.compile(r",\s*(?:der|die|das)\s+(?:[a-zäöüß]|\d)")
_RX_DE_ZU_INFINITIVE_END = re.compile(r"\szu\s+[a-zäöüß]+$")
# a frame in mid-sentence: after the speaker, the content goes on with its (Konjunktiv) verb
# ("Die Kosten seien gestiegen, sagt Hauser, lägen aber …")
_RX_DE_MID_FRAME_GOES_ON = re.compile(r",\s+([a-zäöüß]+)\s")
# the medium spoken to, after the source's name in commas ("…, Siegfried Russwurm, der dpa")
_RX_DE_ADDENDUM = re.compile(r",\s+(?:" + "|".join(DE_ADDENDUM_OPENERS) + r")\s+[^,]*$")


def _without_addendum(rest: str) -> str:
    """The speaker's phrase without an addendum to the content after it ("er, auch über
    schwierige Themen" -> "er")."""
    m = _RX_DE_ADDENDUM.search(rest)
    return rest[:m.start()] if m is not None else rest


_RX_DE_MEDIUM_TOLD = re.compile(r",\s*(?:der|dem|den)\s+([^,]{2,60})$")


class GermanFrames(SpeakerResolver):
    def _frames_de(self, sent: str, s0: int) -> list[_Frame]:
        body_end = len(_SENT_END.sub("", sent))
        frames: list[_Frame] = []
        # 0. "…, hieß es (in der Mitteilung / aus dem Ministerium)."
        hm = _DE_HEISST_ES.search(sent[:body_end])
        lead = None if hm else _DE_HEISST_ES_FIRST.match(sent, 0, body_end)
        if hm or lead:
            # "…, hieß es in der Mitteilung." or, frame first, "In einer Mitteilung hieß es, …"
            if hm:
                cs, ce = trim_span(self.text, s0, s0 + hm.start())
                cs = content_start(self.text, cs, ce)
                g = 1 if hm.group(1) else 2
                where, w0 = hm.group(g), hm.start(g)
            else:
                assert lead is not None  # hm missed, so lead matched (the enclosing "hm or lead")
                cs, ce = trim_span(self.text, s0 + lead.end(), s0 + body_end)
                g = 1 if lead.group(1) else 2
                where, w0 = lead.group(g), lead.start(g)
            if ce - cs >= 8:
                src = parse_source(where, s0 + w0, "de") if where else None
                if src is not None and src.name and _document_noun(src.name.split()[-1]):
                    # "in der Mitteilung (des Ministeriums)": the document's author speaks
                    src = Source(description=src.name, organisation=src.organisation, kind="description")
                if src is not None and src.name:
                    if src.name.endswith("kreisen"):
                        src.name = src.name[:-1]  # "aus Regierungskreisen": the circles, named in the nominative
                    return [_Frame((cs, ce), src, "heißt es", "indirect", 0.75)]
                hint = src.description.split()[-1] if src is not None and src.description else ""
                if src is not None and src.organisation:
                    return [_Frame((cs, ce), Source(name=src.organisation, kind="org"), "heißt es", "indirect", 0.75)]
                return [_Frame((cs, ce), None, "heißt es", "indirect", 0.7,
                               ("last_org_or_speaker:" + hint) if hint else "last_any")]
        # 1. frame after the content: "…, sagte X." / "…, so X." / "…, teilte X mit."
        fa = self._de_frame_after(sent, body_end)
        if fa is not None:
            comma, phrase, p0, cue, goes_on = fa
            src = _plural_sie(parse_source(phrase, s0 + p0, "de"), cue.split(" ", 1)[0])
            if src.kind != "description" or src.description:
                cs, ce = trim_span(self.text, s0, s0 + comma)
                cs = content_start(self.text, cs, ce)
                verbatim = not self.has_marks and cue not in _DE_POSTPOSED_FORECAST
                kind = "direct" if verbatim else "indirect"
                frames.append(_Frame((cs, ce), src, cue, kind, 0.85))
                if goes_on >= 0:
                    # the content's second half after the frame, the same speaker's
                    frames.append(_Frame(trim_span(self.text, s0 + goes_on, s0 + body_end), src, cue, kind, 0.75))
                return frames
        # 2a. "X wurde (von Y) mit den Worten zitiert, …", "Y zitierte X mit den Worten, …": X speaks
        if "zitier" in sent:
            zm = _RX_DE_QUOTED_PASSIVE.match(sent, 0, body_end) or _RX_DE_QUOTED_ACTIVE.search(sent, 0, body_end)
            if zm is not None:
                src = parse_source(zm.group("who"), s0 + zm.start("who"), "de")
                cs, ce = trim_span(self.text, s0 + zm.end(), s0 + body_end)
                if (src.name or src.description or src.kind == "pronoun") and ce - cs >= 8:
                    return [_Frame((cs, ce), src, "mit den Worten zitiert", "indirect", 0.75)]
        # 2. attribution phrases
        fr = self._de_attribution(sent, s0, body_end)
        if fr is not None:
            return [fr]
        # 3. frame first: speech verb with content after comma / dass / colon
        for vm in _DE_VERB_RE.finditer(sent, 0, body_end):
            fr = self._de_frame_first(sent, s0, body_end, vm)
            if fr is not None:
                return [fr]
        # 4. a stance, then its reasons in Konjunktiv after a colon: "Habeck zeigte sich
        # zuversichtlich: Die Talsohle sei erreicht."
        sm = _RX_DE_STANCE_THEN_COLON.match(sent, 0, body_end)
        if sm is not None and (has_konjunktiv(sent[sm.end():body_end]) or sm.group(0).rstrip().endswith("dass")):
            # (also "Mair zeigte sich überzeugt, dass China …": the stance's content clause)
            src = parse_source(clause_prefix(sm.group(1))[0].strip(), s0 + sm.start(1), "de")
            cs, ce = trim_span(self.text, s0 + sm.end(), s0 + body_end)
            if (src.name or src.description or src.kind == "pronoun") and ce - cs >= 8:
                return [_Frame((cs, ce), src, "zeigte sich", "indirect", 0.6)]
        # 5. a statement closed by where it comes from: "Die Inflation ist auf 2,2 Prozent
        # gesunken, wie Eurostat am Freitag mitteilte."
        wm = _RX_DE_WIE_TOLD.search(sent, 0, body_end)
        if wm is not None:
            src = parse_source(wm.group(1), s0 + wm.start(1), "de")
            cs, ce = trim_span(self.text, s0, s0 + wm.start())
            cs = content_start(self.text, cs, ce)
            if (src.name or (src.description and src.kind != "pronoun")) and ce - cs >= 8 \
                    and sent.split(" ", 1)[0].lower() not in DE_SUBORDINATORS:
                return [_Frame((cs, ce), src, f"wie … {wm.group(2)}", "indirect", 0.7)]
        return frames
    def _de_frame_after(self, sent: str, body_end: int) -> tuple[int, str, int, str, int] | None:
        """The frame after (part of) the content: comma, speaker phrase, its offset, the cue and
        where the content goes on after a frame in mid-sentence ("…, sagt Hauser, lägen aber
        …"), else -1."""
        best: tuple[int, str, int, str, int] | None = None
        for m in _RX_DE_FRAME_AFTER.finditer(sent[:body_end]):
            rest = sent[m.end():body_end]
            cont = _RX_DE_MID_FRAME_GOES_ON.search(rest)
            goes_on = -1
            if cont is not None and _KONJ_RE.fullmatch(cont.group(1)) and len(rest[:cont.start()].split()) <= 6:
                goes_on = m.end() + cont.start(1)  # "…, sagt Hauser, lägen aber …": the content goes on
                rest = rest[:cont.start()]
            elif "," in rest:
                rest = _without_addendum(rest)  # "…, sagte er, auch über schwierige Themen"
            told = _RX_DE_MEDIUM_TOLD.search(rest)
            if told is not None and is_medium(told.group(1)) and len(told.group(1).split()) <= 4:
                rest = rest[:told.start()]  # "…, sagte der Präsident des BDI, Siegfried Russwurm, der dpa"
            described = source_relative_start(rest)
            if described is not None and len(rest[:described].split()) <= 8:
                rest = rest[:described]  # "…, sagte Russwurm, der seit 2021 BDI-Präsident ist": who he is
            if len(rest) > 160 or re.search(r"\b(dass|ob)\b|,\s*(?:dass|wer|wie|was|der|die|das)\b", rest):
                continue
            if ":" in rest:
                continue  # "…, sagte Blume: „Nein.“": the verb opens what follows the colon
            first = rest.split(" ", 1)[0]
            if first in _DE_FOCUS_ADVERBS and rest[len(first) + 1:len(first) + 2].isupper():
                # "…, warnt auch Peter Lindqvist, Analyst …": the adverb stands before the speaker
                rest = rest[len(first) + 1:]
                first = rest.split(" ", 1)[0]
            if not rest or not (rest[0].isupper() or first in (
                    "er", "sie", "der", "die", "das", "sein", "ihr", "seine", "ihre", "ein", "eine")
                    or (first in ADJUNCT_PREPS_DE and len(rest.split()) >= 4)):
                continue  # ("…, sagte am Rande der Messe Bosch-Chef X": the adjunct first)
            cue = m.group(1) or m.group(2)
            if cue in _DE_PARTICLE_FINITE and cue not in _DE_VERB_FORMS:
                particle = particle_closing(cue, rest.strip())
                if particle is None:
                    continue
                rest = re.sub(r"\s*\b" + particle + r"$", "", rest.strip())
                cue = f"{cue} … {particle}"
            if RX_DE_NAME_APPOSITION_END.search(sent, 0, m.start()):
                continue  # "Der Botschafter in Berlin, Deng Hongbo, lobte …": the subject, not content
            if len(sent[:m.start()].split()) <= 2 and not _KONJ_RE.search(sent, 0, m.start()):
                continue  # "Darauf angesprochen, sagte Aiwanger, man müsse …": an adverbial, no statement
            if sent.split(" ", 1)[0].lower() in DE_SUBORDINATORS:
                continue  # "Während Scholz warnte, forderten …": a subordinate clause is no statement
            best = (m.start(), rest, m.end(), cue, goes_on)
        return best
    def _de_attribution(self, sent: str, s0: int, body_end: int) -> _Frame | None:
        text = self.text
        def whole_sentence() -> tuple[int, int]:
            cs, ce = trim_span(text, s0, s0 + body_end)
            return content_start(text, cs, ce), ce

        low = sent[:body_end].lower()
        fr = document_clause_frame(self.text, sent, s0, body_end) if "hervorg" in low else None
        if fr is None and "kreisen" in low:
            fr = circles_frame(self.text, sent, s0, body_end)
        if fr is not None:
            return fr
        # laut X
        m = "laut " in low and re.search(r"(?<![\w-])([Ll]aut)\s+((?:(?:der|des|dem|den|die|einer|einem)\s+)?(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,2}(?:" + DE_CAP + r")(?:\s+" + DE_CAP + r"){0,3}" + DE_FOR_FIELD
                                        + r"(?:\s+\([A-ZÄÖÜ][\w.&-]*\))?)", sent[:body_end])
        if m and not any(m.group(2).lower().rstrip(".").endswith(w) for w in DOCUMENT_WORDS) \
                and not (m.start() == 0 and _DE_VERB_RE.match(sent, m.end() + 1)) \
                and not _RX_DE_VERB_BEFORE.search(sent, max(0, m.start() - 24), m.start()):
            # ("Philipp sagte laut Redetext, …": the text he read from is no source of its own)
            # ("Laut Reuters sagte Max Brandt, dass …": the medium reports, the one who said it speaks)
            phrase, end = m.group(2), m.end()
            gm = _RX_DE_GENITIVE_NAME.match(sent, end, body_end)
            if gm is not None and is_org_description_de(phrase.split()[-1]):
                # "Laut dem Bundesverband der Deutschen Industrie": the genitive is part of the name
                phrase, end = sent[m.start(2):gm.end()], gm.end()
            elif gm is not None and _document_noun(phrase.split()[-1]):
                # "Laut einer Umfrage der Kammer": the survey speaks for its author
                phrase, end = sent[m.start(2):gm.end()], gm.end()
            src = parse_source(phrase, s0 + m.start(2), "de")
            if m.start() == 0 or sent[:m.start()].strip() in ("",):
                cs = s0 + end
                cs, ce = trim_span(text, cs, s0 + body_end)
                if sent[end:end + 2].startswith(","):
                    cs += 1
                cs, ce = trim_span(text, cs, ce)
                return _Frame((cs, ce), src, "laut", "indirect", 0.8)
            return _Frame(whole_sentence(), src, "laut", "indirect", 0.8)
        # X zufolge
        m = "zufolge" in low and re.search(r"((?:(?:der|des|dem|den|die)\s+)?(?:[A-ZÄÖÜ][\w.&-]*\s+){0,3}[A-ZÄÖÜ][\w.&-]*)\s+zufolge\b", sent[:body_end])
        if m and _RX_DE_VERB_BEFORE.search(sent, max(0, m.start() - 24), m.start()):
            m = None  # "Li sagte der Agentur Xinhua zufolge, …": the agency reports, Li speaks
        if m:
            phrase = m.group(1)
            lead = _DE_LEADING_ZUFOLGE.match(sent)
            if lead and lead.end(1) == m.end(1):
                phrase = lead.group(1)  # "Dem Direktor von CAR-Center … in Duisburg zufolge": the whole phrase
            span = whole_sentence()
            if not sent[:m.start(1)].strip() or (lead and lead.end(1) == m.end(1)):
                span = trim_span(text, s0 + m.end(), s0 + body_end)  # "Dem VDA zufolge haben …": after the frame
            if phrase.split()[-1] == "Angaben":
                return _Frame(span, None, "den Angaben zufolge", "indirect", 0.7, "last_any")
            return _Frame(span, parse_source(phrase, s0 + m.start(1), "de"), "zufolge", "indirect", 0.8)
        # nach Angaben von X / nach X-angaben / nach ihren Angaben
        # (also "laut Angaben des Verbands", "Laut Unternehmensangaben": "laut" above leaves
        # the documents to this reading)
        m = ("nach " in low or "aus sicht" in low or "laut " in low) and any(w in low for w in _DE_SOURCE_NOUNS) and re.search(r"(?<![\w-])(?:[Nn]ach|[Aa]us|[Ll]aut)\s+(?:(ihren|seinen|eigenen)\s+Angaben|(?:Angaben|Ansicht|Einschätzung|Auffassung|Meinung|Worten|Schätzung|Schätzungen|Berechnungen|Darstellung|Informationen|Sicht)\s+(?:von|des|der|vom)\s+(" + DE_ORG_NP + r")|([A-ZÄÖÜ][\w-]*)angaben)(?![\w-])", sent[:body_end])
        if m and _RX_DE_VERB_BEFORE.search(sent, max(0, m.start() - 24), m.start()):
            m = None  # "He sagte nach Angaben der Agentur Xinhua, …": the agency reports, he speaks
        if m:
            at_start = m.start() == 0
            span = (trim_span(text, s0 + m.end(), s0 + body_end) if at_start else whole_sentence())
            appos = _RX_DE_APPOSITION.match(text, s0 + m.end(), s0 + body_end) if at_start else None
            if appos is not None:
                # "Nach Einschätzung von Max Zenglein, Chefökonom des …, sehen …", "Nach Angaben
                # des Bundesamts, das …, sanken …": an apposition or a relative clause describes
                # the source; the content follows it
                span = trim_span(text, appos.end(), s0 + body_end)
                if m.group(2) and is_role_de(_head_of_role(appos.group(1))) \
                        and parse_source(m.group(2), s0 + m.start(2), "de").kind == "person":
                    src = parse_source(text[s0 + m.start(2):appos.end(1)], s0 + m.start(2), "de")
                    return _Frame(span, src, "nach Angaben", "indirect", 0.8)
            if at_start and text[span[0]:span[0] + 1] == ",":
                span = trim_span(text, span[0] + 1, span[1])
            if m.group(1) in ("ihren", "seinen"):
                return _Frame(span, None, "nach Angaben", "indirect", 0.75, "last_person")
            if m.group(1) == "eigenen" and not at_start:
                # "Der Konzern hat dort nach eigenen Angaben … investiert": the sentence's own
                # subject speaks for itself, not whoever was quoted last
                own0 = sent.rfind(". ", 0, m.start()) + 2 if ". " in sent[:m.start()] else 0
                lead = _DE_LEADING_NP.match(sent, own0, m.start())
                if lead is not None and lead.group(1).split(" ", 1)[0].lower() not in DE_ADVERBIAL_OPENERS \
                        and len(sent[lead.end():m.start()].split()) <= 3:
                    own = parse_source(lead.group(1).strip().rstrip(","), s0 + own0, "de")
                    if own.name or (own.kind == "description" and own.description
                                    and own.description.split()[-1][:1].isupper()):
                        return _Frame(span, own, "nach eigenen Angaben", "indirect", 0.75)
            if m.group(2):
                src = parse_source(m.group(2), s0 + m.start(2), "de")
                article = sent[:m.start(2)].rstrip().rsplit(" ", 1)[-1]
                if src.name and article in ("des", "der") and src.kind != "person":
                    src.name = de_nominative(src.name, article)  # "des Ifo-Instituts" -> "Ifo-Institut"
                return _Frame(span, src, "nach Angaben", "indirect", 0.8)
            if m.group(3):
                noun = m.group(3)
                src = Source(description=noun, kind="description")
                return _Frame(span, src, "nach Angaben", "indirect", 0.65,
                              "last_org_hint:" + noun)
            return _Frame(span, None, "nach Angaben", "indirect", 0.6, "last_any")
        # "Nach Treiers Worten …", "Nach Müllers Einschätzung …": the name in the genitive
        gm = _RX_DE_GENITIVE_WORDS.match(sent, 0, body_end) if "nach " in low else None
        if gm is not None:
            cs, ce = trim_span(text, s0 + gm.end(), s0 + body_end)
            if ce - cs >= 8:
                name = gm.group(1)[:-1] if gm.group(1).endswith("s") else gm.group(1)
                return _Frame((cs, ce), parse_source(name, s0 + gm.start(1), "de"), "nach den Worten", "indirect", 0.75)
        # seiner Ansicht nach / geht es nach X / demnach
        for phrase in DE_OPINION_PHRASES if " nach" in sent else ():
            i = sent.find(phrase)
            if 0 <= i < body_end:
                return _Frame(whole_sentence(), None, phrase, "indirect", 0.7, "last_person")
        m = _RX_DE_GEHT_ES_NACH.match(sent) if "eht es nach" in sent else None
        if m:
            cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
            return _Frame((cs, ce), parse_source(m.group(1), s0 + m.start(1), "de"), "geht es nach", "indirect", 0.75)
        if "demnach" in low and re.search(r"(?<![\w-])[Dd]emnach(?![\w-])", sent[:body_end]):
            return _Frame(whole_sentence(), None, "demnach", "indirect", 0.6, "last_any")
        # forecast verbs with a named subject: "Der Fiskalrat rechnet mit …", "… erwartet JBC Energy …"
        for vm in _RX_DE_FORECAST.finditer(sent[:body_end]):
            fr = forecast_frame(self.text, self.tracker, sent, s0, body_end, vm)
            if fr is not None:
                return fr
        m = "davon aus" in sent and _RX_DE_DAVON_AUS.search(sent[:body_end])
        if m:
            pre = sent[:m.start()].strip()
            holder = parse_source(pre, s0, "de") if pre else (
                parse_source(m.group(1), s0 + m.start(1), "de") if m.group(1).strip() else None)
            if holder is not None and (holder.name or holder.kind == "pronoun" or holder.description) and not (
                    holder.kind == "pronoun" and holder.description.lower() == "man"):
                cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                if ce - cs >= 8:
                    return _Frame((cs, ce), holder, "geht davon aus", "indirect", 0.6)
        m = _RX_DE_AUSGEHEN.search(sent[:body_end]) if sent[:body_end].endswith("aus") else None
        if m:
            pre = sent[:m.start()].strip()
            holder = parse_source(pre, s0, "de") if pre else None
            if holder is not None and (holder.name or holder.kind == "pronoun"):
                cs, ce = trim_span(text, s0 + m.start(3), s0 + m.end(3))
                return _Frame((cs, ce), holder, "geht von … aus", "indirect", 0.6)
        return None
    def _coordinated_verb(self, after: str, at: int) -> bool:
        """A second verb of the subject follows the comma ("nannte aber keine Details",
        "wollte sich zu Einzelheiten aber nicht äußern"): the sentence reports no content."""
        if _RX_DE_COORDINATED_VERB.match(after, at):
            return True
        later = _RX_DE_COORDINATED_LATER.match(after, at)
        return later is not None and not has_konjunktiv(later.group(0))
    def _de_frame_first(self, sent: str, s0: int, body_end: int, vm: re.Match[str]) -> _Frame | None:
        verb = vm.group(1)
        if verb in DE_FORECAST_VERBS and verb not in _DE_VERB_FORMS:
            return None
        before = sent[:vm.start()]
        after = sent[vm.end():body_end]
        if before.rstrip().endswith(",") and _KONJ_RE.search(before) and not _subordinate_before(before):
            return None  # "Das sei ein Schritt, sagte Russwurm, der …": a frame after its content, not before
        if verb.startswith("bezeichne") and _RX_DE_ALS_PHRASE.match(after):
            fr = self._de_bezeichnet_als(sent, s0, vm, after)
            if fr is not None:
                return fr
        # content begins after ", dass" / "," / ":" following the verb (and its subject/object)
        cm = re.search(r"(?:,\s*(?:dass\s+)?|\s+dass\s+|:\s*" + (r"|\s+von\s+(?=\d))" if verb.startswith(("sprach", "spricht")) else ")"), after)
        if not cm or cm.start() > 80:
            von = re.match(r"\s+von\s+", after) if verb.startswith(("sprach", "spricht")) else None
            if von is None:
                return None
            cm = von
        dm = _RX_DE_COMMA_DASS.search(after, cm.end(), cm.end() + 160) if cm.group(0).strip() == "," else None
        if dm is not None and not has_konjunktiv(after[cm.end():dm.start()]) \
                and not _RX_DE_FINITE_AUX.search(after, cm.end(), dm.start()):
            cm = dm  # "sagte Max Brandt, Gründer des Beratungshauses X, dass …": past the apposition
        if cm.group(0).strip() == "," and self._coordinated_verb(after, cm.end()):
            return None  # "bestätigte Gespräche, nannte aber keine Details": a second verb, no content
        if cm.group(0).strip() == "," and self._source_described(after, cm.start()):
            return None  # "„…“, sagte Hellmann, der 24,9 Prozent behält": who speaks, no content
        if cm.group(0).strip() == ",":
            named = _RX_DE_NAME_THEN_COMMA.match(after, cm.end())
            if named is not None and not _looks_like_content(after[named.end():]):
                # "erklärte die Präsidentin des Verbands, Hildegard Müller, die Zölle seien …": the
                # name in commas belongs to the subject; the content follows it
                cm = re.compile(r",\s*").match(after, named.end(1)) or cm
        between = after[:cm.start()]
        if between.endswith(" zu bedenken"):
            between = between[: -len(" bedenken")]  # "gab zu bedenken, dass …" like "gab zu, dass …"
        particles = _DE_PARTICLE_FINITE.get(verb, ())
        closing = particle_closing(verb, between.strip()) if particles else None
        if particles and verb not in _DE_VERB_FORMS and closing is None:
            return None
        particle = closing or (particles[0] if particles else None)
        if verb.startswith(("sprach", "spricht")) and "von" not in cm.group(0) and not between.strip().endswith("von"):
            return None
        if verb.startswith(("bezeichne",)) and not re.search(r"(?i)\bals\b", before + between):
            return None
        if verb.startswith(("verwies", "verweist")) and "darauf" not in between:
            return None
        if verb in ("hieß", "heißt"):
            return None
        if verb.startswith("äußer") and "dass" not in cm.group(0) and ":" not in cm.group(0):
            return None  # "äußerte sich X, Leiter …": an apposition, not content
        clause, coff = clause_prefix(before)
        stripped = clause.strip()
        wie = re.match(r"(?:[Ww]ie|[Ss]o)\s+(.+)$", stripped)
        if wie and particle is None and verb not in _DE_JOINED and between.strip():
            wie = None  # "So sagte er, …": an adverb; "Wie Zenglein betonte, …" ends its clause at the verb
        first_word = stripped.split(" ", 1)[0].lower().strip(",") if stripped else ""
        if verb in _DE_JOINED or (wie and stripped.endswith(wie.group(1))) or (wie and not between.strip()):
            if not wie:
                return None
            phrase, p0 = wie.group(1), coff + clause.find(wie.group(1))
        elif not stripped or first_word in DE_ADVERBIAL_OPENERS or first_word in ("dem", "den") \
                or (first_word in DE_SUBORDINATORS and before.rstrip().endswith(",")) \
                or _RX_QUOTATION_BEFORE_TAG.search(before):
            # ("„Es ist klar“, sagte Kater, „dass …“": the tag inside a quotation, its subject after it)
            # ("Auf die Frage, ob …, sagte Blume: …": a subordinate clause stands first, the subject follows)
            # ("Dem „Handelsblatt“ sagte Blume, …": a dative or an object stands first, the subject follows)
            # inversion: the subject follows the verb ("mahnte Hofmann, …", "meinte er, dass")
            subj = re.sub(r"^\s*(?:sich\s+|es\s+)+", "", between)
            subj = re.sub(r"\s+(?:darauf|" + (particle or "mit") + r")$", "", subj.strip())
            if not subj:
                return None
            phrase, p0 = subj, vm.end() + between.find(subj)
        else:
            phrase, p0 = stripped, coff + clause.find(stripped)
            if "," in phrase and not re.search(r"[A-ZÄÖÜ]", phrase.split(",")[0]):
                return None
            relative = _RX_DE_SUBJECT_RELATIVE.search(phrase)
            if relative is not None:
                phrase = phrase[:relative.start()]  # "Die Kammer, die rund 2.000 Mitglieder vertritt, teilte mit"
            elif phrase.rstrip().endswith(",") and first_word in DE_CONDITIONAL_OPENERS:
                # "Sollte es zu einem Konflikt kommen, drohten Abschreibungen, warnt …": a
                # conditional before the comma is reported content, no subject; the verb's speaker
                # follows it
                return None
        src = _plural_sie(parse_source(phrase, s0 + p0, "de"), verb)
        if src.kind == "description" and (not src.description or src.description.split()[0].lower() in NON_SOURCE_WORDS):
            return None
        cs, ce = trim_span(self.text, s0 + vm.end() + cm.end(), s0 + body_end)
        if ce - cs < 8:
            return None
        return _Frame((cs, ce), src, verb if not particle or verb in _DE_VERB_FORMS else f"{verb} … {particle}",
                      "indirect", 0.8)


    @staticmethod
    def _source_described(after: str, comma: int) -> bool:
        """After an inverted frame ("sagte Hellmann"), the comma opens a relative clause about
        the speaker ("…, der 24,9 Prozent behält"), not the content: the pronoun is followed by
        no noun, the clause closes with its verb, not with a "zu" infinitive ("kündigte an,
        die Zölle zu senken"), and a name stands between the verb and the comma."""
        return after[:comma].strip()[:1].isupper() and source_relative_start(after) == comma \
            and _RX_DE_RELATIVE_OPENING.match(after, comma) is not None \
            and not _RX_DE_ZU_INFINITIVE_END.search(after)
    def _de_bezeichnet_als(self, sent: str, s0: int, vm: re.Match[str], after: str) -> _Frame | None:
        """"Müller bezeichnete die Zölle als Fehler": the words from the verb to the end of the
        "als" phrase are the statement, the subject before the verb its speaker; "…, sagte
        aber nichts" after a comma is no part of it."""
        am = _RX_DE_ALS_PHRASE.match(after)
        stripped = sent[:vm.start()].strip()
        if am is None or not stripped or stripped.split(" ", 1)[0].lower() in DE_ADVERBIAL_OPENERS:
            return None
        src = parse_source(clause_prefix(stripped)[0].strip(), s0, "de")
        if not (src.name or (src.kind == "pronoun" and src.description.lower() != "man") or src.description):
            return None
        cs, ce = trim_span(self.text, s0 + vm.end(), s0 + vm.end() + am.end())
        if ce - cs < 8 or self.text[cs:ce].lower().startswith("sich "):
            return None  # "bezeichnete sich als Optimistin": about the speaker, no claim
        return _Frame((cs, ce), src, vm.group(1) + " … als", "indirect", 0.7)
