"""The ``.briefing`` file format: an SQLite database with an identity and a version.

``PRAGMA application_id`` marks the file as ours (so a random SQLite file is refused
with a clear message), ``PRAGMA user_version`` is the format version.  Each entry in
``MIGRATIONS`` turns format N-1 into N; a file is always migrated in memory on open,
never rewritten in place, and a file from a newer version is refused untouched.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x42524644  # "BRFD"
FORMAT_VERSION = 1

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    metadata  TEXT NOT NULL,          -- JSON: title, outlet, author, dates, tags, removed lines …
    original  BLOB NOT NULL           -- the imported bytes, kept for provenance
);
CREATE TABLE annotations (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    start       INTEGER NOT NULL,     -- W3C TextPositionSelector
    end         INTEGER NOT NULL,
    exact       TEXT NOT NULL,        -- W3C TextQuoteSelector
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    text_hash   TEXT NOT NULL,        -- hash of the article text the anchor was made on
    in_briefing INTEGER NOT NULL,
    sort_order  INTEGER NOT NULL,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    data        TEXT NOT NULL         -- JSON: kind-specific fields, comment, tags, evidence
);
CREATE INDEX annotations_by_article ON annotations(article_id, start);
CREATE TABLE briefing (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL                -- JSON: meeting, messages, sections with item order
);
"""

# MIGRATIONS[n] brings a database from format n-1 to format n (index 1 creates v1).
MIGRATIONS: dict[int, str] = {1: _V1}


def create(conn: sqlite3.Connection) -> None:
    """Create the current schema in an empty database."""
    migrate(conn, 0)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    for version in range(from_version + 1, FORMAT_VERSION + 1):
        conn.executescript(MIGRATIONS[version])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")


#: One schema object as the app compares it: (type, name, table, columns).  ``columns``
#: holds what ``PRAGMA table_xinfo`` / ``index_xinfo`` report (name, declared type,
#: NOT NULL, default, primary key, hidden/generated), so a crafted file cannot swap in a
#: generated column or an expression default under one of our names.
SchemaObject = tuple[str, str, str, tuple[tuple[object, ...], ...]]


def describe(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every table, index, view and trigger of ``conn`` with its columns."""
    objects: set[SchemaObject] = set()
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in rows:
        columns: tuple[tuple[object, ...], ...] = ()
        if kind == "table":
            columns = tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)))
        elif kind == "index":
            columns = tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)))
        objects.add((str(kind), str(name), str(table), columns))
    return frozenset(objects)


_EXPECTED: dict[int, frozenset[SchemaObject]] = {}


def expected(version: int) -> frozenset[SchemaObject]:
    """The schema a file of format ``version`` has when this app wrote it.

    Derived by running :data:`MIGRATIONS` in memory, so a table added by a later
    migration is expected automatically and there is no second copy of the schema.
    """
    if version not in _EXPECTED:
        mem = sqlite3.connect(":memory:")
        try:
            for step in range(1, version + 1):
                mem.executescript(MIGRATIONS[step])
            _EXPECTED[version] = describe(mem)
        finally:
            mem.close()
    return _EXPECTED[version]
