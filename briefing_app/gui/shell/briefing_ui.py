"""Puts the briefing part of the app into the main window: composer and preview docks,
export and print, and their actions in the menus.

Kept apart from ``main_window.py`` so the window stays an assembly of parts: it calls
:func:`install_briefing` once with what the parts need (a :class:`BriefingHost`) and keeps
the :class:`BriefingParts` it gets back.  Nothing here knows the window's class or sets
attributes on it, so the two modules do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from ..composer.composer import Composer
from ..composer.composer_view import ComposerView
from ..output.export_settings import ExportSettings
from ..output.exporter import Exporter
from ..output.output_dialogs import OutputDialogs
from ..output.preview_panel import PreviewPanel
from ..workspace.workspace import Workspace
from .actions import ActionRegistry, MainAction
from .dialogs import Dialogs
from .settings import AppSettings
from .tasks import TaskRunner

A = MainAction
MIN_WIDTH = 520


class BriefingHost(Protocol):
    """What the briefing parts need from the window that holds them."""

    ws: Workspace
    tasks: TaskRunner
    dialogs: Dialogs
    settings: AppSettings
    main_actions: ActionRegistry
    docks: dict[str, QDockWidget]

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget: ...


@dataclass(frozen=True)
class BriefingParts:
    export_settings: ExportSettings
    output_dialogs: OutputDialogs
    composer: Composer
    composer_view: ComposerView
    preview: PreviewPanel
    exporter: Exporter


def install_briefing(host: BriefingHost, window: QMainWindow,
                     output_dialogs: OutputDialogs | None = None) -> BriefingParts:
    """Build composer, preview and exporter, dock them and add their actions to ``window``'s menus."""
    ws = host.ws
    export_settings = ExportSettings(host.settings)
    dialogs = output_dialogs or OutputDialogs(window)
    composer = Composer(ws, window)
    composer_view = ComposerView(composer, window)
    preview = PreviewPanel(composer, export_settings, window)
    exporter = Exporter(ws, host.tasks, host.dialogs, dialogs, export_settings, ws.commit_pending_edits, window)
    parts = BriefingParts(export_settings, dialogs, composer, composer_view, preview, exporter)

    right = Qt.DockWidgetArea.RightDockWidgetArea
    composer_dock = host.add_dock("composer", QCoreApplication.translate("BriefingUi", "Briefing"), composer_view, right)
    preview_dock = host.add_dock("preview", QCoreApplication.translate("BriefingUi", "Preview"), preview, right)
    window.tabifyDockWidget(host.docks["inspector"], composer_dock)
    window.tabifyDockWidget(composer_dock, preview_dock)
    host.docks["inspector"].raise_()
    preview_dock.visibilityChanged.connect(preview.set_active)

    def show_dock(name: str) -> None:
        """Show and raise a dock, widened if needed: the composer is cramped below ~520 px."""
        dock = host.docks[name]
        dock.show()
        dock.raise_()
        if not dock.isFloating() and dock.width() < MIN_WIDTH:
            window.resizeDocks([dock], [MIN_WIDTH], Qt.Orientation.Horizontal)

    def show_composer() -> None:
        show_dock("composer")
        composer_view.show_sections()

    act = host.main_actions
    act.bind(A.SHOW_COMPOSER, show_composer)
    act.bind(A.SHOW_PREVIEW, lambda: show_dock("preview"))
    act.bind(A.MOVE_ITEM_UP, lambda: composer_view.move_current(-1))
    act.bind(A.MOVE_ITEM_DOWN, lambda: composer_view.move_current(+1))
    def refresh_preview() -> None:
        show_dock("preview")
        preview.refresh_now()

    act.bind(A.REFRESH_PREVIEW, refresh_preview)
    act.bind(A.EXPORT, exporter.ask_and_export)
    act.bind(A.PRINT, exporter.print_handout)
    composer_view.tree.addActions([act[A.MOVE_ITEM_UP], act[A.MOVE_ITEM_DOWN]])

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
    return parts
