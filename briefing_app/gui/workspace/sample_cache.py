"""The built-in sample, analysed once and kept as a project file for fast starts.

Importing and analysing the sample loads a language model and the ECB rate table,
which costs most of a second.  The result only changes when the sample text, its
briefing (``sample_briefing.json``) or the program changes, so it is saved under the
user's data folder with a key made of all three and loaded from there at later starts (a small SQLite read).  Any problem with the
cache falls back to analysing afresh.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import briefing_app
from briefing_app import __version__
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project
from briefing_app.resources import resource_path, sample_article_path
from briefing_app.storage.user_paths import data_dir

_PACKAGE = Path(briefing_app.__file__).resolve().parent  # the folders of core/ and ingest/ below


def _key(article: Path) -> str:
    h = hashlib.sha256(__version__.encode())
    h.update(article.read_bytes())
    h.update(resource_path("sample", "sample_briefing.json").read_bytes())  # the meeting it is prepared for
    # Code that shapes the analysis: a change there must not show stale suggestions.
    for folder in ("core", "ingest"):
        for src in sorted((_PACKAGE / folder).glob("*.py")):
            st = src.stat()
            h.update(f"{src.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cached_sample_project() -> Project:
    from briefing_app.pipeline import sample_project
    from briefing_app.storage import load_project, save_project

    article = sample_article_path()
    try:
        path = data_dir() / "cache" / f"sample-{_key(article)}.briefing"
    except OSError:
        return sample_project()
    if path.exists():
        try:
            return load_project(path)
        except BriefingError:
            pass
    project = sample_project()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("sample-*.briefing"):
            old.unlink(missing_ok=True)
        save_project(project, path)
    except (OSError, BriefingError):
        pass  # a read-only data folder only costs speed
    return project
