"""Pending suggestions of the analysis: accept (Enter), reject (Del), next/previous (J/K).

What the app suggested is kept apart from what the user decided: suggestions live here
and show as underlines without fill in the text until accepted.  The evidence (cue) and
confidence of the current one are shown under the list, so a decision is informed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from briefing_app.core.annotation import Kind, State
from briefing_app.core.commands import accept, reject

from ..reading.finding_text import finding_message
from ..reading.kinds import kind_label
from ..shell.panel_layout import explanation_label, lay_out_panel
from ..workspace.workspace import Workspace
from .annotation_list import AnnotationList
from .annotation_model import AnnotationFilter, AnnotationModel, confidence_text
from .cue_text import cue_text


class SuggestionsPanel(QWidget):
    def __init__(self, workspace: Workspace, model: AnnotationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.proxy = AnnotationFilter(model, {State.SUGGESTED})
        self.list = AnnotationList(workspace, self.proxy, show_confidence=True, parent=self)
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.evidence = explanation_label(self)
        self.evidence.setAccessibleName(self.tr("Why this was suggested"))
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind to accept"))
        for k in (Kind.QUOTE, Kind.FIGURE, Kind.PERSON, Kind.KEY_POINT):
            self.kind.addItem(kind_label(k), k.value)
        self.accept_kind_button = QPushButton(self.tr("Accept All"), self)
        self.accept_kind_button.setToolTip(self.tr("Accept every pending suggestion of the chosen kind"))
        lay_out_panel(self, self.list, self.evidence,
                      [self.accept_button, self.reject_button, None, self.kind, self.accept_kind_button])
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_kind_button.clicked.connect(lambda: self.accept_all(Kind(self.kind.currentData())))
        workspace.currentAnnotationChanged.connect(lambda _id: self._show_evidence())
        workspace.changed.connect(lambda _c: self._show_evidence())
        workspace.findingsChanged.connect(lambda _aid: self._show_evidence())
        workspace.reset.connect(self._show_evidence)  # a newly loaded project brings its own suggestions
        self._show_evidence()

    def _show_evidence(self) -> None:
        ann = self.ws.current_annotation()
        if ann is None or ann.state is not State.SUGGESTED:
            n = self.proxy.rowCount()
            self.evidence.setText(self.tr("%n suggestion(s) to review. Enter accepts, Del rejects, J/K moves.", "", n))
            return
        findings = self.ws.attention(ann.id)
        text = self.tr("%1, confidence %2").replace("%1", kind_label(ann.kind)).replace("%2", confidence_text(ann, findings))
        if ann.cue:
            text += "\n" + self.tr("Cue: %1").replace("%1", cue_text(ann.cue))
        for f in findings:
            text += "\n⚠ " + finding_message(f)
        self.evidence.setText(text)

    def _decide(self, make, text: str) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        row = self.list.currentIndex().row()
        self.ws.push(make(ids), text)
        # Move on to the suggestion that took the decided one's place.
        n = self.proxy.rowCount()
        if n:
            self.list.setCurrentIndex(self.proxy.index(min(max(row, 0), n - 1), 1))

    def accept_selected(self) -> None:
        self._decide(accept, self.tr("Accept suggestion"))

    def reject_selected(self) -> None:
        self._decide(reject, self.tr("Reject suggestion"))

    def accept_all(self, kind: Kind) -> int:
        ids = [a.id for a in self.ws.project.annotations_for(self.ws.current_article_id, states=(State.SUGGESTED,))
               if a.kind is kind]
        if ids:
            self.ws.push(accept(ids), self.tr("Accept all: %1").replace("%1", kind_label(kind)))
        return len(ids)

    def next(self) -> None:
        self.list.step(1)

    def previous(self) -> None:
        self.list.step(-1)
