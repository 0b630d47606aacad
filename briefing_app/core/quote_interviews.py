"""Interview answers: "Busch: Der Markt ist schwieriger geworden. Wir investieren weiter."

An interview prints the interviewee's words without quotation marks, each answer opened by
the name and a colon.  Those words are direct speech, sentence by sentence, to the end of
the answer's paragraph.  Only the shape of an interview makes a "Name: " label an answer —
a question just before it, or the same label opening another paragraph — so a headline
such as "Röchling: Neues Werk in China" stays a headline.
"""

from __future__ import annotations

import re

from .quote_speakers import SpeakerResolver

# "Busch: " opening an interview answer (one to three capitalised words, then a colon)
_RX_ANSWER_LABEL = re.compile(r"[A-ZÄÖÜ][\w'.-]*(?:[ \t]+[A-ZÄÖÜ][\w'-]*){0,2}:[ \t]+(?=\S)")


class InterviewAnswers(SpeakerResolver):
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

    def _interview_answer(self, si: int, current: tuple[int, tuple[str, str, str]] | None
                          ) -> tuple[int, tuple[str, str, str]] | None:
        """The interview answer sentence ``si`` belongs to: one opened by a known person's name
        and a colon at a paragraph start ("Busch: …") runs to the paragraph's end."""
        s0, _ = self.sentences[si]
        label = self._answer_label_end(si)
        if label:
            name = self.text[s0:s0 + label].rstrip(": \t")
            known = self.tracker.lookup(name)
            # the shape of an interview: a question just before, or the same label opening
            # another paragraph (a headline "Röchling: Neues Werk in China" is neither)
            asked = si > 0 and self.text[max(0, s0 - 300):s0].rstrip().endswith("?")
            again = self._label_count(name) >= 2
            if known is not None and known.kind == "person" and (asked or again):
                end = self.text.find(self.para_break, s0)
                return (end if end >= 0 else len(self.text)), (known.name, known.role, known.organisation)
            return None
        if current is not None and s0 < current[0]:
            return current
        return None
