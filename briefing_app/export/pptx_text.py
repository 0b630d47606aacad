"""Low-level text helpers for the deck writer: runs, fields, colours and East Asian fonts.

Colours are theme references (accent 1, text 1 lightened) rather than fixed RGB, so a
corporate template's own palette carries through to tiles, cards and footers.
"""

from __future__ import annotations

from lxml import etree
from pptx.dml.color import ColorFormat
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Pt

from .fonts import EA_FONT, has_cjk

#: A theme colour and its brightness (-1 darker … 1 lighter).
ThemeColour = tuple[MSO_THEME_COLOR, float]

INK: ThemeColour = (MSO_THEME_COLOR.TEXT_1, 0.0)
MUTED: ThemeColour = (MSO_THEME_COLOR.TEXT_1, 0.4)
ACCENT: ThemeColour = (MSO_THEME_COLOR.ACCENT_1, 0.0)
TILE: ThemeColour = (MSO_THEME_COLOR.BACKGROUND_2, 0.0)  # the theme's light second background


def set_colour(color: ColorFormat, spec: ThemeColour) -> None:
    theme, brightness = spec
    color.theme_color = theme
    if brightness:
        color.brightness = brightness


def prepare(tf: TextFrame) -> None:
    """Empty the frame and switch off autofit: the writer sizes text itself."""
    tf.clear()
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE


def add_paragraph(
    tf: TextFrame,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: ThemeColour | None = INK,
    bullet: bool | None = None,
    space_before: float = 0.0,
    suffix: str = "",
    suffix_colour: ThemeColour = MUTED,
) -> _Paragraph:
    """Append a paragraph (the frame's first, empty one is reused).

    ``bullet`` None keeps what the placeholder's style says; False removes the bullet.
    ``suffix`` is set smaller and muted (source markers such as "[1]").
    """
    first = tf.paragraphs[0]
    para = first if (len(tf.paragraphs) == 1 and not first.runs and not first.text) else tf.add_paragraph()
    if bullet is False:
        no_bullet(para)
    if space_before:
        para.space_before = Pt(space_before)
    run = para.add_run()
    run.text = text
    f = run.font
    f.size = Pt(size)
    f.bold = bold
    f.italic = italic
    if colour is not None:
        set_colour(f.color, colour)
    if suffix:
        r2 = para.add_run()
        r2.text = "\u00a0" + suffix
        r2.font.size = Pt(max(8.0, size * 0.65))
        set_colour(r2.font.color, suffix_colour)
    return para


def no_bullet(para: _Paragraph) -> None:
    pPr = para._p.get_or_add_pPr()
    pPr.set("marL", "0")
    pPr.set("indent", "0")
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buBlip"):
        for el in pPr.findall(qn(tag)):
            pPr.remove(el)
    bu = etree.SubElement(pPr, qn("a:buNone"))
    # buNone must precede tabLst/defRPr/extLst in CT_TextParagraphProperties.
    for tag in ("a:tabLst", "a:defRPr", "a:extLst"):
        el = pPr.find(qn(tag))
        if el is not None:
            el.addprevious(bu)
            break


def add_text_with_field(para: _Paragraph, template: str, value: str, size: float, colour: ThemeColour = MUTED) -> None:
    """``"Seite {x} von 9"``: static text around a live slide-number field."""
    before, _, after = template.partition("{x}")
    for piece in (before, None, after):
        if piece is None:
            fld = etree.SubElement(para._p, qn("a:fld"))
            fld.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
            fld.set("type", "slidenum")
            rpr = etree.SubElement(fld, qn("a:rPr"))
            rpr.set("sz", str(int(size * 100)))
            t = etree.SubElement(fld, qn("a:t"))
            t.text = value
            _move_before_end_para(para)
            continue
        if piece:
            run = para.add_run()
            run.text = piece
            run.font.size = Pt(size)
            set_colour(run.font.color, colour)


def _move_before_end_para(para: _Paragraph) -> None:
    end = para._p.find(qn("a:endParaRPr"))
    if end is not None:
        para._p.remove(end)
        para._p.append(end)


_RPR_AFTER_EA = ("a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")


def apply_east_asian_font(root: etree._Element, typeface: str = EA_FONT) -> int:
    """Name an East Asian typeface on every run (and field) whose text holds CJK; returns the count."""
    count = 0
    for r in root.iter(qn("a:r"), qn("a:fld")):
        t = r.find(qn("a:t"))
        if t is None or not t.text or not has_cjk(t.text):
            continue
        rpr = r.find(qn("a:rPr"))
        if rpr is None:
            rpr = etree.Element(qn("a:rPr"))
            r.insert(0, rpr)
        rpr.set("altLang", "zh-CN")
        ea = rpr.find(qn("a:ea"))
        if ea is None:
            ea = etree.Element(qn("a:ea"))
            latin = rpr.find(qn("a:latin"))
            if latin is not None:
                latin.addnext(ea)
            else:
                later = next((rpr.find(qn(t)) for t in _RPR_AFTER_EA if rpr.find(qn(t)) is not None), None)
                if later is not None:
                    later.addprevious(ea)
                else:
                    rpr.append(ea)
        ea.set("typeface", typeface)
        count += 1
    return count

