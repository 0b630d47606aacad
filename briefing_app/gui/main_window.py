"""The main window: assembles the views and actions; holds no domain logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTextBrowser

from briefing_app import APP_NAME
from briefing_app.core.project import Project


class MainWindow(QMainWindow):
    def __init__(self, project: Project, path: Path | None = None) -> None:
        super().__init__()
        self.project = project
        self.path = path
        self.reader = QTextBrowser(self)
        self.reader.setAccessibleName(self.tr("Article text"))
        self.setCentralWidget(self.reader)
        if project.articles:
            self.reader.setPlainText(project.articles[0].text)
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(f"{name} — {APP_NAME}")

    def characters_shown(self) -> int:
        return len(self.reader.toPlainText())
