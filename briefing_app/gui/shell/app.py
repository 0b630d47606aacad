"""QApplication set-up and the start sequence.

Every start without a file shows the start page (Import / Paste / Open / New / Recent /
Sample); ``--sample`` opens the built-in sample briefing instead, and a file on the command
line opens directly.  Work left
behind by a crash is offered for recovery once the window shows (never in smoke mode).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from briefing_app import APP_ID, APP_NAME, __version__
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project

if TYPE_CHECKING:
    from .error_boundary import ErrorBoundary
    from .main_window import MainWindow
    from .single_instance import InstanceServer


@dataclass
class AppLifetime:
    """What must live as long as the application: Python would collect it otherwise,
    and with it the error boundary's hooks, the single-instance server and the translations."""

    error_boundary: ErrorBoundary | None = None
    instance_server: InstanceServer | None = None
    translators: list[QTranslator] = field(default_factory=list)


#: Filled by :func:`run`.
LIFETIME = AppLifetime()


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefing-desk")
    return app


def load_start_project(file: str | None) -> tuple[Project, Path | None]:
    """The project to show first: the given project file, else the built-in sample.

    An article file is not a project: the window opens on an empty project and imports
    it like any other import (in the background, undoable)."""
    from ..workspace.sample_cache import cached_sample_project

    if file is None:
        return cached_sample_project(), None
    path = Path(file)
    if path.suffix == ".briefing":
        from briefing_app.storage import load_project

        return load_project(path), path
    return Project(), None


def run(file: str | None = None, *, smoke: bool = False, lang: str | None = None, sample: bool = False) -> int:
    """``sample`` opens the built-in sample briefing instead of the start page (when no file is given)."""
    app = create_application()
    from .error_boundary import install_error_boundary

    LIFETIME.error_boundary = install_error_boundary(app)
    from .fonts import register_fonts
    from .i18n import choose_language, install_translators
    from .settings import AppSettings

    windows = _Windows()
    if not smoke:
        from .single_instance import connect_or_serve

        server = connect_or_serve([file] if file else [], windows.open_files, app)
        if server is None:
            print(f"{APP_NAME}: handed over to the running app.", file=sys.stderr)
            return 0
        LIFETIME.instance_server = server
    settings = AppSettings()
    LIFETIME.translators = install_translators(app, choose_language(lang, settings.language))
    register_fonts()
    from .main_window import MainWindow

    # The start page, also on the first start: the sample opens only when asked for.
    show_sample = sample and not smoke and file is None
    welcome = not smoke and not show_sample and file is None
    error = ""
    project, path = Project(), None
    if not welcome and not show_sample:
        try:
            project, path = load_start_project(None if smoke else file)
        except BriefingError as err:
            from .error_boundary import error_text

            error = error_text(err)
            print(f"{APP_NAME}: {error}", file=sys.stderr)
    window = MainWindow(None if path else project, None, settings=settings, welcome=welcome, check_figures=not smoke)
    window.persist_layout = not smoke  # a smoke run must not overwrite the user's window layout
    if not window.settings.geometry():
        window.resize(1280, 820)
    if path is not None:
        window.docs.show_project(project, path)
    window.show()
    if show_sample:
        window.open_sample()
    if not smoke and file is not None and Path(file).suffix != ".briefing":
        window.importer.import_files([Path(file)])
    if smoke:
        def report() -> None:
            window.grab()  # forces a full paint of the window and its children
            stamp = os.environ.get("BRIEFING_PAINT_STAMP")
            if stamp:  # bench/bench_gui_start.py: when the painted window was ready
                Path(stamp).write_text(repr(time.time()), encoding="utf-8")
            from .actions import missing_icons
            from .fonts import missing_glyphs

            shown = "".join(a.text for a in project.articles)
            print(json.dumps({
                "window_title": window.windowTitle().replace("[*]", ""),
                "articles": len(project.articles),
                "characters_shown": window.characters_shown(),
                "missing_glyphs": len(missing_glyphs(shown)),
                "missing_icons": missing_icons(),
            }, ensure_ascii=False))
            app.quit()

        QTimer.singleShot(0, report)
        code = app.exec()
        # An install check has nothing to save or clean up (no recovery file, no settings,
        # no temporary file): end the process here instead of tearing down every widget and
        # module one by one, which took about a tenth of the check's run time.
        import logging

        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    settings.started_before = True
    settings.sync()
    windows.first = window
    if error:
        QTimer.singleShot(0, lambda: window.dialogs.error(APP_NAME, error))
    QTimer.singleShot(0, window.docs.offer_recovery)
    return app.exec()


class _Windows:
    """Files double-clicked while the app runs open here, each in a new window.

    See :mod:`.single_instance` for why a new window of this process rather than a
    second process or replacing the current project.  A window closed for good is
    deleted and leaves the list.
    """

    def __init__(self) -> None:
        self.first: MainWindow | None = None
        self.extra: list[MainWindow] = []

    def open_files(self, paths: list[str]) -> None:
        from PySide6.QtCore import Qt

        from .main_window import MainWindow

        first = self.first
        if first is None:
            return
        if not paths:  # a plain second launch: bring the app to the front
            target = next((w for w in reversed(self.extra) if w.isVisible()), first)
            target.show()
            target.raise_()
            target.activateWindow()
            return
        for p in paths:
            window = MainWindow(Project(), None, settings=first.settings)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
            window.resize(first.size())
            window.show()
            path = Path(p)
            if path.suffix == ".briefing":
                window.docs.open(path)
            else:
                window.importer.import_files([path])
            window.raise_()
            window.activateWindow()
            self.extra.append(window)

    def _forget(self, window: MainWindow) -> None:
        self.extra = [w for w in self.extra if w is not window]
