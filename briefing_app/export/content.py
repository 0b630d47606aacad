"""Briefing + project -> :class:`BriefingContent`, the input of both writers.

Here the user's choices become output text: direct speech gets the label language's
quotation marks, reported speech stays a paraphrase without marks, figures are written
in the label language's notation with their hedge word, and every entry names its
source as a footnote number into the derived source list.  The handout renders this
model as it is; :mod:`deck` cuts it into slides.
"""

from __future__ import annotations

import re
from datetime import date

from ..core.annotation import Annotation, Kind, SpeechKind
from ..core.article import Article
from ..core.briefing import BriefingItem, Section
from ..core.compose import Source, derive_sources, ordered_sections, placed_annotations
from ..core.number_format import counted_noun, format_figure, format_number, format_plain, round_significant
from ..core.project import Project
from .conversion import convert
from .labels import Labels
from .model import (
    Block,
    BlockKind,
    BriefingContent,
    Bullet,
    ContentSection,
    Entry,
    FigureTile,
    PersonCard,
    QuoteEntry,
    SourceEntry,
    TitleInfo,
)

_MARKS = "\"'„“”‚‘’«»「」『』"
CONTEXT_CHARS = 400


def strip_marks(text: str) -> str:
    """A selection may include the article's own quotation marks; outputs add their own."""
    return text.strip().strip(_MARKS).strip()


def context_of(article: Article, ann: Annotation) -> str:
    """The paragraph around the annotation (at most ~400 characters), for speaker notes."""
    text = article.text
    start = text.rfind("\n", 0, ann.anchor.start) + 1
    end = text.find("\n", ann.anchor.end)
    end = len(text) if end == -1 else end
    lo = max(start, ann.anchor.start - CONTEXT_CHARS // 2)
    hi = min(end, ann.anchor.end + CONTEXT_CHARS // 2)
    return ("…" if lo > start else "") + text[lo:hi].strip() + ("…" if hi < end else "")


class _Builder:
    def __init__(self, project: Project, labels: Labels) -> None:
        self.project = project
        self.labels = labels
        self.sources: list[Source] = derive_sources(project)
        self.source_of = {s.article_id: s for s in self.sources}

    # -- shared pieces -------------------------------------------------------------
    def ref(self, ann: Annotation) -> str:
        src = self.source_of.get(ann.article_id)
        return f"[{src.number}]" if src else ""

    def short_source(self, ann: Annotation) -> str:
        art = self.project.article(ann.article_id)
        return ", ".join(p for p in (art.outlet or art.display_title(), self.labels.date(art.published)) if p)

    def citation(self, s: Source) -> str:
        lab = self.labels
        parts = [s.outlet] if s.outlet else []
        head = ": ".join(parts + [lab.quoted(s.title)]) if s.title else (s.outlet or "")
        bits = [head]
        if s.published:
            bits.append(lab.date(s.published))
        text = ", ".join(b for b in bits if b) + "."
        if s.url:
            text += f" {s.url}"
        text += f" ({lab['retrieved']} {lab.date(s.retrieved.date())})"
        return text

    def notes(self, ann: Annotation, item: BriefingItem) -> str:
        """Speaker notes: the full original, translation, context, source and the id."""
        lab = self.labels
        art = self.project.article(ann.article_id)
        src = self.source_of.get(ann.article_id)
        lines = [f"{lab['original']}: {ann.anchor.exact}"]
        translation = item.translation or (ann.quote.translation if ann.quote else "")
        if translation:
            lines.append(f"{lab['translation']}: {translation}")
        if ann.comment:
            lines.append(f"{lab['notes']}: {ann.comment}")
        lines.append(f"{lab['context']}: {context_of(art, ann)}")
        if src:
            lines.append(f"{lab['source']} [{src.number}]: {self.citation(src)}")
        lines.append(f"{lab['reference']}: ann:{ann.id}")
        return "\n".join(lines)

    def display_text(self, ann: Annotation, item: BriefingItem) -> str:
        own = item.text_override or item.translation or (ann.quote.translation if ann.quote else "")
        return (own or ann.anchor.exact).strip()

    # -- entries per kind ----------------------------------------------------------
    def quote(self, item: BriefingItem, ann: Annotation) -> QuoteEntry:
        q = ann.quote
        assert q is not None
        shown = strip_marks(self.display_text(ann, item))
        direct = q.speech is SpeechKind.DIRECT
        # Reported speech is a paraphrase standing on its own on a slide: it starts like a
        # sentence even when the article's clause did not ("die Stadt habe …" after "erklärte, dass").
        text = self.labels.quoted(shown) if direct else shown[:1].upper() + shown[1:]
        art = self.project.article(ann.article_id)
        role = ", ".join(p for p in (q.role, q.organisation) if p)
        return QuoteEntry(
            text=text,
            direct=direct,
            speaker=q.speaker,
            role=role,
            date_text=self.labels.date(art.published),
            source_text=self.short_source(ann),
            ref=self.ref(ann),
            ids=(ann.id,),
            notes=self.notes(ann, item),
        )

    def figure(self, item: BriefingItem, ann: Annotation) -> FigureTile:
        f = ann.figure
        assert f is not None
        lab = self.labels
        art = self.project.article(ann.article_id)
        ft = format_figure(f, lab.lang, as_written=ann.anchor.exact, source_lang=art.language)
        # A plain space before the unit, so a tile may wrap "4.300 / Projekte" but never inside "1,2 Bio.".
        value = f"{ft.number} {ft.unit}".strip() if ft.number else strip_marks(ann.anchor.exact)
        conversion = ""
        normalised = ""
        if f.value is not None:
            noun = counted_noun(ann.anchor.exact) if art.language == lab.lang else ""
            normalised = format_plain(f.value, f.unit, lab.lang, as_written=noun)
            conv = convert(f.value, f.unit, "EUR", art.published)
            if conv is not None:
                num, unit = format_number(round_significant(conv.value), "EUR", lab.lang)
                rate = lab["rate_note"].format(date=lab.date(conv.rate_date))
                conversion = f"{lab['approx']} {num}{' ' + unit if unit else ''} ({rate})"
        label = item.text_override or f.label or ann.anchor.exact
        return FigureTile(
            hedge=ft.hedge,
            value=value,
            label=label,
            footnote=f"{lab['source']}: {self.short_source(ann)} {self.ref(ann)}".strip(),
            source_text=self.short_source(ann),
            as_stated=ann.anchor.exact.strip(),
            normalised=normalised,
            conversion=conversion,
            ref=self.ref(ann),
            ids=(ann.id,),
            notes=self.notes(ann, item),
        )

    def person(self, item: BriefingItem, ann: Annotation) -> PersonCard:
        p = ann.person
        assert p is not None
        return PersonCard(
            name=item.text_override or p.name or ann.anchor.exact,
            role=p.role,
            organisation=p.organisation,
            comment=ann.comment,
            ref=self.ref(ann),
            ids=(ann.id,),
            notes=self.notes(ann, item),
        )

    def bullet(self, item: BriefingItem, ann: Annotation) -> Bullet:
        text = strip_marks(self.display_text(ann, item)) if ann.kind is Kind.QUOTE else self.display_text(ann, item)
        return Bullet(text=text, ids=(ann.id,), ref=self.ref(ann), notes=self.notes(ann, item))

    def entry(self, item: BriefingItem, ann: Annotation) -> tuple[BlockKind, Entry]:
        if ann.kind is Kind.QUOTE:
            return BlockKind.QUOTES, self.quote(item, ann)
        if ann.kind is Kind.FIGURE:
            return BlockKind.FIGURES, self.figure(item, ann)
        if ann.kind is Kind.PERSON:
            return BlockKind.PEOPLE, self.person(item, ann)
        return BlockKind.BULLETS, self.bullet(item, ann)

    # -- sections --------------------------------------------------------------------
    def section_blocks(self, section: Section, leading: list[str]) -> list[Block]:
        """Entries grouped into blocks; consecutive entries of one kind share a block."""
        blocks: list[Block] = []
        if leading:
            blocks.append(Block(BlockKind.BULLETS, [Bullet(text=t) for t in leading if t.strip()]))
        for item, ann in placed_annotations(self.project, section):
            kind, entry = self.entry(item, ann)
            if blocks and blocks[-1].kind is kind:
                blocks[-1].entries.append(entry)
            else:
                blocks.append(Block(kind, [entry]))
        return [b for b in blocks if b.entries]

    def sources_block(self) -> Block:
        return Block(
            BlockKind.SOURCES,
            [SourceEntry(s.number, self.citation(s), s.url, s.annotation_ids) for s in self.sources],
        )


def _title_info(project: Project, lab: Labels) -> TitleInfo:
    m = project.briefing.meeting
    subtitle = " · ".join(p for p in (lab.date(m.date), m.place, m.counterpart) if p)
    details = [
        (lab["date"], lab.date(m.date)),
        (lab["place"], m.place),
        (lab["counterpart"], m.counterpart),
        (lab["delegation"], ", ".join(m.delegation)),
        (lab["participants"], ", ".join(m.participants)),
    ]
    return TitleInfo(
        title=m.title or lab["briefing"],
        subtitle=subtitle,
        details=[(k, v) for k, v in details if v],
    )


def build_content(project: Project, lang: str | None = None, as_of: date | None = None) -> BriefingContent:
    """The briefing's output content in the label language (``lang`` None: the briefing's own)."""
    b = project.briefing
    lab = Labels(lang or b.label_language)
    builder = _Builder(project, lab)
    sections: list[ContentSection] = []

    summary = [p.strip() for p in re.split(r"\n\s*\n", b.executive_summary) if p.strip()]
    objectives = [t for t in b.objectives if t.strip()]
    if summary:
        sections.append(ContentSection(None, lab["summary"], [Block(BlockKind.BULLETS, [Bullet(p) for p in summary])], key="summary"))
    if objectives:
        sections.append(ContentSection(None, lab["objectives"], [Block(BlockKind.BULLETS, [Bullet(t) for t in objectives])], key="objectives"))

    leading = {Section.KEY_MESSAGES: b.key_messages, Section.QUESTIONS: b.questions}
    for section in ordered_sections(b):  # the user's order of the sections
        blocks = builder.section_blocks(section, list(leading.get(section, [])))
        if blocks:
            sections.append(ContentSection(section, lab.section(section), blocks, key=section.value))
    if builder.sources:
        sections.append(
            ContentSection(Section.SOURCES, lab.section(Section.SOURCES), [builder.sources_block()], key="sources")
        )

    first = builder.sources[0] if builder.sources else None
    if first is None:
        source_note = ""
    elif len(builder.sources) == 1:
        source_note = f"{lab['source']}: " + ", ".join(p for p in (first.outlet, lab.date(first.published)) if p)
    else:
        source_note = lab["see_sources"]
    return BriefingContent(
        lang=lab.lang,
        title=_title_info(project, lab),
        classification=b.classification,
        as_of=as_of or date.today(),
        sections=sections,
        source_note=source_note,
        subject=" · ".join(p for p in (lab["briefing"], b.meeting.counterpart, lab.date(b.meeting.date)) if p),
    )

