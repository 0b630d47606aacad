"""Autosave and crash recovery.

While a project has unsaved changes the app writes a snapshot to the per-user recovery
folder every so often (the GUI decides when).  Each running session owns one snapshot,
named by a session id, with a small JSON note beside it: which file it belongs to, when
it was written and by which process.  At the next start, snapshots whose process is
gone are offered for recovery.  A clean save or close removes the session's snapshot.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.atomic_file import write_atomic
from briefing_app.core.errors import ProjectFileError
from briefing_app.core.project import Project

from .project_file import load_project, save_project
from .user_paths import recovery_dir


@dataclass(frozen=True)
class RecoveryEntry:
    snapshot: Path
    project_path: str  # "" for a project that was never saved
    saved_at: datetime
    pid: int

    @property
    def label(self) -> str:
        return Path(self.project_path).name if self.project_path else "Untitled"


class RecoverySession:
    """The recovery snapshot of one running app session."""

    def __init__(self, folder: Path | None = None, session_id: str | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.session_id = session_id or uuid.uuid4().hex
        self.snapshot = self.folder / f"{self.session_id}.briefing"
        self.note = self.folder / f"{self.session_id}.json"

    def write(self, project: Project, project_path: str | Path | None) -> Path:
        save_project(project, self.snapshot)
        note = {
            "project_path": str(project_path or ""),
            "saved_at": datetime.now(UTC).isoformat(),
            "pid": os.getpid(),
        }
        write_atomic(self.note, lambda tmp: tmp.write_text(json.dumps(note), encoding="utf-8"), ProjectFileError)
        return self.snapshot

    def discard(self) -> None:
        for p in (self.snapshot, self.note):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def pending_recoveries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Snapshots left behind by sessions that are no longer running, newest first."""
    folder = folder or recovery_dir()
    entries = []
    for note in folder.glob("*.json"):
        snapshot = note.with_suffix(".briefing")
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            entry = RecoveryEntry(
                snapshot=snapshot,
                project_path=data.get("project_path", ""),
                saved_at=datetime.fromisoformat(data["saved_at"]),
                pid=int(data.get("pid", 0)),
            )
        except (OSError, ValueError, KeyError):
            continue
        if snapshot.exists() and not _alive(entry.pid):
            entries.append(entry)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def recover(entry: RecoveryEntry) -> Project:
    return load_project(entry.snapshot)


def discard(entry: RecoveryEntry) -> None:
    for p in (entry.snapshot, entry.snapshot.with_suffix(".json")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
