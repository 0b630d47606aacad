"""Score the quote and figure finder on the labelled corpus sets.

Writes predictions in the gold format of ``../shared/corpus/GUIDELINES.md``
(``PRED_DIR/de/001.json`` …) and runs ``../shared/tools/score_annotations.py`` on them.

Sets:

* ``gold-dev``: texts in ``corpus/news``, gold in ``corpus/gold-dev`` (the default);
* ``real-dev``: texts and gold in ``corpus/real-dev`` (``gold/{de,en}``);
* ``news``: the unlabelled texts of ``corpus/news`` without gold — only counts are printed.

``--ids 006,007`` scores a subset (the same numbers in both languages). ``--details``
lists misses and false hits, but never for the real-dev articles kept out of rule work
(``HELD_OUT``): those are only ever scored as a set.

    .venv/bin/python bench/eval_extraction.py --set real-dev --ids 006,007
    .venv/bin/python bench/eval_extraction.py --set gold-dev --details
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))
SCORER = CORPUS.parent / "tools" / "score_annotations.py"
LANGUAGES = ("de", "en")
# real-dev articles never looked at while writing rules: scored only as a set (005 was opened
# in the fourth round of rules, 006 in the sixth, see bench/README.md)
HELD_OUT = frozenset({"007"})

sys.path.insert(0, str(ROOT))
from briefing_app.core.analysis import analyse  # noqa: E402 - importable once the repository is on sys.path


@dataclass(frozen=True)
class Scores:
    """The de+en summary line of the scorer for one set."""

    quotes_p: float
    quotes_r: float
    quotes_f1: float
    speaker_f1: float
    figures_p: float
    figures_r: float
    figures_f1: float

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


def set_dirs(name: str) -> tuple[Path, Path | None]:
    """(texts folder, gold folder) of a named set; gold is None for unlabelled texts."""
    if name == "gold-dev":
        return CORPUS / "news", CORPUS / "gold-dev"
    if name == "real-dev":
        return CORPUS / "real-dev", CORPUS / "real-dev" / "gold"
    if name == "news":
        return CORPUS / "news", None
    raise ValueError(f"unknown set {name!r}: use gold-dev, real-dev or news")


def predict(text: str, language: str) -> dict[str, Any]:
    """One article's predictions in the gold format of GUIDELINES.md."""
    a = analyse(text, language)
    return {
        "quotes": [{"speaker": q.speaker or None, "text": q.text, "kind": q.kind, "start": q.start} for q in a.quotes],
        "figures": [{"text": f.text, "value": float(f.value), "unit": f.unit, "approx": f.approx, "start": f.start}
                    for f in a.figures],
    }


def selected(texts: Path, gold: Path | None, ids: set[str] | None) -> list[tuple[str, str]]:
    """(language, id) of the articles to score: those with gold (or all texts when unlabelled)."""
    out = []
    for lang in LANGUAGES:
        folder = (gold / lang) if gold is not None else (texts / lang)
        pattern = "*.json" if gold is not None else "*.txt"
        for p in sorted(folder.glob(pattern)):
            if ids is None or p.stem in ids:
                out.append((lang, p.stem))
    return out


def write_predictions(texts: Path, items: list[tuple[str, str]], out: Path) -> dict[str, int]:
    counts = {"articles": 0, "quotes": 0, "figures": 0}
    for lang, stem in items:
        (out / lang).mkdir(parents=True, exist_ok=True)
        pred = predict((texts / lang / f"{stem}.txt").read_text(encoding="utf-8"), lang)
        (out / lang / f"{stem}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
        counts["articles"] += 1
        counts["quotes"] += len(pred["quotes"])
        counts["figures"] += len(pred["figures"])
    return counts


def _subset_gold(gold: Path, items: list[tuple[str, str]], folder: Path) -> Path:
    """A gold folder holding links to the selected gold files only (the scorer reads whole folders)."""
    for lang, stem in items:
        (folder / lang).mkdir(parents=True, exist_ok=True)
        (folder / lang / f"{stem}.json").symlink_to((gold / lang / f"{stem}.json").resolve())
    for lang in LANGUAGES:
        (folder / lang).mkdir(parents=True, exist_ok=True)
    return folder


_LINE = re.compile(r"^\[de\+en\] quotes\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", re.MULTILINE)
_SPK = re.compile(r"^\[de\+en\]\s+speaker agreement.*?quotes\+speaker P=[\d.]+ R=[\d.]+ F1=([\d.]+)", re.MULTILINE)
_FIG = re.compile(r"^\[de\+en\] figures\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", re.MULTILINE)


def parse_scores(output: str) -> Scores:
    q, s, f = _LINE.search(output), _SPK.search(output), _FIG.search(output)
    if not (q and s and f):
        raise RuntimeError("unexpected scorer output:\n" + output)
    return Scores(float(q[1]), float(q[2]), float(q[3]), float(s[1]), float(f[1]), float(f[2]), float(f[3]))


def score_set(name: str, ids: set[str] | None = None, details: bool = False,
              out: Path | None = None) -> tuple[Scores, str]:
    """Analyse and score one set (or a subset); returns the summary and the scorer's output.

    Detail lines of held-out real-dev articles are removed from the output.
    """
    texts, gold = set_dirs(name)
    if gold is None:
        raise ValueError(f"{name} has no gold labels; use count_set")
    items = selected(texts, gold, ids)
    if not items:
        raise ValueError(f"no labelled articles in {name} for ids {sorted(ids or [])}")
    with tempfile.TemporaryDirectory() as tmp:
        pred_dir = out or Path(tmp) / "pred"
        write_predictions(texts, items, pred_dir)
        sub_gold = _subset_gold(gold, items, Path(tmp) / "gold")
        cmd = [sys.executable, str(SCORER), str(pred_dir), "--gold", str(sub_gold), "--corpus", str(texts)]
        if details:
            cmd.append("--details")
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise RuntimeError(res.stderr or res.stdout)
    output = res.stdout
    if details and name == "real-dev":
        hidden = re.compile(r"^(?:de|en)/(?:" + "|".join(sorted(HELD_OUT)) + r")\s")
        output = "\n".join(ln for ln in output.splitlines() if not hidden.match(ln))
    return parse_scores(res.stdout), output


def count_set(name: str, ids: set[str] | None = None) -> dict[str, int]:
    """Suggestion counts on a set (for the unlabelled news texts)."""
    texts, _ = set_dirs(name)
    items = selected(texts, None, ids)
    with tempfile.TemporaryDirectory() as tmp:
        return write_predictions(texts, items, Path(tmp))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="gold-dev", choices=("gold-dev", "real-dev", "news"))
    ap.add_argument("--ids", help="comma-separated article numbers, e.g. 001,002 (default: all)")
    ap.add_argument("--out", help="folder for the predictions (default: a temporary folder)")
    ap.add_argument("--details", action="store_true",
                    help="list misses and false hits (never for held-out real-dev articles)")
    ap.add_argument("--full", action="store_true", help="print the scorer's whole output")
    args = ap.parse_args()
    if not CORPUS.is_dir() or not SCORER.exists():
        print(f"corpus or scorer not found beside the project ({CORPUS})", file=sys.stderr)
        return 2
    ids = {i.strip().zfill(3) for i in args.ids.split(",")} if args.ids else None
    if args.set == "news":
        c = count_set("news", ids)
        print(f"news: {c['articles']} articles, {c['quotes']} quotes, {c['figures']} figures suggested")
        return 0
    scores, output = score_set(args.set, ids, args.details, Path(args.out) if args.out else None)
    if args.details or args.full:
        print(output)
    label = args.set + (f" [{','.join(sorted(ids))}]" if ids else "")
    s = scores
    print(f"{label}: quotes P={s.quotes_p:.3f} R={s.quotes_r:.3f} F1={s.quotes_f1:.3f} | "
          f"quotes+speaker F1={s.speaker_f1:.3f} | figures P={s.figures_p:.3f} R={s.figures_r:.3f} F1={s.figures_f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
