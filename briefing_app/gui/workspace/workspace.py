"""The open project, its undo stack, and what the user is looking at.

One object that every view shares: edits go in through :meth:`Workspace.push` (so each is
undoable), and views learn about them from :attr:`changed` / :attr:`reset`.  The current
article and annotation live here too, so selecting a mark in the text, in the list or in
the suggestions panel is one state that all of them follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.core.annotation import Annotation, State
from briefing_app.core.commands import Change, Command
from briefing_app.core.finding_status import open_findings, touched_annotations
from briefing_app.core.project import Project
from briefing_app.core.results import Finding

from .undo import CoreUndoCommand


class Workspace(QObject):
    changed = Signal(object)  # core.commands.Change
    reset = Signal()  # another project was loaded
    currentArticleChanged = Signal(str)
    currentAnnotationChanged = Signal(str)
    findingsChanged = Signal(str)  # article id
    commitRequested = Signal()  # editors take over text still being typed (see commit_pending_edits)

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project or Project()
        self.undo_stack = QUndoStack(self)
        self.current_article_id = ""
        self.current_annotation_id = ""
        self.findings: dict[str, list[Any]] = {}  # article id -> analysis findings (not stored in the file)
        self._findings_hash: dict[str, str] = {}  # article id -> text hash the findings were computed on
        self._attention: dict[str, list[Finding]] | None = None  # annotation id -> open findings touching it
        self._select_first_article()

    # -- edits ---------------------------------------------------------------------
    def push(self, command: Command, text: str = "") -> None:
        self.undo_stack.push(CoreUndoCommand(command, lambda: self.project, self._on_change, text))

    def commit_pending_edits(self) -> None:
        """Every editor commits what is still being typed (before save, close, autosave, export)."""
        self.commitRequested.emit()

    def _on_change(self, change: Change) -> None:
        self._attention = None
        self._drop_stale_findings(change)
        if change.structure and self.current_article_id not in {a.id for a in self.project.articles}:
            self.current_article_id = ""
            self._select_first_article(emit=False)
            self.current_annotation_id = ""
            self.changed.emit(change)
            self.currentArticleChanged.emit(self.current_article_id)
            return
        if self.current_annotation_id and self.current_annotation_id not in self.project.annotations:
            self.current_annotation_id = ""
        self.changed.emit(change)

    def set_project(self, project: Project) -> None:
        self.project = project
        self.undo_stack.clear()
        self.findings = {}
        self._findings_hash = {}
        self._attention = None
        self.current_article_id = ""
        self.current_annotation_id = ""
        self._select_first_article(emit=False)
        self.reset.emit()
        self.currentArticleChanged.emit(self.current_article_id)

    # -- selection -----------------------------------------------------------------
    def _select_first_article(self, emit: bool = True) -> None:
        if self.project.articles and not self.current_article_id:
            self.current_article_id = self.project.articles[0].id
            if emit:
                self.currentArticleChanged.emit(self.current_article_id)

    def select_article(self, article_id: str) -> None:
        if article_id == self.current_article_id:
            return
        self.current_article_id = article_id
        if self.current_annotation_id:
            ann = self.project.annotations.get(self.current_annotation_id)
            if ann is None or ann.article_id != article_id:
                self.current_annotation_id = ""
                self.currentAnnotationChanged.emit("")
        self.currentArticleChanged.emit(article_id)

    def select_annotation(self, annotation_id: str) -> None:
        if annotation_id == self.current_annotation_id:
            return
        ann = self.project.annotations.get(annotation_id)
        if ann is not None and ann.article_id != self.current_article_id:
            self.current_annotation_id = annotation_id
            self.current_article_id = ann.article_id
            self.currentArticleChanged.emit(ann.article_id)
        self.current_annotation_id = annotation_id if ann is not None else ""
        self.currentAnnotationChanged.emit(self.current_annotation_id)

    def current_article(self):
        try:
            return self.project.article(self.current_article_id) if self.current_article_id else None
        except Exception:  # an id that vanished means "none"
            return None

    def current_annotation(self) -> Annotation | None:
        return self.project.annotations.get(self.current_annotation_id)

    # -- findings ------------------------------------------------------------------
    def set_findings(self, article_id: str, findings: list[Any], text_hash: str | None = None) -> None:
        """Findings of one article, computed on the text with ``text_hash`` (its current text when None)."""
        article = self._article(article_id)
        if article is None:
            return
        current = article.text_hash
        if text_hash is not None and text_hash != current:
            return  # computed on a text that is gone
        self.findings[article_id] = list(findings)
        self._findings_hash[article_id] = current
        self._attention = None
        self.findingsChanged.emit(article_id)

    def has_current_findings(self, article_id: str, text_hash: str) -> bool:
        return article_id in self.findings and self._findings_hash.get(article_id) == text_hash

    def _article(self, article_id: str):
        return next((a for a in self.project.articles if a.id == article_id), None)

    def _drop_stale_findings(self, change: Change) -> None:
        """Findings of removed articles, or of articles whose text changed, no longer hold."""
        ids = list(self.findings) if change.structure else [a for a in change.articles if a in self.findings]
        for article_id in ids:
            article = self._article(article_id)
            if article is None or article.text_hash != self._findings_hash.get(article_id):
                del self.findings[article_id]
                self._findings_hash.pop(article_id, None)
                self._attention = None
                self.findingsChanged.emit(article_id)

    # -- findings that still need the user ---------------------------------------------
    def open_findings(self, article_id: str) -> list[Finding]:
        """Errors and warnings of an article not yet corrected or dismissed (``finding_status``)."""
        return open_findings(self.project, article_id, self.findings.get(article_id, []))

    def attention(self, annotation_id: str) -> list[Finding]:
        """Open findings touching a mark or suggestion, errors first: shown where it is decided on."""
        if self._attention is None:
            index: dict[str, list[Finding]] = {}
            for article_id in self.findings:
                for finding in self.open_findings(article_id):
                    for ann in touched_annotations(self.project, article_id, finding):
                        index.setdefault(ann.id, []).append(finding)
            for found in index.values():
                found.sort(key=lambda f: f.severity != "error")
            self._attention = index
        return self._attention.get(annotation_id, [])

    def attention_ids(self) -> set[str]:
        self.attention("")
        return set(self._attention or ())

    # -- counts for the status bar ---------------------------------------------------
    def counts(self) -> dict[str, int]:
        anns = self.project.annotations.values()
        return {
            "articles": len(self.project.articles),
            "annotations": sum(1 for a in anns if a.state is State.ACCEPTED),
            "suggestions": sum(1 for a in anns if a.state is State.SUGGESTED),
            "findings": sum(len(self.open_findings(aid)) for aid in self.findings),
        }
