"""Marking by key, and the two-way link between highlights and the marks list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefing_app.core.annotation import Kind, State
from briefing_app.gui.shell.actions import MARK_ACTIONS, MainAction

from ..helpers import marks_at, select_text

KEYS = [
    (Qt.Key.Key_Q, Kind.QUOTE, "Für deutsche Mittelständler gebe es eine eigene Anlaufstelle"),
    (Qt.Key.Key_F, Kind.FIGURE, "68 deutsche Firmen"),
    (Qt.Key.Key_K, Kind.KEY_POINT, "Der neue deutsch-chinesische Industriecluster"),
    (Qt.Key.Key_P, Kind.PERSON, "Katrin Albers"),
    (Qt.Key.Key_N, Kind.NOTE, "Delegationsreise"),
]


@pytest.mark.parametrize(("key", "kind", "needle"), KEYS, ids=[k.value for _, k, _ in KEYS])
def test_one_key_marks_the_selection(sample_window, qtbot, key, kind, needle):
    win = sample_window
    start, end = select_text(win, needle)
    qtbot.keyClick(win.article_view.text, key)
    marks = [a for a in marks_at(win, start, end, kind) if a.state is State.ACCEPTED]
    assert len(marks) == 1
    assert win.ws.current_annotation_id == marks[0].id
    if kind is Kind.PERSON:
        assert marks[0].person.name == "Katrin Albers"
    if kind is Kind.FIGURE:
        assert marks[0].figure.value == 68
    win.ws.undo_stack.undo()
    assert not [a for a in marks_at(win, start, end, kind) if a.state is State.ACCEPTED]


def test_letters_typed_in_a_field_do_not_mark(sample_window, qtbot):
    win = sample_window
    select_text(win, "Katrin Albers")
    before = len(win.ws.project.annotations)
    search = win.inspector.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "qfkpn")
    assert search.text() == "qfkpn"
    assert len(win.ws.project.annotations) == before


def test_toolbar_and_context_menu_carry_the_mark_actions(sample_window):
    win = sample_window


    for key in MARK_ACTIONS:
        act = win.main_actions[key]
        assert act in win.article_view.text.extra_menu_actions
        assert not act.shortcut().isEmpty()


def test_overlapping_marks_and_click_selects(sample_window, qtbot):
    win = sample_window
    outer = select_text(win, "sagte Katrin Albers, Präsidentin des Verbands")
    qtbot.keyClick(win.article_view.text, Qt.Key.Key_K)
    inner = select_text(win, "Katrin Albers")
    qtbot.keyClick(win.article_view.text, Qt.Key.Key_P)
    [key_point] = list(marks_at(win, *outer, Kind.KEY_POINT))
    [person] = [a for a in marks_at(win, *inner, Kind.PERSON) if a.state is State.ACCEPTED]

    def click_at(offset: int) -> None:
        cur = QTextCursor(win.article_view.text.document())
        cur.setPosition(offset)
        rect = win.article_view.text.cursorRect(cur)
        win.article_view.text.setTextCursor(cur)  # no selection: a click is a click
        qtbot.mouseClick(win.article_view.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    win.ws.select_annotation("")
    click_at(inner[0] + 2)
    assert win.ws.current_annotation_id == person.id  # the shortest mark wins
    assert win.inspector.list.current_id() == person.id  # ... and the list follows the text
    seen = {person.id}
    for _ in range(len(win.article_view.marks_at(inner[0] + 2))):
        click_at(inner[0] + 2)  # clicking again cycles through the overlapping marks
        seen.add(win.ws.current_annotation_id)
    assert key_point.id in seen


def test_list_selection_highlights_and_reveals_in_text(sample_window, qtbot):
    win = sample_window
    win.suggestions.accept_all(Kind.FIGURE)
    lst = win.inspector.list
    assert lst.proxy.rowCount() >= 3
    lst.setCurrentIndex(lst.proxy.index(2, 1))
    ann_id = lst.current_id()
    assert win.ws.current_annotation_id == ann_id
    ann = win.ws.project.annotations[ann_id]
    assert win.inspector.editor.ann is ann
    cur = win.article_view.text.textCursor()
    assert cur.position() == ann.anchor.start  # caret moved to the mark
    strong = [s for s in win.article_view.text.extraSelections()
              if s.cursor.selectionStart() == ann.anchor.start and s.format.background().color().alpha() >= 150]
    assert strong, "the current mark is drawn stronger"


def test_find_in_article(sample_window, qtbot):
    win = sample_window
    win.main_actions[MainAction.FIND].trigger()
    bar = win.article_view.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "Taicang")
    first = win.article_view.text.textCursor().selectionStart()
    assert win.article_view.text.textCursor().selectedText() == "Taicang"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert win.article_view.text.textCursor().selectionStart() > first
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
