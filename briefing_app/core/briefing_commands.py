"""Undoable edits of the briefing, as plain command objects (like :mod:`.commands`).

The composer changes meeting details, texts, the classification, the label language,
the output text of a placed item and the order of items only through these, so every
edit is one undo step and a script or test can replay it without Qt.  They return a
:class:`BriefingChange` (a :class:`~.commands.Change` that names the briefing), so views
of annotations ignore them and views of the briefing redraw.

:class:`BriefingSync` keeps the briefing in line with the marks chosen for it.  That is
derived state, not a user edit: choosing or un-choosing a mark is already one undo step
of its own, and the briefing follows it.  Items dropped because their mark left the
briefing are parked, so undoing that brings the item back to its section and position
with its output edits instead of as a fresh copy at the end.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .briefing import MAX_TAKEAWAY_CHARS, BriefingItem, ReactivePoint, Section, clean_takeaway
from .commands import Change, Command, get_field, set_field
from .compose import ItemMove, Placement, RefreshChange, find_item, move_item, refresh_briefing, undo_move
from .project import Project

ITEM_FIELDS = ("text_override", "translation")


@dataclass
class BriefingChange(Change):
    """The briefing changed; ``items`` names the annotation ids whose placed item changed."""

    briefing: bool = True
    items: set[str] = field(default_factory=set)


class EditBriefing(Command):
    """Set briefing fields by dotted path (``"meeting.title"``, ``"classification"``, ``"questions"``)."""

    def __init__(self, changes: dict[str, Any], text: str = "Edit briefing") -> None:
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}
        self.text = text

    def do(self, project: Project) -> BriefingChange:
        b = project.briefing
        self.old = {p: copy.deepcopy(get_field(b, p)) for p in self.changes}
        for p, v in self.changes.items():
            set_field(b, p, v)
        return BriefingChange()

    def undo(self, project: Project) -> BriefingChange:
        for p, v in self.old.items():
            set_field(project.briefing, p, v)
        return BriefingChange()


class SetReactivePoint(Command):
    """Add (``index`` None), change or, with ``remove``, delete one reactive talking point."""

    def __init__(self, index: int | None, topic: str = "", answer: str = "", *, remove: bool = False,
                 text: str = "Edit reactive talking point") -> None:
        self.index = index
        self.point = ReactivePoint(topic, answer)
        self.remove = remove
        self.text = text
        self._old: list[ReactivePoint] = []

    def do(self, project: Project) -> BriefingChange:
        points = project.briefing.reactive
        self._old = copy.deepcopy(points)
        if self.index is None:
            points.append(copy.copy(self.point))
        elif 0 <= self.index < len(points):
            if self.remove:
                del points[self.index]
            else:
                points[self.index] = copy.copy(self.point)
        return BriefingChange()

    def undo(self, project: Project) -> BriefingChange:
        project.briefing.reactive = copy.deepcopy(self._old)
        return BriefingChange()


class SetTakeaway(Command):
    """Set (or, with an empty text, clear) the takeaway of one section; the deck uses it as the slide title."""

    def __init__(self, section: Section, takeaway: str, text: str = "Edit takeaway") -> None:
        cleaned = clean_takeaway(takeaway)
        if len(cleaned) > MAX_TAKEAWAY_CHARS:
            raise ValueError(f"a takeaway has at most {MAX_TAKEAWAY_CHARS} characters, this one has {len(cleaned)}")
        self.section = section
        self.takeaway = cleaned
        self.text = text
        self._old = ""

    def _set(self, project: Project, value: str) -> None:
        if value:
            project.briefing.takeaways[self.section] = value
        else:
            project.briefing.takeaways.pop(self.section, None)

    def do(self, project: Project) -> BriefingChange:
        self._old = project.briefing.takeaway(self.section)
        self._set(project, self.takeaway)
        return BriefingChange()

    def undo(self, project: Project) -> BriefingChange:
        self._set(project, self._old)
        return BriefingChange()


class EditItem(Command):
    """Change what a placed item shows in the outputs (shortened text, translation).

    The annotation and its anchor are never touched.  If the item has left the briefing
    in the meantime (its mark was un-chosen), do and undo change nothing.
    """

    def __init__(self, annotation_id: str, changes: dict[str, str], text: str = "Edit briefing item") -> None:
        unknown = set(changes) - set(ITEM_FIELDS)
        if unknown:
            raise ValueError(f"not an item field: {sorted(unknown)}")
        self.annotation_id = annotation_id
        self.changes = dict(changes)
        self.old: dict[str, str] = {}
        self.text = text

    def _item(self, project: Project) -> BriefingItem | None:
        where = find_item(project.briefing, self.annotation_id)
        return None if where is None else project.briefing.sections[where[0]][where[1]]

    def do(self, project: Project) -> BriefingChange:
        item = self._item(project)
        if item is not None:
            self.old = {k: getattr(item, k) for k in self.changes}
            for k, v in self.changes.items():
                setattr(item, k, v)
        return BriefingChange(items={self.annotation_id})

    def undo(self, project: Project) -> BriefingChange:
        item = self._item(project)
        if item is not None:
            for k, v in self.old.items():
                setattr(item, k, v)
        return BriefingChange(items={self.annotation_id})


class MoveItem(Command):
    """Move a placed item to another position or section (``to_index`` None: the end)."""

    def __init__(self, annotation_id: str, to_section: Section, to_index: int | None, text: str = "Move item") -> None:
        self.annotation_id = annotation_id
        self.to_section = to_section
        self.to_index = to_index
        self.move: ItemMove | None = None
        self.text = text

    def do(self, project: Project) -> BriefingChange:
        self.move = None
        if find_item(project.briefing, self.annotation_id) is not None:
            self.move = move_item(project.briefing, self.annotation_id, self.to_section, self.to_index)
        return BriefingChange(items={self.annotation_id})

    def undo(self, project: Project) -> BriefingChange:
        if self.move is not None and find_item(project.briefing, self.annotation_id) is not None:
            undo_move(project.briefing, self.move)
        return BriefingChange(items={self.annotation_id})


def neighbour_position(project: Project, annotation_id: str, delta: int, sections: tuple[Section, ...]) -> tuple[Section, int] | None:
    """Where one step up (``delta`` -1) or down (+1) takes an item; past a section's edge it
    enters the neighbouring section (at its end going up, at its start going down)."""
    where = find_item(project.briefing, annotation_id)
    if where is None or where[0] not in sections:
        return None
    section, index = where
    count = len(project.briefing.sections.get(section, []))
    target = index + delta
    if 0 <= target < count:
        return section, target
    s = sections.index(section) + delta
    if not 0 <= s < len(sections):
        return None
    other = sections[s]
    return (other, len(project.briefing.sections.get(other, []))) if delta < 0 else (other, 0)


class BriefingSync:
    """Brings the briefing in line with the chosen marks, outside the undo history."""

    def __init__(self) -> None:
        self.parked: dict[str, Placement] = {}

    def sync(self, project: Project) -> RefreshChange:
        change = refresh_briefing(project)
        for p in change.removed:
            self.parked[p.item.annotation_id] = p
        for p in change.added:
            old = self.parked.pop(p.item.annotation_id, None)
            if old is None:
                continue
            for k in ITEM_FIELDS:
                setattr(p.item, k, getattr(old.item, k))
            move_item(project.briefing, p.item.annotation_id, old.section, old.index)
        return change

    def forget(self) -> None:
        """Another project was opened: parked items belong to the old one."""
        self.parked.clear()
