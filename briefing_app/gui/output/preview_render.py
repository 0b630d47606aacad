"""What a preview render does off the GUI thread (plain Python, no Qt).

The worker gets a snapshot of the project (:func:`snapshot`, taken on the GUI thread),
never the live one the user keeps editing.  One content model feeds both previews, so
the handout pages and the slide thumbnails always show the same state of the briefing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.compose import refresh_briefing
from briefing_app.core.project import Project

if TYPE_CHECKING:  # the export model loads with the first preview, not while the window opens
    from briefing_app.export.deck import Deck


@dataclass(frozen=True)
class PreviewOptions:
    lang: str | None = None  # None: the briefing's label language
    paper: str = "a4"
    note_space: bool = False


@dataclass
class PreviewResult:
    pdf_path: Path
    page_count: int
    deck: Deck


def snapshot(project: Project) -> Project:
    """A copy the worker may read while the user edits the original."""
    return copy.deepcopy(project)


def render_preview(project: Project, pdf_path: Path, options: PreviewOptions) -> PreviewResult:
    """Handout PDF at ``pdf_path`` plus the deck model; ``project`` must be a snapshot."""
    from briefing_app.export.pdf_writer import write_pdf  # reportlab loads on the first preview, not at start

    refresh_briefing(project)  # as an export would: nothing chosen is missing
    from briefing_app.export import build_content
    from briefing_app.export.deck import deck_from_content

    content = build_content(project, options.lang)
    report = write_pdf(content, pdf_path, paper=options.paper, note_space=options.note_space)
    return PreviewResult(pdf_path, report.page_count, deck_from_content(content))
