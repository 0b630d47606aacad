"""Thumbnails of the deck's slides (approximate; see :mod:`.slide_painter` for why)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.export.deck import Deck

from .slide_painter import ASPECT, slide_image

SLIDE_ROLE = Qt.ItemDataRole.UserRole + 41  # index of the slide in the deck
THUMB_WIDTH = 240


class SlidePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck: Deck | None = None
        self.note = QLabel(self.tr("Approximate preview of the slides: the exported deck uses the layouts, "
                                   "fonts and colours of the chosen template."), self)
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("slide_thumbnails")
        self.list.setAccessibleName(self.tr("Slide thumbnails"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * ASPECT)))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWrapping(True)
        self.list.setSpacing(8)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.note)
        lay.addWidget(self.list, 1)

    def show_deck(self, deck: Deck) -> None:
        self.deck = deck
        ratio = self.devicePixelRatioF()
        self.list.clear()
        for n, slide in enumerate(deck.slides, start=1):
            img = slide_image(slide, deck, n, round(THUMB_WIDTH * ratio))
            img.setDevicePixelRatio(ratio)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(img)), f"{n}  {slide.title}")
            item.setData(SLIDE_ROLE, n - 1)
            item.setToolTip(slide.title)
            item.setSizeHint(QSize(THUMB_WIDTH + 16, round(THUMB_WIDTH * ASPECT) + 2 * self.fontMetrics().lineSpacing() + 12))
            self.list.addItem(item)

    def count(self) -> int:
        return self.list.count()
