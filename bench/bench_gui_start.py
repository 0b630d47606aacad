"""GUI start: process start to the sample window painted (``briefing-app --smoke``).

Runs the real command several times in fresh user folders and reports medians of
(a) the time until the window with the sample was painted (the app writes a time stamp
right after ``window.grab()`` when ``BRIEFING_PAINT_STAMP`` is set) and (b) the whole
process, exit included.  The first run of a new version analyses the sample and caches
it; that cold start is reported separately.  Target: painted in under 1 s.

In the same run, interleaved with the app's runs so both see the same machine load, a
bare PySide6 window with a text view showing the sample (no app code) is timed the same
way: the floor any Qt app pays to start.  Target: the whole ``--smoke`` process within
3x the bare window's.

    .venv/bin/python bench/bench_gui_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = Path(sys.executable).with_name("briefing-app")


def one_run(env: dict[str, str], stamp: Path) -> tuple[float, float, dict]:
    stamp.unlink(missing_ok=True)
    t0 = time.time()
    out = subprocess.run([str(APP), "--smoke"], env=env, capture_output=True, text=True, timeout=120, check=True)
    total = time.time() - t0
    painted = float(stamp.read_text()) - t0
    return painted, total, json.loads(out.stdout.strip().splitlines()[-1])


BARE_WINDOW = """
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
from PySide6.QtCore import QTimer

app = QApplication(sys.argv)
window = QMainWindow()
view = QPlainTextEdit(window)
view.setPlainText(Path(sys.argv[1]).read_text(encoding="utf-8"))
window.setCentralWidget(view)
window.resize(1280, 820)
window.show()

def report():
    window.grab()
    Path(os.environ["BRIEFING_PAINT_STAMP"]).write_text(repr(time.time()), encoding="utf-8")
    print("{}")
    app.quit()

QTimer.singleShot(0, report)
app.exec()
"""


def bare_run(env: dict[str, str], stamp: Path, script: Path) -> tuple[float, float]:
    from briefing_app.resources import sample_article_path

    stamp.unlink(missing_ok=True)
    t0 = time.time()
    subprocess.run([sys.executable, str(script), str(sample_article_path())], env=env, capture_output=True,
                   text=True, timeout=120, check=True)
    total = time.time() - t0
    return float(stamp.read_text()) - t0, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": f"{tmp}/config",
               "BRIEFING_DATA_DIR": f"{tmp}/data", "BRIEFING_PAINT_STAMP": f"{tmp}/painted"}
        # As on a user's machine, Python keeps the compiled modules: a shell that forbids
        # writing them would have every start compile the app's ~80 modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        stamp = Path(tmp) / "painted"
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        bare_run(env, stamp, bare_script)  # warms the OS file cache for Qt
        cold_painted, cold_total, report = one_run(env, stamp)  # fills the sample cache
        runs, bare = [], []
        for _ in range(args.runs):  # interleaved: both see the same load
            runs.append(one_run(env, stamp))
            bare.append(bare_run(env, stamp, bare_script))
    painted = statistics.median(r[0] for r in runs)
    total = statistics.median(r[1] for r in runs)
    bare_painted = statistics.median(r[0] for r in bare)
    bare_total = statistics.median(r[1] for r in bare)
    print(f"smoke report: {report}")
    print(f"cold start (first run, sample analysed and cached): painted {cold_painted:.2f} s, process {cold_total:.2f} s")
    print(f"warm start, median of {args.runs}: painted {painted:.2f} s, process {total:.2f} s "
          f"(min {min(r[0] for r in runs):.2f} s, max {max(r[0] for r in runs):.2f} s painted)")
    print(f"bare PySide6 window with a text view, median of {args.runs}: painted {bare_painted:.2f} s, "
          f"process {bare_total:.2f} s")
    ratio = total / bare_total
    print("target: painted under 1 s ->", "met" if painted < 1.0 else "NOT met")
    print(f"target: --smoke process within 3x the bare window -> {ratio:.1f}x,", "met" if ratio <= 3.0 else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
