"""Where the files that ship with the app live.

The data folders (``resources/``, ``templates/``) sit beside the package in a source
checkout and inside the bundle root in a PyInstaller build (``sys._MEIPASS``).  Every
other module asks here instead of building paths itself, so moving a folder is one edit.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``templates/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def template_path(*parts: str) -> Path:
    return app_root().joinpath("templates", *parts)


def sample_article_path() -> Path:
    """The German sample article written for the app (copied-from-the-web style)."""
    return resource_path("sample", "sample_article_de.txt")
