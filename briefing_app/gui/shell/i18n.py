"""User-interface language: English source strings, German from ``briefing_de.qm``.

The choice is, in order: ``--lang``, the preference, the system locale.  English has a
small ``.qm`` of its own for plural forms ("1 mark", "2 marks").  Qt's own
translations (button texts of standard dialogs) are loaded alongside ours.  A missing
``.qm`` file leaves the UI in English rather than failing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from briefing_app.resources import resource_path

SUPPORTED = ("en", "de")


def choose_language(cli: str | None, preference: str) -> str:
    for candidate in (cli, preference, QLocale.system().name()[:2]):
        if candidate and candidate[:2] in SUPPORTED:
            return candidate[:2]
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language``; returns them to keep them alive."""
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"briefing_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    # Domain error messages (raised below the GUI, marked with QT_TRANSLATE_NOOP) have their own catalogue.
    errors = QTranslator(app)
    if errors.load(str(resource_path("i18n", f"errors_{language}.qm"))):
        app.installTranslator(errors)
        installed.append(errors)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def ui_language() -> str:
    """The language the UI runs in: the one :func:`install_translators` made the default locale."""
    return "de" if QLocale().name().startswith("de") else "en"


# Unambiguous in each UI language: "22.09.2025" in German, "22 Sep 2025" in English
# (the locale's short format gives "9/22/25", which readers outside the US misread).
_DATE_FORMAT = {"de": "dd.MM.yyyy", "en": "d MMM yyyy"}


def date_format() -> str:
    """The Qt date pattern of the UI language (for date fields as for shown dates)."""
    return _DATE_FORMAT[ui_language()]


def short_date(value: date | datetime | None) -> str:
    """A date (or local date and time) in the UI language's medium format; "" for None."""
    if value is None:
        return ""
    fmt = _DATE_FORMAT[ui_language()]
    if isinstance(value, datetime):
        local = value.astimezone()
        qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return QLocale().toString(qdt, fmt + " HH:mm")
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)
