"""The desk officer's hour, end to end, through the real window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from briefing_app.core.annotation import Kind, State
from briefing_app.gui.shell.actions import MainAction

from .helpers import marks_at, select_text


def drop_files(win, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = win.rect().center()
    # Qt delivers a drop only to the widget that accepted the drag's entry.
    enter = QDragEnterEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, drop)
    assert drop.isAccepted()


def snapshot(project):
    return {a.id: a.to_dict() for a in project.annotations.values()}


def test_drop_accept_mark_edit_undo_redo_save_reopen(make_window, qtbot, sample_path, tmp_path, dialogs):
    win = make_window()
    drop_files(win, [sample_path])
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    assert win.ws.current_article_id == win.ws.project.articles[0].id
    assert "Taicang" in win.article_view.text.toPlainText()

    quotes = [a for a in win.ws.project.annotations.values() if a.kind is Kind.QUOTE and a.state is State.SUGGESTED]
    assert quotes, "the sample offers quote suggestions"
    assert win.suggestions.accept_all(Kind.QUOTE) == len(quotes)
    assert all(a.state is State.ACCEPTED and a.in_briefing for a in quotes)

    start, end = select_text(win, "250 Hektar")
    qtbot.keyClick(win.article_view.text, Qt.Key.Key_F)
    [fig] = [a for a in marks_at(win, start, end, Kind.FIGURE) if a.state is State.ACCEPTED]
    assert fig.state is State.ACCEPTED and win.ws.current_annotation_id == fig.id
    assert fig.figure.value == 250

    editor = win.inspector.editor
    assert editor.figure_box.isVisibleTo(win)
    editor.label.setText("Erschlossene Gewerbefläche")
    editor.label.editingFinished.emit()
    assert fig.figure.label == "Erschlossene Gewerbefläche"

    stack = win.ws.undo_stack
    stack.undo()  # label edit
    assert fig.figure.label != "Erschlossene Gewerbefläche"
    stack.undo()  # the figure mark
    assert fig.state is not State.ACCEPTED or fig.id not in win.ws.project.annotations
    stack.redo()  # the mark is back, its label edit is not
    assert fig.id in win.ws.project.annotations and fig.state is State.ACCEPTED
    assert win.isWindowModified() and win.windowTitle().startswith("Untitled")

    target = tmp_path / "delegation.briefing"
    dialogs.save_paths.append(str(target))
    win.main_actions[MainAction.SAVE].trigger()
    assert target.exists() and not win.isWindowModified()
    assert win.windowTitle().startswith("delegation.briefing")
    before = snapshot(win.ws.project)

    win.ws.set_project(type(win.ws.project)())  # forget everything in memory
    assert win.docs.open(target)
    after = snapshot(win.ws.project)
    assert after == before
    assert win.ws.project.annotations[fig.id].figure.value == 250
    assert str(target.resolve()) in win.settings.recent_files()


def test_findings_list_factor_ten_and_apply(sample_window, qtbot):
    win = sample_window
    findings = win.ws.findings[win.ws.current_article_id]
    text = win.ws.current_article().text
    scale = [f for f in findings if any("16 Milliarden Euro" in text[s:e] for s, e in f.spans)]
    assert scale, [f.code for f in findings]
    panel = win.findings
    rows = [panel.model.finding(r) for r in range(panel.model.rowCount())]
    assert scale[0] in rows
    panel.list.setCurrentIndex(panel.model.index(rows.index(scale[0])))
    assert panel.apply_button.isEnabled()
    from briefing_app.core.corrections import corrected_value

    corrected = corrected_value(scale[0])[0]
    assert abs(corrected - scale[0].suggestion["value"]) / corrected < 0.001  # rounded to 4 digits
    assert panel.apply_current()
    figs = [a for a in win.ws.project.annotations.values()
            if a.kind is Kind.FIGURE and a.figure.value == corrected and a.state is State.ACCEPTED]
    assert figs and "16 Milliarden" in figs[0].text
    assert win.ws.current_article().text == text  # the article stays as published
    assert not panel.apply_button.isEnabled()
    win.ws.undo_stack.undo()
    assert all(a.figure.value != corrected for a in win.ws.project.annotations.values() if a.kind is Kind.FIGURE)
