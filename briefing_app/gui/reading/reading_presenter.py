"""Keeps the reading view in step with the workspace, both ways.

Workspace -> view: the current article's text, its marks, the current mark, the spans
of findings.  View -> workspace: a click on a highlight selects that mark.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from briefing_app.core.commands import Change

from ..workspace.workspace import Workspace
from .article_view import ArticleView


class ReadingPresenter(QObject):
    def __init__(self, workspace: Workspace, view: ArticleView, finding_spans: Callable[[], list[tuple[int, int]]]) -> None:
        super().__init__(view)
        self.ws = workspace
        self.view = view
        self.finding_spans = finding_spans
        workspace.currentArticleChanged.connect(lambda _aid: self.show_article())
        workspace.reset.connect(self.show_article)
        workspace.changed.connect(self._changed)
        workspace.currentAnnotationChanged.connect(self._current_changed)
        workspace.findingsChanged.connect(lambda aid: self.refresh_marks() if aid == self.ws.current_article_id else None)
        view.annotationClicked.connect(workspace.select_annotation)
        self.show_article()

    def _marks(self):
        aid = self.ws.current_article_id
        return self.ws.project.annotations_for(aid, states=None) if aid else []

    def show_article(self) -> None:
        self.view.set_article(self.ws.current_article(), self._marks(), self.ws.current_annotation_id, self.finding_spans())
        ann = self.ws.current_annotation()
        if ann is not None:
            self.view.reveal(ann)

    def refresh_marks(self) -> None:
        self.view.set_marks(self._marks(), self.ws.current_annotation_id, self.finding_spans())

    def _changed(self, change: Change) -> None:
        if self.ws.current_article_id in change.articles or change.structure:
            art = self.ws.current_article()
            if art is not self.view.article:
                self.show_article()
            else:
                self.refresh_marks()

    def _current_changed(self, annotation_id: str) -> None:
        self.refresh_marks()
        ann = self.ws.current_annotation()
        if ann is not None and not self.view.text.textCursor().hasSelection():
            self.view.reveal(ann)
