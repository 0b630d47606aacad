"""Export choices remembered between runs: folder, template, paper, author, note space.

Kept in the same ini file as :class:`AppSettings` (under ``export/``), through a
second ``QSettings`` on that file, so the export keys stay in one place of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ..shell.settings import AppSettings


class _Text:
    """One ``export/<key>`` string value."""

    def __init__(self, key: str, default: str = "") -> None:
        self.key, self.default = f"export/{key}", default

    def __get__(self, obj: ExportSettings, _owner: object = None) -> str:
        return str(obj._s.value(self.key, self.default) or self.default)

    def __set__(self, obj: ExportSettings, value: str) -> None:
        obj._s.setValue(self.key, value)


class _Flag:
    """One ``export/<key>`` yes/no value (stored as text, so the ini file stays readable)."""

    def __init__(self, key: str, default: bool) -> None:
        self._text = _Text(key, "true" if default else "false")

    def __get__(self, obj: ExportSettings, _owner: object = None) -> bool:
        return self._text.__get__(obj).lower() == "true"

    def __set__(self, obj: ExportSettings, value: bool) -> None:
        self._text.__set__(obj, "true" if value else "false")


class ExportSettings:
    saved_folder = _Text("folder")
    template = _Text("template")  # a built-in template name or the user's template file ("" = default)
    paper = _Text("paper", "a4")
    note_space = _Flag("note_space", False)
    with_author = _Flag("with_author", False)
    author = _Text("author")
    pptx = _Flag("pptx", True)  # the deck was ticked last time
    pdf = _Flag("pdf", True)  # the handout was ticked last time

    def __init__(self, app_settings: AppSettings) -> None:
        self.app = app_settings
        self._s = QSettings(str(app_settings.path), QSettings.Format.IniFormat)

    @property
    def folder(self) -> str:
        """The last export folder, else the folder of the last import or project."""
        return self.saved_folder or self.app.last_folder

    @folder.setter
    def folder(self, value: str) -> None:
        self.saved_folder = value

    def sync(self) -> None:
        self._s.sync()
