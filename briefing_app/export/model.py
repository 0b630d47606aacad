"""The neutral output model: typed blocks that both writers render.

Nothing here knows PowerPoint or PDF.  Every entry keeps the ids of the annotations it
came from (``ids``), so each writer can leave a checkable trace of where an item on a
slide or page came from, and the speaker notes can say it in words.  Blocks are lists of
entries so that a writer (or the deck paginator) can split one across slides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..core.briefing import Section


class BlockKind(StrEnum):
    BULLETS = "bullets"
    QUOTES = "quotes"
    FIGURES = "figures"
    TABLE = "table"
    PEOPLE = "people"
    SOURCES = "sources"


@dataclass(frozen=True)
class Bullet:
    text: str
    ids: tuple[str, ...] = ()
    ref: str = ""  # footnote marker of its source, "[1]"
    notes: str = ""
    flag: str = ""  # "⚠ ungeprüft: …" when a figure in it has an open finding
    heading: bool = False  # a sub-heading inside a joined slide ("Ziele")


@dataclass(frozen=True)
class QuoteEntry:
    text: str  # with the label language's marks if direct, plain paraphrase if reported
    direct: bool
    speaker: str
    role: str  # role and organisation, one line
    date_text: str
    source_text: str  # "Wirtschaftskurier, 14.10.2026"
    ref: str
    ids: tuple[str, ...]
    notes: str = ""
    flag: str = ""

    @property
    def attribution(self) -> str:
        who = ", ".join(p for p in (self.speaker, self.role) if p)
        return who


@dataclass(frozen=True)
class FigureTile:
    hedge: str  # "rund" / "about"
    value: str  # "1,2 Bio. Yuan"
    label: str  # what it measures
    footnote: str  # "Quelle: Wirtschaftskurier, 14.10.2026 [1]"
    source_text: str  # "Wirtschaftskurier, 14.10.2026"
    as_stated: str  # the article's own words, "1,2 Billionen Yuan"
    normalised: str  # full number, "1.200.000.000.000 CNY"
    conversion: str  # "ca. 160 Mrd. Euro (EZB-Referenzkurs vom 14.10.2026)" or ""
    ref: str
    ids: tuple[str, ...]
    notes: str = ""
    flag: str = ""  # "⚠ ungeprüft: …" for an open finding
    correction: str = ""  # "korrigiert; im Artikel: 16 Milliarden Euro" when the value was corrected


@dataclass(frozen=True)
class PersonCard:
    name: str
    role: str
    organisation: str
    comment: str
    ref: str
    ids: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True)
class SourceEntry:
    number: int
    text: str  # full citation in the label language
    url: str
    ids: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    ids: tuple[str, ...] = ()
    notes: str = ""


Entry = Bullet | QuoteEntry | FigureTile | PersonCard | SourceEntry | TableRow


@dataclass
class Block:
    kind: BlockKind
    entries: list[Entry]
    header: tuple[str, ...] = ()  # TABLE only

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for e in self.entries for i in e.ids)

    def with_entries(self, entries: list[Entry]) -> Block:
        return Block(self.kind, list(entries), self.header)


@dataclass
class ContentSection:
    """One section of the briefing with its blocks, not yet cut into slides or pages."""

    section: Section | None  # None for the overview (objectives, summary)
    title: str
    blocks: list[Block]
    key: str = ""  # stable name for bookmarks and shape names
    #: The user's conclusion for this section ("action title"): the slide's title, the first line under the heading.
    takeaway: str = ""


@dataclass
class TitleInfo:
    title: str
    subtitle: str
    details: list[tuple[str, str]] = field(default_factory=list)  # (label, value)


@dataclass
class BriefingContent:
    """Everything an output shows, in reading order; the handout renders it as is."""

    lang: str
    title: TitleInfo
    classification: str
    as_of: date
    sections: list[ContentSection]
    source_note: str  # one line for footers: "Quelle: Wirtschaftskurier, 14.10.2026"
    subject: str  # document property
    editorial_notes: list[str] = field(default_factory=list)  # what each "[korrigiert: …]" means, once
    unchecked: list[str] = field(default_factory=list)  # open findings on exported items, for the report
    key_figures: list[FigureTile] = field(default_factory=list)  # the 3–4 figures "at a glance"

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for s in self.sections for b in s.blocks for i in b.ids)
