"""Quality floor of the paste cleaner on generated browser copies of real articles.

``bench/make_browser_copies.py`` wraps the ``real-dev`` articles in page junk;
``bench/score_browser_copies.py`` scores the cleaned body with the shared shingle
metric.  The held-out copies (templates and articles the rules were not written on)
must keep what ``bench/README.md`` reports, less a small margin: body F1 ≥ 0.97, no
article text lost, title and date right on at least 7 of 8.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.corpus
def test_held_out_browser_copies_clean_to_the_article(corpus_dir, tmp_path, monkeypatch, no_network):
    if not (corpus_dir.parent / "tools" / "score_extraction.py").is_file():
        pytest.skip("the shared scorer is not beside the corpus")
    monkeypatch.setenv("BRIEFING_SHARED", str(corpus_dir.parent))
    monkeypatch.setenv("BRIEFING_CORPUS", str(corpus_dir))
    monkeypatch.syspath_prepend(str(BENCH))
    for name in ("make_browser_copies", "score_browser_copies"):
        sys.modules.pop(name, None)  # read the paths set above
    import score_browser_copies as bench

    score = bench.scorer()
    results = bench.evaluate(bench.generated_copies(tmp_path), False, "heldout", score, dated=True)
    held_out = results["heldout"]
    body = score.aggregate(held_out.clean)
    assert body["f1"] >= 0.97, body
    assert body["recall"] >= 0.99, body
    assert sum(held_out.titles) >= 7 / 8 * len(held_out.titles)
    assert sum(held_out.dates) >= 7 / 8 * len(held_out.dates)
