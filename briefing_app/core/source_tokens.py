"""The tokens of a speaker phrase: where a run of capitalised words (a name) starts and ends.

A speaker phrase is read as tokens (word, offset).  These tests say which capitalised runs
it holds ("Procter & Gamble", "Institute for the World Economy", "Ursula von der Leyen"),
whether a particle joins a given name to a surname, whether a preposition ends the phrase,
whether an organisation follows "von"/"of", and where an academic title opens the name.
``source_phrases`` reads the phrase with them into a ``Source``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .german_tagger import german_tags
from .name_words import _ORG_NAME_WORDS, is_cap, is_org_desc_de, is_role_de, looks_like_org
from .source_phrases_en import joins_a_body_name
from .source_words import ARTICLES, CUT_WORDS, PARTICLES, TOPIC_PREPS_DE
from .speech_cues import PERSON_ROLE_WORDS_EN, TITLES


def cuts(toks: Sequence[tuple[str, int]], i: int) -> bool:
    """Whether the preposition at ``i`` ends the phrase.  A topic's preposition does not
    after an article or another preposition ("der seit 2019 amtierende Vorstandschef"),
    "um" not before a name ("das Forscherteam um Christian Drosten"), and "zu" not where it
    joins a name ("Karl-Theodor zu Guttenberg", "Universität zu Köln")."""
    low = toks[i][0].lower()
    if low not in TOPIC_PREPS_DE:
        return True
    prev = toks[i - 1][0].lower()
    if prev in ARTICLES or prev in CUT_WORDS:
        return False
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if low == "um" and is_cap(nxt):
        return False
    joins_a_name = low == "zu" and is_cap(nxt) and i + 2 >= len(toks) and (
        name_particle(toks, i) or toks[i - 1][0].lower() in _ORG_NAME_WORDS) and not common_noun_after(toks, i)
    return not joins_a_name


def common_noun_after(toks: Sequence[tuple[str, int]], i: int) -> bool:
    """The capitalised word after "zu" is a common noun ("sagte Keller zu Journalisten",
    "zu Beginn"), not a place or a family name ("zu Guttenberg", "zu Köln"): German
    capitalises both, so the tagger decides (a hyphenated name it does not know stays)."""
    words = tuple(t for t, _ in toks[max(0, i - 1): i + 2])
    return "-" not in words[-1] and german_tags(words)[-1] == "NN"


def name_particle(toks: Sequence[tuple[str, int]], i: int) -> bool:
    """Whether the particle at ``i`` ("von", "van", "de") joins a given name to a surname:
    a capitalised name before it (no role, no body) and one capitalised word after it,
    closing the phrase, with at most one more particle between ("von der Heide")."""
    prev = toks[i - 1][0]
    rest = [t for t, _ in toks[i + 1:]]
    if rest and rest[0].lower() in PARTICLES:
        rest = rest[1:]
    # one given name before the particle ("Thomas Koch von der Kammer" is a person of a body)
    given_only = i < 2 or not is_cap(toks[i - 2][0]) or is_role_de(toks[i - 2][0]) \
        or toks[i - 2][0].lower() in PERSON_ROLE_WORDS_EN
    return (len(rest) == 1 and is_cap(rest[0]) and is_cap(prev) and not is_role_de(prev)
            and prev.lower() not in PERSON_ROLE_WORDS_EN and not is_org_desc_de(prev)
            and prev.lower() not in _ORG_NAME_WORDS and given_only and not looks_like_org(f"{prev} {rest[0]}"))


def title_opens_name(run: Sequence[tuple[str, int]], split_at: int) -> int:
    """An academic title opens the name: the capitalised words before it are the role even
    when no role ending marks them ("der geschäftsführende Gesellschafter Prof. Dr. Georg
    Hellmann"), so the name is never "Gesellschafter Prof. Dr. Georg Hellmann"."""
    first_title = next((i for i, (t, _) in enumerate(run) if t in TITLES), None)
    if first_title is None or first_title <= split_at or first_title == len(run) - 1:
        return split_at
    return first_title


def org_follows(toks: Sequence[tuple[str, int]], i: int) -> bool:
    """After "von"/"beim"/"of": a named organisation follows (not "bei einem Pressegespräch")."""
    j = i + 1
    if j < len(toks) and toks[j][0].lower() in ("einem", "einer", "einen", "a", "an"):
        return False
    while j < len(toks) and toks[j][0].lower() in ARTICLES:
        j += 1
    return j < len(toks) and is_cap(toks[j][0])


def is_name_like_pair(run: Sequence[tuple[str, int]]) -> bool:
    # "Katrin Albers" after a lower-case adjective would still be a name; a German noun +
    # name pair ("Ökonom Walter Pudschedl") is split by the role check before this
    return all(not is_role_de(t) for t, _ in run) and len(run) >= 2 and not run[0][0].endswith(("er", "en", "e"))


def cap_runs(toks: Sequence[tuple[str, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i][0]
        if is_cap(t) or t in TITLES:
            j = i + 1
            while j < n and (is_cap(toks[j][0]) or toks[j][0] in TITLES or (
                    toks[j][0] == "&" and j + 1 < n and is_cap(toks[j + 1][0])) or (  # "Procter & Gamble"
                    # "Institute for the World Economy", "Bank of the West": a body's name goes on
                    joins_a_body_name(toks, j)) or (
                    toks[j][0] in PARTICLES and j + 1 < n and (is_cap(toks[j + 1][0]) or (
                        toks[j + 1][0] in PARTICLES and j + 2 < n and is_cap(toks[j + 2][0])
                        and name_particle(toks, j))))):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs
