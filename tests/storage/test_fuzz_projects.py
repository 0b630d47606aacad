"""Fuzzing the opening of mutated project files.

A received ``.briefing`` file with any value in any column, or any damaged bytes,
opens as a sane project or is refused with one ``ProjectFileError`` — never another
exception, never a field of the wrong type for the widgets.  The default run tries a
few hundred files; the soak run (``-m soak``) ten thousand.
"""

from __future__ import annotations

import functools
import math
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.annotation import Kind
from briefing_app.core.errors import ProjectFileError
from briefing_app.core.numbers import in_figure_range
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project
from tests.storage.test_project_file import make_project

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), database=None)
SOAK = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), database=None)

COLUMNS = {
    "articles": ["id", "position", "text", "text_hash", "metadata", "original"],
    "annotations": ["id", "article_id", "kind", "state", "start", "end", "exact", "prefix", "suffix", "text_hash",
                    "in_briefing", "sort_order", "created", "modified", "data"],
    "briefing": ["data"],
    "meta": ["key", "value"],
}
JSON_TEXTS = st.sampled_from([
    "{}", "[]", "null", "1", '"x"', '{"title": {"a": 1}}', '{"outlet": [1]}', '{"tags": "x"}', '{"title": NaN}',
    '{"figure": {"value": "sNaN"}}', '{"figure": {"value": "1e999999"}}', '{"figure": {"value": {"x": 1}}}',
    '{"quote": {"speech": "shouted"}}', '{"confidence": 1e400}', '{"sections": {"quotes": [{"annotation_id": 5}]}}',
    '{"meeting": {"date": "2026-13-45"}}', '{"removed": [{"text": 1, "reason": null}]}', '{"page_count": -5}',
    '{"x":' + "[" * 5000 + "]" * 5000 + "}", '{"published": "gestern"}', '{"retrieved_at": 5}',
])
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40), st.binary(max_size=40), JSON_TEXTS,
    st.sampled_from(["figure", "quote", "person", "note", "key_point", "suggested", "accepted", "rejected", "sNaN",
                     "1e999999", "2026-10-14T00:00:00+00:00", "\udcff", "\x00"]),
)


@functools.cache
def base_file() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.briefing"
        save_project(make_project(), path)
        return path.read_bytes()


def assert_sane(project: Project) -> None:
    """What the widgets and writers rely on, for every loaded record."""
    for art in project.articles:
        for name in ("id", "text", "title", "outlet", "author", "url", "section", "language"):
            assert isinstance(getattr(art, name), str), name
        assert all(isinstance(t, str) for t in art.tags)
        assert isinstance(art.original, bytes)
    texts = {a.id: a.text for a in project.articles}
    for ann in project.annotations.values():
        text = texts[ann.article_id]
        assert 0 <= ann.anchor.start <= ann.anchor.end <= len(text)
        assert ann.anchor.start == ann.anchor.end or text[ann.anchor.start : ann.anchor.end] == ann.anchor.exact
        assert isinstance(ann.comment, str) and math.isfinite(ann.confidence)
        if ann.kind is Kind.FIGURE and ann.figure and ann.figure.value is not None:
            value = ann.figure.value
            assert isinstance(value, Decimal) and value.is_finite()
            assert in_figure_range(value)
        if ann.quote:
            assert all(isinstance(getattr(ann.quote, f), str) for f in ("speaker", "role", "organisation", "translation"))
    b = project.briefing
    assert isinstance(b.classification, str) and isinstance(b.meeting.title, str)
    assert all(isinstance(m, str) for m in b.key_messages + b.objectives + b.questions)


def opens_sanely_or_is_refused(data: bytes, change=None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "received.briefing"
        path.write_bytes(data)
        if change is not None:
            conn = sqlite3.connect(path)
            try:
                change(conn)
                conn.commit()
            except sqlite3.Error:
                return  # SQLite itself refused the change (a constraint): nothing to open
            finally:
                conn.close()
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            assert exc.message and "Traceback" not in exc.user_text()
            exc.user_text().encode("utf-8")
            return
        assert_sane(project)


@st.composite
def column_changes(draw: st.DrawFn):
    changes = []
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(sorted(COLUMNS)))
        column = draw(st.sampled_from(COLUMNS[table]))
        changes.append((table, column, draw(VALUES)))

    def change(conn: sqlite3.Connection) -> None:
        for table, column, drawn in changes:
            value = drawn.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if isinstance(drawn, str) else drawn
            conn.execute(f'UPDATE {table} SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM {table})', (value,))

    return change


JSON_COLUMNS = [("articles", "metadata"), ("annotations", "data"), ("briefing", "data")]
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
              st.sampled_from(["sNaN", "NaN", "-Infinity", "1e999999", "2026-02-30", "direct", "quotes", "virus", ""])),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=8,
)


@functools.cache
def json_paths() -> dict[tuple[str, str], list[tuple[int, tuple[object, ...]]]]:
    """Every (rowid, key path) inside the JSON columns of the base file."""
    import json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.briefing"
        path.write_bytes(base_file())
        conn = sqlite3.connect(path)
        found: dict[tuple[str, str], list[tuple[int, tuple[object, ...]]]] = {}
        for table, column in JSON_COLUMNS:
            for rowid, raw in conn.execute(f"SELECT rowid, {column} FROM {table}"):
                places = found.setdefault((table, column), [])
                stack: list[tuple[object, tuple[object, ...]]] = [(json.loads(raw), ())]
                while stack:
                    node, at = stack.pop()
                    places.append((rowid, at))
                    if isinstance(node, dict):
                        stack.extend((v, (*at, k)) for k, v in node.items())
                    elif isinstance(node, list):
                        stack.extend((v, (*at, i)) for i, v in enumerate(node))
        conn.close()
    return found


@st.composite
def json_changes(draw: st.DrawFn):
    """Set one place inside a JSON column (e.g. an article's outlet) to any JSON value."""
    import json

    table, column = draw(st.sampled_from(JSON_COLUMNS))
    rowid, at = draw(st.sampled_from(json_paths()[(table, column)]))
    value = draw(JSON_VALUES)

    def change(conn: sqlite3.Connection) -> None:
        (raw,) = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        doc = json.loads(raw)
        if not at:
            doc = value
        else:
            node = doc
            for key in at[:-1]:
                node = node[key]
            node[at[-1]] = value
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (json.dumps(doc), rowid))

    return change


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(base_file())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(100, len(data) - 1))  # the header stays: refusals of foreign files are tested elsewhere
        op = draw(st.sampled_from(["flip", "zero", "truncate"]))
        if op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "zero":
            data[at : at + draw(st.integers(1, 512))] = bytes(min(512, len(data) - at))
        else:
            del data[at:]
            break
    return bytes(data)


@QUICK
@given(change=column_changes())
def test_any_value_in_any_column_opens_sanely_or_is_refused(change) -> None:
    opens_sanely_or_is_refused(base_file(), change)


@QUICK
@given(change=json_changes())
def test_any_value_inside_the_stored_json_opens_sanely_or_is_refused(change) -> None:
    opens_sanely_or_is_refused(base_file(), change)


@QUICK
@given(data=damaged_bytes())
def test_damaged_files_open_sanely_or_are_refused(data: bytes) -> None:
    opens_sanely_or_is_refused(data)


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.timeout(7200)
@SOAK
@given(change=column_changes(), json_change=json_changes(), data=damaged_bytes())
def test_soak_mutated_projects(change, json_change, data: bytes) -> None:
    opens_sanely_or_is_refused(base_file(), change)
    opens_sanely_or_is_refused(base_file(), json_change)
    opens_sanely_or_is_refused(data)
