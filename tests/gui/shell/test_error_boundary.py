"""What nobody caught in the app — a defect in a slot, in a worker thread, a critical
Qt message — lands in the log with its traceback and shows as one sentence in the
window's error dialog; Help > Open Log Folder shows where the log is."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qCritical
from PySide6.QtWidgets import QApplication

from briefing_app import error_log
from briefing_app.gui.shell.actions import MainAction
from briefing_app.gui.shell.error_boundary import error_text, install_error_boundary


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(folder))
    error_log.close_logging()
    # the hooks are process-wide: put back what was there before
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield folder
    error_log.close_logging()


def _log_text(folder: Path) -> str:
    return (folder / "briefing-desk.log").read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_defect_in_a_slot_is_logged_and_shown_as_one_sentence(make_window, dialogs, log_dir, qtbot) -> None:
    win = make_window()
    install_error_boundary(QApplication.instance())

    def broken_slot() -> None:
        raise ZeroDivisionError("share of an empty briefing")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    [(_title, text)] = dialogs.errors
    assert "\n" not in text and "ZeroDivisionError" in text
    assert str(log_dir / "briefing-desk.log") in text
    logged = _log_text(log_dir)
    assert "Traceback (most recent call last)" in logged and "in broken_slot" in logged
    assert win.isVisible()  # the app goes on


@pytest.mark.qt_no_exception_capture
def test_a_defect_in_a_worker_thread_reaches_the_window(make_window, dialogs, log_dir, qtbot) -> None:
    make_window()
    install_error_boundary(QApplication.instance())

    def worker() -> None:
        raise RuntimeError("worker lost its project")

    t = threading.Thread(target=worker, name="exporter")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "RuntimeError" in dialogs.errors[0][1] and "\n" not in dialogs.errors[0][1]
    logged = _log_text(log_dir)
    assert "uncaught exception in exporter" in logged and "in worker" in logged


@pytest.mark.qt_log_ignore("printer driver vanished", "This plugin does not support propagateSizeHints")
def test_a_critical_qt_message_is_logged_and_shown(make_window, dialogs, log_dir, qtbot) -> None:
    make_window()
    install_error_boundary(QApplication.instance())
    qCritical("printer driver vanished")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "printer driver vanished" in dialogs.errors[0][1]
    assert "Qt: printer driver vanished" in _log_text(log_dir)


def test_the_sentence_is_german_in_a_german_ui(log_dir, qapp) -> None:
    from briefing_app.gui.shell.i18n import install_translators

    translators = install_translators(qapp, "de")
    try:
        text = error_text(ValueError("kaputt"))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert text.startswith("Etwas Unerwartetes ist schiefgegangen (ValueError: kaputt).")
    assert "Protokolldatei" in text


def test_help_menu_opens_the_log_folder(make_window, log_dir, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    win = make_window()
    action = win.main_actions[MainAction.OPEN_LOG_FOLDER]
    help_menu = win.menuBar().findChild(type(win.menuBar().actions()[0].menu()), "menu_help")
    assert action in help_menu.actions()
    action.trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [log_dir]
