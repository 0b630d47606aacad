"""Read and write ``.briefing`` project files.

Saving always writes a complete new database beside the target and renames it over
(:mod:`briefing_app.atomic_file`): a crash at any moment leaves the old or the new
file.  Opening reads everything into memory through a read-only connection, so a file
that is damaged, foreign or from a newer version is refused and never written to.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from briefing_app import __version__
from briefing_app.core.anchoring import Anchor
from briefing_app.core.annotation import Annotation
from briefing_app.core.article import Article
from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import ProjectFileError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.notice import Notice
from briefing_app.core.project import Project

from . import schema
from briefing_app.atomic_file import write_atomic

SUFFIX = ".briefing"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def save_project(project: Project, path: str | Path) -> None:
    """Write ``project`` to ``path`` atomically (old or new content, never a mix)."""
    write_atomic(Path(path), lambda tmp: _write_database(project, tmp), ProjectFileError)


def load_project(path: str | Path) -> Project:
    """Read a project file, refusing anything that is not a readable project of ours."""
    path = Path(path)
    conn = _open_checked(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema.FORMAT_VERSION:
            conn = _migrated_copy(conn, version)
        return _read_project(conn, path)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    except (KeyError, ValueError, TypeError) as exc:  # JSON or fields not as we wrote them
        raise _damaged(path) from exc
    finally:
        conn.close()


# -- reading -------------------------------------------------------------------


def _open_checked(path: Path) -> sqlite3.Connection:
    name = path.name
    if not path.exists():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "The project file {name} does not exist."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check the name and folder."),
            name=name,
            path=str(path),
        )
    if path.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is a folder, not a project file."), name=name, path=str(path)
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} cannot be read ({reason})."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check that you may read the file."),
            name=name,
            reason=exc.strerror or str(exc),
            path=str(path),
        ) from exc
    if not head:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is empty; it holds no project."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "It may have been cut off while copying."),
            name=name,
            path=str(path),
        )
    if head != _SQLITE_MAGIC:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is not a Briefing Desk project file."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open a .briefing file, or import articles with File › Import."),
            name=name,
            path=str(path),
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    if app_id != schema.APPLICATION_ID:
        conn.close()
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "{name} is a database, but not a Briefing Desk project."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open a .briefing file made with Briefing Desk."),
            name=name,
            path=str(path),
        )
    if version > schema.FORMAT_VERSION:
        conn.close()
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "BriefingError",
                "{name} was saved by a newer version of Briefing Desk "
                "(file format {version}; this version reads up to {supported}).",
            ),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Update Briefing Desk to open it. The file was not changed."),
            name=name,
            version=str(version),
            supported=str(schema.FORMAT_VERSION),
            path=str(path),
        )
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _damaged(path) from exc
    if ok != "ok":
        conn.close()
        raise _damaged(path)
    return conn


def _damaged(path: Path) -> ProjectFileError:
    return ProjectFileError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} is damaged and cannot be opened."),
        hint=QT_TRANSLATE_NOOP(
            "BriefingError", "Open a backup, or check for a recovered copy offered at start-up. The file was not changed."
        ),
        name=path.name,
        path=str(path),
    )


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """Bring an older file up to date in memory; the file on disk stays as it was."""
    mem = sqlite3.connect(":memory:")
    conn.backup(mem)
    conn.close()
    schema.migrate(mem, version)
    return mem


def _read_project(conn: sqlite3.Connection, path: Path) -> Project:
    project = Project()
    for row in conn.execute("SELECT id, text, metadata, original FROM articles ORDER BY position"):
        meta = json.loads(row[2])
        project.articles.append(Article.from_dict({**meta, "id": row[0], "text": row[1], "original": bytes(row[3])}))
    known = {a.id for a in project.articles}
    cols = "id, article_id, kind, state, start, end, exact, prefix, suffix, text_hash, in_briefing, sort_order, created, modified, data"
    orphans: list[str] = []
    for r in conn.execute(f"SELECT {cols} FROM annotations"):
        if r[1] not in known:
            orphans.append(r[0])
            continue
        data: dict[str, Any] = json.loads(r[14])
        anchor = Anchor(start=r[4], end=r[5], exact=r[6], prefix=r[7], suffix=r[8], text_hash=r[9])
        ann = Annotation.from_dict(
            {
                **data,
                "id": r[0],
                "article_id": r[1],
                "kind": r[2],
                "state": r[3],
                "anchor": anchor.to_dict(),
                "in_briefing": bool(r[10]),
                "order": r[11],
                "created": r[12],
                "modified": r[13],
            }
        )
        project.annotations[ann.id] = ann
    row = conn.execute("SELECT data FROM briefing WHERE id = 1").fetchone()
    if row:
        project.briefing = Briefing.from_dict(json.loads(row[0]))
    row = conn.execute("SELECT value FROM meta WHERE key = 'dismissed_findings'").fetchone()
    if row:
        keys = json.loads(row[0])
        if isinstance(keys, list):
            project.dismissed_findings = {k for k in keys if isinstance(k, str)}
    if orphans:
        project.load_warnings.append(Notice(
            QT_TRANSLATE_NOOP("BriefingError", "{count} mark(s) in “{name}” belong to no article of the project and were left out; saving the project removes them for good."),
            count=str(len(orphans)),
            name=path.name,
        ))
    return project


# -- writing -------------------------------------------------------------------


def _write_database(project: Project, target: Path) -> None:
    target.unlink(missing_ok=True)  # mkstemp made an empty file; SQLite wants its own
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a fresh temp file: atomicity comes from the rename
        conn.execute("PRAGMA synchronous = OFF")  # the file is fsynced before the rename
        schema.create(conn)
        now = datetime.now(timezone.utc).isoformat()
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            [("app_version", __version__), ("saved_at", now),
             ("dismissed_findings", json.dumps(sorted(project.dismissed_findings), ensure_ascii=False))],
        )
        for pos, art in enumerate(project.articles):
            meta = art.to_dict()
            del meta["id"], meta["text"]
            conn.execute(
                "INSERT INTO articles(id, position, text, text_hash, metadata, original) VALUES (?,?,?,?,?,?)",
                (art.id, pos, art.text, art.text_hash, json.dumps(meta, ensure_ascii=False), art.original),
            )
        rows = []
        for ann in project.annotations.values():
            a = ann.anchor
            rows.append(
                (
                    ann.id, ann.article_id, ann.kind.value, ann.state.value, a.start, a.end, a.exact, a.prefix,
                    a.suffix, a.text_hash, int(ann.in_briefing), ann.order, ann.created.isoformat(),
                    ann.modified.isoformat(), json.dumps(ann.payload(), ensure_ascii=False),
                )
            )
        conn.executemany("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.execute(
            "INSERT INTO briefing(id, data) VALUES (1, ?)", (json.dumps(project.briefing.to_dict(), ensure_ascii=False),)
        )
        conn.commit()
    except sqlite3.Error as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("BriefingError", "The project could not be written ({reason})."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Check free disk space and try again."),
            reason=str(exc),
            path=str(target),
        ) from exc
    finally:
        conn.close()
