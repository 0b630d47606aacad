"""Start the GUI, or explain in plain words why it cannot start here.

Kept free of Qt imports at module level: it first checks for a display and for the
system libraries Qt needs, so a headless server or a machine missing ``libEGL`` gets a
sentence saying what to do instead of a Qt abort or an ImportError traceback.
"""

from __future__ import annotations

import os
import sys

QT_DEBIAN_PACKAGES = (
    "libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 "
    "libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 "
    "libxcb-randr0 libxcb-render-util0 libxcb-image0 libx11-xcb1 libxrender1 libxi6"
)


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(file: str | None = None, *, smoke: bool = False, lang: str | None = None, sample: bool = False) -> int:
    if smoke and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke check needs no visible screen
    if not _has_display():
        print(
            "Briefing Desk: no display found, so the window cannot open here.\n"
            "  - On a desktop, start it from the desktop session (or set DISPLAY).\n"
            "  - To check the installation headless: briefing-app --smoke\n"
            "  - To run the window offscreen: QT_QPA_PLATFORM=offscreen briefing-app\n"
            "  - To work without a window: briefing-app demo OUTDIR (see briefing-app --help)",
            file=sys.stderr,
        )
        return 2
    try:
        from PySide6 import QtWidgets  # noqa: F401 - only whether Qt's widgets load
    except ImportError as exc:
        print(
            f"Briefing Desk: Qt could not load a system library ({exc}).\n"
            f"  On Debian/Ubuntu install them with:\n"
            f"  sudo apt-get install -y {QT_DEBIAN_PACKAGES}",
            file=sys.stderr,
        )
        return 2
    from .app import run

    return run(file=file, smoke=smoke, lang=lang, sample=sample)
