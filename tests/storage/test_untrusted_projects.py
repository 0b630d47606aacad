"""Received project files: nothing in them runs, every field is checked, no traceback."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from briefing_app.core.errors import ProjectFileError
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project, schema, untrusted
from tests.storage.crafted_projects import CRAFTED, OPENS_WITH_WARNING, crafted_project
from tests.storage.test_project_file import make_project


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_every_crafted_kind_is_refused_in_one_sentence_or_opens_repaired(tmp_path: Path, kind: str) -> None:
    path = crafted_project(kind, tmp_path, make_project())
    before = _digest(path)
    if kind in OPENS_WITH_WARNING:
        project = load_project(path)
        assert project.load_warnings and "placed again" in project.load_warnings[-1]
        for ann in project.annotations.values():
            text = project.article(ann.article_id).text
            assert text[ann.anchor.start : ann.anchor.end] == ann.anchor.exact  # found again by its words
    else:
        with pytest.raises(ProjectFileError) as caught:
            load_project(path)
        message = caught.value.message
        assert path.name in message and message.count(". ") == 0 and message.endswith(".")
        assert "Traceback" not in caught.value.user_text()
    assert _digest(path) == before  # never written to
    assert not list(tmp_path.glob("*.part"))


def test_a_view_over_an_endless_query_is_refused_at_once_and_names_the_reason(tmp_path: Path) -> None:
    path = crafted_project("articles_view_endless", tmp_path, make_project())
    with pytest.raises(ProjectFileError, match="views, triggers or virtual tables"):
        load_project(path)


def test_a_field_holding_the_wrong_type_is_named(tmp_path: Path) -> None:
    path = crafted_project("outlet_is_object", tmp_path, make_project())
    with pytest.raises(ProjectFileError, match=r"article\.outlet"):
        load_project(path)
    path = crafted_project("figure_snan", tmp_path, make_project())
    with pytest.raises(ProjectFileError, match=r"mark\.figure\.value"):
        load_project(path)


def test_every_query_has_a_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement that runs too long is stopped with one sentence, not left running."""
    path = tmp_path / "p.briefing"
    save_project(make_project(), path)
    monkeypatch.setattr(untrusted, "QUERY_BUDGET_SECONDS", 0.2)
    db = untrusted.open_untrusted(path)
    try:
        with pytest.raises(ProjectFileError, match="took longer than"):
            db.rows("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r")
    finally:
        db.close()


def test_connection_is_read_only_and_runs_no_schema_code(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    save_project(make_project(), path)
    db = untrusted.open_untrusted(path)
    try:
        assert db.value("PRAGMA trusted_schema") == 0
        assert db.value("PRAGMA temp_store") == 2  # memory
        with pytest.raises(sqlite3.OperationalError):
            db.rows("DELETE FROM meta")
    finally:
        db.close()


def test_the_expected_schema_follows_the_migrations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A table added by a new migration is expected of new files without a second schema list."""
    base = schema.expected(schema.FORMAT_VERSION)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, schema.FORMAT_VERSION + 1: "CREATE TABLE people (id TEXT);"})
    monkeypatch.setattr(schema, "_EXPECTED", {})
    grown = schema.expected(schema.FORMAT_VERSION + 1)
    assert grown - base == {("table", "people", "people", ((0, "id", "TEXT", 0, None, 0, 0),))}


def test_a_large_valid_project_still_opens_quickly_enough(tmp_path: Path, sample_text: str) -> None:
    """The hardening keeps real projects opening: the analysed sample with all its marks."""
    from briefing_app import ingest
    from briefing_app.pipeline import analyse_article

    project = Project()
    art = project.add_article(ingest.import_text(sample_text * 20))
    analyse_article(project, art.id)
    path = tmp_path / "big.briefing"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.articles == project.articles
    assert loaded.annotations == project.annotations
    assert loaded.load_warnings == []


def test_project_file_names_that_are_not_utf8_save_and_open(tmp_path: Path) -> None:
    name = tmp_path / "caf\udce9.briefing"  # the byte 0xE9 of a Latin-1 name
    save_project(make_project(), name)
    assert load_project(name).articles[0].title == "Industriecluster Taicang"
    missing = tmp_path / "gone\udcff.briefing"
    with pytest.raises(ProjectFileError) as caught:
        load_project(missing)
    caught.value.user_text().encode("utf-8")  # printable


def test_interrupted_save_litter_is_removed_at_next_open_and_save(tmp_path: Path) -> None:
    path = tmp_path / "Reise.briefing"
    save_project(make_project(), path)
    litter = [tmp_path / ".Reise-ab12cd34.briefing.part", tmp_path / ".Reise-x_y_z_00.briefing.part"]
    keep = [
        tmp_path / ".Other-ab12cd34.briefing.part",  # another project's
        tmp_path / "Reise.briefing.part",  # not our pattern
        tmp_path / ".Reise-ab12cd34.pptx.part",  # an export's
        tmp_path / "notes.txt",
    ]
    for f in litter + keep:
        f.write_bytes(b"x")
    load_project(path)
    assert not any(f.exists() for f in litter)
    assert all(f.exists() for f in keep)
    litter[0].write_bytes(b"x")
    save_project(make_project(), path)
    assert not litter[0].exists() and all(f.exists() for f in keep)


def test_a_running_save_keeps_its_temporary_file(tmp_path: Path) -> None:
    from briefing_app.atomic_file import atomic_target, remove_stale_parts

    path = tmp_path / "p.briefing"
    with atomic_target(path, ProjectFileError) as tmp:
        tmp.write_bytes(b"half")
        assert remove_stale_parts(path) == []
        assert tmp.exists()
        time.sleep(0)  # the lock is held until the rename
    assert path.read_bytes() == b"half"
