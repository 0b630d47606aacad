"""Briefing + project -> :class:`BriefingContent`, the input of both writers.

Here the user's choices become output text: direct speech gets the label language's
quotation marks, reported speech stays a paraphrase without marks, figures are written
in the label language's notation with their hedge word, and every entry names its
source as a footnote number into the derived source list.  The handout renders this
model as it is; :mod:`deck` cuts it into slides.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from ..core.annotation import Annotation, Kind, SpeechKind
from ..core.article import Article
from ..core.briefing import BriefingItem, Section
from ..core.compose import (
    AppliedCorrection,
    FigureReview,
    Source,
    derive_sources,
    figure_review,
    ordered_sections,
    placed_annotations,
)
from ..core.number_format import (
    counted_noun,
    format_decimal,
    format_figure,
    format_number,
    format_plain,
    round_significant,
)
from ..core.project import Project
from ..core.statements import neighbour_sentences, quote_statement, sentence_of
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
    TableRow,
    TitleInfo,
)
from .safe_text import MAX_MARKING, clean, shorten

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


_MONEY = re.compile(r"^[A-Z]{3}$")


def _is_pair(text: str, a: Annotation, b: Annotation) -> bool:
    """``b`` converts ``a`` into another currency right after it: "1,2 Billionen Yuan (rund 16 Milliarden Euro)"."""
    if a.article_id != b.article_id or a.figure is None or b.figure is None:
        return False
    if not (_MONEY.match(a.figure.unit or "") and _MONEY.match(b.figure.unit or "")) or a.figure.unit == b.figure.unit:
        return False
    between = text[a.anchor.end:b.anchor.start]
    return 0 <= len(between) <= 40 and ")" not in between and ("(" in between or "umgerechnet" in between or "converted" in between)


def _measured_label(article: Article, ann: Annotation, value: str) -> str:
    """A label that says what is measured when the mark's own label only repeats the unit noun."""
    f = ann.figure
    label = (f.label if f else "") or ""
    if label and label.lower() not in value.lower():
        return label
    rest = re.split(r"[,.;:()\n]", article.text[ann.anchor.end:ann.anchor.end + 90], maxsplit=1)[0].split()[:6]
    caps = [i for i, w in enumerate(rest) if w[:1].isupper()]
    if caps and article.language == "de":
        tail = " ".join(rest[: caps[-1] + 1])
    elif article.language != "de" and rest and rest[0].lower() in ("of", "in", "for", "from", "at"):
        tail = " ".join(rest[:5])
    else:
        tail = ""
    noun = (label or counted_noun(ann.anchor.exact) or "").strip()
    if tail:
        return f"{noun} {tail}".strip()
    clause = _clause_around(article.text, ann.anchor.start, ann.anchor.end)
    return clause or label or ann.anchor.exact.strip()


def _clause_around(text: str, start: int, end: int, limit: int = 80) -> str:
    """The clause holding a figure with the figure left out: "Bis 2030 sollen in dem Cluster … angesiedelt werden"."""
    lo = max(text.rfind(c, 0, start) for c in ".;,:\n(") + 1
    ends = [i for i in (text.find(c, end) for c in ".;,:\n)") if i != -1]
    hi = min(ends) if ends else len(text)
    before = re.sub(r"\b(?:rund|etwa|über|knapp|mehr als|fast|about|over|some|nearly|around)\s*$", "", text[lo:start].strip(), flags=re.I)
    after = text[end:hi].strip()
    if not before and not after:
        return ""
    clause = " ".join(p for p in (before.strip(), "…", after) if p)
    return clause if len(clause) <= limit else ""


class _Builder:
    def __init__(self, project: Project, labels: Labels) -> None:
        self.project = project
        self.labels = labels
        self.sources: list[Source] = derive_sources(project)
        self.source_of = {s.article_id: s for s in self.sources}
        self.review: FigureReview = figure_review(project)
        self.editorial_notes: list[str] = []
        self.unchecked: list[str] = []

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
        head = ": ".join([*parts, lab.quoted(s.title)]) if s.title else (s.outlet or "")
        bits = [head]
        if s.published:
            bits.append(lab.date(s.published))
        text = ", ".join(b for b in bits if b) + "."
        if s.url:
            text += f" {s.url}"
        text += f" ({lab['retrieved']} {lab.date(s.retrieved.date())})"
        return text

    # -- corrections and open findings -------------------------------------------------
    def amount(self, c: AppliedCorrection) -> str:
        num, unit = format_number(round_significant(c.value), c.unit, self.labels.lang)
        return f"{self.labels['about']} {num}{' ' + unit if unit else ''}"

    def insertion(self, c: AppliedCorrection) -> str:
        """The editorial insertion placed right after a corrected amount: "[korrigiert: ca. 160 Mrd. Euro, EZB-Kurs vom …]"."""
        lab = self.labels
        self.explain(c)
        if c.rate_date is None:
            return lab["corrected_insert_nodate"].format(value=self.amount(c))
        return lab["corrected_insert"].format(value=self.amount(c), date=lab.date(c.rate_date))

    def explain(self, c: AppliedCorrection) -> str:
        lab = self.labels
        if c.rate is not None and c.rate_date is not None and c.converted_from:
            art = self.project.article(c.article_id)
            source_unit = next((a.figure.unit for a in self.project.annotations.values()
                                if a.article_id == art.id and a.figure and a.anchor.exact.strip() == c.converted_from.strip()), "")
            note = lab["correction_note"].format(
                as_written=c.as_written, source=c.converted_from, date=lab.date(c.rate_date),
                from_unit=source_unit or "", rate=format_decimal(c.rate, lab.lang, max_places=4),
                to_unit=c.unit, value=self.amount(c),
            ).replace("1  =", "1 =")
        else:
            note = lab["correction_note_short"].format(as_written=c.as_written, value=self.amount(c))
        if note not in self.editorial_notes:
            self.editorial_notes.append(note)
        return note

    def with_corrections(self, text: str, ann: Annotation) -> str:
        """``text`` with an editorial insertion after every corrected amount it contains."""
        for c in self.review.corrections_in(ann):
            if c.figure_id == ann.id:
                continue
            insert = self.insertion(c)
            at = text.find(c.as_written)
            if at >= 0:
                at += len(c.as_written)
                text = f"{text[:at]} {insert}{text[at:]}"
            else:  # the user's own wording: name the amount the insertion is about
                text = f"{text} ({c.as_written} {insert})"
        return text

    def flag(self, *anns: Annotation) -> str:
        """"⚠ ungeprüft: …" for open findings on these marks; each is also listed in the report."""
        lab = self.labels
        whats: list[str] = []
        for ann in anns:
            for check in self.review.open_in(ann):
                code = check.finding.code
                if code == "scale_error":
                    what = lab["check_scale_error"].format(factor=check.factor) if check.factor else lab["check_scale_error_nofactor"]
                elif code in ("missing_scale_word", "rate_mismatch"):
                    what = lab[f"check_{code}"]
                else:
                    what = lab["check_other"]
                if what not in whats:
                    whats.append(what)
                message = check.finding.message_de if lab.lang == "de" else check.finding.message_en
                if message not in self.unchecked:
                    self.unchecked.append(message)
        return "; ".join(lab["unchecked"].format(what=w) for w in whats)

    def notes(self, ann: Annotation, item: BriefingItem, shown: str = "") -> str:
        """Speaker notes for people: the full passage, what came before and after, who said it, the source."""
        lab = self.labels
        art = self.project.article(ann.article_id)
        src = self.source_of.get(ann.article_id)
        original = ann.anchor.exact.strip() if ann.kind is Kind.QUOTE else sentence_of(
            art.text, ann.anchor.start, ann.anchor.end, art.language)
        lines = [f"{lab['original']}: {original}"]
        before, after = neighbour_sentences(art.text, ann.anchor.start, ann.anchor.end, art.language)
        if before:
            lines.append(f"{lab['before']}: {before}")
        if after:
            lines.append(f"{lab['after']}: {after}")
        if ann.quote is not None:
            who = ", ".join(p for p in (ann.quote.speaker, ann.quote.role, ann.quote.organisation) if p)
            if who:
                lines.append(f"{lab['said_by']}: {who}")
        translation = item.translation or (ann.quote.translation if ann.quote else "")
        if translation:
            lines.append(f"{lab['translation']}: {translation}")
        if ann.comment:
            lines.append(f"{lab['notes']}: {ann.comment}")
        for c in self.review.corrections_in(ann):
            lines.append(self.explain(c))
        if src:
            lines.append(f"{lab['source']} [{src.number}]: {self.citation(src)}")
        return "\n".join(lines)

    def display_text(self, ann: Annotation, item: BriefingItem) -> str:
        own = item.text_override or item.translation or (ann.quote.translation if ann.quote else "")
        return (own or ann.anchor.exact).strip()

    # -- entries per kind ----------------------------------------------------------
    def quote(self, item: BriefingItem, ann: Annotation) -> QuoteEntry:
        q = ann.quote
        assert q is not None
        art = self.project.article(ann.article_id)
        direct = q.speech is SpeechKind.DIRECT
        own = item.text_override or item.translation or q.translation
        if own:
            shown = strip_marks(own)
            if not direct:
                shown = shown[:1].upper() + shown[1:]
        else:
            shown = quote_statement(self.project, ann)
        shown = self.with_corrections(shown, ann)
        text = self.labels.quoted(shown) if direct else shown
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
            flag=self.flag(ann),
        )

    def figure_value(self, ann: Annotation) -> tuple[str, str]:
        """(hedge, value) of a figure in the label language's notation."""
        f = ann.figure
        assert f is not None
        art = self.project.article(ann.article_id)
        ft = format_figure(f, self.labels.lang, as_written=ann.anchor.exact, source_lang=art.language)
        # A plain space before the unit, so a tile may wrap "4.300 / Projekte" but never inside "1,2 Bio.".
        value = f"{ft.number} {ft.unit}".strip() if ft.number else strip_marks(ann.anchor.exact)
        return ft.hedge, value

    def figure(self, item: BriefingItem, ann: Annotation, converted: Annotation | None = None) -> FigureTile:
        f = ann.figure
        assert f is not None
        lab = self.labels
        art = self.project.article(ann.article_id)
        hedge, value = self.figure_value(ann)
        own_fix = next((c for c in self.review.corrections_in(ann) if c.figure_id == ann.id), None)
        correction = ""
        as_stated = ann.anchor.exact.strip()
        conversion = ""
        normalised = ""
        ids: tuple[str, ...] = (ann.id,)
        if own_fix is not None:  # the figure itself was corrected: show the value the briefing uses
            hedge, value = "", self.amount(own_fix)
            correction = f"{lab['corrected']}; {lab['in_article']}: {own_fix.as_written}"
        if converted is not None and converted.figure is not None:
            ids = (ann.id, converted.id)
            as_stated = art.text[ann.anchor.start:converted.anchor.end].strip().rstrip("(").strip()
            if not as_stated.endswith(")") and "(" in as_stated:
                as_stated += ")"
            fix = next((c for c in self.review.corrections_in(converted) if c.figure_id == converted.id), None)
            if fix is not None:
                other = self.amount(fix).removeprefix(lab["about"]).strip()
                correction = f"{lab['corrected']}; {lab['in_article']}: {fix.as_written}"
                if fix.rate_date is not None:
                    rate = lab["rate_note"].format(date=lab.date(fix.rate_date))
                    if fix.rate is not None:
                        rate += f": 1 {f.unit} = {format_decimal(fix.rate, lab.lang, max_places=4)} {fix.unit}"
                    conversion = f"{self.amount(fix)} ({rate})"
                self.explain(fix)
            else:
                _, other = self.figure_value(converted)  # "≈" already says it is approximate
            value = f"{value} ≈ {other}"
        if f.value is not None:
            noun = counted_noun(ann.anchor.exact) if art.language == lab.lang else ""
            normalised = format_plain(f.value, f.unit, lab.lang, as_written=noun)
            if not conversion and own_fix is None:
                conv = convert(f.value, f.unit, "EUR", art.published)
                if conv is not None:
                    num, unit = format_number(round_significant(conv.value), "EUR", lab.lang)
                    rate = lab["rate_note"].format(date=lab.date(conv.rate_date))
                    conversion = f"{lab['approx']} {num}{' ' + unit if unit else ''} ({rate})"
        label = item.text_override or _measured_label(art, ann, value)
        notes = self.notes(ann, item)
        if converted is not None:
            notes += "\n\n" + self.notes(converted, BriefingItem(converted.id))
        return FigureTile(
            hedge=hedge,
            value=value,
            label=label,
            footnote=f"{lab['source']}: {self.short_source(ann)} {self.ref(ann)}".strip(),
            source_text=self.short_source(ann),
            as_stated=as_stated,
            normalised=normalised,
            conversion=conversion,
            ref=self.ref(ann),
            ids=ids,
            notes=notes,
            flag=self.flag(ann, *([converted] if converted is not None else [])),
            correction=correction,
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
        return Bullet(text=self.with_corrections(text, ann), ids=(ann.id,), ref=self.ref(ann),
                      notes=self.notes(ann, item), flag=self.flag(ann))

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
        """Entries grouped into blocks; consecutive entries of one kind share a block.

        A currency amount and its conversion right after it become one tile; consecutive
        statements of one speaker (same article, same kind of speech) become one card.
        """
        blocks: list[Block] = []
        if leading:
            blocks.append(Block(BlockKind.BULLETS, [Bullet(text=t) for t in leading if t.strip()]))
        placed = placed_annotations(self.project, section)
        partner: dict[str, Annotation] = {}
        consumed: set[str] = set()
        figures = sorted((a for _, a in placed if a.kind is Kind.FIGURE), key=lambda a: (a.article_id, a.anchor.start))
        for a, b in pairwise(figures):
            if a.id not in consumed and _is_pair(self.project.article(a.article_id).text, a, b):
                partner[a.id] = b
                consumed.add(b.id)
        for item, ann in placed:
            if ann.id in consumed:
                continue
            entry: Entry
            if ann.kind is Kind.FIGURE:
                kind, entry = BlockKind.FIGURES, self.figure(item, ann, partner.get(ann.id))
            else:
                kind, entry = self.entry(item, ann)
            if blocks and blocks[-1].kind is kind:
                last = blocks[-1].entries[-1]
                if isinstance(entry, QuoteEntry) and isinstance(last, QuoteEntry) and _same_voice(last, entry):
                    blocks[-1].entries[-1] = _joined(last, entry)
                else:
                    blocks[-1].entries.append(entry)
            else:
                blocks.append(Block(kind, [entry]))
        return [b for b in blocks if b.entries]

    def sources_block(self) -> Block:
        return Block(
            BlockKind.SOURCES,
            [SourceEntry(s.number, self.citation(s), s.url, s.annotation_ids) for s in self.sources],
        )


def _same_voice(a: QuoteEntry, b: QuoteEntry) -> bool:
    return (a.speaker, a.role, a.direct, a.source_text) == (b.speaker, b.role, b.direct, b.source_text) and bool(a.speaker)


def _joined(a: QuoteEntry, b: QuoteEntry) -> QuoteEntry:
    """Two statements of one speaker as one card: the texts follow each other."""
    flags = "; ".join(f for f in dict.fromkeys((a.flag, b.flag)) if f)
    return replace(a, text=f"{a.text} {b.text}", ids=a.ids + b.ids, notes=f"{a.notes}\n\n{b.notes}", flag=flags)


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
    reactive = [r for r in b.reactive if r.topic.strip() or r.answer.strip()]
    for section in ordered_sections(b):  # the user's order of the sections
        if section is Section.QUESTIONS and reactive:
            rows: list[Entry] = [TableRow((r.topic.strip(), r.answer.strip())) for r in reactive]
            table = Block(BlockKind.TABLE, rows, header=(lab["reactive_topic"], lab["reactive_answer"]))
            sections.append(ContentSection(None, lab["reactive"], [table], key="reactive"))
        blocks = builder.section_blocks(section, list(leading.get(section, [])))
        if blocks:
            sections.append(ContentSection(section, lab.section(section), blocks, key=section.value, takeaway=b.takeaway(section)))
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
    return clean(BriefingContent(
        lang=lab.lang,
        title=_title_info(project, lab),
        classification=shorten(b.classification, MAX_MARKING),
        as_of=as_of or date.today(),
        sections=sections,
        source_note=source_note,
        subject=" · ".join(p for p in (lab["briefing"], b.meeting.counterpart, lab.date(b.meeting.date)) if p),
        editorial_notes=builder.editorial_notes,
        unchecked=builder.unchecked,
        key_figures=_key_figures(sections),
    ))


def _key_figures(sections: list[ContentSection], most: int = 4) -> list[FigureTile]:
    """The first figures of the key-figures section (else of any section), for "at a glance"."""
    ordered = sorted(sections, key=lambda s: s.section is not Section.KEY_FIGURES)
    tiles = [e for s in ordered for b in s.blocks if b.kind is BlockKind.FIGURES for e in b.entries]
    return [t for t in tiles if isinstance(t, FigureTile)][:most]

