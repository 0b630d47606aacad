"""The handout's one stylesheet: sizes, colours and spacing in a single place.

Restrained on purpose: one accent colour for headings, figures and rules, dark grey
text, muted grey for attributions and footers, dark red only for the classification.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import PDF_BOLD, PDF_REGULAR, register_pdf_fonts

ACCENT = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1E1E1E")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DC")
TINT = colors.HexColor("#EEF2F7")
CLASSIFIED = colors.HexColor("#A01020")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    figure_value: ParagraphStyle
    small: ParagraphStyle
    source: ParagraphStyle
    name: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    h2: ParagraphStyle
    kicker: ParagraphStyle
    flag: ParagraphStyle
    correction: ParagraphStyle
    takeaway: ParagraphStyle


def make_styles() -> Styles:
    register_pdf_fonts()
    base = ParagraphStyle("body", fontName=PDF_REGULAR, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT)

    def s(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        title=s("title", fontName=PDF_BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=4),
        subtitle=s("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=10),
        h1=s("h1", fontName=PDF_BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=14, spaceAfter=6),
        body=base,
        bullet=s("bullet", leftIndent=12, bulletIndent=0, spaceBefore=2, bulletFontName=PDF_REGULAR, bulletColor=ACCENT),
        quote=s("quote", fontSize=11, leading=15.5),
        attribution=s("attribution", fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=2),
        cell=s("cell", fontSize=8.5, leading=11),
        cell_head=s("cell_head", fontName=PDF_BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        figure_value=s("figure_value", fontName=PDF_BOLD, fontSize=11, leading=14, textColor=ACCENT),
        small=s("small", fontSize=8.5, leading=11.5, textColor=MUTED),
        source=s("source", fontSize=9, leading=12.5, leftIndent=20, bulletIndent=0, spaceBefore=3),
        name=s("name", fontName=PDF_BOLD, fontSize=11, leading=14, textColor=ACCENT),
        header=s("header", fontSize=8, leading=10, textColor=MUTED),
        h2=s("h2", fontName=PDF_BOLD, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=9, spaceAfter=3),
        kicker=s("kicker", fontName=PDF_BOLD, fontSize=9, leading=12, textColor=MUTED, spaceAfter=2),
        flag=s("flag", fontName=PDF_BOLD, fontSize=8.5, leading=11, textColor=CLASSIFIED, spaceBefore=1),
        correction=s("correction", fontSize=8, leading=10.5, textColor=MUTED),
        takeaway=s("takeaway", fontName=PDF_BOLD, fontSize=11, leading=15, textColor=INK, spaceAfter=6),
        header_right=s("header_right", fontName=PDF_BOLD, fontSize=8, leading=10, textColor=CLASSIFIED, alignment=TA_RIGHT),
    )

