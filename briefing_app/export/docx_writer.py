"""Briefing content -> Word briefing (.docx) in the layout of a ministry "Gesprächsunterlage".

The third writer on the same model as the deck and the handout.  Order: header with the
classification and "Stand", title and meeting block, Anlass und Gesprächsziel, Sprechpunkte
aktiv, Sprechpunkte reaktiv, Sachstand (figures table with corrections marked),
Positionen der Gegenseite, Gesprächspartner, Fragen, Quellen.

Only Word's own built-in styles are used (Title, Heading 1/2, List Bullet, Table Grid,
Quote, Caption, Normal), never direct layout, so a house template restyles the whole
document; a user's .docx/.dotx can be given as the style source.  Each entry starts
with a bookmark ``ann-<id>`` — invisible, and the trail back to its sentence.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..atomic_file import write_atomic
from ..core.errors import ExportError, TemplateError
from ..core.i18n import QT_TRANSLATE_NOOP
from .labels import Labels
from .model import (
    Block,
    BlockKind,
    BriefingContent,
    Bullet,
    FigureTile,
    PersonCard,
    QuoteEntry,
    SourceEntry,
    TableRow,
)
from .report import ExportReport
from .safe_text import shorten
from .templates import refuse_oversized_template

FLAG_COLOUR = RGBColor(0xA0, 0x10, 0x20)
_DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOCM = b"application/vnd.ms-word.document.macroEnabled.main+xml"
_DOTM = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"

_VBA_REL = re.compile(rb'<Relationship\b[^>]*Type="[^"]*(?:vbaProject|vbaData|wordVbaData)[^"]*"[^>]*/>', re.I)

# Ministry order: (heading label, content section keys shown under it).
LAYOUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("occasion", ("summary", "objectives")),
    ("active", ("key_messages",)),
    ("reactive", ("reactive",)),
    ("facts", ("key_figures", "background")),
    ("positions", ("quotes",)),
    ("partners", ("counterparts",)),
    ("questions_short", ("questions",)),
    ("sources", ("sources",)),
)


def open_style_source(path: Path | None) -> DocumentT:
    """A new document, with the styles of the user's .docx/.dotx when one is given (its text is dropped)."""
    if path is None:
        return Document()
    path = Path(path)
    try:
        data = path.read_bytes()
        if path.suffix.lower() not in (".docx", ".dotx") or not zipfile.is_zipfile(io.BytesIO(data)):
            raise ValueError("not a Word package")
    except (OSError, ValueError) as exc:
        raise _not_a_word_template(path) from exc
    refuse_oversized_template(data, path)
    try:
        doc = Document(io.BytesIO(_as_document(data)))
    except Exception as exc:  # python-docx raises many kinds on foreign files
        raise _not_a_word_template(path) from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def _not_a_word_template(path: Path) -> TemplateError:
    return TemplateError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} could not be opened as a Word template."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "Choose a .docx or .dotx file saved by Word or LibreOffice."),
        name=path.name,
        path=str(path),
    )


def _as_document(data: bytes) -> bytes:
    """A .dotx (or macro-enabled file) as a plain document; VBA parts are left out."""
    src = zipfile.ZipFile(io.BytesIO(data))
    types = src.read("[Content_Types].xml")
    patched = types.replace(_DOTX, _DOCX).replace(_DOCM, _DOCX).replace(_DOTM, _DOCX)
    if patched == types and not any("vbaProject" in n for n in src.namelist()):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if "vbaProject" in item.filename or "vbaData" in item.filename:
                continue
            body = patched if item.filename == "[Content_Types].xml" else src.read(item.filename)
            if item.filename.endswith(".rels"):
                body = _VBA_REL.sub(b"", body)
            dst.writestr(item, body)
    return out.getvalue()


class _Writer:
    def __init__(self, doc: DocumentT, content: BriefingContent, report: ExportReport) -> None:
        self.doc = doc
        self.content = content
        self.labels = Labels(content.lang)
        self.report = report
        self.styles = {s.name for s in doc.styles}
        self._bookmark = 0

    # -- primitives --------------------------------------------------------------------------
    def style(self, name: str) -> str | None:
        if name in self.styles:
            return name
        self.report.warn(
            QT_TRANSLATE_NOOP("BriefingError", "The Word template has no style '{style}'; the normal style was used."),
            style=name,
        )
        return None

    def para(self, text: str = "", style: str | None = None, ids: tuple[str, ...] = ()) -> Paragraph:
        p = self.doc.add_paragraph(style=self.style(style) if style else None)
        for i in ids:
            self.bookmark(p, f"ann-{i}")
        if text:
            p.add_run(text)
        return p

    def takeaway(self, text: str) -> None:
        """The section's conclusion as its first line, in bold in the body style (a house template restyles it)."""
        if text:
            self.para(style="Body Text" if "Body Text" in self.styles else None).add_run(text).bold = True

    def bookmark(self, p: Paragraph, name: str) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark))
        start.set(qn("w:name"), name[:40])
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark))
        p._p.append(start)
        p._p.append(end)
        self._bookmark += 1

    def flag(self, p: Paragraph, text: str) -> None:
        if text:
            run = p.add_run(f" {text}")
            run.bold = True
            run.font.color.rgb = FLAG_COLOUR

    def table(self, header: tuple[str, ...], rows: list[list[Any]], widths_cm: tuple[float, ...] = ()) -> None:
        t = self.doc.add_table(rows=1, cols=len(header))
        grid = self.style("Table Grid")
        if grid:
            t.style = grid
        # the header row repeats on every page and never stands alone at a page's foot
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
        for p in t.rows[0].cells[0].paragraphs:
            p.paragraph_format.keep_with_next = True
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            added = t.add_row()
            added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
            cells = added.cells
            for cell, fill in zip(cells, row, strict=False):  # a short row leaves its last cells empty
                cell.text = ""
                fill(cell) if callable(fill) else cell.paragraphs[0].add_run(str(fill))
        if widths_cm:
            t.autofit = False
            for column, width in zip(t.columns, widths_cm, strict=False):  # columns without a width keep Word's
                column.width = Cm(width)  # the grid, which LibreOffice reads
            for row in t.rows:
                for cell, width in zip(row.cells, widths_cm, strict=False):
                    cell.width = Cm(width)

    # -- page furniture ----------------------------------------------------------------------
    def header(self) -> None:
        lab = self.labels
        section = self.doc.sections[0]
        hdr = section.header
        hdr.is_linked_to_previous = False
        p = hdr.paragraphs[0] if hdr.paragraphs else hdr.add_paragraph()
        p.text = ""
        if self.content.classification:
            run = p.add_run(self.content.classification.upper())
            run.bold = True
            run.font.color.rgb = FLAG_COLOUR
            p.add_run("\t")
        p.add_run(f"{lab['as_of']}: {lab.date(self.content.as_of)}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ftr = section.footer
        ftr.is_linked_to_previous = False
        f = ftr.paragraphs[0] if ftr.paragraphs else ftr.add_paragraph()
        f.text = self.content.source_note
        if self.content.classification:
            f.add_run(f"\n{self.content.classification.upper()}").bold = True

    def cover(self) -> None:
        c, lab = self.content, self.labels
        self.para(lab["talking_points_doc"], "Caption")
        self.para(c.title.title, "Title")
        rows = list(c.title.details)
        if c.classification:
            rows.append((lab["classification"], c.classification))
        rows.append((lab["as_of"], lab.date(c.as_of)))
        self.table((lab["meeting"], ""), [[k, v] for k, v in rows], (4.0, 12.0))

    # -- blocks ---------------------------------------------------------------------------------
    def block(self, block: Block) -> None:
        if block.kind is BlockKind.BULLETS:
            for e in block.entries:
                assert isinstance(e, Bullet)
                p = self.para(f"{e.text} {e.ref}".strip(), "List Bullet", e.ids)
                self.flag(p, e.flag)
        elif block.kind is BlockKind.QUOTES:
            for e in block.entries:
                assert isinstance(e, QuoteEntry)
                p = self.para(e.text, "Quote", e.ids)
                p.paragraph_format.keep_with_next = True  # the statement stays with its speaker
                self.flag(p, e.flag)
                who = ", ".join(x for x in (e.speaker, e.role) if x)
                if not e.direct:
                    who += f" ({self.labels['reported']})"
                self.para(" · ".join(x for x in (f"— {who}", e.source_text, e.ref) if x), "Caption")
        elif block.kind is BlockKind.FIGURES:
            self.figures([e for e in block.entries if isinstance(e, FigureTile)])
        elif block.kind is BlockKind.PEOPLE:
            for e in block.entries:
                assert isinstance(e, PersonCard)
                self.para(e.name, "Heading 2", e.ids)
                for line in (e.role, e.organisation, e.comment):
                    if line:
                        self.para(line)
        elif block.kind is BlockKind.TABLE:
            rows = [list(e.cells) for e in block.entries if isinstance(e, TableRow)]
            self.table(block.header or tuple("" for _ in rows[0]), rows, (6.0, 10.0) if len(rows[0]) == 2 else ())
        elif block.kind is BlockKind.SOURCES:
            for e in block.entries:
                assert isinstance(e, SourceEntry)
                self.para(f"[{e.number}] {e.text}", None, ())

    def figures(self, tiles: list[FigureTile]) -> None:
        lab = self.labels

        def value_cell(t: FigureTile) -> Callable[[_Cell], None]:
            def fill(cell: _Cell) -> None:
                p = cell.paragraphs[0]
                for i in t.ids:
                    self.bookmark(p, f"ann-{i}")
                p.add_run(f"{t.hedge} {t.value}".strip()).bold = True
                if t.correction:
                    cell.add_paragraph(t.correction)
                if t.flag:
                    self.flag(cell.add_paragraph(), t.flag.strip())
            return fill

        rows = [[f"{t.label} {t.ref}".strip(), value_cell(t), lab.quoted(t.as_stated), t.conversion or "–"] for t in tiles]
        self.table((lab["figure"], lab["normalised"], lab["as_stated"], lab["conversion"]), rows, (4.6, 4.0, 3.9, 3.5))

    # -- document -------------------------------------------------------------------------------
    def write(self) -> None:
        self.header()
        self.cover()
        by_key = {s.key: s for s in self.content.sections}
        shown: set[str] = set()
        for label, keys in LAYOUT:
            sections = [by_key[k] for k in keys if k in by_key]
            notes = label == "facts" and self.content.editorial_notes
            if not sections and not notes:
                continue
            self.para(self.labels[label], "Heading 1")
            for section in sections:
                shown.add(section.key)
                if len(sections) > 1 and section.key not in ("summary",):
                    self.para(section.title, "Heading 2")
                self.takeaway(section.takeaway)
                for block in section.blocks:
                    self.block(block)
            if notes:
                for n in self.content.editorial_notes:
                    self.para(n, "Caption")
        for section in self.content.sections:  # anything the ministry order has no place for
            if section.key not in shown:
                self.para(section.title, "Heading 1")
                self.takeaway(section.takeaway)
                for block in section.blocks:
                    self.block(block)


def _set_properties(doc: DocumentT, content: BriefingContent, author: str | None) -> None:
    cp = doc.core_properties
    # document properties hold at most 255 characters (the format's limit)
    cp.title = shorten(content.title.title, 255)
    cp.subject = shorten(content.subject, 255)
    cp.author = shorten(author or "", 255)
    cp.last_modified_by = shorten(author or "", 255)
    cp.category = shorten(content.classification, 255)
    cp.language = "de-DE" if content.lang == "de" else "en-GB"
    cp.comments = ""
    cp.keywords = ""


def write_docx(
    content: BriefingContent,
    target: Path,
    *,
    template: str | Path | None = None,
    author: str | None = None,
    report: ExportReport | None = None,
) -> ExportReport:
    """Write the Word briefing for ``content`` to ``target`` (``template``: a .docx/.dotx style source)."""
    report = report or ExportReport()
    doc = open_style_source(Path(template) if template else None)
    _Writer(doc, content, report).write()
    _set_properties(doc, content, author)

    def save(tmp: Path) -> None:
        doc.save(str(tmp))

    write_atomic(Path(target), save, ExportError)
    report.docx_path = Path(target)
    return report
