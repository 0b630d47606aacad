"""Composing without friction: an empty date starts at the article's date, counts are live."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core.briefing import Section
from briefing_app.gui.composer.composer_model import SECTION_ROLE
from briefing_app.gui.composer.meeting_form import NO_DATE

from ..helpers import type_text


def test_an_empty_meeting_date_starts_at_the_articles_date(sample_window, qtbot):
    win = sample_window
    win.composer.edit("meeting.date", None, "clear date")
    form = win.composer_view.form
    assert form.date.date() == NO_DATE
    published = win.ws.current_article().published
    assert published is not None
    form.date.setFocus()
    qtbot.keyClick(form.date, Qt.Key.Key_Down)
    shown = form.date.date()
    assert (shown.year(), shown.month()) == (published.year, published.month)
    assert shown.year() != 2000


def test_section_counts_follow_typing_on_the_meeting_tab(sample_window, qtbot):
    win = sample_window
    view = win.composer_view
    model = view.items_model
    idx = model.section_index(Section.KEY_MESSAGES)
    before = model.count(Section.KEY_MESSAGES)
    edit = view.form.key_messages
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "Markt öffnet sich")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(qtbot, edit, "Rechtssicherheit fehlt")
    items = len(win.ws.project.briefing.sections.get(Section.KEY_MESSAGES, []))
    assert model.count(Section.KEY_MESSAGES) == items + 2
    assert idx.data().endswith(f"({items + 2})")
    assert before >= items


def test_sections_reorder_by_keyboard_and_drag_and_the_handout_follows(sample_window, qtbot):
    from PySide6.QtCore import QMimeData

    from briefing_app.core.compose import ordered_sections
    from briefing_app.export.content import build_content

    win = sample_window
    view = win.composer_view
    model = view.items_model
    view.show_sections()
    first, second = model.order()[0], model.order()[1]
    view.tree.setCurrentIndex(model.section_index(second))
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert model.order()[:2] == (second, first)
    assert ordered_sections(win.ws.project.briefing)[:2] == (second, first)
    assert view.tree.currentIndex().data(SECTION_ROLE) == second.value  # it stays selected
    order = [s.value for s in ordered_sections(win.ws.project.briefing)]
    keys = [s.key for s in build_content(win.ws.project, "en").sections if s.key in order]
    assert keys == sorted(keys, key=order.index), "the outputs follow the user's order"
    win.ws.undo_stack.undo()
    assert model.order()[:2] == (first, second)

    # drag the last section onto the first: it goes before it
    last = model.order()[-1]
    mime = model.mimeData([model.section_index(last)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.section_index(first))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.section_index(first))
    qtbot.waitUntil(lambda: model.order()[0] == last)
    assert isinstance(mime, QMimeData)


def test_the_meeting_date_reads_like_every_other_date(sample_window):
    from briefing_app.gui.shell.i18n import short_date

    win = sample_window
    form = win.composer_view.form
    meeting = win.ws.project.briefing.meeting
    assert meeting.date is not None
    assert form.date.text() == short_date(meeting.date)  # "14 Oct 2026" in English, not "14.10.2026"


def test_escape_puts_a_meeting_field_back(sample_window, qtbot):
    win = sample_window
    form = win.composer_view.form
    before = form.title.text()
    steps = win.ws.undo_stack.count()
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Falscher Titel")
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert form.title.text() == before
    qtbot.keyClick(form.title, Qt.Key.Key_Tab)
    assert win.ws.project.briefing.meeting.title == before
    assert win.ws.undo_stack.count() == steps
