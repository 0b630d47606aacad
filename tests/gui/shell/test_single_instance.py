"""A second launch (a double-click on a .briefing while the app runs) hands its file over."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from briefing_app.gui.shell.single_instance import InstanceServer, send_to_running


def test_files_reach_the_running_instance(qtbot, tmp_path) -> None:
    server = InstanceServer(name=f"bd-test-{os.getpid()}")
    assert server.listen()
    target = tmp_path / "reise.briefing"
    with qtbot.waitSignal(server.files_requested, timeout=3000) as got:
        assert send_to_running([str(target)], name=server.name)
    assert got.args[0] == [str(target.resolve())]
    server.close()
    assert not send_to_running([str(target)], name=server.name)  # nobody listening: start normally


def test_second_process_exits_after_handing_over(qtbot, tmp_path) -> None:
    server = InstanceServer()  # the default name of this user and settings folder
    assert server.listen()
    target = tmp_path / "reise.briefing"
    target.write_bytes(b"")
    with qtbot.waitSignal(server.files_requested, timeout=10000) as got:
        out = subprocess.run([sys.executable, "-m", "briefing_app.cli", str(target)],
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                             capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "handed over" in out.stderr
    assert got.args[0] == [str(target.resolve())]
    server.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_windows_opened_by_later_launches_leave_the_list_when_closed(make_window, sample_project_cached, qtbot, tmp_path):
    import copy

    from briefing_app.gui.shell.app import _Windows
    from briefing_app.storage import save_project

    path = tmp_path / "later.briefing"
    save_project(copy.deepcopy(sample_project_cached), path)
    windows = _Windows()
    windows.first = make_window()
    windows.open_files([str(path)])
    assert len(windows.extra) == 1
    extra = windows.extra[0]
    assert extra.docs.path == path
    qtbot.waitUntil(lambda: extra.ws.current_article_id in extra.ws.findings, timeout=10000)
    extra.tasks.wait(10000)
    assert extra.close()
    qtbot.waitUntil(lambda: not windows.extra, timeout=5000)


def test_an_article_on_the_command_line_is_imported_undoably(qtbot, tmp_path, sample_path, monkeypatch):
    """``briefing-app article.txt``: the window opens on an empty project and imports the file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.gui.shell import app as app_module
    from briefing_app.gui.shell.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    real_init = MainWindow.__init__

    def init(self, *args, **kw):
        real_init(self, *args, **kw)
        shown.append(self)

    monkeypatch.setattr(MainWindow, "__init__", init)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(lambda *_a: None))  # no recovery prompt
    monkeypatch.setattr("briefing_app.gui.shell.single_instance.send_to_running", lambda *_a, **_k: False)
    assert app_module.run(str(sample_path)) == 0
    win = shown[0]
    try:
        assert not win.ws.project.articles  # nothing read on the GUI thread before the window shows
        qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
        assert win.ws.undo_stack.canUndo()
        win.tasks.wait(10000)
        win.ws.undo_stack.setClean()
    finally:
        win.persist_layout = False
        win.close()
        QApplication.instance()._instance_server.close()
