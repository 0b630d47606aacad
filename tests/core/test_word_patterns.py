"""Word-list alternations built as a prefix tree match what the flat, longest-first list did."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.word_patterns import alternation


def flat(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def test_longest_listed_word_wins_at_one_position():
    rx = re.compile(alternation({"sagt", "sagte", "sagten", "so"}))
    assert [m.group(0) for m in rx.finditer("er sagten so, sagte sie, sagt er")] == ["sagten", "so", "sagte", "sagt"]


@given(st.sets(st.text(alphabet="abcä.$", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="abcä.$ ", max_size=60))
def test_same_matches_as_the_flat_alternation(words, text):
    tree, plain = re.compile(alternation(words)), re.compile(flat(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
