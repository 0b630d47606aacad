"""Keeps the reading view in step with the workspace, both ways.

Workspace -> view: the current article's text, its marks, the current mark, the spans
of findings; a suggestion under review is scrolled into view with its sentence shaded.
View -> workspace: a click on a highlight selects that mark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from briefing_app.core.annotation import State
from briefing_app.core.commands import Change
from briefing_app.core.sentences import split_sentences

from ..workspace.workspace import Workspace
from .article_view import ArticleView


class ReadingPresenter(QObject):
    def __init__(self, workspace: Workspace, view: ArticleView, finding_spans: Callable[[], list[tuple[int, int]]]) -> None:
        super().__init__(view)
        self.ws = workspace
        self.view = view
        self.finding_spans = finding_spans
        self._sentences: tuple[str, list[tuple[int, int]]] = ("", [])  # text hash -> sentence spans
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
        self.view.set_sentence(None)
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

    def _sentence_of(self, start: int, end: int) -> tuple[int, int] | None:
        art = self.ws.current_article()
        if art is None:
            return None
        if self._sentences[0] != art.text_hash:
            self._sentences = (art.text_hash, split_sentences(art.text, art.language or "de"))
        spans = [s for s in self._sentences[1] if s[0] < end and start < s[1]]
        return (spans[0][0], spans[-1][1]) if spans else None

    def _current_changed(self, annotation_id: str) -> None:
        ann = self.ws.current_annotation()
        reviewing = ann is not None and ann.state is State.SUGGESTED
        self.view.set_sentence(self._sentence_of(ann.anchor.start, ann.anchor.end) if reviewing and ann else None)
        self.refresh_marks()
        # A suggestion under review is always brought into view (Enter/Del/J/K move on);
        # a mark just made from a selection leaves the view where the user is reading.
        if ann is not None and (reviewing or not self.view.text.textCursor().hasSelection()):
            self.view.reveal(ann)
