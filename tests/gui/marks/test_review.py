"""Reviewing suggestions by keyboard, and filtering the marks list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core.annotation import Kind, State
from briefing_app.gui.marks.roles import SEARCH_ROLE


def pending(win):
    return list(win.ws.project.annotations_for(win.ws.current_article_id, states=(State.SUGGESTED,)))


def test_suggestion_keys_enter_del_j_k(sample_window, qtbot):
    win = sample_window
    panel = win.suggestions
    lst = panel.list
    win.docks["suggestions"].raise_()
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    n = len(pending(win))
    assert n >= 3 and panel.proxy.rowCount() == n

    lst.setCurrentIndex(panel.proxy.index(0, 1))
    first = lst.current_id()
    assert win.ws.current_annotation_id == first
    qtbot.keyClick(lst, Qt.Key.Key_J)
    assert lst.currentIndex().row() == 1 and win.ws.current_annotation_id == lst.current_id() != first
    qtbot.keyClick(lst, Qt.Key.Key_K)
    assert lst.current_id() == first

    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert win.ws.project.annotations[first].state is State.ACCEPTED
    assert len(pending(win)) == n - 1
    nxt = lst.current_id()
    assert nxt and nxt != first  # moved on to the next suggestion

    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert win.ws.project.annotations[nxt].state is State.REJECTED
    assert len(pending(win)) == n - 2
    # the rejected one is remembered, and neither drawn nor listed
    drawn = {s.cursor.selectionStart() for s in win.article_view.text.extraSelections()}
    assert all(a.state is not State.REJECTED for a in win.article_view._marks)
    assert drawn

    win.ws.undo_stack.undo()
    win.ws.undo_stack.undo()
    assert len(pending(win)) == n


def test_evidence_shows_cue_and_confidence(sample_window):
    win = sample_window
    sugg = pending(win)[0]
    win.ws.select_annotation(sugg.id)
    text = win.suggestions.evidence.text()
    assert f"{sugg.confidence:.0%}" in text
    if sugg.cue:
        assert sugg.cue in text


def test_filters_kind_tag_in_briefing_review_search(sample_window, qtbot):
    win = sample_window
    win.suggestions.accept_all(Kind.FIGURE)
    win.suggestions.accept_all(Kind.QUOTE)
    inspector = win.inspector
    proxy, filters = inspector.proxy, inspector.filters
    accepted = [a for a in win.ws.project.annotations.values() if a.state is State.ACCEPTED]
    assert proxy.rowCount() == len(accepted)

    filters.kind.setCurrentIndex(filters.kind.findData(Kind.FIGURE.value))
    figs = [a for a in accepted if a.kind is Kind.FIGURE]
    assert proxy.rowCount() == len(figs) > 0
    filters.kind.setCurrentIndex(0)

    tagged = figs[0]
    win.ws.select_annotation(tagged.id)
    inspector.editor.tags.setText("Investitionen, Risiko")
    inspector.editor.tags.editingFinished.emit()
    assert tagged.tags == ["Investitionen", "Risiko"]
    qtbot.keyClicks(filters.tag, "risiko")
    assert proxy.rowCount() == 1 and proxy.id_at(0) == tagged.id
    filters.tag.clear()

    win.ws.select_annotation(figs[-1].id)
    inspector.editor.in_briefing.setChecked(False)
    filters.in_briefing.setChecked(True)
    assert proxy.rowCount() == len(accepted) - 1
    filters.in_briefing.setChecked(False)

    filters.needs_review.setChecked(True)
    assert proxy.rowCount() == 0
    filters.needs_review.setChecked(False)

    word = max(figs[0].text.split(), key=len)
    qtbot.keyClicks(filters.search, word)
    assert 0 < proxy.rowCount() < len(accepted)
    for row in range(proxy.rowCount()):
        assert word.casefold() in proxy.index(row, 0).data(SEARCH_ROLE)
    filters.search.clear()
    assert proxy.rowCount() == len(accepted)


def test_status_bar_counts(sample_window):
    win = sample_window
    text = win.counts.text()
    c = win.ws.counts()
    assert c["articles"] == 1 and c["suggestions"] > 0 and c["findings"] > 0
    assert str(c["suggestions"]) in text and "article" in text


def test_in_briefing_checkbox_in_the_list_is_undoable(sample_window):
    from PySide6.QtCore import Qt

    win = sample_window
    win.suggestions.accept_all(Kind.QUOTE)
    model = win.model
    row = next(r for r in range(model.rowCount()) if model.annotation(r).state is State.ACCEPTED)
    ann = model.annotation(row)
    idx = model.index(row, 0)
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not ann.in_briefing
    win.ws.undo_stack.undo()
    assert ann.in_briefing


def _visible(win, ann) -> bool:
    view = win.article_view
    cur = view._cursor(ann.anchor.start, ann.anchor.start)
    rect = view.text.cursorRect(cur)
    return view.text.viewport().rect().intersects(rect)


def test_each_decision_brings_the_next_suggestion_into_view_with_its_sentence(sample_window, qtbot):
    win = sample_window
    win.resize(900, 420)  # the article no longer fits: review has to scroll
    panel = win.suggestions
    lst = panel.list
    win.docks["suggestions"].raise_()
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    lst.setCurrentIndex(panel.proxy.index(0, 1))
    seen_scroll = set()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Delete, Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_Return, Qt.Key.Key_K):
        win.article_view.select_range(0, 5)  # a stray selection in the text must not stop the review
        qtbot.keyClick(lst, key)
        ann = win.ws.current_annotation()
        assert ann is not None and ann.state is State.SUGGESTED
        assert _visible(win, ann), key
        sentence = win.article_view.sentence()
        assert sentence is not None and sentence[0] <= ann.anchor.start and ann.anchor.end <= sentence[1]
        seen_scroll.add(win.article_view.text.verticalScrollBar().value())
    assert len(seen_scroll) > 1, "the view scrolled to follow the review"


def test_accept_all_of_a_kind_is_one_undo_step(sample_window):
    win = sample_window
    figures = [a for a in pending(win) if a.kind is Kind.FIGURE]
    steps = win.ws.undo_stack.count()
    assert win.suggestions.accept_all(Kind.FIGURE) == len(figures)
    assert win.ws.undo_stack.count() == steps + 1
    assert all(win.ws.project.annotations[a.id].state is State.ACCEPTED for a in figures)
    win.ws.undo_stack.undo()
    assert all(win.ws.project.annotations[a.id].state is State.SUGGESTED for a in figures)
