"""New / Open / Save / Save As / Recent, the modified mark, autosave and crash recovery.

"Modified" is the undo stack's clean state (plus a flag for recovered work, which is
unsaved by definition).  While modified, a snapshot is written every
``AUTOSAVE_MS`` through :class:`storage.recovery.RecoverySession`; a save or a clean
close removes it, so only a crash leaves one behind for the next start to offer.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from briefing_app import APP_NAME
from briefing_app.core.errors import BriefingError
from briefing_app.core.file_names import proposed_file_stem
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project
from briefing_app.storage.project_file import could_not_open, could_not_save
from briefing_app.storage.recovery import (
    RecoverySession,
    discard,
    pending_recoveries,
    recover,
)

from ..shell.dialogs import Dialogs, RecoveryAnswer, SaveAnswer
from ..shell.error_boundary import error_text
from ..shell.settings import AppSettings
from .workspace import Workspace

AUTOSAVE_MS = 60_000
SUFFIX = ".briefing"


def _translate(text: str) -> str:
    return QCoreApplication.translate("BriefingError", text)


class Documents(QObject):
    titleChanged = Signal(str)
    modifiedChanged = Signal(bool)
    recentChanged = Signal()
    opened = Signal()  # a project was loaded or created (the welcome page gives way)

    def __init__(self, workspace: Workspace, settings: AppSettings, dialogs: Dialogs,
                 recovery: RecoverySession | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.settings = settings
        self.dialogs = dialogs
        self.recovery = recovery or RecoverySession()
        self.path: Path | None = None
        self.is_sample = False  # the built-in sample, not yet saved under a name of the user's
        self._recovered = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._clean = True
        workspace.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- state ---------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._recovered or not self._clean

    def _clean_changed(self, clean: bool) -> None:
        self._clean = clean
        self._modified_changed()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        return self.tr("Sample Briefing (sample)") if self.is_sample else self.tr("Untitled")

    def window_title(self) -> str:
        return f"{self.display_name()}[*] — {APP_NAME}"

    def _modified_changed(self) -> None:
        modified = self.modified
        if modified and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        if not modified:
            self.autosave_timer.stop()
        self.modifiedChanged.emit(modified)

    def _set_project(self, project: Project, path: Path | None, *, recovered: bool = False, sample: bool = False) -> None:
        self.ws.set_project(project)
        self.path = path
        self.is_sample = sample
        self._recovered = recovered
        self.recovery.discard()
        self.titleChanged.emit(self.window_title())
        self._modified_changed()
        self.opened.emit()

    # -- commands --------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._set_project(Project(), None)
        return True

    def show_project(self, project: Project, path: Path | None = None, *, sample: bool = False) -> None:
        """Show a project that was made elsewhere (the sample, a project given on the command line);
        the sample says so in the title until it is saved under a name."""
        self._set_project(project, path, sample=sample)
        if path is not None:
            self._remember(path)

    def open(self, path: str | Path | None = None) -> bool:
        if path is None:
            path = self.dialogs.open_project(self.settings.last_folder)
            if not path:
                return False
        path = Path(path)
        if not self.maybe_save():
            return False
        try:
            project = load_project(path)
        except Exception as err:  # File › Open always answers with a dialog
            if not isinstance(err, BriefingError):
                logging.getLogger(__name__).exception("opening %s failed", path)
                err = could_not_open(path, err)
            self.dialogs.error(self.tr("Cannot Open Project"), error_text(err))
            if not path.exists():
                self.settings.remove_recent(str(path.resolve()))
                self.recentChanged.emit()
            return False
        self._set_project(project, path)
        self._remember(path)
        if project.load_warnings:
            self.dialogs.info(self.tr("Project Opened with Changes"), "\n\n".join(w.text(_translate) for w in project.load_warnings))
        return True

    def save(self) -> bool:
        self.ws.commit_pending_edits()
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        self.ws.commit_pending_edits()
        # Unsaved: the name export proposes too (meeting title, else article title).
        start = str(self.path) if self.path else str(Path(self.settings.last_folder or Path.home())
                                                     / (proposed_file_stem(self.ws.project) + SUFFIX))
        target = self.dialogs.save_project_as(start)
        if not target:
            return False
        path = Path(target)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_project(self.ws.project, path)
        except Exception as err:  # a failed save is always said, never silent
            if not isinstance(err, BriefingError):
                logging.getLogger(__name__).exception("saving %s failed", path)
                err = could_not_save(path, err)
            self.dialogs.error(self.tr("Cannot Save Project"), error_text(err))
            return False
        self.path = path
        self.is_sample = False
        self._recovered = False
        self.ws.undo_stack.setClean()
        self.recovery.discard()
        self._remember(path)
        self.titleChanged.emit(self.window_title())
        self._modified_changed()
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_folder = str(path.resolve().parent)
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.recentChanged.emit()

    def maybe_save(self) -> bool:
        """Before the project goes away: True when it may (saved, discarded, or unchanged)."""
        self.ws.commit_pending_edits()
        if not self.modified:
            return True
        answer = self.dialogs.ask_save_changes(self.display_name())
        if answer is SaveAnswer.SAVE:
            return self.save()
        return answer is SaveAnswer.DISCARD

    def close(self) -> None:
        """The window closes for good: no snapshot must stay behind."""
        self.autosave_timer.stop()
        self.recovery.discard()

    # -- autosave and recovery -----------------------------------------------------
    def autosave(self) -> None:
        self.ws.commit_pending_edits()
        if not self.modified:
            return
        # The next tick tries again; a full disk must not interrupt the user.
        with contextlib.suppress(BriefingError):
            self.recovery.write(self.ws.project, self.path)

    def offer_recovery(self) -> bool:
        """Offer what a crashed session left behind; True when a project was recovered."""
        entries = pending_recoveries(self.recovery.folder)
        if not entries:
            return False
        answer, entry = self.dialogs.offer_recovery(entries)
        if entry is None or answer is RecoveryAnswer.LATER:
            return False
        if answer is RecoveryAnswer.DISCARD:
            discard(entry)
            return False
        try:
            project = recover(entry)
        except BriefingError as err:
            self.dialogs.error(self.tr("Cannot Recover"), error_text(err))
            return False
        path = Path(entry.project_path) if entry.project_path else None
        self._set_project(project, path, recovered=True)
        discard(entry)
        self.autosave()  # the recovered work is protected again at once
        return True
