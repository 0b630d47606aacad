"""Size and start time of the desktop bundle, against the same app from the virtual env.

Builds the bundle with packaging/build if dist/BriefingDesk is missing, then times
``briefing-app --smoke`` (window opened on the sample, painted, closed) from the bundle and
from the project's virtual env, each as a fresh process, and reports medians and peak RSS.
Run: .venv/bin/python bench/bench_bundle.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "BriefingDesk"


def folder_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def time_smoke(exe: str, runs: int, env: dict[str, str]) -> tuple[float, float]:
    walls, rss = [], []
    for _ in range(runs + 1):  # the first run warms the OS file cache and is dropped
        t = time.perf_counter()
        out = subprocess.run(["/usr/bin/time", "-f", "%M", exe, "--smoke"], env=env, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t)
        rss.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(walls[1:]), statistics.median(rss[1:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if not (BUNDLE / "briefing-app").exists():
        subprocess.run(["bash", str(ROOT / "packaging" / "build")], check=True)
    tmp = tempfile.mkdtemp()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_DATA_DIR": tmp + "/d", "BRIEFING_CONFIG_DIR": tmp + "/c"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the virtual env keeps compiled modules, as a user's does
    print(f"bundle size: {folder_size_mb(BUNDLE):.0f} MB in {sum(1 for _ in BUNDLE.rglob('*'))} files")
    print("| start (--smoke: window on the sample, painted) | median s | peak RSS MB |")
    print("|---|---|---|")
    for name, exe in (("bundle", str(BUNDLE / "briefing-app")), ("virtual env", str(Path(sys.executable).parent / "briefing-app"))):
        wall, rss = time_smoke(exe, args.runs, env)
        print(f"| {name} | {wall:.2f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
