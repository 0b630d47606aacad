"""The start page, the sample on request, help that ships with the app, tool bar text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from briefing_app.gui.shell.actions import MainAction
from briefing_app.gui.shell.help_dialogs import GuideDialog, guide_html, shortcut_rows


def test_start_page_offers_import_paste_open_recent_and_the_sample(make_window, qtbot, dialogs, tmp_path):
    win = make_window(welcome=True)
    page = win.welcome
    assert win.central.currentWidget() is page
    assert not win.ws.project.articles, "nothing opens by itself"
    for button in (page.import_button, page.paste_button, page.open_button, page.sample_button):
        assert button.isVisible() and button.text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)  # the file dialog is answered with nothing
    assert win.central.currentWidget() is win.article_view
    win.show_page(welcome=True)
    qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert win.ws.project.articles
    assert "sample" in win.windowTitle().lower()
    assert win.central.currentWidget() is win.article_view
    dialogs.save_paths.append(str(tmp_path / "mine.briefing"))
    assert win.docs.save_as()
    assert "sample" not in win.windowTitle().lower() and "mine.briefing" in win.windowTitle()


def test_the_start_page_lists_recent_projects(make_window, sample_project_cached, tmp_path):
    from briefing_app.storage import save_project

    path = tmp_path / "Taicang.briefing"
    save_project(sample_project_cached, path)
    win = make_window(welcome=True)
    win.settings.add_recent(path)
    win._rebuild_recent()
    texts = [win.welcome.recent.item(i).text() for i in range(win.welcome.recent.count())]
    assert any("Taicang.briefing" in t for t in texts)


def test_shortcuts_overview_is_generated_from_the_actions(make_window, dialogs):
    win = make_window(welcome=True)
    win.main_actions[MainAction.SHORTCUTS].trigger()
    assert dialogs.asked[-1] == "shortcuts_dialog"
    table = dialogs.help_dialogs[-1].table
    with_keys = [a for _k, a in win.main_actions if a.shortcuts()]
    assert table.rowCount() == len(with_keys) == len(shortcut_rows(win.main_actions))
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    export_keys = QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)
    assert export_keys in rows["Export Briefing"]
    assert "Q" in rows["Mark as Quote"].split(" · ")
    assert all("&" not in name for name in rows)


def test_user_guide_ships_in_both_languages(make_window, dialogs):
    de, en = guide_html("de"), guide_html("en")
    assert "Vorschläge" in de and "Suggestions" in en
    assert "Suggestions" not in de
    win = make_window(welcome=True)
    win.main_actions[MainAction.USER_GUIDE].trigger()
    guide = dialogs.help_dialogs[-1]
    assert isinstance(guide, GuideDialog)
    assert "Briefing Desk" in guide.browser.toPlainText()


def test_tool_bar_shows_text_under_icons_unless_switched_off(make_window):
    win = make_window(welcome=True)
    assert win.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    win.main_actions[MainAction.TOOLBAR_TEXT].setChecked(False)
    assert win.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert win.settings.toolbar_text is False
