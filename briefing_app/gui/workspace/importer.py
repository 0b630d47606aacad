"""Getting articles in: files, drops, pasted text, further pages; and (re)analysis.

Reading and analysing run in the background (:mod:`.tasks`); what comes back is applied
on the GUI thread as one undoable command, so an import can be undone like any edit.
Findings of the figure checks are kept per article in the workspace (they are derived
from the text, so they are not stored in the project file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from briefing_app.core.article import Article
from briefing_app.core.commands import (
    AddArticle,
    AppendPage,
    ReplaceSuggestions,
    UpdateArticle,
)
from briefing_app.core.errors import BriefingError
from briefing_app.core.suggestions import article_findings

from ..shell.dialogs import Dialogs
from ..shell.error_boundary import error_text
from ..shell.settings import AppSettings
from ..shell.tasks import CancelToken, TaskRunner
from .workspace import Workspace

PROJECT_SUFFIX = ".briefing"


def supported_suffixes() -> list[str]:
    try:
        from briefing_app.ingest import SUPPORTED_SUFFIXES

        return sorted(SUPPORTED_SUFFIXES)
    except ImportError:
        return [".txt", ".html", ".htm", ".docx", ".pdf"]


@dataclass
class Analysed:
    """What background work hands back: the article, its findings and suggested marks.

    Everything here is computed in the worker (anchoring thousands of suggestions on a
    long text takes seconds); the GUI thread only inserts the finished records.
    """

    article: Article
    findings: list[Any]
    suggestions: list[Any]


def analysed(article: Article) -> Analysed:
    from briefing_app.core.suggestions import analyse_for_suggestions

    analysis, suggestions = analyse_for_suggestions(article)
    return Analysed(article, list(analysis.findings), suggestions)


class Importer(QObject):
    imported = Signal(str)  # article id
    updated = Signal(str, list)  # article id, ids of the marks that need review

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: Dialogs, settings: AppSettings,
                 open_project: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.tasks = tasks
        self.dialogs = dialogs
        self.settings = settings
        self.open_project = open_project
        self._pending: set[tuple[str, str]] = set()  # (article id, text hash) whose findings are being computed
        self._refresh_queued = False

    def watch_findings(self) -> None:
        """Keep the figure checks current: after a project is loaded and whenever a text changes."""
        self.ws.reset.connect(self.refresh_findings)
        self.ws.changed.connect(lambda _c: self._queue_refresh())

    def _queue_refresh(self) -> None:
        # In the next turn of the event loop: an import sets its own findings right after its push.
        if not self._refresh_queued:
            self._refresh_queued = True
            QTimer.singleShot(0, self._queued_refresh)

    def _queued_refresh(self) -> None:
        self._refresh_queued = False
        self.refresh_findings()

    # -- boundary for errors -------------------------------------------------------
    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self.dialogs.error(title, error_text(exc))
        return show

    # -- files ---------------------------------------------------------------------
    def ask_and_import(self) -> None:
        paths = self.dialogs.import_files(self.settings.last_folder, supported_suffixes())
        if paths:
            self.settings.last_folder = str(Path(paths[0]).parent)
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        articles = [p for p in paths if p.suffix.lower() != PROJECT_SUFFIX]
        if projects:
            self.open_project(projects[0])
        if not articles:
            return

        def work(token: CancelToken) -> list[Analysed | tuple[str, BriefingError]]:
            from briefing_app.ingest import import_file

            out: list[Analysed | tuple[str, BriefingError]] = []
            for n, path in enumerate(articles):
                token.progress(int(100 * n / len(articles)), self.tr("Reading %1 …").replace("%1", path.name))
                try:
                    art = import_file(path)
                except BriefingError as err:  # one bad file does not cost the others
                    if len(articles) == 1:
                        raise
                    out.append((path.name, err))
                    continue
                token.progress(int(100 * (n + 0.5) / len(articles)), self.tr("Analysing %1 …").replace("%1", path.name))
                out.append(analysed(art))
            return out

        self.tasks.run(work, on_success=self._add_all, on_failure=self._failed(self.tr("Cannot Import")),
                       title=self.tr("Importing articles"))

    def _add_all(self, results: list[Analysed | tuple[str, BriefingError]]) -> None:
        failed = [r for r in results if isinstance(r, tuple)]
        for res in [r for r in results if isinstance(r, Analysed)]:
            self.ws.push(AddArticle(res.article, res.suggestions),
                         self.tr("Import “%1”").replace("%1", res.article.display_title()[:40]))
            self.ws.set_findings(res.article.id, res.findings, res.article.text_hash)
            self.ws.select_article(res.article.id)
            self.imported.emit(res.article.id)
        if failed:
            self.dialogs.error(self.tr("Some Files Were Not Imported"),
                               "\n".join(f"{name}: {error_text(err)}" for name, err in failed))

    # -- drops ---------------------------------------------------------------------
    @staticmethod
    def accepts(mime: QMimeData) -> bool:
        suffixes = set(supported_suffixes()) | {PROJECT_SUFFIX}
        return mime.hasUrls() and any(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in suffixes for u in mime.urls())

    def drop(self, mime: QMimeData) -> bool:
        suffixes = set(supported_suffixes()) | {PROJECT_SUFFIX}
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        paths = [p for p in paths if p.suffix.lower() in suffixes]
        if paths:
            self.import_files(paths)
        return bool(paths)

    # -- paste ---------------------------------------------------------------------
    def paste(self, text: str | None = None) -> None:
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.dialogs.error(self.tr("Nothing to Paste"), self.tr("The clipboard holds no text. Copy an article's text in the browser first."))
            return

        def work(token: CancelToken) -> list[Analysed]:
            from briefing_app.ingest import import_text

            token.progress(-1, self.tr("Cleaning the pasted text …"))
            art = import_text(text, name=self.tr("Pasted article"))
            token.progress(-1, self.tr("Analysing …"))
            return [analysed(art)]

        self.tasks.run(work, on_success=self._add_all, on_failure=self._failed(self.tr("Cannot Paste Article")),
                       title=self.tr("Pasting article"))

    # -- further pages -------------------------------------------------------------
    def ask_and_append_page(self) -> None:
        if not self.ws.current_article_id:
            return
        path = self.dialogs.page_file(self.settings.last_folder, supported_suffixes())
        if path:
            self.append_page(Path(path))

    def append_page(self, path: Path) -> None:
        article_id = self.ws.current_article_id

        def work(_token: CancelToken) -> Article:
            from briefing_app.ingest import import_file

            return import_file(path)

        def done(page: Article) -> None:
            self.ws.push(AppendPage(article_id, page), self.tr("Append page"))
            self.analyse(article_id)

        self.tasks.run(work, on_success=done, on_failure=self._failed(self.tr("Cannot Append Page")),
                       title=self.tr("Reading the page"))

    # -- newer version of an article -----------------------------------------------
    def ask_and_update_from_file(self) -> None:
        if not self.ws.current_article_id:
            return
        path = self.dialogs.update_file(self.settings.last_folder, supported_suffixes())
        if path:
            self.update_article(Path(path))

    def update_from_paste(self, text: str | None = None) -> None:
        if not self.ws.current_article_id:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.dialogs.error(self.tr("Nothing to Paste"), self.tr("The clipboard holds no text. Copy an article's text in the browser first."))
            return
        self.update_article(text)

    def update_article(self, source: Path | str) -> None:
        """Replace the current article with a newer version (a file or pasted text), marks re-anchored.

        Reading runs in the background; the update itself is one undo step, and the marks
        that landed only fuzzily or not at all are listed for review (:mod:`..marks.mark_review`).
        """
        article_id = self.ws.current_article_id

        def work(token: CancelToken) -> Article:
            from briefing_app.ingest import import_file, import_text

            token.progress(-1, self.tr("Reading the new version …"))
            if isinstance(source, Path):
                return import_file(source)
            return import_text(source, name=self.tr("Pasted article"))

        def done(new: Article) -> None:
            try:
                self.ws.project.article(article_id)
            except BriefingError:
                return  # the article was removed meanwhile
            command = UpdateArticle(article_id, new)
            self.ws.push(command, self.tr("Update article"))
            self.updated.emit(article_id, command.summary.review)

        self.tasks.run(work, on_success=done, on_failure=self._failed(self.tr("Cannot Update Article")),
                       title=self.tr("Updating the article"))

    # -- analysis ------------------------------------------------------------------
    def analyse(self, article_id: str, *, merge: bool = True) -> None:
        """Analyse one article again in the background; new suggestions merge in undoably."""
        try:
            article = self.ws.project.article(article_id)
        except BriefingError:
            return

        key = (article_id, article.text_hash)
        self._pending.add(key)

        def work(_token: CancelToken) -> Analysed:
            return analysed(article)

        def done(result: Analysed) -> None:
            self._pending.discard(key)
            try:
                current = self.ws.project.article(article_id)
            except BriefingError:
                return
            if current.text != article.text:
                return  # the text changed meanwhile; a newer analysis is on its way
            self.ws.set_findings(article_id, result.findings, key[1])
            if merge:
                # In the next turn of the event loop: on long articles each step redraws
                # a lot, and two short pauses keep the window responsive where one long won't.
                QTimer.singleShot(0, lambda: self._merge(article_id, article.text, result.suggestions))

        def failed(exc: BaseException) -> None:
            self._pending.discard(key)
            self._failed(self.tr("Cannot Analyse"))(exc)

        self.tasks.run(work, on_success=done, on_failure=failed, title=self.tr("Analysing the article"))

    def _merge(self, article_id: str, text: str, new: list) -> None:
        from briefing_app.core.suggestions import merge_suggestions

        try:
            if self.ws.project.article(article_id).text != text:
                return
        except BriefingError:
            return
        self.ws.push(ReplaceSuggestions(article_id, lambda p: merge_suggestions(p, article_id, new)),
                     self.tr("Analyse again"))

    def refresh_findings(self) -> None:
        """Findings are not stored in the file: compute the figure checks of every article
        that has none for its current text (in the background; only the checks, no suggestions)."""
        todo = []
        for art in self.ws.project.articles:
            key = (art.id, art.text_hash)
            if key in self._pending or self.ws.has_current_findings(*key):
                continue
            self._pending.add(key)
            todo.append((key, art))
        if not todo:
            return

        def work(_token: CancelToken) -> list[tuple[tuple[str, str], list[Any]]]:
            return [(key, article_findings(art)) for key, art in todo]

        def done(results: list[tuple[tuple[str, str], list[Any]]]) -> None:
            for key, findings in results:
                self._pending.discard(key)
                self.ws.set_findings(key[0], findings, key[1])

        def failed(exc: BaseException) -> None:
            for key, _art in todo:
                self._pending.discard(key)
            self._failed(self.tr("Cannot Analyse"))(exc)

        self.tasks.run(work, on_success=done, on_failure=failed, title=self.tr("Checking figures"))
