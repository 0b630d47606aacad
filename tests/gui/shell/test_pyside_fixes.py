"""The PySide6 6.12 / Python 3.11 reference leak on ``None`` cannot crash the app."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    # Without the work-around in gui/shell/pyside_fixes.py this aborts with "none_dealloc" on
    # Python 3.11 (each void call drops one reference to None).
    code = textwrap.dedent(
        """
        import briefing_app.gui  # applies the work-around
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range(50_000):
            label.setText("x")
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
