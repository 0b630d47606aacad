"""An open figure-check finding shows where the mark is decided on, and every count follows.

The sample article converts "1,2 Billionen Yuan" into "16 Milliarden Euro" (ten times
too little): that suggestion must come first with a warning, never look confident, carry
the message and an Apply Correction button in the inspector, and be underlined apart from
the marks in the reading view.  Applying or dismissing settles it everywhere at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit

from briefing_app.core.annotation import Kind
from briefing_app.gui.marks.annotation_model import COL_CONFIDENCE, COL_DETAIL
from briefing_app.gui.marks.roles import ATTENTION_ROLE, ID_ROLE
from briefing_app.gui.reading.kinds import FINDING_UNDERLINE
from briefing_app.storage import load_project


def _flagged_figure(win):
    aid = win.ws.current_article_id
    ann = next(a for a in win.ws.project.annotations_for(aid, states=None)
               if a.kind is Kind.FIGURE and a.text == "16 Milliarden Euro")
    assert win.ws.attention(ann.id), "the wrong conversion is touched by an open finding"
    return ann


def _finding_underlines(win):
    return [s for s in win.article_view.text.extraSelections()
            if s.format.underlineStyle() == FINDING_UNDERLINE]


def test_the_wrong_conversion_is_flagged_first_in_the_suggestions(sample_window):
    win = sample_window
    ann = _flagged_figure(win)
    proxy = win.suggestions.proxy
    first = proxy.index(0, 0)
    assert first.data(ATTENTION_ROLE), "a flagged suggestion sorts before the others"
    flagged_ids = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ATTENTION_ROLE)]
    assert ann.id in flagged_ids
    row = proxy.row_of(ann.id)
    assert proxy.index(row, COL_CONFIDENCE).data() == "low ⚠", "no high confidence for a figure with an open error"
    assert "scale" in proxy.index(row, COL_DETAIL).data().lower()
    assert proxy.index(row, COL_DETAIL).data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    win.ws.select_annotation(ann.id)
    assert "⚠" in win.suggestions.evidence.text()


def test_inspector_warns_and_applies_the_correction_updating_every_count(sample_window, qtbot):
    win = sample_window
    ann = _flagged_figure(win)
    before = win.ws.counts()["findings"]
    old_value = ann.figure.value
    assert str(before) in win.counts.text()
    win.ws.select_annotation(ann.id)
    notice = win.inspector.editor.notice
    assert notice.isVisible()
    assert "16 Milliarden Euro" in notice.message.text()
    assert f"{ann.confidence:.0%}" not in win.inspector.editor.origin.text(), "no high confidence beside the warning"
    assert notice.apply_button.isVisible()
    assert _finding_underlines(win), "the reading view underlines the open finding"

    qtbot.mouseClick(notice.apply_button, Qt.MouseButton.LeftButton)

    fixed = win.ws.project.annotations[ann.id]
    assert fixed.figure.value > old_value  # 16 bn was ten times too little
    assert win.ws.counts()["findings"] < before
    assert str(win.ws.counts()["findings"]) + " " in win.counts.text() or win.ws.counts()["findings"] == 0
    assert not notice.isVisible()
    assert not win.ws.attention(ann.id)
    assert win.findings.model.is_applied(win.findings.model.finding(0)) or any(
        win.findings.model.is_applied(win.findings.model.finding(r)) for r in range(win.findings.model.rowCount()))

    win.ws.undo_stack.undo()
    assert win.ws.counts()["findings"] == before
    assert win.ws.attention(ann.id)


def test_dismissing_is_undoable_and_saved(sample_window, qtbot, tmp_path, dialogs):
    win = sample_window
    ann = _flagged_figure(win)
    before = win.ws.counts()["findings"]
    shown_before = len(_finding_underlines(win))
    win.ws.select_annotation(ann.id)
    notice = win.inspector.editor.notice
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert win.ws.counts()["findings"] == before - 1
    assert not win.ws.attention(ann.id)
    assert not notice.isVisible()
    assert f"{ann.confidence:.0%}" in win.inspector.editor.origin.text(), "checked: the confidence shows again"
    assert len(_finding_underlines(win)) < shown_before
    proxy = win.suggestions.proxy
    assert not proxy.index(proxy.row_of(ann.id), 0).data(ATTENTION_ROLE)
    assert proxy.index(proxy.row_of(ann.id), COL_CONFIDENCE).data().endswith("%")

    dialogs.save_paths.append(str(tmp_path / "dismissed.briefing"))
    assert win.docs.save()
    assert load_project(tmp_path / "dismissed.briefing").dismissed_findings

    win.ws.undo_stack.undo()
    assert win.ws.counts()["findings"] == before
    assert notice.isVisible()


def test_findings_panel_dismiss_and_reopen(sample_window):
    win = sample_window
    panel = win.findings
    before = win.ws.counts()["findings"]
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.dismiss_or_restore_current()
    assert win.ws.counts()["findings"] == before - 1
    assert panel.dismiss_button.text() == "Reopen"
    panel.dismiss_or_restore_current()
    assert win.ws.counts()["findings"] == before
    assert isinstance(win.article_view.text, QTextEdit)
