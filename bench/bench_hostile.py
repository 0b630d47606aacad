"""Hostile input: whole-process time and peak memory of the CLI on crafted files.

Generates each input (nothing is stored in the repository), runs the real command in a
fresh process with a time limit, and prints one Markdown table row per input: input
class, size, wall time, peak RSS, outcome (exit status and the first words of the
message).  ``--source`` runs another checkout (e.g. an older commit unpacked with
``git archive``) with this checkout's Python, so before and after are measured alike::

    .venv/bin/python bench/bench_hostile.py                     # this checkout
    .venv/bin/python bench/bench_hostile.py --source /tmp/old   # another one
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Der Verband sieht die Lage in der Region als stabil an, sagte Katrin Albers am Montag. "
WORDS = SENTENCE.split()
MARKS = ["„", "“", '"', "«", "»", "‚", "'", "「"]


def _page(body: str) -> str:
    return f"<html><head><title>Lage</title></head><body><article><p>{SENTENCE * 8}</p>{body}</article></body></html>"


def ordinary_text(size: int, rng: random.Random) -> str:
    out, n = [], 0
    while n < size:
        s = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + ", sagte Müller. "
        out.append(s + ("\n\n" if rng.random() < 0.2 else ""))
        n += len(out[-1])
    return "".join(out)[:size]


def quote_dense_text(size: int, rng: random.Random) -> str:
    out, n = [], 0
    while n < size:
        w = [rng.choice(WORDS) for _ in range(8)]
        for _ in range(3):
            w.insert(rng.randrange(len(w)), rng.choice(MARKS))
        out.append(" ".join(w) + ". ")
        n += len(out[-1])
    return "".join(out)[:size]


def _write(path: Path, data: Callable[[], str | bytes]) -> Path:
    """Write the input once; later runs (and the measuring process) only take its path."""
    if not path.exists():
        content = data()
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def make_pdf(path: Path, pages: int) -> Path:
    """Pages of different text (equal lines on every page would be taken as running headers)."""
    from reportlab.pdfgen import canvas

    rng = random.Random(pages)
    pdf = canvas.Canvas(str(path))
    for _ in range(pages):
        for k in range(6):
            pdf.drawString(60, 780 - 16 * k, " ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + ".")
        pdf.showPage()
    pdf.save()
    return path


def make_zip_bomb(path: Path, unpacked: int) -> Path:
    """A real Word file whose document.xml is padded with ``unpacked`` bytes of blanks (still valid XML)."""
    from docx import Document

    buffer = io.BytesIO()
    doc = Document()
    doc.add_paragraph(SENTENCE)
    doc.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(src.read("word/document.xml"))
            chunk = b" " * (1 << 24)
            for _ in range(unpacked >> 24):
                fh.write(chunk)
    return path


def make_project(path: Path, work: Path, change: Callable[[sqlite3.Connection], None]) -> Path:
    """The built-in sample briefing with all suggestions accepted, then changed by SQL."""
    if not (work / "demo" / "briefing.briefing").exists():
        subprocess.run([sys.executable, "-m", "briefing_app.cli", "demo", str(work / "demo")], check=True,
                       capture_output=True, cwd=ROOT)
    path.write_bytes((work / "demo" / "briefing.briefing").read_bytes())
    conn = sqlite3.connect(path)
    change(conn)
    conn.commit()
    conn.close()
    return path


def _endless_view(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE articles")
    conn.execute(
        "CREATE VIEW articles(id, position, text, text_hash, metadata, original) AS "
        "SELECT 'a' || x, x, 'text', '', '{}', X'' FROM "
        "(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r ORDER BY random())"
    )


def _figure_value(value: str) -> Callable[[sqlite3.Connection], None]:
    def change(conn: sqlite3.Connection) -> None:
        rowid, raw = conn.execute("SELECT rowid, data FROM annotations WHERE kind = 'figure' LIMIT 1").fetchone()
        data = json.loads(raw)
        data["figure"]["value"] = value
        conn.execute("UPDATE annotations SET data = ? WHERE rowid = ?", (json.dumps(data), rowid))

    return change


def _deep_json(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE articles SET metadata = ?", ('{"x":' + "[" * 200_000 + "]" * 200_000 + "}",))


def cases(work: Path) -> list[tuple[str, Path, list[str]]]:
    """(input class, input file, CLI arguments with {f} for the file and {o} for an output)."""
    rng = random.Random(13)
    out: list[tuple[str, Path, list[str]]] = []
    fifo = work / "article_fifo.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    imp = ["import", "{f}", "-o", "{o}.briefing"]
    ana = ["analyse", "{f}"]
    out.append(("FIFO given as article", fifo, imp))
    def attributes(n: int) -> str:
        return _page("<div " + " ".join(f'data-a{i}="x"' for i in range(n)) + "></div>")

    out.append(("HTML, one element with 40,000 attributes", _write(work / "attrs40k.html", lambda: attributes(40_000)), imp))
    out.append(("HTML, one element with 200,000 attributes", _write(work / "attrs200k.html", lambda: attributes(200_000)), imp))
    out.append(("HTML, 40,000 elements", _write(work / "elements40k.html",
                                                lambda: _page("".join(f'<span class="c{i}">w</span>' for i in range(40_000)))), imp))
    out.append(('HTML, `<meta charset="idna">`, not UTF-8', _write(work / "idna.html", lambda: _page("").replace(
        "<head>", '<head><meta charset="idna">').encode("latin-1", "replace") + b"\xff"), imp))
    pdf = work / "pages10000.pdf"
    out.append(("PDF, 10,000 pages", pdf if pdf.exists() else make_pdf(pdf, 10_000), imp))
    bomb = work / "bomb1g.docx"
    out.append(("zip bomb renamed .docx, 1 GB unpacked", bomb if bomb.exists() else make_zip_bomb(bomb, 1 << 30), imp))
    out.append(("text, ordinary, 2 MB", _write(work / "ordinary2mb.txt", lambda: ordinary_text(2_000_000, rng)), ana))
    out.append(("text, full of quotation marks, 2 MB", _write(work / "quotes2mb.txt", lambda: quote_dense_text(2_000_000, rng)), ana))
    out.append(("text, ordinary, 19 MB", _write(work / "ordinary19mb.txt", lambda: ordinary_text(19_000_000, rng)), ana))
    out.append(("text, one line of digits, 5 MB", _write(work / "digits5mb.txt",
                                                         lambda: "".join(rng.choice("0123456789") for _ in range(5_000_000))), ana))
    out.append(("project, `articles` replaced by an endless view", make_project(work / "view.briefing", work, _endless_view), ["info", "{f}"]))
    out.append(("project, figure value 1e999999 (export)", make_project(work / "huge.briefing", work, _figure_value("1e999999")), ["export", "{f}", "--pdf", "{o}.pdf"]))
    out.append(("project, figure value sNaN (export)", make_project(work / "snan.briefing", work, _figure_value("sNaN")), ["export", "{f}", "--pdf", "{o}.pdf"]))
    out.append(("project, metadata JSON nested 200,000 deep", make_project(work / "deep.briefing", work, _deep_json), ["info", "{f}"]))
    return out


def measure(source: Path, args: list[str], timeout: float) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB and outcome of one CLI run in a fresh process.

    The run is started through ``/usr/bin/env`` (a small program that execs Python), so
    the peak memory counted is the CLI's, not that of this script's forked copy.
    """
    env = {**os.environ, "PYTHONPATH": str(source), "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/env", sys.executable, "-m", "briefing_app.cli", *args], cwd=source, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            close_fds=True)
    assert proc.stderr is not None
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.killpg(proc.pid, 9)
            _, status, usage = os.wait4(proc.pid, 0)
            return timeout, usage.ru_maxrss // 1024, f"stopped after {timeout:.0f} s"
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    message = next((line for line in reversed(err) if line.strip()), "") if code else ""
    if code and "Traceback" in "\n".join(err):
        message = "traceback: " + message
    outcome = "ok" if code == 0 else f"exit {code}: {message[:90]}"
    return elapsed, usage.ru_maxrss // 1024, outcome


def _size(path: Path) -> str:
    if not path.is_file():
        return "—"
    n = path.stat().st_size
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} KB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout to measure (default: this one)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefing-bench-hostile"), help="folder for the inputs")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", help="run only inputs whose class contains this text")
    parser.add_argument("--generate", action="store_true", help="only write the inputs")
    parser.add_argument("--runs", type=int, default=1, help="runs per input; the median time and the highest peak are shown")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.generate:
        cases(args.work)
        return 0
    # Inputs are made in a separate process: a forked child inherits this process's
    # peak memory on Linux, which would hide the CLI's own figure.
    subprocess.run([sys.executable, __file__, "--generate", "--work", str(args.work)], check=True)
    print("| input class | size | time (s) | peak RSS (MB) | outcome |")
    print("|---|---|---|---|---|")
    for n, (name, path, cli) in enumerate(cases(args.work)):
        if args.only and args.only not in name:
            continue
        out = args.work / f"out{n}"
        argv = [a.replace("{f}", str(path)).replace("{o}", str(out)) for a in cli]
        results = [measure(args.source.resolve(), argv, args.timeout) for _ in range(args.runs)]
        seconds = statistics.median(r[0] for r in results)
        rss = max(r[1] for r in results)
        outcome = results[-1][2]
        print(f"| {name} | {_size(path)} | {seconds:.1f} | {rss} | {outcome.replace('|', '/')} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
