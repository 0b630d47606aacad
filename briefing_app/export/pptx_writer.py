"""Deck model -> editable .pptx through a template's layouts and placeholders.

Text goes into the template's own placeholders wherever the layout has them, so the
deck stays editable and on-brand; figure tiles and people cards are drawn as shapes in
the body placeholder's area.  Missing placeholders become text boxes (reported).  Sizes
are decided here (see :mod:`text_fit`): text shrinks down to a floor, and what still
does not fit continues on a further slide.  Every content shape is named with the
annotation ids it shows, and the speaker notes carry original, translation, context,
source and id, so each item on a slide can be traced back to its sentence.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationT
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.placeholder import LayoutPlaceholder
from pptx.slide import Slide as PptxSlide
from pptx.text.text import _Paragraph, _Run
from pptx.util import Emu, Pt

from ..atomic_file import write_atomic
from ..core.errors import ExportError
from ..core.i18n import QT_TRANSLATE_NOOP
from .deck import BUDGET, Deck, Layout, Slide, continued_title
from .model import Block, BlockKind, Bullet, Entry, FigureTile, PersonCard, QuoteEntry, SourceEntry, TableRow
from .pptx_text import (
    ACCENT,
    INK,
    MUTED,
    TILE,
    ThemeColour,
    add_paragraph,
    add_text_with_field,
    apply_east_asian_font,
    prepare,
    set_colour,
)
from .report import ExportReport
from .safe_text import shorten
from .templates import (
    body_placeholders,
    is_builtin,
    match_layouts,
    open_template,
    placeholders,
    remove_existing_slides,
    resolve_template,
    title_placeholder,
)
from .text_fit import Para, fit_scale

EMU_PER_PT = 12700
INSET_X, INSET_Y = 7.2, 3.6  # default text frame insets in points
CLASSIFICATION_COLOUR = (0xA0, 0x10, 0x20)
# PowerPoint's 16:9 page, for a presentation part that does not state its slide size
DEFAULT_SLIDE_SIZE = (Emu(12192000), Emu(6858000))


@dataclass
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def inner_w_pt(self) -> float:
        return self.w / EMU_PER_PT - 2 * INSET_X

    @property
    def inner_h_pt(self) -> float:
        return self.h / EMU_PER_PT - 2 * INSET_Y

    def emu(self) -> tuple[Emu, Emu, Emu, Emu]:
        """Left, top, width and height as python-pptx lengths."""
        return Emu(self.x), Emu(self.y), Emu(self.w), Emu(self.h)


@dataclass(frozen=True)
class Look:
    """How a paragraph is written besides its size; the defaults are ``add_paragraph``'s."""

    bold: bool = False
    italic: bool = False
    colour: ThemeColour | None = INK
    bullet: bool | None = None
    suffix: str = ""  # a source marker, set smaller after the text (it is part of the measured text)
    warn: bool = False  # set in the warning colour


#: A tile or card: the annotation ids it shows and its paragraphs.
Card = tuple[tuple[str, ...], list[tuple[Para, Look]]]


#: Sizes of a takeaway title and the section name above it, before shrinking to fit the title box.
TAKEAWAY_PT = 26.0
KICKER_PT = 12.0


def _box(shape: BaseShape) -> Box:
    return Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))


def _ids_name(kind: str, ids: tuple[str, ...]) -> str:
    return f"{kind} [{' '.join('ann:' + i for i in ids)}]" if ids else kind


class _DeckWriter:
    def __init__(self, prs: PresentationT, deck: Deck, report: ExportReport) -> None:
        self.prs = prs
        self.deck = deck
        self.labels = deck.labels
        self.report = report
        self.layouts = match_layouts(prs, report)
        self.sw = int(prs.slide_width if prs.slide_width is not None else DEFAULT_SLIDE_SIZE[0])
        self.sh = int(prs.slide_height if prs.slide_height is not None else DEFAULT_SLIDE_SIZE[1])
        self.margin = int(self.sw * 0.045)
        self.total_runs: list[tuple[_Run, str]] = []  # footer runs that get "y" of "page x of y" at the end

    # -- geometry fallbacks ----------------------------------------------------------------
    def default_title_box(self) -> Box:
        return Box(self.margin, int(self.sh * 0.06), self.sw - 2 * self.margin, int(self.sh * 0.12))

    def default_body_box(self) -> Box:
        top = int(self.sh * 0.22)
        return Box(self.margin, top, self.sw - 2 * self.margin, int(self.sh * 0.90) - top)

    # -- slides ---------------------------------------------------------------------------
    def new_slide(self, role: Layout, title: str, kicker: str = "") -> PptxSlide:
        layout = self.layouts[role]
        slide: PptxSlide = self.prs.slides.add_slide(layout)
        ph = title_placeholder(slide)
        if ph is None:
            self.report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "Layout '{layout}' has no title placeholder; titles were added as text boxes."),
                layout=layout.name,
            )
            b = self.default_title_box()
            ph = slide.shapes.add_textbox(*b.emu())
            ph.name = "Title"
        if kicker:
            self.set_title(ph, title, TAKEAWAY_PT, kicker)
        else:
            self.set_title(ph, title, 40 if role is Layout.TITLE else 28)
        return slide

    def set_title(self, shape: Shape, title: str, size: float, kicker: str = "") -> None:
        """The title, shrunk to fit its box; a takeaway title has the section's name above it in small type."""
        box = _box(shape)
        para = Para(title, size, bold=True, min_pt=16)
        line = Para(kicker.upper(), KICKER_PT, bold=True, min_pt=KICKER_PT)
        scale = fit_scale([line, para], box.inner_w_pt, box.inner_h_pt, 16) if kicker else None
        if scale is None:  # the title matters more than the line above it: without it, if that is what fits
            kicker = ""
            scale = fit_scale([para], box.inner_w_pt, box.inner_h_pt, 16)
        if scale is None:
            scale = 0.0
            self.report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "The slide title '{title}' is too long for its box; shorten it."),
                title=shorten(title, 60),
            )
        tf = shape.text_frame
        prepare(tf)
        if kicker:
            add_paragraph(tf, line.text, line.size_pt, bold=True, colour=ACCENT, bullet=False)
        add_paragraph(tf, title, para.at(scale), bold=True, colour=None)

    def body_area(self, slide: PptxSlide, role: Layout, *, keep_placeholder: bool) -> tuple[Shape | None, Box]:
        """(placeholder or None, box): the layout's body placeholder, else a default region."""
        bodies = [ph for ph in body_placeholders(slide) if ph.placeholder_format.type != PP_PLACEHOLDER.SUBTITLE]
        if not bodies:
            self.report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "Layout '{layout}' has no text placeholder; content was added as text boxes."),
                layout=self.layouts[role].name,
            )
            return None, self.default_body_box()
        main = max(bodies, key=lambda ph: int(ph.width) * int(ph.height))
        box = _box(main)
        for ph in bodies:
            if ph is not main or not keep_placeholder:
                ph._element.getparent().remove(ph._element)
        return (main if keep_placeholder else None), box

    def text_target(self, slide: PptxSlide, role: Layout) -> tuple[Shape, Box]:
        ph, box = self.body_area(slide, role, keep_placeholder=True)
        if ph is None:
            ph = slide.shapes.add_textbox(*box.emu())
        return ph, box

    # -- blocks --------------------------------------------------------------------------
    def render(self, slide: Slide) -> None:
        if slide.layout is Layout.TITLE:
            self.render_title(slide)
            return
        pending = slide.blocks[0].entries if slide.blocks else []
        block = slide.blocks[0] if slide.blocks else Block(BlockKind.BULLETS, [])
        title, kicker = slide.title, slide.kicker
        first = True
        while first or pending:
            s = self.new_slide(slide.layout, title, kicker)
            placed = self.render_block(s, slide.layout, block.with_entries(pending))
            shown = pending[:placed]
            self.finish(s, shown, slide.key)
            pending = pending[placed:]
            if pending:
                self.report.warn(
                    QT_TRANSLATE_NOOP("BriefingError", "'{title}' did not fit on one slide and continues on the next."),
                    title=slide.title,
                )
                if slide.continued:
                    pass  # the title already says "(continued)"
                elif kicker:
                    kicker = continued_title(self.labels, slide.kicker)
                else:
                    title = continued_title(self.labels, slide.title)
            first = False

    def render_block(self, s: PptxSlide, role: Layout, block: Block) -> int:
        """Render as many entries as fit (at least one); returns how many were placed."""
        if not block.entries:
            self.body_area(s, role, keep_placeholder=False)
            return 0
        if block.kind is BlockKind.FIGURES:
            return self.render_tiles(s, role, block.entries)
        if block.kind is BlockKind.PEOPLE:
            return self.render_cards(s, role, block.entries)
        if block.kind is BlockKind.QUOTES:
            return self.render_quotes(s, role, block.entries)
        if block.kind is BlockKind.TABLE:
            return self.render_table(s, role, block)
        return self.render_text(s, role, block)

    def text_paras(self, entry: Entry) -> list[tuple[Para, Look]]:
        """Paragraphs of one entry: the text as measured, and the writing options.

        ``suffix`` (a source marker) is written smaller after the text; it is part of
        the measured text so that fitting accounts for it.
        """
        if isinstance(entry, QuoteEntry):
            who = entry.attribution + ("" if entry.direct else f" ({self.labels['reported']})")
            attribution = " · ".join(p for p in (f"— {who}" if who else "", entry.source_text) if p)
            return [
                (Para(entry.text, 20, space_before_pt=18), Look(italic=entry.direct, bullet=False)),
                (Para(f"{attribution} {entry.ref}".strip(), 13, space_before_pt=4), Look(colour=MUTED, bullet=False)),
            ]
        if isinstance(entry, SourceEntry):
            return [(Para(f"[{entry.number}] {entry.text}", 14, space_before_pt=8), Look(bullet=False))]
        assert isinstance(entry, Bullet)
        if entry.heading:
            return [(Para(entry.text, 18, bold=True, space_before_pt=14, min_pt=16), Look(bullet=False, bold=True, colour=ACCENT))]
        text = f"{entry.text} {entry.ref}" if entry.ref else entry.text
        out = [(Para(text, 20, space_before_pt=8, indent_pt=22.5), Look(suffix=entry.ref))]
        if entry.flag:
            out.append((Para(entry.flag, 16, space_before_pt=2, indent_pt=22.5), Look(bullet=False, warn=True)))
        return out

    def render_text(self, s: PptxSlide, role: Layout, block: Block) -> int:
        ph, box = self.text_target(s, role)
        floor = 10 if block.kind is BlockKind.SOURCES else 16
        count, scale = len(block.entries), None
        while count > 0:
            paras = [p for e in block.entries[:count] for p, _ in self.text_paras(e)]
            scale = fit_scale(paras, box.inner_w_pt, box.inner_h_pt, floor)
            if scale is not None:
                break
            count -= 1
        if scale is None:  # a single entry longer than a slide: set it at the floor and say so
            count, scale = 1, 0.0
            self.report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "A long entry under '{title}' may overflow; shorten it."),
                title=s.shapes.title.text if s.shapes.title else role.value,
            )
        tf = ph.text_frame
        prepare(tf)
        first_para = True
        for entry in block.entries[:count]:
            for para, look in self.text_paras(entry):
                text = para.text
                if look.suffix:
                    text = text[: -len(look.suffix) - 1]
                space = 0 if first_para else para.space_before_pt * scale
                p = add_paragraph(tf, text, para.at(scale, floor), bold=look.bold, italic=look.italic, colour=look.colour,
                                  bullet=look.bullet, space_before=space, suffix=look.suffix)
                if look.warn:
                    _warn_colour(p)
                first_para = False
        ids = tuple(i for e in block.entries[:count] for i in e.ids)
        ph.name = _ids_name(block.kind.value.capitalize(), ids)
        return count

    def grid(self, box: Box, n: int, row_h: int) -> list[Box]:
        """Boxes for ``n`` tiles or cards: one row up to three, else two columns."""
        cols = n if n <= 3 else 2 if n == 4 else 3 if n <= 6 else 4
        rows = (n + cols - 1) // cols
        gap = int(Pt(16))
        w = (box.w - gap * (cols - 1)) // cols
        h = min((box.h - gap * (rows - 1)) // rows, row_h)
        return [Box(box.x + (i % cols) * (w + gap), box.y + (i // cols) * (h + gap), w, h) for i in range(n)]

    def card_shape(self, s: PptxSlide, b: Box, name: str) -> Shape:
        shape = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, *b.emu())
        shape.name = name
        _drop_style(shape)
        shape.fill.solid()
        set_colour(shape.fill.fore_color, TILE)
        shape.line.fill.background()
        tf = shape.text_frame
        prepare(tf)
        tf.vertical_anchor = MSO_ANCHOR.TOP
        m = int(Pt(14))
        tf.margin_left = tf.margin_right = m
        tf.margin_top = tf.margin_bottom = int(Pt(12))
        return shape

    def stripe(self, s: PptxSlide, b: Box) -> None:
        bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(b.x), Emu(b.y), Pt(5), Emu(b.h))
        bar.name = "Accent"
        _drop_style(bar)
        bar.fill.solid()
        set_colour(bar.fill.fore_color, ACCENT)
        bar.line.fill.background()

    def card_scale(self, b: Box, paras: list[Para], floor: float) -> float | None:
        # 8 % of the width kept free: viewers without the theme font substitute a wider one
        return fit_scale(paras, (b.w / EMU_PER_PT - 28) * 0.92, b.h / EMU_PER_PT - 24, floor)

    def fill_card(self, shape: Shape, paras: list[tuple[Para, Look]], scale: float | None, floor: float) -> None:
        if scale is None:
            scale = 0.0
            self.report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "Text in '{box}' is long and may not fit its box; shorten it."),
                box=shape.name.split(" [")[0],
            )
        tf = shape.text_frame
        for i, (para, look) in enumerate(paras):
            space = para.space_before_pt * scale if i else 0
            p = add_paragraph(tf, para.text, para.at(scale, floor), bold=look.bold, italic=look.italic, colour=look.colour,
                              bullet=False, space_before=space, suffix=look.suffix)
            p.alignment = PP_ALIGN.LEFT
            if look.warn:
                _warn_colour(p)

    def draw_cards(self, s: PptxSlide, role: Layout, kind: str, contents: list[Card],
                   row_h: int, box: Box | None = None) -> None:
        """Tiles or cards in a grid, all set at the same (largest common) text scale."""
        if box is None:
            _, box = self.body_area(s, role, keep_placeholder=False)
        boxes = self.grid(box, len(contents), row_h)
        scales = [self.card_scale(b, [p for p, _ in paras], 8) for b, (_, paras) in zip(boxes, contents, strict=True)]
        # one size for the cards, the median of what each could take; a card whose text needs
        # less goes smaller on its own rather than shrinking every other card with it
        fitting = sorted(x for x in scales if x is not None)
        common = fitting[(len(fitting) - 1) // 2] if fitting else None
        for b, (ids, paras), own in zip(boxes, contents, scales, strict=True):
            shape = self.card_shape(s, b, _ids_name(kind, ids))
            self.stripe(s, b)
            self.fill_card(shape, paras, own if own is None or common is None else min(own, common), 8)

    def render_tiles(self, s: PptxSlide, role: Layout, entries: list[Entry]) -> int:
        contents: list[Card] = []
        single_source = not self.deck.source_note.startswith(self.labels["see_sources"])
        shown = entries[: BUDGET[BlockKind.FIGURES][0]]
        for tile in shown:
            assert isinstance(tile, FigureTile)
            paras: list[tuple[Para, Look]] = []
            if tile.hedge:
                paras.append((Para(tile.hedge, 16, min_pt=12), Look(colour=MUTED)))
            paras.append((Para(tile.value, 30, bold=True, space_before_pt=2, min_pt=16), Look(colour=ACCENT, bold=True)))
            paras.append((Para(tile.label, 14, space_before_pt=4, min_pt=11), Look(colour=INK)))
            if tile.correction:
                paras.append((Para(tile.correction, 13, space_before_pt=4, min_pt=11), Look(colour=MUTED)))
            if tile.flag:
                paras.append((Para(tile.flag, 13, space_before_pt=4, min_pt=11), Look(warn=True)))
            if not single_source:
                paras.append((Para(tile.footnote, 10, space_before_pt=6, min_pt=8), Look(colour=MUTED)))
            contents.append((tile.ids, paras))
        _, box = self.body_area(s, role, keep_placeholder=False)
        count = len(contents)
        while count > 1:  # fewer tiles per slide only when the words do not fit their tiles
            boxes = self.grid(box, count, int(Pt(240)))
            if all(self.card_scale(b, [p for p, _ in paras], 8) is not None for b, (_, paras) in zip(boxes, contents[:count], strict=True)):
                break
            count -= 1
        self.draw_cards(s, role, "Figure", contents[:count], int(Pt(240)), box=box)
        return count

    def render_quotes(self, s: PptxSlide, role: Layout, entries: list[Entry]) -> int:
        """Quote cards side by side, each as tall as the slide allows; fewer per slide only when full."""
        _, box = self.body_area(s, role, keep_placeholder=False)
        quotes = [e for e in entries if isinstance(e, QuoteEntry)][: BUDGET[BlockKind.QUOTES][0]]

        def paras_of(q: QuoteEntry) -> list[tuple[Para, Look]]:
            out: list[tuple[Para, Look]] = [(Para(q.text, 20, min_pt=16), Look(italic=q.direct, colour=INK))]
            if q.flag:
                out.append((Para(q.flag, 14, space_before_pt=4, min_pt=12), Look(warn=True)))
            if q.speaker:
                out.append((Para(q.speaker, 18, bold=True, space_before_pt=14, min_pt=16), Look(colour=ACCENT, bold=True)))
            if q.role:
                out.append((Para(q.role, 14, space_before_pt=2, min_pt=12), Look(colour=MUTED)))
            tail = " · ".join(p for p in (self.labels["reported"] if not q.direct else "", q.source_text, q.ref) if p)
            out.append((Para(tail, 12, space_before_pt=4, min_pt=10), Look(colour=MUTED)))
            return out

        count = len(quotes)
        while count > 1:
            boxes = self.grid(box, count, box.h)
            if all(self.card_scale(b, [p for p, _ in paras_of(q)], 10) is not None for b, q in zip(boxes, quotes[:count], strict=True)):
                break
            count -= 1
        contents = [(q.ids, paras_of(q)) for q in quotes[:count]]
        self.draw_cards(s, role, "Quote", contents, box.h, box=box)
        return count

    def render_cards(self, s: PptxSlide, role: Layout, entries: list[Entry]) -> int:
        contents: list[Card] = []
        for card in entries[: BUDGET[BlockKind.PEOPLE][0]]:
            assert isinstance(card, PersonCard)
            paras: list[tuple[Para, Look]] = [(Para(card.name, 26, bold=True, min_pt=16), Look(colour=ACCENT, bold=True))]
            if card.role:
                paras.append((Para(card.role, 18, space_before_pt=8, min_pt=14), Look(colour=INK)))
            if card.organisation:
                paras.append((Para(card.organisation, 16, space_before_pt=4, min_pt=12), Look(colour=MUTED)))
            if card.comment:
                paras.append((Para(card.comment, 16, space_before_pt=12, min_pt=12), Look(colour=INK)))
            contents.append((card.ids, paras))
        self.draw_cards(s, role, "Person", contents, int(Pt(180)))
        return len(contents)

    def render_table(self, s: PptxSlide, role: Layout, block: Block) -> int:
        _, box = self.body_area(s, role, keep_placeholder=False)
        rows = block.entries[:8]
        cols = len(block.header) or max(len(r.cells) for r in rows if isinstance(r, TableRow))
        shape = s.shapes.add_table(len(rows) + 1, cols, Emu(box.x), Emu(box.y), Emu(box.w), Emu(int(Pt(28)) * (len(rows) + 1)))
        shape.name = _ids_name("Table", tuple(i for r in rows for i in r.ids))
        table = shape.table
        for c, text in enumerate(block.header):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            assert isinstance(row, TableRow)
            for c, text in enumerate(row.cells):
                cell = table.cell(r, c)
                cell.text = text
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(12)
        return len(rows)

    def render_title(self, slide: Slide) -> None:
        info = slide.title_info
        s = self.new_slide(Layout.TITLE, slide.title)
        subtitle = next((ph for ph in placeholders(s) if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE), None)
        bodies = [ph for ph in body_placeholders(s) if ph is not subtitle and ph.placeholder_format.type != PP_PLACEHOLDER.SUBTITLE]
        details = bodies[0] if bodies else None
        for extra in bodies[1:]:
            extra._element.getparent().remove(extra._element)
        sub_text = info.subtitle if info else ""
        if subtitle is None and sub_text:
            b = self.default_body_box()
            subtitle = s.shapes.add_textbox(Emu(b.x), Emu(b.y), Emu(b.w), Pt(40))
        if subtitle is not None:
            if sub_text:
                tf = subtitle.text_frame
                prepare(tf)
                add_paragraph(tf, sub_text, 20, bullet=False, colour=None)
            else:
                subtitle._element.getparent().remove(subtitle._element)
        lines = [f"{k}: {v}" for k, v in (info.details if info else []) if k != self.labels["date"]]
        lines.append(f"{self.labels['as_of']}: {self.labels.date(self.deck.as_of)}")
        if details is None:  # below whatever the layout put there (title, subtitle)
            top = max(int(sh.top) + int(sh.height) for sh in s.shapes) + int(Pt(12))
            b = self.default_body_box()
            top = min(top, b.y + b.h - int(Pt(90)))
            details = s.shapes.add_textbox(Emu(b.x), Emu(top), Emu(b.w), Emu(b.y + b.h - top))
        box = _box(details)
        paras = [Para(t, 16, space_before_pt=4) for t in lines]
        scale = fit_scale(paras, box.inner_w_pt, box.inner_h_pt, 10) or 0.0
        tf = details.text_frame
        prepare(tf)
        for i, para in enumerate(paras):
            add_paragraph(tf, para.text, para.at(scale, 10), bullet=False, colour=None, space_before=4 if i else 0)
        details.name = "Meeting details"
        self.finish(s, [], "title", footer=False)

    # -- furniture ---------------------------------------------------------------------------
    def finish(self, s: PptxSlide, entries: list[Entry], key: str, footer: bool = True) -> None:
        if self.deck.classification:
            self.add_classification(s)
        if footer:
            self.add_footer(s)
        notes = "\n\n".join(e.notes for e in entries if e.notes)
        if not notes and key == "title":
            notes = "\n".join(f"{k}: {v}" for k, v in (self.deck.title.details or []))
        notes_frame = s.notes_slide.notes_text_frame if notes else None
        if notes_frame is not None:  # None: the template's notes master has no body placeholder to hold them
            notes_frame.text = notes
            apply_east_asian_font(s.notes_slide._element)
        apply_east_asian_font(s._element)

    def add_classification(self, s: PptxSlide) -> None:
        w = int(self.sw * 0.4)
        tb = s.shapes.add_textbox(Emu(self.sw - self.margin - w), Pt(8), Emu(w), Pt(22))
        tb.name = "Classification"
        tf = tb.text_frame
        prepare(tf)
        p = add_paragraph(tf, self.deck.classification.upper(), 10, bold=True, colour=None, bullet=False)
        p.alignment = PP_ALIGN.RIGHT
        p.runs[0].font.color.rgb = RGBColor(*CLASSIFICATION_COLOUR)

    def add_footer(self, s: PptxSlide) -> None:
        layout = s.slide_layout
        layout_placeholders: list[LayoutPlaceholder] = list(layout.placeholders)
        by_type = {ph.placeholder_format.type: ph for ph in layout_placeholders}
        lab = self.labels
        texts = {
            PP_PLACEHOLDER.FOOTER: self.deck.source_note,
            PP_PLACEHOLDER.DATE: f"{lab['as_of']}: {lab.date(self.deck.as_of)}",
        }
        y = self.sh - int(Pt(30))
        fallback = {
            PP_PLACEHOLDER.FOOTER: Box(self.margin, y, int(self.sw * 0.5), int(Pt(22))),
            PP_PLACEHOLDER.DATE: Box(int(self.sw * 0.55), y, int(self.sw * 0.2), int(Pt(22))),
            PP_PLACEHOLDER.SLIDE_NUMBER: Box(self.sw - self.margin - int(self.sw * 0.18), y, int(self.sw * 0.18), int(Pt(22))),
        }
        for kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER):
            if kind in by_type:
                s.shapes.clone_placeholder(by_type[kind])
                shape = next(sh for sh in placeholders(s) if sh.placeholder_format.idx == by_type[kind].placeholder_format.idx)
            else:
                b = fallback[kind]
                shape = s.shapes.add_textbox(*b.emu())
                shape.name = f"Footer {kind.name.lower()}"
            tf = shape.text_frame
            prepare(tf)
            para = tf.paragraphs[0]
            if kind is not PP_PLACEHOLDER.FOOTER:
                para.alignment = PP_ALIGN.RIGHT
            if kind is PP_PLACEHOLDER.SLIDE_NUMBER:
                number = len(self.prs.slides)
                template = lab.page_x_of_y("{x}", "\u0000")
                head, _, tail = template.partition("\u0000")
                add_text_with_field(para, head, str(number), 9)
                run = para.add_run()
                run.font.size = Pt(9)
                set_colour(run.font.color, MUTED)
                self.total_runs.append((run, tail))
            else:
                run = para.add_run()
                run.text = texts[kind]
                run.font.size = Pt(9)
                set_colour(run.font.color, MUTED)

    def write(self) -> None:
        for slide in self.deck.slides:
            self.render(slide)
        total = str(len(self.prs.slides))
        for run, tail in self.total_runs:
            run.text = total + tail


def _warn_colour(paragraph: _Paragraph) -> None:
    """A flag for an unchecked figure is set in the classification's dark red, whatever the theme."""
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor(*CLASSIFICATION_COLOUR)


def _drop_style(shape: BaseShape) -> None:
    """Remove the theme style reference of an autoshape (it brings shadows and outlines)."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _set_properties(prs: PresentationT, deck: Deck, author: str | None) -> None:
    cp = prs.core_properties
    # document properties hold at most 255 characters (the format's limit)
    cp.title = shorten(deck.title.title, 255)
    cp.subject = shorten(deck.subject, 255)
    cp.author = shorten(author or "", 255)
    cp.last_modified_by = shorten(author or "", 255)
    cp.comments = ""
    cp.keywords = ""
    cp.category = shorten(deck.classification, 255)
    cp.language = "de-DE" if deck.lang == "de" else "en-GB"
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)
    cp.created = cp.modified = now
    cp.revision = 1


def write_pptx(
    deck: Deck,
    target: Path,
    *,
    template: str | Path | None = None,
    author: str | None = None,
    report: ExportReport | None = None,
) -> ExportReport:
    """Write ``deck`` to ``target`` through ``template`` (built-in name or .pptx/.potx path)."""
    report = report or ExportReport()
    path = resolve_template(template)
    report.template = path.stem if is_builtin(path) else str(path)
    prs = open_template(path)
    remove_existing_slides(prs, report)
    writer = _DeckWriter(prs, deck, report)
    writer.write()
    _set_properties(prs, deck, author)
    write_atomic(Path(target), lambda tmp: prs.save(str(tmp)), ExportError)
    report.pptx_path = Path(target)
    report.slide_count = len(prs.slides)
    return report
