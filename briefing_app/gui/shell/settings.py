"""User preferences kept between runs (QSettings in an ini file under the config folder).

The ini file lives in :func:`storage.user_paths.config_dir`, which tests and portable
installs redirect with ``BRIEFING_CONFIG_DIR``; nothing is ever written to the registry
or to the real home folder behind the user's back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.storage.user_paths import config_dir

MAX_RECENT = 8


class AppSettings:
    """Typed access to the few keys the app keeps; one place names them all."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "briefing-desk.ini"
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    # -- language ----------------------------------------------------------------
    @property
    def language(self) -> str:
        """"de", "en" or "" (follow the system)."""
        return str(self._s.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    # -- window layout -------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        v = self._s.value("window/geometry")
        return v if isinstance(v, QByteArray) else None

    def state(self) -> QByteArray | None:
        v = self._s.value("window/state")
        return v if isinstance(v, QByteArray) else None

    def save_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    # -- files ---------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        v = self._s.value("files/recent", [])
        if isinstance(v, str):  # QSettings gives a one-entry list back as a plain string
            v = [v]
        if not isinstance(v, list):  # None, or a value edited by hand into something else
            return []
        return [str(p) for p in v if p]

    def add_recent(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        files = [p] + [f for f in self.recent_files() if f != p]
        self._s.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._s.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self._s.setValue("files/recent", [])

    @property
    def last_folder(self) -> str:
        return str(self._s.value("files/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("files/last_folder", value)

    # -- first start ---------------------------------------------------------------
    @property
    def started_before(self) -> bool:
        return str(self._s.value("app/started_before", "false")).lower() == "true"

    @started_before.setter
    def started_before(self, value: bool) -> None:
        self._s.setValue("app/started_before", "true" if value else "false")

    @property
    def toolbar_text(self) -> bool:
        """Tool bar buttons show their name under the icon (the default) or the icon alone."""
        return str(self._s.value("ui/toolbar_text", "true")).lower() == "true"

    @toolbar_text.setter
    def toolbar_text(self, value: bool) -> None:
        self._s.setValue("ui/toolbar_text", "true" if value else "false")
