"""How the app starts: the start page by default, the sample briefing with ``--sample``
(what the README's first command runs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from briefing_app.gui.shell import app as app_module
from briefing_app.gui.shell import single_instance
from briefing_app.gui.shell.main_window import MainWindow


@pytest.fixture
def started(monkeypatch, qtbot):
    """Run the start sequence up to the event loop and hand back the window it showed."""
    monkeypatch.setattr(single_instance, "connect_or_serve", lambda files, open_files, parent: object())
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    before = set(QApplication.topLevelWidgets())
    windows: list[MainWindow] = []

    def start(**kwargs):
        assert app_module.run(**kwargs) == 0
        new = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before]
        assert len(new) == 1
        windows.append(new[0])
        qtbot.wait(50)  # let the queued start-up calls (recovery offer) run
        return new[0]

    yield start
    for w in windows:
        w.setWindowModified(False)
        w.close()
        w.deleteLater()


def test_plain_start_shows_the_start_page_on_an_empty_project(started):
    window = started()
    assert window.ws.project.articles == []
    assert window.central.currentWidget() is window.welcome


def test_sample_start_opens_the_sample_briefing_labelled_as_sample(started):
    window = started(sample=True)
    assert len(window.ws.project.articles) == 1
    assert window.central.currentWidget() is not window.welcome
    assert window.ws.project.briefing.meeting.title
    assert "sample" in window.windowTitle().lower() or "beispiel" in window.windowTitle().lower()
