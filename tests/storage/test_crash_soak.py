"""Crash soak: a saving process killed at random moments never costs the project.

Each trial starts a process that saves the project over and over, kills it with
SIGKILL at a random moment, and opens the file: it is always the old or the new
version, complete.  The temporary files of the interrupted saves are removed by that
next open (only this project's own ``.NAME-XXXXXXXX.briefing.part`` files; a file of
another project or of another program beside it stays).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.core.article import Article
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project
from tests.storage.test_project_file import _SAVER

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _soak(folder: Path, trials: int, seed: int) -> tuple[set[str], int]:
    """Titles seen after the kills, and how many kills left a temporary file behind."""
    path = folder / "Reise.briefing"
    bystanders = [folder / ".Other-ab12cd34.briefing.part", folder / "Reise.briefing.bak", folder / "notes.part"]
    for f in bystanders:
        f.write_bytes(b"not ours to remove")
    old = Project()
    old.add_article(Article(text="old" * 10, title="old", original=b"old" * 3_000_000))
    save_project(old, path)
    rng = random.Random(seed)
    seen: set[str] = set()
    littered = 0
    for _ in range(trials):
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(path)], stdout=subprocess.PIPE,
                                cwd=Path(__file__).resolve().parents[2])
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        littered += any(n.startswith(".Reise-") and n.endswith(".briefing.part") for n in os.listdir(folder))
        project = load_project(path)  # opening also clears the litter of the killed save
        title = project.articles[0].title
        assert title in ("old", "new")
        assert project.articles[0].text == title * 10
        assert project.articles[0].original == title.encode() * 3_000_000
        seen.add(title)
        litter = [n for n in os.listdir(folder) if n.startswith(".Reise-") and n.endswith(".briefing.part")]
        assert litter == []
        assert all(f.read_bytes() == b"not ours to remove" for f in bystanders)
    return seen, littered


@pytest.mark.slow
def test_killed_saves_leave_a_whole_project_and_no_litter(tmp_path: Path) -> None:
    seen, _littered = _soak(tmp_path, trials=4, seed=99)
    assert seen


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.timeout(7200)
def test_soak_fifty_killed_saves(tmp_path: Path) -> None:
    seen, littered = _soak(tmp_path, trials=60, seed=2026)
    assert seen == {"old", "new"}  # kills landed both before and after renames
    assert littered >= 10  # and many in the middle of a write, leaving a temporary file
