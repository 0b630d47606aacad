"""Typed domain errors whose messages are written for the user.

Every layer raises one of these for anything the user can cause (a bad file, a locked
target, a corrupt project).  One boundary in the CLI and one in the GUI turn them into a
message; a traceback is never what the user sees.  ``hint`` says what to do about it.

Messages are English *templates* marked for translation and filled from keyword
fields, so the GUI can show them in German (the texts live in
``resources/i18n/errors_de.ts``)::

    raise ProjectFileError(
        QT_TRANSLATE_NOOP("BriefingError", "The project file {name} does not exist."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "Check the name and folder."),
        name=path.name,
        path=str(path),
    )

``message`` and ``hint`` are the filled-in English texts; ``user_text(translate)``
fills the translated templates instead.  A field may itself hold a
:class:`BriefingError`: it is shown as its own (translated) message.  Numbers are
formatted into strings before they become fields, so every language shows the same
figures.  A message given without fields is taken literally, as it always was.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Formatter

#: Translates one English template (for Qt: ``QCoreApplication.translate("BriefingError", s)``).
Translate = Callable[[str], str]

_FORMAT_ERRORS = (KeyError, IndexError, ValueError, AttributeError, TypeError)


def placeholders(template: str) -> frozenset[str] | None:
    """The ``{name}`` fields ``template`` uses, or None if it is not a valid template."""
    try:
        return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)
    except ValueError:
        return None


class BriefingError(Exception):
    """Base of every error the user may see."""

    def __init__(self, message: str, *, hint: str = "", path: str | None = None, **fields: object) -> None:
        self.template = message
        self.hint_template = hint
        self.fields: dict[str, object] = fields
        self.path = path
        self.message = self._render(message)
        self.hint = self._render(hint)
        super().__init__(self.message)

    def user_text(self, translate: Translate | None = None) -> str:
        """Message and hint as one paragraph, ready for a dialog or stderr.

        With ``translate`` the templates are translated before the fields are filled
        in.  A translation that is missing, or whose placeholders differ from the
        English template's, is ignored for that text: the English one is shown rather
        than a wrong or failing message.
        """
        return f"{self._render(self.template, translate)} {self._render(self.hint_template, translate)}".strip()

    def _render(self, template: str, translate: Translate | None = None) -> str:
        return fill(template, self.fields, translate)


def fill(template: str, fields: dict[str, object], translate: Translate | None = None) -> str:
    """``template`` (translated first when ``translate`` is given) filled from ``fields``.

    A field holding a :class:`BriefingError` shows as its own message in the same language.
    """
    if not template:
        return ""
    text = _translated(template, translate, bool(fields))
    if not fields:
        return text
    values = {
        key: value._render(value.template, translate) if isinstance(value, BriefingError) else value
        for key, value in fields.items()
    }
    for candidate in (text, template):
        try:
            return candidate.format_map(values)
        except _FORMAT_ERRORS:
            continue
    return template


def _translated(template: str, translate: Translate | None, has_fields: bool) -> str:
    if translate is None:
        return template
    try:
        text = translate(template)
    except Exception:  # showing the error matters more than its language
        return template
    if not text or not isinstance(text, str):
        return template
    if has_fields and placeholders(text) != placeholders(template):
        return template
    return text


class ArticleImportError(BriefingError):
    """A file or pasted text could not be turned into an article."""


class ProjectFileError(BriefingError):
    """A ``.briefing`` file could not be read or written."""


class AnalysisError(BriefingError):
    """A text the analyser will not take (beyond its size budget)."""


class ExportError(BriefingError):
    """A deck or handout could not be written."""


class TemplateError(ExportError):
    """A PowerPoint template is unusable (not a .pptx/.potx, corrupt, no layouts)."""


class AnchorError(BriefingError):
    """A text range does not fit the article it should point into."""
