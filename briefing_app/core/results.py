"""The analyser's result records: suggestions for quotes, figures and people, and findings.

They live apart from the finders so that the finders, the figure checks, the suggestion
merger and the CLI can share them without importing each other.  Offsets are Python
string indices into the clean article text (``text[start:end] == item.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class QuoteSuggestion:
    text: str
    start: int
    end: int
    speaker: str
    role: str
    organisation: str
    kind: str  # "direct" | "indirect"
    confidence: float
    cue: str  # the evidence: "sagte", "laut", "quotation marks", "Konjunktiv continuation" …

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker or None,
            "role": self.role,
            "organisation": self.organisation,
            "kind": self.kind,
            "confidence": round(self.confidence, 2),
            "cue": self.cue,
        }


@dataclass
class FigureSuggestion:
    text: str
    start: int
    end: int
    value: Decimal
    unit: str  # ISO 4217, "percent", "percentage_points", "CNY/USD", or an English plural
    scale_word: str
    approx: bool
    qualifier: str
    label: str
    confidence: float
    cue: str

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": decimal_to_json(self.value),
            "unit": self.unit,
            "scale_word": self.scale_word,
            "approx": self.approx,
            "qualifier": self.qualifier,
            "label": self.label,
            "confidence": round(self.confidence, 2),
            "cue": self.cue,
        }


@dataclass
class PersonMention:
    text: str
    start: int
    end: int


@dataclass
class Person:
    name: str
    role: str = ""
    organisation: str = ""
    mentions: list[PersonMention] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
            "mentions": [[m.start, m.end] for m in self.mentions],
        }


@dataclass
class Finding:
    severity: str  # "error" | "warning" | "info"
    code: str  # "scale_error", "rate_mismatch", "missing_scale_word", "hedged_conversion", …
    message_de: str
    message_en: str
    spans: list[tuple[int, int]]
    suggestion: dict[str, Any] | None = None  # e.g. {"value": Decimal, "unit": "EUR", "text": "…"}

    def to_json_dict(self) -> dict[str, Any]:
        sugg = None
        if self.suggestion is not None:
            sugg = {k: (decimal_to_json(v) if isinstance(v, Decimal) else v) for k, v in self.suggestion.items()}
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message_en,
            "message_de": self.message_de,
            "spans": [list(s) for s in self.spans],
            "suggestion": sugg,
        }


def decimal_to_json(value: Decimal) -> int | float:
    """A JSON number for a Decimal: an int when integral (exact), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass
class Analysis:
    quotes: list[QuoteSuggestion] = field(default_factory=list)
    figures: list[FigureSuggestion] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # quotes and figures found in the headline, with offsets into the title (not the text):
    # the title is kept apart from the article text, so these cannot anchor in it
    headline_quotes: list[QuoteSuggestion] = field(default_factory=list)
    headline_figures: list[FigureSuggestion] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape (``briefing-app analyse``)."""
        return {
            "quotes": [q.to_json_dict() for q in self.quotes],
            "figures": [f.to_json_dict() for f in self.figures],
            "people": [p.to_json_dict() for p in self.people],
            "findings": [f.to_json_dict() for f in self.findings],
        }
