"""Damaged and crafted ``.briefing`` files, made from a valid project in a few SQL lines.

Each kind is one way a received file has tried to crash, hang or misuse the app
(views over endless queries, triggers, foreign tables, wrong types, non-numbers as
figure values, JSON nested too deep, text that is not UTF-8).  Storage and GUI tests
open every kind; the fuzz tests mutate valid files further.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.project import Project
from briefing_app.storage import save_project

_ENDLESS = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r ORDER BY random()"


def _sql(*statements: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


def _json_field(table: str, column: str, change: Callable[[dict], None]) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        rowid, raw = conn.execute(f"SELECT rowid, {column} FROM {table} LIMIT 1").fetchone()
        data = json.loads(raw)
        change(data)
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (json.dumps(data), rowid))

    return run


def _figure(value: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        rowid, raw = conn.execute("SELECT rowid, data FROM annotations WHERE kind = 'figure' LIMIT 1").fetchone()
        data = json.loads(raw)
        data["figure"]["value"] = value
        conn.execute("UPDATE annotations SET data = ? WHERE rowid = ?", (json.dumps(data), rowid))

    return run


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda d: d.__setitem__(key, value)


#: name -> change made to a valid project's database (all are refused or repaired on open).
CRAFTED: dict[str, Callable[[sqlite3.Connection], None]] = {
    "articles_view_endless": _sql(
        "DROP TABLE articles",
        f"CREATE VIEW articles(id, position, text, text_hash, metadata, original) AS "
        f"SELECT 'a' || x, x, 'text', '', '{{}}', X'' FROM ({_ENDLESS})",
    ),
    "extra_view": _sql(f"CREATE VIEW endless AS {_ENDLESS}"),
    "trigger": _sql("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM articles; END"),
    "virtual_table": _sql("CREATE VIRTUAL TABLE search USING fts5(body)"),
    "foreign_table": _sql("CREATE TABLE extra (x)"),
    "extra_column": _sql("ALTER TABLE articles ADD COLUMN payload TEXT"),
    "generated_column": _sql(
        "ALTER TABLE meta ADD COLUMN slow INTEGER GENERATED ALWAYS AS (length(zeroblob(1000000000))) VIRTUAL"
    ),
    "dropped_index": _sql("DROP INDEX annotations_by_article"),
    "outlet_is_object": _json_field("articles", "metadata", _set("outlet", {"name": "x"})),
    "title_is_number": _json_field("articles", "metadata", _set("title", 12)),
    "tags_not_a_list": _json_field("articles", "metadata", _set("tags", "a,b")),
    "published_garbage": _json_field("articles", "metadata", _set("published", "2026-99-99")),
    "page_count_huge": _json_field("articles", "metadata", _set("page_count", 10**30)),
    "removed_not_records": _json_field("articles", "metadata", _set("removed", [1, 2])),
    "metadata_is_list": _sql("UPDATE articles SET metadata = '[]'"),
    "metadata_not_json": _sql("UPDATE articles SET metadata = '{not json'"),
    "metadata_nan": _sql("UPDATE articles SET metadata = '{\"title\": NaN}'"),
    "metadata_deep": _sql("UPDATE articles SET metadata = '{\"x\":" + "[" * 100_000 + "]" * 100_000 + "}'"),
    "text_not_utf8": _sql("UPDATE articles SET text = CAST(X'48fffe41' AS TEXT)"),
    "text_is_blob": _sql("UPDATE articles SET text = X'00ff'"),
    "original_is_text": _sql("UPDATE articles SET original = 'abc'"),
    "figure_snan": _figure("sNaN"),
    "figure_nan": _figure("NaN"),
    "figure_infinity": _figure("Infinity"),
    "figure_huge_exponent": _figure("1e999999"),
    "figure_not_a_number": _figure("zwölf"),
    "figure_is_object": _json_field("annotations", "data", lambda d: d.__setitem__("figure", {"value": {"x": 1}})),
    "quote_speaker_is_list": _json_field(
        "annotations", "data", lambda d: d.__setitem__("quote", {"speaker": ["a"], "speech": "direct"})
    ),
    "confidence_infinite": _sql("UPDATE annotations SET data = json_set(data, '$.confidence', 1e999)"),
    "kind_unknown": _sql("UPDATE annotations SET kind = 'virus'"),
    "state_is_blob": _sql("UPDATE annotations SET state = X'00'"),
    "offsets_outside_text": _sql("UPDATE annotations SET start = 10000000, end = 10000005"),
    "offsets_reversed": _sql("UPDATE annotations SET start = end + 3"),
    "offset_is_text": _sql("UPDATE annotations SET start = 'x'"),
    "created_garbage": _sql("UPDATE annotations SET created = 'yesterday'"),
    "briefing_sections_unknown": _json_field("briefing", "data", _set("sections", {"virus": []})),
    "briefing_meeting_is_text": _json_field("briefing", "data", _set("meeting", "x")),
    "briefing_classification_object": _json_field("briefing", "data", _set("classification", {"a": 1})),
    "briefing_takeaway_is_list": _json_field("briefing", "data", _set("takeaways", {"quotes": ["a"]})),
    "briefing_takeaway_too_long": _json_field("briefing", "data", _set("takeaways", {"quotes": "x" * 10_000})),
    "briefing_takeaway_unknown_section": _json_field("briefing", "data", _set("takeaways", {"virus": "x"})),
    "briefing_takeaways_is_text": _json_field("briefing", "data", _set("takeaways", "x")),
    "version_zero": _sql("PRAGMA user_version = 0"),
    # found by the soak run: a damaged byte inside the stored schema text
    "schema_not_utf8": _sql(
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = CAST(X'" + b"CREATE INDEX annotations_by_article ".hex()
        + "cf4e" + b" annotations(article_id, start)".hex() + "' AS TEXT) WHERE name = 'annotations_by_article'",
    ),
}

#: Kinds that open (the damage is repaired and reported), all others are refused.
OPENS_WITH_WARNING = {"offsets_outside_text", "offsets_reversed"}


def crafted_project(kind: str, folder: Path, project: Project) -> Path:
    """Save ``project`` to ``folder/<kind>.briefing`` and apply the crafted change."""
    path = folder / f"{kind}.briefing"
    save_project(project, path)
    conn = sqlite3.connect(path)
    try:
        CRAFTED[kind](conn)
        conn.commit()
    finally:
        conn.close()
    return path
