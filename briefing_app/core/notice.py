"""Notices: what the user should know about that is not an error (export warnings).

A notice has the same shape as a :class:`~briefing_app.core.errors.BriefingError`
message: an English template marked with ``QT_TRANSLATE_NOOP("BriefingError", …)``
plus keyword fields (already formatted as strings), so the GUI can show it in German
(the texts live in ``resources/i18n/errors_de.ts``)::

    report.warn(QT_TRANSLATE_NOOP("BriefingError", "Layout '{layout}' has no title placeholder."), layout=name)

A notice *is* its filled-in English text (a ``str``), so the CLI, logs and tests read
it as before; ``text(translate)`` gives it in the UI language.
"""

from __future__ import annotations

from typing import Any, Self

from .errors import Translate, fill


class Notice(str):
    """An English message that also remembers its template and fields for translation."""

    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, **fields: object) -> Self:
        self = super().__new__(cls, fill(template, fields))
        self.template = template
        self.fields = dict(fields)
        return self

    def text(self, translate: Translate | None = None) -> str:
        """The message, its template translated by ``translate`` when given."""
        return fill(self.template, self.fields, translate)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.fields))


def _rebuild(template: str, fields: dict[str, object]) -> Notice:
    return Notice(template, **fields)


def as_notice(message: str, **fields: object) -> Notice:
    """``message`` as a notice; a notice given without fields is kept as it is."""
    if isinstance(message, Notice) and not fields:
        return message
    return Notice(message, **fields)
