"""A person is edited once: the People panel rewrites all their quotes and person marks in
one undo step, a quote's speaker is picked from the people, and duplicates are merged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core.annotation import Kind
from briefing_app.core.commands import EditAnnotations
from briefing_app.core.people_index import find_person

from ..helpers import type_text


def _albers_ids(win):
    return [a.id for a in win.ws.project.annotations.values()
            if (a.quote and a.quote.speaker == "Katrin Albers") or (a.person and a.person.name == "Katrin Albers")]


def test_each_person_is_listed_once(sample_window):
    win = sample_window
    names = [e.name for e in win.people.model.entries()]
    assert sorted(names) == sorted(["Katrin Albers", "Wang Lei", "Dr. Matthias Krämer"])


def test_editing_a_person_updates_all_their_quotes_and_cards_in_one_step(sample_window, qtbot):
    win = sample_window
    panel = win.people
    ids = _albers_ids(win)
    assert len(ids) == 3  # two quotes and the person mark
    panel.select(find_person(win.ws.project, "Katrin Albers").key)
    panel.role.setFocus()
    qtbot.waitUntil(panel.role.hasFocus)
    panel.role.selectAll()
    type_text(qtbot, panel.role, "Präsidentin des VDMC")
    steps = win.ws.undo_stack.count()
    qtbot.keyClick(panel.role, Qt.Key.Key_Tab)
    assert win.ws.undo_stack.count() == steps + 1
    for i in ids:
        ann = win.ws.project.annotations[i]
        assert (ann.quote or ann.person).role == "Präsidentin des VDMC"
    win.ws.undo_stack.undo()
    assert {(win.ws.project.annotations[i].quote or win.ws.project.annotations[i].person).role for i in ids} == {"Präsidentin"}
    assert panel.role.text() == "Präsidentin"


def test_escape_in_the_person_editor_reverts(sample_window, qtbot):
    win = sample_window
    panel = win.people
    panel.select(find_person(win.ws.project, "Wang Lei").key)
    panel.organisation.setFocus()
    qtbot.waitUntil(panel.organisation.hasFocus)
    panel.organisation.selectAll()
    qtbot.keyClicks(panel.organisation, "Falsch")
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Escape)
    assert panel.organisation.text() == "Verwaltungskommission des Clusters"


def test_a_quote_speaker_is_chosen_from_the_people(sample_window, qtbot):
    win = sample_window
    quote = next(a for a in win.ws.project.annotations.values() if a.kind is Kind.QUOTE and a.quote.speaker == "Wang Lei")
    win.ws.push(EditAnnotations([quote.id], {"quote.speaker": "", "quote.role": "", "quote.organisation": ""}))
    win.ws.select_annotation(quote.id)
    ed = win.inspector.editor
    assert "Dr. Matthias Krämer" in ed.people_names.stringList()
    ed.speaker.setFocus()
    qtbot.waitUntil(ed.speaker.hasFocus)
    qtbot.keyClicks(ed.speaker, "Wang Lei")
    qtbot.keyClick(ed.speaker, Qt.Key.Key_Return)
    stored = win.ws.project.annotations[quote.id].quote
    assert (stored.speaker, stored.role) == ("Wang Lei", "stellvertretender Direktor")
    assert ed.role.text() == "stellvertretender Direktor"


def test_duplicates_from_the_analysis_are_merged(sample_window):
    win = sample_window
    quote = next(a for a in win.ws.project.annotations.values() if a.kind is Kind.QUOTE and a.quote.speaker == "Katrin Albers")
    win.ws.push(EditAnnotations([quote.id], {"quote.speaker": "Albers", "quote.role": ""}))
    panel = win.people
    panel.select("albers")
    assert panel.merge_duplicate_button.isVisible()
    assert "Katrin Albers" in panel.duplicates.text()
    panel.merge_duplicate()
    names = [e.name for e in panel.model.entries()]
    assert "Albers" not in names
    assert win.ws.project.annotations[quote.id].quote.speaker == "Katrin Albers"
    assert win.ws.project.annotations[quote.id].quote.role == "Präsidentin"
    win.ws.undo_stack.undo()
    assert "Albers" in [e.name for e in panel.model.entries()]
