"""After an export: the files written and, clearly apart, what the user should check.

Template mismatches (a layout found under another name, text that had to shrink) are
not failures — the deck is there — but each needs a look before the briefing goes out,
so they are listed one per row with a warning sign rather than folded into a paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing_app.export import ExportReport


class ExportReportDialog(QDialog):
    def __init__(self, report: ExportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_report")
        self.setWindowTitle(self.tr("Export Finished"))
        self.report = report
        files = QLabel(self.tr("The briefing was exported:") + "\n" + "\n".join(f"• {p}" for p in report.outputs), self)
        files.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(files)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("export_warnings")
        self.warnings.setAccessibleName(self.tr("Points to check"))
        self.warnings.setWordWrap(True)
        if report.warnings:
            lay.addWidget(QLabel(self.tr("Please check these points before you send it on:"), self))
            sign = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for w in report.warnings:
                self.warnings.addItem(QListWidgetItem(sign, _in_ui_language(w)))
            lay.addWidget(self.warnings, 1)
        else:
            self.warnings.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if report.outputs:
            folder = buttons.addButton(self.tr("Open &Folder"), QDialogButtonBox.ButtonRole.ActionRole)
            folder.clicked.connect(self.open_folder)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(640, 360 if report.warnings else 160)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.outputs[0].parent)))


def _in_ui_language(warning: str) -> str:
    """A warning in the UI language (its template is in errors_de.ts); plain text as it is."""
    text = getattr(warning, "text", None)
    if not callable(text):
        return str(warning)
    return text(lambda s: QCoreApplication.translate("BriefingError", s))
