"""Autosave snapshots are offered after a crash and cleaned up after a clean close."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.core.article import Article
from briefing_app.core.project import Project
from briefing_app.storage.recovery import RecoverySession, discard, pending_recoveries, recover


def test_snapshot_of_crashed_session_is_offered(tmp_path: Path) -> None:
    p = Project()
    p.add_article(Article(text="ungespeicherte Arbeit", title="Entwurf"))
    session = RecoverySession(folder=tmp_path)
    session.write(p, tmp_path / "reise.briefing")
    # our own, still running session is not "left behind"
    assert pending_recoveries(tmp_path) == []
    # pretend the process died: a pid that cannot exist
    note = json.loads(session.note.read_text())
    note["pid"] = 2**22 + 12345
    session.note.write_text(json.dumps(note))
    [entry] = pending_recoveries(tmp_path)
    assert entry.label == "reise.briefing"
    assert recover(entry).articles[0].text == "ungespeicherte Arbeit"
    discard(entry)
    assert pending_recoveries(tmp_path) == [] and list(tmp_path.iterdir()) == []


def test_clean_close_removes_snapshot(tmp_path: Path) -> None:
    session = RecoverySession(folder=tmp_path)
    session.write(Project(), None)
    session.discard()
    assert list(tmp_path.iterdir()) == []
