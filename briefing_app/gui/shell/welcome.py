"""The start page: bring in an article (import, paste), open a project, a recent file, or
the sample briefing — which opens only when asked for, and says that it is a sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app import APP_NAME

from .icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 40


class WelcomePage(QWidget):
    newRequested = Signal()
    importRequested = Signal()
    pasteRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        title = QLabel(APP_NAME, self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        title.setFont(f)
        blurb = QLabel(self.tr("Bring in a press article, review the quotes and figures the app suggests, "
                               "and export a checked briefing as slides and a handout."), self)
        blurb.setWordWrap(True)
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("&Import Article…"), self)
        self.import_button.setToolTip(self.tr("Text, web page (HTML), Word or PDF; you can also drop files here"))
        self.paste_button = QPushButton(icon("mdi6.content-paste"), self.tr("&Paste Article"), self)
        self.paste_button.setToolTip(self.tr("An article copied from the browser; page furniture is removed"))
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("&Open…"), self)
        self.open_button.setToolTip(self.tr("Open a saved briefing project"))
        self.new_button = QPushButton(icon("mdi6.file-outline"), self.tr("&New Project"), self)
        self.sample_button = QPushButton(icon("mdi6.school-outline"), self.tr("Open the &Sample Briefing"), self)
        self.sample_button.setToolTip(self.tr("A made-up article with a prepared briefing, to try the app"))
        for b in (self.import_button, self.paste_button, self.open_button, self.new_button, self.sample_button):
            b.setMinimumHeight(34)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent projects"))
        recent_label = QLabel(self.tr("&Recent projects:"), self)
        recent_label.setBuddy(self.recent)
        sample_note = QLabel(self.tr("New here? The sample briefing shows every step on a made-up article."), self)
        sample_note.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.import_button, 0, 0)
        grid.addWidget(self.paste_button, 0, 1)
        grid.addWidget(self.open_button, 1, 0)
        grid.addWidget(self.new_button, 1, 1)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addWidget(sample_note, 1)
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(title)
        col.addWidget(blurb)
        col.addSpacing(12)
        col.addLayout(grid)
        col.addSpacing(12)
        col.addWidget(recent_label)
        col.addWidget(self.recent, 2)
        col.addSpacing(12)
        col.addLayout(sample_row)
        col.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(col, 3)
        outer.addStretch(1)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.paste_button.clicked.connect(self.pasteRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.recent.itemActivated.connect(lambda it: self.recentRequested.emit(it.data(PATH_ROLE)))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(icon("mdi6.file-document-outline"), f"{Path(p).name}  —  {Path(p).parent}")
            item.setData(PATH_ROLE, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No recent projects yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
