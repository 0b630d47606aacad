"""Word and PDF files built in the test with python-docx and reportlab.

The suite carries no binary fixtures, and each test shows what its file contains.
"""

from __future__ import annotations

import io


def make_docx(paragraphs: list[str], *, title: str = "", author: str = "", keywords: str = "", table=None) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    props = document.core_properties
    props.title, props.author, props.keywords = title, author, keywords
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(pages: list[list[str]], *, title: str = "", author: str = "") -> bytes:
    """A PDF whose pages hold the given lines of text (an empty list: a blank page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(title)
    pdf.setAuthor(author)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_image_pdf() -> bytes:
    """A 'scan': one page with a drawn picture and no text at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for i in range(40):
        pdf.rect(50 + i * 5, 400 + i * 3, 100, 12, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def with_zip_bomb(archive: bytes, member_bytes: int, member: str = "word/media/bomb.bin") -> bytes:
    """``archive`` (a .docx, .pptx …) plus one member of ``member_bytes`` zeros: tiny packed,
    huge unpacked."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open(member, "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(member_bytes >> 20):
                fh.write(chunk)
    return out.getvalue()
