#!/usr/bin/env python3
"""Score the HTML import on the saved web pages of the shared extraction corpus.

Runs ``../shared/tools/score_extraction.py`` with our import as the extractor
(``python -m briefing_app.ingest.html_import PAGE.html`` prints the clean text) and
reports precision, recall and F1 of the shingle metric plus the wall-clock time.
Extra arguments go to the scorer unchanged (``--per-item``, ``--jobs 8`` …).

The shared folder is looked up beside the repository (``../shared``) or in
``$BRIEFING_SHARED``; it is public test data that is not part of the project.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))


def main(argv: list[str]) -> int:
    scorer = shared_dir() / "tools" / "score_extraction.py"
    corpus = shared_dir() / "corpus" / "extraction"
    if not scorer.is_file() or not corpus.is_dir():
        print(
            f"The shared extraction corpus and scorer were not found ({scorer}, {corpus}).\n"
            "Clone or copy the shared folder beside the repository, or set BRIEFING_SHARED.",
            file=sys.stderr,
        )
        return 2
    extractor = f"{shlex.quote(sys.executable)} -m briefing_app.ingest.html_import {{html}}"
    command = [sys.executable, str(scorer), "--cmd", extractor, *argv]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=False)
    print(f"run time: {time.perf_counter() - started:.1f} s", flush=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
