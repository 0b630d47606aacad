"""The questions export and printing ask, behind one object that tests replace.

Like :class:`.dialogs.Dialogs`: the export and print controllers never open a file
picker, the export dialog, the print dialog or the report box themselves, so a test can
answer every question and no modal window ever blocks the suite.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefing_app.export import ExportReport


class OutputDialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OutputDialogs", text)

    def run(self, dialog: QDialog) -> bool:
        """Show the export dialog; True when the user chose Export."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_path(self, title: str, path: str, file_filter: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, path, file_filter)
        return chosen

    def template_file(self, folder: str) -> str:
        chosen, _ = QFileDialog.getOpenFileName(self.parent, self.tr("Choose a PowerPoint Template"), folder,
                                                self.tr("PowerPoint templates (*.pptx *.potx)"))
        return chosen

    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(self.tr("Print Handout"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_report(self, report: ExportReport) -> None:
        from .export_report_dialog import ExportReportDialog

        ExportReportDialog(report, self.parent).exec()
