"""A project: the articles, their annotations and the briefing, held in memory.

This is what a ``.briefing`` file stores (see ``storage/``) and what the GUI edits.
Changes go through the methods here so that every caller (CLI, GUI commands, tests)
keeps the same invariants: annotations always belong to an existing article, and an
article's text is only ever extended (further pages), never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from .anchoring import reanchor
from .annotation import Annotation, Kind, State
from .article import Article, append_page
from .briefing import Briefing
from .errors import BriefingError
from .i18n import QT_TRANSLATE_NOOP
from .notice import Notice


@dataclass
class Project:
    articles: list[Article] = field(default_factory=list)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    briefing: Briefing = field(default_factory=Briefing)
    #: Keys of figure-check findings the user dismissed (see ``finding_status.finding_key``).
    dismissed_findings: set[str] = field(default_factory=set)
    #: What loading the file could not take over (e.g. marks of an article that is gone),
    #: as translatable notices; never saved, shown by ``info`` and the app.
    load_warnings: list[Notice] = field(default_factory=list, compare=False)

    # -- articles ---------------------------------------------------------------
    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "No article with id {article_id} in this project."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Use 'info' to list the ids."),
            article_id=article_id,
        )

    def add_article(self, article: Article) -> Article:
        self.articles.append(article)
        return article

    def remove_article(self, article_id: str) -> tuple[Article, list[Annotation]]:
        """Remove an article and its annotations; returns both so undo can restore them."""
        art = self.article(article_id)
        self.articles.remove(art)
        gone = [a for a in self.annotations.values() if a.article_id == article_id]
        for a in gone:
            del self.annotations[a.id]
        return art, gone

    def append_page(self, article_id: str, page: Article) -> Article:
        """Append ``page`` to the article; existing anchors stay valid (text only grows)."""
        old = self.article(article_id)
        new = append_page(old, page)
        self.articles[self.articles.index(old)] = new
        # Re-stamp anchors with the new text hash: positions are unchanged by an append.
        digest = new.text_hash
        for ann in self.annotations_for(article_id, states=None):
            result = reanchor(ann.anchor, new.text, digits_must_match=ann.kind is Kind.FIGURE, hash_of_text=digest)
            if result.anchor is not None:
                ann.anchor = result.anchor
        return new

    # -- annotations ------------------------------------------------------------
    def annotations_for(self, article_id: str, states: tuple[State, ...] | None = (State.ACCEPTED,)) -> list[Annotation]:
        """Annotations of one article in text order (``states=None``: every state)."""
        found = [
            a
            for a in self.annotations.values()
            if a.article_id == article_id and (states is None or a.state in states)
        ]
        return sorted(found, key=lambda a: (a.anchor.start, a.anchor.end, a.order))

    def accepted(self) -> list[Annotation]:
        return [a for a in self.annotations.values() if a.state is State.ACCEPTED]

    def add_annotation(self, ann: Annotation) -> Annotation:
        self.article(ann.article_id)  # raises if the article is unknown
        self.annotations[ann.id] = ann
        return ann

    def remove_annotation(self, annotation_id: str) -> Annotation:
        return self.annotations.pop(annotation_id)

    def touch(self, ann: Annotation) -> None:
        ann.modified = datetime.now(UTC)
