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
                             capture_output=True, text=True, timeout=60, check=False)
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
        app_module.LIFETIME.instance_server.close()


_RACER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from briefing_app.gui.shell.single_instance import connect_or_serve

app = QCoreApplication([])
go = Path(sys.argv[1])
while not go.exists():  # start together with the other launch
    time.sleep(0.001)
got = []
server = connect_or_serve([sys.argv[2]], got.extend, app, name=sys.argv[3])
if server is None:
    print("handed over", flush=True)
    sys.exit(0)
print("serving" if server.serving else "standalone", flush=True)
QTimer.singleShot(3000, app.quit)  # long enough for the other launch to hand over
app.exec()
print("received " + ",".join(Path(p).name for p in got), flush=True)
server.close()
"""


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_of_two_simultaneous_launches_exactly_one_serves(tmp_path, round_) -> None:
    """Both start at once: one serves, the other hands its file to it and exits."""
    script = tmp_path / "racer.py"
    script.write_text(_RACER, encoding="utf-8")
    go = tmp_path / "go"
    name = f"bd-race-{os.getpid()}-{round_}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launches = [
        subprocess.Popen([sys.executable, str(script), str(go), str(tmp_path / f"file{i}.briefing"), name],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(2)
    ]
    go.touch()
    outputs = [p.communicate(timeout=60) for p in launches]
    firsts = sorted(out.splitlines()[0] for out, _err in outputs)
    assert firsts == ["handed over", "serving"], outputs
    server_out = next(out for out, _err in outputs if out.startswith("serving"))
    other = next(i for i, (out, _err) in enumerate(outputs) if out.startswith("handed"))
    assert f"received file{other}.briefing" in server_out  # the loser's file reached the winner


def test_a_launch_that_cannot_take_the_lock_does_not_serve(qtbot, tmp_path) -> None:
    """While another launch holds the lock (starting up), this one must not listen."""
    from PySide6.QtCore import QLockFile

    from briefing_app.gui.shell.single_instance import lock_path

    name = f"bd-locked-{os.getpid()}"
    held = QLockFile(lock_path(name))
    assert held.tryLock(0)
    server = InstanceServer(name=name)
    assert not server.listen() and not server.serving
    held.unlock()
    assert server.listen() and server.serving  # the lock is free again: now it serves
    server.close()


def test_a_lock_left_by_a_crashed_launch_does_not_block_serving(qtbot, tmp_path) -> None:
    from briefing_app.gui.shell.single_instance import lock_path

    name = f"bd-crashed-{os.getpid()}"
    crashed = subprocess.run(
        [sys.executable, "-c",
         "import os, sys\nfrom PySide6.QtCore import QLockFile\n"
         f"l = QLockFile({lock_path(name)!r}); assert l.tryLock(0); os._exit(0)"],
        capture_output=True, text=True, timeout=60, check=False)
    assert crashed.returncode == 0, crashed.stderr
    server = InstanceServer(name=name)
    assert server.listen() and server.serving
    server.close()
