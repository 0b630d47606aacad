"""The article: clean text that annotations point into, plus its metadata.

``Article.text`` is never edited in place once annotations exist: anchors store offsets
and a hash of the text they were made against.  Further pages are *appended*
(:func:`append_page`), which keeps every earlier offset valid.  The original bytes are
kept for provenance, and every boilerplate line that import removed is kept with the
reason, so the user can see (and restore) what was taken away.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any


def new_id() -> str:
    return uuid.uuid4().hex


def text_hash(text: str) -> str:
    """Stable fingerprint of a clean text (anchors remember which text they were made on)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RemovedLine:
    """A line import took out of the text, and why (``breadcrumb``, ``share``, ``pager`` …).

    ``line`` is its index among the lines of the raw text so a restore can put it back
    where it was.
    """

    text: str
    reason: str
    line: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "line": self.line}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RemovedLine:
        return cls(text=d["text"], reason=d["reason"], line=int(d.get("line", -1)))


@dataclass
class Article:
    text: str
    id: str = field(default_factory=new_id)
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = ""
    retrieved_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    original: bytes = b""
    original_name: str = ""
    original_format: str = ""
    removed: list[RemovedLine] = field(default_factory=list)
    page_count: int = 1
    #: Lines of the raw text of all pages (plus one per page break) that ``RemovedLine.line``
    #: counts in; 0 when unknown (files saved before it was kept): see :meth:`raw_line_span`.
    line_count: int = 0

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    def raw_line_span(self) -> int:
        """Raw lines the pages occupy, estimated from the text and removed lines when unknown."""
        if self.line_count:
            return self.line_count
        return max([len(self.text.split("\n"))] + [r.line + 1 for r in self.removed])

    def display_title(self) -> str:
        """Title for lists: the headline, else the first words of the text."""
        if self.title:
            return self.title
        first = self.text.strip().split("\n", 1)[0]
        return first[:80] + ("…" if len(first) > 80 else "")

    def to_dict(self, *, with_original: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "section": self.section,
            "tags": list(self.tags),
            "language": self.language,
            "url": self.url,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "retrieved_at": self.retrieved_at.isoformat(),
            "original_name": self.original_name,
            "original_format": self.original_format,
            "page_count": self.page_count,
            "line_count": self.line_count,
        }
        if with_original:
            d["original"] = self.original
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        published = d.get("published")
        retrieved = d.get("retrieved_at")
        return cls(
            id=d["id"],
            text=d["text"],
            title=d.get("title", ""),
            outlet=d.get("outlet", ""),
            author=d.get("author", ""),
            published=date.fromisoformat(published) if published else None,
            url=d.get("url", ""),
            section=d.get("section", ""),
            tags=list(d.get("tags", [])),
            language=d.get("language", ""),
            retrieved_at=datetime.fromisoformat(retrieved) if retrieved else datetime.now(UTC),
            original=d.get("original", b"") or b"",
            original_name=d.get("original_name", ""),
            original_format=d.get("original_format", ""),
            removed=[RemovedLine.from_dict(r) for r in d.get("removed", [])],
            page_count=int(d.get("page_count", 1)),
            line_count=int(d.get("line_count", 0)),
        )


PAGE_SEPARATOR = "\n\n"


def append_page(article: Article, page: Article) -> Article:
    """Return ``article`` with ``page`` appended as its next page.

    Offsets into the earlier pages stay valid because text is only added at the end.
    Metadata the first page lacks is taken from the later page; removed lines and tags
    are merged.  The original bytes of the first page stay the provenance record.

    The page's removed lines are renumbered to follow all raw lines of the pages before
    it (plus one for the page break), so every ``RemovedLine.line`` stays unique within
    the article and a restore finds the page a line came from.
    """
    if not page.text.strip():
        return article
    offset = article.raw_line_span() + 1
    shifted = [replace(r, line=r.line + offset) if r.line >= 0 else r for r in page.removed]
    base = article.text.rstrip("\n")
    return replace(
        article,
        text=base + PAGE_SEPARATOR + page.text.strip("\n"),
        **merged_metadata(article, page),
        removed=list(article.removed) + shifted,
        page_count=article.page_count + page.page_count,
        line_count=offset + page.raw_line_span(),
    )


def merged_metadata(first: Article, second: Article) -> dict[str, Any]:
    """The metadata fields of ``first``, each taken from ``second`` where ``first`` has none;
    tags of both, ``first``'s before ``second``'s new ones (further pages, updated editions)."""
    return {
        "title": first.title or second.title,
        "outlet": first.outlet or second.outlet,
        "author": first.author or second.author,
        "published": first.published or second.published,
        "url": first.url or second.url,
        "section": first.section or second.section,
        "language": first.language or second.language,
        "tags": list(first.tags) + [t for t in second.tags if t not in first.tags],
    }
