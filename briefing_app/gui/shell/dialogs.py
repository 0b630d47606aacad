"""Every question the app asks the user, behind one object that tests replace.

The window never calls ``QMessageBox``/``QFileDialog`` directly; it asks ``Dialogs``.  A
test passes a fake with canned answers, so no modal dialog can ever block the suite.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from briefing_app.storage.recovery import RecoveryEntry

from .i18n import short_date


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryAnswer(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Dialogs", text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def ask_duplicate_mark(self, kind: str) -> bool:
        """The selection already carries a mark of this kind: add a second one anyway?"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already Marked"),
                          self.tr("This text is already marked as %1. Add a second mark anyway?").replace("%1", kind),
                          QMessageBox.StandardButton.NoButton, self.parent)
        add = box.addButton(self.tr("Add Second Mark"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the Existing One"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is add

    def run_help(self, dialog) -> None:
        """Help windows (shortcuts, guide) stay open beside the work, not modal."""
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def ask_save_changes(self, name: str) -> SaveAnswer:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self.parent)
        box.setInformativeText(self.tr("If you don't save, your changes since the last save are lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveAnswer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveAnswer.DISCARD
        return SaveAnswer.CANCEL

    def open_project(self, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent, self.tr("Open Project"), folder,
                                              self.tr("Briefing projects (*.briefing)"))
        return path

    def save_project_as(self, folder_or_name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.parent, self.tr("Save Project As"), folder_or_name,
                                              self.tr("Briefing projects (*.briefing)"))
        return path

    def import_files(self, folder: str, suffixes: list[str]) -> list[str]:
        patterns = " ".join(f"*{s}" for s in suffixes)
        paths, _ = QFileDialog.getOpenFileNames(self.parent, self.tr("Import Articles"), folder,
                                                self.tr("Articles (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"))
        return paths

    def page_file(self, folder: str, suffixes: list[str]) -> str:
        patterns = " ".join(f"*{s}" for s in suffixes)
        path, _ = QFileDialog.getOpenFileName(self.parent, self.tr("Append Page"), folder,
                                              self.tr("Articles (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"))
        return path

    def update_file(self, folder: str, suffixes: list[str]) -> str:
        patterns = " ".join(f"*{s}" for s in suffixes)
        path, _ = QFileDialog.getOpenFileName(self.parent, self.tr("Update Article from File"), folder,
                                              self.tr("Articles (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"))
        return path

    def offer_recovery(self, entries: list[RecoveryEntry]) -> tuple[RecoveryAnswer, RecoveryEntry | None]:
        entry = entries[0]
        if len(entries) > 1:
            labels = [f"{e.label} — {short_date(e.saved_at)}" for e in entries]
            choice, ok = QInputDialog.getItem(self.parent, self.tr("Recover Unsaved Work"),
                                              self.tr("Briefing Desk was not closed properly. Recover which project?"),
                                              labels, 0, False)
            if not ok:
                return RecoveryAnswer.LATER, None
            entry = entries[labels.index(choice)]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recover Unsaved Work"),
                          self.tr("Briefing Desk was not closed properly. Unsaved changes to “%1” from %2 can be recovered.")
                          .replace("%1", entry.label).replace("%2", short_date(entry.saved_at)),
                          QMessageBox.StandardButton.NoButton, self.parent)
        recover = box.addButton(self.tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        if box.clickedButton() is recover:
            return RecoveryAnswer.RECOVER, entry
        if box.clickedButton() is discard:
            return RecoveryAnswer.DISCARD, entry
        return RecoveryAnswer.LATER, entry
