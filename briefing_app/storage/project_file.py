"""Read and write ``.briefing`` project files.

Saving always writes a complete new database beside the target and renames it over
(:mod:`briefing_app.atomic_file`): a crash at any moment leaves the old or the new
file.  Opening reads everything into memory through a read-only connection, so a file
that is damaged, foreign or from a newer version is refused and never written to.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from briefing_app import __version__
from briefing_app.atomic_file import remove_stale_parts, write_atomic
from briefing_app.core.anchoring import Anchor, fits_text
from briefing_app.core.annotation import Annotation
from briefing_app.core.article import Article
from briefing_app.core.article_update import place_mark
from briefing_app.core.briefing import Briefing
from briefing_app.core.errors import ProjectFileError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.notice import Notice
from briefing_app.core.project import Project

from . import loaded_fields, schema
from .untrusted import BudgetedConnection, check_schema, open_untrusted

SUFFIX = ".briefing"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def save_project(project: Project, path: str | Path) -> None:
    """Write ``project`` to ``path`` atomically (old or new content, never a mix).

    Temporary files that an interrupted earlier save of the same project left behind
    are removed first (only files of the app's own ``.NAME-XXXXXXXX.briefing.part`` pattern).
    """
    remove_stale_parts(Path(path))
    write_atomic(Path(path), lambda tmp: _write_database(project, tmp), ProjectFileError)


def load_project(path: str | Path) -> Project:
    """Read a project file, refusing anything that is not a readable project of ours.

    The file is treated as untrusted (:mod:`.untrusted`): read-only, nothing in it runs,
    every statement has a time budget, and every value is checked
    (:mod:`.loaded_fields`) before the rest of the app sees it.
    """
    path = Path(path)
    remove_stale_parts(path)
    db = _open_checked(path)
    conn: sqlite3.Connection | None = None
    try:
        version = db.value("PRAGMA user_version")
        if isinstance(version, int) and version < schema.FORMAT_VERSION:
            conn = _migrated_copy(db.conn, version)
            db = BudgetedConnection(conn, path)
        return _read_project(db, path)
    except loaded_fields.BadField as exc:
        raise _bad_field(path, exc.field) from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    except (KeyError, ValueError, TypeError, ArithmeticError, AttributeError) as exc:  # fields not as we wrote them
        raise _damaged(path) from exc
    except (RecursionError, MemoryError) as exc:
        raise _damaged(path) from exc
    finally:
        db.close()


# -- reading -------------------------------------------------------------------


def _open_checked(path: Path) -> BudgetedConnection:
    name = _shown(path)
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
    if not path.is_file():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "BriefingError", "{name} is not a regular file (a pipe or a device), so it is not read as a project."
            ),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Open a .briefing file saved with Briefing Desk."),
            name=name,
            path=str(path),
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
        db = open_untrusted(path)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    try:
        app_id = db.value("PRAGMA application_id")
        version = db.value("PRAGMA user_version")
        if app_id != schema.APPLICATION_ID:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("BriefingError", "{name} is a database, but not a Briefing Desk project."),
                hint=QT_TRANSLATE_NOOP("BriefingError", "Open a .briefing file made with Briefing Desk."),
                name=name,
                path=str(path),
            )
        if not isinstance(version, int) or version > schema.FORMAT_VERSION:
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
        if version < 1:
            raise _damaged(path)
        check_schema(db, version)
        if db.value("PRAGMA quick_check") != "ok":
            raise _damaged(path)
    except ProjectFileError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _damaged(path) from exc
    return db


def _shown(path: Path) -> str:
    """The file name as a user can read it, even when its bytes are not valid UTF-8."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _damaged(path: Path) -> ProjectFileError:
    return ProjectFileError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} is damaged and cannot be opened."),
        hint=QT_TRANSLATE_NOOP(
            "BriefingError", "Open a backup, or check for a recovered copy offered at start-up. The file was not changed."
        ),
        name=_shown(path),
        path=str(path),
    )


def could_not_open(path: Path, exc: BaseException) -> ProjectFileError:
    """For a front end's last line of defence: an unforeseen failure as one sentence."""
    return ProjectFileError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} could not be opened ({reason})."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "The file was not changed."),
        name=_shown(Path(path)),
        reason=str(exc) or type(exc).__name__,
        path=str(path),
    )


def could_not_save(path: Path, exc: BaseException) -> ProjectFileError:
    """For a front end's last line of defence: an unforeseen failure to save as one sentence."""
    return ProjectFileError(
        QT_TRANSLATE_NOOP("BriefingError", "{name} could not be saved ({reason})."),
        hint=QT_TRANSLATE_NOOP("BriefingError", "Try another name or folder; your work is still open."),
        name=_shown(Path(path)),
        reason=str(exc) or type(exc).__name__,
        path=str(path),
    )


def _bad_field(path: Path, field: str) -> ProjectFileError:
    return ProjectFileError(
        QT_TRANSLATE_NOOP(
            "BriefingError", "{name} cannot be opened: its field “{field}” holds a value Briefing Desk never writes there."
        ),
        hint=QT_TRANSLATE_NOOP(
            "BriefingError", "The file is damaged or was changed by another program; open a backup. The file was not changed."
        ),
        name=_shown(path),
        field=field,
        path=str(path),
    )


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """Bring an older file up to date in memory; the file on disk stays as it was."""
    mem = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(mem)
    schema.migrate(mem, version)
    return mem


#: Most articles and marks one project may hold (far beyond real use; a crafted file
#: with millions of rows is refused instead of filling the memory).
MAX_ARTICLES = 10_000
MAX_ANNOTATIONS = 2_000_000


def _read_project(db: BudgetedConnection, path: Path) -> Project:
    project = Project()
    rows = db.rows(f"SELECT id, text, metadata, original FROM articles ORDER BY position LIMIT {MAX_ARTICLES + 1}")
    if len(rows) > MAX_ARTICLES:
        raise loaded_fields.BadField("articles")
    for row in rows:
        meta = loaded_fields.json_object(row[2], "article.metadata")
        loaded_fields.article_metadata(meta)
        project.articles.append(
            Article.from_dict(
                {
                    **meta,
                    "id": loaded_fields.text(row[0], "article.id", 200),
                    "text": loaded_fields.text(row[1], "article.text", loaded_fields.MAX_TEXT_CHARS),
                    "original": loaded_fields.blob(row[3], "article.original"),
                }
            )
        )
    texts = {a.id: a.text for a in project.articles}
    cols = "id, article_id, kind, state, start, end, exact, prefix, suffix, text_hash, in_briefing, sort_order, created, modified, data"
    orphans: list[str] = []
    moved = 0
    rows = db.rows(f"SELECT {cols} FROM annotations LIMIT {MAX_ANNOTATIONS + 1}")
    if len(rows) > MAX_ANNOTATIONS:
        raise loaded_fields.BadField("annotations")
    for r in rows:
        article_id = loaded_fields.text(r[1], "mark.article_id", 200)
        if article_id not in texts:
            orphans.append(str(r[0]))
            continue
        data = loaded_fields.json_object(r[14], "mark.data")
        loaded_fields.annotation_data(data)
        text = texts[article_id]
        anchor = Anchor(
            start=loaded_fields.integer(r[4], "mark.start"),
            end=loaded_fields.integer(r[5], "mark.end"),
            exact=loaded_fields.text(r[6], "mark.exact", loaded_fields.MAX_TEXT_CHARS),
            prefix=loaded_fields.text(r[7], "mark.prefix", 10_000),
            suffix=loaded_fields.text(r[8], "mark.suffix", 10_000),
            text_hash=loaded_fields.text(r[9], "mark.text_hash", 200),
        )
        ann = Annotation.from_dict(
            {
                **data,
                "id": loaded_fields.text(r[0], "mark.id", 200),
                "article_id": article_id,
                "kind": loaded_fields.text(r[2], "mark.kind", 40),
                "state": loaded_fields.text(r[3], "mark.state", 40),
                "anchor": anchor.to_dict(),
                "in_briefing": bool(loaded_fields.integer(r[10], "mark.in_briefing", 0, 1)),
                "order": loaded_fields.integer(r[11], "mark.sort_order"),
                "created": loaded_fields.text(r[12], "mark.created", 64),
                "modified": loaded_fields.text(r[13], "mark.modified", 64),
            }
        )
        if not fits_text(ann.anchor, text):
            moved += 1
            place_mark(ann, text)
        project.annotations[ann.id] = ann
    briefing_rows = db.rows("SELECT data FROM briefing WHERE id = 1")
    if briefing_rows:
        data = loaded_fields.json_object(briefing_rows[0][0], "briefing.data")
        loaded_fields.briefing_data(data)
        project.briefing = Briefing.from_dict(data)
    dismissed_rows = db.rows("SELECT value FROM meta WHERE key = 'dismissed_findings'")
    if dismissed_rows:
        try:
            keys = json.loads(loaded_fields.text(dismissed_rows[0][0], "meta.dismissed_findings", 1_000_000))
        except (ValueError, RecursionError):
            keys = []  # a damaged list of dismissals only reopens those findings
        if isinstance(keys, list):
            project.dismissed_findings = {k for k in keys if isinstance(k, str) and len(k) < 1000}
    if orphans:
        project.load_warnings.append(Notice(
            QT_TRANSLATE_NOOP("BriefingError", "{count} mark(s) in “{name}” belong to no article of the project and were left out; saving the project removes them for good."),
            count=str(len(orphans)),
            name=_shown(path),
        ))
    if moved:
        project.load_warnings.append(Notice(
            QT_TRANSLATE_NOOP("BriefingError", "{count} mark(s) in “{name}” did not match their article's text and were placed again by their quoted words; any not found are marked “needs review”."),
            count=str(moved),
            name=_shown(path),
        ))
    return project


# -- writing -------------------------------------------------------------------


def _write_database(project: Project, target: Path) -> None:
    # mkstemp made an empty file, which SQLite takes as an empty database; keeping that
    # file (not a new one) keeps the lock that tells a later cleanup the save is alive.
    conn = sqlite3.connect(os.fsencode(target))
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a fresh temp file: atomicity comes from the rename
        conn.execute("PRAGMA synchronous = OFF")  # the file is fsynced before the rename
        schema.create(conn)
        now = datetime.now(UTC).isoformat()
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
