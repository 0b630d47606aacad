"""How a line of text is shaped: its words, whether it reads as a sentence, whether
someone is quoted in it — the tests every rule of the cleaner asks first — and the
helpers the rules build their word lists with.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"[.!?…:;。！？]\W{0,3}$")
_FULL_STOP = re.compile(r"[^.]\.[\"“”»«'’)]{0,2}$|[。！？][」』”）)]{0,2}$")
#: A quotation mark of any of the languages pages come in: a line with one quotes someone.
QUOTE_MARK = re.compile(r"[\"“”„«»]")
#: Chinese, Japanese and Korean characters: a run of them is one \w+ "word", but a line
#: of them reads like a sentence of many words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SPEECH_CUE = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|kritisierte|teilte|so der|so die|"
    r"said|says|told|added|according to|zufolge|laut)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


@lru_cache(maxsize=4096)
def looks_like_body(line: str) -> bool:
    """A sentence of running text: many words ending like a sentence, or reported speech.

    Body text is never taken out by a rule that is not an explicit label, whatever
    words it contains ("Die Drucken-Sparte wird geteilt." stays).  Cached: the page
    rules ask again about the same lines (the article's extent, its blocks, its weight).
    """
    words = word_count(line) + len(CJK.findall(line)) // 2
    if (words >= 7 and _SENTENCE_END.search(line)) or (words >= 4 and _FULL_STOP.search(line)):
        return True
    if words >= _PARAGRAPH_WORDS and sentence_breaks(line) >= 2:
        return True  # a paragraph of sentences whose last one ends in a signature or a link
    return is_reported_speech(line)


def is_list_item(line: str) -> bool:
    """A short line that is no sentence: an item of a list of links, a teaser's headline."""
    return 0 < word_count(line) <= 20 and len(line) <= 200 and not looks_like_body(line)


#: A paragraph this long with two sentences ended inside it is running text, however it ends.
_PARAGRAPH_WORDS = 30
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜÀ-Ý]")


def sentence_breaks(line: str) -> int:
    """How many sentences end inside the line (a full stop, then a capital)."""
    return len(_SENTENCE_BREAK.findall(line))


def ends_like_sentence(line: str) -> bool:
    """The line ends with a sentence's punctuation ('.', '!', '?', '。' …)."""
    return _SENTENCE_END.search(line) is not None


def is_reported_speech(line: str) -> bool:
    """Someone said something: the quotes the briefing is made of, never clutter."""
    return word_count(line) >= 5 and bool(_SPEECH_CUE.search(line))


def vocabulary(*words: str) -> str:
    """A regex alternation of ``words`` (``"a|b"`` groups), longest first so 'Link kopieren'
    beats 'Link'; a space in a word matches any run of spaces, or none (glued bars)."""
    flat = sorted({w for group in words for w in group.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in flat)


def only_words(words: str, separators: str = r"[\s|·•/,:;()\-–—]") -> re.Pattern[str]:
    """A line made of nothing but ``words`` (a regex alternation), glued or separated."""
    return re.compile(rf"(?:(?:{words})|{separators})+", re.IGNORECASE)
