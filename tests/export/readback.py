"""Read an exported deck or handout back into one comparable shape for the contract tests.

``pages`` is the visible text per slide/page, ``notes`` the speaker notes (empty for a
PDF), ``ids`` the annotation ids the file carries as provenance (shape names and notes
in a deck, named destinations in a handout), ``fonts`` the embedded font names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_ID = re.compile(r"ann[:-]([0-9a-f]{32})")


@dataclass
class Readback:
    pages: list[str]
    notes: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    fonts: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def _shape_texts(shape) -> list[str]:
    out = []
    if shape.has_text_frame:
        out.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        out += [c.text for row in shape.table.rows for c in row.cells]
    return out


def read_pptx(path: Path) -> Readback:
    from pptx import Presentation

    prs = Presentation(str(path))
    rb = Readback(pages=[])
    for slide in prs.slides:
        texts: list[str] = []
        for shape in slide.shapes:
            texts += _shape_texts(shape)
            rb.ids.update(_ID.findall(shape.name))
        rb.pages.append("\n".join(texts))
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        rb.notes.append(notes)
        rb.ids.update(_ID.findall(notes))
    return rb


def read_pdf(path: Path) -> Readback:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    rb = Readback(pages=[(p.extract_text() or "") for p in reader.pages])
    rb.ids.update(_ID.findall(" ".join(reader.named_destinations)))
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            rb.fonts.add(str(ref.get_object()["/BaseFont"]))
    return rb


def squash(text: str) -> str:
    """Whitespace-insensitive form: line breaks in slides and pages fall anywhere."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def read_docx(path: Path) -> Readback:
    """Body text (paragraphs and table cells, in order) as one page; headers as notes; bookmarks as ids."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    body = doc.element.body
    texts: list[str] = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            texts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                texts.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    furniture = []
    for section in doc.sections:
        furniture += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    rb = Readback(pages=["\n".join(texts + furniture)], notes=[])
    for bm in body.iter(qn("w:bookmarkStart")):
        rb.ids.update(_ID.findall(bm.get(qn("w:name"), "")))
    return rb


def docx_headings(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every Title/Heading paragraph, as python-docx reads them."""
    from docx import Document

    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs
            if p.style is not None and (p.style.name == "Title" or p.style.name.startswith("Heading"))]
