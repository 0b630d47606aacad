"""The project's articles as a list model (title, outlet, date, language, counts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.core.annotation import State

from ..marks.roles import ID_ROLE
from ..shell.i18n import short_date
from .workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._counts: dict[str, tuple[int, int]] | None = None  # article id -> (marks, pending)
        workspace.reset.connect(self._reset)
        workspace.changed.connect(self._changed)

    def _count(self, article_id: str) -> tuple[int, int]:
        """Counted once per change for all articles (not once per row and role)."""
        if self._counts is None:
            counts: dict[str, list[int]] = {}
            for a in self.ws.project.annotations.values():
                c = counts.setdefault(a.article_id, [0, 0])
                if a.state is State.ACCEPTED:
                    c[0] += 1
                elif a.state is State.SUGGESTED:
                    c[1] += 1
            self._counts = {k: (v[0], v[1]) for k, v in counts.items()}
        return self._counts.get(article_id, (0, 0))

    def _reset(self) -> None:
        self._counts = None
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, change) -> None:
        self._counts = None
        if change.structure:
            self._reset()
        elif change.articles:
            ids = {a.id for a in self.ws.project.articles}
            for row, art in enumerate(self.ws.project.articles):
                if art.id in change.articles and art.id in ids:
                    idx = self.index(row)
                    self.dataChanged.emit(idx, idx)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ws.project.articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ws.project.articles):
            return None
        art = self.ws.project.articles[index.row()]
        if role == ID_ROLE:
            return art.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            marks, pending = self._count(art.id)
            date = short_date(art.published)
            meta = " · ".join(x for x in (art.outlet, date, art.language.upper()) if x)
            counts = self.tr("%n mark(s)", "", marks) + " · " + self.tr("%n suggestion(s)", "", pending)
            return f"{art.display_title()}\n{meta}\n{counts}" if meta else f"{art.display_title()}\n{counts}"
        return None
