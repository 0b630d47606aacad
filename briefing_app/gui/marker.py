"""Marking the selected text and acting on the selected mark (delete, in-briefing)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from briefing_app.core.annotation import Kind
from briefing_app.core.commands import EditAnnotations, RemoveAnnotations
from briefing_app.core.errors import BriefingError

from .article_view import ArticleView
from .error_boundary import error_text
from .workspace import Workspace

_MARK_TEXT = {
    Kind.QUOTE: QT_TRANSLATE_NOOP("Marker", "Mark quote"),
    Kind.FIGURE: QT_TRANSLATE_NOOP("Marker", "Mark figure"),
    Kind.KEY_POINT: QT_TRANSLATE_NOOP("Marker", "Mark key point"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Marker", "Mark person"),
    Kind.NOTE: QT_TRANSLATE_NOOP("Marker", "Add note"),
}


class Marker(QObject):
    def __init__(self, workspace: Workspace, view: ArticleView, status: Callable[[str], None],
                 selected_ids: Callable[[], list[str]]) -> None:
        super().__init__(view)
        self.ws = workspace
        self.view = view
        self.status = status
        self.selected_ids = selected_ids

    def mark(self, kind: Kind) -> str:
        """Mark the selection as ``kind``; returns the new mark's id ("" when nothing was marked)."""
        art = self.ws.current_article()
        rng = self.view.selected_range()
        if art is None or rng is None:
            self.status(self.tr("Select some text in the article first."))
            return ""
        from briefing_app.core.marking import mark_command  # the figure grammar loads with the first mark

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
