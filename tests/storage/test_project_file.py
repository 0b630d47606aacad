"""Project files: round trip, atomic saves under SIGKILL, and refusal of bad files."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from briefing_app.core.anchoring import make_anchor
from briefing_app.core.annotation import Annotation, FigureInfo, Kind, QuoteInfo, SpeechKind, State
from briefing_app.core.article import Article, RemovedLine
from briefing_app.core.briefing import BriefingItem, Section
from briefing_app.core.errors import ProjectFileError
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project, schema

TEXT = "Das Volumen wird auf 1,2 Billionen Yuan beziffert, sagte Wang Lei (王磊) in Taicang."


def make_project() -> Project:
    p = Project()
    art = p.add_article(
        Article(
            text=TEXT,
            title="Industriecluster Taicang",
            outlet="Wirtschaftskurier",
            published=date(2026, 10, 14),
            tags=["China", "Mittelstand"],
            language="de",
            original=b"\xef\xbb\xbfStartseite > Wirtschaft\n" + TEXT.encode(),
            original_name="artikel.txt",
            removed=[RemovedLine("Startseite > Wirtschaft", "breadcrumb", 0)],
        )
    )
    start = TEXT.index("1,2")
    p.add_annotation(
        Annotation(
            article_id=art.id,
            anchor=make_anchor(TEXT, start, start + len("1,2 Billionen Yuan")),
            kind=Kind.FIGURE,
            figure=FigureInfo(value=Decimal("1.2E12"), unit="CNY", scale_word="Billionen", label="Volumen"),
            in_briefing=True,
        )
    )
    p.add_annotation(
        Annotation(
            article_id=art.id,
            anchor=make_anchor(TEXT, 0, TEXT.index(",")),
            kind=Kind.QUOTE,
            state=State.SUGGESTED,
            quote=QuoteInfo(speaker="Wang Lei", speech=SpeechKind.INDIRECT),
            confidence=0.8,
            cue="sagte",
        )
    )
    p.briefing.meeting.title = "Delegationsreise Taicang"
    p.briefing.items(Section.KEY_FIGURES).append(BriefingItem(next(iter(p.annotations))))
    return p


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    p = make_project()
    f = tmp_path / "reise.briefing"
    save_project(p, f)
    q = load_project(f)
    assert q.articles == p.articles
    assert q.annotations == p.annotations
    assert q.briefing == p.briefing
    assert [x.name for x in tmp_path.iterdir()] == ["reise.briefing"]  # no temp file left


def test_file_is_marked_as_ours_with_a_version(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    save_project(make_project(), f)
    conn = sqlite3.connect(f)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.FORMAT_VERSION


def _expect_refusal(path: Path, fragment: str) -> None:
    before = path.read_bytes() if path.exists() else None
    mtime = path.stat().st_mtime_ns if path.exists() else None
    with pytest.raises(ProjectFileError) as exc:
        load_project(path)
    assert fragment in exc.value.user_text()
    if before is not None:
        assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


def test_refuses_corrupt_file_without_touching_it(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    save_project(make_project(), f)
    data = bytearray(f.read_bytes())
    data[200:4000] = os.urandom(3800)  # scribble over the schema pages
    f.write_bytes(bytes(data))
    _expect_refusal(f, "damaged")


def test_refuses_truncated_file(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    save_project(make_project(), f)
    f.write_bytes(f.read_bytes()[:1500])
    _expect_refusal(f, "damaged")


def test_refuses_file_from_newer_version(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    save_project(make_project(), f)
    conn = sqlite3.connect(f)
    conn.execute(f"PRAGMA user_version = {schema.FORMAT_VERSION + 1}")
    conn.commit()
    conn.close()
    _expect_refusal(f, "newer version")


def test_refuses_foreign_sqlite_and_non_project_files(tmp_path: Path) -> None:
    other = tmp_path / "other.briefing"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _expect_refusal(other, "not a Briefing Desk project")
    text = tmp_path / "notes.briefing"
    text.write_text("just some notes")
    _expect_refusal(text, "not a Briefing Desk project file")
    empty = tmp_path / "empty.briefing"
    empty.write_bytes(b"")
    _expect_refusal(empty, "empty")
    _expect_refusal(tmp_path / "missing.briefing", "does not exist")


def test_save_refuses_read_only_target_and_keeps_it(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    save_project(make_project(), f)
    before = f.read_bytes()
    f.chmod(0o444)
    try:
        with pytest.raises(ProjectFileError, match="read-only"):
            save_project(Project(), f)
        assert f.read_bytes() == before
    finally:
        f.chmod(0o644)


_SAVER = textwrap.dedent(
    """
    import sys
    from briefing_app.core.article import Article
    from briefing_app.core.project import Project
    from briefing_app.storage import save_project
    path = sys.argv[1]
    versions = []
    for tag in ("old", "new"):
        p = Project()
        # big enough that a save takes a while, so kills land mid-write
        p.add_article(Article(text=tag * 10, title=tag, original=tag.encode() * 3_000_000))
        versions.append(p)
    print("ready", flush=True)
    i = 0
    while True:
        save_project(versions[i % 2], path)
        i += 1
    """
)


@pytest.mark.slow
def test_killed_save_leaves_old_or_new_file(tmp_path: Path) -> None:
    f = tmp_path / "p.briefing"
    old = Project()
    old.add_article(Article(text="old" * 10, title="old", original=b"old" * 3_000_000))
    save_project(old, f)
    rng = random.Random(1234)
    seen = set()
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(f)], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        q = load_project(f)
        title = q.articles[0].title
        assert title in ("old", "new")
        assert q.articles[0].text == title * 10 and q.articles[0].original == title.encode() * 3_000_000
        seen.add(title)
    assert seen  # at least the file opened every time


def test_marks_of_a_missing_article_are_reported_not_dropped_silently(tmp_path: Path, capsys) -> None:
    from briefing_app.cli import main

    p = make_project()
    f = tmp_path / "p.briefing"
    save_project(p, f)
    assert load_project(f).load_warnings == []
    conn = sqlite3.connect(f)
    conn.execute("UPDATE annotations SET article_id = 'gone' WHERE id = (SELECT id FROM annotations LIMIT 1)")
    conn.commit()
    conn.close()
    q = load_project(f)
    assert len(q.annotations) == len(p.annotations) - 1
    assert len(q.load_warnings) == 1 and "1 mark(s)" in q.load_warnings[0] and "p.briefing" in q.load_warnings[0]
    assert q.load_warnings[0].template  # translatable like every message the user sees
    assert main(["info", str(f)]) == 0
    assert "1 mark(s)" in capsys.readouterr().err
