"""The people of the project: each once, with name, role and organisation edited in one place.

People are derived from the quotes' speakers and the person marks
(``core.people_index``); editing a person here rewrites all their quotes and person marks
as one undo step, and duplicates the analysis produced ("Simon" next to "Professor
Hermann Simon") are merged with one click.  The fields commit like the inspector's: on
Enter, Tab or leaving the field; Escape puts a field back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.commands import Change
from briefing_app.core.people_index import EditPerson, PersonEntry, likely_duplicates, merge_people, people

from ..shell.icons import icon
from ..shell.panel_layout import explanation_label
from ..workspace.workspace import Workspace

KEY_ROLE = Qt.ItemDataRole.UserRole + 30
#: A change touching this many marks (a re-analysis, Accept All) reloads the people later.
_BURST = 200


class PeopleModel(QAbstractListModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._rows: list[PersonEntry] = []
        # Reading the people of a project visits every mark (15 ms for 7,000 suggestions): a large
        # change (a re-analysis) reloads once, in the next event-loop turn, instead of inside the
        # turn that applies it; asking for the entries reloads at once.
        self._stale = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._fresh)
        workspace.changed.connect(self._on_change)
        workspace.reset.connect(self.reload)
        self.reload()

    def _on_change(self, change: Change) -> None:
        if len(change.annotations) < _BURST:
            self.reload()  # an edit: the panel follows at once (also on undo)
        else:
            self._stale = True
            self._later.start()

    def _fresh(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        rows = people(self.ws.project)
        if [(r.key, r.name, r.role, r.organisation, r.annotation_ids) for r in rows] == \
                [(r.key, r.name, r.role, r.organisation, r.annotation_ids) for r in self._rows]:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entries(self) -> list[PersonEntry]:
        self._fresh()
        return list(self._rows)

    def entry(self, row: int) -> PersonEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        self._fresh()
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.entry(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            detail = ", ".join(x for x in (p.role, p.organisation) if x)
            return f"{p.name} — {detail}" if detail else p.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n quote(s)", "", len(p.quote_ids)) + ", " + self.tr("%n person mark(s)", "", len(p.mark_ids))
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("mdi6.account-outline")
        if role == KEY_ROLE:
            return p.key
        return None


class _RevertOnEscape(QObject):
    def __init__(self, panel: PeoplePanel, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.panel = panel
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.panel.show_person()
            return True
        return False


class PeoplePanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_panel")
        self.ws = workspace
        self.model = PeopleModel(workspace)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("People"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.name, self.role, self.organisation = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for w, label in ((self.name, self.tr("Name")), (self.role, self.tr("Role")), (self.organisation, self.tr("Organisation"))):
            w.setAccessibleName(label)
            w.editingFinished.connect(self.commit)
            _RevertOnEscape(self, w)
        self.used = explanation_label(self)
        self.duplicates = explanation_label(self)
        self.merge_button = QPushButton(icon("mdi6.account-multiple-outline"), self.tr("Merge"), self)
        self.merge_button.setToolTip(self.tr("Make the selected people one person: the current one keeps its name"))
        self.merge_duplicate_button = QPushButton(self.tr("Merge Duplicate"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addWidget(self.used)
        lay.addWidget(self.duplicates)
        row = QWidget(self)
        rl = QVBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.merge_duplicate_button)
        rl.addWidget(self.merge_button)
        lay.addWidget(row)
        self._key = ""
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._after_reset)
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_duplicate_button.clicked.connect(self.merge_duplicate)
        workspace.commitRequested.connect(self.commit)
        self._after_reset()

    # -- showing --------------------------------------------------------------------------
    def current(self) -> PersonEntry | None:
        row = self.model.row_of(self._key) if self._key else -1
        return self.model.entry(row)

    def select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit()  # what was typed for the previous person is kept
        entry = self.model.entry(current.row())
        self._key = entry.key if entry else ""
        self.show_person()

    def _after_reset(self) -> None:
        row = self.model.row_of(self._key) if self._key else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
            entry = self.model.entry(row)
            self._key = entry.key if entry is not None else ""
        else:
            self._key = ""
        self.show_person()

    def show_person(self) -> None:
        p = self.current()
        for w, value in ((self.name, p.name if p else ""), (self.role, p.role if p else ""),
                         (self.organisation, p.organisation if p else "")):
            if w.text() != value:
                w.setText(value)
                w.setCursorPosition(0)  # a long organisation shows its start, not its end
            w.setEnabled(p is not None)
        if p is None:
            self.used.setText(self.tr("No people yet: mark a person (P) or give a quote its speaker."))
        else:
            self.used.setText(self.tr("Used in %n quote(s)", "", len(p.quote_ids)) + " · "
                              + self.tr("%n person mark(s)", "", len(p.mark_ids)))
        dup = self._duplicate_of(p)
        self.duplicates.setVisible(dup is not None)
        self.merge_duplicate_button.setVisible(dup is not None)
        if dup is not None:
            self.duplicates.setText(self.tr("Possibly the same person: %1").replace("%1", dup.name))
        self._update_buttons()

    def _duplicate_of(self, p: PersonEntry | None) -> PersonEntry | None:
        if p is None:
            return None
        for a, b in likely_duplicates(self.model.entries()):
            if a.key == p.key:
                return b
            if b.key == p.key:
                return a
        return None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self._selected()) >= 2)

    def _selected(self) -> list[PersonEntry]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        return [e for e in (self.model.entry(r) for r in rows) if e is not None]

    # -- editing -----------------------------------------------------------------------------
    def commit(self) -> None:
        p = self.current()
        if p is None:
            return
        name = " ".join(self.name.text().split())
        role, organisation = self.role.text().strip(), self.organisation.text().strip()
        if not name:
            self.name.setText(p.name)  # a person keeps a name; clearing it is not an edit
            return
        if (name, role, organisation) == (p.name, p.role, p.organisation):
            return
        self._key = " ".join(name.split()).casefold()
        self.ws.push(EditPerson(self.ws.project, p, name, role, organisation), self.tr("Edit person"))

    def merge_selected(self) -> None:
        chosen = self._selected()
        keep = self.current()
        if keep is None or len(chosen) < 2:
            return
        if keep.key not in {c.key for c in chosen}:
            keep = max(chosen, key=lambda e: len(e.name))
        self._merge(keep, [c for c in chosen if c.key != keep.key])

    def merge_duplicate(self) -> None:
        p = self.current()
        dup = self._duplicate_of(p)
        if p is None or dup is None:
            return
        keep, other = (p, dup) if len(p.name) >= len(dup.name) else (dup, p)
        self._merge(keep, [other])

    def _merge(self, keep: PersonEntry, others: list[PersonEntry]) -> None:
        self._key = keep.key
        self.ws.push(merge_people(self.ws.project, keep, others), self.tr("Merge people"))
