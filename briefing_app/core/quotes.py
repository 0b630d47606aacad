"""Quotes: direct speech in quotation marks and reported speech through cues.

Why rules and in this order (see ``shared/corpus/GUIDELINES.md`` for the span rules):

1. Quotation-mark pairs are found over the whole text first, because a pair may span
   several sentences and its frame ("…", sagte sie / she said: "…") sits outside it.
2. Each sentence is then read for a frame: a speech verb after the content
   ("…, sagte Hofmann."), before it ("Er betonte, …", "X said (that) …"), an attribution
   phrase ("laut X", "X zufolge", "nach Angaben von X", "according to X", "so X"), or a
   forecast verb with a named subject ("Der Fiskalrat rechnet mit …").  The span is the
   reported content only; a frame inside the sentence keeps the whole sentence.
3. A German sentence without a frame that is in Konjunktiv I/II right after reported
   speech continues it (same speaker); one in the first person, or opened by "Deshalb",
   "Aber" …, right after a quote is taken as a verbatim continuation.  German texts whose
   quotation marks were lost are thereby still covered.
4. Speakers are parsed from the frame's noun phrase and resolved through
   :class:`~briefing_app.core.people.EntityTracker` ("er", "der Ökonom", "Mr Xie").

Every suggestion names the cue that fired and a confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .people import Entity, EntityTracker, Source, de_nominative, parse_source, speaking_surnames
from .quote_marks import Marked, find_marked, next_opening
from .quote_spans import clause_prefix, content_start, dedupe, trim_span
from .results import QuoteSuggestion
from .speech_cues import (
    DE_ADVERBIAL_OPENERS,
    DE_AUSGEHEN,
    DE_CONTINUATION_OPENERS,
    DE_FIRST_PERSON,
    DE_FORECAST_NEEDS,
    DE_FORECAST_VERBS,
    DE_KONJ_I_FOLLOWERS,
    DE_KONJ_I_NOT_VERBS,
    DE_KONJUNKTIV,
    DE_OPINION_PHRASES,
    DE_PARTICLE_VERBS,
    DE_QUOTE_FRAME_VERBS,
    DE_SPEECH_VERBS,
    DOCUMENT_WORDS,
    EN_CALL_VERBS,
    EN_FORECAST_VERBS,
    EN_LEAD_ADVERBIALS,
    EN_PARTICIPLE_FRAMES,
    EN_PASSIVE_AUX,
    EN_QUOTE_FRAME_VERBS,
    EN_SPEECH_VERBS,
    NON_SOURCE_WORDS,
    ORG_DESCRIPTION_WORDS_DE,
    ORG_DESCRIPTION_WORDS_EN,
    PERSON_ROLE_WORDS_EN,
    TITLES,
)


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first (memoised: built once per word set)."""
    return _alt_cached(frozenset(words))


@lru_cache(maxsize=64)
def _alt_cached(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_DE_VERB_FORMS = {f for forms in DE_SPEECH_VERBS.values() for f in forms} - {"hieß", "heißt"}
_DE_PARTICLE_FINITE = {f: p for forms, p in DE_PARTICLE_VERBS.values() for f in forms}
_DE_JOINED = {p + f for forms, p in DE_PARTICLE_VERBS.values() for f in forms}  # "mitteilten"
_DE_JOINED |= {p + f.removeprefix("teil") for forms, p in DE_PARTICLE_VERBS.values() for f in forms}
_DE_VERB_RE = re.compile(r"(?<![\w-])(" + _alt(_DE_VERB_FORMS | _DE_JOINED | set(DE_FORECAST_VERBS) | set(_DE_PARTICLE_FINITE)) + r")(?![\w-])")
_EN_VERB_RE = re.compile(r"(?<![\w-])(" + _alt(EN_SPEECH_VERBS | EN_CALL_VERBS | EN_FORECAST_VERBS) + r"|pointed out|points out)(?![\w-])")
_KONJ_RE = re.compile(r"(?<![\w-])(" + _alt(DE_KONJUNKTIV) + r")(?![\w-])")
_KONJ_IERE = re.compile(r"(?<![\w-])[a-zäöü]{3,}iere(?![\w-])")
_KONJ_I_SLOT = re.compile(r"(?<![\w-])([a-zäöüß]{3,}e)(?=\s*[,.;:!?]|\s*$|\s+(?:"
                          + _alt(DE_KONJ_I_FOLLOWERS) + r"|\d)(?![\w-]))")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_ARTICLE_WORDS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                  "kein", "keine", "keiner", "diese", "dieser", "jede", "jeder", "seine", "ihre", "sehr", "so",
                  "zu", "am", "ganz", "besonders", "wie"}
_FIRST_PERSON_RE = re.compile(r"(?<![\w-])(" + _alt(DE_FIRST_PERSON) + r")(?![\w-])")
# alternations used inside per-sentence patterns, built once
_DE_FRAME_VERBS_ALT = _alt(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE))
_DE_VERB_FORMS_ALT = _alt(_DE_VERB_FORMS)
_DE_FORECAST_ALT = _alt(DE_FORECAST_VERBS)
_DE_AUSGEHEN_ALT = _alt(DE_AUSGEHEN)
_EN_SPEECH_ALT = _alt(EN_SPEECH_VERBS)
_EN_FINITE_ALT = _alt(EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES)
_EN_FINITE_NO_FORECAST_ALT = _alt(EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES - EN_FORECAST_VERBS)
_EN_CALL_ALT = _alt(EN_CALL_VERBS)
_EN_MARKS_ALT = _alt(EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES | EN_QUOTE_FRAME_VERBS)
_DE_MARKS_ALT = _alt(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE) | DE_QUOTE_FRAME_VERBS)
_RX_EN_AFTER_MARKS = re.compile(r"\s*,?\s*(?:(" + _EN_MARKS_ALT + r"|according\s+to)\s+(.{2,160}?)\s*[.!?]?\s*$|((?:[A-Z]|he\b|she\b|it\b|they\b|the\b|a\b|an\b|one\b|two\b|three\b|some\b|several\b|many\b|another\b|his\b|her\b|its\b|their\b)(?:[^\"“”.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs|\bPro|\bGov|\bSen|\bRep)\.|(?<=\bDr)\.|(?<=\bProf)\.){0,140}?)\s+(?:has\s+|had\s+)?("
                         + _EN_MARKS_ALT + r"))(?=[\s.,;:]|$)")
_RX_DE_AFTER_MARKS = re.compile(r"\s*,?\s*(?:(so)\s+(.{2,120}?)|(" + _DE_MARKS_ALT + r")\s+(?:sich\s+)?(.{2,160}?))\s*(?:[.!?]|$)")
# "…, erwartet Ökonom X.": a forecast verb closing the sentence frames it like "sagte"
_DE_POSTPOSED_FORECAST = {"erwartet", "erwartete", "erwarten", "erwarteten", "schätzt", "schätzte", "schätzen",
                          "prognostiziert", "prognostizierte", "prognostizieren", "vermutet", "vermutete"}
_RX_DE_FRAME_AFTER = re.compile(r"[,:]\s+(?:(so)\s+|(" + _alt(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE) | _DE_POSTPOSED_FORECAST)
                                + r")\s+(?:sich\s+)?(?:es\s+)?)")
_RX_DE_FORECAST = re.compile(r"(?<![\w-])(" + _DE_FORECAST_ALT + r")(?![\w-])")
_RX_DE_DAVON_AUS = re.compile(r"(?<![\w-])(?:" + _DE_AUSGEHEN_ALT + r")\s+(.{0,60}?)\s*davon\s+aus,\s+dass\s+")
_RX_DE_AUSGEHEN = re.compile(r"(?<![\w-])(" + _DE_AUSGEHEN_ALT + r")\s+(.{2,80}?)\s+von\s+(.+)\s+aus$")
_RX_EN_FRAME_AFTER = re.compile(r",\s+(?:according\s+to\s+(.{2,140}?)|(" + _EN_FINITE_ALT +
                      r")\s+([^,]{2,120}?)(?:,\s+[a-z][^,]*)?|([^,\"]{2,90}?)\s+(?:has\s+|had\s+|have\s+)?(" +
                      _EN_FINITE_ALT + r")(?:\s+(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,4}(?:'s\s+[\w ]{2,40})?)?)\s*$")
_RX_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
_RX_ACCORDING_TO_LEAD = re.compile(r"(?:[A-Z]\w*\s+)?[Aa]ccording\s+to\s+([^,]{2,120}),\s*")
_RX_ACCORDING_TO_INSIDE = re.compile(r",?\s+according\s+to\s+([^,]{2,120}?)(?:,|$)")
_RX_EN_MID_FRAME = re.compile(r",\s+((?:he|she|they|it|the\s+[a-z]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))\s+(said|added|argued|warned|says)\s*,\s+(?:and\s+|but\s+)?")
_RX_EN_FINITE_START = re.compile(r"(?:was|is|were|are|had|has|have|would|will|could|should|may|might|[a-z]+ed)\b")
_RX_EN_PARTICIPLE_FRAME = re.compile(r",\s+(saying|adding|warning|arguing|insisting|claiming|noting|stressing|explaining|emphasizing|emphasising)\s+(?:that\s+|(?=[a-z\"“]))")
_RX_EN_LEADING_CAPS = re.compile(r"((?:[A-Z][\w'’.-]*\s*)+|(?:He|She|It|They)\b)")
_RX_ANY_QUOTE_MARK = re.compile(r"[\"“”]")
_RX_EN_NEXT_VERB = re.compile(r"\s+(?:said|say|says|show|showed|shows|suggest|suggested)\b")
_RX_EN_SUBORDINATOR = re.compile(r"\b(?:as|while|when|after|because|since|although|though|if|but)\s+(?=\S)")
_RX_CAPITAL = re.compile(r"[A-Z]")
_RX_EN_THAT_NEAR = re.compile(r"((?:\s+[^\s,]+){0,8}?)\s+that\s+")
_RX_EN_TOLD_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3}|\s+(?:MPs|reporters|journalists|him|her|them|us|investors|parliament)")
_RX_COLON_GAP = re.compile(r"\s*:?\s*")
_RX_EN_PREP_AFTER_ADJUNCT = re.compile(r"\s*(?:to|about|of|with)\b")
_RX_EN_FRAME_TAIL = re.compile(r",\s+(?:quoting|citing|adding|noting|saying|referring|who|which|as|while|when|in\s+a|at\s+a)\b")
_RX_EN_SAID = re.compile(r"\b(?:said|says|told)\b")
_RX_EN_ADDING_THAT = re.compile(r",\s+(adding|noting|stressing)\s+that\s+")
_RX_EN_SAYING_BEFORE = re.compile(r"\b(saying|adding)\s*:?\s*$")
_RX_WORD_CHAR = re.compile(r"\w")
_RX_EN_QUOTED_AS_SAYING = re.compile(r"^(.{2,160}?)\s+(?:was|were|is|are|has\s+been)\s+quoted\s+(?:by\s+[^,]{2,80}?\s+)?as\s+saying\s*,?\s+(?:that\s+)?")
_RX_EN_ANY_FINITE = re.compile(r"(?<![\w-])(?:" + _EN_FINITE_NO_FORECAST_ALT + r")(?![\w-])")
_RX_EN_INVERTED = re.compile(r",\s+(" + _EN_FINITE_NO_FORECAST_ALT + r")\s+(?=(?:the|a|an)\s|[A-Z])")
_RX_EN_SUBJECT_ADJUNCT = re.compile(r",\s+([^,\"“”]{2,90}?)\s+(?:has\s+|had\s+|have\s+)?(" + _EN_FINITE_NO_FORECAST_ALT + r")"
                      r"(\s+(?:on|at|in|during|after|before|last|this|yesterday|today|late|early|earlier|later|when|while|citing|quoting)\b[^\"“”]*"
                      r"|,\s+(?:adding|noting|stressing)\s+that\s+[^\"“”]+)?$")
_RX_DE_HEISST_AFTER_MARKS = re.compile(r"\s*,?\s*(?:hieß|heißt)\s+es\s+(?:weiter\s+|auch\s+)?(?:aus|in|im|von|vom|bei|beim)\s+"
                                       r"(?:de[rmns]|die|das)?\s*([^,.;]{2,100}?)\s*(?:[.!?]|$)")
_RX_DE_WITH_THESE_WORDS = re.compile(r"\s*Mit\s+diesen\s+(?:Worten|Sätzen)\s+[a-zäöüß]+(?=\s)")
_RX_EN_ACTIVE_QUOTED = re.compile(r"\b(?:quoted|cited)\s+(?!by\s)([^,\"“”]{2,80}?)\s+as\s+saying\s*,?\s+(?:that\s+)?")
_RX_EN_QUOTED_AS_AFTER = re.compile(r"\s*,?\s*[^\"“”.;]{0,80}?\b(?:quoted|cited)\s+(?!by\s)([^\"“”.;]{2,80}?)\s+as\s+(?:saying|telling)\b")
_RX_EN_QUOTED_OBJECT = re.compile(r"\b(?:quoted|cited)\s+(?!by\s)(.{2,80}?)\s+as$")
_NAMED_AS_LAST = {"called", "dubbed", "termed", "as", "a", "an", "the", "it", "this", "that", "him", "her", "them"}
_RX_EN_NAMED_AS = re.compile(
    r"(?:^|(?<=\s))((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|he|she|they)\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:(called|dubbed|termed)\s+(?:(?:it|this|that|him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:as\s+)?"
    r"|(described|hailed|labelled|labeled|praised|characterised|characterized)\s+(?:[\w'’-]+\s+){0,4}?as\s+)"
    r"(?:an?\s+|the\s+)?$")
_RX_EN_CALL = re.compile(r"(?<![\w-])(" + _EN_CALL_ALT + r")\s+(?:it|him|her|them|this|the\s+\w+)\s+(?:an?\s+|the\s+)?$")
_RX_EN_BEFORE_MARKS = re.compile(r"(?:^|[.!?,;]\s+|\s)((?:[^.!?;\"“„]{0,160}?))\s+(" + _alt(EN_SPEECH_VERBS | EN_QUOTE_FRAME_VERBS) + r")(?:(?:\s+[^\s:\"“„]+){0,4}\s*:|\s*,?|\s+that)\s*$")
_RX_DE_BEFORE_MARKS = re.compile(r"(?:^|[.!?,;]\s+|\s)((?:[^.!?;\"“„]{0,160}?))\s+(" + _alt(_DE_VERB_FORMS | DE_QUOTE_FRAME_VERBS) + r")(?:(?:\s+[^\s:\"“„]+){0,4}\s*:|\s*,?)\s*$")
_SENT_END = re.compile(r"[\s.!?…\"'“”„«»‘’]+$")
_LEAD_MARKS = re.compile(r"^[\s\"'“”„«»‚‘’「」]+")

# subjects that cannot be the source of a statement


@dataclass
class _Frame:
    content: tuple[int, int]  # absolute span of the reported content
    source: Source | None  # None: continue the previous speaker
    cue: str
    kind: str  # direct | indirect
    confidence: float
    resolve_to: str = ""  # "last_person" / "last_any" for possessives and "demnach"


# --- the finder ---------------------------------------------------------------------------------
class QuoteFinder:
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

    # public
    def find(self) -> list[QuoteSuggestion]:
        marked = find_marked(self.text, self.lang)
        # where an article marks its direct speech, unmarked speech is reported, not verbatim
        self.has_marks = len(marked) >= 2
        m_starts = [m.open for m in marked]
        out: list[QuoteSuggestion] = []
        last_speaker: tuple[str, str, str] | None = None
        last_quote_sent = -10
        last_direct: tuple[int, tuple[str, str, str]] | None = None  # end offset, speaker
        used_marked: set[int] = set()
        for si, (s0, s1) in enumerate(self.sentences):
            sent = self.text[s0:s1]
            if si < 3 and self._is_headline(si):
                got = self._headline_quotes(s0, s1)
                if got:
                    out.extend(got)
                    last_speaker = got[-1].speaker, got[-1].role, got[-1].organisation
                    last_quote_sent = si
                    continue
            lo = bisect_right(m_starts, s0 - 1)
            marks_here = []
            k = lo
            while k < len(marked) and marked[k].open < s1:
                if k not in used_marked:
                    marks_here.append(k)
                k += 1
            frames = self._frames_at(si)
            got_quote = False
            # direct quotes first
            for k in marks_here:
                mk = marked[k]
                used_marked.add(k)
                if _quoted_name(self.text, mk):
                    continue
                spk = self._direct_speaker(mk, s0, s1, frames, last_direct,
                                           (out[-1].end, last_speaker) if out and last_speaker and si - last_quote_sent == 1 else None)
                if spk is None:
                    continue
                speaker, cue, conf = spk
                out.append(self._make(mk.start, mk.end, speaker, "direct", conf, cue))
                last_direct = (mk.close, speaker)
                last_speaker = speaker
                got_quote = True
            for fr in frames:
                cs, ce = fr.content
                if ce - cs < 8:
                    continue
                near = range(max(0, bisect_right(m_starts, cs) - 3), bisect_right(m_starts, ce))
                # one quotation covering most of the content is the content; several quoted
                # fragments inside a reported clause are a mixed quote of that clause
                covered = max((max(0, min(ce, marked[k].end) - max(cs, marked[k].start)) for k in near), default=0)
                if covered > 0.5 * (ce - cs):
                    continue  # the marked quote is the content
                said_by = self._speaker_of(fr, cs, last_speaker)
                if said_by is None:
                    continue
                kind = fr.kind
                if self.lang == "de" and kind == "direct" and self._konjunktiv(self.text[cs:ce]):
                    kind = "indirect"
                out.append(self._make(cs, ce, said_by, kind, fr.confidence, fr.cue))
                last_speaker = said_by
                got_quote = True
            if got_quote:
                last_quote_sent = si
                continue
            # a chain whose source is named at its end ("A sei … . B werde …, so der Botschafter.")
            if self.lang == "de" and not frames and not marks_here and _DE_BACKREF.match(sent) is None:
                ahead = self._chain_source(si)
                if ahead is not None:
                    cs, ce = trim_span(self.text, s0, s1)
                    cs = content_start(self.text, cs, ce)
                    out.append(self._make(cs, ce, ahead, "indirect", 0.6, "reported before its frame"))
                    last_speaker = ahead
                    last_quote_sent = si
                    continue
            # a paragraph opened by a named source ("Der Botschafter Wu Ken zeigte sich optimistisch.")
            # whose next sentences are in Konjunktiv: they report that source
            # inside a paragraph only a stance sentence hands over ("Optimistischer ist X.",
            # "X zeigte sich zuversichtlich."): a new person's view, not the last speaker's
            if self.lang == "de" and not frames and not marks_here and si >= 1 and last_quote_sent != si - 1 \
                    and (self._paragraph_start(si - 1) or self._stance_sentence(si - 1)) and self._konjunktiv(sent):
                opener = self._paragraph_subject(si - 1)
                if opener is not None:
                    last_speaker = opener
                    last_quote_sent = si - 1
            # continuations (German; English keeps its quotation marks)
            if self.lang == "de" and last_speaker is not None and not frames and si - last_quote_sent <= 2:
                cs, ce = trim_span(self.text, s0, s1)
                body = self.text[cs:ce]
                konj = self._konjunktiv(body)
                verbatim = si - last_quote_sent == 1 and (_FIRST_PERSON_RE.search(body) is not None or
                                                          body.split(" ", 1)[0] in DE_CONTINUATION_OPENERS)
                other = self._other_named_subject(si, last_speaker) if konj or verbatim else None
                if other is not None:
                    # "Treier zeigte sich überzeugt, dass …": another person's view, not a
                    # continuation of the last speaker
                    last_speaker = other
                    last_quote_sent = si
                    continue
                if konj and not body.endswith("?") and not self._is_question(body):
                    out.append(self._make(cs, ce, last_speaker, "indirect", 0.6, "Konjunktiv continuation"))
                    last_quote_sent = si
                elif si - last_quote_sent == 1 and (_FIRST_PERSON_RE.search(body) or body.split(" ", 1)[0] in DE_CONTINUATION_OPENERS) \
                        and "?" not in body:
                    if ce < s1 and self.text[ce] in ".!?":
                        ce += 1  # verbatim words keep their final mark, as in quotation marks
                    out.append(self._make(cs, ce, last_speaker, "direct", 0.5, "verbatim continuation"))
                    last_quote_sent = si
                    continue
            if not frames and not marks_here:
                announced = self._announcement(sent, s0)
                if announced is not None:
                    last_speaker = announced
                    last_quote_sent = si
        out.sort(key=lambda q: q.start)
        return dedupe(out)

    def _is_headline(self, si: int) -> bool:
        """A line of its own near the top without a final full stop (headline, teaser)."""
        s0, s1 = self.sentences[si]
        line_start = s0 == 0 or self.text[s0 - 1] == "\n"
        line_end = s1 == len(self.text) or self.text[s1:s1 + 1] == "\n"
        return line_start and line_end and self.text[s1 - 1] not in ".!?\"“”»«’" and s1 - s0 <= 300

    def _headline_quotes(self, s0: int, s1: int) -> list[QuoteSuggestion]:
        """"Experte Dudenhöffer: Es läuft …", "Minister: trade will double", "China to expand
        imports: commerce ministry": a headline statement with its source before or after a
        colon (direct speech by convention). Parts after " - " in Konjunktiv continue it."""
        line = self.text[s0:s1]
        colon = line.find(": ")
        candidates = []
        if colon > 0 and line.count(": ") == 1:
            left, right = line[:colon], line[colon + 2:]
            candidates = [(left, 0, colon + 2, right), (right, colon + 2, 0, left)]
        else:
            # wire headline with the source after a dash: "German exports to China to fall - DIHK"
            dm = _RX_HEADLINE_DASH_SOURCE.search(line)
            if dm is not None and dm.start() > 0:
                tag = _RX_WIRE_TAG.match(line)
                t0 = tag.end() if tag else 0
                candidates = [(dm.group(1), dm.start(1), t0, line[t0:dm.start()])]
        for src_text, src_off, content_off, content in candidates:
            words = src_text.split()
            if not 1 <= len(words) <= 5 or not self._headline_clause(content):
                continue
            src = parse_source(src_text, s0 + src_off, self.lang)
            head = (src.description or src.role).split()[-1].lower() if (src.description or src.role) else ""
            # the source needs evidence: a role or title with the name, a name the article uses
            # for a speaker elsewhere, an acronym, or a role/organisation noun; a bare
            # capitalised topic ("Industriecluster Taicang: …") is a kicker, not a source
            known = self.tracker.lookup(src.name) if src.name else None
            plausible = (src.kind == "person" and bool(src.role or any(t in TITLES for t in words))) or (
                known is not None) or (src.name.isupper() and len(src.name) >= 2) or (
                src.kind == "description" and head and (head in PERSON_ROLE_WORDS_EN or head in ORG_DESCRIPTION_WORDS_EN
                                                        or _de_person_role(head) or head.endswith(ORG_DESCRIPTION_WORDS_DE)))
            if not plausible:
                continue
            speaker = self.resolve_source(src, s0 + src_off)
            if speaker is None:
                continue
            parts = re.split(r"\s+[-–]\s+", content)
            out = []
            pos = s0 + content_off
            for n, part in enumerate(parts):
                p0 = self.text.index(part, pos)
                pos = p0 + len(part)
                cs, ce = trim_span(self.text, p0, pos)
                if ce - cs < 8:
                    continue
                if n == 0:
                    out.append(self._make(cs, ce, speaker, "direct", 0.6, "headline"))
                elif self.lang == "de" and self._konjunktiv(self.text[cs:ce]):
                    out.append(self._make(cs, ce, speaker, "indirect", 0.55, "headline, Konjunktiv"))
                else:
                    break
            return out
        return []

    def _headline_clause(self, content: str) -> bool:
        """The headline part states something (has a verb), not just a topic ("Neues Werk in China")."""
        toks = re.findall(r"[\w'-]+", content)
        if len(toks) < 3:
            return False
        if self.lang == "en":
            return any(t.lower() in _EN_VERB_HINTS or (t.endswith("ed") and t[:1].islower()) for t in toks)
        return any(t[:1].islower() and t not in _DE_FUNCTION_WORDS and not t[:1].isdigit() for t in toks)

    def _frames_at(self, si: int) -> list[_Frame]:
        """The frames of sentence ``si`` (computed once: the chain look-ahead reads them too)."""
        cache = self._frame_cache
        if si not in cache:
            s0, s1 = self.sentences[si]
            cache[si] = self._frames(self.text[s0:s1], s0) if s1 - s0 < 2000 else []
        return cache[si]

    def _paragraph_start(self, si: int) -> bool:
        return si == 0 or "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]

    def _chain_source(self, si: int) -> tuple[str, str, str] | None:
        """Speaker of a Konjunktiv sentence whose source is named later in the paragraph: the
        following sentences are Konjunktiv too, up to one with a postposed frame ("…, so der
        Botschafter", "…, heißt es in der Mitteilung", "…, sagte X")."""
        s0, s1 = self.sentences[si]
        if self.text[s0:s1].rstrip().endswith("?"):
            return None
        if not self._konjunktiv(self.text[s0:s1]):
            # an indicative statement is reported only when the next sentence points back to it
            nxt = si + 1
            if nxt >= len(self.sentences) or self._paragraph_start(nxt):
                return None
            return self._backref_speaker(nxt)
        for sj in range(si + 1, min(len(self.sentences), si + 5)):
            if self._paragraph_start(sj):
                return None
            back = self._backref_speaker(sj)
            if back is not None:
                return back
            t0, t1 = self.sentences[sj]
            frames = self._frames_at(sj)
            if frames:
                fr = frames[0]
                if fr.content[0] > t0 + 2 or fr.cue in _FRAME_FIRST_CUES:
                    return None  # the frame opens its own sentence: it does not reach back
                return self._speaker_of(fr, fr.content[0], None)
            if not self._konjunktiv(self.text[t0:t1]):
                return None
        return None

    def _other_named_subject(self, si: int, last: tuple[str, str, str]) -> tuple[str, str, str] | None:
        """A known person other than ``last`` opening sentence ``si`` as its subject."""
        s0, s1 = self.sentences[si]
        m = _DE_LEADING_NP.match(self.text, s0, s1)
        if m is None or m.group(1).split(" ", 1)[0].lower() in DE_ADVERBIAL_OPENERS:
            return None
        src = parse_source(m.group(1), s0, "de")
        known = self.tracker.lookup(src.name) if src.name else None
        if known is None or known.kind != "person" or known.name == last[0]:
            return None
        return known.name, known.role, known.organisation

    def _stance_sentence(self, si: int) -> bool:
        s0, s1 = self.sentences[si]
        return _DE_INVERTED_STANCE.match(self.text, s0, s1) is not None or \
            _DE_STANCE_VERB.search(self.text, s0, s1) is not None

    def _paragraph_subject(self, si: int) -> tuple[str, str, str] | None:
        """The named subject that opens sentence ``si`` (a person or organisation by name),
        or None: "Chinas Botschafter Wu Ken zeigte sich …" -> Wu Ken."""
        s0, s1 = self.sentences[si]
        m = _DE_LEADING_NP.match(self.text, s0, s1)
        inv = _DE_INVERTED_STANCE.match(self.text, s0, s1)
        if inv is not None:
            # "Optimistischer ist Maximilian Butek, …", "Zurückhaltend zeigte sich X": the
            # subject follows the verb
            sm = _SUBJ_AFTER.match(self.text, inv.end(), s1)
            if sm is None:
                return None
            src = parse_source(sm.group(1), sm.start(1), "de")
        elif m is None or m.group(1).split(" ", 1)[0].lower() in DE_ADVERBIAL_OPENERS:
            return None
        else:
            src = parse_source(m.group(1), s0, "de")
        if not src.name or (src.kind != "person" and self.tracker.lookup(src.name) is None):
            return None
        return self.resolve_source(src, s0)

    def _backref_speaker(self, sj: int) -> tuple[str, str, str] | None:
        """"Das sagte Ministerpräsident Li Qiang am Montag." / "Dies teilte das Amt mit.": a
        frame whose content is the sentence before it."""
        if self.lang != "de":
            return None
        t0, t1 = self.sentences[sj]
        m = _DE_BACKREF.match(self.text, t0, t1)
        if m is None:
            return None
        verb, rest = m.group(1), self.text[m.end():t1].rstrip(" .")
        particle = _DE_PARTICLE_FINITE.get(verb)
        if particle and verb not in _DE_VERB_FORMS:
            if not re.search(r"\b" + particle + r"$", rest):
                return None
            rest = rest[: -len(particle)].rstrip()
        src = parse_source(rest, m.end(), "de")
        if not (src.name or src.description) or (src.kind == "pronoun" and src.description.lower() == "man"):
            return None
        return self.resolve_source(src, m.end())

    def _announcement(self, sent: str, s0: int) -> tuple[str, str, str] | None:
        """A speech verb with a speaker but no content ("Zurückhaltender äußerte sich Dr. X, …",
        "Er erklärt es am Beispiel Kupfer"): the next sentences continue this speaker."""
        if self.lang == "en":
            return None
        vm = _DE_VERB_RE.search(sent)
        if vm is None or (vm.group(1) in DE_FORECAST_VERBS and vm.group(1) not in _DE_VERB_FORMS):
            return None
        verb = vm.group(1)
        particle = _DE_PARTICLE_FINITE.get(verb)
        if particle and verb not in _DE_VERB_FORMS and not re.search(r"\b" + particle + r"[.!?]*$", sent.strip()):
            return None
        if verb.startswith("erklär") and re.match(r"\s+sich\b", sent[vm.end():]):
            return None  # "erklärt sich durch …" is not speech
        before = sent[:vm.start()].strip()
        first_word = before.split(" ", 1)[0].lower() if before else ""
        if not before or first_word in DE_ADVERBIAL_OPENERS or before[:1].islower():
            sm = _SUBJ_AFTER.match(re.sub(r"^\s+(?:sich|es)(?=\s)", "", sent[vm.end():]))
            if not sm:
                return None
            phrase = sm.group(1)
            off = s0 + sent.find(phrase, vm.end())
        else:
            phrase, off = before, s0
        src = parse_source(phrase, off, "de")
        if not (src.name or src.kind == "pronoun"):
            return None
        return self.resolve_source(src, off)

    # helpers
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
        for start, speaker in reversed(self._spoken):
            if start < pos and pos - start <= 2000:
                known = self.tracker.lookup(speaker[0])
                if known is not None and known.kind == "person":
                    return speaker
        return None

    def _make(self, s: int, e: int, speaker: tuple[str, str, str], kind: str, conf: float, cue: str) -> QuoteSuggestion:
        self._spoken.append((s, speaker))
        name, role, org = speaker
        return QuoteSuggestion(text=self.text[s:e], start=s, end=e, speaker=name, role=role, organisation=org,
                               kind=kind, confidence=conf, cue=cue)

    @staticmethod
    def _konjunktiv(body: str) -> bool:
        if _KONJ_RE.search(body) or _KONJ_IERE.search(body):
            return True
        for m in _KONJ_I_SLOT.finditer(body):
            word = m.group(1)
            wb = _WORD_BEFORE.search(body, max(0, m.start() - 30), m.start())
            before = wb.group(1).lower() if wb else ""
            if word in DE_KONJ_I_NOT_VERBS or word.endswith(("weise", "weile", "ige", "ische", "liche", "ive", "te")) or before in _ARTICLE_WORDS:
                continue
            return True
        return False

    @staticmethod
    def _is_question(body: str) -> bool:
        return body.rstrip().endswith("?")

    def _named_body_before(self, pos: int, head: str) -> str | None:
        """"the ministry" -> the last "Ministry of Commerce" written before it, "das Ministerium"
        -> the last "Handelsministerium": a body named with the description's head word,
        although it never spoke before (names that spoke are found by the tracker)."""
        lo = max(0, pos - 3000)
        key = head.capitalize() if self.lang == "en" else head.lower()
        i = self.text.rfind(key, lo, pos)
        if i < 0:
            return None  # cheap test first; the pattern then runs only around the last mention
        lo = max(lo, i - 120)
        if self.lang == "en":
            rx = re.compile(r"(?<![\w-])(?:[A-Z][\w&'’-]*\s+){0,3}" + re.escape(head.capitalize()) +
                            r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?")
        else:
            rx = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*" + re.escape(head.lower()) + r"(?![\w-])")
        last = None
        for m in rx.finditer(self.text, lo, pos):
            last = m
        if last is None:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", last.group(0)).strip()
        return name if name.lower() != head.lower() else None

    def _speakers(self) -> frozenset[str]:
        """Surnames seen next to a speech verb anywhere in the text (computed once)."""
        if self._speaker_set is None:
            self._speaker_set = frozenset(speaking_surnames(self.text, self.lang))
        return self._speaker_set

    def _resolve_person(self, pos: int, head: str, src: Source) -> Entity | None:
        """The person a role description refers to: named before with that role, or named
        soon after ("Die Kanzlerin sprach … Bundeskanzlerin Angela Merkel"); a description
        tied to an organisation ("Bat spokeswoman") only to a person of it."""
        org = src.organisation.lower()
        hint = org.split()[0] if org else head
        if src.indefinite:
            return self.tracker.resolve_next(pos, "person", hint=hint, strict=bool(org))
        ent = self.tracker.resolve(pos, "person", hint=hint, strict=True) or \
            self.tracker.resolve_next(pos, "person", hint=hint, strict=True)
        if ent is None and not org:
            # a person named without a role may be the one described; one known with another
            # role is not
            ent = self.tracker.resolve(pos, "person", hint=head, roleless=head.endswith(_OFFICE_WORDS)) or \
                self.tracker.resolve_next(pos, "person", speakers=self._speakers())
        elif ent is None:
            # "Dem Direktor von CAR-Center … zufolge" right after the person was named, or
            # "the head of the DIHK … said" and a later sentence names him
            ent = self.tracker.resolve(pos, "person", window=400) or \
                self.tracker.resolve_next(pos, "person", window=800, speakers=self._speakers())
        return ent

    def _speaker_of(self, fr: _Frame, pos: int, last: tuple[str, str, str] | None) -> tuple[str, str, str] | None:
        if fr.resolve_to == "last_person":
            ent = self.tracker.resolve(pos, "person")
            if ent is not None:
                return ent.name, ent.role, ent.organisation
            return last
        if fr.resolve_to.startswith("last_org_hint:"):
            ent = self.tracker.resolve(pos, "org")
            if ent is not None:
                return ent.name, ent.role, ent.organisation
            return fr.resolve_to.split(":", 1)[1], "", ""
        if fr.resolve_to.startswith("last_org_or_speaker:"):
            ent = self.tracker.resolve(pos, "org")
            if ent is not None:
                return ent.name, ent.role, ent.organisation
            return last or (fr.resolve_to.split(":", 1)[1], "", "")
        if fr.resolve_to == "last_any" or fr.source is None:
            return last
        return self.resolve_source(fr.source, pos)

    def resolve_source(self, src: Source, pos: int) -> tuple[str, str, str] | None:
        """Name, role and organisation of a parsed speaker phrase (registers named ones)."""
        if src.kind == "pronoun":
            p = src.description.lower()
            if p in ("man",):
                return None
            want = "person" if p in ("er", "sie", "he", "she") and not src.is_plural else "org"
            gender = {"er": "m", "he": "m", "sie": "f", "she": "f"}.get(p, "") if want == "person" else ""
            ent = self.tracker.resolve(pos, want, gender=gender)
            if ent is None and want == "org":
                group = self._last_group_speaker(pos)
                if group is not None:
                    return group  # "the ministry said in a statement … It noted that …"
                ent = self.tracker.resolve(pos, "person") if p in ("it",) else None
            if ent is None and want == "person":
                ent_speaker = self._last_person_speaker(pos)
                if ent_speaker is not None:
                    return ent_speaker
            if ent is None:
                return None if p in ("es", "it") else (src.description, "", "")
            return ent.name, ent.role, ent.organisation
        if src.name:
            if src.role and not _plausible_role(src.role, self.lang):
                src.role, src.organisation = "", ""
            known = self.tracker.lookup(src.name)
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
        words = re.split(r"\s+(?:of|for|at)\s+", desc)[0].split() if self.lang == "en" else desc.split()
        head = words[-1].lower() if words else ""
        definite = not src.description.lower().startswith(("a ", "an ", "ein ", "eine "))
        org_head = head in ORG_DESCRIPTION_WORDS_EN or any(head.endswith(w) for w in ORG_DESCRIPTION_WORDS_DE)
        person_head = head in PERSON_ROLE_WORDS_EN or _de_person_role(head)
        if src.organisation and (org_head or not person_head):
            return src.organisation, desc, src.organisation
        if person_head and not src.is_plural:
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
                    named = self._named_body_before(pos, head)
                    if named is not None:
                        return named, "", ""
                ent = ent or self.tracker.resolve(pos, "org", hint=head) or self.tracker.resolve_next(pos, "org", window=800)
            if ent is not None:
                return ent.name, ent.role, ent.organisation
        label = desc
        if src.organisation and src.organisation not in label:
            label = f"{desc} {'for' if self.lang == 'en' else 'von'} {src.organisation}" if person_head else desc
        return label, desc if person_head else "", src.organisation

    # --- direct quotes -------------------------------------------------------------------
    def _direct_speaker(self, mk: Marked, s0: int, s1: int, frames: list[_Frame],
                        last_direct: tuple[int, tuple[str, str, str]] | None,
                        last_reported: tuple[int, tuple[str, str, str]] | None = None) -> tuple[tuple[str, str, str], str, float] | None:
        text = self.text
        words = len(text[mk.start:mk.end].split())
        # fragments inside reported speech belong to that item (mixed quotes); a quotation
        # that is the whole content of its frame ("According to X, "…"") is that frame's quote
        for fr in frames:
            if fr.content[0] <= mk.open and mk.close <= fr.content[1] + 1:
                if (mk.end - mk.start) <= 0.5 * (fr.content[1] - fr.content[0]):
                    return None
                sp = self._speaker_of(fr, mk.open, last_direct[1] if last_direct else None)
                return (sp, "quotation marks + " + fr.cue, 0.85) if sp else None
        # frame after the closing mark
        ci = max(0, bisect_right(self.starts, mk.close) - 1)
        after_end = self.sentences[ci][1] if self.sentences else len(text)
        tail = text[mk.close + 1:min(max(after_end, mk.close + 1), mk.close + 250)]
        nxt_open = next_opening(text, mk.close + 1, mk.close + 1 + len(tail), self.lang)
        if nxt_open > mk.close + 1:
            tail = tail[:nxt_open - mk.close - 1]
        unclosed = mk.close >= len(text) or text[mk.close] not in "\"'”“«»’‘」』"
        if unclosed and self.lang == "en":
            # a quotation running over paragraphs: the first paragraph has no closing mark and
            # the next opens with one; the frame after the last part names the speaker
            nxt = next_opening(text, mk.close, min(len(text), mk.close + 6), self.lang)
            if nxt >= 0:
                para_end = text.find("\n\n", nxt)
                tail = text[nxt + 1:para_end if para_end > 0 else len(text)]
                close = max(tail.rfind("”"), tail.rfind('"'))
                if close > 0:
                    tail = tail[close + 1:]
        if self.lang == "de" and not tail.strip() and ci + 1 < len(self.sentences):
            n0, n1 = self.sentences[ci + 1]
            if n0 - mk.close < 4 and _RX_DE_WITH_THESE_WORDS.match(text, n0, n1):
                tail, after_start = text[n0:n1], n0  # "„…“ Mit diesen Worten eröffnete X die Messe."
                src = self._frame_after_marks(tail, after_start)
                if src is not None:
                    sp = self.resolve_source(src, after_start)
                    if sp:
                        return sp, "quotation marks + Mit diesen Worten", 0.8
        src = self._frame_after_marks(tail, mk.close + 1, text[mk.start:mk.end].rstrip()[-1:] in ".!?")
        if src is not None:
            sp = self.resolve_source(src, mk.close + 1)
            if sp:
                return sp, "quotation marks + " + _first_verb(tail, self.lang), 0.9
            if src.kind == "pronoun" and src.description.lower() in ("it", "es", "they"):
                return ("", "", ""), "quotation marks + " + _first_verb(tail, self.lang), 0.6  # words kept, speaker open
        # frame before the opening mark ("X said: "…"", "…, adding: "…"")
        head_start = max(s0, mk.open - 250)
        head = text[head_start:mk.open]
        if not head.strip():
            # "X said:" closing the previous paragraph or sentence, the quotation below it
            prev = bisect_right(self.starts, s0 - 1) - 1
            if prev >= 0:
                p0, p1 = self.sentences[prev]
                if text[p0:p1].rstrip().endswith(":") and mk.open - p1 < 5:
                    head_start = max(p0, p1 - 250)
                    head = text[head_start:p1]
        src = self._frame_before_marks(head, head_start)
        if src is not None:
            sp = self.resolve_source(src, mk.open)
            if sp:
                return sp, "quotation marks + " + _first_verb(head, self.lang), 0.9
        # fragments inside reported speech are part of that item; outside, with a speech or
        # "call" verb in the sentence, they are the speaker's words
        for fr in frames:
            if fr.content[0] <= mk.open and mk.close <= fr.content[1] + 1:
                return None
        sent = text[s0:s1]
        if self.lang == "en":
            cm = _RX_EN_CALL.search(
                           text[max(s0, mk.open - 60):mk.open])
            vm = _RX_EN_SAYING_BEFORE.search(text[max(s0, mk.open - 20):mk.open])
            cue_m = cm or vm
            if cue_m:
                subj = self._sentence_subject(sent, s0, cue_m.end(1) + max(s0, mk.open - (60 if cm else 20)) - s0)
                if subj is not None:
                    sp = self.resolve_source(subj, mk.open)
                    if sp:
                        return sp, "quotation marks + " + cue_m.group(1), 0.7
            # "what Li called “…”", "Li described the talks as “…”", "hailed the deal as “…”"
            lead_word = text[max(s0, mk.open - 12):mk.open].rsplit(None, 1)[-1:] or [""]
            nm = _RX_EN_NAMED_AS.search(text, max(s0, mk.open - 120), mk.open) if lead_word[0].lower() in _NAMED_AS_LAST else None
            if nm is not None and words >= 1:
                subj = parse_source(nm.group(1), nm.start(1), "en")
                if subj.kind == "pronoun" or (subj.name and _is_source(subj)):
                    sp = self.resolve_source(subj, mk.open)
                    if sp:
                        return sp, "quotation marks + " + (nm.group(2) or nm.group(3)), 0.65
        else:
            # "Merkel lobte am Dienstag die »Intensität der Beziehungen«": the speaker's own words
            vm = _DE_VERB_RE.search(text, s0, mk.open)
            if vm is not None and words >= 2 and vm.group(1) not in DE_FORECAST_VERBS:
                prefix = text[s0:vm.start()].strip()
                if prefix and prefix.split(" ", 1)[0].lower() not in DE_ADVERBIAL_OPENERS:
                    subj = parse_source(clause_prefix(prefix)[0].strip(), s0, "de")
                    if subj.name or subj.kind == "pronoun":
                        sp = self.resolve_source(subj, mk.open)
                        if sp:
                            return sp, "quotation marks + " + vm.group(1), 0.7
        # continuation of the previous direct quote (a speech or "call" verb with its own subject wins)
        if last_direct is not None and 0 <= mk.open - last_direct[0] < 400 and words >= 3:
            between = text[last_direct[0]:mk.open]
            if "\n\n" not in between or (between.count("\n\n") <= 1 and len(between.strip()) < 3):
                return last_direct[1], "quotation marks (continued)", 0.75
        # a whole sentence in quotation marks right after the speaker's reported words
        if last_reported is not None and words >= 4:
            before = text[last_reported[0]:mk.open]
            if len(before) >= 0 and "\n" not in before and not _RX_WORD_CHAR.search(text[s0:mk.open]):
                return last_reported[1], "quotation marks (continued)", 0.65
        # a whole sentence in quotation marks right after a sentence about a named person
        # ("Zhang Wei, the plant's manager, is confident. “We will double output.”")
        if words >= 4 and not _RX_WORD_CHAR.search(text[s0:mk.open]) and s0 > 0:
            prev = bisect_right(self.starts, s0 - 1) - 1
            if prev >= 0 and s0 - self.sentences[prev][0] < 400:
                ent = self.tracker.resolve(s0, "person", window=s0 - self.sentences[prev][0])
                p0 = self.sentences[prev][0]
                if ent is not None and any(p0 <= a < s0 for a, _ in ent.mentions):
                    return (ent.name, ent.role, ent.organisation), "quotation marks after a named person", 0.5
        return None

    def _frame_after_marks(self, tail: str, off: int, closed_sentence: bool = False) -> Source | None:
        """The speaker named in the frame right after a quotation. With ``closed_sentence``
        (the quotation ended with "." / "?" / "!") a following "X said …" with content of its
        own is a new statement, not this quotation's frame."""
        if self.lang == "en":
            qm = _RX_EN_QUOTED_AS_AFTER.match(tail)
            if qm:
                return parse_source(qm.group(1), off + qm.start(1), "en")  # "…,” the statement quoted Li as saying"
            m = _RX_EN_AFTER_MARKS.match(tail)
            if not m:
                return None
            if m.group(1):
                phrase, p0 = m.group(2), m.start(2)
                if closed_sentence and len(phrase.split()) > 6 and _RX_EN_FINITE_START.search(phrase):
                    return None  # "…." Said to be …: no frame
            else:
                phrase, p0 = m.group(3), m.start(3)
                if len(phrase.split()) > 12:
                    return None
                rest = re.split(r"[.!?;]", tail[m.end():], maxsplit=1)[0].split()
                if closed_sentence and len(rest) >= 3 and rest[0].lower() not in _EN_FRAME_ADJUNCT_WORDS:
                    return None  # "“… protection.” The WTO said there was …": the WTO's own statement
            phrase = re.sub(r"[.!?]+\s*$", "", phrase)
            return parse_source(phrase, off + p0, "en")
        hm = _RX_DE_HEISST_AFTER_MARKS.match(tail)
        if hm:
            # "„…“, heißt es aus dem Ministerium": the body speaks; a document speaks for its author
            src = parse_source(hm.group(1), off + hm.start(1), "de")
            if src.name and src.name.split()[-1].lower() in _DE_DOCUMENT_NOUNS:
                return Source(name=src.organisation, kind="org") if src.organisation else None
            return src if src.name or src.description else None
        wm = _RX_DE_WITH_THESE_WORDS.match(tail)
        if wm:
            sm = _SUBJ_AFTER.match(tail, wm.end())
            if sm:
                return parse_source(sm.group(1), off + sm.start(1), "de")  # "„…“ Mit diesen Worten eröffnete X …"
        m = _RX_DE_AFTER_MARKS.match(tail)
        if not m:
            return None
        phrase, p0 = (m.group(2), m.start(2)) if m.group(1) else (m.group(4), m.start(4))
        return parse_source(phrase, off + p0, "de")

    def _frame_before_marks(self, head: str, off: int) -> Source | None:
        m = (_RX_EN_BEFORE_MARKS if self.lang == "en" else _RX_DE_BEFORE_MARKS).search(head)
        if not m:
            m2 = re.search(r",\s+(adding|saying|so)\s*:?\s*$", head)
            if m2:
                return self._sentence_subject(head, off, m2.start())
            named = self._named_subject_colon(head, off)
            if named is not None:
                return named
            m3 = _DE_STANCE_COLON.search(head) if self.lang == "de" else None
            if m3:
                # "Källenius zeigte sich zuversichtlich: „…“"
                src = parse_source(clause_prefix(m3.group(1))[0].strip(), off + m3.start(1), "de")
                return src if src.name or src.kind == "pronoun" else None
            return None
        phrase = m.group(1)
        if self.lang == "en":
            qm = _RX_EN_QUOTED_OBJECT.search(phrase)
            if qm:
                # "Xinhua quoted Li as saying:": the one quoted speaks, not the medium
                return parse_source(qm.group(1), off + m.start(1) + qm.start(1), "en")
            phrase = re.sub(r"\s+(?:was|were|is|are|has\s+been)\s+quoted\b.*$", "", phrase)  # "Li was quoted … as saying:"
        phrase = re.sub(r"^(?:However|But|And|Meanwhile|Aber|Doch|Und)\s*,?\s+", "", phrase)
        p0 = off + m.start(1)
        pm = re.match(r"(He|She|They|It)\s+[a-z]", phrase) if self.lang == "en" else None
        if pm:
            return parse_source(pm.group(1), p0, "en")  # "He ended his speech …, saying “…”"
        lead = re.match(r"([^,]{2,60}),\s+(?=\S)", phrase)
        if lead:
            first = lead.group(1).split(" ", 1)[0].lower()
            if first in EN_LEAD_ADVERBIALS or first in DE_ADVERBIAL_OPENERS or first.endswith(("ing", "ed")):
                p0 += lead.end()  # "In his speech, German Ambassador X said:"
                phrase = phrase[lead.end():]
        return parse_source(phrase, p0, self.lang)

    def _named_subject_colon(self, head: str, off: int) -> Source | None:
        """"Sun Li, head of the trade office, put it bluntly: “…”", "Chen Hua was upbeat: “…”",
        "Li Ming ist optimistisch: „…“": a clause whose subject is a named person (or a pronoun
        for one), closed by a colon right before the quotation, introduces that person's words
        even without a speech verb. Organisations and descriptions need a verb ("The slogan
        reads: …" is not speech)."""
        if not head.rstrip().endswith(":"):
            return None  # cheap test first: the regex below tries every start position
        m = _RX_SUBJECT_COLON.search(head)
        if m is None:
            return None
        clause = re.sub(r"^(?:However|But|And|Meanwhile|Aber|Doch|Und)\s*,?\s+", "", m.group(1))
        c0 = off + m.start(1) + (len(m.group(1)) - len(clause))
        sm = _RX_NAMED_SUBJECT.match(clause)
        if sm is None:
            if not _RX_NAME_ONLY.fullmatch(clause.strip()):
                return None
            # interview layout: "Li Ming: “…”"
            src = parse_source(clause.strip(), c0 + len(clause) - len(clause.lstrip()), self.lang)
            known = self.tracker.lookup(src.name) if src.name else None
            return src if known is not None and known.kind == "person" else None
        src = parse_source(sm.group(1), c0, self.lang)
        if src.kind == "pronoun":
            return src if src.description.lower() in ("he", "she", "er", "sie") else None
        if not src.name:
            return None
        known = self.tracker.lookup(src.name)
        kind = known.kind if known is not None else src.kind
        return src if kind == "person" else None

    def _sentence_subject(self, sent: str, s0: int, upto: int) -> Source | None:
        """The subject of the sentence's main speech verb (for participle frames and fragments)."""
        rx = _EN_VERB_RE if self.lang == "en" else _DE_VERB_RE
        vm = rx.search(sent, 0, upto)
        if vm is None:
            return None
        prefix = sent[:vm.start()]
        pm = re.match(r"\s*(He|She|They|It|Er|Sie)\s", prefix)
        if (pm and self.lang == "en") or (pm and pm.group(1) in ("Er", "Sie")):
            return parse_source(pm.group(1), s0 + pm.start(1), self.lang)  # "He ended his speech …, saying “…”"
        if self.lang == "en":
            prefix = re.sub(r"\s+(?:was|were|is|are|has\s+been)\s+quoted\b.*$", "", prefix)  # "Li was quoted … as saying"
        if not prefix.strip():
            return None
        return parse_source(prefix.strip().rstrip(","), s0 + (len(prefix) - len(prefix.lstrip())), self.lang)

    # --- sentence frames -----------------------------------------------------------------
    def _frames(self, sent: str, s0: int) -> list[_Frame]:
        if self.lang == "en":
            return self._frames_en(sent, s0)
        return self._frames_de(sent, s0)

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
                where, w0 = hm.group(1), hm.start(1)
            else:
                assert lead is not None  # hm missed, so lead matched (the enclosing "hm or lead")
                cs, ce = trim_span(self.text, s0 + lead.end(), s0 + body_end)
                g = 1 if lead.group(1) else 2
                where, w0 = lead.group(g), lead.start(g)
            if ce - cs >= 8:
                src = parse_source(where, s0 + w0, "de") if where else None
                if src is not None and src.name and src.name.split()[-1].lower() in _DE_DOCUMENT_NOUNS:
                    # "in der Mitteilung (des Ministeriums)": the document's author speaks
                    src = Source(description=src.name, organisation=src.organisation, kind="description")
                if src is not None and src.name:
                    return [_Frame((cs, ce), src, "heißt es", "indirect", 0.75)]
                hint = src.description.split()[-1] if src is not None and src.description else ""
                if src is not None and src.organisation:
                    return [_Frame((cs, ce), Source(name=src.organisation, kind="org"), "heißt es", "indirect", 0.75)]
                return [_Frame((cs, ce), None, "heißt es", "indirect", 0.7,
                               ("last_org_or_speaker:" + hint) if hint else "last_any")]
        # 1. frame after the content: "…, sagte X." / "…, so X." / "…, teilte X mit."
        fa = self._de_frame_after(sent, body_end)
        if fa is not None:
            comma, phrase, p0, cue = fa
            src = _plural_sie(parse_source(phrase, s0 + p0, "de"), cue.split(" ", 1)[0])
            if src.kind != "description" or src.description:
                cs, ce = trim_span(self.text, s0, s0 + comma)
                cs = content_start(self.text, cs, ce)
                verbatim = not self.has_marks and cue not in _DE_POSTPOSED_FORECAST
                frames.append(_Frame((cs, ce), src, cue, "direct" if verbatim else "indirect", 0.85))
                return frames
        # 2. attribution phrases
        fr = self._de_attribution(sent, s0, body_end)
        if fr is not None:
            return [fr]
        # 3. frame first: speech verb with content after comma / dass / colon
        for vm in _DE_VERB_RE.finditer(sent, 0, body_end):
            fr = self._de_frame_first(sent, s0, body_end, vm)
            if fr is not None:
                return [fr]
        return frames

    def _de_frame_after(self, sent: str, body_end: int) -> tuple[int, str, int, str] | None:
        best: tuple[int, str, int, str] | None = None
        for m in _RX_DE_FRAME_AFTER.finditer(sent[:body_end]):
            rest = sent[m.end():body_end]
            if len(rest) > 160 or re.search(r"\b(dass|ob)\b|,\s*(?:dass|wer|wie|was|der|die|das)\b", rest):
                continue
            if not rest or not (rest[0].isupper() or rest.split(" ", 1)[0] in (
                    "er", "sie", "der", "die", "das", "sein", "ihr", "seine", "ihre", "ein", "eine")):
                continue
            cue = m.group(1) or m.group(2)
            particle = _DE_PARTICLE_FINITE.get(cue)
            if particle and cue not in _DE_VERB_FORMS:
                if not re.search(r"\b" + particle + r"$", rest.strip()):
                    continue
                rest = re.sub(r"\s*\b" + particle + r"$", "", rest.strip())
                cue = f"{cue} … {particle}"
            best = (m.start(), rest, m.end(), cue)
        return best

    def _de_attribution(self, sent: str, s0: int, body_end: int) -> _Frame | None:
        text = self.text
        whole = trim_span(text, s0, s0 + body_end)
        whole = (content_start(text, *whole), whole[1])
        low = sent[:body_end].lower()
        # laut X
        m = "laut " in low and re.search(r"(?<![\w-])([Ll]aut)\s+((?:(?:der|des|dem|den|die|einer|einem)\s+)?(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,2}(?:[A-ZÄÖÜ][\w.&-]*)(?:\s+[A-ZÄÖÜ][\w.&-]*){0,3})", sent[:body_end])
        if m and not any(m.group(2).lower().rstrip(".").endswith(w) for w in DOCUMENT_WORDS):
            src = parse_source(m.group(2), s0 + m.start(2), "de")
            if m.start() == 0 or sent[:m.start()].strip() in ("",):
                cs = s0 + m.end()
                cs, ce = trim_span(text, cs, s0 + body_end)
                if sent[m.end():m.end() + 2].startswith(","):
                    cs += 1
                cs, ce = trim_span(text, cs, ce)
                return _Frame((cs, ce), src, "laut", "indirect", 0.8)
            return _Frame(whole, src, "laut", "indirect", 0.8)
        # X zufolge
        m = "zufolge" in low and re.search(r"((?:(?:der|des|dem|den|die)\s+)?(?:[A-ZÄÖÜ][\w.&-]*\s+){0,3}[A-ZÄÖÜ][\w.&-]*)\s+zufolge\b", sent[:body_end])
        if m:
            phrase = m.group(1)
            lead = _DE_LEADING_ZUFOLGE.match(sent)
            if lead and lead.end(1) == m.end(1):
                phrase = lead.group(1)  # "Dem Direktor von CAR-Center … in Duisburg zufolge": the whole phrase
            if phrase.split()[-1] == "Angaben":
                return _Frame(whole, None, "den Angaben zufolge", "indirect", 0.7, "last_any")
            return _Frame(whole, parse_source(phrase, s0 + m.start(1), "de"), "zufolge", "indirect", 0.8)
        # nach Angaben von X / nach X-angaben / nach ihren Angaben
        m = ("nach " in low or "aus sicht" in low) and re.search(r"(?<![\w-])(?:[Nn]ach|[Aa]us)\s+(?:(ihren|seinen|eigenen)\s+Angaben|(?:Angaben|Ansicht|Einschätzung|Auffassung|Meinung|Worten|Schätzung|Schätzungen|Berechnungen|Darstellung|Informationen|Sicht)\s+(?:von|des|der|vom)\s+((?:(?:der|dem|den)\s+)?(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?(?:[A-ZÄÖÜ][\w.&-]*)(?:\s+[A-ZÄÖÜ][\w.&-]*){0,3})|([A-ZÄÖÜ][\w-]*)angaben)\b", sent[:body_end])
        if m:
            at_start = m.start() == 0
            span = (trim_span(text, s0 + m.end(), s0 + body_end) if at_start else whole)
            if at_start and text[span[0]:span[0] + 1] == ",":
                span = trim_span(text, span[0] + 1, span[1])
            if m.group(1) in ("ihren", "seinen"):
                return _Frame(span, None, "nach Angaben", "indirect", 0.75, "last_person")
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
        # seiner Ansicht nach / geht es nach X / demnach
        for phrase in DE_OPINION_PHRASES:
            i = sent.find(phrase)
            if 0 <= i < body_end:
                return _Frame(whole, None, phrase, "indirect", 0.7, "last_person")
        m = re.match(r"[Gg]eht es nach\s+([^,]{2,60}),\s*", sent)
        if m:
            cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
            return _Frame((cs, ce), parse_source(m.group(1), s0 + m.start(1), "de"), "geht es nach", "indirect", 0.75)
        if "demnach" in low and re.search(r"(?<![\w-])[Dd]emnach(?![\w-])", sent[:body_end]):
            return _Frame(whole, None, "demnach", "indirect", 0.6, "last_any")
        # forecast verbs with a named subject: "Der Fiskalrat rechnet mit …", "… erwartet JBC Energy …"
        for vm in _RX_DE_FORECAST.finditer(sent[:body_end]):
            fr = self._de_forecast(sent, s0, body_end, vm)
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
        m = _RX_DE_AUSGEHEN.search(sent[:body_end])
        if m:
            pre = sent[:m.start()].strip()
            holder = parse_source(pre, s0, "de") if pre else None
            if holder is not None and (holder.name or holder.kind == "pronoun"):
                cs, ce = trim_span(text, s0 + m.start(3), s0 + m.end(3))
                return _Frame((cs, ce), holder, "geht von … aus", "indirect", 0.6)
        return None

    def _de_forecast(self, sent: str, s0: int, body_end: int, vm: re.Match[str]) -> _Frame | None:
        verb = vm.group(1)
        before, _ = clause_prefix(sent[:vm.start()])
        before = before.strip()
        after = sent[vm.end():body_end]
        need = DE_FORECAST_NEEDS.get(verb)
        if need and not re.search(r"\b(?:da)?" + need + r"\b", after):  # "rechnet mit …", "rechnet damit, dass …"
            return None
        if re.match(r"\s*(?:werden|wird|wurde|wurden|sich)\b", after) or (not before and verb[0].isupper()):
            return None
        # subject after the verb (inversion) or before it
        src = None
        cstart = vm.end()
        cend = body_end
        first_word = before.split(" ", 1)[0].lower() if before else ""
        sm = _SUBJ_AFTER.match(after)
        fronted_object = bool(before) and first_word in ("das", "die", "den", "dem") and sm is not None and (
            first_word in ("den", "dem") or sm.group(1) in ("er", "sie") or sm.group(1).startswith("der ")
            or (self.tracker.lookup(sm.group(1)) or _NOBODY).kind == "person")
        if not before or first_word in DE_ADVERBIAL_OPENERS or before.endswith(",") or fronted_object:
            if not sm or re.match(r"\s+sich\b", after[sm.end():]):
                return None  # "erwartet sich" is a hope, not a forecast
            src = _plural_sie(parse_source(sm.group(1), s0 + vm.end() + sm.start(1), "de"), verb)
            cstart = vm.end() + sm.end()
            if before and not before.endswith(","):
                # the frame sits inside the sentence ("Im kommenden Jahr rechnet der Fiskalrat mit …",
                # "Das Exportplus schätzte Treier auf …"): the whole sentence, up to a subordinate clause
                cstart = 0
                sub = re.search(r",\s+(?:nachdem|weil|obwohl|während|bevor|wobei|nachdem)\b", sent[vm.end():body_end])
                if sub:
                    cend = vm.end() + sub.start()
        else:
            src = _plural_sie(parse_source(before, s0 + sent.find(before), "de"), verb)
            if re.match(r"\s+sich\b", after):
                return None
        if src.kind == "description" and not src.description:
            return None
        if src.kind == "pronoun" and src.description.lower() == "man":
            return None
        if src.kind == "description" and src.description.split()[-1:] and src.description.split()[-1][0].islower():
            return None
        colon = re.search(r":\s*[„“\"«»‚]", sent[cstart:cend])
        if colon:
            cend = cstart + colon.start()  # "… rechnet der Verband mit …: „…“, sagte dessen Sprecher."
        cs, ce = trim_span(self.text, s0 + cstart, s0 + cend)
        if cstart == 0:
            cs = content_start(self.text, cs, ce)
        elif self.text.startswith("dass ", cs):
            cs += 5  # "Der Ökonom schätzt, dass …": the content without "dass"
        if ce - cs < 8:
            return None
        return _Frame((cs, ce), src, verb, "indirect", 0.6)

    def _de_frame_first(self, sent: str, s0: int, body_end: int, vm: re.Match[str]) -> _Frame | None:
        verb = vm.group(1)
        if verb in DE_FORECAST_VERBS and verb not in _DE_VERB_FORMS:
            return None
        before = sent[:vm.start()]
        after = sent[vm.end():body_end]
        # content begins after ", dass" / "," / ":" following the verb (and its subject/object)
        cm = re.search(r"(?:,\s*(?:dass\s+)?|\s+dass\s+|:\s*" + (r"|\s+von\s+(?=\d))" if verb.startswith(("sprach", "spricht")) else ")"), after)
        if not cm or cm.start() > 80:
            von = re.match(r"\s+von\s+", after) if verb.startswith(("sprach", "spricht")) else None
            if von is None:
                return None
            cm = von
        between = after[:cm.start()]
        if between.endswith(" zu bedenken"):
            between = between[: -len(" bedenken")]  # "gab zu bedenken, dass …" like "gab zu, dass …"
        particle = _DE_PARTICLE_FINITE.get(verb)
        if particle and verb not in _DE_VERB_FORMS and not re.search(r"\b" + particle + r"$", between.strip()):
            return None
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
        if wie and particle is None and verb not in _DE_JOINED:
            wie = None
        first_word = stripped.split(" ", 1)[0].lower().strip(",") if stripped else ""
        if verb in _DE_JOINED or (wie and stripped.endswith(wie.group(1))):
            if not wie:
                return None
            phrase, p0 = wie.group(1), coff + clause.find(wie.group(1))
        elif not stripped or first_word in DE_ADVERBIAL_OPENERS:
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
        src = _plural_sie(parse_source(phrase, s0 + p0, "de"), verb)
        if src.kind == "description" and (not src.description or src.description.split()[0].lower() in NON_SOURCE_WORDS):
            return None
        cs, ce = trim_span(self.text, s0 + vm.end() + cm.end(), s0 + body_end)
        if ce - cs < 8:
            return None
        return _Frame((cs, ce), src, verb if not particle or verb in _DE_VERB_FORMS else f"{verb} … {particle}",
                      "indirect", 0.8)

    def _frames_en(self, sent: str, s0: int) -> list[_Frame]:
        body_end = len(_SENT_END.sub("", sent))
        text = self.text
        # frame after: "…, the OECD said." / "…, said the report for …, moving …" / ", according to X."
        m = _RX_EN_FRAME_AFTER.search(sent[:body_end])
        if m and not _quote_char_after(sent, m.start()):
            if m.group(1):
                phrase, p0, cue = m.group(1), m.start(1), "according to"
            elif m.group(2):
                phrase, p0, cue = m.group(3), m.start(3), m.group(2)
            else:
                phrase, p0, cue = m.group(4), m.start(4), m.group(5)
            if not _RX_RELATIVE_WORD.search(phrase) and len(phrase.split()) <= 12:
                src = parse_source(phrase, s0 + p0, "en")
                if _is_source(src):
                    cut = m.start()
                    cs, ce = trim_span(text, s0, s0 + cut)
                    cs = content_start(text, cs, ce)
                    return [_Frame((cs, ce), src, cue, "indirect", 0.8)]
        loose = self._en_frame_after_loose(sent, s0, body_end)
        if loose:
            return loose
        # according to X, …
        m = _RX_ACCORDING_TO_LEAD.match(sent)
        if m:
            cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
            return [_Frame((cs, ce), parse_source(m.group(1), s0 + m.start(1), "en"), "according to", "indirect", 0.8)]
        m = _RX_ACCORDING_TO_INSIDE.search(sent[:body_end])
        if m:
            cs, ce = trim_span(text, s0, s0 + body_end)
            return [_Frame((cs, ce), parse_source(m.group(1), s0 + m.start(1), "en"), "according to", "indirect", 0.75)]
        # postposed frame in mid-sentence: "…, he said, and was forecast to …" -> two items
        m = _RX_EN_MID_FRAME.search(sent[:body_end])
        if m:
            src = parse_source(m.group(1), s0 + m.start(1), "en")
            if _is_source(src):
                out = [_Frame(trim_span(text, s0, s0 + m.start()), src, m.group(2), "indirect", 0.75)]
                rest = sent[m.end():body_end]
                if _RX_EN_FINITE_START.match(rest):
                    out.append(_Frame(trim_span(text, s0 + m.end(), s0 + body_end), src, m.group(2), "indirect", 0.65))
                return out
        # "X was quoted (by Y) as saying (that) …"
        m = _RX_EN_QUOTED_AS_SAYING.search(sent, 0, body_end) if "quoted" in sent else None
        if m:
            subj = re.sub(r"^.*,\s+", "", m.group(1)).strip()
            src = parse_source(subj, s0 + sent.rfind(subj, 0, m.end(1)), "en")
            if _is_source(src):
                cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                if ce - cs >= 12:
                    return [_Frame((cs, ce), src, "quoted as saying", "indirect", 0.75)]
        # "Xinhua quoted Li as saying (that) …", "the paper cited Li as saying …": Li speaks
        m = _RX_EN_ACTIVE_QUOTED.search(sent, 0, body_end) if ("quoted" in sent or "cited" in sent) else None
        if m and not _RX_ANY_QUOTE_MARK.match(sent, m.end()):
            src = parse_source(m.group(1), s0 + m.start(1), "en")
            if _is_source(src):
                cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                if ce - cs >= 12:
                    return [_Frame((cs, ce), src, "quoted as saying", "indirect", 0.75)]
        # frame first: "X said (that) …", "X told Y (that) …", "Analysts expect …"
        for vm in _EN_VERB_RE.finditer(sent, 0, body_end):
            fr = self._en_frame_first(sent, s0, body_end, vm)
            if fr is not None:
                return [fr]
        # participle frame: "Christian Aid condemned the move, saying it would …"
        m = _RX_EN_PARTICIPLE_FRAME.search(sent[:body_end])
        if m:
            marks = list(_RX_ANY_QUOTE_MARK.finditer(sent, 0, m.start()))
            if marks:
                # "“…,” the mayor said, adding that …": the subject of the frame after the
                # quotation, never the first capitalised word inside it
                q = marks[-1].end()
                after_src = self._frame_after_marks(sent[q:m.start()], s0 + q)
                if after_src is not None and _is_source(after_src):
                    cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                    if len(text[cs:ce].split()) >= 3:
                        return [_Frame((cs, ce), after_src, m.group(1), "indirect", 0.6)]
                return []
            caps = _RX_EN_LEADING_CAPS.match(sent)
            if caps:
                src = parse_source(caps.group(1).strip(), s0, "en")
                if _is_source(src):
                    cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                    if len(text[cs:ce].split()) >= 3:
                        return [_Frame((cs, ce), src, m.group(1), "indirect", 0.6)]
        return []

    def _en_frame_after_loose(self, sent: str, s0: int, body_end: int) -> list[_Frame]:
        """Postposed frames with more around them: "…, said Li Haiyan, deputy director of …,
        quoting …", "…, Li said at Wednesday's conference …", "…, the head of X said in an
        interview published on Thursday, as …", "…, he said, adding that …" (two items)."""
        text = self.text
        body = sent[:body_end]
        if ", " not in body or not _RX_EN_ANY_FINITE.search(body):
            return []  # most sentences: no speech verb at all
        found = None
        # inverted: ", said NAME(, apposition)(, quoting …)"
        for m in _RX_EN_INVERTED.finditer(body):
            found = (m.start(), m.end(), m.group(1), None)
        if found is not None:
            comma, p0, cue, _ = found
            phrase = body[p0:]
            tail = _RX_EN_FRAME_TAIL.search(phrase)
            if tail:
                phrase = phrase[:tail.start()]
            phrase = re.sub(r"\s+(?:on|at|in|during|after|before|last|this|yesterday|today|earlier|later)\b.*$", "", phrase)
            if _RX_ANY_QUOTE_MARK.search(phrase) or _RX_EN_COPULA.search(phrase):
                phrase = ""  # "…, said the extent of the rise was “…”": content after "said", not a name
            if phrase and len(phrase.split()) <= 22 and not _RX_RELATIVE_WORD.search(phrase):
                src = parse_source(phrase, s0 + p0, "en")
                if _is_source(src) and (src.name or src.kind != "pronoun"):
                    cs, ce = trim_span(text, s0, s0 + comma)
                    cs = content_start(text, cs, ce)
                    if len(text[cs:ce].split()) >= 4:
                        return [_Frame((cs, ce), src, cue, "indirect", 0.75)]
        # subject first, then an adjunct: ", Li said at …", ", the ministry said in a statement"
        sa = _RX_EN_SUBJECT_ADJUNCT.search(body)
        if sa and len(sa.group(1).split()) <= 10 and not _RX_RELATIVE_WORD.search(sa.group(1)) \
                and not _RX_EN_SAID.search(body[:sa.start()]):
            src = parse_source(sa.group(1), s0 + sa.start(1), "en")
            if _is_source(src):
                cs, ce = trim_span(text, s0, s0 + sa.start())
                cs = content_start(text, cs, ce)
                if len(text[cs:ce].split()) >= 4:
                    out = [_Frame((cs, ce), src, sa.group(2), "indirect", 0.75)]
                    add = _RX_EN_ADDING_THAT.search(sa.group(3) or "")
                    if add:
                        a0 = s0 + sa.start(3) + add.end()
                        out.append(_Frame(trim_span(text, a0, s0 + body_end), src, add.group(1), "indirect", 0.65))
                    return out
        return []

    def _en_frame_first(self, sent: str, s0: int, body_end: int, vm: re.Match[str]) -> _Frame | None:
        verb = vm.group(1)
        low = verb.lower()
        if low in EN_CALL_VERBS or low in EN_PARTICIPLE_FRAMES:
            return None
        before = sent[:vm.start()]
        words_before = before.split()
        if (words_before and words_before[-1].lower() in EN_PASSIVE_AUX | {"to", "not", "would", "will", "could", "may"}
                and words_before[-1].lower() not in ("has", "have", "had")):
            return None
        if low in ("expected", "forecast", "estimated", "projected") and words_before and words_before[-1].lower() in ("be", "been", "is", "was", "are", "were", "being"):
            return None
        if low in _NOUN_LIKE_VERBS and len(words_before) >= 1:
            p1 = words_before[-1].lower()
            p2 = words_before[-2].lower() if len(words_before) >= 2 else ""
            if p1 in _DETERMINERS or (p2 in ("a", "an", "the") and p1 not in ORG_DESCRIPTION_WORDS_EN):
                return None
        if _RX_ANY_QUOTE_MARK.search(before):
            return None
        if low in _NOUN_LIKE_VERBS and _RX_EN_NEXT_VERB.match(sent[vm.end():]):
            return None  # "press reports said …": the noun is the subject of the next verb
        subj_text = before.strip().rstrip(",")
        subj_text = re.sub(r"^(?:(?:However|But|And|Meanwhile|Still|Yet|Separately|So),?\s+)+", "", subj_text)
        m_sub = _RX_EN_SUBORDINATOR.search(subj_text)
        if m_sub and m_sub.end() < len(subj_text):
            subj_text = subj_text[m_sub.end():]
        subj_text = re.sub(r"\s+(?:has|have|had|also|now|then|would|will|later|consistently|again|previously|had\s+also)$", "", subj_text)
        subj_text = re.sub(r"\s+(?:has|have|had|also|now|then)$", "", subj_text)
        if "," in subj_text:
            parts = [p.strip() for p in subj_text.split(",")]
            lead = parts[0].split(" ", 1)[0].lower() if parts[0] else ""
            if lead in EN_LEAD_ADVERBIALS or lead.endswith(("ing", "ed")) or len(parts[0].split()) > 6:
                subj_text = ", ".join(parts[1:]) if len(parts) > 1 else subj_text
        if not subj_text:
            return None
        lead = subj_text.split(" ", 1)[0].lower()
        if lead in EN_LEAD_ADVERBIALS and not _RX_CAPITAL.search(subj_text[1:]):
            return None
        if len(subj_text.split()) > 14:
            subj_text = " ".join(subj_text.split()[-8:])
        src = parse_source(subj_text, s0 + before.rfind(subj_text) if subj_text in before else s0, "en")
        if not _is_source(src):
            return None
        after = sent[vm.end():body_end]
        # content: after "that" close by, after the object of "told", or right after the verb
        tm = _RX_EN_THAT_NEAR.match(after)
        if tm:
            cstart = vm.end() + tm.end()
        elif low in ("told", "tell", "tells"):
            om = _RX_EN_TOLD_OBJECT.match(after)
            if not om:
                return None
            cstart = vm.end() + om.end()
        else:
            cm = _RX_COLON_GAP.match(after)
            assert cm is not None  # the gap pattern also matches the empty string, so always at 0
            adj = _EN_TIME_ADJUNCT.match(after)
            if adj and not _RX_EN_PREP_AFTER_ADJUNCT.match(after[adj.end():]):
                cm = adj  # "Li said on Tuesday China will …"
            cstart = vm.end() + cm.end()
            nxt = after[cm.end():].split(" ", 1)[0]
            if nxt.lower() in ("to", "on", "in", "at", "for", "by", "about", "of", "with", "from", "as", "and", "but", "so") \
                    or nxt.startswith(("\"", "“")) or not nxt:
                return None
        cs, ce = trim_span(self.text, s0 + cstart, s0 + body_end)
        cq = _CONSEQUENCE.search(self.text, cs, ce)
        if cq:
            ce = cq.start()
        # a second clause after ", adding …" stays inside (one reported clause)
        if ce - cs < 12 or len(self.text[cs:ce].split()) < 3:
            return None
        conf = 0.6 if low in EN_FORECAST_VERBS else 0.8
        return _Frame((cs, ce), src, verb, "indirect", conf)


_SUBJ_AFTER = re.compile(
    r"\s+((?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s+)?(?:[a-zäöü][\w-]*(?:e|en|er)\s+)?[A-ZÄÖÜ][\w.&-]*"
    r"(?:\s+(?:(?:von|vom|für|und|de|des|der)\s+(?:(?:der|dem|den|des)\s+)?)?[A-ZÄÖÜ][\w.&-]*)*|er|sie)(?=[\s,.:]|$)"
)


_NOBODY = Source()
_DE_LEADING_ZUFOLGE = re.compile(r"((?:Dem|Der|Den|Einem|Einer)\s+[^,;:]{2,120}?)\s+zufolge\b")
# a sentence-opening noun phrase up to its finite verb (a lower-case word that is not an
# article, a preposition inside the phrase, or an inflected adjective)
_DE_LEADING_NP = re.compile(
    r"((?:(?:der|die|das|des|dem|den|von|vom|für|und|de|van)\s+|[a-zäöüß]+(?:e|en|er|es)\s+(?=[A-ZÄÖÜ])|"
    r"[A-ZÄÖÜ][\w.&'-]*,?\s+)+)(?=[a-zäöüß])")
_DE_INVERTED_STANCE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:er)?(?:\s+[a-zäöüß]+)?\s+(?:ist|war|zeigte|zeigt|gab|gibt|äußerte|äußert|"
                                 r"blieb|bleibt|klang|klingt|wirkte|wirkt|sieht|sah)(?:\s+sich)?(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))")
_DE_STANCE_VERB = re.compile(r"\s(?:zeigte|zeigt|gab|gibt|äußerte|äußert)\s+sich\s+[a-zäöüß]+")
_DE_BACKREF = re.compile(r"(?:Das|Dies|Dieses|Diese)\s+(" + _DE_FRAME_VERBS_ALT + r")\s+(?=[A-ZÄÖÜ]|der\s|die\s|das\s|er\s|sie\s)")
_EN_TIME_ADJUNCT = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year)"
                              r"|this\s+(?:week|month|year)|on\s+\w+\s+\d{1,2}|yesterday|today|earlier)\s*,?\s+(?:that\s+)?(?=[A-Z]|the\b|it\b|they\b|there\b)")
_EN_FRAME_ADJUNCT_WORDS = {"on", "in", "at", "during", "after", "before", "last", "this", "yesterday", "today", "late",
                           "early", "earlier", "later", "when", "while", "citing", "quoting", "to", "of", "with",
                           "from", "by", "as", "adding", "noting", "told", "reporters", "the", "a", "an"}
_RX_NAME_BEFORE_MARK = re.compile(r"(?<![\w-])(?:dem|der|den|des|die|das|im|vom|beim|zum|zur|the|of|from|in|on)\s*$", re.IGNORECASE)


_TITLE_FUNCTION_WORDS = {"am", "an", "der", "die", "das", "des", "dem", "und", "für", "von", "im", "in", "of", "and",
                         "the", "for", "on", "at", "&"}


def _quoted_name(text: str, mk: Marked) -> bool:
    """„Handelsblatt“ in "sagte dem „Handelsblatt“", the "Belt and Road" initiative: a short
    capitalised title after an article or preposition names something; it quotes nobody."""
    words = text[mk.start:mk.end].split()
    if not words or len(words) > 4 or not words[0][:1].isupper() or text[mk.end - 1:mk.end] in ".!?":
        return False
    if any(not w[:1].isupper() and w.lower() not in _TITLE_FUNCTION_WORDS for w in words):
        return False  # "die »Intensität der bilateralen Beziehungen«": a quoted phrase, not a title
    return _RX_NAME_BEFORE_MARK.search(text, max(0, mk.open - 12), mk.open) is not None


_RX_EN_COPULA = re.compile(r"\b(?:was|were|is|are|had|would|will|could|should|might|must)\b")
_RX_WIRE_TAG = re.compile(r"(?:UPDATE\s*\d*|REFILE|CORRECTED|EXCLUSIVE|WRAPUP\s*\d*|BREAKINGVIEWS|INTERVIEW|ANALYSIS)\s*[-:]\s*")
_RX_HEADLINE_DASH_SOURCE = re.compile(r"\s[-–—]\s?((?:[A-Za-zÄÖÜ][\w.&'’-]*)(?:\s[A-Za-zÄÖÜ][\w.&'’-]*){0,3})\s*$")
_RX_SUBJECT_COLON = re.compile(r"(?:^|[.!?]\s+|\n)([^.!?:„“”\"\n]{2,160}?)\s*:\s*$")
_RX_NAME_ONLY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2}")
_RX_NAMED_SUBJECT = re.compile(r"((?:He|She|Er|Sie)(?=\s)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,3}"
                               r"(?:\s*,\s*[^,]{2,90},)?)\s+(?=[a-zäöüß])")
_DE_STANCE_COLON = re.compile(r"(?:^|[.!?]\s+)([^.!?:„“\"]{2,120}?)\s+(?:zeigte|zeigt|gab|gibt)\s+sich\s+[a-zäöüß]+(?:\s+[a-zäöüß]+)?\s*:\s*$")
_EN_VERB_HINTS = {"will", "would", "to", "is", "are", "was", "were", "has", "have", "had", "can", "could", "must",
                  "should", "may", "might", "not", "needs", "wants", "sees", "expects", "remains"}
_DE_FUNCTION_WORDS = {
    "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor", "für", "über", "unter",
    "gegen", "durch", "zu", "zum", "zur", "um", "bis", "und", "oder", "der", "die", "das", "den", "dem", "des", "ein",
    "eine", "einen", "einem", "einer", "eines", "als", "wie", "ab", "seit", "ohne", "zwischen", "neues", "neue",
    "neuer", "neuen", "mehr", "weniger", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "hundert", "tausend", "deutsche", "deutschen", "deutscher", "chinesische", "chinesischen",
    "chinesischer", "erste", "ersten", "großes", "große", "großen", "kleine", "gegenüber",
}
_DE_DOCUMENT_NOUNS = {"mitteilung", "pressemitteilung", "erklärung", "bericht", "stellungnahme", "studie",
                      "papier", "kreisen", "umfeld", "schreiben", "brief", "analyse", "presseerklärung",
                      "verlautbarung", "meldung", "information", "informationen", "unterlagen"}
_FRAME_FIRST_CUES = {"laut", "nach Angaben", "geht es nach", "demnach"}
_DE_HEISST_ES_FIRST = re.compile(r"(?:(?:In|Im|Aus|Von|Vom|Bei|Beim)\s+([^,]{2,100}?)\s+)?(?:hieß|heißt|hiess|heisst)\s+es"
                                 r"(?:\s+(?:in|im|aus|von|vom|bei|beim)\s+([^,]{2,100}?))?\s*(?:,\s*(?:dass\s+)?|:\s*)")
_DE_HEISST_ES = re.compile(r",\s+(?:hieß|heißt|hiess|heisst)\s+es(?:\s+(?:weiter\s+|zudem\s+|auch\s+)?(?:in|im|aus|von|vom|bei|beim)\s+([^,]{2,100}))?$")
_NOUN_LIKE_VERBS = {"report", "reports", "forecast", "forecasts", "estimate", "estimates", "claim", "claims",
                    "note", "notes", "state", "states", "stress", "call", "calls", "project", "projects", "warning"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "new", "latest", "annual", "our"}
_CONSEQUENCE = re.compile(r",\s+(?:leading|prompting|sparking|causing|triggering|resulting)\s+(?:to|in)?\b")


def _plural_sie(src: Source, verb: str) -> Source:
    """"sagten sie", "Sie rechnen mit …": a plural verb makes "sie" the companies or the
    officials, not a woman; it then resolves like "they"."""
    if src.kind == "pronoun" and src.description.lower() == "sie" and verb.endswith("en"):
        src.is_plural = True
    return src


def _is_source(src: Source) -> bool:
    if src.kind == "pronoun":
        return src.description.lower() not in NON_SOURCE_WORDS or src.description.lower() in ("it",)
    if src.name:
        return True
    d = src.description.strip()
    if not d:
        return False
    head = re.split(r"\s+(?:of|for|at)\s+", d)[0].split()[-1].lower().strip(".,")
    return head not in NON_SOURCE_WORDS and not head.isdigit() and len(d.split()) <= 8 and (
        head in PERSON_ROLE_WORDS_EN or head in ORG_DESCRIPTION_WORDS_EN or head.endswith("s") or bool(src.organisation))


def _quote_char_after(sent: str, pos: int) -> bool:
    return bool(re.search(r"[\"“”]", sent[pos:]))


def _plausible_role(role: str, lang: str) -> bool:
    if not role:
        return False
    if lang == "en":
        return any(w in PERSON_ROLE_WORDS_EN for w in role.lower().split())
    return any(_de_person_role(w.lower()) for w in role.split()) or len(role.split()) <= 4


def _de_person_role(word: str) -> bool:
    from .people import _is_role_de

    return _is_role_de(word) or word.lower().endswith(_AGE_DESCRIPTIONS)


# "der 58-Jährige", "die 45-jährige": an age describes the person last named
_AGE_DESCRIPTIONS = ("-jährige", "-jähriger", "jährige")
# offices name one particular person: "der Minister" is not the last-named "Siemens-Chef";
# other descriptions ("der Manager", "der 58-Jährige", "der Ökonom") fit whoever was named last
_OFFICE_WORDS = ("minister", "ministerin", "sprecher", "sprecherin", "botschafter", "botschafterin", "präsident",
                 "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "gouverneur", "direktor",
                 "direktorin", "vorsitzende", "vorsitzender", "spokesman", "spokeswoman", "spokesperson", "ambassador",
                 "president", "mayor", "governor", "chairman", "chairwoman", "premier", "chancellor")


def _first_verb(s: str, lang: str) -> str:
    m = (_EN_VERB_RE if lang == "en" else _DE_VERB_RE).search(s)
    if m:
        return m.group(1)
    m = re.search(r"(?<![\w-])so(?![\w-])", s)
    return "so" if m else "frame"
