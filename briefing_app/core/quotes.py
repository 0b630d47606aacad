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
   :class:`~briefing_app.core.entity_tracker.EntityTracker` ("er", "der Ökonom", "Mr Xie").

Every suggestion names the cue that fired and a confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .body_names import named_body_before
from .german_tagger import german_tags, plural_common_noun
from .konjunktiv import has_konjunktiv, speculation_only
from .name_words import is_org_desc_de, looks_like_org
from .quote_direct import quotation_is_content
from .quote_frames_de import GermanFrames
from .quote_frames_en import EnglishFrames
from .quote_headlines import HeadlineQuotes
from .quote_interviews import InterviewAnswers
from .quote_marks import Marked, find_marked
from .quote_patterns import (
    _DE_BACKREF,
    _DE_INVERTED_STANCE,
    _DE_JUDGEMENT,
    _DE_JUDGEMENT_STEMS,
    _DE_LEADING_NP,
    _DE_PARTICLE_FINITE,
    _DE_STANCE_VERB,
    _DE_VERB_FORMS,
    _DE_VERB_RE,
    _FIRST_PERSON_RE,
    _FRAME_FIRST_CUES,
    _SUBJ_AFTER,
    _de_person_role,
    _Frame,
    _quoted_name,
    particle_closing,
)
from .quote_spans import content_start, dedupe, trim_span
from .results import QuoteSuggestion
from .source_phrases import parse_source
from .speech_cues import (
    DE_ADVERBIAL_OPENERS,
    DE_CONTINUATION_OPENERS,
    DE_DEMONSTRATIVE_OPENERS,
    DE_FORECAST_VERBS,
)

# a denial just before the reported content ("denied that …", "rejected claims that …",
# "denied at a briefing on Monday that …", "bestritt, dass …", "wies Berichte zurück, wonach …"):
# the quote keeps it
_RX_DENIAL_STEM = re.compile("deni|deny|reject|dismiss|disput|refut|bestr|dementi|zurück")
_RX_DENIAL_BEFORE = re.compile(
    r"(?<![\w-])((?:denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)"
    r"(?:(?:\s+[\w-]+){0,7}?\s+that\s+|\s+)"
    r"|(?:bestritt|bestreitet|bestritten|bestreiten|dementierte|dementiert|dementierten|dementieren)\s*,\s*(?:dass\s+)?"
    r"|wies\s+(?:\w+\s+){0,3}zurück\s*,\s*(?:dass|wonach)\s+)$"
)

__all__ = ["QuoteFinder"]


class QuoteFinder(HeadlineQuotes, InterviewAnswers, GermanFrames, EnglishFrames):
    """Suggests the quotes of one text: marked pairs first, then frames sentence by sentence.

    The parts live in their own modules: speaker resolution (``quote_speakers``), direct
    speech (``quote_direct``), German and English sentence frames (``quote_frames_de``,
    ``quote_frames_en``), headlines (``quote_headlines``) and interview answers
    (``quote_interviews``); the order of the rules and the
    chains that carry a speaker across sentences are here.
    """

    # public
    def find(self) -> list[QuoteSuggestion]:
        marked = find_marked(self.text, self.lang)
        self._mark_closes = sorted(m.close for m in marked)
        # where an article marks its direct speech, unmarked speech is reported, not verbatim;
        # one pair of typographic marks („…“, »…«, “…”) is enough to show that it does (a
        # stray straight " may be a teaser or an inch)
        self.has_marks = len(marked) >= 2 or any(self.text[mk.open] not in "\"'" for mk in marked)
        m_starts = [m.open for m in marked]
        out: list[QuoteSuggestion] = []
        last_speaker: tuple[str, str, str] | None = None
        last_quote_sent = -10
        last_direct: tuple[int, tuple[str, str, str]] | None = None  # end offset, speaker
        used_marked: set[int] = set()
        answer: tuple[int, tuple[str, str, str]] | None = None  # an interview answer: paragraph end, speaker
        for si, (s0, s1) in enumerate(self.sentences):
            sent = self.text[s0:s1]
            answer = self._interview_answer(si, answer)
            if answer is not None and not any(marked[k].open < s1 and marked[k].close > s0 for k in
                                              range(bisect_right(m_starts, s0 - 1), bisect_right(m_starts, s1))):
                # "Busch: Der Markt ist schwieriger geworden. Wir investieren weiter.": the
                # interviewee's own words, sentence by sentence, to the end of the answer
                if not answer[1][0]:
                    continue  # the interviewer's question
                cs = s0 + (self._answer_label_end(si) or 0)
                cs, ce = trim_span(self.text, cs, s1)
                if ce < s1 and self.text[ce] in ".!?":
                    ce += 1
                if ce - cs >= 8:
                    out.append(self._make(cs, ce, answer[1], "direct", 0.6, "interview answer"))
                    last_speaker, last_quote_sent = answer[1], si
                continue
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
            frames = [fr for fr in self._frames_at(si) if not self._frame_quoted(fr, marked, marks_here)]
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
                if any(quotation_is_content(self.text, (cs, ce), marked[k].open,
                                            max(0, min(ce, marked[k].end) - max(cs, marked[k].start))) for k in near):
                    continue  # the marked quote is the content
                # "BYD will invest …, the company said": a frame after its content may name a
                # company its content names; one before it ("The company said BYD …") may not
                after = fr.source is not None and fr.source.kind == "description" and self._frame_after(fr, s0, s1)
                said_by = self._speaker_of(fr, cs, last_speaker, body_pos=ce if after else cs)
                if said_by is None:
                    continue
                kind = fr.kind
                if self.lang == "de" and kind == "direct" and has_konjunktiv(self.text[cs:ce]):
                    kind = "indirect"
                if any(marked[k].open == cs - 1 and marked[k].close < ce for k in near):
                    cs -= 1  # a mixed quote opening with a quoted word keeps its opening mark
                denial = _RX_DENIAL_BEFORE.search(self.text, max(0, cs - 60), cs) \
                    if _RX_DENIAL_STEM.search(self.text, max(0, cs - 60), cs) else None
                if denial is not None:
                    # "Officials denied that the plant would be closed": on a slide the words
                    # after "that" alone would say the opposite of what was said
                    cs = denial.start(1)
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
            # a judgement with its reasons in Konjunktiv ("Das Ministerium begrüßte die
            # Entscheidung, sie stärke den Standort"): the reasons are the subject's
            if self.lang == "de" and not frames and not marks_here:
                judged = self._judgement(si)
                if judged is not None:
                    cs, ce, said_by = judged
                    out.append(self._make(cs, ce, said_by, "indirect", 0.6, "judgement with reasons"))
                    last_speaker = said_by
                    last_quote_sent = si
                    continue
            # a paragraph opened by a named source ("Der Botschafter Wu Ken zeigte sich optimistisch.")
            # whose next sentences are in Konjunktiv: they report that source
            # inside a paragraph only a stance sentence hands over ("Optimistischer ist X.",
            # "X zeigte sich zuversichtlich."): a new person's view, not the last speaker's
            if self.lang == "de" and not frames and not marks_here and si >= 1 and last_quote_sent != si - 1 \
                    and (self._paragraph_start(si - 1) or self._stance_sentence(si - 1)) and has_konjunktiv(sent):
                opener = self._paragraph_subject(si - 1)
                if opener is not None:
                    last_speaker = opener
                    last_quote_sent = si - 1
            # continuations (German; English keeps its quotation marks)
            if self.lang == "de" and last_speaker is not None and not frames and si - last_quote_sent <= 2:
                cs, ce = trim_span(self.text, s0, s1)
                body = self.text[cs:ce]
                konj = has_konjunktiv(body)
                verbatim = si - last_quote_sent == 1 and (_FIRST_PERSON_RE.search(body) is not None or
                                                          body.split(" ", 1)[0] in DE_CONTINUATION_OPENERS)
                other = self._other_named_subject(si, last_speaker) if konj or verbatim else None
                if other is not None:
                    # "Treier zeigte sich überzeugt, dass …": another person's view, not a
                    # continuation of the last speaker
                    last_speaker = other
                    last_quote_sent = si
                    continue
                asked = "?" in self.text[cs:s1]  # (the trimmed body ends before its final mark)
                if konj and not asked and (self._carries_on(body) or not speculation_only(body)):
                    out.append(self._make(cs, ce, last_speaker, "indirect", 0.6, "Konjunktiv continuation"))
                    last_quote_sent = si
                elif si - last_quote_sent == 1 and (_FIRST_PERSON_RE.search(body) or body.split(" ", 1)[0] in DE_CONTINUATION_OPENERS) \
                        and not asked:
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

    def _frame_quoted(self, fr: _Frame, marked: list[Marked], here: list[int]) -> bool:
        """The frame's verb and content both lie inside one quotation („Wir erwarten, dass …“):
        the quoted speaker's own words, not a frame of the sentence; the quotation is the
        quote, never its cut-off clause with "„Wir" as speaker."""
        cs, ce = fr.content
        verb = fr.cue.split(" ", 1)[0]
        return any(marked[k].open < cs - 1 and marked[k].close >= ce
                   and self.text.find(verb, marked[k].open, cs) >= 0 for k in here)

    @staticmethod
    def _carries_on(body: str) -> bool:
        """The sentence opens with a connective or a demonstrative ("Daher wäre es wichtig, …",
        "Das wäre der stärkste Rückgang"): it carries the reported argument on, even in the
        Konjunktiv II a reporter otherwise uses for his own hypothesis."""
        first = body.split(" ", 1)[0]
        return first in DE_CONTINUATION_OPENERS or first in DE_DEMONSTRATIVE_OPENERS

    def _frame_after(self, fr: _Frame, s0: int, s1: int) -> bool:
        """The frame's verb stands after its content ("BYD will invest …, the company said"):
        a company it describes may be one the content names."""
        cs, ce = fr.content
        verb = fr.cue.split(" ", 1)[0]  # ("teilte … mit")
        return self.text.find(verb, ce, min(s1, ce + 160)) >= 0 and verb not in self.text[s0:cs]

    def _frames_at(self, si: int) -> list[_Frame]:
        """The frames of sentence ``si`` (computed once: the chain look-ahead reads them too)."""
        cache = self._frame_cache
        if si not in cache:
            s0, s1 = self.sentences[si]
            cache[si] = self._frames(self.text[s0:s1], s0) if s1 - s0 < 2000 else []
        return cache[si]

    def _chain_source(self, si: int) -> tuple[str, str, str] | None:
        """Speaker of a Konjunktiv sentence whose source is named later in the paragraph: the
        following sentences are Konjunktiv too, up to one with a postposed frame ("…, so der
        Botschafter", "…, heißt es in der Mitteilung", "…, sagte X")."""
        s0, s1 = self.sentences[si]
        if self.text[s0:s1].rstrip().endswith("?"):
            return None
        if not has_konjunktiv(self.text[s0:s1]):
            # an indicative statement is reported only when the next sentence points back to it
            nxt = si + 1
            if nxt >= len(self.sentences) or self._paragraph_start(nxt):
                return None
            return self._backref_speaker(nxt)
        if self._stance_sentence(si):
            return None  # a stance sentence names its own source: "X begrüßte …, sie stärke …"
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
            if not has_konjunktiv(self.text[t0:t1]):
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

    def _judgement(self, si: int) -> tuple[int, int, tuple[str, str, str]] | None:
        """Span and speaker of the reasons of "X begrüßte/bedauerte/verteidigte …, <Konjunktiv>":
        the clause after the comma, said by the subject that opens the sentence."""
        s0, s1 = self.sentences[si]
        vm = self._judgement_verb(s0, s1)
        if vm is None:
            return None
        cs, ce = trim_span(self.text, vm.end(), s1)
        if ce - cs < 8 or not has_konjunktiv(self.text[cs:ce]) or self.text[cs:ce].endswith("?"):
            return None
        if vm.group("rejects"):
            cs = vm.start("rejects")  # "wies den Vorwurf zurück, …": the rejection is the statement
        m = _DE_LEADING_NP.match(self.text, s0, s1)
        # the subject must stand right before the verb (the noun-phrase pattern may run on over
        # a verb that looks inflected, "wies Befürchtungen": it is cut there)
        if m is None or m.end() < vm.start() + 1 or m.group(1).split(" ", 1)[0].lower() in DE_ADVERBIAL_OPENERS:
            return None
        subject = self.text[s0:vm.start()].strip()
        if vm.group("rejects") is None and m.end() != vm.start() + 1:
            return None
        said_by = self.resolve_source(parse_source(subject, s0, "de"), s0)
        return (cs, ce, said_by) if said_by is not None else None

    def _stance_sentence(self, si: int) -> bool:
        s0, s1 = self.sentences[si]
        return _DE_INVERTED_STANCE.match(self.text, s0, s1) is not None or \
            _DE_STANCE_VERB.search(self.text, s0, s1) is not None or self._judgement_verb(s0, s1) is not None

    def _judgement_verb(self, s0: int, s1: int) -> re.Match[str] | None:
        """The judgement verb of the sentence ("begrüßte …,"), looked for only where one of
        the verbs' stems occurs (most sentences have none)."""
        if _DE_JUDGEMENT_STEMS.search(self.text, s0, s1) is None:
            return None
        return _DE_JUDGEMENT.search(self.text, s0, s1)

    def _paragraph_subject(self, si: int) -> tuple[str, str, str] | None:
        """The named subject that opens sentence ``si`` (a person or organisation by name),
        or None: "Chinas Botschafter Wu Ken zeigte sich …" -> Wu Ken."""
        s0, s1 = self.sentences[si]
        m = _DE_LEADING_NP.match(self.text, s0, s1)
        inv = _DE_INVERTED_STANCE.match(self.text, s0, s1)
        if inv is not None and german_tags(tuple(self.text[s0:inv.end()].split()[:2]))[0] in ("NE", "NN"):
            inv = None  # "Lindner sah das anders": the name opens the sentence as its subject
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
        if not src.name and (inv is not None or _DE_STANCE_VERB.search(self.text, s0, s1)) \
                and src.kind == "description" and src.description \
                and (_de_person_role(src.description.split()[-1]) or is_org_desc_de(src.description.split()[-1])):
            # "Ähnlich äußerte sich die Vorsitzende des Verbands, Anna Berg.": the person
            # described, named in the apposition; "Das Ministerium wies … zurück": the body of
            # that name, never merely the last one named
            head = src.description.split()[-1]
            if _de_person_role(head):
                return self.resolve_source(src, s1)
            ent = self.tracker.resolve(s0, "org", hint=head.lower(), strict=True)
            named = ent.name if ent is not None else named_body_before(self.text, self.lang, s0, head.lower())
            return (named or src.written or src.description), "", src.organisation
        if src.name and inv is not None and src.kind != "person" and len(src.name.split()) >= 2 \
                and not looks_like_org(src.name):
            src.kind = "person"  # "Anders sieht es Thomas Koch von der Kammer": introduced as a voice
        if not src.name or (src.kind != "person" and self.tracker.lookup(src.name) is None
                            and _DE_STANCE_VERB.search(self.text, s0, s1) is None):
            return None  # (a named view of its own, "Der BDI sieht das ähnlich.", is a voice too)
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
        if verb in _DE_PARTICLE_FINITE and verb not in _DE_VERB_FORMS:
            particle = particle_closing(verb, rest)
            if particle is None:
                return None
            rest = rest[: -len(particle)].rstrip()
        src = parse_source(rest, m.end(), "de")
        if not (src.name or src.description) or (src.kind == "pronoun" and src.description.lower() == "man"):
            return None
        return self.resolve_source(src, m.end())

    @staticmethod
    def _without_object(phrase: str) -> str:
        """The subject after the verb without the object that follows it: "fordert der Verband
        Notfallmaßnahmen" -> "der Verband" (a common noun after a description is no name)."""
        words = phrase.rstrip(".").split()
        if len(words) == 3 and words[0].lower() in ("der", "die", "das") and plural_common_noun(words[2]):
            return " ".join(words[:2])
        return phrase

    def _announcement(self, sent: str, s0: int) -> tuple[str, str, str] | None:
        """A speech verb with a speaker but no content ("Zurückhaltender äußerte sich Dr. X, …",
        "Er erklärt es am Beispiel Kupfer"): the next sentences continue this speaker."""
        if self.lang == "en":
            return None
        vm = _DE_VERB_RE.search(sent)
        if vm is None or (vm.group(1) in DE_FORECAST_VERBS and vm.group(1) not in _DE_VERB_FORMS):
            return None
        verb = vm.group(1)
        if verb in _DE_PARTICLE_FINITE and verb not in _DE_VERB_FORMS \
                and particle_closing(verb, sent.strip(), r"[.!?]*") is None:
            return None
        if verb.startswith("erklär") and re.match(r"\s+sich\b", sent[vm.end():]):
            return None  # "erklärt sich durch …" is not speech
        before = sent[:vm.start()].strip()
        first_word = before.split(" ", 1)[0].lower() if before else ""
        inverted = _DE_INVERTED_STANCE.match(sent) is not None  # "Optimistischer äußerte sich X"
        if not before or first_word in DE_ADVERBIAL_OPENERS or before[:1].islower() or inverted:
            sm = _SUBJ_AFTER.match(re.sub(r"^\s+(?:sich|es)(?=\s)", "", sent[vm.end():]))
            if not sm:
                return None
            phrase = self._without_object(sm.group(1))
            off = s0 + sent.find(phrase, vm.end())
        else:
            phrase, off = before, s0
            lead = _DE_LEADING_NP.match(sent) if "," in before else None
            if lead is not None and "," not in lead.group(1):
                # "Das Ministerium begrüßte das Interesse, mahnte aber …": coordinated verbs
                # share the subject that opens the sentence (an apposition "X, Name," stays)
                phrase = lead.group(1).strip()
        src = parse_source(phrase, off, "de")
        if not (src.name or src.kind == "pronoun"):
            return None
        return self.resolve_source(src, off)

    # --- sentence frames -----------------------------------------------------------------
    def _frames(self, sent: str, s0: int) -> list[_Frame]:
        if self.lang == "en":
            return self._frames_en(sent, s0)
        return self._frames_de(sent, s0)
