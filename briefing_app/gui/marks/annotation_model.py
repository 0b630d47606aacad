"""The marks of the current article as a table model, and the filters over it.

One model holds every state; the inspector shows the accepted marks through one
:class:`AnnotationFilter`, the suggestions panel the pending ones through another.
Edits refresh only the rows they touched, so selections survive typing in the editor.
Marks touched by an open figure-check finding come first, with a warning icon and the
finding's short name, and a figure with an open error never shows a high confidence:
the warning is seen where the decision is made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from briefing_app.core.annotation import Annotation, Kind, SpeechKind, State
from briefing_app.core.commands import Change, EditAnnotations

from ..reading.finding_text import finding_message, finding_short, severity_icon_name
from ..reading.kinds import kind_colour, kind_icon_name, kind_label
from ..shell.icons import icon
from ..workspace.workspace import Workspace
from .cue_text import cue_text
from .figure_text import figure_display
from .roles import (
    ATTENTION_ROLE,
    ID_ROLE,
    IN_BRIEFING_ROLE,
    KIND_ROLE,
    NEEDS_REVIEW_ROLE,
    SEARCH_ROLE,
    START_ROLE,
    STATE_ROLE,
    TAGS_ROLE,
)

Index = QModelIndex | QPersistentModelIndex
COL_KIND, COL_TEXT, COL_DETAIL, COL_CONFIDENCE = range(4)


def detail_text(ann: Annotation) -> str:
    """The second column: who said it, what the figure is worth, what the note says."""
    if ann.kind is Kind.QUOTE and ann.quote:
        who = ", ".join(x for x in (ann.quote.speaker, ann.quote.role) if x)
        speech = QCoreApplication.translate("AnnotationModel", "direct") if ann.quote.speech is SpeechKind.DIRECT else QCoreApplication.translate("AnnotationModel", "indirect")
        return f"{who} ({speech})" if who else speech
    if ann.kind is Kind.FIGURE and ann.figure:
        shown = figure_display(ann.figure, ann.anchor.exact) or QCoreApplication.translate("AnnotationModel", "no value yet")
        return f"{shown} — {ann.figure.label}" if ann.figure.label else shown
    if ann.kind is Kind.PERSON and ann.person:
        return ", ".join(x for x in (ann.person.name, ann.person.role, ann.person.organisation) if x)
    return ann.comment


def confidence_text(ann: Annotation, findings: list) -> str:
    """The confidence column; a figure with an open error says "low ⚠" instead of a high number."""
    if ann.kind is Kind.FIGURE and any(f.severity == "error" for f in findings):
        return QCoreApplication.translate("AnnotationModel", "low ⚠")
    return f"{ann.confidence:.0%}"


class AnnotationModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._rows: list[Annotation] = []
        workspace.reset.connect(self.reload)
        workspace.currentArticleChanged.connect(lambda _id: self.reload())
        workspace.changed.connect(self._changed)
        workspace.findingsChanged.connect(self._findings_changed)
        self._flagged: set[str] = set()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        aid = self.ws.current_article_id
        rows = self.ws.project.annotations_for(aid, states=None) if aid else []
        self._flagged = self.ws.attention_ids() & {a.id for a in rows} if self.ws.findings.get(aid) else set()
        # Stable: flagged rows first, each group in text order.
        self._rows = sorted(rows, key=lambda a: a.id not in self._flagged) if self._flagged else rows
        self.endResetModel()

    def _findings_changed(self, article_id: str) -> None:
        if article_id == self.ws.current_article_id:
            self.reload()

    def _changed(self, change: Change) -> None:
        aid = self.ws.current_article_id
        if aid not in change.articles and not change.structure:
            return
        current = {a.id for a in self._rows}
        now = {a.id for a in self.ws.project.annotations_for(aid, states=None)} if aid else set()
        flagged = self.ws.attention_ids() & now if self.ws.findings.get(aid) else set()
        if change.structure or current != now or flagged != self._flagged:
            self.reload()
            return
        for row, ann in enumerate(self._rows):
            if ann.id in change.annotations:
                self._rows[row] = self.ws.project.annotations[ann.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, annotation_id: str) -> int:
        for row, ann in enumerate(self._rows):
            if ann.id == annotation_id:
                return row
        return -1

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Text"), self.tr("Details"), self.tr("Confidence"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        ann = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return ann.id
        if role == KIND_ROLE:
            return ann.kind.value
        if role == STATE_ROLE:
            return ann.state.value
        if role == TAGS_ROLE:
            return list(ann.tags)
        if role == IN_BRIEFING_ROLE:
            return ann.in_briefing
        if role == NEEDS_REVIEW_ROLE:
            return ann.needs_review
        if role == START_ROLE:
            return ann.anchor.start
        if role == ATTENTION_ROLE:
            return [finding_short(f) for f in self.ws.attention(ann.id)] if ann.id in self._flagged else []
        if role == SEARCH_ROLE:
            return " ".join([ann.text, detail_text(ann), ann.comment, " ".join(ann.tags), ann.cue]).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_KIND:
                text = kind_label(ann.kind)
                return text + (" ⚠" if ann.needs_review else "")
            if col == COL_TEXT:
                return " ".join(ann.text.split())
            if col == COL_DETAIL:
                if ann.id in self._flagged:
                    return " · ".join([finding_short(self.ws.attention(ann.id)[0]), detail_text(ann)]).strip(" ·")
                return detail_text(ann)
            if col == COL_CONFIDENCE:
                return confidence_text(ann, self.ws.attention(ann.id) if ann.id in self._flagged else [])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [kind_label(ann.kind), " ".join(ann.text.split())]
            if ann.cue:
                lines.append(self.tr("Cue: %1").replace("%1", cue_text(ann.cue)))
            if ann.state is State.ACCEPTED:
                lines.append(self.tr("In the briefing") if ann.in_briefing else self.tr("Not in the briefing"))
            if ann.needs_review:
                lines.append(self.tr("Needs review: the text moved since this was marked"))
            if ann.id in self._flagged:
                lines.extend("⚠ " + finding_message(f) for f in self.ws.attention(ann.id))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_KIND and ann.state is State.ACCEPTED:
            return Qt.CheckState.Checked if ann.in_briefing else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return icon(kind_icon_name(ann.kind))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_DETAIL and ann.id in self._flagged:
            return icon(severity_icon_name(self.ws.attention(ann.id)[0]), "#D55E00")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_KIND:
            from ..reading.kinds import line_colour

            return line_colour(kind_colour(ann.kind))
        return None


    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_KIND and self._rows[index.row()].state is State.ACCEPTED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable  # the box says "in the briefing"
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != COL_KIND:
            return False
        ann = self._rows[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on != ann.in_briefing:
            self.ws.push(EditAnnotations([ann.id], {"in_briefing": on}),
                         self.tr("Include in briefing") if on else self.tr("Leave out of briefing"))
        return True


class AnnotationFilter(QSortFilterProxyModel):
    """Rows matching state, kind, tag, in-briefing, needs-review and a search text."""

    def __init__(self, source: AnnotationModel, states: set[State]) -> None:
        super().__init__(source)
        self.source = source  # sourceModel() is typed as any model; this is the annotation model
        self.setSourceModel(source)
        self.states = {s.value for s in states}
        self.kinds: set[str] = set()  # empty: every kind
        self.tag = ""
        self.in_briefing_only = False
        self.needs_review_only = False
        self.search = ""
        self.setDynamicSortFilter(True)

    def _refilter(self, name: str, value: Any) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kinds(self, kinds: set[Kind]) -> None:
        self._refilter("kinds", {k.value for k in kinds})

    def set_tag(self, tag: str) -> None:
        self._refilter("tag", tag.strip().casefold())

    def set_in_briefing_only(self, on: bool) -> None:
        self._refilter("in_briefing_only", on)

    def set_needs_review_only(self, on: bool) -> None:
        self._refilter("needs_review_only", on)

    def set_search(self, text: str) -> None:
        self._refilter("search", text.strip().casefold())

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        # Reads the annotation directly: going through data() roles costs too much on
        # articles with thousands of suggestions.
        ann = self.source.annotation(row)
        if ann.state.value not in self.states:
            return False
        if self.kinds and ann.kind.value not in self.kinds:
            return False
        if self.tag and self.tag not in {t.casefold() for t in ann.tags}:
            return False
        if self.in_briefing_only and not ann.in_briefing:
            return False
        if self.needs_review_only and not ann.needs_review:
            return False
        if not self.search:
            return True
        haystack = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE)
        return all(word in haystack for word in self.search.split())

    def id_at(self, row: int) -> str:
        return self.index(row, 0).data(ID_ROLE)

    def row_of(self, annotation_id: str) -> int:
        src_row = self.source.row_of(annotation_id)
        if src_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(src_row, 0)).row()
