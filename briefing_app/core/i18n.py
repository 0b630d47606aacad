"""Marking user-visible texts below the GUI for translation, without Qt.

The layers below ``gui`` must not import Qt, yet their error messages reach the user
and have to exist in German too.  They are therefore written as English templates
wrapped in :func:`QT_TRANSLATE_NOOP`: Qt's ``lupdate`` finds these calls by name and
extracts the texts into ``resources/i18n/errors_de.ts`` (see
``resources/i18n/update_error_translations.py``), while at run time the call only
returns its text.  The GUI translates the template when it shows the message
(:meth:`briefing_app.core.errors.BriefingError.user_text`), so the language is the
one of the window, not the one at the time the error was raised.

``lupdate`` needs literals: the context must be the string ``"BriefingError"``
written out in every call (not :data:`ERROR_CONTEXT`), and the text one string
literal (adjacent literals are fine), never an f-string or a variable.
"""

from __future__ import annotations

#: The Qt translation context of every domain error message.
ERROR_CONTEXT = "BriefingError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Return ``text`` unchanged; the call marks it for Qt's ``lupdate`` in ``context``.

    The name and signature are the ones ``lupdate`` recognises, so the texts are
    extracted without importing Qt here; the GUI translates them at display time.
    """
    return text
