"""Starting the window where there is no screen explains what to do instead."""

from __future__ import annotations

import os
import subprocess
import sys


def test_no_display_gives_advice_not_a_qt_abort(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(BRIEFING_DATA_DIR=str(tmp_path / "d"), BRIEFING_CONFIG_DIR=str(tmp_path / "c"))
    out = subprocess.run([sys.executable, "-m", "briefing_app.cli"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 2
    assert "no display" in out.stderr
    assert "--smoke" in out.stderr and "offscreen" in out.stderr and "demo" in out.stderr
    assert "Traceback" not in out.stderr and "qt.qpa" not in out.stderr
