"""The briefing composer: meeting fields, marking, order of items, output edits — all undoable."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QModelIndex, Qt

from briefing_app.core.briefing import Classification, Section
from briefing_app.core.commands import EditAnnotations, accept
from briefing_app.core.compose import find_item
from briefing_app.core.statements import quote_statement
from briefing_app.gui.marks.roles import ID_ROLE
from briefing_app.gui.shell.actions import MainAction


@pytest.fixture(scope="session")
def accepted_project(sample_project_cached):
    from briefing_app.pipeline import accept_all

    project = copy.deepcopy(sample_project_cached)
    accept_all(project)
    return project


@pytest.fixture
def win(make_window, accepted_project):
    w = make_window(copy.deepcopy(accepted_project))
    w.main_actions[MainAction.SHOW_COMPOSER].trigger()
    return w


def order(win, section: Section) -> list[str]:
    return [i.annotation_id for i in win.ws.project.briefing.sections.get(section, [])]


def test_composes_sections_from_the_chosen_marks(win):
    model = win.composer_view.items_model
    quotes = model.section_index(Section.QUOTES)
    assert model.rowCount(quotes) == len(order(win, Section.QUOTES)) > 0
    first = model.index(0, 0, quotes)
    assert first.data(ID_ROLE) == order(win, Section.QUOTES)[0]
    assert win.composer_view.sources_model.rowCount() == 1  # one article behind every item
    assert not win.isWindowModified()


def test_edit_meeting_title_and_classification_undoably(win, qtbot):
    form = win.composer_view.form
    old_title = win.ws.project.briefing.meeting.title
    form.title.setText("Delegationsreise Taicang")
    form.title.editingFinished.emit()
    assert win.ws.project.briefing.meeting.title == "Delegationsreise Taicang"
    assert win.isWindowModified()

    form.classification.setCurrentIndex(form.classification.findData(Classification.RESTRICTED.value))
    form.classification.activated.emit(form.classification.currentIndex())
    assert win.ws.project.briefing.classification == Classification.RESTRICTED.value

    custom = form.classification.count() - 1
    form.classification.setCurrentIndex(custom)
    form.classification.activated.emit(custom)
    assert form.custom_marking.isEnabled()
    form.custom_marking.setText("Nur für die Delegation")
    form.custom_marking.editingFinished.emit()
    assert win.ws.project.briefing.classification == "Nur für die Delegation"

    stack = win.ws.undo_stack
    stack.undo()
    assert win.ws.project.briefing.classification == Classification.RESTRICTED.value
    assert form.classification.currentData() == Classification.RESTRICTED.value
    stack.undo()
    stack.undo()
    assert win.ws.project.briefing.meeting.title == old_title
    assert form.title.text() == old_title


def test_date_and_lists_are_edited_one_per_line(win):
    form = win.composer_view.form
    from PySide6.QtCore import QDate

    form.date.setDate(QDate(2026, 11, 5))
    form.date.editingFinished.emit()
    assert win.ws.project.briefing.meeting.date.isoformat() == "2026-11-05"
    form.questions.setFocus()
    form.questions.setPlainText("Erste Frage?\n\n  Zweite Frage?  ")
    form.commit_pending()
    assert win.ws.project.briefing.questions == ["Erste Frage?", "Zweite Frage?"]


def test_drop_reorders_within_and_between_sections_and_undo_restores(win, qtbot):
    model = win.composer_view.items_model
    before = order(win, Section.QUOTES)
    quotes = model.section_index(Section.QUOTES)
    mime = model.mimeData([model.index(0, 0, quotes)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, quotes)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # between sections
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, quotes)  # drop point below the third item
    qtbot.waitUntil(lambda: order(win, Section.QUOTES) != before)
    assert order(win, Section.QUOTES) == before[1:3] + before[:1] + before[3:]

    key_messages = model.section_index(Section.KEY_MESSAGES)
    mime = model.mimeData([model.index(1, 0, model.section_index(Section.QUOTES))])
    moved = mime.data("application/x-briefing-desk-item").data().decode()
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, key_messages)  # onto the section header
    qtbot.waitUntil(lambda: moved in order(win, Section.KEY_MESSAGES))
    assert model.rowCount(model.section_index(Section.KEY_MESSAGES)) == 1

    win.ws.undo_stack.undo()
    win.ws.undo_stack.undo()
    assert order(win, Section.QUOTES) == before
    assert not order(win, Section.KEY_MESSAGES)


def test_ctrl_down_and_up_move_the_selected_item(win, qtbot):
    tree = win.composer_view.tree
    before = order(win, Section.QUOTES)
    tree.select_id(before[0])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order(win, Section.QUOTES)[:2] == [before[1], before[0]]
    assert tree.current_id() == before[0]  # the moved item stays selected
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert order(win, Section.QUOTES) == before
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # past the top: previous section
    assert order(win, Section.KEY_FIGURES)[-1] == before[0]
    win.ws.undo_stack.undo()
    win.ws.undo_stack.undo()
    win.ws.undo_stack.undo()
    assert order(win, Section.QUOTES) == before


def test_edit_item_output_text_keeps_the_anchor(win, qtbot):
    aid = order(win, Section.QUOTES)[0]
    ann = win.ws.project.annotations[aid]
    anchor = copy.deepcopy(ann.anchor)
    view = win.composer_view
    view.tree.select_id(aid)
    assert view.item_editor.annotation_id == aid
    view.item_editor.text.setFocus()
    view.item_editor.text.setPlainText("Die Nachfrage wächst.")
    view.item_editor.translation.setFocus()  # focus leaves: the edit is committed
    view.item_editor.translation.setPlainText("Demand is growing.")
    win.ws.commit_pending_edits()
    s, i = find_item(win.ws.project.briefing, aid)
    item = win.ws.project.briefing.sections[s][i]
    assert (item.text_override, item.translation) == ("Die Nachfrage wächst.", "Demand is growing.")
    assert win.ws.project.annotations[aid].anchor == anchor
    index = view.items_model.index_of(aid)
    assert "Die Nachfrage wächst." in index.data()
    win.ws.undo_stack.undo()
    win.ws.undo_stack.undo()
    assert (item.text_override, item.translation) == ("", "")
    # back to the statement form the outputs print, offered as the text to edit
    assert view.item_editor.text.toPlainText() == quote_statement(win.ws.project, ann)
    assert ann.anchor.exact in view.item_editor.text.toPlainText()


def test_marks_leaving_and_joining_the_briefing(win, qtbot):
    aid = order(win, Section.QUOTES)[1]
    before = order(win, Section.QUOTES)
    win.ws.push(EditAnnotations([aid], {"in_briefing": False}), "Leave out")
    assert aid not in order(win, Section.QUOTES)
    assert win.composer_view.items_model.rowCount(win.composer_view.items_model.section_index(Section.QUOTES)) == len(before) - 1
    win.ws.undo_stack.undo()
    assert order(win, Section.QUOTES) == before


def test_an_accepted_suggestion_lands_in_its_section(make_window, sample_project_cached):
    win = make_window(copy.deepcopy(sample_project_cached))
    suggestion = next(a for a in win.ws.project.annotations.values() if a.kind.value == "quote")
    win.ws.push(accept([suggestion.id]), "Accept")
    assert order(win, Section.QUOTES) == [suggestion.id]
    assert win.composer_view.items_model.index_of(suggestion.id).isValid()


def test_composer_speaks_german(make_window, accepted_project, qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from briefing_app.gui.shell.i18n import install_translators

    translators = install_translators(qapp, "de")
    try:
        win = make_window(copy.deepcopy(accepted_project))
        view = win.composer_view
        assert view.tabs.tabText(1).replace("&", "") == "Abschnitte"
        model = view.items_model
        assert model.section_index(Section.KEY_FIGURES).data().startswith("Zahlen und Fakten (")
        assert win.main_actions[MainAction.EXPORT].text().replace("&", "") == "Briefing exportieren …"
        menus = [a.text().replace("&", "") for a in win.menuBar().actions()]
        assert "Briefing" in menus and menus[-1] == "Hilfe"
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))
