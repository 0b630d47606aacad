"""What one export writes and how: the choices of the export dialog, handed to the exporter.

A plain value of its own so the dialog that fills it and the exporter that runs it do
not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportOptions:
    pptx_path: Path | None
    pdf_path: Path | None
    template: str  # built-in name or the path of the user's .pptx/.potx
    lang: str
    paper: str = "a4"
    author: str | None = None
    note_space: bool = False
    docx_path: Path | None = None
