"""The briefing's sections and their items as a two-level tree for the composer.

Top rows are the sections that hold items (always all of them, so an empty section is
still a drop target); their children are the placed items.  Ids travel in data roles
(:data:`ID_ROLE` = annotation id, :data:`SECTION_ROLE`); a drag carries the annotation
id in its own MIME type, and a drop asks the :class:`Composer` for an undoable move —
the model itself never changes the briefing.
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from briefing_app.core.annotation import Annotation, Kind
from briefing_app.core.briefing import BriefingItem, Section
from briefing_app.core.compose import ordered_sections
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from ..marks.roles import ID_ROLE, KIND_ROLE
from ..reading.kinds import kind_icon_name, kind_label
from ..shell.icons import icon
from .composer import Composer

SECTION_ROLE = Qt.ItemDataRole.UserRole + 40
MIME_TYPE = "application/x-briefing-desk-item"
SECTION_PREFIX = "section:"  # a dragged section rather than an item
_TOP = 0  # internal id of section rows; items carry their section's row + 1

SECTION_NAMES: dict[Section, str] = {
    Section.KEY_MESSAGES: QT_TRANSLATE_NOOP("Sections", "Key messages"),
    Section.KEY_FIGURES: QT_TRANSLATE_NOOP("Sections", "Key figures"),
    Section.QUOTES: QT_TRANSLATE_NOOP("Sections", "Quotes"),
    Section.COUNTERPARTS: QT_TRANSLATE_NOOP("Sections", "Counterparts"),
    Section.BACKGROUND: QT_TRANSLATE_NOOP("Sections", "Background"),
    Section.QUESTIONS: QT_TRANSLATE_NOOP("Sections", "Questions"),
    Section.SOURCES: QT_TRANSLATE_NOOP("Sections", "Sources"),
}

# Sections the outputs open with the user's own typed texts (briefing field), before the items.
TYPED: dict[Section, str] = {Section.KEY_MESSAGES: "key_messages", Section.QUESTIONS: "questions"}


def section_name(section: Section) -> str:
    return QCoreApplication.translate("Sections", SECTION_NAMES[section])


def item_summary(item: BriefingItem, ann: Annotation) -> str:
    """One line for the list: what the outputs will show, in the user's wording if edited."""
    if ann.kind is Kind.FIGURE and ann.figure is not None:
        label = item.text_override or ann.figure.label
        return f"{ann.anchor.exact} — {label}" if label else ann.anchor.exact
    if ann.kind is Kind.PERSON and ann.person is not None:
        return item.text_override or ann.person.name or ann.anchor.exact
    own = item.text_override or item.translation or (ann.quote.translation if ann.quote else "")
    text = own or ann.anchor.exact
    if ann.kind is Kind.QUOTE and ann.quote is not None and ann.quote.speaker:
        return f"{ann.quote.speaker}: {text}"
    return text


class BriefingItemsModel(QAbstractItemModel):
    def __init__(self, composer: Composer, parent=None) -> None:
        super().__init__(parent)
        self.composer = composer
        self._typing: dict[Section, int] = {}  # texts being typed on the Meeting tab, not yet committed
        composer.changed.connect(self.reload)

    # -- reading -------------------------------------------------------------------------
    def _items(self, section: Section) -> list[BriefingItem]:
        return self.composer.briefing.sections.get(section, [])

    def _annotation(self, item: BriefingItem) -> Annotation | None:
        return self.composer.ws.project.annotations.get(item.annotation_id)

    def reload(self) -> None:
        self._typing = {}
        self.beginResetModel()
        self.endResetModel()

    def count(self, section: Section) -> int:
        """What the section will hold: its items, plus the texts typed for it (committed or not)."""
        typed = self._typing.get(section, len(getattr(self.composer.briefing, TYPED[section]))) if section in TYPED else 0
        return len(self._items(section)) + typed

    def set_typing(self, section: Section, texts: int) -> None:
        """Live count while the user types key messages or questions on the Meeting tab."""
        if self._typing.get(section) != texts:
            self._typing[section] = texts
            idx = self.section_index(section)
            self.dataChanged.emit(idx, idx)

    def order(self) -> tuple[Section, ...]:
        """The sections as the user ordered them (drag, Ctrl+Up/Down)."""
        return ordered_sections(self.composer.briefing)

    def section_index(self, section: Section) -> QModelIndex:
        return self.index(self.order().index(section), 0)

    def index_of(self, annotation_id: str) -> QModelIndex:
        for s, section in enumerate(self.order()):
            for r, item in enumerate(self._items(section)):
                if item.annotation_id == annotation_id:
                    return self.index(r, 0, self.index(s, 0))
        return QModelIndex()

    def section_of(self, index: QModelIndex | QPersistentModelIndex) -> Section | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self.order()[row]

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self.order()) else QModelIndex()
        if parent.internalId() != _TOP:
            return QModelIndex()
        if row >= len(self._items(self.order()[parent.row()])):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> QObject | QModelIndex | None:
        """Without an argument the owning object (QObject.parent), else the index's section row."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.order())
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._items(self.order()[parent.row()]))
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section = self.section_of(index)
        assert section is not None
        if index.internalId() == _TOP:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section_name(section)} ({self.count(section)})"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return section_name(section)
            if role == Qt.ItemDataRole.ToolTipRole and section in TYPED:
                typed = len(getattr(self.composer.briefing, TYPED[section]))
                return self.tr("The outputs open this section with %n text(s) typed on the Meeting tab.", "", typed)
            if role == SECTION_ROLE:
                return section.value
            return None
        items = self._items(section)
        if index.row() >= len(items):
            return None
        item = items[index.row()]
        ann = self._annotation(item)
        if role == ID_ROLE:
            return item.annotation_id
        if role == SECTION_ROLE:
            return section.value
        if ann is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " ".join(item_summary(item, ann).split())
        if role == Qt.ItemDataRole.ToolTipRole:
            edited = self.tr("Edited for the outputs") if (item.text_override or item.translation) else ""
            return "\n".join(p for p in (kind_label(ann.kind), ann.anchor.exact, edited) if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(kind_icon_name(ann.kind))
        if role == KIND_ROLE:
            return ann.kind.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Sections and items")
        return None

    # -- drag and drop -------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsDragEnabled  # sections are dragged too (reordering them)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = [i.data(ID_ROLE) for i in indexes if i.isValid() and i.data(ID_ROLE)]
        sections = [i.data(SECTION_ROLE) for i in indexes if i.isValid() and i.internalId() == _TOP]
        mime = QMimeData()
        if ids:
            mime.setData(MIME_TYPE, QByteArray(ids[0].encode("utf-8")))
        elif sections:
            mime.setData(MIME_TYPE, QByteArray((SECTION_PREFIX + sections[0]).encode("utf-8")))
        return mime

    def section_drop_row(self, row: int, parent: QModelIndex) -> int | None:
        """Where a dragged section lands: between sections (``row``) or onto a section (before it)."""
        if not parent.isValid():
            return row if row >= 0 else len(self.order())
        if parent.internalId() == _TOP:
            return parent.row()
        return None

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[Section, int | None] | None:
        """Where a drop at (``row``, ``parent``) puts an item: onto a section (at ``row`` or the
        end) or onto an item (before it).  Drops between sections are refused."""
        if not parent.isValid():
            return None
        section = self.section_of(parent)
        assert section is not None
        if parent.internalId() == _TOP:
            return section, (row if row >= 0 else None)
        return section, parent.row()

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME_TYPE) or action != Qt.DropAction.MoveAction:
            return False
        if bytes(data.data(MIME_TYPE).data()).decode("utf-8").startswith(SECTION_PREFIX):
            return self.section_drop_row(row, parent) is not None
        return self.drop_target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Ask for the move, then report "not dropped": the composer moves the item itself, so
        the view must not remove the dragged row as it would after a move."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        if payload.startswith(SECTION_PREFIX):
            section = Section(payload[len(SECTION_PREFIX):])
            to_row = self.section_drop_row(row, parent)
            assert to_row is not None
            delta = to_row - self.order().index(section)
            delta = delta - 1 if delta > 0 else delta  # taking the section out shifts the drop point
            QTimer.singleShot(0, lambda: self.composer.move_section(section, delta, self.tr("Move section")))
            return False
        target = self.drop_target(row, parent)
        annotation_id = payload
        assert target is not None
        # After the view has finished its drop handling: the move resets this model.
        QTimer.singleShot(0, lambda: self.composer.move(annotation_id, target[0], target[1], self.tr("Move item")))
        return False
