"""Nothing typed into the inspector is lost: Tab, Shift+Tab, a click elsewhere, another
selection, save and export all keep it; Escape is the one way to throw it away.

Each inspector page (quote, figure, person, and the common fields of a key point) is
filled field by field with the keyboard only, moving on with Tab as a user does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from briefing_app.core.annotation import Kind, State
from briefing_app.core.commands import get_field
from briefing_app.gui.shell.actions import MainAction

from ..helpers import select_text, type_text


def _first(win, kind: Kind):
    return next(a for a in win.ws.project.annotations_for(win.ws.current_article_id, states=None) if a.kind is kind)


def _key_point(win, qtbot):
    select_text(win, "Der neue deutsch-chinesische Industriecluster")
    qtbot.keyClick(win.article_view.text, Qt.Key.Key_K)
    ann = win.ws.current_annotation()
    assert ann is not None and ann.kind is Kind.KEY_POINT
    return ann


PAGES = {
    # kind: [(field attribute, typed text, field path, stored value)]
    Kind.QUOTE: [("speaker", "Katrin Albers-Neu", "quote.speaker", "Katrin Albers-Neu"),
                 ("role", "Botschafterin", "quote.role", "Botschafterin"),
                 ("organisation", "Auswärtiges Amt", "quote.organisation", "Auswärtiges Amt"),
                 ("translation", "Demand is rising", "quote.translation", "Demand is rising"),
                 ("comment", "Nachfragen", "comment", "Nachfragen"),
                 ("tags", "Markt, Risiko", "tags", ["Markt", "Risiko"])],
    Kind.FIGURE: [("value", "17 Mrd.", "figure.value", Decimal(17000000000)),
                  ("unit", "EUR", "figure.unit", "EUR"),
                  ("label", "Investitionen", "figure.label", "Investitionen"),
                  ("qualifier", "über", "figure.qualifier", "über"),
                  ("comment", "prüfen", "comment", "prüfen"),
                  ("tags", "Zahlen", "tags", ["Zahlen"])],
    Kind.PERSON: [("person_name", "Katrin Albers", "person.name", "Katrin Albers"),
                  ("person_role", "Präsidentin a. D.", "person.role", "Präsidentin a. D."),
                  ("person_org", "VDMC", "person.organisation", "VDMC"),
                  ("comment", "Gastgeberin", "comment", "Gastgeberin"),
                  ("tags", "Leute", "tags", ["Leute"])],
    Kind.KEY_POINT: [("comment", "Kernaussage", "comment", "Kernaussage"),
                     ("tags", "Cluster", "tags", ["Cluster"])],
}


def _type_over(qtbot, w: QLineEdit | QPlainTextEdit, text: str) -> None:
    w.selectAll()
    type_text(qtbot, w, text)


@pytest.mark.parametrize("kind", list(PAGES), ids=[k.value for k in PAGES])
def test_every_field_of_every_page_keeps_its_text_when_tabbing_on(sample_window, qtbot, kind):
    win = sample_window
    ann = _key_point(win, qtbot) if kind is Kind.KEY_POINT else _first(win, kind)
    win.ws.select_annotation(ann.id)
    ed = win.inspector.editor
    fields = PAGES[kind]
    first = getattr(ed, fields[0][0])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for i, (attr, typed, _path, _value) in enumerate(fields):
        w = getattr(ed, attr)
        assert w.hasFocus(), f"Tab reached {attr}"
        _type_over(qtbot, w, typed)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        if i + 1 < len(fields):
            nxt = getattr(ed, fields[i + 1][0])
            for _ in range(3):  # a choice box or check box between two text fields
                if nxt.hasFocus():
                    break
                qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    stored = win.ws.project.annotations[ann.id]
    for attr, _typed, path, value in fields:
        assert get_field(stored, path) == value, attr


def test_shift_tab_walks_back_and_commits(sample_window, qtbot):
    win = sample_window
    ann = _first(win, Kind.QUOTE)
    win.ws.select_annotation(ann.id)
    ed = win.inspector.editor
    ed.role.setFocus()
    qtbot.waitUntil(ed.role.hasFocus)
    _type_over(qtbot, ed.role, "Gesandter")
    qtbot.keyClick(ed.role, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert ed.speaker.hasFocus()
    assert win.ws.project.annotations[ann.id].quote.role == "Gesandter"


def test_a_click_elsewhere_commits(sample_window, qtbot):
    win = sample_window
    ann = _first(win, Kind.FIGURE)
    win.ws.select_annotation(ann.id)
    ed = win.inspector.editor
    ed.label.setFocus()
    qtbot.waitUntil(ed.label.hasFocus)
    _type_over(qtbot, ed.label, "Fläche")
    qtbot.mouseClick(win.inspector.filters.search, Qt.MouseButton.LeftButton)
    assert win.ws.project.annotations[ann.id].figure.label == "Fläche"


def test_selecting_another_mark_keeps_what_was_typed(sample_window, qtbot):
    win = sample_window
    quotes = [a for a in win.ws.project.annotations_for(win.ws.current_article_id, states=None) if a.kind is Kind.QUOTE]
    win.ws.select_annotation(quotes[0].id)
    ed = win.inspector.editor
    ed.organisation.setFocus()
    qtbot.waitUntil(ed.organisation.hasFocus)
    _type_over(qtbot, ed.organisation, "Handelskammer")
    win.ws.select_annotation(quotes[1].id)  # J/K or a click in the text: the field still has the focus
    assert win.ws.project.annotations[quotes[0].id].quote.organisation == "Handelskammer"
    assert ed.ann.id == quotes[1].id
    assert ed.organisation.text() == (quotes[1].quote.organisation or "")


def test_export_takes_text_still_being_typed(sample_window, qtbot):
    win = sample_window
    ann = _first(win, Kind.PERSON)
    win.ws.select_annotation(ann.id)
    ed = win.inspector.editor
    ed.person_role.setFocus()
    qtbot.waitUntil(ed.person_role.hasFocus)
    _type_over(qtbot, ed.person_role, "Präsidentin des VDMC")
    asked = []
    win.output_dialogs.run = lambda dialog: asked.append(dialog) and False
    win.main_actions[MainAction.EXPORT].trigger()
    assert asked, "the export dialog was shown"
    assert win.ws.project.annotations[ann.id].person.role == "Präsidentin des VDMC"


def test_escape_reverts_the_field_without_an_edit(sample_window, qtbot):
    win = sample_window
    ann = _first(win, Kind.QUOTE)
    win.ws.select_annotation(ann.id)
    ed = win.inspector.editor
    before = ann.quote.role
    steps = win.ws.undo_stack.count()
    ed.role.setFocus()
    qtbot.waitUntil(ed.role.hasFocus)
    _type_over(qtbot, ed.role, "Falsch")
    qtbot.keyClick(ed.role, Qt.Key.Key_Escape)
    assert ed.role.text() == before
    qtbot.keyClick(ed.role, Qt.Key.Key_Tab)
    assert win.ws.project.annotations[ann.id].quote.role == before
    assert win.ws.undo_stack.count() == steps
    assert ann.state is State.SUGGESTED


def test_a_count_unit_reads_in_the_ui_language_and_is_stored_as_its_key(sample_window, qtbot):
    from PySide6.QtCore import QLocale

    win = sample_window
    ann = next(a for a in win.ws.project.annotations_for(win.ws.current_article_id, states=None)
               if a.kind is Kind.FIGURE and a.figure and a.figure.unit == "companies")
    QLocale.setDefault(QLocale("de"))
    try:
        win.ws.select_annotation(ann.id)
        ed = win.inspector.editor
        assert ed.unit.text() == "Firmen"  # not the stored key "companies"
        ed.unit.setFocus()
        qtbot.waitUntil(ed.unit.hasFocus)
        qtbot.keyClick(ed.unit, Qt.Key.Key_Tab)  # leaving it unchanged changes nothing
        assert win.ws.project.annotations[ann.id].figure.unit == "companies"
        ed.unit.setFocus()
        qtbot.waitUntil(ed.unit.hasFocus)
        _type_over(qtbot, ed.unit, "Banken")
        qtbot.keyClick(ed.unit, Qt.Key.Key_Tab)
        assert win.ws.project.annotations[ann.id].figure.unit == "banks"
    finally:
        QLocale.setDefault(QLocale("en"))
