"""One helper for long work (import, analysis): off the GUI thread, with progress and cancel.

``TaskRunner.run(fn, on_success=…, on_failure=…)`` runs ``fn(token)`` on a thread pool.
The worker gets only a :class:`CancelToken` (to report progress and check for cancel);
it never touches widgets or the project.  Results come back on the GUI thread through
queued signals.  A progress dialog appears only when the work takes longer than
``SHOW_AFTER_MS``, so quick imports don't flash a window.
"""

from __future__ import annotations

import sys
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI's error boundary
            if not _is_user_error(exc):
                traceback.print_exc(file=sys.stderr)
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


class TaskRunner(QObject):
    busyChanged = Signal(bool)

    def __init__(self, parent_widget: QWidget | None = None, *, show_progress: bool = True) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.show_progress = show_progress
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[CancelToken], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None, title: str = "",
            cancellable: bool = True) -> TaskHandle:
        signals = _Signals()
        token = CancelToken(signals.progress.emit)
        handle = TaskHandle(token)
        dialog: list[QProgressDialog] = []

        def show_dialog() -> None:
            if handle.done or not self.show_progress:
                return
            dlg = QProgressDialog(title or self.tr("Working…"), self.tr("Cancel") if cancellable else "", 0, 0, self.parent_widget)
            dlg.setWindowTitle(title or self.tr("Working…"))
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(0)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(token.cancel)
            dlg.show()
            dialog.append(dlg)

        def on_progress(percent: int, text: str) -> None:
            if dialog:
                dlg = dialog[0]
                if percent >= 0:
                    dlg.setRange(0, 100)
                    dlg.setValue(percent)
                if text:
                    dlg.setLabelText(text)

        def finish() -> None:
            handle.done = True
            self._running.discard(signals)
            if dialog:
                # Closing a progress dialog emits "canceled"; the work is done, not cancelled.
                dialog[0].canceled.disconnect(token.cancel)
                dialog[0].close()
                dialog[0].deleteLater()
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
        QTimer.singleShot(SHOW_AFTER_MS, show_dialog)
        self.pool.start(_Job(fn, signals, token))
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown); queued results still need the event loop."""
        return self.pool.waitForDone(msecs)
