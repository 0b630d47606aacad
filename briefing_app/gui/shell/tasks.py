"""One helper for long work (import, analysis): off the GUI thread, with progress and cancel.

``TaskRunner.run(fn, on_success=…, on_failure=…)`` runs ``fn(token)`` on a thread pool.
The worker gets only a :class:`CancelToken` (to report progress and check for cancel);
it never touches widgets or the project.  Results come back on the GUI thread through
queued signals.  Progress appears only when the work takes longer than
``SHOW_AFTER_MS``, so quick imports don't flash.  Progress shows in a strip in the
status bar rather than in a dialog: the user can keep reading while an article is
analysed, and no new top-level window (which costs a visible pause to create) appears.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

SHOW_AFTER_MS = 300


class Cancelled(Exception):
    """Raised inside a worker by :meth:`CancelToken.check` once the user cancelled."""


class CancelToken:
    def __init__(self, report: Callable[[int, str], None]) -> None:
        self._event = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def progress(self, percent: int, text: str = "") -> None:
        """Report progress (0–100; -1 for "busy, no estimate") and a line of status."""
        self.check()
        self._report(percent, text)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[CancelToken], Any], signals: _Signals, token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.signals, self.token = fn, signals, token

    def run(self) -> None:
        try:
            result = self.fn(self.token)
        except Cancelled as exc:
            self.signals.failed.emit(exc)
        except BaseException as exc:  # everything goes back to the GUI's error boundary
            if not _is_user_error(exc):
                from briefing_app.error_log import log_unexpected

                log_unexpected(exc, "a background task")  # the traceback goes to the log file
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def _is_user_error(exc: BaseException) -> bool:
    from briefing_app.core.errors import BriefingError

    return isinstance(exc, BriefingError)


class TaskHandle:
    def __init__(self, token: CancelToken) -> None:
        self.token = token
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()


class ProgressStrip(QWidget):
    """Label, bar and a cancel button for the status bar; hidden while nothing runs."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel.clicked.connect(self.cancelRequested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel)
        self.hide()

    def start(self, title: str, cancellable: bool) -> None:
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the work reports a percentage
        self.cancel.setVisible(cancellable)
        self.show()

    def report(self, percent: int, text: str) -> None:
        if percent >= 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
        if text:
            self.label.setText(text)


class TaskRunner(QObject):
    busyChanged = Signal(bool)

    def __init__(self, parent_widget: QWidget | None = None, *, show_progress: bool = True) -> None:
        super().__init__(parent_widget)
        self.show_progress = show_progress
        self.strip = ProgressStrip(parent_widget)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[_Signals] = set()
        self._shown: TaskHandle | None = None  # the task the strip reports on
        self.strip.cancelRequested.connect(self._cancel_shown)

    def _cancel_shown(self) -> None:
        if self._shown is not None:
            self._shown.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[CancelToken], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None, title: str = "",
            cancellable: bool = True) -> TaskHandle:
        signals = _Signals()
        token = CancelToken(signals.progress.emit)
        handle = TaskHandle(token)
        strip = self.strip

        def show_progress() -> None:
            if handle.done or not self.show_progress:
                return
            self._shown = handle
            strip.start(title or self.tr("Working…"), cancellable)

        def on_progress(percent: int, text: str) -> None:
            if self._shown is handle:
                strip.report(percent, text)

        def finish() -> None:
            handle.done = True
            self._running.discard(signals)
            if self._shown is handle:
                self._shown = None
                strip.hide()
            if not self._running:
                self.busyChanged.emit(False)

        def ok(result: Any) -> None:
            finish()
            if not token.cancelled:
                on_success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled) or token.cancelled:
                return
            if on_failure is not None:
                on_failure(exc)

        signals.finished.connect(ok, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        if not self._running:
            self.busyChanged.emit(True)
        self._running.add(signals)
        QTimer.singleShot(SHOW_AFTER_MS, show_progress)
        self.pool.start(_Job(fn, signals, token))
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown); queued results still need the event loop."""
        return self.pool.waitForDone(msecs)
