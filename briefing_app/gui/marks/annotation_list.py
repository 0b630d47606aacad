"""A filtered table of marks that follows (and sets) the workspace's current mark.

Used twice: the inspector's list of accepted marks and the suggestions panel's list of
pending suggestions — the same view over differently filtered proxies.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..workspace.workspace import Workspace
from .annotation_model import COL_CONFIDENCE, COL_DETAIL, COL_KIND, COL_TEXT, AnnotationFilter


class AnnotationList(QTableView):
    activatedId = Signal(str)

    def __init__(self, workspace: Workspace, proxy: AnnotationFilter, *, show_confidence: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.proxy = proxy
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        hh = self.horizontalHeader()
        hh.setResizeContentsPrecision(200)  # measure a sample of rows, not thousands
        hh.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(COL_CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(COL_CONFIDENCE, not show_confidence)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        proxy.modelReset.connect(self.follow_workspace)
        proxy.layoutChanged.connect(self.follow_workspace)
        workspace.currentAnnotationChanged.connect(lambda _id: self.follow_workspace())

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.ws.select_annotation(self.proxy.id_at(current.row()))

    def follow_workspace(self) -> None:
        """Select the workspace's current mark if this list shows it."""
        row = self.proxy.row_of(self.ws.current_annotation_id) if self.ws.current_annotation_id else -1
        cur = self.currentIndex()
        if row < 0:
            self.clearSelection()  # the current mark is not in this list: show no stale row
            return
        if cur.isValid() and cur.row() == row:
            return
        idx = self.proxy.index(row, COL_TEXT)
        self.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(idx)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [self.proxy.id_at(r) for r in rows]

    def current_id(self) -> str:
        cur = self.currentIndex()
        return self.proxy.id_at(cur.row()) if cur.isValid() else ""

    def step(self, delta: int) -> None:
        """Move the current row by ``delta`` (J/K), clamped to the list."""
        n = self.proxy.rowCount()
        if not n:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else (-1 if delta > 0 else n)
        row = max(0, min(n - 1, row + delta))
        idx = self.proxy.index(row, COL_TEXT)
        self.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(idx)
