"""Handout and slide previews that follow the composer.

Every change of the briefing restarts a short timer (``DEBOUNCE_MS``); when it fires,
a snapshot of the project is rendered in the background (:mod:`.preview_render`) and
both tabs show the result.  While the panel is not shown (:meth:`set_active`; a dock
behind another tab still counts as "visible" to Qt) nothing is rendered — it catches
up when shown.  One render runs at a time; a change during a render asks for one more.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..composer.composer import Composer
from ..shell.error_boundary import error_text
from ..shell.icons import icon
from ..shell.tasks import TaskRunner
from .export_settings import ExportSettings
from .handout_preview import HandoutPreview
from .preview_render import PreviewOptions, PreviewResult, render_preview, snapshot
from .slide_preview import SlidePreview

DEBOUNCE_MS = 600


class PreviewPanel(QWidget):
    rendered = Signal(object)  # PreviewResult

    def __init__(self, composer: Composer, export_settings: ExportSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.composer = composer
        self.export_settings = export_settings
        self.tasks = TaskRunner(self, show_progress=False)
        self._tmp = tempfile.TemporaryDirectory(prefix="briefing-preview-")
        self._serial = 0
        self._running = False
        self._again = False
        self._dirty = True
        self.active = False  # set by whoever shows the panel (a dock's visibility)
        self.result: PreviewResult | None = None

        self.handout = HandoutPreview(self)
        self.slides = SlidePreview(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preview_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.handout, self.tr("&Handout"))
        self.tabs.addTab(self.slides, self.tr("S&lides"))
        self.refresh_button = QPushButton(icon("mdi6.refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh preview"))
        self.refresh_button.clicked.connect(self.refresh_now)
        self.status = QLabel(self)
        self.status.setObjectName("preview_status")
        top = QHBoxLayout()
        top.setContentsMargins(4, 4, 4, 0)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        composer.changed.connect(self.schedule)

    def options(self) -> PreviewOptions:
        return PreviewOptions(None, self.export_settings.paper, self.export_settings.note_space)

    # -- when to render --------------------------------------------------------------------
    def schedule(self) -> None:
        self._dirty = True
        if self.active:
            self.timer.start()

    def set_active(self, active: bool) -> None:
        """Shown to the user (the dock's tab is current) or not; catches up when shown."""
        self.active = active
        if not active:
            self.timer.stop()
        elif self._dirty:
            self.timer.start()

    def refresh_now(self) -> None:
        self.timer.stop()
        if self._running:
            self._again = True
            return
        self._dirty = False
        self._running = True
        self._serial += 1
        target = Path(self._tmp.name) / f"handout-{self._serial}.pdf"
        project, options = snapshot(self.composer.ws.project), self.options()
        self.status.setText(self.tr("Updating preview…"))
        self.tasks.run(lambda _token: render_preview(project, target, options), on_success=self._show,
                       on_failure=self._failed, cancellable=False)

    # -- results ---------------------------------------------------------------------------
    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.refresh_now()

    def _show(self, result: PreviewResult) -> None:
        old = self.handout.path
        pages = self.handout.show_pdf(result.pdf_path)
        if old is not None and old != result.pdf_path:
            old.unlink(missing_ok=True)
        self.slides.show_deck(result.deck)
        self.result = result
        self.status.setText(" · ".join((self.tr("%n page(s)", "", pages), self.tr("%n slide(s)", "", len(result.deck.slides)),
                                        self.tr("as of %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))))
        self.rendered.emit(result)
        self._finished()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Preview failed: %1").replace("%1", error_text(exc)))
        self._finished()

    def close_files(self) -> None:
        """Release the temporary PDFs (on window close)."""
        self.tasks.wait(5000)
        self.handout.document.close()
        self._tmp.cleanup()
