#!/usr/bin/env python3
"""Paste import speed: CPU seconds to import 1 MB of pasted text with ``import_text``.

Two texts of 1 MB: German news text (the sample article and the public news corpus, as
``bench_analysis.py`` builds it) and browser copies of the 40 saved pages of
``../shared/corpus/extraction`` one after another (menus, footers and all).  Every long
line gets a running number, so no line repeats and no cache of the cleaner helps.  Each
import runs in a fresh process after one warm-up import; the median of ``--runs`` is
printed.  ``--against DIR`` times another checkout (e.g. an unpacked ``git archive`` of an
older commit) in the same run, alternating with this one.

    .venv/bin/python bench/bench_paste_import.py [--runs 3] [--against /tmp/old-checkout]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, sys, time
root, bench, kind = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path[:0] = [root, bench]
from briefing_app.ingest import import_text
from bench_analysis import source_text, text_of_size
if kind == "news":
    base = source_text("de")
else:
    import score_browser_copies as copies
    base = "\n\n".join(item[2] for item in copies.saved_pages(sloppy=False))
text = text_of_size(base, 1_000_000)
text = "\n".join(f"{line} {n}" if len(line) > 40 else line for n, line in enumerate(text.split("\n")))
import_text("Warm-up. Der Umsatz stieg um 5 Prozent, sagte er.\n\nEin zweiter Absatz mit Text.")
start = time.process_time()
article = import_text(text)
print(json.dumps({"cpu": time.process_time() - start, "kept": len(article.text)}))
"""


def run(root: Path, kind: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), str(ROOT / "bench"), kind],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another checkout to time in the same run")
    args = ap.parse_args()
    roots = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    print(f"{'text':6} {'version':8} {'median CPU s':>12} {'runs':>24} {'kept chars':>11}")
    for kind in ("news", "pages"):
        times: dict[str, list[float]] = {label: [] for label, _ in roots}
        kept: dict[str, int] = {}
        for _ in range(args.runs):
            for label, root in roots:
                result = run(root, kind)
                times[label].append(result["cpu"])
                kept[label] = int(result["kept"])
        for label, _ in roots:
            runs = " ".join(f"{t:.2f}" for t in times[label])
            print(f"{kind:6} {label:8} {statistics.median(times[label]):12.3f} {runs:>24} {kept[label]:11,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
