"""Undoable changes to a project, as plain command objects.

Every edit the user can make in the workspace is one of these.  ``do`` and ``undo``
mutate the :class:`Project` and return a :class:`Change` saying what was touched, so a
front end redraws only that (the GUI wraps each command in a ``QUndoCommand``; a script
or test can call ``do``/``undo`` directly).  Commands keep what they need to undo
themselves (old values, removed records) and hold no reference to any widget.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .annotation import Annotation, State
from .article import Article
from .article_update import UpdateSummary, newer_version, replace_article
from .briefing import Briefing
from .project import Project


@dataclass
class Change:
    """What a command touched; ``structure`` means articles were added or removed."""

    articles: set[str] = field(default_factory=set)
    annotations: set[str] = field(default_factory=set)
    structure: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(self.articles | other.articles, self.annotations | other.annotations, self.structure or other.structure)


class Command:
    """Base: ``text`` names the change for the Edit menu ("Undo Mark quote")."""

    text: str = ""

    def do(self, project: Project) -> Change:  # pragma: no cover - interface
        raise NotImplementedError

    def undo(self, project: Project) -> Change:  # pragma: no cover - interface
        raise NotImplementedError


# -- annotations --------------------------------------------------------------------


class AddAnnotations(Command):
    def __init__(self, annotations: Iterable[Annotation], text: str = "Add annotation") -> None:
        self.annotations = list(annotations)
        self.text = text

    def do(self, project: Project) -> Change:
        for ann in self.annotations:
            project.add_annotation(ann)
        return _touched(self.annotations)

    def undo(self, project: Project) -> Change:
        for ann in self.annotations:
            project.annotations.pop(ann.id, None)
        return _touched(self.annotations)


class RemoveAnnotations(Command):
    def __init__(self, ids: Iterable[str], text: str = "Delete annotation") -> None:
        self.ids = list(ids)
        self.removed: list[Annotation] = []
        self.text = text

    def do(self, project: Project) -> Change:
        self.removed = [project.remove_annotation(i) for i in self.ids if i in project.annotations]
        return _touched(self.removed)

    def undo(self, project: Project) -> Change:
        for ann in self.removed:
            project.annotations[ann.id] = ann
        return _touched(self.removed)


def get_field(record: Annotation | Briefing, path: str) -> Any:
    """Read ``"comment"`` or a sub-record field such as ``"quote.speaker"`` (or ``"meeting.title"`` of a briefing)."""
    obj: Any = record
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_field(record: Annotation | Briefing, path: str, value: Any) -> None:
    *head, last = path.split(".")
    obj: Any = record
    for part in head:
        obj = getattr(obj, part)
    if not hasattr(obj, last):
        raise AttributeError(f"{type(obj).__name__} has no field {last!r}")
    setattr(obj, last, copy.deepcopy(value))


class EditAnnotations(Command):
    """Set fields (dotted paths) on one or more annotations; undo restores the old values."""

    def __init__(self, ids: Iterable[str], changes: dict[str, Any], text: str = "Edit annotation") -> None:
        self.ids = list(ids)
        self.changes = dict(changes)
        self.old: dict[str, tuple[dict[str, Any], datetime]] = {}
        self.text = text

    def do(self, project: Project) -> Change:
        self.old = {}
        for i in self.ids:
            ann = project.annotations[i]
            self.old[i] = ({p: copy.deepcopy(get_field(ann, p)) for p in self.changes}, ann.modified)
            for p, v in self.changes.items():
                set_field(ann, p, v)
            project.touch(ann)
        return Change(articles={project.annotations[i].article_id for i in self.ids}, annotations=set(self.ids))

    def undo(self, project: Project) -> Change:
        for i, (values, modified) in self.old.items():
            ann = project.annotations[i]
            for p, v in values.items():
                set_field(ann, p, v)
            ann.modified = modified
        return Change(articles={project.annotations[i].article_id for i in self.old}, annotations=set(self.old))


def accept(ids: Iterable[str], text: str = "Accept suggestion") -> EditAnnotations:
    """A user's acceptance: the suggestion becomes an accepted mark that goes into the briefing."""
    return EditAnnotations(ids, {"state": State.ACCEPTED, "in_briefing": True}, text)


def reject(ids: Iterable[str], text: str = "Reject suggestion") -> EditAnnotations:
    """Rejected suggestions stay in the project so a re-analysis does not offer them again."""
    return EditAnnotations(ids, {"state": State.REJECTED, "in_briefing": False}, text)


# -- articles -----------------------------------------------------------------------


class AddArticle(Command):
    """Add an article with its (suggested) annotations, e.g. after an import."""

    def __init__(self, article: Article, annotations: Iterable[Annotation] = (), text: str = "Import article") -> None:
        self.article = article
        self.annotations = list(annotations)
        self.text = text

    def do(self, project: Project) -> Change:
        project.add_article(self.article)
        for ann in self.annotations:
            project.add_annotation(ann)
        return Change(articles={self.article.id}, annotations={a.id for a in self.annotations}, structure=True)

    def undo(self, project: Project) -> Change:
        project.remove_article(self.article.id)
        return Change(articles={self.article.id}, annotations={a.id for a in self.annotations}, structure=True)


class RemoveArticle(Command):
    def __init__(self, article_id: str, text: str = "Remove article") -> None:
        self.article_id = article_id
        self.index = -1
        self.removed: tuple[Article, list[Annotation]] | None = None
        self.text = text

    def do(self, project: Project) -> Change:
        self.index = project.articles.index(project.article(self.article_id))
        self.removed = project.remove_article(self.article_id)
        return Change(articles={self.article_id}, annotations={a.id for a in self.removed[1]}, structure=True)

    def undo(self, project: Project) -> Change:
        assert self.removed is not None
        art, anns = self.removed
        project.articles.insert(self.index, art)
        for ann in anns:
            project.annotations[ann.id] = ann
        return Change(articles={art.id}, annotations={a.id for a in anns}, structure=True)


class _ArticleSnapshot(Command):
    """Base for changes that replace an article's record and may move its anchors.

    Keeps the old article and copies of its annotations, so undo puts back exactly what
    was there (including anchors re-stamped for the new text).  Shallow copies suffice:
    these changes only re-assign fields (anchor, state, needs_review), and any later edit
    of a sub-record is undone before this snapshot is restored (undo runs in stack order).
    Deep copies cost seconds on an article with thousands of suggestions.
    """

    def __init__(self, article_id: str, text: str) -> None:
        self.article_id = article_id
        self.text = text
        self.before: tuple[Article, dict[str, Annotation]] | None = None
        self.after: tuple[Article, dict[str, Annotation]] | None = None

    def _apply(self, project: Project) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def _snapshot(self, project: Project) -> tuple[Article, dict[str, Annotation]]:
        anns = project.annotations_for(self.article_id, states=None)
        return project.article(self.article_id), {a.id: copy.copy(a) for a in anns}

    def _restore(self, project: Project, snap: tuple[Article, dict[str, Annotation]]) -> Change:
        art, anns = snap
        current = project.article(self.article_id)
        project.articles[project.articles.index(current)] = art
        for ann_id in [a.id for a in project.annotations.values() if a.article_id == self.article_id]:
            del project.annotations[ann_id]
        for ann in anns.values():
            project.annotations[ann.id] = copy.copy(ann)
        return Change(articles={self.article_id}, annotations=set(anns), structure=True)

    def do(self, project: Project) -> Change:
        if self.after is not None:  # redo: the same result as the first time
            return self._restore(project, self.after)
        self.before = self._snapshot(project)
        self._apply(project)
        self.after = self._snapshot(project)
        return Change(articles={self.article_id}, annotations=set(self.before[1]) | set(self.after[1]), structure=True)

    def undo(self, project: Project) -> Change:
        assert self.before is not None
        return self._restore(project, self.before)


class AppendPage(_ArticleSnapshot):
    """Append a further page; earlier anchors stay valid (the text only grows)."""

    def __init__(self, article_id: str, page: Article, text: str = "Append page") -> None:
        super().__init__(article_id, text)
        self.page = page

    def _apply(self, project: Project) -> None:
        project.append_page(self.article_id, self.page)


class ReplaceArticleText(_ArticleSnapshot):
    """Swap in a re-cleaned text (e.g. a removed line restored) and re-anchor every mark.

    Marks that only re-anchor fuzzily or not at all are flagged ``needs_review``; an
    orphaned mark keeps its quote at an empty range, so nothing is dropped silently.
    ``summary`` says where each mark landed.
    """

    def __init__(self, article_id: str, new_article: Article, text: str = "Restore removed text") -> None:
        super().__init__(article_id, text)
        self.new_article = new_article
        self.summary = UpdateSummary()

    def _apply(self, project: Project) -> None:
        self.summary = replace_article(project, self.article_id, self.new_article)


class UpdateArticle(ReplaceArticleText):
    """Replace an article with a newer version of it (a corrected or later edition).

    The article keeps its id and the metadata the new version lacks; every mark is
    re-anchored (see :mod:`.article_update`), and the whole update is one undo step.
    """

    def __init__(self, article_id: str, new_version: Article, text: str = "Update article") -> None:
        super().__init__(article_id, new_version, text)

    def _apply(self, project: Project) -> None:
        self.new_article = newer_version(project.article(self.article_id), self.new_article)
        super()._apply(project)


class ReplaceSuggestions(Command):
    """Merge fresh analysis results into an article's suggestions, undoably.

    ``merge`` is the analysis module's merge function (it decides which old suggestions
    are kept, replaced or remembered as rejected) and reports what it ``added`` and
    ``removed``; undo and redo replay just that, which stays quick with thousands of
    suggestions.
    """

    def __init__(self, article_id: str, merge: Callable[[Project], Any], text: str = "Analyse article") -> None:
        self.article_id = article_id
        self.merge = merge
        self.text = text
        self.added: list[Annotation] | None = None
        self.removed: list[Annotation] = []

    def do(self, project: Project) -> Change:
        if self.added is None:
            result = self.merge(project)
            self.added, self.removed = list(result.added), list(result.removed)
        else:
            for ann in self.removed:
                project.annotations.pop(ann.id, None)
            for ann in self.added:
                project.annotations[ann.id] = ann
        return self._change()

    def undo(self, project: Project) -> Change:
        for ann in self.added or []:
            project.annotations.pop(ann.id, None)
        for ann in self.removed:
            project.annotations[ann.id] = ann
        return self._change()

    def _change(self) -> Change:
        ids = {a.id for a in (self.added or [])} | {a.id for a in self.removed}
        return Change(articles={self.article_id}, annotations=ids)


class Batch(Command):
    """Several commands as one undo step (e.g. "Accept all quotes")."""

    def __init__(self, commands: Iterable[Command], text: str) -> None:
        self.commands = list(commands)
        self.text = text

    def do(self, project: Project) -> Change:
        change = Change()
        for c in self.commands:
            change = change | c.do(project)
        return change

    def undo(self, project: Project) -> Change:
        change = Change()
        for c in reversed(self.commands):
            change = change | c.undo(project)
        return change


def _touched(anns: Iterable[Annotation]) -> Change:
    anns = list(anns)
    return Change(articles={a.article_id for a in anns}, annotations={a.id for a in anns})
