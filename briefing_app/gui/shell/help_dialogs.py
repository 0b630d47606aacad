"""Help that ships with the app: the keyboard shortcuts overview and the user guide.

The shortcuts table is generated from the action registry (every action with a key, in
the registry's order, in the UI language), so it cannot fall behind the menus.  The
guide is a small HTML file per language in ``resources/help``: no network needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.resources import resource_path

from .actions import ActionRegistry
from .i18n import ui_language


def shortcut_rows(actions: ActionRegistry) -> list[tuple[str, str, str]]:
    """(command, keys, what it does) for every action that has a shortcut, as the menus show them."""
    rows = []
    for key, act in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
        if not keys:
            continue
        name = actions.title(key)
        tip = act.statusTip()
        rows.append((name, " · ".join(keys), "" if tip.replace("…", "").strip() == name else tip))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(820, 620)


def guide_html(language: str | None = None) -> str:
    lang = language or ui_language()
    path = resource_path("help", f"guide_{lang}.html")
    if not path.exists():
        path = resource_path("help", "guide_en.html")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        self.browser.setAccessibleName(QCoreApplication.translate("GuideDialog", "User Guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.resize(760, 640)
