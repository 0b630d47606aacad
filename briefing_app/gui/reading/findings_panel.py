"""Figure-check findings of the current article: apply a correction, or dismiss it.

Applying sets the corrected value on the figure *mark*; the article text stays exactly
as published.  Dismissing says "checked, harmless" and is remembered in the project;
both are undoable.  Whether a finding is open, corrected or dismissed is decided in
``core.finding_status``, so this list, the suggestions, the inspector, the reading view
and the status bar agree.  Selecting a finding selects its text in the reading view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QWidget

from briefing_app.core.corrections import (
    corrected_value,
    correction_command,
    target_figure,
)
from briefing_app.core.finding_status import (
    DismissFinding,
    FindingState,
    RestoreFinding,
    finding_state,
)
from briefing_app.core.number_format import format_number

from ..shell.i18n import ui_language
from ..shell.icons import icon
from ..shell.panel_layout import explanation_label, lay_out_panel
from ..workspace.workspace import Workspace
from .finding_text import finding_message, severity_icon_name

FINDING_ROLE = Qt.ItemDataRole.UserRole + 20

__all__ = ["FINDING_ROLE", "FindingsModel", "FindingsPanel", "apply_correction", "dismiss_finding", "finding_message"]


def corrected_text(finding: Any) -> str:
    """The suggested value as the UI shows it ("rund 143,6 Mrd. Euro"), or "" when there is none."""
    fix = corrected_value(finding)
    if fix is None:
        return ""
    lang = ui_language()
    shown = (finding.suggestion or {}).get(f"text_{lang}")
    if not shown:
        number, unit = format_number(fix[0], fix[1], lang)
        shown = f"{number} {unit}".strip()
    return shown


def apply_correction(ws: Workspace, article_id: str, finding: Any) -> bool:
    """Set the suggested value on the figure mark: one undo step; the figure becomes current."""
    cmd = correction_command(ws.project, article_id, finding)
    if cmd is None:
        return False
    ws.push(cmd, QCoreApplication.translate("FindingsPanel", "Apply correction"))
    target = target_figure(ws.project, article_id, finding)
    if target is not None:
        ws.select_annotation(target.id)
    return True


def dismiss_finding(ws: Workspace, article_id: str, finding: Any) -> None:
    ws.push(DismissFinding(article_id, finding), QCoreApplication.translate("FindingsPanel", "Dismiss finding"))




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

    def state(self, finding: Any) -> FindingState:
        return finding_state(self.ws.project, self.ws.current_article_id, finding)

    def is_applied(self, finding: Any) -> bool:
        return self.state(finding) is FindingState.CORRECTED

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == FINDING_ROLE:
            return f
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = finding_message(f)
            state = self.state(f)
            if state is FindingState.CORRECTED:
                text = self.tr("✓ applied") + " — " + text
            elif state is FindingState.DISMISSED:
                text = self.tr("dismissed") + " — " + text
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("mdi6.check-circle-outline" if self.state(f) is not FindingState.OPEN else severity_icon_name(f))
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
        self.dismiss_button = QPushButton(icon("mdi6.eye-off-outline"), self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Checked and harmless: no longer counted or flagged (undoable)"))
        lay_out_panel(self, self.list, self.detail, [None, self.dismiss_button, self.apply_button])
        self._resetting = False
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row(), reveal=not self._resetting))
        self.apply_button.clicked.connect(self.apply_current)
        self.dismiss_button.clicked.connect(self.dismiss_or_restore_current)
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
            self.dismiss_button.setEnabled(False)
            return
        shown = corrected_text(f)
        text = finding_message(f)
        if shown:
            text += "\n" + self.tr("Corrected value: %1").replace("%1", shown)
        state = self.model.state(f)
        self.detail.setText(text)
        self.apply_button.setEnabled(bool(shown) and state is FindingState.OPEN)
        self.dismiss_button.setEnabled(state is not FindingState.CORRECTED)
        self.dismiss_button.setText(self.tr("Reopen") if state is FindingState.DISMISSED else self.tr("Dismiss"))
        if reveal and f.spans:
            start, end = f.spans[0]
            self.spanRequested.emit(int(start), int(end))

    def apply_current(self) -> bool:
        f = self.current_finding()
        return f is not None and apply_correction(self.ws, self.ws.current_article_id, f)

    def dismiss_or_restore_current(self) -> None:
        f = self.current_finding()
        if f is None:
            return
        if self.model.state(f) is FindingState.DISMISSED:
            self.ws.push(RestoreFinding(self.ws.current_article_id, f), self.tr("Reopen finding"))
        else:
            dismiss_finding(self.ws, self.ws.current_article_id, f)

    def finding_spans(self) -> list[tuple[int, int]]:
        """Spans of the findings still open: the reading view underlines only what needs the user."""
        spans: list[tuple[int, int]] = []
        for f in self.ws.open_findings(self.ws.current_article_id):
            spans.extend((int(s), int(e)) for s, e in f.spans)
        return spans
