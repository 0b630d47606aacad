"""File › Update Article: a newer version under the marks, one undo step, a review list."""

from __future__ import annotations

from briefing_app.core.article_update import is_orphaned
from briefing_app.gui.shell.actions import MainAction
from briefing_app.pipeline import accept_all
from tests.core.test_article_update import INSERTED, newer_sample

from ..helpers import select_text


def _updated_window(sample_window, dialogs, tmp_path, qtbot):
    win = sample_window
    accept_all(win.ws.project)
    win.ws.set_project(win.ws.project)
    dialogs.update_paths.append(str(newer_sample(tmp_path)))
    win.main_actions[MainAction.UPDATE_ARTICLE_FILE].trigger()
    qtbot.waitUntil(lambda: win.mark_review is not None and win.mark_review.isVisible(), timeout=15000)
    return win


def test_update_from_file_moves_marks_and_lists_the_orphaned_figure(sample_window, dialogs, tmp_path, qtbot):
    before = {a.id: a.anchor.exact for a in sample_window.ws.project.annotations.values()}
    old_text = sample_window.ws.current_article().text
    win = _updated_window(sample_window, dialogs, tmp_path, qtbot)
    assert INSERTED.strip() in win.ws.current_article().text
    assert win.article_view.text.toPlainText().startswith(INSERTED.strip())
    review = win.mark_review
    [orphan_id] = review.ids()
    orphan = win.ws.project.annotations[orphan_id]
    assert orphan.anchor.exact == "4.300 Projekte" and is_orphaned(orphan)
    assert "4.300 Projekte" in review.list.item(0).text()
    assert set(win.ws.project.annotations) == set(before)  # nothing dropped

    win.ws.undo_stack.undo()  # the whole update is one step
    assert win.ws.current_article().text == old_text
    assert {a.id: a.anchor.exact for a in win.ws.project.annotations.values()} == before
    assert not any(a.needs_review for a in win.ws.project.annotations.values())


def test_review_reattach_keep_and_delete(sample_window, dialogs, tmp_path, qtbot):
    win = _updated_window(sample_window, dialogs, tmp_path, qtbot)
    review = win.mark_review
    orphan_id = review.current_id()
    review.reattach()  # nothing selected yet: said, not done
    assert review.message.text() and orphan_id in review.ids()
    start, end = select_text(win, "4.500 Projekte")
    review.reattach_button.click()
    ann = win.ws.project.annotations[orphan_id]
    assert (ann.anchor.start, ann.anchor.end, ann.anchor.exact) == (start, end, "4.500 Projekte")
    assert not ann.needs_review and not review.isVisible()
    win.ws.undo_stack.undo()
    assert is_orphaned(win.ws.project.annotations[orphan_id])

    win.review_marks(win.ws.current_article_id, [orphan_id])
    win.mark_review.keep_button.click()
    assert orphan_id in win.ws.project.annotations and not win.ws.project.annotations[orphan_id].needs_review
    win.ws.undo_stack.undo()
    win.review_marks(win.ws.current_article_id, [orphan_id])
    win.mark_review.delete_button.click()
    assert orphan_id not in win.ws.project.annotations


def test_update_from_paste_and_a_bad_file_says_so(sample_window, dialogs, tmp_path, qtbot):
    win = sample_window
    text = win.ws.current_article().text + "\n\nEin Nachtrag der Redaktion."
    win.importer.update_from_paste(text)
    qtbot.waitUntil(lambda: "Nachtrag der Redaktion" in win.ws.current_article().text, timeout=15000)
    assert win.mark_review is None  # every mark landed exactly: nothing to review
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    dialogs.update_paths.append(str(empty))
    win.main_actions[MainAction.UPDATE_ARTICLE_FILE].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=15000)
    assert "empty" in dialogs.errors[0][1]
