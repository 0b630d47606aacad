"""Analysis speed: seconds to analyse 0.25, 0.5, 1 and 2 MB of press text.

The text is the sample article and the public news corpus repeated to the size, and a
quote-dense text (real-dev articles 001-004 repeated).  Each
size is run several times in this process (after one warm-up that loads the word lists
and the ECB data) and the median is reported, so growth with size can be read off. CPU seconds are printed
beside the wall time: on a machine shared with other jobs they are the comparable figure.

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


REAL_DEV = ROOT.parent / "shared" / "corpus" / "real-dev"


def dense_text(language: str) -> str:
    """Quote-dense press text: the real-dev articles 001-004 (about one quote per two sentences)."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((REAL_DEV / language).glob("00[1-4].txt")))


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
    print(f"{'text':11} {'lang':4} {'MB':>5} {'median s':>9} {'s per MB':>9} {'CPU s':>6} {'quotes':>7} {'figures':>8}")
    runs = [("news", lang, source_text(lang), (0.25, 0.5, 1.0, 2.0)) for lang in ("de", "en")]
    if REAL_DEV.is_dir():
        runs += [("quote-dense", lang, dense_text(lang), (0.25, 1.0, 2.0)) for lang in ("de", "en")]
    for kind, lang, base, sizes in runs:
        for mb in sizes:
            text = text_of_size(base, int(mb * 1_000_000))
            times, cpu = [], []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                result = analyse(text, lang, date(2026, 10, 14))
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            med = statistics.median(times)
            cpu_med = statistics.median(cpu)
            print(f"{kind:11} {lang:4} {mb:5.2f} {med:9.3f} {med / mb:9.3f} {cpu_med:6.3f} {len(result.quotes):7d} {len(result.figures):8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
