"""The handout as it will print: the PDF the export writes, shown with QtPdf.

The PDF comes from the same writer as the export (rendered in the background into the
preview's temporary folder), so what the user sees here is exactly what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class HandoutPreview(QWidget):
    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("handout_view")
        self.view.setAccessibleName(self.tr("Handout pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.path: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def show_pdf(self, path: Path) -> int:
        """Load ``path`` (keeping the scroll position); returns the number of pages."""
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.document.close()
        error = self.document.load(str(path))
        self.path = path if error == QPdfDocument.Error.None_ else None
        bar.setValue(position)
        pages = self.document.pageCount()
        self.loaded.emit(pages)
        return pages
