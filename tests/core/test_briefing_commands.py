"""Undoable briefing edits and keeping the briefing in line with the chosen marks (no Qt)."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from briefing_app.core.briefing import Section
from briefing_app.core.briefing_commands import (
    BriefingChange,
    BriefingSync,
    EditBriefing,
    EditItem,
    MoveItem,
    neighbour_position,
)
from briefing_app.core.commands import EditAnnotations
from briefing_app.core.compose import ITEM_SECTIONS, find_item


@pytest.fixture(scope="module")
def composed():
    from briefing_app.core.compose import refresh_briefing
    from briefing_app.pipeline import accept_all, sample_project

    project = sample_project()
    accept_all(project)
    refresh_briefing(project)
    return project


@pytest.fixture
def project(composed):
    return copy.deepcopy(composed)


def ids(project, section):
    return [i.annotation_id for i in project.briefing.sections.get(section, [])]


def test_edit_briefing_fields_and_undo(project):
    old = copy.deepcopy(project.briefing)
    cmd = EditBriefing({"meeting.title": "Neu", "meeting.date": date(2026, 11, 3), "classification": "Eigene Einstufung"})
    change = cmd.do(project)
    assert isinstance(change, BriefingChange) and change.briefing and not change.annotations
    assert project.briefing.meeting.title == "Neu" and project.briefing.classification == "Eigene Einstufung"
    cmd.undo(project)
    assert project.briefing == old


def test_edit_item_changes_output_only(project):
    aid = ids(project, Section.QUOTES)[0]
    anchor = copy.deepcopy(project.annotations[aid].anchor)
    cmd = EditItem(aid, {"text_override": "Kurz.", "translation": "Short."})
    cmd.do(project)
    s, i = find_item(project.briefing, aid)
    assert project.briefing.sections[s][i].text_override == "Kurz."
    assert project.annotations[aid].anchor == anchor
    cmd.undo(project)
    assert project.briefing.sections[s][i].text_override == ""
    with pytest.raises(ValueError):
        EditItem(aid, {"anchor": "x"})


def test_edit_item_of_a_vanished_item_changes_nothing(project):
    cmd = EditItem("no-such-id", {"translation": "x"})
    cmd.do(project)
    cmd.undo(project)


def test_move_item_and_undo(project):
    before = ids(project, Section.QUOTES)
    cmd = MoveItem(before[0], Section.KEY_MESSAGES, 0)
    cmd.do(project)
    assert ids(project, Section.KEY_MESSAGES)[0] == before[0]
    cmd.undo(project)
    assert ids(project, Section.QUOTES) == before
    cmd.do(project)  # redo
    assert before[0] in ids(project, Section.KEY_MESSAGES)


def test_neighbour_position_crosses_section_edges(project):
    quotes = ids(project, Section.QUOTES)
    figures = ids(project, Section.KEY_FIGURES)
    assert neighbour_position(project, quotes[0], +1, ITEM_SECTIONS) == (Section.QUOTES, 1)
    assert neighbour_position(project, quotes[0], -1, ITEM_SECTIONS) == (Section.KEY_FIGURES, len(figures))
    last = ids(project, Section.COUNTERPARTS)[-1]
    assert neighbour_position(project, last, +1, ITEM_SECTIONS) == (Section.BACKGROUND, 0)
    first_figure = figures[0]
    assert neighbour_position(project, first_figure, -1, ITEM_SECTIONS) == (Section.KEY_MESSAGES, 0)
    assert neighbour_position(project, "nope", 1, ITEM_SECTIONS) is None


def test_sync_parks_dropped_items_and_restores_them(project):
    sync = BriefingSync()
    quotes = ids(project, Section.QUOTES)
    aid = quotes[2]
    EditItem(aid, {"text_override": "gekürzt"}).do(project)
    unchoose = EditAnnotations([aid], {"in_briefing": False})
    unchoose.do(project)
    sync.sync(project)
    assert aid not in ids(project, Section.QUOTES)
    unchoose.undo(project)
    sync.sync(project)
    assert ids(project, Section.QUOTES) == quotes
    s, i = find_item(project.briefing, aid)
    assert project.briefing.sections[s][i].text_override == "gekürzt"
