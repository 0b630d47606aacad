"""The main window: assembles the views, panels and actions; holds no domain logic.

Everything it shows observes one :class:`Workspace`; everything it does is an action
from the registry bound to a controller (documents, importer, marker, panels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDockWidget, QListView, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from briefing_app import APP_NAME, __version__
from briefing_app.core.annotation import Kind, State
from briefing_app.core.project import Project
from briefing_app.storage.recovery import RecoverySession

from ..marks.annotation_model import AnnotationModel
from ..marks.inspector import Inspector
from ..marks.people_panel import PeoplePanel
from ..marks.roles import ID_ROLE
from ..marks.status_counts import CountsLabel
from ..reading.article_view import ArticleView
from ..reading.findings_panel import FindingsPanel
from ..reading.kinds import kind_label
from ..reading.marker import Marker
from ..reading.reading_presenter import ReadingPresenter
from ..reading.removed_panel import RemovedPanel
from ..workspace.documents import Documents
from ..workspace.importer import Importer
from ..workspace.sources_model import ArticleListModel
from ..workspace.workspace import Workspace
from .actions import MARK_ACTIONS, ActionRegistry, MainAction
from .briefing_ui import install_briefing
from .dialogs import Dialogs
from .error_boundary import open_log_folder
from .settings import AppSettings
from .tasks import TaskRunner
from .welcome import WelcomePage

A = MainAction


class MainWindow(QMainWindow):
    def __init__(self, project: Project | None = None, path: Path | None = None, *, settings: AppSettings | None = None,
                 dialogs: Dialogs | None = None, recovery: RecoverySession | None = None, welcome: bool = False,
                 show_progress: bool = True, check_figures: bool = True) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or AppSettings()
        self.dialogs = dialogs or Dialogs(self)
        self.ws = Workspace(Project(), self)
        self.tasks = TaskRunner(self, show_progress=show_progress)
        self.docs = Documents(self.ws, self.settings, self.dialogs, recovery, self)
        self.importer = Importer(self.ws, self.tasks, self.dialogs, self.settings, self.docs.open, self)
        self.main_actions = ActionRegistry(self)
        self.mark_review: QDialog | None = None
        self.setAcceptDrops(True)

        # views
        self.model = AnnotationModel(self.ws)
        self.article_view = ArticleView(self)
        self.welcome = WelcomePage(self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.article_view)
        self.setCentralWidget(self.central)
        self.sources = QListView(self)
        self.sources.setModel(ArticleListModel(self.ws))
        self.sources.setAccessibleName(self.tr("Articles"))
        self.sources.setWordWrap(True)
        self.sources.setAlternatingRowColors(True)
        self.sources.setSpacing(2)
        self.inspector = Inspector(self.ws, self.model, self)
        from ..marks.suggestions_panel import SuggestionsPanel

        self.suggestions = SuggestionsPanel(self.ws, self.model, self)
        self.findings = FindingsPanel(self.ws, self)
        self.people = PeoplePanel(self.ws, self)
        self.removed = RemovedPanel(self.ws, self.dialogs.error, self)
        self.reading = ReadingPresenter(self.ws, self.article_view, self.findings.finding_spans)
        self.marker = Marker(self.ws, self.article_view, self._status_message, self.inspector.list.selected_ids,
                             self.dialogs.ask_duplicate_mark)

        self.docks: dict[str, QDockWidget] = {}
        self.add_dock("sources", self.tr("Articles"), self.sources, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("suggestions", self.tr("Suggestions"), self.suggestions, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("findings", self.tr("Figure Checks"), self.findings, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("people", self.tr("People"), self.people, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("inspector", self.tr("Marks"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock("removed", self.tr("Removed Text"), self.removed, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["suggestions"], self.docks["findings"])
        self.tabifyDockWidget(self.docks["findings"], self.docks["people"])
        self.docks["suggestions"].raise_()
        self.docks["removed"].hide()
        self.resizeDocks([self.docks["sources"], self.docks["inspector"]], [300, 380], Qt.Orientation.Horizontal)

        self._bind_actions()
        self._build_menus()
        self._build_toolbar()
        parts = install_briefing(self, self)  # composer, preview, export and print
        self.export_settings = parts.export_settings
        self.output_dialogs = parts.output_dialogs
        self.composer = parts.composer
        self.composer_view = parts.composer_view
        self.preview = parts.preview
        self.exporter = parts.exporter
        self.counts = CountsLabel(self.ws, self)
        self.statusBar().addPermanentWidget(self.tasks.strip)
        self.statusBar().addPermanentWidget(self.counts)
        self._connect()

        self.docs.path = path
        self.setWindowTitle(self.docs.window_title())
        self._update_enabled()
        self._rebuild_recent()
        self.show_page(welcome=welcome)
        self._restore_layout()
        self.persist_layout = True
        if check_figures:
            self.importer.watch_findings()
        if project is not None:
            self.ws.set_project(project)  # every view (and the figure checks) follow the reset

    # -- assembly --------------------------------------------------------------------
    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _bind_actions(self) -> None:
        act = self.main_actions
        act.bind(A.NEW, self.new_project)
        act.bind(A.OPEN, self.open_project)
        act.bind(A.SAVE, self.docs.save)
        act.bind(A.SAVE_AS, self.docs.save_as)
        act.bind(A.CLEAR_RECENT, self.docs.clear_recent)
        act.bind(A.QUIT, self.close)
        act.bind(A.IMPORT, self._import)
        act.bind(A.PASTE_ARTICLE, self._paste)
        act.bind(A.APPEND_PAGE, self.importer.ask_and_append_page)
        act.bind(A.UPDATE_ARTICLE_FILE, self.importer.ask_and_update_from_file)
        act.bind(A.UPDATE_ARTICLE_PASTE, self.importer.update_from_paste)
        self.importer.updated.connect(self.review_marks)
        act.bind(A.REMOVE_ARTICLE, self._remove_article)
        act.bind(A.ANALYSE, lambda: self.importer.analyse(self.ws.current_article_id))
        act.bind(A.UNDO, self.ws.undo_stack.undo)
        act.bind(A.REDO, self.ws.undo_stack.redo)
        act.bind(A.FIND, self.article_view.find_bar.open_bar)
        act.bind(A.FIND_NEXT, self.article_view.find_bar.find_next)
        act.bind(A.FIND_PREVIOUS, self.article_view.find_bar.find_previous)
        act.bind(A.PREFERENCES, self._preferences)
        for key, kind in MARK_ACTIONS.items():
            act.bind(key, lambda k=kind: self.marker.mark(k))
        act.bind(A.DELETE_ANNOTATION, self.marker.delete_selected)
        act.bind(A.TOGGLE_IN_BRIEFING, self.marker.toggle_in_briefing)
        act.bind(A.ACCEPT_SUGGESTION, self.suggestions.accept_selected)
        act.bind(A.REJECT_SUGGESTION, self.suggestions.reject_selected)
        act.bind(A.NEXT_SUGGESTION, self.suggestions.next)
        act.bind(A.PREVIOUS_SUGGESTION, self.suggestions.previous)
        act.bind(A.APPLY_FINDING, self.findings.apply_current)
        act.bind(A.SHOW_REMOVED, self.docks["removed"].setVisible)
        act.bind(A.SHOW_WELCOME, lambda: self.show_page(welcome=True))
        act.bind(A.FOCUS_ARTICLE, self._focus_article)
        act.bind(A.FOCUS_LIST, self._focus_list)
        act.bind(A.ABOUT, self._about)
        act.bind(A.OPEN_LOG_FOLDER, open_log_folder)
        act.bind(A.SHORTCUTS, self.show_shortcuts)
        act.bind(A.USER_GUIDE, self.show_guide)
        act.bind(A.TOOLBAR_TEXT, self._set_toolbar_text)
        # Scoped shortcuts: marks fire in the reading view, review keys in their panels.
        for key in MARK_ACTIONS:
            self.article_view.text.addAction(act[key])
        self.article_view.text.extra_menu_actions = [act[k] for k in MARK_ACTIONS]
        for key in (A.ACCEPT_SUGGESTION, A.REJECT_SUGGESTION, A.NEXT_SUGGESTION, A.PREVIOUS_SUGGESTION):
            self.suggestions.addAction(act[key])
        self.inspector.list.addAction(act[A.DELETE_ANNOTATION])
        self.findings.addAction(act[A.APPLY_FINDING])
        self.docks["removed"].visibilityChanged.connect(self._sync_removed_toggle)

    def _sync_removed_toggle(self, visible: bool) -> None:
        a = self.main_actions[A.SHOW_REMOVED]
        if a.isChecked() != self.docks["removed"].isVisible():
            a.blockSignals(True)
            a.setChecked(self.docks["removed"].isVisible())
            a.blockSignals(False)

    def _build_menus(self) -> None:
        act = self.main_actions
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.setObjectName("menu_file")
        m.addActions([act[A.NEW], act[A.OPEN]])
        self.recent_menu = QMenu(self.tr("Open &Recent"), m)
        self.recent_menu.setObjectName("menu_recent")
        m.addMenu(self.recent_menu)
        m.addActions([act[A.SAVE], act[A.SAVE_AS]])
        m.addSeparator()
        m.addActions([act[A.IMPORT], act[A.PASTE_ARTICLE], act[A.APPEND_PAGE], act[A.UPDATE_ARTICLE_FILE],
                      act[A.UPDATE_ARTICLE_PASTE], act[A.REMOVE_ARTICLE]])
        m.addSeparator()
        m.addAction(act[A.QUIT])
        m = bar.addMenu(self.tr("&Edit"))
        m.addActions([act[A.UNDO], act[A.REDO]])
        m.addSeparator()
        m.addActions([act[A.FIND], act[A.FIND_NEXT], act[A.FIND_PREVIOUS]])
        m.addSeparator()
        m.addAction(act[A.PREFERENCES])
        m = bar.addMenu(self.tr("&Mark"))
        m.addActions([act[k] for k in MARK_ACTIONS])
        m.addSeparator()
        m.addActions([act[A.TOGGLE_IN_BRIEFING], act[A.DELETE_ANNOTATION]])
        m = bar.addMenu(self.tr("&Review"))
        m.addActions([act[A.ACCEPT_SUGGESTION], act[A.REJECT_SUGGESTION], act[A.NEXT_SUGGESTION], act[A.PREVIOUS_SUGGESTION]])
        accept_all = m.addMenu(self.tr("Accept &All"))
        for kind in (Kind.QUOTE, Kind.FIGURE, Kind.PERSON, Kind.KEY_POINT):
            a = accept_all.addAction(kind_label(kind))
            a.triggered.connect(lambda _c=False, k=kind: self.suggestions.accept_all(k))
        m.addSeparator()
        m.addActions([act[A.APPLY_FINDING], act[A.ANALYSE]])
        m = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            if dock is not self.docks["removed"]:
                m.addAction(dock.toggleViewAction())
        m.addAction(act[A.SHOW_REMOVED])
        m.addSeparator()
        m.addActions([act[A.FOCUS_ARTICLE], act[A.FOCUS_LIST], act[A.SHOW_WELCOME]])
        m.addSeparator()
        m.addAction(act[A.TOOLBAR_TEXT])
        m = bar.addMenu(self.tr("&Help"))
        m.setObjectName("menu_help")
        m.addActions([act[A.USER_GUIDE], act[A.SHORTCUTS]])
        m.addAction(act[A.OPEN_LOG_FOLDER])
        m.addSeparator()
        m.addAction(act[A.ABOUT])

    def _build_toolbar(self) -> None:
        act = self.main_actions
        tb = QToolBar(self.tr("Main Toolbar"), self)
        tb.setObjectName("toolbar_main")
        self.toolbar = tb
        # Short names under the icons; the menus keep the full ones ("Mark as Quote" -> "Quote").
        act[A.UNDO].setIconText(self.tr("Undo"))
        act[A.REDO].setIconText(self.tr("Redo"))
        for key, kind in MARK_ACTIONS.items():
            act[key].setIconText(kind_label(kind))
        tb.addActions([act[A.OPEN], act[A.SAVE], act[A.IMPORT], act[A.PASTE_ARTICLE]])
        tb.addSeparator()
        tb.addActions([act[A.UNDO], act[A.REDO]])
        tb.addSeparator()
        tb.addActions([act[k] for k in MARK_ACTIONS])
        tb.addSeparator()
        tb.addAction(act[A.FIND])
        self.addToolBar(tb)
        act[A.TOOLBAR_TEXT].setChecked(self.settings.toolbar_text)
        self._set_toolbar_text(self.settings.toolbar_text)

    def _set_toolbar_text(self, on: bool) -> None:
        """Text under the icons by default (a button says what it does); the setting hides it."""
        style = Qt.ToolButtonStyle.ToolButtonTextUnderIcon if on else Qt.ToolButtonStyle.ToolButtonIconOnly
        self.toolbar.setToolButtonStyle(style)
        if self.settings.toolbar_text != on:
            self.settings.toolbar_text = on

    def _connect(self) -> None:
        # Undo/redo follow the stack through the signals' own arguments only.
        stack, undo, redo = self.ws.undo_stack, self.main_actions[A.UNDO], self.main_actions[A.REDO]
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: undo.setText(self.tr("&Undo %1").replace("%1", t).strip() if t else self.tr("&Undo")))
        stack.redoTextChanged.connect(lambda t: redo.setText(self.tr("&Redo %1").replace("%1", t).strip() if t else self.tr("&Redo")))
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        self.docs.titleChanged.connect(self.setWindowTitle)
        self.docs.modifiedChanged.connect(self.setWindowModified)
        self.docs.recentChanged.connect(self._rebuild_recent)
        self.docs.opened.connect(lambda: self.show_page(welcome=False))
        self.ws.currentArticleChanged.connect(lambda _a: self._update_enabled())
        self.ws.currentAnnotationChanged.connect(lambda _a: self._update_enabled())
        self.ws.changed.connect(lambda _c: self._update_enabled())
        self.ws.reset.connect(self._update_enabled)
        self.ws.currentArticleChanged.connect(self._follow_article)
        self.article_view.selectionChanged.connect(lambda _s: self._update_enabled())
        self.sources.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.ws.select_article(cur.data(ID_ROLE)) if cur.isValid() else None)
        self.sources.model().modelReset.connect(lambda: self._follow_article(self.ws.current_article_id))
        self.findings.spanRequested.connect(self.article_view.select_range)
        self.tasks.busyChanged.connect(lambda busy: self._status_message(self.tr("Working…") if busy else ""))
        self.importer.imported.connect(lambda _aid: self.show_page(welcome=False))
        self.welcome.newRequested.connect(self.new_project)
        self.welcome.importRequested.connect(self._import)
        self.welcome.pasteRequested.connect(self._paste)
        self.welcome.openRequested.connect(self.open_project)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.docs.open)

    def _follow_article(self, article_id: str) -> None:
        model = self.sources.model()
        for row in range(model.rowCount()):
            idx = model.index(row, 0)
            if idx.data(ID_ROLE) == article_id:
                if self.sources.currentIndex() != idx:
                    self.sources.setCurrentIndex(idx)
                return

    def _update_enabled(self) -> None:
        act = self.main_actions
        has_article = bool(self.ws.current_article_id)
        has_selection = self.article_view.selected_range() is not None
        for key in MARK_ACTIONS:
            act[key].setEnabled(has_article and has_selection)
        for key in (A.APPEND_PAGE, A.UPDATE_ARTICLE_FILE, A.UPDATE_ARTICLE_PASTE, A.REMOVE_ARTICLE, A.ANALYSE):
            act[key].setEnabled(has_article)
        mark = self.ws.current_annotation()
        act[A.DELETE_ANNOTATION].setEnabled(mark is not None)
        act[A.TOGGLE_IN_BRIEFING].setEnabled(mark is not None and mark.state is State.ACCEPTED)

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, path in enumerate(files):
            label = f"&{i + 1} {Path(path).name}" if i < 9 else Path(path).name
            a = QAction(label, self.recent_menu)
            a.setToolTip(path)
            a.setStatusTip(path)
            a.triggered.connect(lambda _c=False, p=path: self.docs.open(p))
            self.recent_menu.addAction(a)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.main_actions[A.CLEAR_RECENT])
        self.recent_menu.setEnabled(True)
        self.main_actions[A.CLEAR_RECENT].setEnabled(bool(files))
        self.welcome.set_recent(files)

    # -- pages and layout ----------------------------------------------------------
    def show_page(self, *, welcome: bool) -> None:
        self.central.setCurrentWidget(self.welcome if welcome else self.article_view)

    def _restore_layout(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._sync_removed_toggle(self.docks["removed"].isVisible())

    def save_layout(self) -> None:
        if not self.persist_layout:
            return
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()

    # -- commands that need the window -----------------------------------------------
    def new_project(self) -> None:
        self.docs.new()

    def open_project(self) -> None:
        self.docs.open()

    def open_sample(self) -> None:
        from ..workspace.sample_cache import cached_sample_project

        if self.docs.maybe_save():
            self.docs.show_project(cached_sample_project(), sample=True)
            self._status_message(self.tr("This is the sample briefing: a made-up article to try the app. Save it under a name of yours to keep changes."))

    def review_marks(self, article_id: str, ids: list[str]) -> None:
        """After an update: list the marks that need review beside the article (not modal)."""
        from ..marks.mark_review import MarkReviewDialog

        if self.mark_review is not None:
            self.mark_review.close()
        self.mark_review = None
        if ids:
            self.mark_review = MarkReviewDialog(self.ws, article_id, ids, self.article_view.selected_range, self)
            self.mark_review.show()

    def _import(self) -> None:
        self.show_page(welcome=False)
        self.importer.ask_and_import()

    def _paste(self) -> None:
        self.show_page(welcome=False)
        self.importer.paste()

    def _remove_article(self) -> None:
        from briefing_app.core.commands import RemoveArticle

        if self.ws.current_article_id:
            self.ws.push(RemoveArticle(self.ws.current_article_id), self.tr("Remove article"))

    def _focus_article(self) -> None:
        self.show_page(welcome=False)
        self.article_view.text.setFocus()

    def _focus_list(self) -> None:
        self.docks["inspector"].show()
        self.inspector.list.setFocus()

    def _preferences(self) -> None:
        from .preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_shortcuts(self) -> None:
        from .help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.main_actions, self)
        self.dialogs.run_help(dialog)

    def show_guide(self) -> None:
        from .help_dialogs import GuideDialog

        self.dialogs.run_help(GuideDialog(self))

    def _about(self) -> None:
        self.dialogs.about(
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr("%1 %2\nFrom press articles to checked executive briefings.").replace("%1", APP_NAME).replace("%2", __version__),
        )

    def _status_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 5000)
        else:
            self.statusBar().clearMessage()

    # -- drops ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.importer.drop(event.mimeData()):
            self.show_page(welcome=False)
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.docs.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.docs.close()
        self.tasks.pool.clear()
        self.preview.close_files()  # waits for a preview still rendering, closes its PDF
        event.accept()

    def characters_shown(self) -> int:
        return self.article_view.characters_shown()
