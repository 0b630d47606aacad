"""Small things that show care: a twin mark asks first, File › New clears every panel, the
title says which project and whether it changed, and a drop of several files imports each."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from briefing_app.core.annotation import Kind, State
from briefing_app.core.commands import EditAnnotations
from briefing_app.gui.shell.actions import MainAction
from briefing_app.gui.shell.dialogs import SaveAnswer

from ..helpers import select_text
from ..workspace.test_import import PASTED


def _person_marks(win):
    return [a for a in win.ws.project.annotations.values()
            if a.kind is Kind.PERSON and a.state is State.ACCEPTED and a.text == "Katrin Albers"]


def test_a_duplicate_mark_asks_before_it_is_added(sample_window, qtbot, dialogs):
    win = sample_window
    select_text(win, "Katrin Albers")
    win.main_actions[MainAction.MARK_PERSON].trigger()
    assert len(_person_marks(win)) == 1 and "duplicate_mark" not in dialogs.asked
    select_text(win, "Katrin Albers")
    win.main_actions[MainAction.MARK_PERSON].trigger()  # answered "keep the existing one"
    assert dialogs.asked.count("duplicate_mark") == 1
    assert len(_person_marks(win)) == 1
    assert win.ws.current_annotation_id == _person_marks(win)[0].id
    dialogs.duplicate_answers.append(True)
    select_text(win, "Katrin Albers")
    win.main_actions[MainAction.MARK_PERSON].trigger()
    assert len(_person_marks(win)) == 2


def test_file_new_clears_every_panel(sample_window, dialogs):
    win = sample_window
    figure = next(a for a in win.ws.project.annotations.values() if a.kind is Kind.FIGURE)
    win.ws.select_annotation(figure.id)
    win.docks["inspector"].raise_()
    shown_as = win.inspector.editor.normalised.text()
    assert shown_as
    win.ws.push(EditAnnotations([figure.id], {"comment": "Taicang prüfen"}))
    dialogs.save_answers.append(SaveAnswer.DISCARD)
    win.main_actions[MainAction.NEW].trigger()
    assert not win.ws.project.articles
    leftovers = []
    for w in win.findChildren(QLineEdit) + win.findChildren(QPlainTextEdit) + win.findChildren(QLabel):
        text = w.text() if isinstance(w, (QLineEdit, QLabel)) else w.toPlainText()
        if any(word in text for word in ("Taicang", "Albers", "Milliarden", "Mittelständler", shown_as, figure.figure.label)):
            leftovers.append((w.objectName() or type(w).__name__, text[:60]))
    assert leftovers == []
    assert win.people.model.rowCount() == 0
    assert win.suggestions.proxy.rowCount() == 0
    assert win.findings.model.rowCount() == 0
    assert win.ws.counts() == {"articles": 0, "annotations": 0, "suggestions": 0, "findings": 0}


def test_window_title_names_the_project_and_shows_changes(sample_window, tmp_path, dialogs):
    win = sample_window
    dialogs.save_paths.append(str(tmp_path / "Taicang.briefing"))
    assert win.docs.save_as()
    assert win.windowTitle().startswith("Taicang.briefing[*]")
    assert not win.isWindowModified()
    figure = next(a for a in win.ws.project.annotations.values() if a.kind is Kind.FIGURE)
    win.ws.push(EditAnnotations([figure.id], {"comment": "prüfen"}))
    assert win.isWindowModified()
    win.ws.undo_stack.undo()
    assert not win.isWindowModified()


def test_a_drop_of_several_files_imports_each_and_names_the_bad_one(make_window, qtbot, dialogs, tmp_path):
    win = make_window()
    first, second, empty = tmp_path / "erster.txt", tmp_path / "zweiter.txt", tmp_path / "leer.txt"
    first.write_text(PASTED, encoding="utf-8")
    second.write_text(PASTED.replace("Jiangsu", "Sichuan"), encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (first, empty, second)])
    assert win.importer.accepts(mime)
    assert win.importer.drop(mime)
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 2, timeout=20000)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    _title, text = dialogs.errors[-1]
    assert "leer.txt" in text and "erster.txt" not in text
