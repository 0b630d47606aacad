"""The project's articles as a list model (title, outlet, date, language, counts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.core.annotation import State

from .roles import ID_ROLE
from .workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        workspace.reset.connect(self._reset)
        workspace.changed.connect(self._changed)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, change) -> None:
        if change.structure:
            self._reset()
        elif change.articles:
            ids = {a.id for a in self.ws.project.articles}
            for row, art in enumerate(self.ws.project.articles):
                if art.id in change.articles and art.id in ids:
                    idx = self.index(row)
                    self.dataChanged.emit(idx, idx)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.ws.project.articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ws.project.articles):
            return None
        art = self.ws.project.articles[index.row()]
        if role == ID_ROLE:
            return art.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            anns = [a for a in self.ws.project.annotations.values() if a.article_id == art.id]
            marks = sum(1 for a in anns if a.state is State.ACCEPTED)
            pending = sum(1 for a in anns if a.state is State.SUGGESTED)
            date = art.published.strftime("%d.%m.%Y") if art.published else ""
            meta = " · ".join(x for x in (art.outlet, date, art.language.upper()) if x)
            counts = self.tr("%n mark(s)", "", marks) + " · " + self.tr("%n suggestion(s)", "", pending)
            return f"{art.display_title()}\n{meta}\n{counts}" if meta else f"{art.display_title()}\n{counts}"
        return None
