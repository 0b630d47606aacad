"""One running app per user: a second launch hands its file to the first and exits.

What a double-click on a ``.briefing`` does while the app runs: the new process finds
the running one through a per-user local socket (QLocalServer), sends it the file path
and quits; the running app opens the file in a *new window of the same process*.  Why a
new window rather than replacing the current project: the current window may hold
unsaved work, and a second window keeps both visible without asking; why the same
process: one recent-files list and one settings store that every window sees at once,
and the file opens in a fraction of the time a cold start takes.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from briefing_app.storage.user_paths import config_dir

_TIMEOUT_MS = 1500


def server_name() -> str:
    """Unique per user and per settings folder (tests get their own)."""
    key = f"{getpass.getuser()}:{config_dir()}".encode()
    return "briefing-desk-" + hashlib.sha1(key).hexdigest()[:16]


def send_to_running(paths: list[str], name: str | None = None) -> bool:
    """Hand ``paths`` to a running instance; False when none is listening."""
    sock = QLocalSocket()
    sock.connectToServer(name or server_name())
    if not sock.waitForConnected(_TIMEOUT_MS):
        return False
    payload = "\n".join(str(Path(p).resolve()) for p in paths) or "\n"
    sock.write(payload.encode("utf-8") + b"\0")
    sock.flush()  # usually writes everything at once; wait only for what is left
    ok = sock.bytesToWrite() == 0 or sock.waitForBytesWritten(_TIMEOUT_MS)
    sock.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later launches and emits the files they were asked to open."""

    files_requested = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A crashed instance may have left its socket file behind: remove and retry.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            buf = bytearray()

            def read(sock: QLocalSocket = sock, buf: bytearray = buf) -> None:
                buf.extend(bytes(sock.readAll().data()))
                if buf.endswith(b"\0"):
                    paths = [p for p in buf[:-1].decode("utf-8", "replace").split("\n") if p]
                    sock.readyRead.disconnect()
                    sock.disconnectFromServer()
                    # Deleted here, not on "disconnected": that signal also fires while the
                    # server (the socket's parent) is being destroyed, too late to delete.
                    sock.deleteLater()
                    self.files_requested.emit(paths)

            sock.readyRead.connect(read)


def connect_or_serve(paths: list[str], on_files: Callable[[list[str]], None], parent: QObject) -> InstanceServer | None:
    """Forward ``paths`` to a running instance (returns None: the caller should exit),
    or become the running instance and call ``on_files`` for later launches."""
    if send_to_running(paths):
        return None
    server = InstanceServer(parent)
    server.files_requested.connect(on_files)
    server.listen()
    return server
