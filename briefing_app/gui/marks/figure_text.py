"""A figure's true value as the UI shows it ("rund 1,2 Bio. Yuan"), in the UI language."""

from __future__ import annotations

from briefing_app.core.annotation import FigureInfo
from briefing_app.core.number_format import format_figure

from ..shell.i18n import ui_language


def figure_display(fig: FigureInfo | None, as_written: str = "") -> str:
    """``as_written`` is the figure's text in the article: a count shows the article's own
    noun ("68 deutsche Firmen"), not the unit key the analysis normalised it to ("companies")."""
    if fig is None or fig.value is None:
        return ""
    lang = ui_language()
    return format_figure(fig, lang, as_written=as_written, source_lang=lang).full
