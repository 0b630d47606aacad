"""The deck model: :class:`BriefingContent` cut into slides of typed blocks.

A slide carries one block and the layout role it needs (``Layout``); the PowerPoint
writer maps roles to a template's layouts by name.  Long sections continue on further
slides ("Stimmen (Fortsetzung)") using a per-kind budget of entries and characters that
keeps slides readable; the writer measures the real text afterwards and splits again if
a box would still overflow at its smallest allowed font size.  The PDF handout uses
:class:`BriefingContent` directly, since platypus flows text across pages by itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..core.project import Project
from .content import build_content
from .labels import Labels
from .model import Block, BlockKind, BriefingContent, Bullet, ContentSection, Entry, TableRow, TitleInfo


class Layout(StrEnum):
    """What a slide needs from a template layout; names match the built-in templates."""

    TITLE = "Title"
    SECTION = "Section"
    BULLETS = "Bullets"
    QUOTE = "Quote"
    FIGURES = "Figures"
    PEOPLE = "People"
    SOURCES = "Sources"


LAYOUT_FOR_BLOCK: dict[BlockKind, Layout] = {
    BlockKind.BULLETS: Layout.BULLETS,
    BlockKind.QUOTES: Layout.QUOTE,
    BlockKind.FIGURES: Layout.FIGURES,
    BlockKind.TABLE: Layout.BULLETS,
    BlockKind.PEOPLE: Layout.PEOPLE,
    BlockKind.SOURCES: Layout.SOURCES,
}

# (most entries, most characters) per slide, by block kind.
BUDGET: dict[BlockKind, tuple[int, int]] = {
    BlockKind.BULLETS: (9, 900),
    BlockKind.QUOTES: (3, 1_300),
    BlockKind.FIGURES: (12, 10_000),
    BlockKind.TABLE: (8, 1_200),
    BlockKind.PEOPLE: (6, 10_000),
    BlockKind.SOURCES: (6, 1200),
}

# Short text sections that share one slide (with sub-headings) when they fit its budget.
JOINED: tuple[tuple[str, ...], ...] = (("summary", "objectives", "key_messages"), ("reactive", "questions"))


@dataclass
class Slide:
    layout: Layout
    title: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""  # section key, used in shape names
    continued: bool = False
    title_info: TitleInfo | None = None  # TITLE slides only
    #: The section's name in small type above a takeaway title ("Zahlen"); empty when the title is the name.
    kicker: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for b in self.blocks for i in b.ids)

    @property
    def notes(self) -> str:
        return "\n\n".join(e.notes for b in self.blocks for e in b.entries if e.notes)


@dataclass
class Deck:
    lang: str
    labels: Labels
    title: TitleInfo
    classification: str
    as_of: date
    source_note: str
    subject: str
    slides: list[Slide]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for s in self.slides for i in s.ids)


def entry_chars(entry: Entry) -> int:
    """Rough size of an entry on a slide, for the per-slide budget."""
    return sum(len(v) for k, v in vars(entry).items() if isinstance(v, str) and k not in _OFF_SLIDE)


_OFF_SLIDE = frozenset({"notes", "as_stated", "normalised", "conversion", "url", "footnote", "source_text", "date_text"})


def paginate(block: Block) -> list[Block]:
    """Split a block into chunks that each fit the budget of one slide (at least one entry each).

    The number of slides comes from a greedy fill; the entries are then spread evenly
    over them (3 + 2 + 2 rather than 3 + 3 + 1), so no slide is left with a lone entry.
    """
    max_entries, max_chars = BUDGET[block.kind]
    chunks: list[list[Entry]] = [[]]
    used = 0
    for entry in block.entries:
        size = entry_chars(entry)
        current = chunks[-1]
        if current and (len(current) >= max_entries or used + size > max_chars):
            chunks.append([])
            used = 0
        chunks[-1].append(entry)
        used += size
    count = len(chunks)
    if count > 1 and len(block.entries) >= count:
        base, extra = divmod(len(block.entries), count)
        sizes = [base + (1 if i < extra else 0) for i in range(count)]
        if all(sum(entry_chars(e) for e in part) <= max_chars for part in _split(block.entries, sizes)):
            chunks = _split(block.entries, sizes)
    return [block.with_entries(c) for c in chunks if c]


def _split(entries: list[Entry], sizes: list[int]) -> list[list[Entry]]:
    out, i = [], 0
    for n in sizes:
        out.append(entries[i : i + n])
        i += n
    return out


def continued_title(labels: Labels, title: str) -> str:
    return f"{title} ({labels['continued']})"


def _as_bullets(block: Block) -> list[Entry]:
    """Text entries of a block on a joined slide; a table row becomes "topic – answer"."""
    if block.kind is BlockKind.BULLETS:
        return list(block.entries)
    return [Bullet(" – ".join(c for c in e.cells if c), e.ids, notes=e.notes) for e in block.entries if isinstance(e, TableRow)]


def _joined_sections(content: BriefingContent, labels: Labels) -> list[ContentSection]:
    """Sections in slide order, with short text sections joined onto one slide each.

    Summary, objectives and key messages make one slide, reactive talking points and
    questions another, as long as their text fits one slide; otherwise each keeps its own.
    """
    by_key = {s.key: s for s in content.sections}
    out: list[ContentSection] = []
    done: set[str] = set()
    for section in content.sections:
        if section.key in done:
            continue
        group = next((g for g in JOINED if section.key in g), None)
        members = [by_key[k] for k in (group or ()) if k in by_key]
        textual = [m for m in members if all(b.kind in (BlockKind.BULLETS, BlockKind.TABLE) for b in m.blocks)]
        entries: list[Entry] = []
        for m in textual:
            if len(textual) > 1:
                entries.append(Bullet(m.title, heading=True))
            entries += [e for b in m.blocks for e in _as_bullets(b)]
        max_entries, max_chars = BUDGET[BlockKind.BULLETS]
        if len(textual) > 1 and sum(entry_chars(e) for e in entries) <= max_chars and len(entries) <= max_entries + len(textual):
            first = textual[0]
            if group == JOINED[0]:
                title = labels["summary_and_messages"] if "summary" in by_key else first.title
            else:
                title = by_key["questions"].title if "questions" in by_key else first.title
            takeaway = next((m.takeaway for m in textual if m.takeaway), "")
            out.append(ContentSection(first.section, title, [Block(BlockKind.BULLETS, entries)], key=first.key, takeaway=takeaway))
            done.update(m.key for m in textual)
            continue
        out.append(section)
        done.add(section.key)
    return out


def deck_from_content(content: BriefingContent) -> Deck:
    labels = Labels(content.lang)
    slides = [Slide(Layout.TITLE, content.title.title, key="title", title_info=content.title)]
    for section in _joined_sections(content, labels):
        first = True
        for block in section.blocks:
            for chunk in paginate(block):
                name = section.title if first else continued_title(labels, section.title)
                title, kicker = (section.takeaway, name) if section.takeaway else (name, "")
                slides.append(Slide(LAYOUT_FOR_BLOCK[block.kind], title, [chunk], key=section.key, continued=not first,
                                    kicker=kicker))
                first = False
    return Deck(
        lang=content.lang,
        labels=labels,
        title=content.title,
        classification=content.classification,
        as_of=content.as_of,
        source_note=content.source_note,
        subject=content.subject,
        slides=slides,
    )


def build_deck(project: Project, lang: str | None = None, as_of: date | None = None) -> Deck:
    """The project's briefing as a deck in ``lang`` (None: the briefing's label language)."""
    return deck_from_content(build_content(project, lang, as_of))


def build_handout(project: Project, lang: str | None = None, as_of: date | None = None) -> BriefingContent:
    """The handout story: the same content, unpaginated (platypus flows it onto pages)."""
    return build_content(project, lang, as_of)
