"""Build the two built-in deck templates (``briefing-classic.pptx``, ``briefing-modern.pptx``).

python-pptx cannot create slide layouts, so this starts from python-pptx's own default
template and rewrites it: 16:9 page, theme colours and fonts, master text styles, and
the layouts renamed to the roles the deck writer asks for ("Title", "Section",
"Bullets", "Quote", "Figures", "People", "Sources", plus "Title Only" and "Blank"), each
with its placeholders re-placed for 16:9 and a few decorative shapes.  The output is
committed; run this script again after changing a style:

    .venv/bin/python templates/build_templates.py
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
IN = 914400  # EMU per inch
SLIDE_W, SLIDE_H = 12192000, 6858000  # 13.333 x 7.5 in, 16:9
MARGIN = int(0.6 * IN)
CONTENT_W = SLIDE_W - 2 * MARGIN
EA_FONT = "Microsoft YaHei"


@dataclass(frozen=True)
class Style:
    name: str
    accent: str  # the one accent colour
    ink: str  # body text
    muted: str  # secondary text, footers
    tint: str  # light fill for tiles and cards
    rule: str  # hairlines
    heading_font: str
    body_font: str
    title_band: bool  # modern: a full-height accent panel on the title slide


CLASSIC = Style("briefing-classic", "1F3A5F", "1E1E1E", "5F6B7A", "EEF2F7", "C9D1DC", "Arial", "Arial", False)
MODERN = Style("briefing-modern", "00707A", "1B1B1B", "5E6A6E", "E8F2F2", "C7D6D6", "Calibri", "Calibri", True)


def _xml(s: str) -> etree._Element:
    return etree.fromstring(s.replace("NSDECL", NS))


def _ph_sp(sp_id: int, name: str, ph: str, x: int, y: int, w: int, h: int, body: str = "", anchor: str = "t") -> str:
    """A placeholder shape; ``ph`` is the inner attributes of ``p:ph``."""
    return f"""<p:sp NSDECL><p:nvSpPr><p:cNvPr id="{sp_id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>
<p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr>
<p:txBody><a:bodyPr anchor="{anchor}"><a:normAutofit/></a:bodyPr><a:lstStyle>{body}</a:lstStyle><a:p><a:endParaRPr lang="de-DE"/></a:p></p:txBody></p:sp>"""


def _rect(sp_id: int, name: str, x: int, y: int, w: int, h: int, colour: str) -> str:
    return f"""<p:sp NSDECL><p:nvSpPr><p:cNvPr id="{sp_id}" name="{name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>
<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="de-DE"/></a:p></p:txBody></p:sp>"""


def _lvl1(size: int, colour: str, bold: bool = False, bullet: bool = True, algn: str = "l") -> str:
    bu = "" if bullet else "<a:buNone/>"
    indent = "" if bullet else ' marL="0" indent="0"'
    return (
        f'<a:lvl1pPr algn="{algn}"{indent}>{bu}<a:defRPr sz="{size}" b="{1 if bold else 0}">'
        f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:defRPr></a:lvl1pPr>'
    )


FOOT_Y = SLIDE_H - int(0.42 * IN)
FOOT_H = int(0.3 * IN)


def _footer_phs(start_id: int, st: Style) -> list[str]:
    small = f'<a:lvl1pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="{st.muted}"/></a:solidFill></a:defRPr></a:lvl1pPr>'
    right = small.replace("<a:lvl1pPr>", '<a:lvl1pPr algn="r">')
    return [
        _ph_sp(start_id, "Footer Placeholder", 'type="ftr" sz="quarter" idx="11"', MARGIN, FOOT_Y, int(7.6 * IN), FOOT_H, small, "ctr"),
        _ph_sp(start_id + 1, "Date Placeholder", 'type="dt" sz="half" idx="10"', MARGIN + int(7.7 * IN), FOOT_Y, int(2.4 * IN), FOOT_H, right, "ctr"),
        _ph_sp(start_id + 2, "Slide Number Placeholder", 'type="sldNum" sz="quarter" idx="12"', SLIDE_W - MARGIN - int(2.0 * IN), FOOT_Y, int(2.0 * IN), FOOT_H, right, "ctr"),
    ]


def _content_layout(st: Style, body_style: str) -> list[str]:
    """Title at the top, a short accent rule under it, one body region, footer fields."""
    title_style = _lvl1(2800, st.accent, bold=True, bullet=False)
    return [
        _ph_sp(2, "Title 1", 'type="title"', MARGIN, int(0.45 * IN), CONTENT_W, int(0.85 * IN), title_style, "b"),
        _rect(3, "Accent Rule", MARGIN + 91440, int(1.36 * IN), int(0.9 * IN), int(0.05 * IN), st.accent),
        _ph_sp(4, "Content Placeholder 2", 'idx="1"', MARGIN, int(1.62 * IN), CONTENT_W, int(5.0 * IN), body_style),
        *_footer_phs(5, st),
    ]


def _layouts(st: Style) -> dict[str, tuple[str, list[str]]]:
    """Layout name -> (layout type, shapes)."""
    white = "FFFFFF"
    if st.title_band:
        panel_w = int(5.0 * IN)
        title_slide = [
            _rect(2, "Title Panel", 0, 0, panel_w, SLIDE_H, st.accent),
            _ph_sp(3, "Title 1", 'type="ctrTitle"', int(0.6 * IN), int(1.6 * IN), panel_w - int(1.0 * IN), int(2.6 * IN), _lvl1(3600, white, True, False), "b"),
            _ph_sp(4, "Subtitle 2", 'type="subTitle" idx="1"', int(0.6 * IN), int(4.4 * IN), panel_w - int(1.0 * IN), int(1.2 * IN), _lvl1(1800, white, False, False)),
            _ph_sp(5, "Details 3", 'type="body" sz="half" idx="13"', panel_w + int(0.6 * IN), int(1.6 * IN), SLIDE_W - panel_w - int(1.2 * IN), int(4.4 * IN), _lvl1(1600, st.ink, False, False)),
        ]
    else:
        title_slide = [
            _rect(2, "Title Bar", MARGIN + 91440, int(1.75 * IN), int(1.4 * IN), int(0.08 * IN), st.accent),
            _ph_sp(3, "Title 1", 'type="ctrTitle"', MARGIN, int(1.95 * IN), CONTENT_W, int(1.7 * IN), _lvl1(4000, st.accent, True, False), "t"),
            _ph_sp(4, "Subtitle 2", 'type="subTitle" idx="1"', MARGIN, int(3.7 * IN), CONTENT_W, int(0.7 * IN), _lvl1(2000, st.muted, False, False)),
            _ph_sp(5, "Details 3", 'type="body" sz="half" idx="13"', MARGIN, int(4.6 * IN), CONTENT_W, int(2.0 * IN), _lvl1(1400, st.ink, False, False)),
        ]
    section = [
        _rect(2, "Section Panel", 0, 0, int(0.35 * IN), SLIDE_H, st.accent),
        _ph_sp(3, "Title 1", 'type="title"', MARGIN + int(0.4 * IN), int(2.4 * IN), CONTENT_W - int(0.4 * IN), int(1.4 * IN), _lvl1(3600, st.accent, True, False), "b"),
        _ph_sp(4, "Text Placeholder 2", 'type="body" idx="1"', MARGIN + int(0.4 * IN), int(3.9 * IN), CONTENT_W - int(0.4 * IN), int(1.0 * IN), _lvl1(2000, st.muted, False, False)),
        *_footer_phs(5, st),
    ]
    title_only = [
        _ph_sp(2, "Title 1", 'type="title"', MARGIN, int(0.45 * IN), CONTENT_W, int(0.85 * IN), _lvl1(2800, st.accent, True, False), "b"),
        _rect(3, "Accent Rule", MARGIN + 91440, int(1.36 * IN), int(0.9 * IN), int(0.05 * IN), st.accent),
        *_footer_phs(4, st),
    ]
    bullets = _lvl1(2000, st.ink)
    plain = _lvl1(2000, st.ink, bullet=False)
    small = _lvl1(1400, st.ink, bullet=False)
    return {
        "Title": ("title", title_slide),
        "Section": ("secHead", section),
        "Bullets": ("obj", _content_layout(st, bullets)),
        "Quote": ("obj", _content_layout(st, plain)),
        "Figures": ("obj", _content_layout(st, plain)),
        "People": ("obj", _content_layout(st, plain)),
        "Sources": ("obj", _content_layout(st, small)),
        "Title Only": ("titleOnly", title_only),
        "Blank": ("blank", _footer_phs(2, st)),
    }


def _replace_shapes(sptree: etree._Element, shapes: list[str]) -> None:
    for child in list(sptree)[2:]:  # keep nvGrpSpPr and grpSpPr
        sptree.remove(child)
    for s in shapes:
        sptree.append(_xml(s))


def _fill(colour: str) -> str:
    """A solid fill of ``colour`` (hex RGB) in DrawingML."""
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


def _master(prs, st: Style) -> None:
    master = prs.slide_master._element
    sptree = master.find(qn("p:cSld")).find(qn("p:spTree"))
    title_h = int(0.85 * IN)
    _replace_shapes(
        sptree,
        [
            _ph_sp(2, "Title Placeholder 1", 'type="title"', MARGIN, int(0.45 * IN), CONTENT_W, title_h, "", "b"),
            _ph_sp(3, "Text Placeholder 2", 'type="body" idx="1"', MARGIN, int(1.62 * IN), CONTENT_W, int(5.0 * IN)),
            _ph_sp(4, "Date Placeholder 3", 'type="dt" sz="half" idx="2"', MARGIN + int(7.7 * IN), FOOT_Y, int(2.4 * IN), FOOT_H, "", "ctr"),
            _ph_sp(5, "Footer Placeholder 4", 'type="ftr" sz="quarter" idx="3"', MARGIN, FOOT_Y, int(7.6 * IN), FOOT_H, "", "ctr"),
            _ph_sp(6, "Slide Number Placeholder 5", 'type="sldNum" sz="quarter" idx="4"', SLIDE_W - MARGIN - int(2.0 * IN), FOOT_Y, int(2.0 * IN), FOOT_H, "", "ctr"),
            _rect(7, "Footer Rule", MARGIN, FOOT_Y - int(0.04 * IN), CONTENT_W, 9525, st.rule),
        ],
    )
    styles = master.find(qn("p:txStyles"))
    fonts_mj = '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
    fonts_mn = '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
    body_levels = ""
    for lvl, (size, mar, char) in enumerate(((2000, 285750, "▪"), (1800, 628650, "–"), (1600, 971550, "·")), start=1):
        body_levels += (
            f'<a:lvl{lvl}pPr marL="{mar}" indent="-285750" algn="l"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
            f'<a:spcBef><a:spcPts val="900"/></a:spcBef><a:buClr><a:srgbClr val="{st.accent}"/></a:buClr>'
            f'<a:buFont typeface="Arial"/><a:buChar char="{char}"/>'
            f'<a:defRPr sz="{size}">{_fill(st.ink)}{fonts_mn}</a:defRPr></a:lvl{lvl}pPr>'
        )
    new = _xml(
        f"""<p:txStyles NSDECL>
<p:titleStyle><a:lvl1pPr algn="l"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>
<a:defRPr sz="2800" b="1">{_fill(st.accent)}{fonts_mj}</a:defRPr></a:lvl1pPr></p:titleStyle>
<p:bodyStyle>{body_levels}</p:bodyStyle>
<p:otherStyle><a:lvl1pPr><a:defRPr sz="1400">{_fill(st.ink)}{fonts_mn}</a:defRPr></a:lvl1pPr></p:otherStyle>
</p:txStyles>"""
    )
    master.replace(styles, new)


def _theme(prs, st: Style) -> None:
    part = prs.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(part.blob)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    theme.set("name", st.name)
    scheme = theme.find(f".//{a}clrScheme")
    scheme.set("name", st.name)
    colours = {"dk2": st.accent, "lt2": st.tint, "accent1": st.accent, "accent2": st.muted, "hlink": st.accent, "folHlink": st.muted}
    for tag, val in colours.items():
        el = scheme.find(a + tag)
        for c in list(el):
            el.remove(c)
        etree.SubElement(el, a + "srgbClr").set("val", val)
    fonts = theme.find(f".//{a}fontScheme")
    fonts.set("name", st.name)
    for which, face in (("majorFont", st.heading_font), ("minorFont", st.body_font)):
        el = fonts.find(a + which)
        el.find(a + "latin").set("typeface", face)
        el.find(a + "ea").set("typeface", EA_FONT)
        for f in el.findall(a + "font"):
            if f.get("script") == "Hans":
                f.set("typeface", EA_FONT)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def build(st: Style) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    _theme(prs, st)
    _master(prs, st)
    layouts = list(prs.slide_layouts)
    specs = _layouts(st)
    # Re-use the first nine default layouts (their parts and relationships) for our nine.
    for layout, (name, (kind, shapes)) in zip(layouts, specs.items(), strict=False):  # the defaults beyond ours are removed below
        el = layout._element
        el.set("type", kind)
        el.find(qn("p:cSld")).set("name", name)
        _replace_shapes(el.find(qn("p:cSld")).find(qn("p:spTree")), shapes)
    for layout in layouts[len(specs):]:
        prs.slide_layouts.remove(layout)
    cp = prs.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.subject = st.name, "", "", ""
    cp.comments = "Briefing Desk built-in template"
    cp.revision = 1
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def main() -> None:
    for st in (CLASSIC, MODERN):
        target = HERE / f"{st.name}.pptx"
        target.write_bytes(build(st))
        print("wrote", target)


if __name__ == "__main__":
    main()
