"""Annotations: what the user (or a suggestion) marked in an article.

One record type for every kind, with the kind-specific parts in small sub-records, so
that lists, filters, storage and undo treat all kinds alike.  Suggestions from the
extractor are annotations in state ``SUGGESTED``; accepting one flips the state, so a
rejected suggestion is remembered and not offered again on the next analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .anchoring import Anchor
from .article import new_id


class Kind(StrEnum):
    QUOTE = "quote"
    FIGURE = "figure"
    KEY_POINT = "key_point"
    PERSON = "person"
    NOTE = "note"


class State(StrEnum):
    SUGGESTED = "suggested"  # offered by the analyser, not yet decided
    ACCEPTED = "accepted"  # the user's own mark or an accepted suggestion
    REJECTED = "rejected"  # kept so re-analysis does not offer it again


class SpeechKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass
class QuoteInfo:
    speaker: str = ""
    role: str = ""
    organisation: str = ""
    speech: SpeechKind = SpeechKind.INDIRECT
    translation: str = ""  # the user's translation or paraphrase for the outputs

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "role": self.role,
            "organisation": self.organisation,
            "speech": self.speech.value,
            "translation": self.translation,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuoteInfo:
        return cls(
            speaker=d.get("speaker", ""),
            role=d.get("role", ""),
            organisation=d.get("organisation", ""),
            speech=SpeechKind(d.get("speech", "indirect")),
            translation=d.get("translation", ""),
        )


@dataclass
class FigureInfo:
    value: Decimal | None = None  # the true value with the scale applied (1,2 Billionen -> 1.2e12)
    unit: str = ""  # ISO 4217 code, "percent", "percentage_points" or a plural noun
    scale_word: str = ""  # as written: "Billionen", "Mrd.", "bn"
    approx: bool = False
    qualifier: str = ""  # as written: "rund", "über", "about"
    label: str = ""  # what it measures: "Gesamtinvestitionsvolumen"

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": str(self.value) if self.value is not None else None,
            "unit": self.unit,
            "scale_word": self.scale_word,
            "approx": self.approx,
            "qualifier": self.qualifier,
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FigureInfo:
        v = d.get("value")
        return cls(
            value=Decimal(v) if v not in (None, "") else None,
            unit=d.get("unit", ""),
            scale_word=d.get("scale_word", ""),
            approx=bool(d.get("approx", False)),
            qualifier=d.get("qualifier", ""),
            label=d.get("label", ""),
        )


@dataclass
class PersonInfo:
    name: str = ""
    role: str = ""
    organisation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "organisation": self.organisation}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PersonInfo:
        return cls(name=d.get("name", ""), role=d.get("role", ""), organisation=d.get("organisation", ""))


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Annotation:
    article_id: str
    anchor: Anchor
    kind: Kind
    id: str = field(default_factory=new_id)
    state: State = State.ACCEPTED
    comment: str = ""
    tags: list[str] = field(default_factory=list)
    in_briefing: bool = False
    order: int = 0
    quote: QuoteInfo | None = None
    figure: FigureInfo | None = None
    person: PersonInfo | None = None
    confidence: float = 1.0  # 1.0 for the user's own marks
    cue: str = ""  # the evidence that made the analyser suggest it
    needs_review: bool = False  # set when re-anchoring was only fuzzy or failed
    created: datetime = field(default_factory=_now)
    modified: datetime = field(default_factory=_now)

    def __post_init__(self) -> None:
        # Every kind carries its sub-record, so editors never have to test for None.
        if self.kind is Kind.QUOTE and self.quote is None:
            self.quote = QuoteInfo()
        if self.kind is Kind.FIGURE and self.figure is None:
            self.figure = FigureInfo()
        if self.kind is Kind.PERSON and self.person is None:
            self.person = PersonInfo(name=self.anchor.exact)

    @property
    def text(self) -> str:
        return self.anchor.exact

    def payload(self) -> dict[str, Any]:
        """Kind-specific and bookkeeping fields (stored as one JSON column)."""
        return {
            "comment": self.comment,
            "tags": list(self.tags),
            "quote": self.quote.to_dict() if self.quote else None,
            "figure": self.figure.to_dict() if self.figure else None,
            "person": self.person.to_dict() if self.person else None,
            "confidence": self.confidence,
            "cue": self.cue,
            "needs_review": self.needs_review,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "kind": self.kind.value,
            "state": self.state.value,
            "anchor": self.anchor.to_dict(),
            "in_briefing": self.in_briefing,
            "order": self.order,
            "created": self.created.isoformat(),
            "modified": self.modified.isoformat(),
            **self.payload(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Annotation:
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            kind=Kind(d["kind"]),
            state=State(d.get("state", "accepted")),
            anchor=Anchor.from_dict(d["anchor"]),
            in_briefing=bool(d.get("in_briefing", False)),
            order=int(d.get("order", 0)),
            comment=d.get("comment", ""),
            tags=list(d.get("tags", [])),
            quote=QuoteInfo.from_dict(d["quote"]) if d.get("quote") else None,
            figure=FigureInfo.from_dict(d["figure"]) if d.get("figure") else None,
            person=PersonInfo.from_dict(d["person"]) if d.get("person") else None,
            confidence=float(d.get("confidence", 1.0)),
            cue=d.get("cue", ""),
            needs_review=bool(d.get("needs_review", False)),
            created=datetime.fromisoformat(d["created"]) if d.get("created") else _now(),
            modified=datetime.fromisoformat(d["modified"]) if d.get("modified") else _now(),
        )
