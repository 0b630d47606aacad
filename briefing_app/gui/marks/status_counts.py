"""The status bar's running counts: articles, marks, pending suggestions, findings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..workspace.workspace import Workspace


class CountsLabel(QLabel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.setAccessibleName(self.tr("Project counts"))
        for sig in (workspace.changed, workspace.reset, workspace.findingsChanged):
            sig.connect(lambda *_a: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        c = self.ws.counts()
        self.setText(" · ".join((
            self.tr("%n article(s)", "", c["articles"]),
            self.tr("%n mark(s)", "", c["annotations"]),
            self.tr("%n suggestion(s) pending", "", c["suggestions"]),
            self.tr("%n finding(s)", "", c["findings"]),
        )))
