"""The patterns of quote finding: speech-verb alternations, frame regexes, word lists.

They live apart from the finder's logic because every part of it (German and English
sentence frames, frames around quotation marks, headlines, speaker resolution) reads the
same alternations; one module keeps each verb list compiled once and in one place.
``_Frame`` is the frame a sentence reader returns to the finder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .calendar_words import WEEKDAYS
from .name_words import is_role_de
from .quote_marks import Marked
from .source_phrases import Source
from .source_words import FILLERS
from .speech_cues import (
    DE_AUSGEHEN,
    DE_DEMONSTRATIVE_OPENERS,
    DE_FIRST_PERSON,
    DE_FORECAST_VERBS,
    DE_KONJ_I_FOLLOWERS,
    DE_KONJUNKTIV,
    DE_PARTICLE_VERBS,
    DE_QUOTE_FRAME_VERBS,
    DE_SPEECH_VERBS,
    EN_ADJUNCT_OPENERS,
    EN_CALL_VERBS,
    EN_DESCRIPTION_TAIL,
    EN_FORECAST_VERBS,
    EN_PARTICIPLE_FRAMES,
    EN_QUOTE_FRAME_VERBS,
    EN_REPORTER_CLAUSE_OPENERS,
    EN_SPEECH_VERBS,
    NON_SOURCE_WORDS,
    PERSON_ROLE_WORDS_EN,
    TITLES,
    is_org_description_en,
)
from .word_patterns import alternation


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first (a prefix tree, see ``word_patterns``)."""
    return alternation(words)


_DE_VERB_FORMS = {f for forms in DE_SPEECH_VERBS.values() for f in forms} - {"hieß", "heißt"}
# the particles a finite form takes at the end of its clause ("gab" … "zu", "an", "bekannt")
_DE_PARTICLE_FINITE: dict[str, tuple[str, ...]] = {}
for _forms, _particle in DE_PARTICLE_VERBS.values():
    for _form in _forms:
        _DE_PARTICLE_FINITE[_form] = (*_DE_PARTICLE_FINITE.get(_form, ()), _particle)


def particle_closing(verb: str, clause: str, tail: str = "") -> str | None:
    """The particle of ``verb`` that closes ``clause`` ("teilte … mit", "gab … an"), or None;
    ``tail`` is a pattern allowed after it (punctuation)."""
    for particle in _DE_PARTICLE_FINITE.get(verb, ()):
        if re.search(r"\b" + particle + tail + r"$", clause):
            return particle
    return None
_DE_JOINED = {p + f for forms, p in DE_PARTICLE_VERBS.values() for f in forms}  # "mitteilten"
_DE_JOINED |= {p + f.removeprefix("teil") for forms, p in DE_PARTICLE_VERBS.values() for f in forms}
# "…, wie Verbandspräsident X mitteilte": a frame's own tail, the verb last in its clause (the
# speaker may have an apposition: "…, wie die Präsidentin des Verbands, Hildegard Müller, betonte")
_RX_DE_WIE_TOLD = re.compile(r",\s+wie\s+((?:[^,]{2,80}?,\s+[^,]{2,80}?),|[^,]{2,80}?)\s+("
                             + _alt(_DE_VERB_FORMS | _DE_JOINED) + r")\s*$")
_DE_VERB_RE = re.compile(r"(?<![\w-])(" + _alt(_DE_VERB_FORMS | _DE_JOINED | set(DE_FORECAST_VERBS) | set(_DE_PARTICLE_FINITE)) + r")(?![\w-])")
_EN_VERB_RE = re.compile(r"(?<![\w-])(" + _alt(EN_SPEECH_VERBS | EN_CALL_VERBS | EN_FORECAST_VERBS) + r"|pointed out|points out)(?![\w-])")
_KONJ_RE = re.compile(r"(?<![\w-])(" + _alt(DE_KONJUNKTIV) + r")(?![\w-])")
# a relative clause that says who the source is, closing the sentence ("…, sagte Russwurm,
# der seit 2021 BDI-Präsident ist", "…, der 24,9 Prozent behält": a decimal comma stays inside)
RX_DE_SOURCE_RELATIVE = re.compile(r",\s*(?:der|die|das)\s+((?:[^,]|,(?=\d)){2,100})$")


def source_relative_start(phrase: str) -> int | None:
    """Where a closing relative clause about the source begins ("…, sagte Hellmann, der 24,9
    Prozent behält"), or None; with a Konjunktiv the words are content, not a description
    ("…, sagte er, die Lage sei ernst")."""
    if "," not in phrase:
        return None
    m = RX_DE_SOURCE_RELATIVE.search(phrase)
    if m is None or _KONJ_RE.search(m.group(1)):
        return None
    return m.start()


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
#: Finite verbs that frame speech in either language: a phrase opening with one ("…, sagte ein
#: Sprecher", "…, said a spokesman") is a frame, never an apposition of the words before it.
FRAME_VERB_FORMS = frozenset(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE) | DE_QUOTE_FRAME_VERBS
                             | (EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES) | EN_QUOTE_FRAME_VERBS)
_RX_EN_AFTER_MARKS = re.compile(r"\s*,?\s*(?:(" + _EN_MARKS_ALT + r"|according\s+to)\s+(.{2,160}?)\s*[.!?]?\s*$|((?:[A-Z]|[a-z][\w-]*(?=(?:\s+[a-z][\w-]*){0,3}\s+[A-Z][a-z])|he\b|she\b|it\b|they\b|the\b|a\b|an\b|one\b|two\b|three\b|some\b|several\b|many\b|another\b|his\b|her\b|its\b|their\b)(?:[^\"“”.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs|\bPro|\bGov|\bSen|\bRep)\.|(?<=\bDr)\.|(?<=\bProf)\.){0,140}?)\s+(?:has\s+|had\s+)?("
                         + _EN_MARKS_ALT + r"))(?=[\s.,;:]|$)")
#: Not after an abbreviated title: the full stop of "Dr." or "Prof." does not end a frame
#: ("…“, sagt Prof. Dr. Claudia Wenzel."), one fixed-width look-behind per abbreviation
NOT_AFTER_TITLE_STOP = "".join(rf"(?<!\b{re.escape(t[:-1].rsplit('-', 1)[-1])})" for t in TITLES if t.endswith("."))
_RX_DE_AFTER_MARKS = re.compile(r"\s*,?\s*(?:(so)\s+(.{2,120}?)|(" + _DE_MARKS_ALT + r")\s+(?:sich\s+)?(.{2,160}?))"
                                + NOT_AFTER_TITLE_STOP + r"\s*(?:[.!?]|$)")
# "…, erwartet Ökonom X.": a forecast verb closing the sentence frames it like "sagte"
_DE_POSTPOSED_FORECAST = {"erwartet", "erwartete", "erwarten", "erwarteten", "schätzt", "schätzte", "schätzen",
                          "prognostiziert", "prognostizierte", "prognostizieren", "vermutet", "vermutete"}
_RX_DE_FRAME_AFTER = re.compile(r"[,:]\s+(?:(so)\s+|(" + _alt(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE) | _DE_POSTPOSED_FORECAST)
                                + r")\s+(?:sich\s+)?(?:es\s+)?)")
_RX_DE_FORECAST = re.compile(r"(?<![\w-])(" + _DE_FORECAST_ALT + r")(?![\w-])")
_RX_DE_DAVON_AUS = re.compile(r"(?<![\w-])(?:" + _DE_AUSGEHEN_ALT + r")\s+(.{0,60}?)\s*davon\s+aus,\s+dass\s+")
_RX_DE_AUSGEHEN = re.compile(r"(?<![\w-])(" + _DE_AUSGEHEN_ALT + r")\s+(.{2,80}?)\s+von\s+(.+)\s+aus$")
# "…, said the report" names the speaker after the verb; "…, told the Global Times" and
# "…, asked the minister" name whom it was said to: never an inverted frame
_EN_ADDRESSEE_VERBS = frozenset({"tell", "tells", "told", "ask", "asks", "asked"})
_EN_INVERTIBLE_ALT = _alt(EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES - _EN_ADDRESSEE_VERBS)
# a postposed frame's subject with its apposition: "…, Hartmann, a former ministry official, said."
_EN_NAME_WITH_APPOSITION = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+(?:a|an|the)\s+[^,\"“”]{2,80}?,"
_RX_EN_FRAME_AFTER = re.compile(r",(?:[”\"](?=\s+according\s+to\s))?\s+(?:according\s+to\s+(.{2,140}?)|(" + _EN_INVERTIBLE_ALT +
                      r")\s+([^,]{2,120}?)(?:,\s+[a-z][^,]*)?|((?:" + _EN_NAME_WITH_APPOSITION + r")|[^,\"]{2,90}?)"
                      r"\s+(?:has\s+|had\s+|have\s+)?(" +
                      _EN_FINITE_ALT + r")(?:\s+(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,4}(?:'s\s+[\w ]{2,40})?)?)\s*$")
_RX_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
_RX_ACCORDING_TO_LEAD = re.compile(r"(?:[A-Z]\w*\s+)?[Aa]ccording\s+to\s+([^,]{2,120}),\s*")
_RX_ACCORDING_TO_INSIDE = re.compile(r",?\s+according\s+to\s+([^,]{2,120}?)(?:,|$)")
_RX_EN_MID_FRAME = re.compile(r",\s+((?:he|she|they|it|(?:the|two|three|four|several|some|multiple)\s+[a-z]+|"
                              r"the\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|[a-z]{3,}s|"
                              r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))\s+(said|added|argued|warned|noted|stressed|says|"
                              r"told\s+(?:reporters|journalists|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)?))\s*,\s+(?:and\s+|but\s+)?")
_RX_EN_FINITE_START = re.compile(r"(?:was|is|were|are|had|has|have|would|will|could|should|may|might|[a-z]+ed)\b")
_RX_EN_PARTICIPLE_FRAME = re.compile(r",\s+(saying|adding|warning|arguing|insisting|claiming|noting|stressing|explaining|emphasizing|emphasising)\s+(?:that\s+|(?=[a-z\"“]))")
_RX_EN_LEADING_CAPS = re.compile(r"((?:[A-Z][\w'’.-]*\s*)+|(?:He|She|It|They)\b)")
_RX_ANY_QUOTE_MARK = re.compile(r"[\"“”]")
_RX_EN_NEXT_VERB = re.compile(r"\s+(?:said|say|says|show|showed|shows|suggest|suggested)\b")
_RX_EN_SUBORDINATOR = re.compile(r"\b(?:as|while|when|after|because|since|although|though|if|but)\s+(?=\S)")
_RX_CAPITAL = re.compile(r"[A-Z]")
# "that" within eight words of the verb, never past a quotation mark ("said it "welcomes any
# investment that …"": the quoted words are the content, their "that" is not the frame's)
_RX_EN_THAT_NEAR = re.compile(r"((?:\s*,\s*(?:however|though|too|also|in turn)\s*,)?(?:\s+[^\s,\"“”‘]+){0,8}?)\s+that\s+")
# whom something was told: a name, people ("analysts", "shareholders") or a gathering ("the
# annual meeting", "a conference in Berlin" — its place is the adjunct after it)
_RX_EN_TOLD_OBJECT = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3}"
    r"|\s+(?:MPs|reporters|journalists|him|her|them|us|investors|parliament|analysts|shareholders|lawmakers|"
    r"legislators|delegates|employees|staff|workers|students|guests|participants|executives|officials|"
    r"diplomats|attendees|senators|members|customers|suppliers|bankers|economists)(?![\w-])"
    r"|\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?:conference|meeting|forum|summit|audience|briefing|committee|"
    r"gathering|event|hearing|panel|session|seminar|congress|assembly|parliament)(?![\w-])"
)
_RX_COLON_GAP = re.compile(r"\s*:?\s*")
_RX_EN_PREP_AFTER_ADJUNCT = re.compile(r"\s*(?:to|about|of|with)\b")
_RX_EN_FRAME_TAIL = re.compile(r",\s+(?:quoting|citing|adding|noting|saying|referring|who|which|as|while|when|in\s+a|at\s+a)\b")
_RX_EN_SAID = re.compile(r"\b(?:said|says|told)\b")
_RX_EN_ADDING_THAT = re.compile(r",\s+(adding|noting|stressing)\s+that\s+")
_RX_EN_SAYING_BEFORE = re.compile(r"\b(saying|adding)\s*:?\s*$")
_RX_WORD_CHAR = re.compile(r"\w")
_RX_EN_QUOTED_AS_SAYING = re.compile(r"^(.{2,160}?)\s+(?:was|were|is|are|has\s+been)\s+(?:quoted|cited)\s+(?:by\s+[^,]{2,80}?\s+)?as\s+saying\s*,?\s+(?:that\s+)?")
_RX_EN_ANY_FINITE = re.compile(r"(?<![\w-])(?:" + _EN_FINITE_NO_FORECAST_ALT + r")(?![\w-])")
_RX_EN_INVERTED = re.compile(r",\s+(" + _alt(EN_SPEECH_VERBS - EN_PARTICIPLE_FRAMES - EN_FORECAST_VERBS - _EN_ADDRESSEE_VERBS)
                             + r")\s+(?=(?:the|a|an)\s|[A-Z])")
# "said on Tuesday", and the American "said Tuesday"
_EN_WEEKDAYS_ALT = _alt({d for d in WEEKDAYS if d.endswith("day")})
_RX_EN_SUBJECT_ADJUNCT = re.compile(r",\s+((?:" + _EN_NAME_WITH_APPOSITION + r")|[^,\"“”]{2,90}?)"
                      r"\s+(?:has\s+|had\s+|have\s+)?(" + _EN_FINITE_NO_FORECAST_ALT + r")"
                      r"(\s+(?:" + _alt(EN_ADJUNCT_OPENERS | {"when", "while", "citing", "quoting"}) + "|"
                      + _EN_WEEKDAYS_ALT + r")\b[^\"“”]*"
                      r"|,\s+(?:adding|noting|stressing)\s+that\s+[^\"“”]+"
                      # ("…, two people familiar with the plans said, as rivals race …": the reporter's clause)
                      r"|,\s+(?:" + _alt(EN_REPORTER_CLAUSE_OPENERS) + r")\s+[^\"“”]+)?$")
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
_RX_EN_BEFORE_MARKS = re.compile(r"(?:^|[.!?,;]\s+|\s)((?:[^.!?;\"“„]{0,160}?))\s+(" + _alt(EN_SPEECH_VERBS | EN_QUOTE_FRAME_VERBS) + r")(?:(?:\s+[^\s:\"“„]+){0,8}\s*:|\s*,?|\s+that)\s*$")
# (also the tag inside a quotation split in two: "„…“, sagte Kater, „…“")
_RX_DE_BEFORE_MARKS = re.compile(r"(?:^|[.!?,;]\s+|\s)((?:[^.!?;\"“„]{0,160}?))(?:\s+|(?<=[,;]\s))(" + _alt(_DE_VERB_FORMS | set(_DE_PARTICLE_FINITE) | DE_QUOTE_FRAME_VERBS) + r")(?:(?:\s+[^\s:\"“„]+){0,4}\s*:|\s*,?|(?:\s+[^\s:,\"“„»«]+){1,5}\s*,)\s*$")
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
    resolve_to: str = ""  # "last_person" / "last_any" for possessives and "demnach"; "unnamed": kept anonymous



_SUBJ_AFTER = re.compile(
    r"\s+((?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s+)?(?:[a-zäöü][\w-]*(?:e|en|er)\s+)?[A-ZÄÖÜ][\w.&-]*"
    r"(?:\s+(?:(?:von|vom|für|und|de|des|der)\s+(?:(?:der|dem|den|des)\s+)?)?[A-ZÄÖÜ][\w.&-]*)*|er|sie)(?=[\s,.:]|$)"
)


_NOBODY = Source()
_DE_LEADING_ZUFOLGE = re.compile(r"((?:Dem|Der|Den|Einem|Einer)\s+[^,;:]{2,120}?)\s+zufolge\b")
# a sentence-opening noun phrase up to its finite verb (a lower-case word that is not an
# article, a preposition inside the phrase, or an inflected adjective)
_DE_LEADING_NP = re.compile(
    r"((?:(?:der|die|das|des|dem|den|von|vom|für|und|de|van)\s+|(?:in|im|aus|bei|beim)\s+(?=[A-ZÄÖÜ])|"
    r"[a-zäöüß]+(?:e|en|er|es)\s+(?=[A-ZÄÖÜ])|"
    r"[A-ZÄÖÜ][\w.&'-]*,?\s+)+)(?=[a-zäöüß])")
_DE_INVERTED_STANCE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:er)?(?:\s+[a-zäöüß]+)?\s+(?:ist|war|zeigte|zeigt|gab|gibt|äußerte|äußert|"
                                 r"blieb|bleibt|klang|klingt|wirkte|wirkt|sieht|sah|widersprach|widerspricht)(?:\s+sich)?(?:\s+(?:es|das))?"
                                 r"(?:\s+(?:auch|dagegen|hingegen|jedoch|indes|wiederum|allerdings|ebenfalls|zudem))*"
                                 r"(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))")  # "Anders sieht es (auch) X"
_DE_STANCE_VERB = re.compile(r"\s(?:(?:zeigte|zeigt|gab|gibt|äußerte|äußert)\s+sich\s+[a-zäöüß]+"
                             # a rejection whose reasons follow in Konjunktiv ("Das Ministerium wies die
                             # Vorwürfe zurück. Sie seien haltlos.")
                             r"|(?:wies|weist)\s+[^.]{2,60}\s+zurück|(?:widersprach|widerspricht|dementierte|"
                             r"dementiert|bestritt|bestreitet)\b|(?:lehnte|lehnt)\s+[^.]{2,60}\s+ab\b"
                             # a view of one's own: "Der BDI sieht das ähnlich.", "Lindner sah das anders."
                             r"|(?:sieht|sah|sehen|sahen)\s+(?:das|es|dies)\s+(?:ähnlich|anders|genauso|ebenso|kritisch|"
                             r"gelassener|gelassen|positiv|skeptisch)\b)")
# a judgement whose reasons follow in Konjunktiv after the comma ("Das Ministerium begrüßte
# die Entscheidung, sie stärke den Standort"): a stance too
_DE_JUDGEMENT_VERBS = ("begrüßte", "begrüßt", "begrüßten", "bedauerte", "bedauert", "bedauerten", "verteidigte",
                       "verteidigt", "verteidigten", "bemängelte", "bemängelt", "bemängelten", "monierte", "moniert",
                       "monierten", "würdigte", "würdigt", "würdigten", "verurteilte", "verurteilt", "verurteilten")
# the cheap test first (most sentences have none of the verbs), then the verb with its object and comma
# a German source's wish to stay anonymous in a relative clause ("…“, klagte der Manager, der
# nicht genannt werden wollte"): never a person named before; "genannt"/"anonym" guard it
DE_ANONYMITY_GUARD = re.compile(r"genannt|anonym")
# the speaker after the marks asks to stay unnamed, with or without commas ("…,” an official
# told AFP on condition of anonymity", "…, who requested anonymity, told …")
EN_ANONYMITY_GUARD = re.compile(r"anonymity| named| identified")
EN_ANONYMITY = re.compile(r"(?:condition\s+of|requested|asked\s+for|granted)\s+anonymity"
                          r"|(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)"
                          r"|declined\s+to\s+be\s+(?:named|identified)")
DE_ANONYMITY = re.compile(r",\s+(?:der|die)\s+(?:(?:namentlich\s+)?nicht\s+(?:namentlich\s+)?genannt\s+werden|"
                          r"anonym\s+bleiben)\s+(?:will|wollte|möchte|mag)\b")
# a rejection is one too ("Die Botschaft wies den Vorwurf zurück, Peking setze … ein"); its
# content keeps the rejection, since the clause alone would say the opposite of what was said
_DE_REJECTION_VERBS = ("wies", "weist")
_DE_JUDGEMENT_STEMS = re.compile(_alt(_DE_JUDGEMENT_VERBS + _DE_REJECTION_VERBS))
_DE_JUDGEMENT = re.compile(r"\s(?:(?:" + _alt(_DE_JUDGEMENT_VERBS) + r")\s+[^.,;:]{2,80}"
                           r"|(?P<rejects>" + _alt(_DE_REJECTION_VERBS) + r")\s+[^.,;:]{2,60}?\s+zurück),\s")
_DE_BACKREF = re.compile(r"(?:" + "|".join(DE_DEMONSTRATIVE_OPENERS) + r")\s+(" + _DE_FRAME_VERBS_ALT + r")\s+(?=[A-ZÄÖÜ]|der\s|die\s|das\s|er\s|sie\s)")
_EN_TIME_ADJUNCT = re.compile(r"\s+(?:(?:on\s+)?(?:" + _EN_WEEKDAYS_ALT + r")|last\s+(?:week|month|year)"
                              r"|this\s+(?:week|month|year)|on\s+\w+\s+\d{1,2}|yesterday|today|earlier)\s*,?\s+(?:that\s+)?"
                              r"(?=[A-Z]|(?:the|it|its|they|their|there|he|his|she|her|we|a|an)\b)")
_EN_FRAME_ADJUNCT_WORDS = EN_ADJUNCT_OPENERS | {"when", "while", "citing", "quoting", "to", "of", "with", "from", "by",
                                               "as", "adding", "noting", "told", "reporters", "the", "a", "an"}
_RX_NAME_BEFORE_MARK = re.compile(r"(?<![\w-])(?:dem|der|den|des|die|das|im|vom|beim|zum|zur|the|of|from|in|on"
                                  # the medium's kind before its title: "dem Magazin „Der Spiegel“",
                                  # "in der ARD-Sendung „Caren Miosga“", "im Podcast „Table.Today“"
                                  r"|[\w-]*(?:magazin|zeitung|sendung|podcast|talkshow|blatt|show|newsletter|programm))\s*$",
                                  re.IGNORECASE)


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
    return _RX_NAME_BEFORE_MARK.search(text, max(0, mk.open - 30), mk.open) is not None


# an auxiliary or a modal: the words around it are a clause, never a speaker's name
_RX_EN_AUXILIARY = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|should|might|must|can|may|shall|"
                              r"does|did)\b")
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
# documents that speak for their author ("heißt es in einer Umfrage der AHK" -> AHK); matched
# as word endings, so that "Konjunkturumfrage" and "Jahresbericht" are documents too
_DE_DOCUMENT_NOUNS = ("mitteilung", "erklärung", "bericht", "stellungnahme", "studie", "papier", "schreiben",
                      "brief", "analyse", "verlautbarung", "meldung", "information", "informationen", "unterlagen",
                      "umfrage", "erhebung", "untersuchung", "auswertung", "prognose", "gutachten", "statistik",
                      "berechnungen")
# the circles around a body speak for it only as whole words ("aus Kreisen der Koalition",
# "aus dem Umfeld des Ministeriums"); "Regierungskreise" are a source of their own
_DE_CIRCLE_NOUNS = frozenset({"kreisen", "umfeld"})


def _document_noun(word: str) -> bool:
    """Whether ``word`` names a German document (or circle) that speaks for its author."""
    low = word.lower()
    return low.endswith(_DE_DOCUMENT_NOUNS) or low in _DE_CIRCLE_NOUNS
_FRAME_FIRST_CUES = {"laut", "nach Angaben", "geht es nach", "demnach"}
# "Aus Peking hieß es dagegen, …": a filler after "es" does not hide the frame
_DE_HEISST_ES_FIRST = re.compile(r"(?:(?:In|Im|Aus|Von|Vom|Bei|Beim)\s+([^,]{2,100}?)\s+)?(?:hieß|heißt|hiess|heisst)\s+es"
                                 r"(?:\s+(?:" + _alt(FILLERS) + r"))*(?:\s+(?:in|im|aus|von|vom|bei|beim)\s+([^,]{2,100}?))?\s*(?:,\s*(?:dass\s+)?|:\s*)")
_DE_HEISST_ES = re.compile(r",\s+(?:hieß|heißt|hiess|heisst)\s+es(?:\s+(?:weiter\s+|zudem\s+|auch\s+)?(?:in|im|aus|von|vom|bei|beim)\s+([^,]{2,100})"
                           # an adjunct first, then where it came from: "hieß es nach dem Treffen aus Regierungskreisen"
                           r"|\s+[^,]{2,60}?\s+aus\s+([^,]{2,80}))?$")
_NOUN_LIKE_VERBS = {"report", "reports", "forecast", "forecasts", "estimate", "estimates", "claim", "claims",
                    "note", "notes", "state", "states", "stress", "call", "calls", "project", "projects", "warning",
                    # participles used as adjectives: "an estimated $231 billion", "the expected recovery"
                    "estimated", "expected", "projected", "forecasted"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "new", "latest", "annual", "our"}
_CONSEQUENCE = re.compile(r",\s+(?:leading|prompting|sparking|causing|triggering|resulting)\s+(?:to|in)?\b")


def _plural_sie(src: Source, verb: str) -> Source:
    """"sagten sie", "Sie rechnen mit …": a plural verb makes "sie" the companies or the
    officials, not a woman; it then resolves like "they"."""
    if src.kind == "pronoun" and src.description.lower() == "sie" and verb.endswith("en"):
        src.is_plural = True
    elif src.kind == "description" and verb.endswith("en") and verb[:1].islower():
        src.is_plural = True  # "forderten Abgeordnete der Union": several, never one named person
    return src


# the anonymous sources of wire copy: "people familiar with the matter", "two people briefed on
# the talks", "a person with knowledge of the plans", "insiders", "an industry insider"
_RX_EN_ANONYMOUS = re.compile(r"(?:(?:the|a|an|one|two|three|four|five|several|some|other|multiple|many|various)\s+)?"
                              r"(?:people|persons?|(?:[a-z-]+\s+)?insiders?)"
                              r"(?:\s+(?:familiar|briefed|close|involved|knowledgeable|aware))?$"
                              r"|(?:one|two|three|some|several|each|all)\s+of\s+(?:the|these|those)\s+[a-z]+$",
                              re.IGNORECASE)


def _is_source(src: Source) -> bool:
    if src.kind == "pronoun":
        return src.description.lower() not in NON_SOURCE_WORDS or src.description.lower() in ("it",)
    if src.name:
        return True
    d = src.description.strip()
    if not d:
        return False
    if _RX_EN_ANONYMOUS.match(d) or _RX_EN_ANONYMOUS.match(EN_DESCRIPTION_TAIL.split(d)[0].strip()):
        return True  # "people familiar with the matter", "a person briefed on the talks", "the people"
    head = EN_DESCRIPTION_TAIL.split(d)[0].split()[-1].lower().strip(".,")
    return head not in NON_SOURCE_WORDS and not head.isdigit() and len(d.split()) <= 8 and (
        head in PERSON_ROLE_WORDS_EN or is_org_description_en(head) or head.endswith("s") or bool(src.organisation))


def _quote_char_after(sent: str, pos: int) -> bool:
    return bool(re.search(r"[\"“”]", sent[pos:]))


def _plausible_role(role: str, lang: str) -> bool:
    if not role:
        return False
    if lang == "en":
        return any(w in PERSON_ROLE_WORDS_EN for w in role.lower().split())
    return any(_de_person_role(w.lower()) for w in role.split()) or len(role.split()) <= 4


def _de_person_role(word: str) -> bool:
    return is_role_de(word) or word.lower().endswith(_AGE_DESCRIPTIONS)


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

