"""Typed domain errors whose messages are written for the user.

Every layer raises one of these for anything the user can cause (a bad file, a locked
target, a corrupt project).  One boundary in the CLI and one in the GUI turn them into a
message; a traceback is never what the user sees.  ``hint`` says what to do about it.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error the user may see."""

    def __init__(self, message: str, *, hint: str = "", path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path

    def user_text(self) -> str:
        """Message and hint as one paragraph, ready for a dialog or stderr."""
        return f"{self.message} {self.hint}".strip()


class ArticleImportError(BriefingError):
    """A file or pasted text could not be turned into an article."""


class ProjectFileError(BriefingError):
    """A ``.briefing`` file could not be read or written."""


class ExportError(BriefingError):
    """A deck or handout could not be written."""


class TemplateError(ExportError):
    """A PowerPoint template is unusable (not a .pptx/.potx, corrupt, no layouts)."""


class AnchorError(BriefingError):
    """A text range does not fit the article it should point into."""
