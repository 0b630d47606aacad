"""Quality floors: the quote and figure finder may not quietly lose what it scores today.

The analyser runs on the labelled corpus sets (``gold-dev`` and ``real-dev``), the
shared scorer ``../shared/tools/score_annotations.py`` scores the predictions, and each
score must stay within 0.02 of the figure written in the floor table of
``bench/README.md`` (one place for the numbers: a change that raises a score updates
the table, a change that lowers one fails here).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "bench" / "README.md"
TOLERANCE = 0.02
_COLUMNS = {"quotes F1": "quotes_f1", "quotes+speaker F1": "speaker_f1", "figures F1": "figures_f1"}


def floor_table(readme: str) -> dict[str, dict[str, float]]:
    """Rows of the table between the ``quality-floors`` markers: set -> score name -> value."""
    m = re.search(r"<!-- quality-floors:start -->(.*?)<!-- quality-floors:end -->", readme, re.DOTALL)
    if m is None:
        raise AssertionError("bench/README.md has no quality-floors table")
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in m.group(1).splitlines()
            if line.strip().startswith("|")]
    header, body = rows[0], [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
    table = {}
    for row in body:
        cells = dict(zip(header, row, strict=True))
        table[cells["set"].strip("`")] = {_COLUMNS[k]: float(v.strip("*")) for k, v in cells.items() if k in _COLUMNS}
    return table


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "bench" / "eval_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_floor_table_is_readable():
    table = floor_table(README.read_text(encoding="utf-8"))
    assert {"gold-dev", "real-dev"} <= set(table)
    for scores in table.values():
        assert set(scores) == set(_COLUMNS.values())
        assert all(0.0 <= v <= 1.0 for v in scores.values())


def test_floor_table_parser_rejects_a_missing_table():
    with pytest.raises(AssertionError):
        floor_table("# Benchmarks\n\nno table here\n")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["gold-dev", "real-dev"])
def test_scores_stay_above_the_floor(corpus_dir: Path, name: str) -> None:
    scorer = corpus_dir.parent / "tools" / "score_annotations.py"
    if not scorer.exists():
        pytest.skip(f"scorer not found at {scorer}")
    floors = floor_table(README.read_text(encoding="utf-8"))[name]
    scores, _ = _eval_module().score_set(name)
    got = scores.as_dict()
    below = {k: (round(got[k], 3), v) for k, v in floors.items() if got[k] < v - TOLERANCE}
    assert not below, f"{name}: scores below the floor in bench/README.md (got, floor): {below}"
