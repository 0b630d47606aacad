"""A figure's true value as the UI shows it ("rund 1,2 Bio. Yuan"), in the UI language."""

from __future__ import annotations

from briefing_app.core.annotation import FigureInfo
from briefing_app.core.number_format import format_figure

from .i18n import ui_language


def figure_display(fig: FigureInfo | None) -> str:
    if fig is None or fig.value is None:
        return ""
    return format_figure(fig, ui_language()).full
