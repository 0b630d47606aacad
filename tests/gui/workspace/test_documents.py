"""Unsaved work is never lost: close prompt, autosave snapshots, recovery at the next start."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from briefing_app.core.annotation import Kind
from briefing_app.gui.shell.actions import MainAction
from briefing_app.gui.shell.dialogs import RecoveryAnswer, SaveAnswer
from briefing_app.storage.recovery import RecoverySession, pending_recoveries

from ..helpers import select_text


def make_change(win, qtbot):
    select_text(win, "Katrin Albers")
    qtbot.keyClick(win.article_view.text, Qt.Key.Key_P)
    assert win.isWindowModified()


def test_close_with_unsaved_changes_asks_first(sample_window, qtbot, dialogs, tmp_path):
    win = sample_window
    make_change(win, qtbot)
    assert win.windowTitle().endswith("[*] — Briefing Desk")

    dialogs.save_answers.append(SaveAnswer.CANCEL)
    assert not win.close()
    assert win.isVisible() and dialogs.asked.count("save_changes") == 1

    dialogs.save_answers.append(SaveAnswer.SAVE)
    dialogs.save_paths.append(str(tmp_path / "kept"))
    assert win.close()
    assert (tmp_path / "kept.briefing").exists()


def test_close_discarding_changes_and_unchanged_close_asks_nothing(sample_window, make_window, qtbot, dialogs):
    win = sample_window
    make_change(win, qtbot)
    dialogs.save_answers.append(SaveAnswer.DISCARD)
    assert win.close()
    other = make_window()
    assert other.close()
    assert dialogs.asked.count("save_changes") == 1


def test_autosave_writes_a_snapshot_and_save_removes_it(sample_window, qtbot, dialogs, tmp_path):
    win = sample_window
    make_change(win, qtbot)
    assert win.docs.autosave_timer.isActive()
    win.docs.autosave_timer.timeout.emit()
    assert win.docs.recovery.snapshot.exists()
    dialogs.save_paths.append(str(tmp_path / "saved.briefing"))
    assert win.docs.save()
    assert not win.docs.recovery.snapshot.exists()
    assert not win.docs.autosave_timer.isActive()


def test_recovery_is_offered_at_the_next_start(make_window, sample_project_cached, dialogs, tmp_path):
    import copy

    project = copy.deepcopy(sample_project_cached)
    crashed = RecoverySession(folder=tmp_path / "recovery", session_id="crashed")
    (tmp_path / "recovery").mkdir(exist_ok=True)
    crashed.write(project, None)
    note = json.loads(crashed.note.read_text())
    note["pid"] = 2**22 + 12345  # a process that no longer runs
    crashed.note.write_text(json.dumps(note))
    assert pending_recoveries(tmp_path / "recovery")

    win = make_window()
    dialogs.recovery_answers.append(RecoveryAnswer.RECOVER)
    assert win.docs.offer_recovery()
    assert dialogs.asked == ["recovery"]
    assert len(win.ws.project.articles) == 1
    assert set(win.ws.project.annotations) == set(project.annotations)
    assert win.isWindowModified()  # recovered work is unsaved work
    assert not crashed.snapshot.exists()  # taken over by this session's own snapshot
    assert not [e for e in pending_recoveries(tmp_path / "recovery") if e.snapshot == crashed.snapshot]


def test_recovery_can_be_discarded(make_window, sample_project_cached, dialogs, tmp_path):
    crashed = RecoverySession(folder=tmp_path / "recovery", session_id="old")
    (tmp_path / "recovery").mkdir(exist_ok=True)
    crashed.write(sample_project_cached, "/somewhere/x.briefing")
    crashed.note.write_text(json.dumps({**json.loads(crashed.note.read_text()), "pid": 2**22 + 54321}))
    win = make_window()
    dialogs.recovery_answers.append(RecoveryAnswer.DISCARD)
    assert not win.docs.offer_recovery()
    assert not crashed.snapshot.exists()
    assert not win.ws.project.articles


def test_new_open_and_recent(sample_window, qtbot, dialogs, tmp_path):
    win = sample_window
    make_change(win, qtbot)
    dialogs.save_paths.append(str(tmp_path / "one.briefing"))
    assert win.docs.save()
    assert win.docs.new()
    assert not win.ws.project.articles and win.windowTitle().startswith("Untitled")
    recent = win.recent_menu.actions()
    assert recent[0].text().endswith("one.briefing")
    recent[0].trigger()
    assert win.windowTitle().startswith("one.briefing")
    assert any(a.kind is Kind.PERSON for a in win.ws.project.annotations.values())


def test_layout_is_remembered(make_window, tmp_path):
    from briefing_app.gui.shell.settings import AppSettings

    settings = AppSettings(tmp_path / "layout.ini")
    win = make_window(settings=settings)
    win.docks["removed"].show()
    win.docks["findings"].raise_()
    assert win.close()
    again = make_window(settings=AppSettings(tmp_path / "layout.ini"))
    assert again.docks["removed"].isVisible()
    assert again.main_actions[MainAction.SHOW_REMOVED].isChecked()
