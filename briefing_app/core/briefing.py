"""The briefing being composed: meeting details, messages, and the chosen annotations.

The briefing stores *references* to annotations (with output-only edits such as a
shortened quote or a translation), never copies of article text, so every item on a
slide or handout page stays traceable to its sentence.  Sources are derived from the
articles the chosen annotations come from and are never typed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Section(StrEnum):
    KEY_MESSAGES = "key_messages"
    KEY_FIGURES = "key_figures"
    QUOTES = "quotes"
    COUNTERPARTS = "counterparts"
    BACKGROUND = "background"
    QUESTIONS = "questions"
    SOURCES = "sources"


class Classification(StrEnum):
    NONE = ""
    INTERNAL = "Intern"
    RESTRICTED = "VS – Nur für den Dienstgebrauch"


@dataclass
class Meeting:
    title: str = ""
    date: date | None = None
    place: str = ""
    counterpart: str = ""  # the other side's organisation
    delegation: list[str] = field(default_factory=list)  # our people
    participants: list[str] = field(default_factory=list)  # their people

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "counterpart": self.counterpart,
            "delegation": list(self.delegation),
            "participants": list(self.participants),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Meeting:
        return cls(
            title=d.get("title", ""),
            date=date.fromisoformat(d["date"]) if d.get("date") else None,
            place=d.get("place", ""),
            counterpart=d.get("counterpart", ""),
            delegation=list(d.get("delegation", [])),
            participants=list(d.get("participants", [])),
        )


@dataclass
class BriefingItem:
    """One annotation placed in a section, with edits that apply to the outputs only."""

    annotation_id: str
    text_override: str = ""  # e.g. a shortened quote; the anchor is untouched
    translation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "annotation_id": self.annotation_id,
            "text_override": self.text_override,
            "translation": self.translation,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BriefingItem:
        return cls(
            annotation_id=d["annotation_id"],
            text_override=d.get("text_override", ""),
            translation=d.get("translation", ""),
        )


@dataclass
class ReactivePoint:
    """A reactive talking point: if the counterpart raises ``topic``, the line to take is ``answer``."""

    topic: str = ""
    answer: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "answer": self.answer}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReactivePoint:
        return cls(topic=str(d.get("topic", "")), answer=str(d.get("answer", "")))


REACTIVE_ARROW = "→"

#: Longest takeaway of a section: one sentence that still fits a slide title in two lines at 16 pt.
MAX_TAKEAWAY_CHARS = 160


def clean_takeaway(text: str) -> str:
    """A takeaway as one line: it becomes a slide title, so line breaks and runs of spaces go."""
    return " ".join(text.split())


def reactive_lines(points: list[ReactivePoint]) -> list[str]:
    """One line per point, "topic → answer", as the composer edits them."""
    return [f"{p.topic} {REACTIVE_ARROW} {p.answer}".strip() if p.answer else p.topic for p in points]


def reactive_from_lines(lines: list[str]) -> list[ReactivePoint]:
    """Lines "topic → answer" (or "->") back into points; a line without an arrow is a topic still to answer."""
    out = []
    for line in lines:
        topic, arrow, answer = line.replace("->", REACTIVE_ARROW).partition(REACTIVE_ARROW)
        if topic.strip() or answer.strip():
            out.append(ReactivePoint(topic.strip(), answer.strip() if arrow else ""))
    return out


@dataclass
class Briefing:
    meeting: Meeting = field(default_factory=Meeting)
    classification: str = ""  # "" = none; a Classification value or the user's own text
    label_language: str = "de"
    objectives: list[str] = field(default_factory=list)
    key_messages: list[str] = field(default_factory=list)
    executive_summary: str = ""
    questions: list[str] = field(default_factory=list)
    reactive: list[ReactivePoint] = field(default_factory=list)
    sections: dict[Section, list[BriefingItem]] = field(default_factory=dict)
    #: The user's order of the item sections; empty means the standard order (see ``compose.ordered_sections``).
    section_order: list[Section] = field(default_factory=list)
    #: The user's one-sentence conclusion per section ("action title"); a section without one keeps its name as title.
    takeaways: dict[Section, str] = field(default_factory=dict)

    def takeaway(self, section: Section) -> str:
        return self.takeaways.get(section, "")

    def items(self, section: Section) -> list[BriefingItem]:
        return self.sections.setdefault(section, [])

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting": self.meeting.to_dict(),
            "classification": self.classification,
            "label_language": self.label_language,
            "objectives": list(self.objectives),
            "key_messages": list(self.key_messages),
            "executive_summary": self.executive_summary,
            "questions": list(self.questions),
            "reactive": [r.to_dict() for r in self.reactive],
            "sections": {s.value: [i.to_dict() for i in items] for s, items in self.sections.items()},
            "section_order": [s.value for s in self.section_order],
            "takeaways": {s.value: t for s, t in self.takeaways.items() if t},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Briefing:
        return cls(
            meeting=Meeting.from_dict(d.get("meeting", {})),
            classification=d.get("classification", ""),
            label_language=d.get("label_language", "de"),
            objectives=list(d.get("objectives", [])),
            key_messages=list(d.get("key_messages", [])),
            executive_summary=d.get("executive_summary", ""),
            questions=list(d.get("questions", [])),
            reactive=[ReactivePoint.from_dict(r) for r in d.get("reactive", []) if isinstance(r, dict)],
            sections={
                Section(k): [BriefingItem.from_dict(i) for i in v] for k, v in d.get("sections", {}).items()
            },
            section_order=[Section(v) for v in d.get("section_order", []) if v in {s.value for s in Section}],
            takeaways={
                Section(k): clean_takeaway(v)[:MAX_TAKEAWAY_CHARS]
                for k, v in d.get("takeaways", {}).items()
                if k in {s.value for s in Section} and isinstance(v, str) and v.strip()
            },
        )
