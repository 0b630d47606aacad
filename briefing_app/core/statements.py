"""A quote as a complete statement, the form press reviews and briefings print.

A reported-speech mark is often a clause that only works inside its sentence: "die
Stadt bereits 250 Hektar erschlossen habe" (after "erklärte, dass"), "sind bereits 68
Firmen aktiv" (after "Nach ihren Angaben").  Printed alone with a capital letter it is a
fragment.  :func:`statement` puts the attribution back in the press form — "Wang Lei
erklärte, dass die Stadt …", "Laut Katrin Albers sind …", "X said that …", "According
to X, …" — and leaves a clause that is a main clause already as it is.  Direct speech is
returned verbatim (the outputs add the label language's quotation marks).

This is the one place the statement form is decided: the outputs print it and the
inspector offers it as the starting text of "Shown as".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .quote_patterns import _DE_PARTICLE_FINITE, _DE_VERB_FORMS, particle_closing
from .sentences import split_sentences
from .speech_cues import (
    DE_KONJUNKTIV,
    DE_NACH_ANGABEN,
    EN_SPEECH_VERBS,
)

if TYPE_CHECKING:
    from .annotation import Annotation
    from .project import Project

_MARKS = "\"'„“”‚‘’«»「」『』"

_DE_FINITE_AUX = {"ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "kann",
                  "können", "soll", "sollen", "will", "wollen", "muss", "müssen", "darf", "dürfen", "gibt", "liegt",
                  "lag", "steht", "stand", "gab", "kommt", "kam", "geht", "ging", "bleibt", "blieb"}
_DE_LAUT = re.compile(r"(?:\b[Ll]aut\b|\bzufolge\b|" + "|".join(re.escape(p) for p in DE_NACH_ANGABEN) + r")")
_EN_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of)\b")


def clean_quote(text: str) -> str:
    """The marked text without the article's own quotation marks and trailing commas."""
    return text.strip().strip(_MARKS).strip().rstrip(",;:").strip()


@lru_cache(maxsize=8)
def _sentences(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    return tuple(split_sentences(text, lang))


def _sentence_bounds(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """Start and end of the sentence that holds ``start`` (paragraph breaks end sentences)."""
    for s0, s1 in _sentences(text, "en" if lang == "en" else "de"):
        if s0 <= start < s1:
            return s0, max(s1, end)
    return start, end


def _finish(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def _last_verb(before: str, verbs: set[str]) -> str:
    found = ""
    for word in re.findall(r"[\wäöüÄÖÜß]+", before):
        if word in verbs or word.lower() in verbs:
            found = word.lower()
    return found


def _starts_lower(text: str) -> bool:
    first = text[:1]
    return first.isalpha() and first.islower()


def _verb_final(clause: str) -> bool:
    """A German clause whose finite verb closes it ("… erschlossen habe"): it needs "dass"."""
    words = re.findall(r"[\wäöüÄÖÜß]+", clause)
    return bool(words) and (words[-1] in DE_KONJUNKTIV or words[-1] in _DE_FINITE_AUX) and len(words) > 2


def _verb_first(clause: str) -> bool:
    words = re.findall(r"[\wäöüÄÖÜß]+", clause)
    return bool(words) and (words[0] in DE_KONJUNKTIV or words[0] in _DE_FINITE_AUX)


def statement(article_text: str, start: int, end: int, *, direct: bool, speaker: str, language: str) -> str:
    """The quote at ``start..end`` of ``article_text`` as a complete statement.

    ``language`` is the article's language ("de" or "en"; others are returned as marked).
    """
    quote = clean_quote(article_text[start:end])
    if direct or not quote:
        return quote
    lang = (language or "de").lower()[:2]
    s0, s1 = _sentence_bounds(article_text, start, end, lang)
    before = article_text[s0:start]
    after = article_text[end:s1]
    speaker = " ".join(speaker.split())
    if lang == "en":
        return _english(quote, before, after, speaker)
    if lang == "de":
        return _german(quote, before, after, speaker)
    return _finish(quote)


def _german(quote: str, before: str, after: str, speaker: str) -> str:
    lead = before.strip()
    if not lead or not _starts_lower(quote):
        # a main clause of its own; keep an attribution that follows it (", sagte X")
        verb = _last_verb(after[:40], _DE_VERB_FORMS)
        if verb and speaker and re.match(r"\s*,\s*" + re.escape(verb), after, re.I):
            return _finish(f"{quote.rstrip('.')}, {verb} {speaker}")
        return _finish(quote)
    who = speaker
    verb = _last_verb(lead, _DE_VERB_FORMS | set(_DE_PARTICLE_FINITE))
    if verb in _DE_PARTICLE_FINITE:
        particle = particle_closing(verb, lead, ",")
        verb = f"{verb} {particle}" if particle else ""
    if re.search(r"\bdass\s*$", lead):
        if who and verb:
            return _finish(f"{who} {verb}, dass {quote}")
        return _finish(f"{lead} {quote}")
    if _DE_LAUT.search(lead) and (_verb_first(quote) or not verb):
        if who:
            return _finish(f"Laut {who} {quote}")
        return _finish(f"{lead} {quote}")
    if verb and who:
        joiner = ", dass " if _verb_final(quote) else ", "
        return _finish(f"{who} {verb}{joiner}{quote}")
    if who:
        if _verb_final(quote):
            return _finish(f"{who} sagte, dass {quote}")
        if _verb_first(quote):
            return _finish(f"Laut {who} {quote}")
        return _finish(f"{who} sagte, {quote}")
    return _finish(f"{lead} {quote}")


def _english(quote: str, before: str, after: str, speaker: str) -> str:
    lead = before.strip()
    if not lead or not _starts_lower(quote):
        verb = _last_verb(after[:40], EN_SPEECH_VERBS)
        if verb and speaker and re.match(r"\s*,\s*(?:" + re.escape(verb) + r"\b|[\w .]{1,40}\b" + re.escape(verb) + r"\b)", after, re.I):
            return _finish(f"{quote.rstrip('.')}, {speaker} {verb}")
        return _finish(quote)
    verb = _last_verb(lead, EN_SPEECH_VERBS)
    if _EN_ACCORDING.search(lead):
        return _finish(f"According to {speaker}, {quote}" if speaker else f"{lead} {quote}")
    if speaker:
        that = " that " if re.search(r"\bthat\s*$", lead) else " "
        return _finish(f"{speaker} {verb or 'said'}{that}{quote}")
    return _finish(f"{lead} {quote}")


def neighbour_sentences(article_text: str, start: int, end: int, language: str) -> tuple[str, str]:
    """The sentence before and the sentence after the one(s) holding ``start..end`` (or "")."""
    lang = "en" if (language or "de").lower().startswith("en") else "de"
    spans = _sentences(article_text, lang)
    inside = [i for i, (s0, s1) in enumerate(spans) if s0 < end and start < s1]
    if not inside:
        return "", ""
    first, last = inside[0], inside[-1]
    before = article_text[slice(*spans[first - 1])].strip() if first > 0 else ""
    after = article_text[slice(*spans[last + 1])].strip() if last + 1 < len(spans) else ""
    return before, after


def quote_statement(project: Project, ann: Annotation) -> str:
    """The statement form of a quote mark, as the outputs print it before any user edit."""
    if ann.quote is None:
        return ""
    from .annotation import SpeechKind

    art = project.article(ann.article_id)
    return statement(art.text, ann.anchor.start, ann.anchor.end, direct=ann.quote.speech is SpeechKind.DIRECT,
                     speaker=ann.quote.speaker, language=art.language)


def sentence_of(article_text: str, start: int, end: int, language: str) -> str:
    """The whole sentence(s) holding ``start..end``: what a figure or a name was said in."""
    lang = "en" if (language or "de").lower().startswith("en") else "de"
    spans = [sp for sp in _sentences(article_text, lang) if sp[0] < end and start < sp[1]]
    if not spans:
        return article_text[start:end].strip()
    return article_text[spans[0][0]:spans[-1][1]].strip()
