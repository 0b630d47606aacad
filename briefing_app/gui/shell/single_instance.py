"""One running app per user: a second launch hands its file to the first and exits.

What a double-click on a ``.briefing`` does while the app runs: the new process finds
the running one through a per-user local socket (QLocalServer), sends it the file path
and quits; the running app opens the file in a *new window of the same process*.  Why a
new window rather than replacing the current project: the current window may hold
unsaved work, and a second window keeps both visible without asking; why the same
process: one recent-files list and one settings store that every window sees at once,
and the file opens in a fraction of the time a cold start takes.

Two launches at the same moment (two files double-clicked together) must not both
become the server: a per-user lock file decides (``QLockFile``; a lock whose process no
longer runs counts as free, so a crash never blocks the next start).  Only the holder removes a socket left behind by a crash and
listens; the other keeps handing its files over until the holder is listening.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from briefing_app.storage.user_paths import config_dir

_TIMEOUT_MS = 1500
#: How long a launch that lost the race waits for the winner to listen.
_HANDOVER_WAIT_S = 10.0


def server_name() -> str:
    """Unique per user and per settings folder (tests get their own)."""
    key = f"{getpass.getuser()}:{config_dir()}".encode()
    return "briefing-desk-" + hashlib.sha1(key).hexdigest()[:16]


def lock_path(name: str) -> str:
    return str(config_dir() / f"{name}.lock")


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
        self._lock: QLockFile | None = None

    def take_lock(self) -> bool:
        """True when this process may serve: no other running launch holds the lock."""
        if self._lock is None:
            lock = QLockFile(lock_path(self.name))
            lock.setStaleLockTime(0)  # never guess by age: a lock is stale only when its process is gone
            if not lock.tryLock(0):
                return False
            self._lock = lock
        return True

    def listen(self) -> bool:
        """Serve under the lock; False when another launch holds it (and so serves)."""
        if not self.take_lock():
            return False
        if self._server.listen(self.name):
            return True
        # Holding the lock, any socket file left is a crashed instance's: remove and retry.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def serving(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

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


def connect_or_serve(
    paths: list[str], on_files: Callable[[list[str]], None], parent: QObject, name: str | None = None
) -> InstanceServer | None:
    """Forward ``paths`` to a running instance (returns None: the caller should exit),
    or become the running instance and call ``on_files`` for later launches.

    Of launches racing each other exactly one takes the lock and serves; the others
    hand over to it as soon as it listens.  Should it never listen (hung at start),
    this launch opens its own window without serving rather than not at all.
    """
    name = name or server_name()
    if send_to_running(paths, name):
        return None
    server = InstanceServer(parent, name)
    server.files_requested.connect(on_files)
    if server.listen():
        return server
    deadline = time.monotonic() + _HANDOVER_WAIT_S
    while time.monotonic() < deadline:
        if send_to_running(paths, name):
            server.close()
            server.deleteLater()
            return None
        if server.listen():  # the other launch gave up (or died) before serving
            return server
        QThread.msleep(50)
    return server
