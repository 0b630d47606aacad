"""Whole-process cost of ``briefing-app demo`` against two peers, in the same run.

* ours:        ``briefing-app demo OUT`` — import the sample, analyse, accept all, apply the
               suggested corrections, compose, write the .pptx, the .pdf and the .docx
               (fresh process each time)
* pandoc:      ``pandoc briefing.md -o briefing.pptx`` for an equivalent Markdown briefing
               (same slides, titles and texts; made from our deck model), the common
               "Markdown to slides" route
* libreoffice: ``libreoffice --headless --convert-to pdf briefing.pptx`` of our deck, what a
               user would do to get a PDF without our handout writer

Reports medians of wall and CPU time, peak RSS (children's maxrss) and the ratios ours/peer.
Run: .venv/bin/python bench/bench_demo.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


CPU: list[float] = []  # median CPU seconds (user + system) of each measured command, in order


def measure(cmd: list[str], runs: int, cwd: Path, env: dict | None = None) -> float:
    """Median wall seconds of ``cmd`` run ``runs`` times (its median CPU seconds go to ``CPU``).

    CPU time is reported beside wall time because on a shared machine the wall time of
    a whole process mostly measures the other users' load."""
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    CPU.append(statistics.median(cpus))
    return statistics.median(walls)


def child_rss(cmd: list[str], cwd: Path, env: dict | None = None) -> float:
    """Peak RSS (MB) of one run, read in a fresh wrapper process: a process's children's
    maxrss is the maximum over all of them, so earlier runs would mask it."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def markdown_of_deck(outdir: Path) -> Path:
    """The sample briefing as pandoc slide Markdown, built from the same deck model."""
    from briefing_app.export import build_deck
    from briefing_app.pipeline import accept_all, sample_project

    project = sample_project()
    accept_all(project)
    deck = build_deck(project)
    lines = [f"% {deck.title.title}", f"% {deck.title.subtitle}", ""]
    for slide in deck.slides[1:]:
        lines += [f"# {slide.title}", ""]
        for block in slide.blocks:
            for e in block.entries:
                text = getattr(e, "text", None) or " ".join(
                    str(getattr(e, a, "")) for a in ("hedge", "value", "label", "name", "role") if getattr(e, a, "")
                )
                lines.append(f"- {text}")
        lines.append("")
    md = outdir / "briefing.md"
    md.write_text("\n".join(lines), encoding="utf-8")
    return md


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "briefing-app")
    work = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    env = {**os.environ, "BRIEFING_DATA_DIR": str(work / "data"), "BRIEFING_CONFIG_DIR": str(work / "cfg")}

    ours_cmd = [exe, "demo", str(work / "out")]
    subprocess.run(ours_cmd, env=env, check=True, stdout=subprocess.DEVNULL)  # warm the OS file cache
    rows = [("briefing-app demo (import+analyse+correct+pptx+pdf+docx)", measure(ours_cmd, args.runs, work, env), child_rss(ours_cmd, work, env))]

    if shutil.which("pandoc"):
        md = markdown_of_deck(work)
        cmd = ["pandoc", str(md), "-o", str(work / "pandoc.pptx")]
        rows.append(("pandoc Markdown -> pptx", measure(cmd, args.runs, work), child_rss(cmd, work)))
    else:
        print("pandoc not installed: peer skipped (apt-get install pandoc)")
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice:
        lo_env = {**os.environ, "HOME": str(work / "lohome")}
        cmd = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo"), str(work / "out" / "briefing.pptx")]
        subprocess.run(cmd, env=lo_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # first-start profile
        rows.append(("libreoffice --convert-to pdf (our deck)", measure(cmd, args.runs, work, lo_env), child_rss(cmd, work, lo_env)))
    else:
        print("LibreOffice not installed: peer skipped")

    ours = rows[0][1]
    load = os.getloadavg()[0]
    print(f"runs per command: {args.runs}; median wall and CPU time; peak RSS of one run; load average {load:.1f}")
    print("| command | median wall s | median CPU s | peak RSS MB | ours / this (wall) |")
    print("|---|---|---|---|---|")
    for (name, wall, rss), cpu in zip(rows, CPU, strict=True):
        print(f"| {name} | {wall:.3f} | {cpu:.3f} | {rss:.0f} | {ours / wall:.2f} |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
