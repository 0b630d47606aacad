"""The background helper: results arrive on the GUI thread, also after progress was shown."""

from __future__ import annotations

import threading
import time

from briefing_app.core.errors import ArticleImportError
from briefing_app.gui.shell.tasks import SHOW_AFTER_MS, TaskRunner


def test_slow_task_with_progress_dialog_delivers(qtbot):
    runner = TaskRunner(None, show_progress=True)
    got, gui_thread = [], threading.current_thread()

    def work(token):
        token.progress(10, "reading")
        time.sleep(SHOW_AFTER_MS / 1000 + 0.3)
        return threading.current_thread() is not gui_thread

    runner.run(work, on_success=got.append, title="Slow")
    qtbot.waitUntil(lambda: runner.strip.isVisibleTo(runner.strip.parentWidget()) if runner.strip.parentWidget()
                    else not runner.strip.isHidden(), timeout=5000)  # progress shows for slow work
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert runner.strip.isHidden()
    assert got == [True]  # ran off the GUI thread, result delivered on it
    assert not runner.busy


def test_cancel_drops_the_result_and_errors_reach_the_boundary(qtbot):
    runner = TaskRunner(None, show_progress=False)
    got, errors = [], []
    release = threading.Event()

    def slow(token):
        release.wait(5)
        token.check()
        return "late"

    handle = runner.run(slow, on_success=got.append, on_failure=errors.append)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert got == [] and errors == []

    def failing(_token):
        raise ArticleImportError("The file is empty.")

    runner.run(failing, on_success=got.append, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ArticleImportError) and got == []
