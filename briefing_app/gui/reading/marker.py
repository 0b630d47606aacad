"""Marking the selected text and acting on the selected mark (delete, in-briefing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.core.annotation import Kind, State
from briefing_app.core.commands import EditAnnotations, RemoveAnnotations
from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.marking import mark_command, trim_range

from ..shell.error_boundary import error_text
from ..workspace.workspace import Workspace
from .article_view import ArticleView
from .kinds import kind_label

_MARK_TEXT = {
    Kind.QUOTE: QT_TRANSLATE_NOOP("Marker", "Mark quote"),
    Kind.FIGURE: QT_TRANSLATE_NOOP("Marker", "Mark figure"),
    Kind.KEY_POINT: QT_TRANSLATE_NOOP("Marker", "Mark key point"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Marker", "Mark person"),
    Kind.NOTE: QT_TRANSLATE_NOOP("Marker", "Add note"),
}


class Marker(QObject):
    def __init__(self, workspace: Workspace, view: ArticleView, status: Callable[[str], None],
                 selected_ids: Callable[[], list[str]], confirm_duplicate: Callable[[str], bool] = lambda _k: True) -> None:
        super().__init__(view)
        self.ws = workspace
        self.view = view
        self.status = status
        self.selected_ids = selected_ids
        self.confirm_duplicate = confirm_duplicate  # asked with the kind's name; True adds a second mark

    def mark(self, kind: Kind) -> str:
        """Mark the selection as ``kind``; returns the new mark's id ("" when nothing was marked)."""
        art = self.ws.current_article()
        rng = self.view.selected_range()
        if art is None or rng is None:
            self.status(self.tr("Select some text in the article first."))
            return ""
        start, end = trim_range(art.text, rng[0], rng[1])
        twin = next((a for a in self.ws.project.annotations_for(art.id, states=(State.ACCEPTED,))
                     if a.kind is kind and a.anchor.start == start and a.anchor.end == end), None)
        if twin is not None and not self.confirm_duplicate(kind_label(kind)):
            self.ws.select_annotation(twin.id)  # show the mark that is already there
            self.status(self.tr("This text is already marked; the existing mark is selected."))
            return ""
        try:
            command, ann_id = mark_command(self.ws.project, art, rng[0], rng[1], kind)
        except BriefingError as err:
            self.status(error_text(err))
            return ""
        self.ws.push(command, QCoreApplication.translate("Marker", _MARK_TEXT[kind]))
        self.view.clear_selection()  # the new highlight shows instead of the selection
        self.ws.select_annotation(ann_id)
        return ann_id

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self.ws.current_annotation_id] if self.ws.current_annotation_id else [])
        if ids:
            self.ws.push(RemoveAnnotations(ids), self.tr("Delete mark"))

    def toggle_in_briefing(self) -> None:
        ann = self.ws.current_annotation()
        if ann is not None:
            self.ws.push(EditAnnotations([ann.id], {"in_briefing": not ann.in_briefing}),
                         self.tr("Leave out of briefing") if ann.in_briefing else self.tr("Include in briefing"))
