"""What an export did: the files written and everything the user should know about.

Template mismatches (a layout found under another name, a placeholder replaced by a
text box), text that had to shrink or continue on another slide, and skipped outputs
are collected as warnings instead of failing, so the user gets a deck *and* a list of
what to look at.  Each warning is a :class:`~briefing_app.core.notice.Notice`: its
English text for the CLI and logs, its template and fields for the GUI to translate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.notice import Notice, as_notice


@dataclass
class ExportReport:
    pptx_path: Path | None = None
    pdf_path: Path | None = None
    docx_path: Path | None = None
    template: str = ""  # built-in name or the user's template file
    slide_count: int = 0
    page_count: int = 0
    warnings: list[Notice] = field(default_factory=list)  # each reads as its English text
    layout_map: dict[str, str] = field(default_factory=dict)  # role -> template layout used

    @property
    def outputs(self) -> list[Path]:
        return [p for p in (self.pptx_path, self.pdf_path, self.docx_path) if p is not None]

    def warn(self, message: str, **fields: object) -> None:
        """Note ``message`` (a template marked for translation, filled from ``fields``) once."""
        notice = as_notice(message, **fields)
        if notice not in self.warnings:
            self.warnings.append(notice)

    def summary(self) -> str:
        """A few lines for a status bar or the CLI."""
        lines = [f"Wrote {p}" for p in self.outputs]
        lines += [f"Note: {w}" for w in self.warnings]
        return "\n".join(lines)
