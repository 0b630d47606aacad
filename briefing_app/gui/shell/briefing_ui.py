"""Puts the briefing part of the app into the main window: composer and preview docks,
export and print, and their actions in the menus.

Kept apart from ``main_window.py`` so the window stays an assembly of parts: it calls
:func:`install_briefing` once and gets ``window.composer``, ``window.composer_view``,
``window.preview`` and ``window.exporter``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QToolBar

from .actions import MainAction
from ..composer.composer import Composer
from ..composer.composer_view import ComposerView
from ..output.export_settings import ExportSettings
from ..output.exporter import Exporter
from ..output.output_dialogs import OutputDialogs
from ..output.preview_panel import PreviewPanel

if TYPE_CHECKING:
    from .main_window import MainWindow

A = MainAction
MIN_WIDTH = 520


def install_briefing(window: "MainWindow", output_dialogs: OutputDialogs | None = None) -> None:
    window.export_settings = ExportSettings(window.settings)
    window.output_dialogs = output_dialogs or OutputDialogs(window)
    window.composer = Composer(window.ws, window)
    window.composer_view = ComposerView(window.composer, window)
    window.preview = PreviewPanel(window.composer, window.export_settings, window)
    window.exporter = Exporter(window.ws, window.tasks, window.dialogs, window.output_dialogs, window.export_settings,
                               window.ws.commit_pending_edits, window)

    right = Qt.DockWidgetArea.RightDockWidgetArea
    composer_dock = window._dock("composer", QCoreApplication.translate("BriefingUi", "Briefing"), window.composer_view, right)
    preview_dock = window._dock("preview", QCoreApplication.translate("BriefingUi", "Preview"), window.preview, right)
    window.tabifyDockWidget(window.docks["inspector"], composer_dock)
    window.tabifyDockWidget(composer_dock, preview_dock)
    window.docks["inspector"].raise_()
    preview_dock.visibilityChanged.connect(window.preview.set_active)

    def show_dock(name: str) -> None:
        """Show and raise a dock, widened if needed: the composer is cramped below ~520 px."""
        dock = window.docks[name]
        dock.show()
        dock.raise_()
        if not dock.isFloating() and dock.width() < MIN_WIDTH:
            window.resizeDocks([dock], [MIN_WIDTH], Qt.Orientation.Horizontal)

    def show_composer() -> None:
        show_dock("composer")
        window.composer_view.show_sections()

    act = window.actions
    act.bind(A.SHOW_COMPOSER, show_composer)
    act.bind(A.SHOW_PREVIEW, lambda: show_dock("preview"))
    act.bind(A.MOVE_ITEM_UP, lambda: window.composer_view.move_current(-1))
    act.bind(A.MOVE_ITEM_DOWN, lambda: window.composer_view.move_current(+1))
    act.bind(A.REFRESH_PREVIEW, lambda: (show_dock("preview"), window.preview.refresh_now()))
    act.bind(A.EXPORT, window.exporter.ask_and_export)
    act.bind(A.PRINT, window.exporter.print_handout)
    window.composer_view.tree.addActions([act[A.MOVE_ITEM_UP], act[A.MOVE_ITEM_DOWN]])

    bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("BriefingUi", "&Briefing"), window)
    menu.setObjectName("menu_briefing")
    menu.addActions([act[A.SHOW_COMPOSER], act[A.SHOW_PREVIEW], act[A.REFRESH_PREVIEW]])
    menu.addSeparator()
    menu.addActions([act[A.MOVE_ITEM_UP], act[A.MOVE_ITEM_DOWN]])
    menu.addSeparator()
    menu.addActions([act[A.EXPORT], act[A.PRINT]])
    help_menu = bar.actions()[-1] if bar.actions() else None
    bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)

    file_menu = window.findChild(QMenu, "menu_file")
    if file_menu is not None:
        file_menu.insertActions(act[A.QUIT], [act[A.EXPORT], act[A.PRINT]])
        file_menu.insertSeparator(act[A.QUIT])
    toolbar = window.findChild(QToolBar, "toolbar_main")
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addActions([act[A.SHOW_COMPOSER], act[A.EXPORT], act[A.PRINT]])
