"""Where failures meet the user: a typed error's own text, translated; anything else named.

``BriefingError`` messages are written for users (with a hint what to do) as English
templates marked for translation below the GUI (``core/i18n.py``); here they are
translated with the ``BriefingError`` context of ``resources/i18n/errors_*.qm``.  Any
other exception is a bug, shown briefly rather than swallowed (the task helper has
already printed its traceback).  Every error dialog and status message goes through
:func:`error_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.core.errors import BriefingError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BriefingError):
        return exc.user_text(lambda text: QCoreApplication.translate("BriefingError", text))
    return QCoreApplication.translate("ErrorBoundary", "Something unexpected went wrong: %1").replace(
        "%1", str(exc) or type(exc).__name__)
