"""Word files measured before anything is extracted (see :mod:`briefing_app.zip_limits`),
refused in the words of an import."""

from __future__ import annotations

from briefing_app import zip_limits as limits
from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.sizes import format_size


def check_zip(data: bytes, name: str = "") -> None:
    """Refuse an archive that unpacks beyond the limits; damage is left to the reader to name."""
    excess = limits.zip_excess(data)
    if excess is None:
        return
    if excess.what == "members":
        raise _refusal(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” holds {count} packed files; Briefing Desk reads Word files with up to {limit}."),
            name, count=f"{excess.amount:,}", limit=f"{limits.MAX_MEMBERS:,}",
        )
    raise _too_large(name, excess.amount, at_least=excess.at_least)


def _too_large(name: str, size: int, *, at_least: bool = False) -> ArticleImportError:
    if at_least:
        template = QT_TRANSLATE_NOOP("BriefingError", "“{name}” unpacks to more than {size}; Briefing Desk reads Word files that unpack to at most {limit}.")
    else:
        template = QT_TRANSLATE_NOOP("BriefingError", "“{name}” unpacks to {size}; Briefing Desk reads Word files that unpack to at most {limit}.")
    return _refusal(template, name, size=format_size(size), limit=format_size(limits.MAX_UNPACKED_BYTES))


def _refusal(template: str, name: str, **fields: str) -> ArticleImportError:
    return ArticleImportError(
        template,
        hint=QT_TRANSLATE_NOOP("BriefingError", "Open it in Word and copy the article text, then paste it."),
        name=name or "file",
        path=name or None,
        **fields,
    )
