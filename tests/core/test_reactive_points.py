"""Reactive talking points: a list of topic/answer pairs in the briefing, edited by undoable commands."""

from __future__ import annotations

from briefing_app.core.briefing import Briefing, ReactivePoint
from briefing_app.core.briefing_commands import SetReactivePoint
from briefing_app.core.project import Project


def test_add_change_remove_and_undo():
    project = Project()
    add = SetReactivePoint(None, "Exportkontrolle", "EU-Recht gilt.")
    add.do(project)
    assert project.briefing.reactive == [ReactivePoint("Exportkontrolle", "EU-Recht gilt.")]
    edit = SetReactivePoint(0, "Exportkontrolle", "Wir beraten frühzeitig.")
    edit.do(project)
    assert project.briefing.reactive[0].answer == "Wir beraten frühzeitig."
    remove = SetReactivePoint(0, remove=True)
    remove.do(project)
    assert project.briefing.reactive == []
    remove.undo(project)
    edit.undo(project)
    assert project.briefing.reactive == [ReactivePoint("Exportkontrolle", "EU-Recht gilt.")]
    add.undo(project)
    assert project.briefing.reactive == []


def test_reactive_points_survive_the_project_round_trip():
    b = Briefing(reactive=[ReactivePoint("Zölle", "Wir setzen auf Dialog.")])
    assert Briefing.from_dict(b.to_dict()).reactive == b.reactive
    assert Briefing.from_dict({"reactive": ["kaputt", {"topic": "A"}]}).reactive == [ReactivePoint("A", "")]
