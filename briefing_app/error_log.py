"""The per-user log file, and what happens to an error nobody expected.

Typed :class:`~briefing_app.core.errors.BriefingError` s are the user's to fix and are
shown as their own sentence.  Anything else is a defect: its traceback goes into a
rotating log file in the per-user log folder (``storage/user_paths.log_dir``), and the
user sees one sentence naming that file, so the report a user sends has what is needed
to fix it, even from the no-console GUI entry point or a worker thread.
Plain Python: the GUI adds its Qt message handler and dialog on top (``gui/app.py``).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

LOG_NAME = "briefing-desk.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("briefing_app")

# Called with the exception after it was logged (the GUI shows its error dialog).
ErrorSink = Callable[[BaseException], None]


def log_file() -> Path:
    from briefing_app.storage.user_paths import log_dir

    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating per-user log file (once per process).

    Returns the file, or None when no log folder can be written (read-only home): the
    app then runs without a log rather than not at all.  Called when the first record is
    written, so a start without trouble creates no file and imports no handler.
    """
    import logging.handlers  # (with sockets and pickle) only once something is logged, not at every start

    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def close_logging() -> None:
    """Detach and close the file handler (tests, and a log folder that moved)."""
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()


def log_unexpected(exc: BaseException, where: str = "") -> None:
    setup_logging()
    log.log(logging.ERROR, "unexpected error%s", f" in {where}" if where else "",
            exc_info=(type(exc), exc, exc.__traceback__))


def unexpected_error(exc: BaseException) -> BriefingError:
    """The one sentence for a defect: what went wrong and where the details are."""
    path = setup_logging()
    if path is None:
        return BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "Something unexpected went wrong ({reason})."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Run the command again with --debug to see the details."),
            reason=_reason(exc),
        )
    return BriefingError(
        QT_TRANSLATE_NOOP("BriefingError", "Something unexpected went wrong ({reason})."),
        hint=QT_TRANSLATE_NOOP(
            "BriefingError", "The details are in the log file {log}; please send it with your report."
        ),
        reason=_reason(exc),
        log=str(path),
    )


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def install_hooks(sink: ErrorSink | None = None) -> None:
    """Log every uncaught exception, of the main thread and of worker threads.

    ``sink`` is then told about it (the GUI's error boundary).  Ctrl+C keeps Python's
    own behaviour.
    """

    def on_main(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        setup_logging()
        log.log(logging.ERROR, "uncaught exception", exc_info=(kind, exc, tb))
        _tell(sink, exc)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = args.thread.name if args.thread is not None else "a thread"
        setup_logging()
        log.log(logging.ERROR, "uncaught exception in %s", where,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        _tell(sink, args.exc_value)

    sys.excepthook = on_main
    threading.excepthook = on_thread


def _tell(sink: ErrorSink | None, exc: BaseException) -> None:
    if sink is None:
        print(unexpected_error(exc).user_text(), file=sys.stderr)
        return
    try:
        sink(exc)
    except Exception:  # the boundary itself failed: the log has the original; keep running
        log.exception("the error boundary failed")
