"""The German reported-speech mood: whether a sentence carries a Konjunktiv verb.

German reports speech without quotation marks by the Konjunktiv ("Die Nachfrage sei
gestiegen, sagte Müller"), so a Konjunktiv sentence after a quote may carry on the same
speaker's words, and one without may not.  The finder asks this of almost every sentence,
several times: the answer is cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .quote_patterns import _ARTICLE_WORDS, _KONJ_I_SLOT, _KONJ_IERE, _KONJ_RE, _WORD_BEFORE
from .speech_cues import DE_KONJ_I_NOT_VERBS, DE_SPECULATIVE_KONJUNKTIV

#: Endings of words that look like a Konjunktiv I in '-e' but are adverbs or adjectives.
_NOT_VERB_ENDINGS = ("weise", "weile", "ige", "ische", "liche", "ive", "te")


@lru_cache(maxsize=4096)
def has_konjunktiv(body: str) -> bool:
    """Whether ``body`` has a Konjunktiv verb ("sei", "habe", "würden", "investiere")."""
    if _KONJ_RE.search(body) or _KONJ_IERE.search(body):
        return True
    for m in _KONJ_I_SLOT.finditer(body):
        word = m.group(1)
        wb = _WORD_BEFORE.search(body, max(0, m.start() - 30), m.start())
        before = wb.group(1).lower() if wb else ""
        if word in DE_KONJ_I_NOT_VERBS or word.endswith(_NOT_VERB_ENDINGS) or before in _ARTICLE_WORDS:
            continue
        return True
    return False


def speculation_only(body: str) -> bool:
    """Whether the only Konjunktiv of ``body`` is a reporter's speculation or hypothesis
    ("dürfte", "wäre"): such a sentence is the writer's, not a continued report."""
    words = [w for w in DE_SPECULATIVE_KONJUNKTIV if w in body]
    if not words:
        return False
    return not has_konjunktiv(re.sub(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", "ist", body))
