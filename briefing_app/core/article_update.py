"""Replacing an article's text with a newer version while keeping every mark.

A corrected online version or a later edition changes some sentences and leaves most
of them alone.  Each mark is re-anchored on the new text (:func:`~.anchoring.reanchor`):
``exact`` (same place), ``moved`` (same words elsewhere), ``fuzzy`` (similar words,
needs review) or ``orphaned`` (not found, needs review).  Nothing is dropped: an
orphaned mark keeps its quote and waits at an empty range for the user to re-attach
or delete it, and a figure never re-anchors onto different digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .anchoring import AnchorStatus, orphaned_anchor, reanchor
from .annotation import Annotation, Kind
from .article import Article, merged_metadata, text_hash
from .project import Project


@dataclass
class UpdateSummary:
    """Which marks landed how; ``review`` lists those the user must look at."""

    marks: dict[AnchorStatus, list[str]] = field(default_factory=lambda: {s: [] for s in AnchorStatus})

    def counts(self) -> dict[str, int]:
        """``{"exact": n, "moved": n, "fuzzy": n, "orphaned": n}`` (the CLI prints this)."""
        return {status.value: len(ids) for status, ids in self.marks.items()}

    @property
    def review(self) -> list[str]:
        return self.marks[AnchorStatus.FUZZY] + self.marks[AnchorStatus.ORPHANED]


def place_mark(ann: Annotation, text: str, digest: str | None = None) -> AnchorStatus:
    """Re-anchor one mark on ``text``; fuzzy and orphaned marks are flagged for review."""
    result = reanchor(ann.anchor, text, digits_must_match=ann.kind is Kind.FIGURE, hash_of_text=digest or text_hash(text))
    ann.anchor = result.anchor if result.anchor is not None else orphaned_anchor(ann.anchor, text)
    if result.status.needs_review:
        ann.needs_review = True
    return result.status


def is_orphaned(ann: Annotation) -> bool:
    """An orphan waits at an empty range (see :func:`~.anchoring.orphaned_anchor`)."""
    return ann.anchor.start == ann.anchor.end


def newer_version(old: Article, new: Article) -> Article:
    """``new`` as the next version of ``old``: same id, so its marks stay its own.

    The newer text, original bytes and removed lines replace the old ones (they belong
    together); metadata the new version lacks is kept from the old one.
    """
    fields = merged_metadata(new, old)
    fields["tags"] = merged_metadata(old, new)["tags"]  # the user's tags first, then the edition's new ones
    return replace(new, id=old.id, **fields)


def replace_article(project: Project, article_id: str, new: Article) -> UpdateSummary:
    """Put ``new`` in place of the article and re-anchor all its marks (every state)."""
    old = project.article(article_id)
    project.articles[project.articles.index(old)] = new
    digest = new.text_hash
    summary = UpdateSummary()
    for ann in project.annotations_for(article_id, states=None):
        summary.marks[place_mark(ann, new.text, digest)].append(ann.id)
    return summary


def update_article(project: Project, article_id: str, new: Article) -> UpdateSummary:
    """Replace an article's text with its newer version ``new`` and re-anchor every mark."""
    return replace_article(project, article_id, newer_version(project.article(article_id), new))
