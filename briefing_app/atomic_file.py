"""Replace a file so that a crash or an error leaves either the old or the new version.

Used for project files, recovery snapshots and every export.  The new content is
written to a temporary file in the *same* folder (so the final rename is atomic on one
file system), fsynced, given the permissions a normally created file would get, then
renamed over the target; the folder is fsynced too so the rename survives a power cut.
Problems the user can fix (read-only target, file locked by PowerPoint or a PDF viewer,
missing folder, full disk) become the caller's domain error with a hint.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

try:
    import fcntl

    _HOLD_LOCK = True
except ImportError:  # Windows
    _HOLD_LOCK = False


def check_writable_target(path: Path, error: type[BriefingError]) -> None:
    """Refuse early, before any work, when ``path`` cannot or should not be replaced."""
    folder = path.parent
    if not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("BriefingError", "The folder {folder} does not exist."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose an existing folder."),
            folder=str(folder),
            path=str(path),
        )
    if path.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("BriefingError", "{file} is a folder, not a file."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose a file name."),
            file=str(path),
            path=str(path),
        )
    # The mode bits count too: root may write anywhere, but a file the user marked
    # read-only should still not be replaced behind their back.
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR):
        raise error(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is read-only or locked by another program."),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError", "Close it there or remove the write protection, or save under another name."
            ),
            name=path.name,
            path=str(path),
        )
    if not os.access(folder, os.W_OK):
        raise error(
            QT_TRANSLATE_NOOP("BriefingError", "Cannot write into the folder {folder} (no permission)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose another folder, for example your Documents folder."),
            folder=str(folder),
            path=str(path),
        )


def _user_error(exc: OSError, path: Path, error: type[BriefingError]) -> BriefingError:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return error(
            QT_TRANSLATE_NOOP("BriefingError", "{name} could not be written: access denied."),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError",
                "Close the file if it is open in another program (PowerPoint, a PDF viewer), or save elsewhere.",
            ),
            name=path.name,
            path=str(path),
        )
    if exc.errno == errno.ENOSPC:
        return error(
            QT_TRANSLATE_NOOP("BriefingError", "The disk is full; {name} was not written."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Free some space and try again."),
            name=path.name,
            path=str(path),
        )
    return error(
        QT_TRANSLATE_NOOP("BriefingError", "{name} could not be written ({reason})."),
        name=path.name,
        reason=exc.strerror or str(exc),
        path=str(path),
    )


@functools.lru_cache(maxsize=1)
def _default_mode() -> int:
    """The mode a newly created file gets here (``0o666`` less the process umask).

    Read once, without ever changing the umask: ``os.umask`` can only be read by setting
    it, and exports run in worker threads, so setting it even for a moment would give
    files other threads create meanwhile the wrong permissions.  Instead a probe file is
    created and its mode read back (Linux also reports the umask in /proc).
    """
    if os.name != "posix":
        return 0o666
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    folder = tempfile.mkdtemp(prefix="briefing-umask-")
    try:
        probe = os.path.join(folder, "probe")
        os.close(os.open(probe, os.O_CREAT | os.O_WRONLY, 0o666))
        return stat.S_IMODE(os.stat(probe).st_mode)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def atomic_target(path: Path, error: type[BriefingError]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    path = Path(path)
    check_writable_target(path, error)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=path.parent)
    except OSError as exc:
        raise _user_error(exc, path, error) from exc
    if _HOLD_LOCK:
        # Held until the rename: a later cleanup (remove_stale_parts) sees the save is alive.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
        except OSError as exc:  # the writer itself hit a full disk or lost its folder
            raise _user_error(exc, path, error) from exc
        try:
            _fsync_file(tmp)
            # mkstemp makes a private file; keep the target's mode, or what a new file would get
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else _default_mode())
            os.replace(tmp, path)
            _fsync_dir(path.parent)
        except OSError as exc:
            raise _user_error(exc, path, error) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if _HOLD_LOCK:
            os.close(fd)


def part_pattern(path: Path) -> re.Pattern[str]:
    """Names of the temporary files :func:`atomic_target` makes for ``path`` (and nothing else)."""
    return re.compile(rf"\.{re.escape(path.stem)}-[A-Za-z0-9_]{{8}}{re.escape(path.suffix)}\.part")


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove temporary files that interrupted saves of ``path`` left beside it.

    Only names of this app's own pattern for this very file are touched, and only when
    no running save holds them (a save keeps its temporary file locked until the
    rename; a killed process's lock is gone).  Returns what was removed; problems
    (no permission, a vanished folder) are ignored: the litter is harmless.
    """
    path = Path(path)
    pattern = part_pattern(path)
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(path.parent or ".") if pattern.fullmatch(n)]
    except (OSError, ValueError):
        return removed
    for name in names:
        candidate = path.parent / name
        with contextlib.suppress(OSError):
            if not stat.S_ISREG(os.lstat(candidate).st_mode):
                continue
            if _HOLD_LOCK:
                fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                try:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue  # a save in progress
                    candidate.unlink()
                finally:
                    os.close(fd)
            else:
                candidate.unlink()  # Windows refuses to delete a file that is open
            removed.append(candidate)
    return removed


def write_atomic(path: Path, writer: Callable[[Path], object], error: type[BriefingError]) -> None:
    """Run ``writer(tmp_path)`` and move the result over ``path`` atomically (its return value is ignored)."""
    with atomic_target(Path(path), error) as tmp:
        writer(tmp)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
