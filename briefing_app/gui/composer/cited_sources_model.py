"""The briefing's sources, read-only: derived from the placed items, never typed.

Numbers match the [n] footnotes of the outputs because both come from
:func:`core.compose.derive_sources`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.core.compose import Source, derive_sources

from ..marks.roles import ID_ROLE
from ..shell.i18n import short_date
from .composer import Composer


def source_line(s: Source) -> str:
    when = short_date(s.published)
    head = ": ".join(p for p in (s.outlet, s.title) if p)
    return f"[{s.number}] " + ", ".join(p for p in (head, when) if p)


class CitedSourcesModel(QAbstractListModel):
    def __init__(self, composer: Composer, parent=None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.sources: list[Source] = []
        composer.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.sources = derive_sources(self.composer.ws.project)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.sources):
            return None
        s = self.sources[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return source_line(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(s.annotation_ids)
            return "\n".join(p for p in (s.url, self.tr("%n item(s) from this article", "", count)) if p)
        if role == ID_ROLE:
            return s.article_id
        return None
