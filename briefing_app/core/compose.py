"""Composing the briefing from the annotations the user chose.

The briefing holds references (``BriefingItem``) to accepted annotations marked
``in_briefing``.  :func:`refresh_briefing` brings it in line with the project: new
choices land in the default section for their kind (appended, so the user's order is
kept), items whose annotation is gone or no longer chosen are dropped, and items already
placed keep their section, position and output edits.  Every mutation returns what it
changed so the GUI can redraw from it and undo can reverse it exactly.

Sources are never typed: :func:`derive_sources` lists the articles the placed items come
from, in order of first use, with outlet, title, dates and URL from the article record.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TypeGuard

from .annotation import Annotation, Kind, State
from .briefing import Briefing, BriefingItem, Section
from .errors import BriefingError
from .figure_checks import check_translation
from .i18n import QT_TRANSLATE_NOOP
from .project import Project
from .results import Finding

DEFAULT_SECTION: dict[Kind, Section] = {
    Kind.QUOTE: Section.QUOTES,
    Kind.FIGURE: Section.KEY_FIGURES,
    Kind.KEY_POINT: Section.KEY_MESSAGES,
    Kind.PERSON: Section.COUNTERPARTS,
    Kind.NOTE: Section.BACKGROUND,
}

# Sections that hold items, in reading order.  SOURCES is derived and holds none.
ITEM_SECTIONS: tuple[Section, ...] = (
    Section.KEY_MESSAGES,
    Section.KEY_FIGURES,
    Section.QUOTES,
    Section.COUNTERPARTS,
    Section.BACKGROUND,
    Section.QUESTIONS,
)


@dataclass(frozen=True)
class Placement:
    """An item at a position: enough to put it back where it was."""

    section: Section
    index: int
    item: BriefingItem


@dataclass
class RefreshChange:
    """What :func:`refresh_briefing` did (placements added and removed), for undo by the caller."""

    added: list[Placement] = field(default_factory=list)
    removed: list[Placement] = field(default_factory=list)
    new_sections: list[Section] = field(default_factory=list)  # sections the refresh opened

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


@dataclass(frozen=True)
class ItemMove:
    """One item moved; ``undo_move`` puts it back."""

    annotation_id: str
    from_section: Section
    from_index: int
    to_section: Section
    to_index: int


def is_chosen(ann: Annotation | None) -> TypeGuard[Annotation]:
    return ann is not None and ann.state is State.ACCEPTED and ann.in_briefing


def find_item(briefing: Briefing, annotation_id: str) -> tuple[Section, int] | None:
    for section, items in briefing.sections.items():
        for i, item in enumerate(items):
            if item.annotation_id == annotation_id:
                return section, i
    return None


def _article_rank(project: Project) -> dict[str, int]:
    return {a.id: i for i, a in enumerate(project.articles)}


def refresh_briefing(project: Project) -> RefreshChange:
    """Add newly chosen annotations, drop items whose annotation is gone; keep the rest."""
    briefing = project.briefing
    change = RefreshChange()
    placed: set[str] = set()
    for section in list(briefing.sections):
        items = briefing.sections[section]
        kept: list[BriefingItem] = []
        for i, item in enumerate(items):
            if is_chosen(project.annotations.get(item.annotation_id)) and item.annotation_id not in placed:
                kept.append(item)
                placed.add(item.annotation_id)
            else:
                change.removed.append(Placement(section, i, item))
        briefing.sections[section] = kept

    rank = _article_rank(project)
    new = [a for a in project.annotations.values() if is_chosen(a) and a.id not in placed]
    new.sort(key=lambda a: (rank.get(a.article_id, len(rank)), a.order, a.anchor.start))
    for ann in new:
        section = DEFAULT_SECTION[ann.kind]
        if section not in briefing.sections:
            change.new_sections.append(section)
        items = briefing.items(section)
        item = BriefingItem(annotation_id=ann.id)
        items.append(item)
        change.added.append(Placement(section, len(items) - 1, item))
    return change


def move_item(briefing: Briefing, annotation_id: str, to_section: Section, to_index: int | None = None) -> ItemMove:
    """Move an item to ``to_section`` at ``to_index`` (end when None); returns the move for undo."""
    if to_section is Section.SOURCES:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "Sources are listed automatically and cannot hold items."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Move the item to another section."),
        )
    where = find_item(briefing, annotation_id)
    if where is None:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "This item is not in the briefing."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Mark it 'in briefing' first."),
        )
    from_section, from_index = where
    item = briefing.items(from_section).pop(from_index)
    target = briefing.items(to_section)
    index = len(target) if to_index is None else max(0, min(to_index, len(target)))
    target.insert(index, item)
    return ItemMove(annotation_id, from_section, from_index, to_section, index)


def undo_move(briefing: Briefing, move: ItemMove) -> ItemMove:
    """Put a moved item back; returns the reverse move (for redo)."""
    return move_item(briefing, move.annotation_id, move.from_section, move.from_index)


def placed_annotations(project: Project, section: Section) -> list[tuple[BriefingItem, Annotation]]:
    """The section's items with their annotations, skipping any that are no longer chosen."""
    out = []
    for item in project.briefing.sections.get(section, []):
        ann = project.annotations.get(item.annotation_id)
        if is_chosen(ann):
            out.append((item, ann))
    return out


@dataclass(frozen=True)
class Source:
    """One article cited in the outputs; ``number`` is its [n] in footnotes."""

    number: int
    article_id: str
    outlet: str
    title: str
    published: date | None
    url: str
    retrieved: datetime
    author: str
    annotation_ids: tuple[str, ...]


def ordered_sections(briefing: Briefing) -> tuple[Section, ...]:
    """The item sections in the user's order; sections the order does not name follow in
    the standard order, so an old project or a new section never loses a section."""
    chosen = [s for s in dict.fromkeys(briefing.section_order) if s in ITEM_SECTIONS]
    return tuple(chosen + [s for s in ITEM_SECTIONS if s not in chosen])


def moved_section_order(briefing: Briefing, section: Section, delta: int) -> list[Section] | None:
    """The order with ``section`` moved ``delta`` places (clamped); None when it cannot move."""
    order = list(ordered_sections(briefing))
    if section not in order:
        return None
    i = order.index(section)
    j = max(0, min(len(order) - 1, i + delta))
    if i == j:
        return None
    order.insert(j, order.pop(i))
    return order


def derive_sources(project: Project) -> list[Source]:
    """Articles behind the placed items, numbered in order of first use."""
    order: list[str] = []
    ids: dict[str, list[str]] = {}
    for section in ordered_sections(project.briefing):
        for _, ann in placed_annotations(project, section):
            if ann.article_id not in ids:
                order.append(ann.article_id)
                ids[ann.article_id] = []
            ids[ann.article_id].append(ann.id)
    sources = []
    for n, article_id in enumerate(order, start=1):
        art = project.article(article_id)
        sources.append(
            Source(
                number=n,
                article_id=art.id,
                outlet=art.outlet,
                title=art.display_title(),
                published=art.published,
                url=art.url,
                retrieved=art.retrieved_at,
                author=art.author,
                annotation_ids=tuple(ids[article_id]),
            )
        )
    return sources


def translation_false_friends(project: Project) -> list[tuple[Annotation, Finding]]:
    """Chosen items whose English translation turns a German "Billion(en)" into "billion".

    A German Billion is 10^12 ("trillion"); writing "billion" understates the figure a
    thousandfold in front of the delegation.  Checked on every translation the outputs
    will show: the item's own and the quote's.
    """
    found: list[tuple[Annotation, Finding]] = []
    for section in ITEM_SECTIONS:
        for item, ann in placed_annotations(project, section):
            for translation in {item.translation, ann.quote.translation if ann.quote else ""} - {""}:
                for finding in check_translation(ann.anchor.exact, translation, ann.anchor.start):
                    found.append((ann, finding))
    return found


@dataclass(frozen=True)
class AppliedCorrection:
    """A figure-check correction the user applied: the article's amount and the value now used."""

    article_id: str
    figure_id: str
    start: int  # the corrected amount's text in the article
    end: int
    as_written: str  # "16 Milliarden Euro"
    value: Decimal
    unit: str
    rate: Decimal | None
    rate_date: date | None
    converted_from: str  # the amount it converts, "1,2 Billionen Yuan"


@dataclass(frozen=True)
class OpenCheck:
    """A figure-check finding nobody has corrected or dismissed yet."""

    article_id: str
    finding: Finding
    factor: int | None  # the power of ten a scale error is off by, when known


@dataclass
class FigureReview:
    corrections: list[AppliedCorrection] = field(default_factory=list)
    open: list[OpenCheck] = field(default_factory=list)

    def corrections_in(self, ann: Annotation) -> list[AppliedCorrection]:
        """Corrections of amounts that lie inside ``ann``'s text (the figure itself, or a quote holding it)."""
        return [c for c in self.corrections
                if c.article_id == ann.article_id and ann.anchor.start <= c.start and c.end <= ann.anchor.end]

    def open_in(self, ann: Annotation) -> list[OpenCheck]:
        """Open findings whose amounts overlap ``ann``'s text."""
        return [o for o in self.open if o.article_id == ann.article_id and any(
            ann.anchor.start < int(e) and int(s) < ann.anchor.end for s, e in o.finding.spans)]


def figure_review(project: Project) -> FigureReview:
    """Corrected and still-open figure findings of the articles the briefing cites.

    Findings are recomputed from the text; whether one is open, corrected or dismissed is
    decided by :mod:`.finding_status` only, so the outputs agree with the app.
    """
    from .corrections import corrected_value, target_figure
    from .finding_status import FindingState, finding_state, needs_attention
    from .suggestions import article_findings

    review = FigureReview()
    for src in derive_sources(project):
        art = project.article(src.article_id)
        for finding in article_findings(art):
            state = finding_state(project, art.id, finding)
            target = target_figure(project, art.id, finding)
            if state is FindingState.CORRECTED and target is not None and target.figure is not None:
                fix = corrected_value(finding)
                assert fix is not None
                sugg = finding.suggestion or {}
                rate_date = sugg.get("rate_date")
                other = [s for s in finding.spans if not (target.anchor.start <= s[0] < target.anchor.end)]
                review.corrections.append(AppliedCorrection(
                    article_id=art.id,
                    figure_id=target.id,
                    start=target.anchor.start,
                    end=target.anchor.end,
                    as_written=target.anchor.exact.strip(),
                    value=fix[0],
                    unit=fix[1] or target.figure.unit,
                    rate=Decimal(str(sugg["rate"])) if sugg.get("rate") is not None else None,
                    rate_date=date.fromisoformat(rate_date) if isinstance(rate_date, str) else None,
                    converted_from=art.text[other[0][0]:other[0][1]] if other else "",
                ))
            elif needs_attention(project, art.id, finding):
                factor = None
                fix = corrected_value(finding)
                if finding.code == "scale_error" and fix and target is not None and target.figure and target.figure.value:
                    ratio = float(fix[0] / target.figure.value)
                    if ratio > 0:
                        factor = 10 ** abs(round(math.log10(ratio)))
                review.open.append(OpenCheck(art.id, finding, factor))
    return review
