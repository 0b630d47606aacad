"""Briefing content -> print-ready PDF handout (reportlab platypus).

Page furniture: a header with the meeting title and the classification on every page,
a footer with "as of" date, source note and "page x of y" (the canvas keeps each page
until the end and writes the total when it is known, so one layout pass suffices).  The story: cover block with
the meeting details, then the sections — key figures as a table (as stated, value,
conversion, source), quotes with speaker, role and date, counterpart profiles — and the
numbered sources, to which every "[n]" marker links.  Each entry starts with a named
destination ``ann-<annotation id>``: invisible on paper, checkable in the file, and the
trail back to the sentence it came from.  Fonts are the bundled TTFs, embedded as
subsets, with CJK runs switched to the CJK font.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from ..atomic_file import write_atomic
from ..core.briefing import Section
from ..core.errors import ExportError
from ..core.i18n import QT_TRANSLATE_NOOP
from .fonts import PDF_BOLD, PDF_REGULAR, attribute, markup
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
)
from .pdf_styles import ACCENT, CLASSIFIED, MUTED, RULE, TINT, Styles, make_styles
from .report import ExportReport

#: Width and height of a page in points.
PageSize = tuple[float, float]
PAPER: dict[str, PageSize] = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm


def _anchors(ids: tuple[str, ...]) -> str:
    """Named destinations for the entry's annotation ids (only id characters reach the markup)."""
    return "".join(f'<a name="ann-{_SAFE_ID.sub("", i)}"/>' for i in ids)


_SAFE_ID = re.compile(r"[^0-9A-Za-z_-]")


def _ref_link(ref: str) -> str:
    """``[1]`` -> a link to source 1 in the source list."""
    if not ref:
        return ""
    number = ref.strip("[]")
    return f'<a href="#src-{number}" color="#5F6B7A">{ref}</a>'


class NoteLines(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """Ruled space for handwritten notes under a section."""

    def __init__(self, label: str, lines: int = 5, pitch: float = 8 * mm) -> None:
        super().__init__()
        self.label, self.lines, self.pitch = label, lines, pitch

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.pitch * self.lines + 6 * mm

    def draw(self) -> None:
        c = self.canv
        c.setFont(PDF_REGULAR, 8)
        c.setFillColor(MUTED)
        c.drawString(0, self.pitch * self.lines + 2 * mm, self.label)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.pitch * i
            c.line(0, y, self.width, y)


class WarningSign(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A red warning triangle drawn as a path: the bundled fonts have no "⚠" glyph."""

    def __init__(self, size: float = 8.5) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.size + 3, self.size + 2

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.saveState()
        c.setFillColor(CLASSIFIED)
        path = c.beginPath()
        path.moveTo(0, 0)
        path.lineTo(s, 0)
        path.lineTo(s / 2, s * 0.9)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(PDF_BOLD, s * 0.62)
        c.drawCentredString(s / 2, s * 0.1, "!")
        c.restoreState()


class _Handout(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type information
    def __init__(self, buf: io.BytesIO, content: BriefingContent, labels: Labels, styles: Styles, paper: PageSize,
                 total_pages: int, author: str | None) -> None:
        super().__init__(
            buf,
            pagesize=paper,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=content.title.title,
            subject=content.subject,
            author=author or "",
            creator="Briefing Desk",
            producer="Briefing Desk (reportlab)",
            keywords=content.classification,
            lang="de-DE" if content.lang == "de" else "en-GB",
        )
        self.content, self.labels, self.styles, self.total_pages = content, labels, styles, total_pages
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, paper[0] - 2 * MARGIN_X, paper[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, c: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        lab = self.labels
        c.showOutline()  # open with the bookmarks panel
        c.saveState()
        # header: meeting title left, classification right, hairline below
        title = Paragraph(markup(self.content.title.title), self.styles.header)
        title.wrap(w - 2 * MARGIN_X - 70 * mm, 12 * mm)
        title.drawOn(c, MARGIN_X, h - 13.5 * mm)
        if self.content.classification:
            cl = Paragraph(markup(self.content.classification.upper()), self.styles.header_right)
            cw, _ = cl.wrap(68 * mm, 12 * mm)
            cl.drawOn(c, w - MARGIN_X - cw, h - 13.5 * mm)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, h - 15 * mm, w - MARGIN_X, h - 15 * mm)
        # footer: as-of and source note left, page x of y right
        c.line(MARGIN_X, 14 * mm, w - MARGIN_X, 14 * mm)
        left = f"{lab['as_of']}: {lab.date(self.content.as_of)}"
        if self.content.source_note:
            left += f" · {self.content.source_note}"
        foot = Paragraph(markup(left), self.styles.header)
        _, fh = foot.wrap(w - 2 * MARGIN_X - 40 * mm, 10 * mm)
        foot.drawOn(c, MARGIN_X, 14 * mm - 2 * mm - fh)
        c.setFont(PDF_REGULAR, 8)
        c.setFillColor(MUTED)
        c.page_label_at = (w - MARGIN_X, 14 * mm - 2 * mm - 8)  # "page x of y": drawn at save (see _canvas)
        if self.content.classification:  # repeated at the foot, as classified documents require
            c.setFont(PDF_BOLD, 8)
            c.setFillColor(CLASSIFIED)
            c.drawCentredString(w / 2, 6 * mm, self.content.classification.upper())
        c.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "_bookmark", None)
        if key:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable._bookmark_title, key, level=0, closed=False)


class _Story:
    def __init__(self, content: BriefingContent, styles: Styles, note_space: bool) -> None:
        self.content = content
        self.s = styles
        self.labels = Labels(content.lang)
        self.note_space = note_space

    def p(self, text: str, style: ParagraphStyle, *, raw_prefix: str = "", raw_suffix: str = "", bullet: str | None = None) -> Paragraph:
        return Paragraph(raw_prefix + markup(text) + raw_suffix, style, bulletText=bullet)

    def flag(self, text: str) -> list[Flowable]:
        """A red line under an entry whose figure has an open finding, led by a drawn warning sign."""
        if not text:
            return []
        line = Table([[WarningSign(), self.p(text.replace("⚠", "").strip(), self.s.flag)]], colWidths=[12, None], hAlign="LEFT")
        line.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return [line]

    def heading(self, title: str, key: str) -> Paragraph:
        para = self.p(title, self.s.h1)
        para._bookmark = f"sec-{key}"
        para._bookmark_title = title
        return para

    def cover(self) -> list[Flowable]:
        c, lab = self.content, self.labels
        out: list[Flowable] = [self.p(c.title.title, self.s.title)]
        out[0]._bookmark, out[0]._bookmark_title = "cover", c.title.title
        if c.title.subtitle:
            out.append(self.p(c.title.subtitle, self.s.subtitle))
        rows = list(c.title.details)
        if c.classification:
            rows.append((lab["classification"], c.classification))
        rows.append((lab["as_of"], lab.date(c.as_of)))
        data = [[self.p(k, self.s.cell_head), self.p(v, self.s.cell)] for k, v in rows]
        table = Table(data, colWidths=[38 * mm, None], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        out += [table, Spacer(1, 4 * mm)]
        return out

    # -- blocks ------------------------------------------------------------------------------
    def bullets(self, entries: list[Entry]) -> list[Flowable]:
        out = []
        for e in entries:
            assert isinstance(e, Bullet)
            ref = (" " + _ref_link(e.ref)) if e.ref else ""
            out.append(self.p(e.text, self.s.bullet, raw_prefix=_anchors(e.ids), raw_suffix=ref, bullet="•"))
            out += self.flag(e.flag)
        return out

    def quotes(self, entries: list[Entry]) -> list[Flowable]:
        out = []
        for e in entries:
            assert isinstance(e, QuoteEntry)
            text = self.p(e.text, self.s.quote, raw_prefix=_anchors(e.ids) + ("<i>" if e.direct else ""), raw_suffix="</i>" if e.direct else "")
            who = ", ".join(x for x in (e.speaker, e.role) if x)
            if not e.direct:
                who += f" ({self.labels['reported']})"
            meta = " · ".join(x for x in (e.source_text,) if x)
            attribution = self.p(f"— {who} · {meta}", self.s.attribution, raw_suffix=" " + _ref_link(e.ref))
            box = Table([[text], *([[f]] for f in self.flag(e.flag)), [attribution]], colWidths=[None])
            box.setStyle(
                TableStyle(
                    [
                        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 9),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            out += [KeepTogether([box]), Spacer(1, 3 * mm)]
        return out

    def figures(self, entries: list[Entry]) -> list[Flowable]:
        """Key figures as a table: what it measures (and where from), value, as stated, conversion."""
        lab, s = self.labels, self.s
        head = [self.p(t, s.cell_head) for t in (lab["figure"], lab["normalised"], lab["as_stated"], lab["conversion"])]
        rows = [head]
        for e in entries:
            assert isinstance(e, FigureTile)
            value = [self.p(f"{e.hedge} {e.value}".strip(), s.figure_value)]
            if e.normalised:  # a plain space lets a long full number wrap before its unit
                value.append(self.p(e.normalised.replace("\u00a0", " "), s.small))
            if e.correction:
                value.append(self.p(e.correction, s.correction))
            value += self.flag(e.flag)
            rows.append(
                [
                    [self.p(e.label, s.cell, raw_prefix=_anchors(e.ids)), self.p(e.source_text, s.small, raw_suffix=" " + _ref_link(e.ref))],
                    value,
                    self.p(lab.quoted(e.as_stated), s.cell),
                    self.p(e.conversion or "–", s.cell),
                ]
            )
        table = Table(rows, colWidths=[50 * mm, 40 * mm, 36 * mm, None], repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return [table, Spacer(1, 2 * mm)]

    def people(self, entries: list[Entry]) -> list[Flowable]:
        cards = []
        for e in entries:
            assert isinstance(e, PersonCard)
            parts = [self.p(e.name, self.s.name, raw_prefix=_anchors(e.ids))]
            if e.role:
                parts.append(self.p(e.role, self.s.cell))
            if e.organisation:
                parts.append(self.p(e.organisation, self.s.small))
            if e.comment:
                parts.append(self.p(e.comment, self.s.cell))
            cards.append(parts)
        if len(cards) % 2:
            cards.append([])
        # two cards per row with an empty gutter column between them
        rows = [[cards[i], "", cards[i + 1]] for i in range(0, len(cards), 2)]
        table = Table(rows, colWidths=["48.5%", "3%", "48.5%"], hAlign="LEFT")
        style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
        for r, row in enumerate(rows):
            for c in (0, 2):
                if row[c]:
                    style += [("BACKGROUND", (c, r), (c, r), TINT), ("LINEBEFORE", (c, r), (c, r), 2.5, ACCENT)]
            style.append(("LINEBELOW", (0, r), (-1, r), 6, colors.white))  # gap between rows
        table.setStyle(TableStyle(style))
        return [table]

    def sources(self, entries: list[Entry]) -> list[Flowable]:
        out = []
        for e in entries:
            assert isinstance(e, SourceEntry)
            text = markup(e.text)
            if e.url:
                shown = markup(e.url)
                text = text.replace(shown, f'<a href="{attribute(e.url)}" color="#1F3A5F">{shown}</a>')
            out.append(Paragraph(f'<a name="src-{e.number}"/>' + text, self.s.source, bulletText=f"[{e.number}]"))
        return out

    def table(self, block: Block) -> list[Flowable]:
        rows = [[self.p(t, self.s.cell_head) for t in block.header]] if block.header else []
        for r in block.entries:
            assert isinstance(r, TableRow)
            rows.append([self.p(c, self.s.cell, raw_prefix=_anchors(r.ids) if i == 0 else "") for i, c in enumerate(r.cells)])
        t = Table(rows, repeatRows=1 if block.header else 0, hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [t]

    def block(self, block: Block) -> list[Flowable]:
        return {
            BlockKind.BULLETS: lambda: self.bullets(block.entries),
            BlockKind.QUOTES: lambda: self.quotes(block.entries),
            BlockKind.FIGURES: lambda: self.figures(block.entries),
            BlockKind.PEOPLE: lambda: self.people(block.entries),
            BlockKind.SOURCES: lambda: self.sources(block.entries),
            BlockKind.TABLE: lambda: self.table(block),
        }[block.kind]()

    def section(self, section: ContentSection) -> list[Flowable]:
        body: list[Flowable] = []
        for block in section.blocks:
            body += self.block(block)
        head: list[Flowable] = [self.heading(section.title, section.key)]
        if section.takeaway:
            head.append(self.p(section.takeaway, self.s.takeaway))
        out = [KeepTogether([*head, *body[:1]]), *body[1:]]
        if self.note_space and section.key != "sources":
            out.append(Spacer(1, 3 * mm))
            out.append(NoteLines(self.labels["notes"]))
        return out

    def glance(self) -> list[Flowable]:
        """Page one, "at a glance": meeting, objectives, key messages and the key figures."""
        c, lab = self.content, self.labels
        cover = self.cover()
        head, out = [self.p(lab["at_a_glance"], self.s.kicker), cover[0]], cover[1:]
        for key in ("objectives", "key_messages"):
            for section in (x for x in c.sections if x.key == key):
                out.append(self.p(section.title, self.s.h2))
                if section.takeaway:  # these sections appear only here, so their takeaway does too
                    out.append(self.p(section.takeaway, self.s.takeaway))
                for block in section.blocks:
                    out += self.block(block)
        if c.key_figures:
            out.append(self.p(self.labels.section(Section.KEY_FIGURES), self.s.h2))
            cells = []
            for t in c.key_figures:
                cell = [self.p(f"{t.hedge} {t.value}".strip(), self.s.figure_value, raw_prefix=_anchors(t.ids)), self.p(t.label, self.s.small)]
                if t.correction:
                    cell.append(self.p(t.correction, self.s.correction))
                cell += self.flag(t.flag)
                cells.append(cell)
            rows = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]  # two per row: room for long words
            grid = Table(rows, colWidths=["50%", "50%"], hAlign="LEFT")
            grid.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (-1, -1), 2.5, ACCENT),
                ("LINEAFTER", (0, 0), (-1, -1), 4, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            out.append(grid)
        return [*head, KeepInFrame(0, 0, out, mode="shrink"), PageBreak()]

    def notes_section(self) -> list[Flowable]:
        if not self.content.editorial_notes:
            return []
        notes = [self.p(n, self.s.small) for n in self.content.editorial_notes]
        return [KeepTogether([self.p(self.labels["editorial_notes"], self.s.h2), *notes])]

    def build(self) -> list[Flowable]:
        story = self.glance()
        for section in self.content.sections:
            if section.key in ("objectives", "key_messages"):
                continue  # on the first page
            if section.key == "sources":
                story += self.notes_section()
            story += self.section(section)
        if not any(s.key == "sources" for s in self.content.sections):
            story += self.notes_section()
        return story


def _canvas(labels: Labels) -> type[Canvas]:
    """A canvas that numbers pages "x of y" and names each entry's destination.

    Pages are kept until :meth:`save`, when the total is known (reportlab's usual
    "numbered canvas"), instead of laying the whole document out twice.  reportlab
    resolves ``<a name>`` targets inline and lists no names; the catalogue's ``/Dests``
    gets them, so ``ann-<id>`` makes the provenance of every entry checkable by any PDF
    tool (and linkable: ``handout.pdf#ann-<id>``) without printing anything.  The first
    place an entry appears is its home.
    """

    class HandoutCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # reportlab's canvas arguments, passed through
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []  # each page's canvas state (reportlab's own attributes)
            self._homes: set[str] = set()
            self.page_label_at: tuple[float, float] | None = None

        def bookmarkPage(self, key: str, fit: str = "Fit", left: float | None = None, top: float | None = None,
                         bottom: float | None = None, right: float | None = None, zoom: float | None = None) -> None:
            if key.startswith("ann-"):
                if key in self._homes:
                    return
                self._homes.add(key)
            super().bookmarkPage(key, fit=fit, left=left, top=top, bottom=bottom, right=right, zoom=zoom)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self.page_label_at is not None:
                    self.saveState()
                    self.setFont(PDF_REGULAR, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(*self.page_label_at, labels.page_x_of_y(self._pageNumber, total))
                    self.restoreState()
                super().showPage()
            named = {k: d for k, d in self._destinations.items() if k.startswith(("ann-", "src-"))}
            if named:
                self._doc.Catalog.Dests = PDFDictionary(named)
            super().save()

    return HandoutCanvas


def _flatten(flowables: list[Flowable]) -> list[Flowable]:
    """The story without tables and keep-together groups: each cell's paragraphs in reading order.

    A table row or a kept-together group taller than a page cannot be laid out at all
    (reportlab raises ``LayoutError``); flat paragraphs always flow onto further pages.
    """
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    out += _flatten(list(cell) if isinstance(cell, (list, tuple)) else [cell])
        elif isinstance(f, (KeepTogether, KeepInFrame)):
            out += _flatten(list(f._content))
        elif isinstance(f, Flowable) and not isinstance(f, WarningSign):
            out.append(f)
    return out


def _render(content: BriefingContent, paper: PageSize, author: str | None, note_space: bool, plain: bool = False) -> tuple[bytes, int]:
    styles = make_styles()
    buf = io.BytesIO()
    labels = Labels(content.lang)
    doc = _Handout(buf, content, labels, styles, paper, 0, author)
    story = _Story(content, styles, note_space).build()
    doc.build(_flatten(story) if plain else story, canvasmaker=_canvas(labels))
    return buf.getvalue(), doc.page


def write_pdf(
    content: BriefingContent,
    target: Path,
    *,
    paper: str = "a4",
    author: str | None = None,
    note_space: bool = False,
    report: ExportReport | None = None,
) -> ExportReport:
    """Write the handout for ``content`` to ``target`` (``paper``: "a4" or "letter")."""
    report = report or ExportReport()
    size = PAPER.get(paper.lower())
    if size is None:
        raise ExportError(
            QT_TRANSLATE_NOOP("BriefingError", "Unknown paper size '{paper}'."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose A4 or Letter."),
            paper=paper,
        )
    try:
        data, pages = _render(content, size, author, note_space)
    except LayoutError:  # an entry taller than a page inside a box: the same content as flowing text
        data, pages = _render(content, size, author, note_space, plain=True)
        report.warn(QT_TRANSLATE_NOOP(
            "BriefingError", "An entry is longer than a page, so the handout is set as plain flowing text; shorten it."))
    write_atomic(Path(target), lambda tmp: tmp.write_bytes(data), ExportError)
    report.pdf_path = Path(target)
    report.page_count = pages
    return report
