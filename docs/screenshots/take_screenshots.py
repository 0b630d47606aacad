"""Screenshots of the briefing composer and the previews, for the docs.

Run under a real (or virtual) display so fonts and styles are the real ones::

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/take_screenshots.py

Writes composer-de.png, composer-en.png, preview-handout.png, preview-slides.png here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    import os

    os.environ.setdefault("BRIEFING_CONFIG_DIR", tempfile.mkdtemp(prefix="shots-config-"))
    os.environ.setdefault("BRIEFING_DATA_DIR", tempfile.mkdtemp(prefix="shots-data-"))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.core.compose import refresh_briefing
    from briefing_app.gui.shell.app import create_application
    from briefing_app.gui.shell.fonts import register_fonts
    from briefing_app.gui.shell.i18n import install_translators
    from briefing_app.pipeline import accept_all, sample_project

    app = create_application(sys.argv[:1])
    register_fonts()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for lang in ("de", "en"):
        translators = install_translators(app, lang)
        from briefing_app.gui.shell.main_window import MainWindow

        project = sample_project()
        accept_all(project)
        project.briefing.label_language = lang
        project.briefing.classification = "VS – Nur für den Dienstgebrauch" if lang == "de" else "Intern"
        refresh_briefing(project)
        win = MainWindow(project, check_figures=False)
        win.persist_layout = False
        win.resize(1400, 900)
        win.show()
        wait(300)
        if os.environ.get("SHOT_WINDOW"):  # the whole window, for checking the docks
            from briefing_app.gui.shell.actions import MainAction

            win.main_actions[MainAction.SHOW_COMPOSER].trigger()
            wait(300)
            win.grab().save(os.environ["SHOT_WINDOW"] + f"-{lang}.png")
        view = win.composer_view
        view.resize(560, 820)
        view.tabs.setCurrentIndex(0)
        view.setParent(None)
        view.show()
        wait(200)
        view.grab().save(str(HERE / f"composer-{lang}.png"))
        view.show_sections()
        view.tree.select_id(project.briefing.sections[next(iter(project.briefing.sections))][1].annotation_id)
        wait(200)
        view.grab().save(str(HERE / f"composer-sections-{lang}.png"))
        if lang == "de":
            preview = win.preview
            preview.setParent(None)
            preview.resize(760, 860)
            preview.show()
            preview.refresh_now()
            for _ in range(100):
                wait(100)
                if preview.result is not None:
                    break
            wait(500)
            preview.grab().save(str(HERE / "preview-handout.png"))
            preview.tabs.setCurrentIndex(1)
            wait(300)
            preview.grab().save(str(HERE / "preview-slides.png"))
            preview.close_files()
        win.ws.undo_stack.setClean()
        view.close()
        win.close()
        for t in translators:
            QCoreApplication.removeTranslator(t)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
