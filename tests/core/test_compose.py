"""Composing the briefing (core/compose): refresh, moves with undo, derived sources."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.core.annotation import Kind, State
from briefing_app.core.article import Article
from briefing_app.core.briefing import BriefingItem, Section
from briefing_app.core.compose import (
    derive_sources,
    find_item,
    move_item,
    refresh_briefing,
    undo_move,
)
from briefing_app.core.errors import BriefingError
from tests.export.conftest import add, make_project


def _ids(project, section):
    return [i.annotation_id for i in project.briefing.items(section)]


def test_chosen_annotations_land_in_their_default_sections():
    p = make_project()
    kinds = {s: {p.annotations[i].kind for i in _ids(p, s)} for s in p.briefing.sections if _ids(p, s)}
    assert kinds == {
        Section.QUOTES: {Kind.QUOTE},
        Section.KEY_FIGURES: {Kind.FIGURE},
        Section.COUNTERPARTS: {Kind.PERSON},
        Section.KEY_MESSAGES: {Kind.KEY_POINT},
    }
    # in text order within a section
    starts = [p.annotations[i].anchor.start for i in _ids(p, Section.QUOTES)]
    assert starts == sorted(starts)


def test_refresh_keeps_order_and_edits_drops_gone_and_adds_new():
    p = make_project()
    quotes = _ids(p, Section.QUOTES)
    p.briefing.sections[Section.QUOTES].reverse()  # the user's own order
    p.briefing.items(Section.QUOTES)[0].text_override = "gekürzt"
    gone = quotes[1]
    p.remove_annotation(gone)
    unchosen = quotes[0]
    p.annotations[unchosen].in_briefing = False
    art = p.articles[0]
    new = add(p, art, "Taicang (太仓)", Kind.NOTE)
    rejected = add(p, art, "nahe Shanghai", Kind.NOTE)
    rejected.state = State.REJECTED

    change = refresh_briefing(p)
    assert _ids(p, Section.QUOTES) == [quotes[2]]
    assert p.briefing.items(Section.QUOTES)[0].text_override == "gekürzt"
    assert _ids(p, Section.BACKGROUND) == [new.id]
    assert {pl.item.annotation_id for pl in change.removed} == {gone, unchosen}
    assert [pl.item.annotation_id for pl in change.added] == [new.id]


def test_refresh_twice_changes_nothing():
    p = make_project()
    assert not refresh_briefing(p).changed


def test_move_and_undo():
    p = make_project()
    fig = _ids(p, Section.KEY_FIGURES)[1]
    move = move_item(p.briefing, fig, Section.KEY_MESSAGES, 0)
    assert _ids(p, Section.KEY_MESSAGES)[0] == fig
    assert fig not in _ids(p, Section.KEY_FIGURES)
    assert not refresh_briefing(p).changed  # a moved item stays where the user put it
    undo_move(p.briefing, move)
    assert _ids(p, Section.KEY_FIGURES)[1] == fig
    assert find_item(p.briefing, fig) == (Section.KEY_FIGURES, 1)


def test_moving_into_sources_or_a_missing_item_is_refused():
    p = make_project()
    with pytest.raises(BriefingError):
        move_item(p.briefing, _ids(p, Section.QUOTES)[0], Section.SOURCES)
    with pytest.raises(BriefingError):
        move_item(p.briefing, "nope", Section.QUOTES)


def test_sources_are_derived_from_the_articles_in_order_of_use():
    p = make_project()
    second = p.add_article(Article(text="Ein zweiter Artikel über Suzhou und Kunshan.", outlet="Handelsblatt Asia", published=date(2026, 9, 1), url="https://example.org/2"))
    add(p, second, "Suzhou", Kind.KEY_POINT)
    p.briefing.items(Section.KEY_MESSAGES).insert(0, BriefingItem(annotation_id="dangling"))
    refresh_briefing(p)
    sources = derive_sources(p)
    assert [s.outlet for s in sources] == ["Wirtschaftskurier", "Handelsblatt Asia"]
    assert [s.number for s in sources] == [1, 2]
    assert sources[0].url == "https://example.org/wirtschaft/taicang"
    assert sources[0].published == date(2026, 10, 14)
    assert len(sources[0].annotation_ids) == 9 and len(sources[1].annotation_ids) == 1
