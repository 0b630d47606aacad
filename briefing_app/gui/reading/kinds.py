"""How each kind of mark looks and is named in the UI.

Colours come from the Okabe-Ito palette, which stays distinguishable for the common
forms of colour blindness; each kind also has its own underline style, so the kind can
be told apart without colour at all.  Fills are translucent, so the same colours work on
light and dark themes; the underline is darkened on light and lightened on dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from briefing_app.core.annotation import Kind, State
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from ..shell.icons import app_palette

UL = QTextCharFormat.UnderlineStyle

# kind -> (Okabe-Ito colour, underline style, label, icon)
_STYLE: dict[Kind, tuple[str, QTextCharFormat.UnderlineStyle, str, str]] = {
    Kind.QUOTE: ("#56B4E9", UL.SingleUnderline, QT_TRANSLATE_NOOP("Kinds", "Quote"), "mdi6.format-quote-close"),
    Kind.FIGURE: ("#E69F00", UL.WaveUnderline, QT_TRANSLATE_NOOP("Kinds", "Figure"), "mdi6.numeric"),
    Kind.KEY_POINT: ("#009E73", UL.DotLine, QT_TRANSLATE_NOOP("Kinds", "Key point"), "mdi6.star-outline"),
    Kind.PERSON: ("#CC79A7", UL.DashDotLine, QT_TRANSLATE_NOOP("Kinds", "Person"), "mdi6.account-outline"),
    Kind.NOTE: ("#F0E442", UL.DashDotDotLine, QT_TRANSLATE_NOOP("Kinds", "Note"), "mdi6.note-text-outline"),
}
FINDING_COLOUR = "#D55E00"  # vermillion: figure-check findings

_STATE_LABELS = {
    State.SUGGESTED: QT_TRANSLATE_NOOP("Kinds", "suggested"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("Kinds", "accepted"),
    State.REJECTED: QT_TRANSLATE_NOOP("Kinds", "rejected"),
}


def kind_label(kind: Kind) -> str:
    return QCoreApplication.translate("Kinds", _STYLE[kind][2])


def state_label(state: State) -> str:
    return QCoreApplication.translate("Kinds", _STATE_LABELS[state])


def kind_icon_name(kind: Kind) -> str:
    return _STYLE[kind][3]


def kind_colour(kind: Kind) -> QColor:
    return QColor(_STYLE[kind][0])


def dark_theme() -> bool:
    pal = app_palette()
    return pal.color(QPalette.ColorRole.Base).lightness() < 128


def line_colour(colour: QColor) -> QColor:
    """The colour for underlines and outlines: enough contrast against the page."""
    return colour.lighter(115) if dark_theme() else colour.darker(150)


def fill_colour(colour: QColor, strong: bool = False) -> QColor:
    c = QColor(colour)
    c.setAlpha((150 if strong else 95) if dark_theme() else (150 if strong else 80))
    return c


def mark_format(kind: Kind, state: State, *, current: bool = False) -> QTextCharFormat:
    """Accepted marks: fill plus the kind's underline; suggestions: the underline only."""
    colour = kind_colour(kind)
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(_STYLE[kind][1])
    fmt.setUnderlineColor(line_colour(colour))
    if state is State.ACCEPTED or current:
        fmt.setBackground(fill_colour(colour, strong=current))
    return fmt


FINDING_UNDERLINE = UL.DashUnderline  # no kind uses it (a spell-check wave would look like a figure)


def finding_format() -> QTextCharFormat:
    """An open figure-check finding: dashed vermillion underline and text, over any mark."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(FINDING_UNDERLINE)
    colour = QColor(FINDING_COLOUR)
    fmt.setUnderlineColor(colour)
    fmt.setForeground(line_colour(colour))
    fmt.setToolTip(QCoreApplication.translate("Kinds", "Figure check: open finding (see the Marks or Figure Checks panel)"))
    return fmt


def sentence_format() -> QTextCharFormat:
    """The sentence around the suggestion under review: a faint shade of the selection colour."""
    pal = app_palette()
    shade = QColor(pal.color(QPalette.ColorRole.Highlight))
    shade.setAlpha(45)
    fmt = QTextCharFormat()
    fmt.setBackground(shade)
    return fmt
