"""Deck templates: the built-in ones and the user's own corporate .pptx/.potx.

A template is used through its layouts and placeholders.  Layouts are matched to the
roles a deck needs (:class:`Layout`) by name, with German and English synonyms, then by
what placeholders they offer; every role that had to fall back is reported, so the user
knows which slides to check.  A .potx differs from a .pptx only in the content type of
its main part, which is patched in memory so python-pptx can open it.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.presentation import Presentation as PresentationT
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide, SlideLayout

from .. import zip_limits
from ..core.errors import TemplateError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.sizes import format_size
from ..resources import DEFAULT_TEMPLATE, template_path
from .deck import Layout
from .report import ExportReport

_POTX_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PPTX_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    description: str


_DESCRIPTIONS = {
    "briefing-classic": "Classic: white slides, navy accent, Arial",
    "briefing-modern": "Modern: teal accent panel on the title slide, Calibri",
}


def builtin_templates() -> list[TemplateInfo]:
    """The templates shipped with the app, default first."""
    found = sorted(template_path().glob("*.pptx"), key=lambda p: (p.stem != DEFAULT_TEMPLATE, p.stem))
    return [TemplateInfo(p.stem, p, _DESCRIPTIONS.get(p.stem, p.stem)) for p in found]


def is_builtin(path: Path) -> bool:
    return any(path.resolve() == info.path.resolve() for info in builtin_templates())


def resolve_template(template: str | Path | None) -> Path:
    """A built-in name (``"briefing-modern"`` or ``"modern"``) or a file path -> the file."""
    if template is None:
        template = DEFAULT_TEMPLATE
    text = str(template)
    for info in builtin_templates():
        if text in (info.name, info.name.removeprefix("briefing-")):
            return info.path
    path = Path(template)
    if not path.exists():
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "The template {name} was not found."),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError", "Choose a PowerPoint template (.pptx or .potx) or one of the built-in templates."
            ),
            name=path.name,
            path=str(path),
        )
    return path


def open_template(path: Path) -> PresentationT:
    """Open a .pptx/.potx as a presentation, or raise a :class:`TemplateError` that says why not."""
    if path.suffix.lower() not in (".pptx", ".potx"):
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is not a PowerPoint template."),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError", "Use a .pptx or .potx file saved by PowerPoint, Keynote or LibreOffice Impress."
            ),
            name=path.name,
            path=str(path),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "The template {name} could not be read ({reason})."),
            name=path.name,
            reason=exc.strerror or str(exc),
            path=str(path),
        ) from exc
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is not a valid PowerPoint file (it may be damaged or only renamed)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in PowerPoint and save it again as .pptx or .potx."),
            name=path.name,
            path=str(path),
        )
    refuse_oversized_template(data, path)
    try:
        data = _as_presentation(data)
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on broken files
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} could not be opened as a PowerPoint template."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in PowerPoint and save it again as .pptx or .potx."),
            name=path.name,
            path=str(path),
        ) from exc
    if not len(prs.slide_layouts):
        raise TemplateError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} has no slide layouts."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose another template."),
            name=path.name,
            path=str(path),
        )
    return prs


def refuse_oversized_template(data: bytes, path: Path) -> None:
    """A template (PowerPoint or Word) that unpacks beyond the limits is refused before any
    reader opens it: a zip bomb renamed .pptx must not take the machine's memory."""
    if zip_limits.zip_excess(data) is None:
        return
    raise TemplateError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} is too large once unpacked; Briefing Desk reads templates that unpack to at most {limit} in at most {members} parts."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in PowerPoint or Word and save it again, or choose another template."),
        name=path.name,
        limit=format_size(zip_limits.MAX_UNPACKED_BYTES),
        members=f"{zip_limits.MAX_MEMBERS:,}",
        path=str(path),
    )


# Main-part content types of macro-enabled packages (.pptm, .potm, .ppsm) and of a template.
_MAIN_TYPES = (
    _POTX_TYPE,
    b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    b"application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
    b"application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
)
# Parts that hold or start macros: the VBA project, its signatures and data, ribbon callbacks.
_MACRO_PART = re.compile(r"(?i)(^|/)(vbaProject[^/]*\.bin|vbaProjectSignature[^/]*\.bin|vbaData\.xml|customUI[^/]*\.xml)$")
_MACRO_REL = re.compile(rb'<Relationship\b[^>]*Type="[^"]*(?:vbaProject|vbaData|wordVbaData|ui/extensibility|customUi)[^"]*"[^>]*/>', re.I)
_MACRO_TYPE = re.compile(rb'<(?:Default|Override)\b[^>]*ContentType="[^"]*(?:vbaProject|vbaData|macroEnabled\.main)[^"]*"[^>]*/>', re.I)


def _as_presentation(data: bytes) -> bytes:
    """The package as a plain, macro-free presentation.

    A .potx differs from a .pptx only in its main content type.  A macro-enabled file
    (.pptm/.potm, also when renamed to .pptx) loses its VBA project, the relationships to
    it and the macro content types, so the deck written from it can never carry macros.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    types = src.read("[Content_Types].xml")
    patched = types
    for main in _MAIN_TYPES:
        patched = patched.replace(main, _PPTX_TYPE)
    names = src.namelist()
    macro_parts = [n for n in names if _MACRO_PART.search(n)]
    if patched == types and not macro_parts and not _MACRO_TYPE.search(types):
        return data
    patched = _MACRO_TYPE.sub(b"", patched)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in macro_parts:
                continue
            if item.filename == "[Content_Types].xml":
                body = patched
            elif item.filename.endswith(".rels"):
                body = _MACRO_REL.sub(b"", src.read(item.filename))
            else:
                body = src.read(item.filename)
            dst.writestr(item, body)
    return out.getvalue()


# -- layout matching -----------------------------------------------------------------------

SYNONYMS: dict[Layout, tuple[str, ...]] = {
    Layout.TITLE: ("title", "title slide", "titel", "titelfolie", "cover", "deckblatt", "titelseite"),
    Layout.SECTION: ("section", "section header", "abschnitt", "abschnittsüberschrift", "abschnittsueberschrift", "kapitel", "divider", "trenner", "zwischentitel"),
    Layout.BULLETS: ("bullets", "title and content", "titel und inhalt", "content", "inhalt", "text", "aufzählung", "standard"),
    Layout.QUOTE: ("quote", "quotes", "zitat", "zitate", "quotation", "stimmen"),
    Layout.FIGURES: ("figures", "key figures", "kennzahlen", "zahlen", "numbers", "facts", "fakten", "kpi"),
    Layout.PEOPLE: ("people", "persons", "personen", "counterparts", "gesprächspartner", "team", "profiles"),
    Layout.SOURCES: ("sources", "quellen", "references", "literatur", "nachweise"),
}
# Where a role has no layout of its own: the next best role to borrow one from.
FALLBACK: dict[Layout, tuple[Layout, ...]] = {
    Layout.TITLE: (Layout.SECTION,),
    Layout.SECTION: (Layout.TITLE,),
    Layout.BULLETS: (),
    Layout.QUOTE: (Layout.BULLETS,),
    Layout.FIGURES: (Layout.BULLETS,),
    Layout.PEOPLE: (Layout.BULLETS,),
    Layout.SOURCES: (Layout.BULLETS,),
}
_TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)
_BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY, PP_PLACEHOLDER.VERTICAL_OBJECT)


def _norm(name: str) -> str:
    return re.sub(r"[^a-zäöüß ]+", " ", name.lower()).strip()


def placeholders(layout_or_slide: SlideLayout | Slide) -> list[Shape]:
    """The placeholders of a layout or slide (text placeholders are autoshapes with a text frame)."""
    return list(layout_or_slide.placeholders)


def title_placeholder(layout_or_slide: SlideLayout | Slide) -> Shape | None:
    for ph in placeholders(layout_or_slide):
        if ph.placeholder_format.type in _TITLE_TYPES:
            return ph
    return None


def body_placeholders(layout_or_slide: SlideLayout | Slide) -> list[Shape]:
    out = [ph for ph in placeholders(layout_or_slide) if ph.placeholder_format.type in _BODY_TYPES or (
        ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE)]
    return sorted(out, key=lambda ph: ph.placeholder_format.idx)


def _has_body(layout: SlideLayout) -> bool:
    return any(ph.placeholder_format.type in _BODY_TYPES for ph in placeholders(layout))


def _by_name(layouts: list[SlideLayout], role: Layout) -> SlideLayout | None:
    names = [(_norm(layout.name), layout) for layout in layouts]
    wanted = [_norm(s) for s in SYNONYMS[role]]
    for w in wanted:  # exact name first …
        for n, layout in names:
            if n == w:
                return layout
    for w in wanted:  # … then a name that contains a synonym as a word ("02 Zitat groß")
        for n, layout in names:
            if re.search(rf"\b{re.escape(w)}\b", n):
                return layout
    return None


def _by_shape(layouts: list[SlideLayout], role: Layout) -> SlideLayout | None:
    """A layout that offers what the role needs, judged by placeholder types."""
    for layout in layouts:
        types = {ph.placeholder_format.type for ph in placeholders(layout)}
        if role is Layout.TITLE and PP_PLACEHOLDER.CENTER_TITLE in types:
            return layout
        if role is Layout.SECTION and layout._element.get("type") == "secHead":
            return layout
        if role is Layout.BULLETS and title_placeholder(layout) is not None and _has_body(layout):
            return layout
    return None


def match_layouts(prs: PresentationT, report: ExportReport) -> dict[Layout, SlideLayout]:
    """Pick a template layout for every role; report each role that was not found by name."""
    layouts = list(prs.slide_layouts)
    found: dict[Layout, SlideLayout] = {}
    for role in Layout:
        layout = _by_name(layouts, role)
        if layout is not None:
            found[role] = layout
    for role in (Layout.BULLETS, Layout.TITLE, Layout.SECTION):
        if role not in found and (layout := _by_shape(layouts, role)) is not None:
            found[role] = layout
            report.warn(
                QT_TRANSLATE_NOOP("BriefingError", "No layout named like '{role}'; used '{layout}' (by its placeholders)."),
                role=role.value,
                layout=layout.name,
            )
    if Layout.BULLETS not in found:
        layout = next((lay for lay in layouts if title_placeholder(lay) is not None), layouts[0])
        found[Layout.BULLETS] = layout
        report.warn(
            QT_TRANSLATE_NOOP("BriefingError", "The template has no layout with a title and a text placeholder; used '{layout}' and added text boxes where placeholders were missing."),
            layout=layout.name,
        )
    for role in Layout:
        if role in found:
            continue
        for other in FALLBACK[role] + (Layout.BULLETS,):
            if other in found:
                found[role] = found[other]
                report.warn(
                    QT_TRANSLATE_NOOP("BriefingError", "No '{role}' layout in the template; those slides use '{layout}'."),
                    role=role.value,
                    layout=found[other].name,
                )
                break
    report.layout_map = {role.value: found[role].name for role in Layout}
    return found


def remove_existing_slides(prs: PresentationT, report: ExportReport) -> None:
    """A corporate template often carries example slides; the deck starts without them."""
    sld_ids = prs.slides._sldIdLst
    count = len(sld_ids)
    for sld_id in list(sld_ids):
        prs.part.drop_rel(sld_id.rId)
        sld_ids.remove(sld_id)
    if count:
        report.warn(
            QT_TRANSLATE_NOOP("BriefingError", "The template contained {count} example slide(s); they were left out of the deck."),
            count=str(count),
        )
