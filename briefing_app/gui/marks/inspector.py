"""The inspector: the list of accepted marks with its filters, and the detail editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.annotation import Kind, State
from briefing_app.core.commands import EditAnnotations
from briefing_app.core.people_index import find_person, people

from ..reading.findings_panel import apply_correction, dismiss_finding
from ..reading.kinds import kind_label
from ..workspace.workspace import Workspace
from .annotation_editor import AnnotationEditor
from .annotation_list import AnnotationList
from .annotation_model import AnnotationFilter, AnnotationModel


class FilterBar(QWidget):
    """Kind, tag, in-briefing, needs-review and free-text search over one filter proxy."""

    def __init__(self, proxy: AnnotationFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search marks"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search marks"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for k in Kind:
            self.kind.addItem(kind_label(k), k.value)
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.in_briefing = QCheckBox(self.tr("In briefing"), self)
        self.needs_review = QCheckBox(self.tr("Needs review"), self)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search, 0, 0, 1, 2)
        lay.addWidget(self.kind, 1, 0)
        lay.addWidget(self.tag, 1, 1)
        lay.addWidget(self.in_briefing, 2, 0)
        lay.addWidget(self.needs_review, 2, 1)
        self.search.textChanged.connect(proxy.set_search)
        self.tag.textChanged.connect(proxy.set_tag)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.in_briefing.toggled.connect(proxy.set_in_briefing_only)
        self.needs_review.toggled.connect(proxy.set_needs_review_only)

    def _kind_changed(self, _index: int) -> None:
        value = self.kind.currentData()
        self.proxy.set_kinds({Kind(value)} if value else set())


class Inspector(QWidget):
    def __init__(self, workspace: Workspace, model: AnnotationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.proxy = AnnotationFilter(model, {State.ACCEPTED})
        self.filters = FilterBar(self.proxy, self)
        self.list = AnnotationList(workspace, self.proxy, show_confidence=False, parent=self)
        self.list.setAccessibleName(self.tr("Marks"))
        self.editor = AnnotationEditor(self)
        self.editor.setAccessibleName(self.tr("Mark details"))
        scroll = QScrollArea(self)
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.filters)
        tl.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("inspector_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.splitter)
        self.setMinimumWidth(340)  # the editor's forms need room; the dock may grow, not shrink below
        self.editor.edit.connect(self._edit)
        self.editor.attention = workspace.attention
        self.editor.notice.applyRequested.connect(self._apply_correction)
        self.editor.notice.dismissRequested.connect(self._dismiss)
        workspace.findingsChanged.connect(lambda _aid: self._show_findings())
        workspace.commitRequested.connect(self.editor.commit_pending)
        workspace.currentAnnotationChanged.connect(self._show_current)
        workspace.changed.connect(self._changed)
        workspace.reset.connect(self._show_current)

    def _edit(self, annotation_id: str, changes: dict) -> None:
        self.ws.push(EditAnnotations([annotation_id], changes), self.tr("Edit mark"))

    def _show_current(self, *_args) -> None:
        self._offer_people()
        self.editor.set_annotation(self.ws.current_annotation())
        self._show_findings()

    def _offer_people(self) -> None:
        def lookup(name: str) -> tuple[str, str] | None:
            found = find_person(self.ws.project, name)
            return (found.role, found.organisation) if found else None

        self.editor.set_people([p.name for p in people(self.ws.project)], lookup)

    def _show_findings(self) -> None:
        ann = self.editor.ann
        self.editor.notice.show_findings(self.ws.attention(ann.id) if ann is not None else [])
        self.editor.refresh_origin()

    def _apply_correction(self, finding) -> None:
        ann = self.editor.ann
        if ann is not None:
            apply_correction(self.ws, ann.article_id, finding)

    def _dismiss(self, finding) -> None:
        ann = self.editor.ann
        if ann is not None:
            dismiss_finding(self.ws, ann.article_id, finding)

    def _changed(self, change) -> None:
        if self.ws.current_annotation_id in change.annotations or self.editor.ann is not self.ws.current_annotation():
            self._show_current()
        else:
            self._show_findings()  # a dismissal or a correction elsewhere may settle this mark's finding
