"""The briefing composer: meeting and messages on one tab, sections and items on the other.

Two tabs rather than one long page, so the composer works as a narrow dock beside the
article as well as a wide one.  Items are reordered by drag and drop (also between
sections) or with the window's Move Up/Down actions (Ctrl+Up/Down, added to the tree by
the window); both go through the :class:`Composer`, so each move is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.briefing import Section

from ..marks.roles import ID_ROLE
from .cited_sources_model import CitedSourcesModel
from .composer import Composer
from .composer_model import SECTION_ROLE, BriefingItemsModel, section_name
from .item_editor import ItemEditor
from .meeting_form import MeetingForm, lines
from .takeaway_edit import TakeawayEdit


class SectionsTree(QTreeView):
    """The sections with their items; internal drag and drop only."""

    def __init__(self, model: BriefingItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_sections")
        self.setAccessibleName(self.tr("Briefing sections"))
        self.setModel(model)
        self._items_model = model  # model() is typed as any model; this one finds items by id
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.expandAll()

    def current_id(self) -> str:
        return self.currentIndex().data(ID_ROLE) or ""

    def select_id(self, annotation_id: str) -> None:
        index = self._items_model.index_of(annotation_id) if annotation_id else QModelIndex()
        if index.isValid():
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)


class ComposerView(QWidget):
    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.composer = composer
        self.form = MeetingForm(composer, self)
        self.items_model = BriefingItemsModel(composer, self)
        self.tree = SectionsTree(self.items_model, self)
        for edit, section in ((self.form.key_messages, Section.KEY_MESSAGES), (self.form.questions, Section.QUESTIONS)):
            edit.textChanged.connect(lambda e=edit, s=section: self.items_model.set_typing(s, len(lines(e.toPlainText()))))
        self.item_editor = ItemEditor(composer, self)
        self.takeaway = TakeawayEdit(composer, self)
        self.sources_model = CitedSourcesModel(composer, self)
        self.sources = QListView(self)
        self.sources.setObjectName("briefing_sources")
        self.sources.setAccessibleName(self.tr("Sources (derived from the items)"))
        self.sources.setModel(self.sources_model)
        self.sources.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources.setWordWrap(True)
        self.sources.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 8)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)

        hint = QLabel(self.tr("Drag items to reorder them or move them to another section (Ctrl+Up/Down)."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        items_page = QWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, items_page)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        editor_box = QWidget(split)
        ev = QVBoxLayout(editor_box)
        ev.setContentsMargins(0, 4, 0, 0)
        ev.addWidget(self.takeaway)
        ev.addWidget(self.item_editor)
        sources_title = QLabel(section_name(Section.SOURCES) + " " + self.tr("(automatic)"), editor_box)
        sources_title.setBuddy(self.sources)
        ev.addWidget(sources_title)
        ev.addWidget(self.sources)
        ev.addStretch(1)
        split.addWidget(editor_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        lay = QVBoxLayout(items_page)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(hint)
        lay.addWidget(split, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("composer_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("&Meeting"))
        self.tabs.addTab(items_page, self.tr("&Sections"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self.item_editor.show_item(cur.data(ID_ROLE) or ""))
        self.tree.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.takeaway.show_section(self.items_model.section_of(cur)))
        self.items_model.modelAboutToBeReset.connect(self._remember_current)
        self.items_model.modelReset.connect(self._restore_current)
        self._current = ""
        self._current_section: Section | None = None

    def _remember_current(self) -> None:
        self._current = self.tree.current_id() or self.item_editor.annotation_id
        self._current_section = self.takeaway.section

    def _restore_current(self) -> None:
        """After a redraw the same item (or the same section row) is selected again."""
        self.tree.expandAll()
        self.tree.select_id(self._current)
        if not self.tree.currentIndex().isValid() and self._current_section is not None:
            index = self.items_model.section_index(self._current_section)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.takeaway.show_section(self.items_model.section_of(self.tree.currentIndex()) or self._current_section)

    def show_sections(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_current(self, delta: int) -> None:
        """Move the selected item, or the selected section, one step (Ctrl+Up/Down); it stays selected."""
        annotation_id = self.tree.current_id()
        cur = self.tree.currentIndex()
        if not annotation_id and cur.isValid() and cur.data(SECTION_ROLE):
            section = Section(cur.data(SECTION_ROLE))
            if self.composer.move_section(section, delta, self.tr("Move section up") if delta < 0 else self.tr("Move section down")):
                self.tree.setCurrentIndex(self.items_model.section_index(section))
            return
        if annotation_id:
            self.composer.move_by(annotation_id, delta, self.tr("Move item up") if delta < 0 else self.tr("Move item down"))
            self.tree.select_id(annotation_id)
