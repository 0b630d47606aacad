"""Names of our own that used to hide Qt's: the window's actions, the briefing model's parent.

Qt code (and our own) calls ``QWidget.actions()`` and ``QObject.parent()``; an attribute or
override with the same name made those calls fail or answer something else.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QAction

from briefing_app.core.briefing import Section
from briefing_app.gui.shell.actions import MainAction
from briefing_app.gui.shell.settings import AppSettings


def test_the_window_answers_qt_actions_and_its_own_by_name(make_window):
    win = make_window()
    extra = QAction("extra", win)
    win.addAction(extra)
    assert extra in win.actions()  # Qt's list of the widget's actions
    assert win.main_actions[MainAction.IMPORT].isEnabled()  # ours, by what they do


def test_the_briefing_model_answers_its_owner_and_its_rows_parents(make_window, sample_project_cached):
    from briefing_app.pipeline import accept_all

    project = copy.deepcopy(sample_project_cached)
    accept_all(project)
    win = make_window(project)
    win.main_actions[MainAction.SHOW_COMPOSER].trigger()
    model = win.composer_view.items_model
    assert model.parent() is win.composer_view  # QObject.parent(): the view that owns it
    quotes = model.section_index(Section.QUOTES)
    item = model.index(0, 0, quotes)
    assert item.isValid() and model.parent(item) == quotes
    assert not model.parent(quotes).isValid()


def test_a_damaged_recent_files_setting_shows_no_recent_files(tmp_path, make_window):
    path = tmp_path / "settings.ini"
    path.write_text("[files]\nrecent=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x7)\n", encoding="utf-8")  # a number
    settings = AppSettings(path)
    assert settings.recent_files() == []
    win = make_window(settings=settings, welcome=True)
    shown = [win.welcome.recent.item(i).text() for i in range(win.welcome.recent.count())]
    assert shown == ["No recent projects yet."]
    win.settings.add_recent(tmp_path / "new.briefing")
    assert win.settings.recent_files() == [str((tmp_path / "new.briefing").resolve())]
