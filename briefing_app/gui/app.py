"""QApplication set-up and the start sequence (sample, project file, or article)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing_app import APP_ID, APP_NAME, __version__
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def load_start_project(file: str | None) -> tuple[Project, Path | None]:
    """The project to show first: the given file, else the built-in sample."""
    from briefing_app.pipeline import sample_project

    if file is None:
        return sample_project(), None
    path = Path(file)
    if path.suffix == ".briefing":
        from briefing_app.storage import load_project

        return load_project(path), path
    return sample_project(path), None


def run(file: str | None = None, *, smoke: bool = False, lang: str | None = None) -> int:
    app = create_application()
    from .main_window import MainWindow

    try:
        project, path = load_start_project(None if smoke else file)
    except BriefingError as err:
        print(f"{APP_NAME}: {err.user_text()}", file=sys.stderr)
        project, path = Project(), None
    window = MainWindow(project, path)
    window.resize(1200, 800)
    window.show()
    if smoke:
        def report() -> None:
            window.grab()  # forces a full paint of the window and its children
            print(json.dumps({
                "window_title": window.windowTitle(),
                "articles": len(project.articles),
                "characters_shown": window.characters_shown(),
            }, ensure_ascii=False))
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
