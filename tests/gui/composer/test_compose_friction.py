"""Composing without friction: an empty date starts at the article's date, counts are live."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core.briefing import Section
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
