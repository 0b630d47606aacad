"""Analysis speed: seconds to analyse 0.25, 0.5, 1 and 2 MB of press text.

The text is the sample article and the public news corpus repeated to the size.  Each
size is run several times in this process (after one warm-up that loads the word lists
and the ECB data) and the median is reported, so growth with size can be read off.

    .venv/bin/python bench/bench_analysis.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from briefing_app.core.analysis import analyse  # noqa: E402 - importable once the repository is on sys.path

CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def source_text(language: str) -> str:
    parts = [(ROOT / "resources" / "sample" / "sample_article_de.txt").read_text(encoding="utf-8")] if language == "de" else []
    if (CORPUS / language).is_dir():
        parts += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / language).glob("*.txt"))]
    return "\n\n".join(parts)


def text_of_size(base: str, size: int) -> str:
    reps = size // len(base.encode("utf-8")) + 1
    text = "\n\n".join([base] * reps)
    return text[: len(text) * size // len(text.encode("utf-8"))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    analyse("Warm-up: Der Umsatz stieg um 5 Prozent, sagte er. 1,2 Billionen Yuan (16 Milliarden Euro).", "de", date(2026, 10, 14))
    print(f"{'lang':4} {'MB':>5} {'median s':>9} {'s per MB':>9} {'quotes':>7} {'figures':>8}")
    for lang in ("de", "en"):
        base = source_text(lang)
        for mb in (0.25, 0.5, 1.0, 2.0):
            text = text_of_size(base, int(mb * 1_000_000))
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                result = analyse(text, lang, date(2026, 10, 14))
                times.append(time.perf_counter() - t0)
            med = statistics.median(times)
            print(f"{lang:4} {mb:5.2f} {med:9.3f} {med / mb:9.3f} {len(result.quotes):7d} {len(result.figures):8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
