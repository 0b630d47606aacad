"""Interview answers: "Busch: Der Markt ist schwieriger geworden. Wir investieren weiter."

An interview prints the interviewee's words without quotation marks, each answer opened by
the name and a colon.  Those words are direct speech, sentence by sentence, to the end of
the answer's paragraph.  Only the shape of an interview makes a "Name: " label an answer —
a question just before it, or the same label opening another paragraph — so a headline
such as "Röchling: Neues Werk in China" stays a headline.
"""

from __future__ import annotations

import re

from .entity_tracker import Entity
from .name_words import looks_like_org
from .quote_speakers import SpeakerResolver
from .source_phrases import Source

# "Busch: " opening an interview answer (one to three capitalised words, then a colon)
_RX_ANSWER_LABEL = re.compile(r"[A-ZÄÖÜ][\w'.-]*(?:[ \t]+[A-ZÄÖÜ][\w'-]*){0,2}:[ \t]+(?=\S)")


# labels of the answers and of the questions in an interview printed as "Q: … A: …"
_ANSWER_WORDS = frozenset({"A", "Antwort", "Answer"})
_RX_QUESTION_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Q|F|Frage|Question)[ \t]*:[ \t]+\S")


class InterviewAnswers(SpeakerResolver):
    def _question_labels(self) -> bool:
        """The text prints its questions with a label ("Q: …", "Frage: …")."""
        if self._has_question_labels is None:
            self._has_question_labels = _RX_QUESTION_LABEL.search(self.text) is not None
        return self._has_question_labels

    def _interviewee(self, pos: int) -> Entity | None:
        """The person an interview introduces: the first person named before its first question
        ("Jens Hildebrandt, executive director of …, spoke with China Daily. Q: …")."""
        first_q = _RX_QUESTION_LABEL.search(self.text)
        limit = first_q.start() if first_q is not None else pos
        return self.tracker.first_between(0, limit, "person", "")

    def _answer_label_end(self, si: int) -> int:
        """Length of a "Name: " label opening sentence ``si`` at a paragraph start, else 0."""
        s0, s1 = self.sentences[si]
        if not self._paragraph_start(si):
            return 0
        m = _RX_ANSWER_LABEL.match(self.text, s0, s1)
        return m.end() - s0 if m else 0

    def _label_count(self, name: str) -> int:
        """How many paragraphs open with "``name``: " (counted once per name)."""
        counts = self._label_counts
        if name not in counts:
            counts[name] = self.text.count(f"\n{name}: ") + self.text.startswith(f"{name}: ")
        return counts[name]

    def _asks(self, name: str) -> bool:
        """Most paragraphs opened by "``name``: " end with a question mark: the label is the
        interviewer's ("DW: Mrs Hollrieder, … How bad is it?"), an outlet or a reporter, and
        those paragraphs are questions or prompts ("DW: Let's talk about prices."), never the
        interviewee's answers."""
        asks = self._asking_labels
        if name not in asks:
            starts = [m.start() + 1 for m in re.finditer(rf"\n{re.escape(name)}:[ \t]", self.text)]
            if self.text.startswith(f"{name}: "):
                starts.insert(0, 0)
            ends = [self.text.find(self.para_break, p) for p in starts]
            questions = sum(self.text[p:e if e >= 0 else len(self.text)].rstrip().endswith("?")
                            for p, e in zip(starts, ends, strict=True))
            asks[name] = len(starts) >= 2 and 2 * questions > len(starts)
        return asks[name]

    def _interview_answer(self, si: int, current: tuple[int, tuple[str, str, str]] | None
                          ) -> tuple[int, tuple[str, str, str]] | None:
        """The interview answer sentence ``si`` belongs to: one opened by a known person's name
        and a colon at a paragraph start ("Busch: …") runs to the paragraph's end.  A question
        of the interviewer's is returned with an empty speaker."""
        s0, _ = self.sentences[si]
        label = self._answer_label_end(si)
        if label:
            name = self.text[s0:s0 + label].rstrip(": \t")
            known = self.tracker.lookup(name)
            # the shape of an interview: a question just before, or the same label opening
            # another paragraph (a headline "Röchling: Neues Werk in China" is neither)
            asked = si > 0 and self.text[max(0, s0 - 300):s0].rstrip().endswith("?")
            again = self._label_count(name) >= 2
            end = self.text.find(self.para_break, s0)
            end = end if end >= 0 else len(self.text)
            if name not in _ANSWER_WORDS and again and self._asks(name):
                return end, ("", "", "")  # a question: no one's quote, and its label names no one
            if name in _ANSWER_WORDS and (asked or again) and self._question_labels():
                # "Q: … A: …", "Frage: … Antwort: …": the person the interview introduces answers
                guest = self._interviewee(s0)
                return (end, (guest.name, guest.role, guest.organisation)) if guest is not None else None
            if known is None and asked and again and " " not in name and not looks_like_org(f"{name} {name}"):
                # "Hildebrandt: Most of our members …" after a question, again and again: the
                # interviewee, introduced without a role ("Jens Hildebrandt is …")
                known = self.tracker.add(Source(name=name, kind="person", start=s0, end=s0 + len(name)))
            if known is not None and known.kind == "person" and (asked or again):
                return end, (known.name, known.role, known.organisation)
            return None
        if current is not None and s0 < current[0]:
            return current
        return None
