"""Project files, autosave and crash recovery, and per-user folders. No Qt here."""

from .project_file import SUFFIX, load_project, save_project

__all__ = ["SUFFIX", "load_project", "save_project"]
