"""The page shown at later starts: New, Open, Recent files and the built-in Sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from briefing_app import APP_NAME

from .icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 40


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(APP_NAME, self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        title.setFont(f)
        blurb = QLabel(self.tr("Read articles, mark quotes and figures, check them, and compose the briefing."), self)
        blurb.setWordWrap(True)
        self.new_button = QPushButton(icon("mdi6.file-outline"), self.tr("&New Project"), self)
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("&Open…"), self)
        self.sample_button = QPushButton(icon("mdi6.school-outline"), self.tr("Open the &Sample"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent projects"))
        recent_label = QLabel(self.tr("&Recent projects:"), self)
        recent_label.setBuddy(self.recent)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col = QVBoxLayout()
        col.addWidget(title)
        col.addWidget(blurb)
        col.addSpacing(12)
        col.addLayout(buttons)
        col.addSpacing(12)
        col.addWidget(recent_label)
        col.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(col, 3)
        outer.addStretch(1)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.recent.itemActivated.connect(lambda it: self.recentRequested.emit(it.data(PATH_ROLE)))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(icon("mdi6.file-document-outline"), f"{Path(p).name}  —  {Path(p).parent}")
            item.setData(PATH_ROLE, p)
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No recent projects yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
