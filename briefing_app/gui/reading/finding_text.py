"""How a figure-check finding reads in the UI: its full message and a short name for lists.

The checks write their messages in German and English themselves (they quote the
article); the short names are ours and translated like any UI string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.core.i18n import QT_TRANSLATE_NOOP  # typed as str; lupdate finds it by name
from briefing_app.core.results import Finding

from ..shell.i18n import ui_language

_SHORT = {
    "scale_error": QT_TRANSLATE_NOOP("Findings", "Likely scale error"),
    "missing_scale_word": QT_TRANSLATE_NOOP("Findings", "Scale word missing"),
    "rate_mismatch": QT_TRANSLATE_NOOP("Findings", "Conversion does not match the rate"),
    "hedged_conversion": QT_TRANSLATE_NOOP("Findings", "Approximate value converted as exact"),
    "billion_false_friend": QT_TRANSLATE_NOOP("Findings", "German 'Billion' is a trillion"),
}
_OTHER = QT_TRANSLATE_NOOP("Findings", "Check this figure")
SEVERITY_ICON = {"error": "mdi6.alert-circle-outline", "warning": "mdi6.alert-outline", "info": "mdi6.information-outline"}


def finding_message(finding: Finding) -> str:
    return finding.message_de if ui_language() == "de" else finding.message_en


def finding_short(finding: Finding) -> str:
    """A few words for a list row ("Likely scale error"); unknown kinds get a general name."""
    return QCoreApplication.translate("Findings", _SHORT.get(finding.code, _OTHER))


def severity_icon_name(finding: Finding) -> str:
    return SEVERITY_ICON.get(finding.severity, SEVERITY_ICON["info"])
