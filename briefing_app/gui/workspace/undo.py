"""``QUndoCommand`` adapters over the plain command objects of ``core.commands``.

The core command mutates the project and returns a ``Change``; the adapter only hands
that change to a callback (the workspace), which tells the views what to redraw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from briefing_app.core.commands import Change, Command
from briefing_app.core.project import Project


class CoreUndoCommand(QUndoCommand):
    def __init__(self, command: Command, project: Callable[[], Project], changed: Callable[[Change], None], text: str) -> None:
        super().__init__(text or command.text)
        self.command = command
        self._project = project
        self._changed = changed

    def redo(self) -> None:
        self._changed(self.command.do(self._project()))

    def undo(self) -> None:
        self._changed(self.command.undo(self._project()))
