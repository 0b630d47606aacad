"""Figure-check findings of the current article, and one click to apply a correction.

Applying sets the corrected value on the figure *mark*; the article text stays exactly
as published.  Selecting a finding selects its text in the reading view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QWidget

from briefing_app.core.number_format import format_number

from .i18n import ui_language
from .icons import icon
from .panel_layout import explanation_label, lay_out_panel
from .workspace import Workspace

FINDING_ROLE = Qt.ItemDataRole.UserRole + 20
_SEVERITY_ICON = {"error": "mdi6.alert-circle-outline", "warning": "mdi6.alert-outline", "info": "mdi6.information-outline"}


def finding_message(finding: Any) -> str:
    return finding.message_de if ui_language() == "de" else finding.message_en



def _corrections() -> Any:
    """core.corrections, loaded with the first finding shown rather than while the window
    opens (it brings the whole figure grammar along)."""
    from briefing_app.core import corrections

    return corrections

class FindingsModel(QAbstractListModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._rows: list[Any] = []
        workspace.findingsChanged.connect(lambda _aid: self.reload())
        workspace.currentArticleChanged.connect(lambda _aid: self.reload())
        workspace.reset.connect(self.reload)
        workspace.changed.connect(self._changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self.ws.findings.get(self.ws.current_article_id, []))
        self.endResetModel()

    def _changed(self, _change) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def finding(self, row: int) -> Any:
        return self._rows[row]

    def is_applied(self, finding: Any) -> bool:
        fix = _corrections().corrected_value(finding)
        target = _corrections().target_figure(self.ws.project, self.ws.current_article_id, finding) if fix else None
        return bool(target and target.figure and target.figure.value == fix[0])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == FINDING_ROLE:
            return f
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = finding_message(f)
            if self.is_applied(f):
                text = self.tr("✓ applied") + " — " + text
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_SEVERITY_ICON.get(f.severity, _SEVERITY_ICON["info"]))
        return None


class FindingsPanel(QWidget):
    spanRequested = Signal(int, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.model = FindingsModel(workspace)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Figure check findings"))
        self.detail = explanation_label(self)
        self.apply_button = QPushButton(icon("mdi6.auto-fix"), self.tr("Apply Correction"), self)
        self.apply_button.setToolTip(self.tr("Set the corrected value on the figure mark; the article text stays as published"))
        lay_out_panel(self, self.list, self.detail, [None, self.apply_button])
        self._resetting = False
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row(), reveal=not self._resetting))
        self.apply_button.clicked.connect(self.apply_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self._show(self.list.currentIndex().row()))
        self._after_reset()

    def _after_reset(self) -> None:
        if self.model.rowCount():
            self._resetting = True  # choosing the first finding is not the user asking to see it
            self.list.setCurrentIndex(self.model.index(0))
            self._resetting = False
        self._show(self.list.currentIndex().row())

    def current_finding(self) -> Any | None:
        row = self.list.currentIndex().row()
        return self.model.finding(row) if 0 <= row < self.model.rowCount() else None

    def _show(self, row: int, reveal: bool = False) -> None:
        f = self.model.finding(row) if 0 <= row < self.model.rowCount() else None
        if f is None:
            self.detail.setText(self.tr("No findings: the figure checks found nothing to question in this article."))
            self.apply_button.setEnabled(False)
            return
        fix = _corrections().corrected_value(f)
        text = finding_message(f)
        if fix is not None:
            lang = ui_language()
            shown = (f.suggestion or {}).get(f"text_{lang}")
            if not shown:
                number, unit = format_number(fix[0], fix[1], lang)
                shown = f"{number} {unit}".strip()
            text += "\n" + self.tr("Corrected value: %1").replace("%1", shown)
        self.detail.setText(text)
        self.apply_button.setEnabled(fix is not None and not self.model.is_applied(f))
        if reveal and f.spans:
            start, end = f.spans[0]
            self.spanRequested.emit(int(start), int(end))

    def apply_current(self) -> bool:
        f = self.current_finding()
        if f is None:
            return False
        cmd = _corrections().correction_command(self.ws.project, self.ws.current_article_id, f)
        if cmd is None:
            return False
        self.ws.push(cmd, self.tr("Apply correction"))
        target = _corrections().target_figure(self.ws.project, self.ws.current_article_id, f)
        if target is not None:
            self.ws.select_annotation(target.id)
        return True

    def finding_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for f in self.ws.findings.get(self.ws.current_article_id, []):
            spans.extend((int(s), int(e)) for s, e in f.spans)
        return spans
