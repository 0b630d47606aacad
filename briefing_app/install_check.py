"""Is the installation complete?  The files the app cannot work without.

``briefing-app --smoke`` is the install check: a wheel or bundle that lacks its data
files would still open an empty window, so the check first makes sure the sample, the
default deck template and the bundled fonts are where :mod:`briefing_app.resources`
looks for them, and names what is missing in one sentence.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.resources import (
    BUNDLED_FONT_FILES,
    DEFAULT_TEMPLATE,
    data_folder,
    resource_path,
    sample_article_path,
    sample_briefing_path,
    template_path,
)


def required_files() -> list[Path]:
    """What the window, the demo and the exports read at run time."""
    return [
        sample_article_path(),
        sample_briefing_path(),
        template_path(f"{DEFAULT_TEMPLATE}.pptx"),
        *(resource_path("fonts", name) for name in BUNDLED_FONT_FILES),
    ]


def check_installation() -> None:
    """Raise a :class:`BriefingError` naming every required file that is missing."""
    missing = [path for path in required_files() if not path.is_file()]
    if missing:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "The installation is incomplete: {files} not found in {folder}."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Reinstall Briefing Desk."),
            files=", ".join(path.name for path in missing),
            folder=str(data_folder("resources").parent),
        )
