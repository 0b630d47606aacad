"""The takeaway field of the Sections tab: typed for the selected section, undoable, Escape reverts."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from briefing_app.core.briefing import Section
from briefing_app.export.deck import build_deck
from briefing_app.gui.shell.actions import MainAction

TAKEAWAY = "Die Investition ist real, aber die Euro-Zahl der Presse ist um den Faktor zehn falsch"


@pytest.fixture
def win(make_window, sample_project_cached):
    from briefing_app.pipeline import accept_all

    project = copy.deepcopy(sample_project_cached)
    accept_all(project)
    w = make_window(project)
    w.main_actions[MainAction.SHOW_COMPOSER].trigger()
    w.composer_view.show_sections()
    return w


def _select(win, index) -> None:
    win.composer_view.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_typing_a_takeaway_titles_the_section_slide_and_undoes_in_one_step(win, qtbot):
    view = win.composer_view
    field = view.takeaway.edit
    assert field.isEnabled() == view.tree.currentIndex().isValid()  # enabled once a section or item is selected
    _select(win, view.items_model.section_index(Section.KEY_FIGURES))
    assert field.isEnabled() and field.text() == ""
    steps = win.ws.undo_stack.count()
    field.setFocus()
    qtbot.keyClicks(field, TAKEAWAY)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert win.ws.project.briefing.takeaway(Section.KEY_FIGURES) == TAKEAWAY
    assert win.ws.undo_stack.count() == steps + 1
    assert win.isWindowModified()
    # the section row stays selected after the redraw, and the field still shows the takeaway
    assert view.items_model.section_of(view.tree.currentIndex()) is Section.KEY_FIGURES
    assert field.text() == TAKEAWAY and field.isEnabled()
    deck = build_deck(win.ws.project)
    slide = next(s for s in deck.slides if s.key == Section.KEY_FIGURES.value)
    assert (slide.title, slide.kicker) == (TAKEAWAY, "Zahlen und Fakten")

    # an item of another section shows that section's (empty) takeaway
    quotes = view.items_model.section_index(Section.QUOTES)
    _select(win, view.items_model.index(0, 0, quotes))
    assert field.text() == ""
    _select(win, view.items_model.index(0, 0, view.items_model.section_index(Section.KEY_FIGURES)))
    assert field.text() == TAKEAWAY

    win.ws.undo_stack.undo()
    assert win.ws.project.briefing.takeaway(Section.KEY_FIGURES) == ""
    assert field.text() == ""


def test_escape_puts_the_takeaway_back_and_focus_out_commits(win, qtbot):
    view = win.composer_view
    field = view.takeaway.edit
    _select(win, view.items_model.section_index(Section.QUOTES))
    steps = win.ws.undo_stack.count()
    field.setFocus()
    qtbot.keyClicks(field, "Falsche Richtung")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert win.ws.undo_stack.count() == steps
    assert win.ws.project.briefing.takeaways == {}

    field.setFocus()
    qtbot.keyClicks(field, "Die Provinz wirbt offen um deutschen Mittelstand")
    view.tree.setFocus()  # leaving the field commits what was typed
    assert win.ws.project.briefing.takeaway(Section.QUOTES) == "Die Provinz wirbt offen um deutschen Mittelstand"
    assert win.ws.undo_stack.count() == steps + 1


def test_an_overlong_takeaway_is_kept_in_the_field_with_a_sentence_and_not_cut(win, qtbot):
    from briefing_app.core.briefing import MAX_TAKEAWAY_CHARS

    view = win.composer_view
    field, hint = view.takeaway.edit, view.takeaway.too_long
    _select(win, view.items_model.section_index(Section.QUOTES))
    steps = win.ws.undo_stack.count()
    pasted = "Die Provinz wirbt um Mittelständler " * 6
    field.setFocus()
    field.insert(pasted)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert win.ws.undo_stack.count() == steps  # nothing stored
    assert field.text() == pasted  # nothing lost
    excess = len(pasted.strip()) - MAX_TAKEAWAY_CHARS
    assert hint.isVisibleTo(view) and hint.text().startswith(f"{excess} characters too long")
    win.ws.commit_pending_edits()  # saving does not cut it either
    assert field.text() == pasted and win.ws.project.briefing.takeaways == {}
    field.setText(pasted[:100])
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert win.ws.project.briefing.takeaway(Section.QUOTES) == pasted[:100].strip()
    assert not hint.isVisibleTo(view)
