"""Writing an output file so that a failure never leaves a half-written file behind.

The writer renders into a temporary file in the target's own folder (same file system,
so the final rename is atomic) and only then replaces the target.  Read-only targets,
locked files (PowerPoint or Acrobat keep open files locked on Windows), missing folders
and full disks become an :class:`ExportError` that says what to do.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..core.errors import ExportError


def check_target(target: Path) -> None:
    """Fail early, before rendering, when ``target`` cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            f"The folder {folder} does not exist.", hint="Choose another place to save the file.", path=str(target)
        )
    if target.is_dir():
        raise ExportError(f"{target} is a folder, not a file.", hint="Choose a file name.", path=str(target))
    if target.exists() and not (target.stat().st_mode & stat.S_IWUSR):
        raise ExportError(
            f"{target.name} is read-only and cannot be replaced.",
            hint="Save under another name, or remove the write protection of the existing file.",
            path=str(target),
        )


def write_atomically(target: Path, render: Callable[[Path], None]) -> None:
    """Call ``render(tmp_path)`` and move the result to ``target`` only if it succeeded."""
    target = Path(target)
    check_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".part", dir=target.parent)
    except OSError as exc:
        raise _user_error(exc, target) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        render(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise _user_error(exc, target) from exc
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def _user_error(exc: OSError, target: Path) -> ExportError:
    if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return ExportError(
            f"{target.name} could not be written: access denied.",
            hint="Close the file if it is open in PowerPoint or a PDF viewer, or save to another folder.",
            path=str(target),
        )
    if exc.errno == errno.ENOSPC:
        return ExportError(f"The disk is full; {target.name} was not written.", hint="Free some space.", path=str(target))
    return ExportError(f"{target.name} could not be written ({exc.strerror or exc}).", path=str(target))
