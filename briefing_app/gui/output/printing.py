"""Printing the handout: its PDF pages rendered onto a ``QPrinter``.

The handout PDF is the print master (fonts embedded, margins set for paper), so printing
draws its pages as they are — scaled to the paper, full page, no second set of printer
margins — rather than laying the briefing out a second time with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from briefing_app.core.errors import ExportError

MAX_DPI = 300  # enough for text on paper; keeps page images small
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def prepare_printer(printer: QPrinter, paper: str, title: str) -> None:
    printer.setPageSize(QPageSize(PAPER_SIZES.get(paper.lower(), QPageSize.PageSizeId.A4)))
    printer.setFullPage(True)
    printer.setDocName(title)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` on ``printer``; returns the number of pages printed."""
    pages = document.pageCount()
    if pages == 0:
        raise ExportError("The handout has no pages to print.", hint="Refresh the preview and try again.")
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("The printer could not be started.", hint="Check the printer and try again.")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            size = document.pagePointSize(page)
            scale = min(paper.width() / size.width(), paper.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            image = document.render(page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
            painter.drawImage(QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h), image)
    finally:
        painter.end()
    return pages
