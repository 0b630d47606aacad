"""Direct speech: the speaker of text in quotation marks.

A quotation-mark pair may span sentences and its frame sits outside it ("…", sagte sie /
she said: "…"), so the frames after and before the marks, a named subject with a colon and
the subject of the enclosing sentence are parsed here, apart from the sentence frames.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .name_words import is_medium, is_person_role
from .quote_marks import Marked, next_opening
from .quote_patterns import (
    _DE_STANCE_COLON,
    _DE_VERB_RE,
    _EN_FRAME_ADJUNCT_WORDS,
    _EN_VERB_RE,
    _NAMED_AS_LAST,
    _RX_DE_AFTER_MARKS,
    _RX_DE_BEFORE_MARKS,
    _RX_DE_HEISST_AFTER_MARKS,
    _RX_DE_WITH_THESE_WORDS,
    _RX_EN_AFTER_MARKS,
    _RX_EN_BEFORE_MARKS,
    _RX_EN_CALL,
    _RX_EN_FINITE_START,
    _RX_EN_FRAME_TAIL,
    _RX_EN_NAMED_AS,
    _RX_EN_QUOTED_AS_AFTER,
    _RX_EN_QUOTED_OBJECT,
    _RX_EN_SAYING_BEFORE,
    _RX_NAME_ONLY,
    _RX_NAMED_SUBJECT,
    _RX_SUBJECT_COLON,
    _RX_WORD_CHAR,
    _SUBJ_AFTER,
    DE_ANONYMITY,
    DE_ANONYMITY_GUARD,
    EN_ANONYMITY,
    EN_ANONYMITY_GUARD,
    _document_noun,
    _first_verb,
    _Frame,
    _is_source,
    particle_closing,
    source_relative_start,
)
from .quote_spans import clause_prefix
from .quote_speakers import SpeakerResolver
from .source_phrases import Source, parse_source
from .speech_cues import (
    DE_ADVERBIAL_OPENERS,
    DE_CONTINUATION_OPENERS,
    DE_FORECAST_VERBS,
    DE_SUBORDINATORS,
    EN_LEAD_ADVERBIALS,
    EN_NP_OBJECT_VERBS,
    EN_PARTICIPLE_FRAMES,
)

# a quotation signed after a dash: "“…” — Anna Schmidt, Bosch China.", "„…“ – Interview mit X"
_RX_DASH_ATTRIBUTION = re.compile(r"\s*(?:[—–]{1,2}|\s-|--)\s*(?:(?:Interview|Gespräch|Q&A)\s+(?:mit|with)\s+)?([A-ZÄÖÜ][\w'-]+(?:[ \t]+[A-ZÄÖÜ][\w'-]+){0,3})[ \t]*(?:[,.;]|$)",
                                  re.MULTILINE)
# the words or message of a named source right before the quotation
# "As Vice-Premier He Lifeng put it, “…”", "Wie es Ifo-Chef Fuest formulierte: „…“"
_RX_AS_PUT_IT = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:[Aa]s|[Ww]ie)\s+(?:es\s+)?([^,;:\"“„]{2,80}?)\s+(?:put\s+it|puts\s+it|"
    r"(?:es\s+)?(?:formulierte|formuliert|ausdrückte|ausdrückt|auf\s+den\s+Punkt\s+brachte))\s*[,:]?\s*$")
# a finite verb between a headline's subject and its object: "verteidigt", "defends"
_RX_HEADLINE_VERB = {False: re.compile(r"(?<=\s)[a-zäöü][a-zäöüß]{3,}(?:t|te)(?=\s+[A-ZÄÖÜ0-9])"),
                     True: re.compile(r"(?<=\s)[a-z]{3,}s(?=\s+(?:[A-Z0-9]|the\s|its\s|his\s|her\s))")}
_RX_WORDS_OF = re.compile(
    r"(?:\b[Ii]n\s+(?:the\s+)?words\s+of|\b[Mm]it\s+den\s+Worten\s+(?:von|des|der)|"
    r"\b(?:[Tt]he\s+)?(?:message|verdict|answer|reply|response|advice|warning)\s+(?:from|of)|"
    r"\b(?:[Dd]ie\s+)?(?:Botschaft|Antwort|Warnung)\s+(?:von|des|der))"
    r"\s+((?:the\s+|der\s+|des\s+)?[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){0,3})"
    r"(?:\s+(?:was|is|war|ist)\s+[^:,]{1,30})?\s*[,:]\s*$")


def quotation_is_content(text: str, content: tuple[int, int], opening: int, quoted: int) -> bool:
    """Whether a quotation inside a frame's content is that content ("He said: “…”", "said
    it “welcomes …”") rather than a fragment of a reported clause (a mixed quote: "He added
    that the money … would “make the plant cleaner …”"): it covers most of the content, and
    at most one word of the reporter's own stands before it ("the tariffs were “a clear case
    of protectionism”" is the reporter's clause with a quoted fragment)."""
    cs, ce = content
    if quoted <= 0.5 * (ce - cs) or len(text[cs:max(cs, opening)].split()) > 1:
        return False
    rest = text[min(ce, opening + 1 + quoted):ce]
    marks = rest[:len(rest) - len(rest.lstrip(" ,.;:!?”“\"»«’'"))]
    # the reporter's words going on after the quotation ("“…” and would continue to …"); a
    # comma at its closing mark ends the quotation's part ("“…,” according to X")
    return "," in marks or len(rest.split()) <= 2


# a possessive or an article just before a verb-like word makes it a noun ("Saxony's state
# premier", "the report")
_RX_EN_NOUN_BEFORE = re.compile(r"(?:['’]s|(?<![\w-])(?:the|a|an|its|their|his|her))\s+$")


class DirectSpeech(SpeakerResolver):
    # --- direct quotes -------------------------------------------------------------------
    def _bare_lead_in(self, lead: str) -> bool:
        """Nothing but a connective stands before the quotation in its sentence ("Aber: „Wir
        erwarten …“"): the quotation continues the speaker's argument as a sentence does that
        has no words before its marks."""
        if not _RX_WORD_CHAR.search(lead):
            return True
        word = lead.strip().removesuffix(":").strip()
        return self.lang == "de" and lead.rstrip().endswith(":") and word in DE_CONTINUATION_OPENERS

    def _asks_anonymity(self, tail: str) -> bool:
        """The frame after the marks keeps its speaker anonymous ("…“, klagte der Manager, der
        nicht genannt werden wollte"): the description is never resolved to a named person."""
        if self.lang == "en":
            return EN_ANONYMITY_GUARD.search(tail) is not None and EN_ANONYMITY.search(tail) is not None
        return self.lang == "de" and DE_ANONYMITY_GUARD.search(tail) is not None \
            and DE_ANONYMITY.search(tail) is not None

    def _direct_speaker(self, mk: Marked, s0: int, s1: int, frames: list[_Frame],
                        last_direct: tuple[int, tuple[str, str, str]] | None,
                        last_reported: tuple[int, tuple[str, str, str]] | None = None) -> tuple[tuple[str, str, str], str, float] | None:
        text = self.text
        words = len(text[mk.start:mk.end].split())
        # fragments inside reported speech belong to that item (mixed quotes); a quotation
        # that is the whole content of its frame ("According to X, "…"") is that frame's quote
        for fr in frames:
            if fr.cue == "according to" and fr.source is not None and is_medium(fr.source.name or fr.source.description) \
                    and (am := _RX_EN_AFTER_MARKS.match(text, mk.close + 1)) is not None and am.group(3):
                continue  # "“…,” he said, according to CCTV": the medium reports, the frame after the marks speaks
            # the quotation may be the whole content, begun after its opening mark
            # ("According to Ling, "the door …"")
            whole = fr.content[0] == mk.start and abs(fr.content[1] - mk.end) <= 2 \
                and fr.cue.lower() in text[s0:mk.open].lower()
            # (the content may begin with the quotation's first word and go on past it: "warned
            # that “de-risking” must not …")
            after = text[mk.close + 1:fr.content[1]].split()
            opens_content = (fr.content[0] == mk.start and len(after) >= 2 and after[0][:1].islower()
                             and text[mk.start:mk.end].rstrip()[-1:] not in (",", ".", ";", "!", "?"))
            if ((fr.content[0] <= mk.open or opens_content) and mk.close <= fr.content[1] + 1) or whole:
                if not whole and not quotation_is_content(text, fr.content, mk.open, mk.end - mk.start):
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
                para_end = text.find(self.para_break, nxt)
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
            sp = self.resolve_source(src, mk.close + 1, unnamed=self._asks_anonymity(tail))
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
            # "The Siemens chief also announced a plant with a capacity of “more than 300 turbines”":
            # a fragment in a sentence whose speech verb has no reported clause is the
            # subject's own words (as in German below)
            vm = _EN_VERB_RE.search(text, s0, mk.open)
            if vm is not None and words >= 2 and vm.group(1).lower() in EN_NP_OBJECT_VERBS:
                subj = self._sentence_subject(sent, s0, vm.end(1) - s0)
                if subj is not None and (subj.kind == "pronoun" or subj.name or subj.description):
                    sp = self.resolve_source(subj, mk.open)
                    if sp:
                        return sp, "quotation marks + " + vm.group(1), 0.65
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
        # a fragment before the reported clause of the same sentence's speaker ("Wang urged the
        # EU to “correct its wrong practices” and said China would …")
        if self.lang == "en" and words >= 2:
            for fr in frames:
                if mk.close < fr.content[0] and fr.source is not None and fr.source.kind != "pronoun" \
                        and (fr.source.name or fr.source.description):
                    sp = self._speaker_of(fr, mk.open, None)
                    if sp:
                        return sp, "quotation marks + " + fr.cue, 0.6
        # a further quoted fragment in the sentence of the speaker's quotation ("“Europe is our
        # second market,” Weber said, with sales set to be “the highest ever” this year")
        if last_direct is not None and s0 <= last_direct[0] < mk.open and (words >= 2 or self.lang != "en"):
            # (one quoted word is a term, not words of the speaker: "who rates the stock “hold”")
            return last_direct[1], "quotation marks (same sentence)", 0.7
        # continuation of the previous direct quote (a speech or "call" verb with its own subject wins)
        if last_direct is not None and 0 <= mk.open - last_direct[0] < 400 and words >= 3:
            between = text[last_direct[0]:mk.open]
            brk = self.para_break
            if brk not in between or (between.count(brk) <= 1 and len(between.strip()) < 3):
                return last_direct[1], "quotation marks (continued)", 0.75
            if between.count(brk) == 1 and not between.split(brk, 1)[1].strip() and len(between) < 160:
                # a paragraph in quotation marks after the paragraph of the speaker's quotation
                # and its frame ("“…,” he said in an interview.⏎“We are not going to …”"): the
                # quotation goes on in the new paragraph
                return last_direct[1], "quotation marks (next paragraph)", 0.65
        # a whole sentence in quotation marks right after the speaker's reported words
        if last_reported is not None and words >= 4:
            before = text[last_reported[0]:mk.open]
            if len(before) >= 0 and "\n" not in before and self._bare_lead_in(text[s0:mk.open]):
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
        dm = _RX_DASH_ATTRIBUTION.match(tail)
        if dm:
            # "“The plant is a milestone” — Anna Schmidt, Bosch China.": a signed quotation
            src = parse_source(dm.group(1), off + dm.start(1), self.lang)
            return src if src.name else None
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
                tail_m = _RX_EN_FRAME_TAIL.search(phrase)
                if tail_m:
                    phrase = phrase[:tail_m.start()]  # "said one legal expert, as reported by the Independent"
            else:
                phrase, p0 = m.group(3), m.start(3)
                if len(phrase.split(",")[0].split()) > 12 or len(phrase.split()) > 24:
                    return None  # (a name with a long apposition: "X, executive director of …, told")
                rest = re.split(r"[.!?;]", tail[m.end():], maxsplit=1)[0].split()
                if closed_sentence and len(rest) >= 3 and rest[0].lower() not in _EN_FRAME_ADJUNCT_WORDS:
                    return None  # "“… protection.” The WTO said there was …": the WTO's own statement
                if len(rest) >= 2 and rest[0].lower() in ("they", "it", "he", "she", "we", "there", "that"):
                    return None  # "While Habeck called the tariffs “a mistake”, Macron said they were …"
            phrase = re.sub(r"[.!?]+\s*$", "", phrase)
            return parse_source(phrase, off + p0, "en")
        hm = _RX_DE_HEISST_AFTER_MARKS.match(tail)
        if hm:
            # "„…“, heißt es aus dem Ministerium": the body speaks; a document speaks for its author
            src = parse_source(hm.group(1), off + hm.start(1), "de")
            if src.name and _document_noun(src.name.split()[-1]):
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
        particle = particle_closing(m.group(3), phrase.rstrip(" ,")) if m.group(3) else None
        if particle is not None:
            phrase = phrase.rstrip(" ,")[: -len(particle)].rstrip()  # "„…“, fügt der 58-Jährige hinzu": no "hinzu"
        described = source_relative_start(phrase)
        if described is not None:
            phrase = phrase[:described]  # "…“, sagte Hellmann, der 24,9 Prozent behält": who he is
        return parse_source(phrase, off + p0, "de")

    def _frame_before_marks(self, head: str, off: int) -> Source | None:
        m = (_RX_EN_BEFORE_MARKS if self.lang == "en" else _RX_DE_BEFORE_MARKS).search(head)
        if not m:
            wm = _RX_WORDS_OF.search(head)
            if wm:
                # "In the words of Li Ming, “…”", "The message from Schmidt was clear: “…”"
                src = parse_source(wm.group(1), off + wm.start(1), self.lang)
                if src.name:
                    return src
            pm = _RX_AS_PUT_IT.search(head)
            if pm:
                src = parse_source(pm.group(1), off + pm.start(1), self.lang)
                if src.name or (src.kind == "description" and src.description):
                    return src  # "As one executive put it: “…”": the description speaks, resolved later
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
        after_verb = head[m.end(2):].strip().rstrip(":").strip()
        first = phrase.split(" ", 1)[0].lower()
        if self.lang == "de" and after_verb and not after_verb.startswith(",") and (
                first in DE_SUBORDINATORS or first in DE_ADVERBIAL_OPENERS or head[:m.start(2)].rstrip().endswith(",")):
            # "Auf die Frage, ob …, sagte Blume: „…“", "Dann sagte Blume: „…“": after a clause or
            # an adverbial, the subject follows the verb
            particle = particle_closing(m.group(2), after_verb.rstrip(" ,"))
            if particle is not None:
                # "„…“, fügt der 58-Jährige hinzu, „…“": the verb's particle is no part of the subject
                after_verb = after_verb.rstrip(" ,")[: -len(particle)].rstrip()
            return parse_source(after_verb, off + head.rfind(after_verb), "de")
        if self.lang == "en" and m.group(2).lower() in EN_PARTICIPLE_FRAMES and head[:m.start(2)].rstrip().endswith(","):
            # "The Green Party said the Budget was …, adding: “…”": the sentence's subject
            return self._sentence_subject(head, off, m.start(2))
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
        while lead := re.match(r"([^,]{2,120}),\s+(?=\S)", phrase):
            first = lead.group(1).split(" ", 1)[0].lower()
            if not (first in EN_LEAD_ADVERBIALS or first in DE_ADVERBIAL_OPENERS or first.endswith(("ing", "ed"))):
                break
            p0 += lead.end()  # "In his speech, German Ambassador X said:", "Later, speaking to …, the …"
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
        verb = _RX_HEADLINE_VERB[self.lang == "en"].search(clause)
        if verb is not None and clause[:1].isupper():
            # "BASF-Chef verteidigt China-Investition: „…“", "BMW chief defends China plans: “…”":
            # the subject before the verb speaks, never its object
            subject = parse_source(clause[:verb.start()].strip(), c0, self.lang)
            if subject.name or (subject.description and is_person_role(subject.description, self.lang)):
                return subject
            return None
        whole = parse_source(clause.strip(), c0 + len(clause) - len(clause.lstrip()), self.lang)
        if len(clause.split()) <= 6 and whole.name and whole.kind != "org" and is_person_role(whole.role, self.lang):
            return whole  # "Bosch-Chef Stefan Hartung: „…“": a role says the name is a person's
        if whole.kind == "person" and whole.name.lower() == clause.strip().lower() and " " in whole.name \
                and whole.name[:1].islower():
            # "Von der Leyen: „…“": a surname with its particles, known as a person's
            known = self.tracker.lookup(whole.name)
            return whole if known is not None and known.kind == "person" else None
        sm = _RX_NAMED_SUBJECT.match(clause)
        if sm is None:
            if not _RX_NAME_ONLY.fullmatch(clause.strip()):
                return None
            # interview layout: "Li Ming: “…”"
            known = self.tracker.lookup(whole.name) if whole.name else None
            return whole if known is not None and known.kind == "person" else None
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
        while vm is not None and self.lang == "en" and _RX_EN_NOUN_BEFORE.search(sent, max(0, vm.start() - 7), vm.start()):
            vm = rx.search(sent, vm.end(), upto)  # "Saxony's state premier … called": "state" is a noun
        if vm is None:
            return None
        prefix = sent[:vm.start()]
        closed = max(prefix.rfind("”"), prefix.rfind("“") if self.lang == "de" else -1, prefix.rfind('"'))
        if closed >= 0:
            # "“Tariffs will harm carmakers,” he said, adding: “…”": the frame after the quotation
            rest = prefix[closed + 1:]
            lead = len(rest) - len(rest.lstrip(" ,"))
            s0, prefix = s0 + closed + 1 + lead, rest[lead:]
        pm = re.match(r"\s*(He|She|They|It|Er|Sie)\s", prefix)
        if (pm and self.lang == "en") or (pm and pm.group(1) in ("Er", "Sie")):
            return parse_source(pm.group(1), s0 + pm.start(1), self.lang)  # "He ended his speech …, saying “…”"
        if self.lang == "en":
            prefix = re.sub(r"\s+(?:was|were|is|are|has\s+been)\s+quoted\b.*$", "", prefix)  # "Li was quoted … as saying"
        if not prefix.strip():
            return None
        return parse_source(prefix.strip().rstrip(","), s0 + (len(prefix) - len(prefix.lstrip())), self.lang)
