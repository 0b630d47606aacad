"""Per-user folders (settings, recovery files, the log), via platformdirs.

``BRIEFING_DATA_DIR`` / ``BRIEFING_CONFIG_DIR`` / ``BRIEFING_LOG_DIR`` override them, so
tests and portable installs never touch the real home folder (with only the data folder
overridden, the log goes into it too).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from briefing_app import APP_ID


def data_dir() -> Path:
    override = os.environ.get("BRIEFING_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("BRIEFING_LOG_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("BRIEFING_DATA_DIR"):
        path = data_dir() / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
