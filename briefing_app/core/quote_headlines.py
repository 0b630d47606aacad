"""Headline quotes: "Experte Dudenhöffer: …", "X warns …" and wire-style "… - Source" headlines.

A headline is a line of its own near the top without a final full stop; its quotes follow
other rules than body sentences (a colon after a name is a frame, a dash names the source),
so they are read apart from the sentence frames.
"""

from __future__ import annotations

import re

from .konjunktiv import has_konjunktiv
from .quote_patterns import (
    _DE_FUNCTION_WORDS,
    _EN_VERB_HINTS,
    _RX_HEADLINE_DASH_SOURCE,
    _RX_WIRE_TAG,
    _de_person_role,
)
from .quote_spans import trim_span
from .quote_speakers import SpeakerResolver
from .results import QuoteSuggestion
from .source_phrases import parse_source
from .speech_cues import (
    PERSON_ROLE_WORDS_EN,
    TITLES,
    is_org_description_de,
    is_org_description_en,
)


class HeadlineQuotes(SpeakerResolver):
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
                src.kind == "description" and head and (head in PERSON_ROLE_WORDS_EN or is_org_description_en(head)
                                                        or _de_person_role(head) or is_org_description_de(head)))
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
                elif self.lang == "de" and has_konjunktiv(self.text[cs:ce]):
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
