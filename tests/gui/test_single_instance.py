"""A second launch (a double-click on a .briefing while the app runs) hands its file over."""

from __future__ import annotations

import os
import subprocess
import sys

from briefing_app.gui.single_instance import InstanceServer, send_to_running


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
