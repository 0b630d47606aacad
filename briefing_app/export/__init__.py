"""Export: briefing -> neutral content/deck model -> PowerPoint deck, PDF handout, Word briefing.

One entry point, :func:`export_briefing`, so the CLI and the GUI call the same thing.
The deck model (:mod:`deck`, :mod:`model`) knows neither PowerPoint nor PDF; the writers
(:mod:`pptx_writer`, :mod:`pdf_writer`) render it.  No Qt here.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.compose import refresh_briefing, translation_false_friends
from ..core.errors import ExportError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.project import Project
from .content import build_content
from .deck import Deck, build_deck, build_handout, deck_from_content
from .report import ExportReport

if TYPE_CHECKING:
    from .pdf_writer import write_pdf
    from .pptx_writer import write_pptx
    from .templates import TemplateInfo, builtin_templates

# The writers pull in python-pptx, reportlab and lxml (about half a second): the window
# needs the neutral model (deck, content) at start, the writers only when something is
# exported or previewed, so they load on first use.
_LAZY = {
    "write_pdf": ".pdf_writer",
    "write_pptx": ".pptx_writer",
    "TemplateInfo": ".templates",
    "builtin_templates": ".templates",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def export_briefing(
    project: Project,
    *,
    pptx_path: str | Path | None = None,
    pdf_path: str | Path | None = None,
    docx_path: str | Path | None = None,
    docx_template: str | Path | None = None,
    template: str | Path | None = None,
    lang: str | None = None,
    paper: str = "a4",
    author: str | None = None,
    as_of: date | None = None,
    note_space: bool = False,
    refresh: bool = True,
) -> ExportReport:
    """Write the deck, the handout and/or the Word briefing of ``project``'s briefing.

    ``lang`` None uses the briefing's label language; ``template`` is a built-in name
    (see :func:`builtin_templates`) or a .pptx/.potx path, ``docx_template`` a .docx/.dotx
    whose styles the Word briefing uses; ``author`` goes into the
    document properties only when given.  With ``refresh`` the briefing is first brought
    in line with the chosen annotations (so nothing chosen is missing from the outputs);
    that happens on a copy, the project itself is never changed by an export.
    Raises :class:`ExportError` (or its subclass ``TemplateError``) with a message for
    the user; nothing half-written is left behind.
    """
    if pptx_path is None and pdf_path is None and docx_path is None:
        raise ExportError(
            QT_TRANSLATE_NOOP("BriefingError", "Nothing to export."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose a PowerPoint file, a PDF file, a Word file, or several."),
        )
    if refresh:
        project = replace(project, briefing=copy.deepcopy(project.briefing))
        refresh_briefing(project)
    report = ExportReport()
    content = build_content(project, lang, as_of)
    if not content.sections:
        report.warn(QT_TRANSLATE_NOOP("BriefingError", "The briefing has no content yet; only the title is exported."))
    for ann, _finding in translation_false_friends(project):
        report.warn(
            QT_TRANSLATE_NOOP(
                "BriefingError",
                "The translation of '{source}' renders the German 'Billion(en)' (10^12) as 'billion' (10^9); "
                "in English it is 'trillion'.",
            ),
            source=ann.anchor.exact,
        )
    for message in content.unchecked:
        report.warn(QT_TRANSLATE_NOOP("BriefingError", "Unchecked figure: {finding}"), finding=message)
    if pptx_path is not None:
        from .pptx_writer import write_pptx

        write_pptx(deck_from_content(content), Path(pptx_path), template=template, author=author, report=report)
    if pdf_path is not None:
        from .pdf_writer import write_pdf

        write_pdf(content, Path(pdf_path), paper=paper, author=author, note_space=note_space, report=report)
    if docx_path is not None:
        from .docx_writer import write_docx  # python-docx only when a Word briefing is asked for

        write_docx(content, Path(docx_path), template=docx_template, author=author, report=report)
    return report


__all__ = [
    "Deck",
    "ExportReport",
    "TemplateInfo",
    "build_content",
    "build_deck",
    "build_handout",
    "builtin_templates",
    "export_briefing",
    "write_pdf",
    "write_pptx",
]
