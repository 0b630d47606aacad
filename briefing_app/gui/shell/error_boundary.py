"""Where failures meet the user: a typed error's own text, translated; anything else named.

``BriefingError`` messages are written for users (with a hint what to do) as English
templates marked for translation below the GUI (``core/i18n.py``); here they are
translated with the ``BriefingError`` context of ``resources/i18n/errors_*.qm``.  Any
other exception is a defect: its traceback is in the per-user log file
(:mod:`briefing_app.error_log`), and the user reads one sentence naming that file.
Every error dialog and status message goes through :func:`error_text`.

:func:`install_error_boundary` routes what nobody caught — an exception in a slot, in a
worker thread, a critical Qt message — to the log and then to one dialog, on the GUI
thread, instead of a traceback on a console the no-console app does not have.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from briefing_app import APP_NAME
from briefing_app.core.errors import BriefingError
from briefing_app.error_log import install_hooks, log, setup_logging, unexpected_error


def _translate(text: str) -> str:
    return QCoreApplication.translate("BriefingError", text)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BriefingError):
        return exc.user_text(_translate)
    return unexpected_error(exc).user_text(_translate)


def show_in_active_window(text: str) -> None:
    """The error dialog of the window the user is looking at (its ``dialogs`` object)."""
    app = QApplication.instance()
    candidates = [QApplication.activeWindow()] + (list(QApplication.topLevelWidgets()) if app else [])
    window = next((w for w in candidates if w is not None and w.isVisible() and hasattr(w, "dialogs")), None)
    if window is None:
        return  # no window yet or any more: the log has it
    window.dialogs.error(APP_NAME, text)


class ErrorBoundary(QObject):
    """Receives uncaught errors from any thread and shows them on the GUI thread."""

    raised = Signal(object)

    def __init__(self, parent: QObject | None = None, show: Callable[[str], None] = show_in_active_window) -> None:
        super().__init__(parent)
        self._show = show
        self._showing = False
        self.raised.connect(self._on_raised)  # queued when emitted from a worker thread

    def _on_raised(self, exc: BaseException) -> None:
        if self._showing:  # one dialog at a time; the log keeps every error
            return
        self._showing = True
        try:
            self._show(error_text(exc))
        finally:
            self._showing = False


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class QtMessageError(RuntimeError):
    """A critical message from Qt itself, shown like any other defect."""


def install_error_boundary(app: QObject, show: Callable[[str], None] = show_in_active_window) -> ErrorBoundary:
    """Log every uncaught exception and Qt message; show defects in the active window.

    Qt messages go on to the handler that was installed before (pytest-qt's in tests).
    """
    boundary = ErrorBoundary(app, show)
    install_hooks(boundary.raised.emit)
    previous = None

    def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if level >= logging.WARNING:  # debug chatter stays out of the file
            setup_logging()
            log.log(level, "Qt: %s", message)
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            boundary.raised.emit(QtMessageError(message))
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(on_qt_message)
    return boundary


def open_log_folder() -> bool:
    """Help > Open Log Folder: the folder with the log, in the system's file manager."""
    from briefing_app.storage.user_paths import log_dir

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
