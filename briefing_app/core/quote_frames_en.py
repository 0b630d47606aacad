"""English sentence frames: reported speech without (or beside) quotation marks.

"X said (that) …", "…, X said", "according to X", "X was quoted as saying", participle
frames (", saying …") and forecasts.  A frame after a closed quotation inside a sentence is
read with the direct-speech parser, hence the base ``DirectSpeech``.
"""

from __future__ import annotations

import re

from .name_words import is_medium, is_nationality_like
from .quote_direct import DirectSpeech
from .quote_patterns import (
    _CONSEQUENCE,
    _DETERMINERS,
    _EN_TIME_ADJUNCT,
    _EN_VERB_RE,
    _EN_WEEKDAYS_ALT,
    _NOUN_LIKE_VERBS,
    _RX_ACCORDING_TO_INSIDE,
    _RX_ACCORDING_TO_LEAD,
    _RX_ANY_QUOTE_MARK,
    _RX_CAPITAL,
    _RX_COLON_GAP,
    _RX_EN_ACTIVE_QUOTED,
    _RX_EN_ADDING_THAT,
    _RX_EN_ANY_FINITE,
    _RX_EN_AUXILIARY,
    _RX_EN_FINITE_START,
    _RX_EN_FRAME_AFTER,
    _RX_EN_FRAME_TAIL,
    _RX_EN_INVERTED,
    _RX_EN_LEADING_CAPS,
    _RX_EN_MID_FRAME,
    _RX_EN_NEXT_VERB,
    _RX_EN_PARTICIPLE_FRAME,
    _RX_EN_PREP_AFTER_ADJUNCT,
    _RX_EN_QUOTED_AS_SAYING,
    _RX_EN_SAID,
    _RX_EN_SUBJECT_ADJUNCT,
    _RX_EN_SUBORDINATOR,
    _RX_EN_THAT_NEAR,
    _RX_EN_TOLD_OBJECT,
    _RX_RELATIVE_WORD,
    _SENT_END,
    EN_ANONYMITY_GUARD,
    _Frame,
    _is_source,
    _quote_char_after,
)
from .quote_spans import DATELINE, content_start, trim_span
from .quote_subjects_en import (
    _EN_ASIDES,
    _RX_EN_ROLE_APPOSITION,
    _adjunct_gap,
    _content_after_said,
    _counts_a_noun,
    _described_before_aside,
    _named_in_apposition,
    _starts_with_role,
)
from .source_phrases import parse_source
from .speech_cues import (
    DATE_WORDS,
    EN_ADJUNCT_OPENERS,
    EN_CALL_VERBS,
    EN_FORECAST_VERBS,
    EN_LEAD_ADVERBIALS,
    EN_NP_OBJECT_VERBS,
    EN_PARTICIPLE_FRAMES,
    EN_PASSIVE_AUX,
    EN_REPORTER_CLAUSE_OPENERS,
    EN_THAT_VERBS,
    ORG_DESCRIPTION_WORDS_EN,
    PERSON_ROLE_WORDS_EN,
    is_org_description_en,
)
from .word_patterns import alternation

# a subject of up to five capitalised words (an adjunct in commas may follow), a verb, its
# object, then "and" right before the speech verb
_RX_EN_COORDINATED_SUBJECT = re.compile(
    r"((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*)(?:,[^,]{1,40},)?\s+[a-z]+(?:ed|s)\b.{0,200}?\s+and\s+(?:also\s+)?$")
_RX_EN_QUOTED_ADDITION = re.compile(r",\s+(?:adding|saying|noting|stressing|continuing)\s*:\s*[\"“‘']")
_RX_EN_TRAILING_RELATIVE = re.compile(r",\s+(?:who|which)\b.*$")
_RX_EN_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:also\s+|has\s+|had\s+)?$")
# a clause after the verb: a subject of up to six words, then a finite verb form
_RX_EN_CLAUSE_START = re.compile(
    r"(?:\S+\s+){0,6}?(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|plans?|planned|"
    r"aims?|aimed|expects?|expected|wants?|wanted|remains?|remained|rose|fell|grew|dropped|increased|decreased)\b")


_EN_THAT_VERB_RE = re.compile(r"(?<![\w-])(" + alternation(EN_THAT_VERBS) + r")(?![\w-])")
_RX_EN_NEXT_WORD = re.compile(r"([a-z][\w-]*)")
# a country's or body's office holder as the subject: "Germany's economy minister Claudia Hartwig"
# ("Germany's economy minister (Claudia Hartwig)", "France's finance ministry": the role or the
# body's word, then the name if one is given)
_RX_EN_POSSESSIVE_SUBJECT = re.compile(r"([A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:"
                                       + alternation(PERSON_ROLE_WORDS_EN | ORG_DESCRIPTION_WORDS_EN)
                                       + r")(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)(?=\s)")
# an opinion framed by its owner: "In Pang's view, …", "In her opinion, …"
_RX_EN_IN_ONES_VIEW = re.compile(r"In\s+((?:his|her|their|its)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s?)"
                                 r"\s+(view|opinion|assessment|words|estimation),\s+")
# a possessive pronoun read as the subject pronoun it stands for ("in her view" -> "she")
_EN_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# a subject with a relative clause up to its verb: "The company, which is expected to …,"
_RX_EN_SUBJECT_RELATIVE = re.compile(r"^((?:The|the|A|An)\s+[^,]{2,60}?|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+"
                                     r"(?:which|who|whose)\s+.*$")
# "… issued a statement saying", "… released a brief note warning": the author of the document frames
_RX_EN_ISSUED_STATEMENT = re.compile(r"\s+(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|posted|sent)\s+"
                                     r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:statement|notice|press\s+release|note|"
                                     r"communiqu[eé]|letter)\s*,?\s*$")


# a second source attached to the sentence: "…, with the BRC saying demand was weak"
_RX_EN_WITH_SAYING = re.compile(
    r",\s+with\s+((?:the\s+|a\s+|an\s+)?[^,;\"“”]{2,60}?)\s+(saying|adding|warning|noting|arguing|predicting|"
    r"estimating|forecasting|insisting|claiming)\s+(?:that\s+)?"
    # a second speaker in a clause of contrast: "…, while Mercedes chief Ola Källenius said …"
    r"|,\s+(?:while|whereas)\s+((?:the\s+|a\s+|an\s+)?[^,;\"“”]{2,60}?)\s+(said|says|warned|argued|insisted|stressed|"
    r"added|noted|told\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+(?:that\s+)?"
)


# when or where, or by what means, after the object of "told" ("told reporters at the
# ceremony", "told Reuters by phone")
_EN_AFTER_OBJECT_ALT = alternation(EN_ADJUNCT_OPENERS | {"by", "via", "over", "from"})
# "…, Commerce Minister Wang Wentao told his EU counterpart": a postposed frame whose verb
# has an addressee with a possessive
# "…, Brandt told reporters (at the signing ceremony)", "…, Wang told his EU counterpart"
_RX_EN_TOLD_AFTER = re.compile(r",\s+([^,\"“”]{2,90}?)\s+told(?:\s+(?:his|her|its|their)\s+[\w' -]{2,40}|(?:"
                               + _RX_EN_TOLD_OBJECT.pattern + r")(?:\s+(?:" + _EN_AFTER_OBJECT_ALT
                               # (the adjunct is where or when; "… in Shanghai that …" is what was told)
                               + r")\b(?:(?!\bthat\b)[^,\"“”]){0,80})?)"
                               # ("…, a person familiar with it told CNBC, as rivals race …": the reporter's clause)
                               r"(?:,\s+(?:" + alternation(EN_REPORTER_CLAUSE_OPENERS) + r")\b[^\"“”]*)?$")
# when or where it was said, after the name of an inverted "said" ("said Li Qiang on Tuesday")
_RX_EN_ADJUNCT_TAIL = re.compile(r"\s+(?:" + alternation(EN_ADJUNCT_OPENERS) + r")\b.*$")
# what follows an inverted "said": a name, or a description with its article ("said the ministry")
_RX_EN_INVERTED_SOURCE_START = re.compile(r"(?:[A-Z]|(?:the|a|an|one|two|three|its|his|her|their)\s)")
# a preposition after the object of "told": where or when, not the words told
_RX_EN_ADJUNCT_START = re.compile(r"\s+(?:" + _EN_AFTER_OBJECT_ALT + r")\b")
# a sentence's subject with a name in its apposition, before a lower-case verb ("Hefei's deputy
# mayor, Zhou Ping, welcomed …", "Zhou Ping, Hefei's deputy mayor, welcomed …")
_RX_EN_SUBJECT_APPOSITION = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+(?:\s+[a-z][\w-]*){0,3},\s+[A-Z][^,\"“”]{2,60}),\s+(?=[a-z]+(?:ed|s)\b)")
# a name in commas after a described source: "the ministry's spokesman, He Yadong,"
_RX_EN_NAME_APPOSITION = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s*")
# a clause joined by a conjunction before the subject of the verb: ", and the ministry expects"
_RX_EN_LAST_CLAUSE = re.compile(r".*,\s+(?:and|but|while|whereas)\s+(?=\S)")
# what follows a verb that is no statement: an amount alone ("expected 8.2 billion yuan") or a
# label's colon ("Minimum project size: €50 million")
_RX_EN_NO_CLAUSE = re.compile(r"(?:(?:about|around|some|nearly|almost|roughly|only|just|a\s+record)\s+)?"
                              r"[€$£¥]?\s?\d[\d.,]*(?:\s+[a-z%]+){0,3}[.;]?\s*$|[\w-]+:\s")
# "added" with an amount as its object: a sum increased, not words added
_EN_ADD_VERBS = frozenset({"add", "adds", "added"})
_RX_EN_AMOUNT_OBJECT = re.compile(r"(?:a\s+(?:record|further|total\s+of)\s+|another\s+|more\s+than\s+|some\s+|about\s+|"
                                  r"around\s+|nearly\s+)?[€$£¥]?\d")
# a time adjunct between the subject and its verb: "China's commerce ministry on Monday said"
_RX_EN_TIME_BEFORE_VERB = re.compile(r"\s+(?:(?:on\s+)?(?:" + _EN_WEEKDAYS_ALT + r")"
                                     r"|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year)"
                                     r"|yesterday|today|earlier|recently|also)$")
_RX_AMOUNT = re.compile(r"\d|[€$£¥]")
# a source's wish to stay anonymous, in commas: no statement
# (with its reason: "…, speaking on condition of anonymity to discuss the talks,", "…, who asked
# not to be named because he was not authorised to speak,")
_RX_EN_ANONYMITY = re.compile(r",\s+(?:(?:who|as\s+(?:he|she|they))\s+(?:asked|declined|requested)\s+not\s+to\s+be\s+"
                              r"(?:named|identified)|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)"
                              r"(?:\s+(?:to|because|as|since)\s[^,\"“”]*)?(?=,)")
def _unnamed(frame: _Frame) -> _Frame:
    """A source described as anonymous in its own sentence ("An executive, speaking on
    condition of anonymity, told …") stays unnamed: never the person the text names next."""
    if frame.source is None or frame.source.name or frame.resolve_to:
        return frame
    return _Frame(frame.content, frame.source, frame.cue, frame.kind, frame.confidence, "unnamed")


# a second statement in a relative clause on the speaker: ", who added that …"
_RX_EN_WHO_ADDED = re.compile(r",\s+who\s+(?:also\s+)?(added|noted|warned|stressed|said|argued|cautioned)\s+(?:that\s+)?(?=\S)")
# an aside between dashes after the subject
_RX_EN_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–]{2,160}?\s+[—–](?=\s|$)")
# "…, according to Chinese state media" closing the content of a frame
_RX_EN_ACCORDING_TO_TAIL = re.compile(r",\s+according\s+to\s+[^,\"“”]{2,80}$")


# a subordinate clause opening the sentence: its subject is not the main verb's
_RX_EN_CLAUSE_FIRST = re.compile(r"(?:As|While|When|After|Because|Since|Although|Though|If|Whereas|Before|Once|Unless"
                                 r"|Until)\s")
# a day or a month opening the sentence before its subject
_RX_EN_LEADING_TIME = re.compile(r"^(?:(?:On|In|By|Since|Until|Last|This|Early|Late|Earlier)\s+)?(?:"
                                 + "|".join(sorted(d for d in DATE_WORDS if d[:1].isupper() and d.isascii()))
                                 + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*,?\s+(?=\S)")
_RX_EN_TRAILING_ASIDE = re.compile(r",\s*(?:" + "|".join(sorted(_EN_ASIDES, key=len, reverse=True)) + r")\s*,?$")


class EnglishFrames(DirectSpeech):
    def _frames_en(self, sent: str, s0: int) -> list[_Frame]:
        """The frames of one English sentence; a second source attached with "…, with X
        saying …" gets the clause after it as a quote of its own (two attributions in one
        sentence are two quotes with two speakers)."""
        frames = [self._without_according_to(frame) for frame in self._frames_en_one(sent, s0)]
        if EN_ANONYMITY_GUARD.search(sent) and _RX_EN_ANONYMITY.search(sent):
            frames = [_unnamed(frame) for frame in frames]
        frames += self._who_added(sent, s0, frames)
        if " with " not in sent and " while " not in sent and " whereas " not in sent:
            return frames  # most sentences: no second source attached
        body_end = s0 + len(_SENT_END.sub("", sent))
        m = _RX_EN_WITH_SAYING.search(self.text, s0, body_end)
        g = 1 if m is not None and m.group(1) else 3
        src = parse_source(m.group(g), m.start(g), "en") if m else None
        if m is None or src is None or not _is_source(src) or len(self.text[m.end():body_end].split()) < 3:
            return frames
        out: list[_Frame] = []
        for frame in frames:
            cs, ce = frame.content
            if ce <= m.start():
                out.append(frame)
            elif cs < m.start():
                out.append(_Frame(trim_span(self.text, cs, m.start()), frame.source, frame.cue, frame.kind,
                                  frame.confidence, frame.resolve_to))
        out.append(_Frame(trim_span(self.text, m.end(), body_end), src, m.group(g + 1).split()[0], "indirect", 0.6))
        return out

    def _who_added(self, sent: str, s0: int, frames: list[_Frame]) -> list[_Frame]:
        """"“…,” said Ma Hong, an analyst at …, who added that both sides …": the relative
        clause reports a second statement of the person the frame names."""
        m = _RX_EN_WHO_ADDED.search(sent) if " who " in sent else None
        if m is None:
            return []
        cs, ce = trim_span(self.text, s0 + m.end(), s0 + len(_SENT_END.sub("", sent)))
        if len(self.text[cs:ce].split()) < 3:
            return []
        frames[:] = [fr if fr.content[1] <= s0 + m.start() else
                     _Frame(trim_span(self.text, fr.content[0], s0 + m.start()), fr.source, fr.cue, fr.kind,
                            fr.confidence, fr.resolve_to) for fr in frames if fr.content[0] < s0 + m.start()]
        return [_Frame((cs, ce), None, m.group(1), "indirect", 0.6, "last_person")]

    def _without_according_to(self, frame: _Frame) -> _Frame:
        """"Xi told Biden that …, according to Chinese state media": who reported it closes
        the frame's sentence but is no part of what was said."""
        cs, ce = frame.content
        tail = _RX_EN_ACCORDING_TO_TAIL.search(self.text, cs, ce)
        if tail is None or tail.start() - cs < 12:
            return frame
        return _Frame(trim_span(self.text, cs, tail.start()), frame.source, frame.cue, frame.kind, frame.confidence,
                      frame.resolve_to)

    def _in_ones_view(self, sent: str, s0: int, body_end: int) -> _Frame | None:
        """"In Pang's view, the bigger risk is …", "In her view, Berlin “has learned …”": the
        sentence states the opinion of the person it names (a possessive pronoun is that
        person, read like "she said")."""
        m = _RX_EN_IN_ONES_VIEW.match(sent, 0, body_end)
        if m is None:
            return None
        owner = m.group(1)
        phrase = _EN_POSSESSIVE_PRONOUNS.get(owner.lower(), re.sub(r"['’]s?$", "", owner))
        src = parse_source(phrase, s0 + m.start(1), "en")
        cs, ce = trim_span(self.text, s0 + m.end(), s0 + body_end)
        if not _is_source(src) or len(self.text[cs:ce].split()) < 3:
            return None
        return _Frame((cs, ce), src, f"in {owner} {m.group(2)}", "indirect", 0.65)

    def _mid_frame_before(self, sent: str, s0: int, cut: int) -> _Frame | None:
        """"Imports fell 9 percent, he noted, reflecting …, according to the chamber": the
        speaker's own frame inside the sentence says who spoke the words before it; the
        source named at the end only reports."""
        # (the frame may close right before the medium: "…, the premier said, according to Xinhua")
        m = _RX_EN_MID_FRAME.search(sent, 0, cut + 2) if ", " in sent[:cut] else None
        if m is None:
            return None
        src = parse_source(m.group(1), s0 + m.start(1), "en")
        cs, ce = trim_span(self.text, s0, s0 + m.start())
        if not _is_source(src) or len(self.text[cs:ce].split()) < 4:
            return None
        return _Frame((content_start(self.text, cs, ce), ce), src, m.group(2), "indirect", 0.75)

    def _frames_en_one(self, sent: str, s0: int) -> list[_Frame]:
        body_end = len(_SENT_END.sub("", sent))
        if EN_ANONYMITY_GUARD.search(sent):
            # ", who asked not to be named,": no speech of its own; blanked (same length) so that
            # the frame around it is read with the offsets of the sentence
            sent = _RX_EN_ANONYMITY.sub(lambda m: " " * len(m.group(0)), sent)
        text = self.text
        # frame after: "…, the OECD said." / "…, said the report for …, moving …" / ", according to X."
        m = _RX_EN_FRAME_AFTER.search(sent[:body_end])
        # ("…, not a threat,” according to Xinhua": the quotation closes before the medium)
        if m and not _quote_char_after(sent, m.start() + (2 if sent[m.start() + 1] in "”\"" else 0)):
            if m.group(1):
                phrase, p0, cue = m.group(1), m.start(1), "according to"
                # "…, according to one of the people, who asked not to be identified": the
                # relative clause describes the source, it does not open content
                phrase = _RX_EN_TRAILING_RELATIVE.sub("", phrase)
            elif m.group(2):
                phrase, p0, cue = m.group(3), m.start(3), m.group(2)
                if (not _RX_EN_INVERTED_SOURCE_START.match(phrase) and not _starts_with_role(phrase)) \
                        or _RX_AMOUNT.search(phrase):
                    phrase = ""  # "…, said sales in China fell", "…, reported a loss of €1.5bn": no source
                elif _content_after_said(sent, m.start(), phrase):
                    phrase = ""
            else:
                phrase, p0, cue = m.group(4), m.start(4), m.group(5)
                if _RX_EN_FINITE_START.search(sent, m.end(5), m.end()):
                    phrase = ""  # "…, Wang said China's economy was resilient": content after the verb, a frame first
            if cue == "according to" and (own := self._mid_frame_before(sent, s0, m.start())) is not None:
                return [own]
            if not _RX_RELATIVE_WORD.search(phrase) and len(phrase.split()) <= 12:
                src = parse_source(phrase, s0 + p0, "en")
                if _is_source(src):
                    cut = m.start()
                    if cue == "according to" or is_medium(src.name or src.description):
                        # "Li Qiang told Scholz that …, according to CCTV" / "…, Xinhua reported":
                        # the medium reports, the one who said it speaks
                        for vm in _EN_VERB_RE.finditer(sent, 0, cut):
                            inner = self._en_frame_first(sent, s0, cut, vm)
                            if inner is not None and inner.source is not None:
                                return [inner]
                    cs, ce = trim_span(text, s0, s0 + cut)
                    cs = content_start(text, cs, ce)
                    return [_Frame((cs, ce), src, cue, "indirect", 0.8)]
        told = _RX_EN_TOLD_AFTER.search(sent, 0, body_end) if " told " in sent else None
        if told and not _quote_char_after(sent, told.start()):
            src = parse_source(told.group(1), s0 + told.start(1), "en")
            if _is_source(src):
                cs, ce = trim_span(text, s0, s0 + told.start())
                cs = content_start(text, cs, ce)
                if len(text[cs:ce].split()) >= 3:
                    return [_Frame((cs, ce), src, "told", "indirect", 0.75)]
        loose = self._en_frame_after_loose(sent, s0, body_end)
        if loose:
            return loose
        view = self._in_ones_view(sent, s0, body_end) if sent.startswith("In ") else None
        if view is not None:
            return [view]
        # according to X, …
        m = _RX_ACCORDING_TO_LEAD.match(sent)
        if m and _is_source(lead_src := parse_source(m.group(1), s0 + m.start(1), "en")):
            end = m.end()
            person_described = lead_src.description.split()[-1:] and \
                lead_src.description.split()[-1].lower() in PERSON_ROLE_WORDS_EN
            appos = _RX_EN_ROLE_APPOSITION.match(sent, end, body_end) if lead_src.name else \
                _RX_EN_NAME_APPOSITION.match(sent, end, body_end) if person_described else None
            if appos is not None and (not lead_src.name or any(
                    w.lower().strip(",") in PERSON_ROLE_WORDS_EN for w in appos.group(1).split())):
                # "According to Wang Shouwen, China's international trade representative, the two
                # sides …": the apposition names the source's role, the content follows it
                lead_src = parse_source(sent[m.start(1):appos.end(1)], s0 + m.start(1), "en")
                end = appos.end()
            cs, ce = trim_span(text, s0 + end, s0 + body_end)
            return [_Frame((cs, ce), lead_src, "according to", "indirect", 0.8)]
        m = _RX_ACCORDING_TO_INSIDE.search(sent[:body_end])
        if m and _is_source(inside_src := parse_source(m.group(1), s0 + m.start(1), "en")):
            # (data do not speak: "according to customs data" is no source)
            cs, ce = trim_span(text, s0, s0 + body_end)
            return [_Frame((cs, ce), inside_src, "according to", "indirect", 0.75)]
        # postposed frame in mid-sentence: "…, he said, and was forecast to …" -> two items
        m = _RX_EN_MID_FRAME.search(sent[:body_end])
        if m:
            src = parse_source(m.group(1), s0 + m.start(1), "en")
            if _is_source(src):
                cs, ce = trim_span(text, s0, s0 + m.start())
                rest = sent[m.end():body_end]
                subject = text[cs:ce].split()
                adverbial = bool(subject) and len(subject) <= 4 and (
                    subject[0].lower() in EN_LEAD_ADVERBIALS or subject[0] in DATE_WORDS or subject[0].lower() == "overall")
                if adverbial or (len(subject) <= 4 and _RX_EN_FINITE_START.match(rest)
                                 and not any(_RX_EN_FINITE_START.fullmatch(w.lower()) for w in subject)):
                    # ("Since January, the company said, orders have fallen …": an adverbial first)
                    # "The move, analysts said, could hurt exporters": the frame parts subject and verb
                    return [_Frame(trim_span(text, s0, s0 + body_end), src, m.group(2), "indirect", 0.7)]
                out = [_Frame((content_start(text, cs, ce), ce), src, m.group(2), "indirect", 0.75)]
                add = _RX_EN_ADDING_THAT.match(", " + rest)  # "…, the BRC said, adding that …"
                if add:
                    a0 = s0 + m.end() + add.end() - 2
                    out.append(_Frame(trim_span(text, a0, s0 + body_end), src, add.group(1), "indirect", 0.65))
                elif _RX_EN_FINITE_START.match(rest):
                    out.append(_Frame(trim_span(text, s0 + m.end(), s0 + body_end), src, m.group(2), "indirect", 0.65))
                return out
        # "X was quoted (by Y) as saying (that) …"
        m = _RX_EN_QUOTED_AS_SAYING.search(sent, 0, body_end) if "quoted" in sent or "cited" in sent else None
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
        # "Wang reiterated that …", "Li expressed confidence that …": only with its clause
        for vm in _EN_THAT_VERB_RE.finditer(sent, 0, body_end) if " that " in sent else ():
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
            # ("BEIJING (AP) — EU leaders pressed …, warning": the wire's dateline is no subject)
            lead = DATELINE.match(sent, 0, m.start())
            d0 = lead.end() if lead else 0
            appos = _RX_EN_SUBJECT_APPOSITION.match(sent, d0, m.start())
            caps = appos or _RX_EN_POSSESSIVE_SUBJECT.match(sent, d0, m.start()) or _RX_EN_LEADING_CAPS.match(sent, d0)
            if appos:
                # "Hefei's deputy mayor, Zhou Ping, welcomed …, saying": the subject and its apposition
                src = parse_source(appos.group(1), s0, "en")
                if _is_source(src) and src.name:
                    cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
                    if len(text[cs:ce].split()) >= 3:
                        return [_Frame((cs, ce), src, m.group(1), "indirect", 0.6)]
            if caps:
                phrase = caps.group(1).strip()
                head = _RX_EN_NEXT_WORD.match(sent, caps.end())
                if head is not None and (head.group(1) in PERSON_ROLE_WORDS_EN or head.group(1).rstrip("s") in
                                         PERSON_ROLE_WORDS_EN or is_org_description_en(head.group(1))):
                    phrase = f"{phrase} {head.group(1)}"  # "Chinese experts slammed …, saying": not "Chinese"
                src = parse_source(phrase, s0 + caps.start(), "en")
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
            phrase = _RX_EN_ADJUNCT_TAIL.sub("", phrase)
            if _RX_ANY_QUOTE_MARK.search(phrase) or _content_after_said(body, comma, phrase) or _RX_AMOUNT.search(phrase):
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
        before = sent[:vm.start()]
        if low in EN_PARTICIPLE_FRAMES:
            # "The ministry issued a statement saying (that) …": the statement's author speaks
            sm = _RX_EN_ISSUED_STATEMENT.search(before)
            if sm is None:
                return None
            before = before[:sm.start()]
        elif low in EN_CALL_VERBS:
            return None
        words_before = before.split()
        if (words_before and words_before[-1].lower() in EN_PASSIVE_AUX | {"to", "not", "would", "will", "could", "may"}
                and words_before[-1].lower() not in ("has", "have", "had") and words_before[-1] != "May"):
            return None  # ("Theresa May said": a name, not the modal)
        if low in ("expected", "forecast", "estimated", "projected") and words_before and words_before[-1].lower() in ("be", "been", "is", "was", "are", "were", "being"):
            return None
        if low in _NOUN_LIKE_VERBS and len(words_before) >= 1:
            p1 = words_before[-1].lower()
            p2 = words_before[-2].lower() if len(words_before) >= 2 else ""
            if p1 in _DETERMINERS or (p2 in ("a", "an", "the") and not is_org_description_en(p1)) \
                    or p1.endswith(("'s", "’s")) or (p1.endswith("ed") and words_before[-1][:1].islower()) \
                    or (words_before[-1][:1].isupper() and is_nationality_like(words_before[-1])):
                return None  # ("Bavaria's state premier", "rejected claims that …", "Chinese state media": nouns)
            if _counts_a_noun(words_before[-1]):
                return None  # ("Ten member states voted …", "12 states abstained": a counted noun)
        coordinated = _RX_EN_COORDINATED_SUBJECT.match(before)
        if coordinated is not None:
            # "Wang, for his part, urged the EU to “…” and said China would …": the verb shares
            # the subject that opens the sentence, whatever stands between
            before = coordinated.group(1)
        elif _RX_ANY_QUOTE_MARK.search(before) or self._closed_quote_between(s0, s0 + vm.start()):
            return None
        if low in _NOUN_LIKE_VERBS and _RX_EN_NEXT_VERB.match(sent[vm.end():]):
            return None  # "press reports said …": the noun is the subject of the next verb
        subj_text = DATELINE.sub("", before.strip().rstrip(","), count=1)  # "Beijing, Oct 5 - China's …"
        subj_text = re.sub(r"^(?:(?:However|But|And|Meanwhile|Still|Yet|Separately|So),?\s+)+", "", subj_text)
        subj_text = _RX_EN_TRAILING_ASIDE.sub("", subj_text)  # "Beijing, however, said …"
        subj_text = _RX_EN_LEADING_TIME.sub("", subj_text)  # "Monday, the company said", "On Thursday the …"
        subj_text = _RX_EN_DASH_ASIDE.sub("", subj_text)  # "Scholz — who was accompanied by … — told"
        rel = _RX_EN_SUBJECT_RELATIVE.match(subj_text)
        if rel is not None:
            subj_text = rel.group(1)  # "The company, which … as it faces losses, confirmed": the company
        m_sub = _RX_EN_SUBORDINATOR.search(subj_text)
        if _RX_EN_CLAUSE_FIRST.match(subj_text) and ", " in subj_text:
            subj_text = subj_text.rsplit(", ", 1)[1]  # "While Habeck called …, Macron said": the main clause's
        elif m_sub and m_sub.end() < len(subj_text):
            subj_text = subj_text[m_sub.end():]
        clause = _RX_EN_LAST_CLAUSE.search(subj_text) if ", " in subj_text else None
        if clause is not None:
            subj_text = subj_text[clause.end():]  # "Exports fell in April, and the ministry expects …"
        subj_text = _RX_EN_TIME_BEFORE_VERB.sub("", subj_text)  # "China's commerce ministry on Monday said"
        subj_text = re.sub(r"\s+(?:has|have|had|also|now|then|would|will|later|consistently|again|previously|had\s+also)$", "", subj_text)
        subj_text = re.sub(r"\s+(?:has|have|had|also|now|then)$", "", subj_text)
        if "," in subj_text:
            parts = [p.strip() for p in subj_text.split(",")]
            lead = parts[0].split(" ", 1)[0].lower() if parts[0] else ""
            if _described_before_aside(parts):
                subj_text = parts[0]  # "The document, dated June 3, says": the document, not "June"
            elif lead in EN_LEAD_ADVERBIALS or lead.endswith(("ing", "ed")) or len(parts[0].split()) > 6:
                subj_text = ", ".join(parts[1:]) if len(parts) > 1 else subj_text
        if not subj_text:
            return None
        lead = subj_text.split(" ", 1)[0].lower()
        if lead in EN_LEAD_ADVERBIALS and not _RX_CAPITAL.search(subj_text[1:]):
            return None
        if len(subj_text.split()) > 14:
            head_part = subj_text.split(",", 1)[0]
            if "," in subj_text and 1 <= len(head_part.split()) <= 4 and head_part[:1].isupper() \
                    and head_part.split()[0].lower() not in EN_LEAD_ADVERBIALS:
                subj_text = _named_in_apposition(subj_text) or head_part
                # "Zhou Mi, a senior researcher at the … Cooperation, told …": the name
            else:
                subj_text = " ".join(subj_text.split()[-8:])
        src = parse_source(subj_text, s0 + before.rfind(subj_text) if subj_text in before else s0, "en")
        if not _is_source(src):
            return None
        after = sent[vm.end():body_end]
        # content: after "that" close by, after the object of "told", or right after the verb
        tm = _RX_EN_THAT_NEAR.match(after)
        if tm is not None and _RX_EN_AUXILIARY.search(tm.group(1)):
            # "said the company had no indication that …": the clause begins after "said", and
            # its own "that" opens a clause inside it, not the content
            tm = None
        if low in EN_THAT_VERBS and (tm is None or (len(tm.group(1).split()) > 3 and not _adjunct_gap(tm.group(1)))):
            return None  # "reiterated its position", "expressed concern about …": no content clause
        if tm:
            cstart = vm.end() + tm.end()
        elif low in ("told", "tell", "tells"):
            om = _RX_EN_TOLD_OBJECT.match(after)
            if not om or _RX_EN_ADJUNCT_START.match(after, om.end()):
                return None  # (“told reporters at the ceremony”: an adjunct, not what was told)
            cstart = vm.end() + om.end()
        else:
            if after.lstrip().startswith(","):
                return None  # "…, the bureau said, while …": a frame after its content, not before
            cm = _RX_COLON_GAP.match(after)
            assert cm is not None  # the gap pattern also matches the empty string, so always at 0
            adj = _EN_TIME_ADJUNCT.match(after)
            if adj and not _RX_EN_PREP_AFTER_ADJUNCT.match(after[adj.end():]):
                cm = adj  # "Li said on Tuesday China will …"
            cstart = vm.end() + cm.end()
            nxt = after[cm.end():].split(" ", 1)[0]
            if nxt.lower() in ("to", "on", "in", "at", "for", "by", "about", "of", "with", "from", "as", "and", "but", "so",
                               "against", "over", "into", "upon") \
                    or nxt.startswith(("\"", "“")) or not nxt:
                return None
        cs, ce = trim_span(self.text, s0 + cstart, s0 + body_end)
        if low in EN_NP_OBJECT_VERBS and not tm and not _RX_EN_CLAUSE_START.match(self.text, cs, ce):
            return None  # "Siemens announced Tuesday investments of …": a noun phrase, no statement
        cq = _CONSEQUENCE.search(self.text, cs, ce)
        if cq:
            ce = cq.start()
        qa = _RX_EN_QUOTED_ADDITION.search(self.text, cs, ce)
        if qa:
            ce = qa.start()  # "…, adding: “…”": the quotation after the colon is an item of its own
        if _RX_EN_RELATIVE_BEFORE.search(before):
            # "BASF, which said it would open a research centre …, plans to …": the relative clause ends
            # at its closing comma, the main clause is the article's own statement
            comma = self.text.find(", ", cs, ce)
            if comma > 0:
                ce = comma
        # a second clause after ", adding …" stays inside (one reported clause)
        if ce - cs < 12 or len(self.text[cs:ce].split()) < 3:
            return None
        if _RX_EN_NO_CLAUSE.match(self.text, cs, ce) or (low in _EN_ADD_VERBS and not tm and _RX_EN_AMOUNT_OBJECT.match(self.text, cs, ce)):
            # "had expected 8.2 billion yuan.", "Minimum project size: €50 million", "Germany
            # added a record 14.3 gigawatts": an amount or a label, no statement
            return None
        conf = 0.6 if low in EN_FORECAST_VERBS else 0.8
        return _Frame((cs, ce), src, verb, "indirect", conf)
