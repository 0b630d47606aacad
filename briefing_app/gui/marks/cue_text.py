"""The evidence of a suggestion (its cue) in the UI language.

The analysis names its evidence in a fixed vocabulary ("counted noun", "Konjunktiv
continuation", "quotation marks + sagte") or with the article's own word ("laut",
"Prozent").  The vocabulary is translated here, at display; the article's words are
shown as quoted words of the article, never passed off as UI text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.core.i18n import QT_TRANSLATE_NOOP  # typed as str; lupdate finds it by name

_KNOWN = {
    "counted noun": QT_TRANSLATE_NOOP("Cues", "counted noun"),
    "Konjunktiv continuation": QT_TRANSLATE_NOOP("Cues", "reported speech continued (subjunctive)"),
    "verbatim continuation": QT_TRANSLATE_NOOP("Cues", "direct speech continued"),
    "quotation marks": QT_TRANSLATE_NOOP("Cues", "quotation marks"),
    "quotation marks (continued)": QT_TRANSLATE_NOOP("Cues", "quotation marks (continued)"),
    "named person": QT_TRANSLATE_NOOP("Cues", "named person"),
    "shared unit": QT_TRANSLATE_NOOP("Cues", "unit shared with the next figure"),
    "according to": QT_TRANSLATE_NOOP("Cues", "“according to”"),
    "dozen": QT_TRANSLATE_NOOP("Cues", "“dozen”"),
}
_WITH_WORD = "quotation marks + "


def _word(text: str) -> str:
    return QCoreApplication.translate("Cues", "“%1”").replace("%1", text)


def cue_text(cue: str) -> str:
    """"counted noun" -> "gezähltes Substantiv"; "quotation marks + sagte" -> "Anführungszeichen + „sagte“"."""
    cue = cue.strip()
    if not cue:
        return ""
    if cue in _KNOWN:
        return QCoreApplication.translate("Cues", _KNOWN[cue])
    if cue.startswith(_WITH_WORD):
        rest = cue[len(_WITH_WORD):].strip()
        marks = QCoreApplication.translate("Cues", _KNOWN["quotation marks"])
        return f"{marks} + {_word(rest)}" if rest else marks
    return _word(cue)
