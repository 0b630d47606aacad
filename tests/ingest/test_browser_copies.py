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


@pytest.mark.corpus
def test_written_copies_of_news_sites_keep_their_scores(corpus_dir, monkeypatch):
    """The copies in ``bench/written_copies`` (918 news, agency and press-release pages): every
    half keeps what ``bench/README.md`` reports, less 0.02, and no half loses article text."""
    if not (corpus_dir.parent / "tools" / "score_extraction.py").is_file():
        pytest.skip("the shared scorer is not beside the corpus")
    monkeypatch.setenv("BRIEFING_SHARED", str(corpus_dir.parent))
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("score_browser_copies", None)  # read the path set above
    import score_browser_copies as bench

    score = bench.scorer()
    reported = {("de", "dev"): 0.987, ("en", "dev"): 0.988, ("de", "opened"): 0.981, ("en", "opened"): 0.951,
                ("de", "heldout"): 0.979, ("en", "heldout"): 0.971}
    copies = [copy for folder in sorted(bench.WRITTEN.glob("round*/*")) for copy in bench.written_copies(folder)]
    for (lang, split), f1 in reported.items():
        half = [copy for copy in copies if copy[1] == split and f"/{lang}/" in copy[0]]
        body = score.aggregate(bench.evaluate(half, False, None, score, dated=True)[split].clean)
        assert body["f1"] >= f1 - 0.02, (lang, split, body)
        assert body["recall"] >= 0.98, (lang, split, body)
