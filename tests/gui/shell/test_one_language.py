"""One language at a time: every visible string of the window is in the UI language.

The window is walked in English and in German — labels, buttons, menus, actions with
their tool tips and status tips, placeholders, tabs, dock titles, list headers and rows,
the status bar — after a suggestion with a warning, a quote and the composer have been
shown.  A string fails when it is a text of the other language (known from the shipped
translation) or a raw key ("key_point", "scale_error").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from briefing_app.core.annotation import Kind
from briefing_app.gui.shell.i18n import install_translators
from briefing_app.resources import resource_path

# Languages are offered by their own names in every UI, so a user who cannot read the
# current one still finds theirs.
ENDONYMS = {"Deutsch", "English"}
RAW_KEY = re.compile(r"^[a-z]+(?:_[a-z]+)+$")
SPLIT = re.compile(r"\s*(?:\n| — | · |: |, |\(|\))\s*")


def _catalogue() -> tuple[set[str], set[str]]:
    """(English sources, German translations) that differ from each other."""
    english, german = set(), set()
    for msg in ET.parse(resource_path("i18n", "briefing_de.ts")).getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if msg.get("numerus") == "yes":
            continue  # counted texts carry numbers; their words are checked through the others
        for form in forms:
            if form and form != src:
                english.add(_clean(src))
                german.add(_clean(form))
    both = english & german
    return english - both, german - both


def _clean(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip().rstrip(":").strip()


def _strings_of(root) -> list[tuple[str, str]]:
    return _strings(root, window=False)


def _strings(win, window: bool = True) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def add(where: str, text) -> None:
        if isinstance(text, str) and text:
            found.append((where, text))

    for w in win.findChildren(QWidget):
        if not w.isVisibleTo(win) and not isinstance(w, QMenu):
            continue
        name = w.objectName() or type(w).__name__
        add(f"{name} tooltip", w.toolTip())
        add(f"{name} accessible", w.accessibleName())
        if isinstance(w, QLabel) and (not window or w.parent() is not win.article_view):
            add(f"{name} label", w.text())
        if isinstance(w, QAbstractButton):
            add(f"{name} button", w.text())
        if isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QPlainTextEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} choice", w.itemText(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{name} tab", w.tabText(i))
        if isinstance(w, QDockWidget):
            add(f"{name} dock", w.windowTitle())
        if isinstance(w, QMenu):
            add(f"{name} menu", w.title())
            for a in w.actions():
                add(f"{name} menu item", a.text())
                add(f"{name} menu item tip", a.statusTip())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QAbstractListModel, QModelIndex

            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for c in range(columns):
                add(f"{name} header", model.headerData(c, Qt.Orientation.Horizontal))
            for r in range(min(model.rowCount(QModelIndex()), 40)):
                for c in range(columns):
                    idx = model.index(r, c)
                    for role in (Qt.ItemDataRole.ToolTipRole,):
                        value = idx.data(role)
                        add(f"{name} row {r} tooltip", value if isinstance(value, str) else None)
                    if c != 1:  # column 1 is the article's own text
                        value = idx.data(Qt.ItemDataRole.DisplayRole)
                        add(f"{name} row {r}", value if isinstance(value, str) else None)
    add("window title", win.windowTitle())
    if not window:
        return found
    for _key, act in win.main_actions:
        add(f"{act.objectName()} text", act.text())
        add(f"{act.objectName()} tooltip", act.toolTip())
        add(f"{act.objectName()} status", act.statusTip())
    add("status bar", win.statusBar().currentMessage())
    return found


def _walk(win) -> list[tuple[str, str]]:
    """Every string, with a flagged figure, a counted figure, a reported quote and a person selected."""
    anns = list(win.ws.project.annotations.values())
    chosen = [
        next(a for a in anns if a.kind is Kind.FIGURE and a.text == "16 Milliarden Euro"),
        next(a for a in anns if a.kind is Kind.FIGURE and a.text == "68 deutsche Firmen"),
        next(a for a in anns if a.kind is Kind.QUOTE and a.cue == "Konjunktiv continuation"),
        next(a for a in anns if a.kind is Kind.PERSON),
    ]
    found = []
    for tab in (0, 1):
        win.composer_view.tabs.setCurrentIndex(tab)
        for ann in chosen:
            win.ws.select_annotation(ann.id)
            found += _strings(win)
    win.show_page(welcome=True)
    found += _strings(win)
    # the dialogs the window opens
    from briefing_app.gui.output.export_dialog import ExportDialog
    from briefing_app.gui.shell.help_dialogs import GuideDialog, ShortcutsDialog
    from briefing_app.gui.shell.preferences import PreferencesDialog

    for dialog in (ShortcutsDialog(win.main_actions, win), GuideDialog(win), PreferencesDialog(win.settings, win),
                   ExportDialog(win.ws.project.briefing, win.export_settings, win.output_dialogs, win)):
        dialog.show()
        found += [(f"{type(dialog).__name__} {where}", text) for where, text in _strings_of(dialog)]
        dialog.close()
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_string_is_in_the_ui_language(make_window, sample_project_cached, qapp, qtbot, language):
    import copy

    english, german = _catalogue()
    other = german if language == "en" else english
    translators = install_translators(qapp, language)
    try:
        win = make_window(copy.deepcopy(sample_project_cached))
        qtbot.waitUntil(lambda: win.ws.current_article_id in win.ws.findings, timeout=10000)
        walked = _walk(win)
        assert len(walked) > 300
        assert "Vorschläge" in german and "Suggestions" in english and "Suggestions" not in german
        wrong = []
        for where, text in walked:
            for raw in [text, *SPLIT.split(text)]:
                part = _clean(raw)
                if part and part not in ENDONYMS and (part in other or RAW_KEY.match(part)):
                    wrong.append((where, part))
        assert not wrong, sorted(set(wrong))[:40]
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))
