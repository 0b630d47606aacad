"""Which language an article is written in (ISO 639-1: ``de``, ``en``, ``zh`` …).

The language decides the extraction grammar (speech verbs, number formats) and the
labels of the briefing, so it must be right for German and English above all.
py3langid is restricted to languages a European desk plausibly imports: out of all 97
of its languages, short German texts are sometimes called Luxembourgish or Dutch.
Scripts settle the obvious cases first (Han, kana, Hangul), then a clear stop-word
majority settles German and English — the everyday case, decided in microseconds
instead of the ≈0.5 s it takes to load the model and numpy.  The model decides the
rest, and a plain stop-word count is the fallback when the model is unavailable or unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

#: Languages the identifier may answer with.
LANGUAGES = (
    "de", "en", "fr", "es", "it", "nl", "pl", "pt", "cs", "da", "sv", "no", "fi", "hu", "ro", "el",
    "ru", "uk", "tr", "ar", "id", "vi", "zh", "ja", "ko",
)  # fmt: skip
_SAMPLE = 6000
_MIN_CONFIDENCE = 0.5

_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")

_STOPWORDS = {
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "von", "dem", "den", "ein", "eine", "sei"},
    "en": {"the", "and", "is", "of", "to", "in", "that", "for", "with", "was", "on", "are", "has", "said", "by"},
}


def detect_language(text: str) -> str:
    """The article's language code, or ``""`` when there is too little text to tell."""
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters < 3:
        return ""
    by_script = _by_script(sample, letters)
    if by_script:
        return by_script
    clear = _clear_german_or_english(sample)
    if clear:
        return clear
    guess = _by_model(sample)
    return guess or _by_stopwords(sample)


def _by_script(sample: str, letters: int) -> str:
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    han = len(_HAN.findall(sample))
    if hangul > 0.3 * letters:
        return "ko"
    if kana > 0.05 * letters and kana + han > 0.3 * letters:
        return "ja"
    if han > 0.3 * letters:
        return "zh"
    return ""


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier | None:
    """The restricted model, loaded once (≈0.2 s) and only when first needed."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
    except Exception:  # no numpy or no model file (a trimmed bundle): use the fallback
        return None
    return identifier


def _by_model(sample: str) -> str:
    identifier = _identifier()
    if identifier is None:
        return ""
    lang: str
    confidence: float
    lang, confidence = identifier.classify(sample)
    return lang if confidence >= _MIN_CONFIDENCE else ""


def _clear_german_or_english(sample: str) -> str:
    """German or English when its function words dominate beyond doubt, else ``""``."""
    words = re.findall(r"\w+", sample.lower())
    if len(words) < 20:
        return ""
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    (lang, best), (_, second) = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    return lang if best >= 0.08 * len(words) and best >= 3 * max(second, 1) else ""


def reads_english(line: str) -> bool:
    """A short line has more English function words than German ones ('Carmaker will close
    two plants and cut 10,000 jobs'): too short for the model, enough to tell an English
    headline from a German one, whose words ('will') the German tagger also knows."""
    words = re.findall(r"\w+", line.lower())
    return sum(w in _ENGLISH_ONLY for w in words) > sum(w in _STOPWORDS["de"] for w in words)


#: English function words no German line has ('in' is both languages').
_ENGLISH_ONLY = _STOPWORDS["en"] - {"in"}


def _by_stopwords(sample: str) -> str:
    words = re.findall(r"\w+", sample.lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    lang, best = max(counts.items(), key=lambda kv: kv[1])
    return lang if best >= 2 else ""
