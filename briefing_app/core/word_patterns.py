"""Regular-expression alternations of word lists, built as a prefix tree.

The quote and figure rules match long lists of words (several hundred German speech-verb
forms, Konjunktiv forms, currency names) at every position of an article.  Written as a
flat alternation ``sagte|sagt|…`` the regex engine tries each listed word in turn at every
position whose first letter fits; as a prefix tree (``sag(?:te|t)|…``) it reads each letter
once.  On a 1 MB article that is the difference between the word lists being the largest
cost of the analysis and a small one.

The tree keeps the meaning of the flat, longest-first alternation: at one position the
longest listed word that matches is tried first, then the shorter ones (each optional
continuation is greedy), so a pattern built with it matches exactly what it matched before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """A regex (without a surrounding group) matching any of ``words``, longest first."""
    return _alternation(frozenset(w for w in words if w))


_Node = dict[str, "_Node"]
_END = ""  # key marking that a word ends at this node


@lru_cache(maxsize=128)
def _alternation(words: frozenset[str]) -> str:
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _subtree(root)


def _subtree(node: _Node) -> str:
    branches = [re.escape(ch) + _subtree(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # a word ends here and longer ones go on: try the longer ones first, as before
        return "(?:" + inner + ")?"
    return inner
