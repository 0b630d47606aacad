"""Where background failures meet the user: a typed error's own text, anything else named.

``BriefingError`` messages are written for users (with a hint what to do); any other
exception is a bug, shown briefly rather than swallowed (the task helper has already
printed its traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.core.errors import BriefingError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BriefingError):
        return exc.user_text()
    return QCoreApplication.translate("ErrorBoundary", "Something unexpected went wrong: %1").replace(
        "%1", str(exc) or type(exc).__name__)
