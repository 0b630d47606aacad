"""Write a file so that a crash leaves either the old or the new version, never half.

The new content is written to a temporary file in the *same* folder (so the final
rename is atomic on one file system), flushed and fsynced, then renamed over the target;
the folder is fsynced too so the rename itself survives a power cut.  Used for project
files and for every export.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing_app.core.errors import BriefingError


def check_writable_target(path: Path, error: type[BriefingError]) -> None:
    """Refuse early, with a clear message, when ``path`` cannot or should not be replaced."""
    folder = path.parent
    if not folder.is_dir():
        raise error(f"The folder {folder} does not exist.", hint="Choose an existing folder.", path=str(path))
    if path.is_dir():
        raise error(f"{path} is a folder, not a file.", hint="Choose a file name.", path=str(path))
    # The mode bits count too: root may write anywhere, but a file the user marked
    # read-only should still not be replaced behind their back.
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR):
        raise error(
            f"{path.name} is read-only or locked by another program.",
            hint="Close it there, or save under another name.",
            path=str(path),
        )
    if not os.access(folder, os.W_OK):
        raise error(
            f"Cannot write into the folder {folder} (no permission).",
            hint="Choose another folder, for example your Documents folder.",
            path=str(path),
        )


@contextlib.contextmanager
def atomic_target(path: Path, error: type[BriefingError]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    path = Path(path)
    check_writable_target(path, error)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_file(tmp)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise error(
                f"{path.name} could not be replaced: it is locked by another program.",
                hint="Close it there and try again, or save under another name.",
                path=str(path),
            ) from exc
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_atomic(path: Path, writer: Callable[[Path], None], error: type[BriefingError]) -> None:
    """Run ``writer(tmp_path)`` and move the result over ``path`` atomically."""
    with atomic_target(path, error) as tmp:
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
