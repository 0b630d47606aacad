"""Shared test set-up.

Qt runs offscreen so the suite needs no display; tests that read the public corpus in
``../shared/corpus`` skip with a visible reason where a clone has no such folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))
SHARED_TOOLS = CORPUS.parent / "tools"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep settings, recovery files and recent lists of tests out of the real home."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(home / "config"))


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"public test corpus not found at {CORPUS} (clone beside ../shared to run these)")
    return CORPUS


@pytest.fixture
def sample_text() -> str:
    from briefing_app.resources import sample_article_path

    return sample_article_path().read_text(encoding="utf-8")


def pytest_collection_modifyitems(config, items):
    """``soak`` tests (10,000 fuzz examples, 50 killed saves) run only when asked for
    with ``-m soak``; the default run has the quick versions of the same tests."""
    if "soak" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="long soak run: select it with -m soak")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)
