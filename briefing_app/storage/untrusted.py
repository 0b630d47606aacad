"""Opening a ``.briefing`` file someone else made, so that nothing in it runs.

A project file is an SQLite database, and a database can carry more than data: views
over endless recursive queries, triggers, virtual tables, generated columns.  A
received file is therefore opened read-only with SQLite's own safety switches
(``trusted_schema=OFF``; defensive mode where Python exposes it, 3.12+), its schema is
compared with the one this app writes (:func:`briefing_app.storage.schema.expected`) before
any table is read, every statement runs under a time budget (a progress handler), and
temporary data stays in memory under a size limit instead of filling the disk.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing_app.core.errors import ProjectFileError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from . import schema

#: Seconds one statement may run.  Reading a large real project takes well under a
#: second per statement; a crafted query that never ends is stopped here.
QUERY_BUDGET_SECONDS = 20.0
#: Largest single value (an article's text or original bytes) SQLite hands over.
MAX_VALUE_BYTES = 512 * 1024 * 1024
#: Memory SQLite may use in this process (temporary tables and sorting included).
HEAP_LIMIT_BYTES = 1024 * 1024 * 1024
#: SQLite virtual-machine steps between two looks at the clock.
_PROGRESS_STEPS = 10_000

_SQLITE_DBCONFIG_DEFENSIVE = 1010
T = TypeVar("T")  # sqlite3.SQLITE_DBCONFIG_DEFENSIVE on Python 3.12+


class BudgetedConnection:
    """A read-only connection whose every statement must finish within the time budget."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._deadline = 0.0
        conn.set_progress_handler(self._over_budget, _PROGRESS_STEPS)

    def _over_budget(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """All rows of one statement, or a :class:`ProjectFileError` when it runs too long."""
        return self.call(lambda conn: [tuple(r) for r in conn.execute(sql, params).fetchall()])

    def call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` on the connection under the time budget.

        Text that is not UTF-8 (even in the schema) becomes ``sqlite3.DataError`` like
        any other damage; a statement stopped by the budget becomes one sentence.
        """
        self._deadline = time.monotonic() + QUERY_BUDGET_SECONDS
        try:
            return work(self.conn)
        except UnicodeError as exc:
            raise sqlite3.DataError("text is not UTF-8") from exc
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP(
                        "BriefingError",
                        "Reading {name} took longer than {seconds} seconds, so it was stopped; "
                        "the file is damaged or was made to keep the app busy.",
                    ),
                    hint=QT_TRANSLATE_NOOP("BriefingError", "Ask the sender for a new copy. The file was not changed."),
                    name=self.path.name,
                    seconds=f"{QUERY_BUDGET_SECONDS:.0f}",
                    path=str(self.path),
                ) from exc
            raise

    def value(self, sql: str) -> object:
        found = self.rows(sql)
        return found[0][0] if found else None

    def close(self) -> None:
        self.conn.close()


def open_untrusted(path: Path) -> BudgetedConnection:
    """A hardened read-only connection to ``path`` (raises ``sqlite3.DatabaseError`` if unreadable)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        _harden(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return BudgetedConnection(conn, path)


def _harden(conn: sqlite3.Connection) -> None:
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", _SQLITE_DBCONFIG_DEFENSIVE), True)
    # On 3.11 defensive mode is out of reach: check_schema() below refuses every object
    # we did not create, which covers what defensive mode guards against when reading.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")  # only ever lowers the process's limit
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


def check_schema(db: BudgetedConnection, version: int) -> None:
    """Refuse any table, index, view or trigger the app would not have written itself."""
    objects = db.rows("SELECT type, name, coalesce(sql, '') FROM sqlite_master")
    foreign = [
        str(name)
        for kind, name, sql in objects
        if kind in ("view", "trigger") or str(sql).lstrip().upper().startswith("CREATE VIRTUAL")
    ]
    if foreign:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "BriefingError",
                "{name} contains database views, triggers or virtual tables that Briefing Desk never writes, "
                "so it is not opened and nothing in it runs.",
            ),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Ask the sender to save the project again with Briefing Desk."),
            name=db.path.name,
            path=str(db.path),
        )
    if db.call(schema.describe) != schema.expected(version):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "BriefingError",
                "{name} has tables or columns that Briefing Desk does not write, so it is not opened.",
            ),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError", "It was changed by another program or is damaged; open a backup. The file was not changed."
            ),
            name=db.path.name,
            path=str(db.path),
        )
