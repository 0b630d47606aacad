"""Slide thumbnails drawn with QPainter straight from the deck model.

Why not render the real .pptx?  Turning a deck into images needs LibreOffice (seconds
per refresh, and often not installed on a desk officer's laptop); the deck model is at
hand in milliseconds.  So the thumbnails show each slide's title, its blocks in the
model's order and cut (the same pagination the PowerPoint writer starts from) and the
classification, in a neutral house style — an *approximate* picture of the deck, which
the UI says.  Colours, fonts and exact placement come from the chosen template only in
the exported file.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from briefing_app.export.deck import Deck, Layout, Slide
from briefing_app.export.model import (
    Block,
    BlockKind,
    Bullet,
    FigureTile,
    PersonCard,
    QuoteEntry,
    SourceEntry,
    TableRow,
)

ASPECT = 9 / 16
NAVY = QColor("#1F3864")
MUTED = QColor("#595959")
ALERT = QColor("#C00000")
TILE = QColor("#EEF2F8")
BLACK = QColor("black")
WRAP = int(Qt.TextFlag.TextWordWrap)


def slide_image(slide: Slide, deck: Deck, number: int, width: int = 320) -> QImage:
    height = round(width * ASPECT)
    img = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    SlidePainter(p, QRectF(0, 0, width, height), deck).paint(slide, number)
    p.end()
    return img


class SlidePainter:
    def __init__(self, painter: QPainter, rect: QRectF, deck: Deck) -> None:
        self.p = painter
        self.r = rect
        self.deck = deck
        self.unit = rect.height() / 100  # 1 % of the slide height

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont("Arial")
        f.setPixelSize(max(4, round(size * self.unit)))
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def text(self, rect: QRectF, text: str, size: float, colour: QColor = BLACK, *, bold: bool = False,
             italic: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Draw wrapped text clipped to ``rect``; returns the height it used."""
        self.p.setFont(self.font(size, bold, italic))
        self.p.setPen(colour)
        flags = WRAP | int(align) | int(Qt.AlignmentFlag.AlignTop)
        needed = self.p.boundingRect(rect, flags, text)
        self.p.save()
        self.p.setClipRect(rect)
        self.p.drawText(rect, flags, text)
        self.p.restore()
        return min(needed.height(), rect.height())

    def paint(self, slide: Slide, number: int) -> None:
        u, r = self.unit, self.r
        self.p.setPen(QPen(QColor("#BFBFBF"), 1))
        self.p.drawRect(r.adjusted(0, 0, -1, -1))
        if slide.layout is Layout.TITLE:
            self.title_slide()
        else:
            self.p.fillRect(QRectF(r.left(), r.top(), r.width(), 1.6 * u), NAVY)
            if slide.kicker:  # a takeaway title: the section's name small above it, as on the slide
                self.text(QRectF(r.left() + 5 * u, r.top() + 3 * u, r.width() - 10 * u, 3 * u), slide.kicker.upper(), 2.5,
                          NAVY, bold=True)
                self.text(QRectF(r.left() + 5 * u, r.top() + 6.5 * u, r.width() - 10 * u, 11 * u), slide.title, 5, NAVY, bold=True)
            else:
                self.text(QRectF(r.left() + 5 * u, r.top() + 5 * u, r.width() - 10 * u, 12 * u), slide.title, 7.5, NAVY,
                          bold=True)
            body = QRectF(r.left() + 5 * u, r.top() + 19 * u, r.width() - 10 * u, r.height() - 29 * u)
            for block in slide.blocks:
                used = self.block(block, body)
                body.setTop(body.top() + used + 2 * u)
        self.footer(number)

    def title_slide(self) -> None:
        u, r, t = self.unit, self.r, self.deck.title
        self.p.fillRect(QRectF(r.left(), r.top(), 3 * u, r.height()), NAVY)
        x, w = r.left() + 9 * u, r.width() - 18 * u
        y = r.top() + 24 * u
        y += self.text(QRectF(x, y, w, 26 * u), t.title, 10, NAVY, bold=True) + 3 * u
        y += self.text(QRectF(x, y, w, 22 * u), t.subtitle, 5, MUTED) + 4 * u
        details = "\n".join(f"{k}: {v}" for k, v in t.details if v not in t.subtitle)  # the rest is in the subtitle
        self.text(QRectF(x, y, w, r.bottom() - y - 12 * u), details, 4, MUTED)

    def footer(self, number: int) -> None:
        u, r = self.unit, self.r
        y = r.bottom() - 8 * u
        if self.deck.classification:
            self.text(QRectF(r.left() + 5 * u, r.top() + 1.5 * u, r.width() - 10 * u, 5 * u), self.deck.classification, 3.6,
                      ALERT, bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.text(QRectF(r.left() + 5 * u, y, r.width() * 0.7, 5 * u), self.deck.source_note, 3.2, MUTED)
        self.text(QRectF(r.right() - 15 * u, y, 10 * u, 5 * u), str(number), 3.2, MUTED, align=Qt.AlignmentFlag.AlignRight)

    # -- blocks ------------------------------------------------------------------------
    def block(self, block: Block, area: QRectF) -> float:
        if block.kind is BlockKind.FIGURES:
            return self.tiles(block, area)
        if block.kind is BlockKind.PEOPLE:
            return self.cards(block, area)
        u = self.unit
        y = area.top()
        for entry in block.entries:
            if y >= area.bottom():
                break
            box = QRectF(area.left(), y, area.width(), area.bottom() - y)
            y += self.entry(entry, box) + 1.8 * u
        return y - area.top()

    def entry(self, e, box: QRectF) -> float:
        u = self.unit
        if isinstance(e, QuoteEntry):
            used = self.text(box, e.text, 4.6, italic=True)
            attribution = "— " + ", ".join(p for p in (e.attribution, e.source_text) if p)
            return used + self.text(box.adjusted(4 * u, used, 0, 0), attribution, 3.4, MUTED)
        if isinstance(e, SourceEntry):
            return self.text(box, f"[{e.number}] {e.text}", 3.2, MUTED)
        if isinstance(e, TableRow):
            return self.text(box, "  |  ".join(e.cells), 3.8)
        if isinstance(e, Bullet):
            self.text(box, "•", 4.8, NAVY)
            return self.text(box.adjusted(3.5 * u, 0, 0, 0), f"{e.text} {e.ref}".strip(), 4.8)
        return 0.0

    def _grid(self, count: int, area: QRectF, cols: int, rows_max: int) -> list[QRectF]:
        u = self.unit
        cols = max(1, min(cols, count))
        rows = min(rows_max, -(-count // cols))
        w = (area.width() - (cols - 1) * 3 * u) / cols
        h = min(30 * u, (area.height() - (rows - 1) * 3 * u) / max(rows, 1))
        return [QRectF(area.left() + (i % cols) * (w + 3 * u), area.top() + (i // cols) * (h + 3 * u), w, h)
                for i in range(min(count, cols * rows))]

    def tiles(self, block: Block, area: QRectF) -> float:
        u = self.unit
        cells = self._grid(len(block.entries), area, 2, 2)
        for cell, e in zip(cells, block.entries, strict=False):  # the grid holds at most rows × columns; the rest is left out
            assert isinstance(e, FigureTile)
            self.p.fillRect(cell, TILE)
            inner = cell.adjusted(2.5 * u, 2 * u, -2.5 * u, -2 * u)
            used = self.text(inner, " ".join(p for p in (e.hedge, e.value) if p), 6.5, NAVY, bold=True)
            self.text(inner.adjusted(0, used + u, 0, 0), e.label, 3.6)
        return (cells[-1].bottom() - area.top()) if cells else 0.0

    def cards(self, block: Block, area: QRectF) -> float:
        u = self.unit
        cells = self._grid(len(block.entries), area, 2, 2)
        for cell, e in zip(cells, block.entries, strict=False):  # the grid holds at most rows × columns; the rest is left out
            assert isinstance(e, PersonCard)
            self.p.setPen(QPen(NAVY, max(1.0, 0.3 * u)))
            self.p.drawRect(cell)
            inner = cell.adjusted(2.5 * u, 2 * u, -2.5 * u, -2 * u)
            used = self.text(inner, e.name, 5, NAVY, bold=True)
            self.text(inner.adjusted(0, used + u, 0, 0), ", ".join(p for p in (e.role, e.organisation) if p), 3.6, MUTED)
        return (cells[-1].bottom() - area.top()) if cells else 0.0
