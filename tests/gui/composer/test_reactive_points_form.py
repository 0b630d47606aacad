"""Reactive talking points in the composer: one line per point, "topic → answer", one undo step."""

from __future__ import annotations

import copy

import pytest

from briefing_app.core.briefing import ReactivePoint


@pytest.fixture
def win(make_window, sample_project_cached):
    return make_window(copy.deepcopy(sample_project_cached))


def test_reactive_points_are_typed_in_the_composer_and_undone_in_one_step(win):
    form = win.composer_view.form
    before = list(win.ws.project.briefing.reactive)
    form.reactive.setFocus()
    form.reactive.setPlainText("Exportkontrolle → Wir verweisen auf das EU-Recht.\nZölle -> Dialog statt Eskalation")
    win.ws.commit_pending_edits()
    assert win.ws.project.briefing.reactive == [
        ReactivePoint("Exportkontrolle", "Wir verweisen auf das EU-Recht."),
        ReactivePoint("Zölle", "Dialog statt Eskalation"),
    ]
    win.ws.undo_stack.undo()
    assert win.ws.project.briefing.reactive == before
    assert form.reactive.toPlainText() == "\n".join(f"{p.topic} → {p.answer}" for p in before)
