"""Export and print, from the GUI: the background work and the error boundary around it.

Both run :func:`briefing_app.export` code on a snapshot of the project through the
window's :class:`TaskRunner` (progress after 300 ms);
what comes back — the :class:`ExportReport` with its template warnings, or a
``BriefingError`` — is shown through :class:`OutputDialogs`.  The choices of the export
dialog are remembered in :class:`ExportSettings`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from briefing_app.core.errors import BriefingError
from briefing_app.core.file_names import proposed_file_stem

from ..shell.dialogs import Dialogs
from ..shell.error_boundary import error_text
from ..shell.tasks import CancelToken, TaskRunner
from ..workspace.workspace import Workspace
from .export_dialog import ExportDialog
from .export_options import ExportOptions
from .export_settings import ExportSettings
from .output_dialogs import OutputDialogs
from .preview_render import PreviewOptions, render_preview, snapshot

if TYPE_CHECKING:  # the export stack loads with the first export, not while the window opens
    from briefing_app.export import ExportReport
from .printing import prepare_printer, print_document

__all__ = ["ExportOptions", "Exporter", "run_export"]


def run_export(project, options: ExportOptions, token: CancelToken) -> ExportReport:
    """Deck, handout and Word briefing in one call, one report; ``project`` must be a snapshot (worker side)."""
    from briefing_app.export import export_briefing

    token.progress(-1, ", ".join(p.name for p in (options.pptx_path, options.pdf_path, options.docx_path) if p is not None))
    return export_briefing(project, pptx_path=options.pptx_path, pdf_path=options.pdf_path, docx_path=options.docx_path,
                           template=options.template or None, lang=options.lang, paper=options.paper,
                           author=options.author, note_space=options.note_space)


class Exporter(QObject):
    exported = Signal(object)  # ExportReport
    printed = Signal(int)  # pages

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: Dialogs, output_dialogs: OutputDialogs,
                 settings: ExportSettings, before: Callable[[], None] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.tasks = tasks
        self.dialogs = dialogs
        self.output_dialogs = output_dialogs
        self.settings = settings
        self.before = before  # takes over edits still being typed

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        return lambda exc: self.dialogs.error(title, error_text(exc))

    # -- export ----------------------------------------------------------------------------
    def ask_and_export(self) -> None:
        self.before()
        dialog = ExportDialog(self.ws.project.briefing, self.settings, self.output_dialogs, self.dialogs.parent,
                              stem=proposed_file_stem(self.ws.project))
        if self.output_dialogs.run(dialog):
            options = dialog.options()
            dialog.remember()
            self.export(options)
        dialog.deleteLater()

    def export(self, options: ExportOptions) -> None:
        project = snapshot(self.ws.project)
        self.tasks.run(lambda token: run_export(project, options, token), on_success=self._exported,
                       on_failure=self._failed(self.tr("Cannot Export")), title=self.tr("Exporting the briefing"))

    def _exported(self, report: ExportReport) -> None:
        self.exported.emit(report)
        self.output_dialogs.show_report(report)

    # -- print -----------------------------------------------------------------------------
    def print_handout(self, printer: QPrinter | None = None) -> None:
        """Render the handout fresh, then ask for a printer (the system dialog) and print."""
        self.before()
        folder = tempfile.TemporaryDirectory(prefix="briefing-print-")
        target = Path(folder.name) / "handout.pdf"
        project = snapshot(self.ws.project)
        options = PreviewOptions(None, self.settings.paper, self.settings.note_space)

        def rendered(_result) -> None:
            try:
                self._print_file(target, printer or QPrinter(QPrinter.PrinterMode.HighResolution))
            finally:
                folder.cleanup()

        def failed(exc: BaseException) -> None:
            folder.cleanup()
            self._failed(self.tr("Cannot Print"))(exc)

        self.tasks.run(lambda _token: render_preview(project, target, options), on_success=rendered, on_failure=failed,
                       title=self.tr("Preparing the handout for printing"))

    def _print_file(self, path: Path, printer: QPrinter) -> None:
        title = self.ws.project.briefing.meeting.title or self.tr("Briefing")
        prepare_printer(printer, self.settings.paper, title)
        if not self.output_dialogs.ask_printer(printer):
            return
        document = QPdfDocument(self)
        try:
            document.load(str(path))
            pages = print_document(document, printer)
        except BriefingError as exc:
            self._failed(self.tr("Cannot Print"))(exc)
            return
        finally:
            document.close()
            document.deleteLater()
        self.printed.emit(pages)
