"""The briefing side of the workspace: every composer edit as one undoable command.

The composer widgets never touch the briefing; they call this object, which pushes a
command from :mod:`briefing_app.core.briefing_commands` onto the workspace's shared
undo stack (so Ctrl+Z undoes a reorder or a new title like any mark, and the document
counts as modified).  When marks change, :class:`BriefingSync` brings the briefing in
line (a mark chosen "in briefing" lands in its section) and :attr:`changed` tells the
composer and the preview to redraw.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from briefing_app.core.briefing import Section, clean_takeaway
from briefing_app.core.briefing_commands import (
    BriefingSync,
    EditBriefing,
    EditItem,
    MoveItem,
    SetTakeaway,
    neighbour_position,
)
from briefing_app.core.commands import Change, get_field
from briefing_app.core.compose import ITEM_SECTIONS, find_item, moved_section_order, ordered_sections

from ..workspace.workspace import Workspace


class Composer(QObject):
    changed = Signal()  # anything the briefing shows may have changed

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.sync = BriefingSync()
        workspace.changed.connect(self._on_change)
        workspace.reset.connect(self._on_reset)
        self.sync.sync(workspace.project)

    @property
    def briefing(self):
        return self.ws.project.briefing

    def _on_change(self, change: Change) -> None:
        if not getattr(change, "briefing", False):  # marks changed: some may have been (un)chosen
            self.sync.sync(self.ws.project)
        self.changed.emit()

    def _on_reset(self) -> None:
        self.sync.forget()
        self.sync.sync(self.ws.project)
        self.changed.emit()

    # -- edits -------------------------------------------------------------------------
    def edit(self, path: str, value: Any, text: str) -> bool:
        """Set one briefing field (``"meeting.title"``); nothing is pushed when it is unchanged."""
        if get_field(self.briefing, path) == value:
            return False
        self.ws.push(EditBriefing({path: value}), text)
        return True

    def edit_item(self, annotation_id: str, field: str, value: str, text: str) -> bool:
        where = find_item(self.briefing, annotation_id)
        if where is None or getattr(self.briefing.sections[where[0]][where[1]], field) == value:
            return False
        self.ws.push(EditItem(annotation_id, {field: value}), text)
        return True

    def set_takeaway(self, section: Section, text: str, undo_text: str) -> bool:
        """Set the section's takeaway (empty clears it); nothing is pushed when it is unchanged."""
        if clean_takeaway(text) == self.briefing.takeaway(section):
            return False
        self.ws.push(SetTakeaway(section, text), undo_text)
        return True

    def move(self, annotation_id: str, section: Section, index: int | None, text: str) -> bool:
        """Move an item to ``section`` at ``index`` counted in the list as the user sees it,
        i.e. with the item still in it (a drop point); None puts it at the end."""
        where = find_item(self.briefing, annotation_id)
        if where is None or section not in ITEM_SECTIONS:
            return False
        if index is not None and where[0] is section and where[1] < index:
            index -= 1  # taking the item out shifts the drop point up by one
        if where == (section, index):
            return False
        self.ws.push(MoveItem(annotation_id, section, index), text)
        return True

    def move_section(self, section: Section, delta: int, text: str) -> bool:
        """Move a whole section ``delta`` places (one undo step); the outputs follow the order."""
        order = moved_section_order(self.briefing, section, delta)
        if order is None:
            return False
        self.ws.push(EditBriefing({"section_order": order}), text)
        return True

    def move_by(self, annotation_id: str, delta: int, text: str) -> bool:
        """One step up or down; past a section's edge into the neighbouring section."""
        target = neighbour_position(self.ws.project, annotation_id, delta, ordered_sections(self.briefing))
        if target is None:
            return False
        self.ws.push(MoveItem(annotation_id, target[0], target[1]), text)
        return True
