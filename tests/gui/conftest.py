"""GUI test fixtures: a real main window with scripted dialogs and private folders.

No test may block on a modal dialog: :class:`FakeDialogs` answers every question from
queues the test fills, and records the errors it was asked to show.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from briefing_app.gui.shell.dialogs import Dialogs, RecoveryAnswer, SaveAnswer


def pytest_collection_modifyitems(items):
    # The offscreen platform cannot resize native windows; Qt says so once per main window.
    # Nor can it raise a popup (the speaker completer) or grab the keyboard for it.
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                                      "This plugin does not support raise",
                                                      "This plugin does not support grabbing the keyboard"))


class FakeDialogs(Dialogs):
    def __init__(self) -> None:
        super().__init__(None)
        self.errors: list[tuple[str, str]] = []
        self.save_answers: deque[SaveAnswer] = deque()
        self.save_paths: deque[str] = deque()
        self.open_paths: deque[str] = deque()
        self.import_paths: deque[list[str]] = deque()
        self.update_paths: deque[str] = deque()
        self.recovery_answers: deque[RecoveryAnswer] = deque()
        self.asked: list[str] = []
        self.help_dialogs: list = []
        self.duplicate_answers: deque[bool] = deque()

    def error(self, title, text):
        self.errors.append((title, text))

    def info(self, title, text):
        self.asked.append("info")

    def about(self, title, text):
        self.asked.append("about")

    def ask_duplicate_mark(self, kind):
        self.asked.append("duplicate_mark")
        return self.duplicate_answers.popleft() if self.duplicate_answers else False

    def run_help(self, dialog):
        self.asked.append(dialog.objectName())
        self.help_dialogs.append(dialog)

    def ask_save_changes(self, name):
        self.asked.append("save_changes")
        return self.save_answers.popleft() if self.save_answers else SaveAnswer.CANCEL

    def open_project(self, folder):
        return self.open_paths.popleft() if self.open_paths else ""

    def save_project_as(self, folder_or_name):
        return self.save_paths.popleft() if self.save_paths else ""

    def import_files(self, folder, suffixes):
        return self.import_paths.popleft() if self.import_paths else []

    def page_file(self, folder, suffixes):
        return ""

    def update_file(self, folder, suffixes):
        return self.update_paths.popleft() if self.update_paths else ""

    def offer_recovery(self, entries):
        self.asked.append("recovery")
        answer = self.recovery_answers.popleft() if self.recovery_answers else RecoveryAnswer.LATER
        return answer, entries[0]


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_window(qtbot, dialogs, tmp_path):
    from briefing_app.gui.shell.main_window import MainWindow
    from briefing_app.gui.shell.settings import AppSettings
    from briefing_app.storage.recovery import RecoverySession

    windows = []

    def make(project=None, path=None, **kw):
        kw.setdefault("settings", AppSettings(tmp_path / "settings.ini"))
        kw.setdefault("recovery", RecoverySession(folder=tmp_path / "recovery"))
        (tmp_path / "recovery").mkdir(exist_ok=True)
        win = MainWindow(project, path, dialogs=dialogs, show_progress=False, **kw)
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.tasks.wait(10000)
        win.ws.undo_stack.setClean()
        win.docs._recovered = False
        win.close()


@pytest.fixture(scope="session")
def sample_project_cached():
    from briefing_app.pipeline import sample_project

    return sample_project()


@pytest.fixture
def sample_window(make_window, sample_project_cached, qtbot):
    import copy

    win = make_window(copy.deepcopy(sample_project_cached))
    qtbot.waitUntil(lambda: win.ws.current_article_id in win.ws.findings, timeout=10000)
    return win


@pytest.fixture
def sample_path() -> Path:
    from briefing_app.resources import sample_article_path

    return sample_article_path()
