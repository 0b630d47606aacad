"""Getting articles in: paste with clean-up, import from the menu, errors, removed lines."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from briefing_app.gui.shell.actions import MainAction

PASTED = """Startseite > Politik > Ausland
Teilen   Twittern   Mailen   Link kopieren
Delegationsreise: Mittelstand sucht Partner in Jiangsu
Wirtschaftskurier | 02.03.2026

Nanjing. Eine Delegation von 40 Unternehmen reist im April nach Jiangsu. Die Provinz habe ihre Förderprogramme ausgeweitet, sagte ein Sprecher der Handelskammer. Das Investitionsvolumen liegt bei rund 3 Milliarden Euro.

Die Teilnehmer erhoffen sich vor allem Kontakte zu Zulieferern. Anmeldungen sind bis Ende Februar möglich.

1   2   3   >
DruckenSendenMerkenFeedback
"""


def test_paste_cleans_boilerplate_and_analyses(make_window, qtbot):
    win = make_window()
    QGuiApplication.clipboard().setText(PASTED)
    win.main_actions[MainAction.PASTE_ARTICLE].trigger()
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    art = win.ws.project.articles[0]
    assert "Eine Delegation von 40 Unternehmen" in art.text
    assert "Twittern" not in art.text and "Startseite >" not in art.text
    assert any("Twittern" in r.text for r in art.removed)
    assert win.ws.current_article_id == art.id
    assert win.article_view.text.toPlainText().startswith(art.text[:20])
    assert win.removed.tree.topLevelItemCount() == len(art.removed)
    assert any(a.article_id == art.id for a in win.ws.project.annotations.values()), "suggestions came with it"
    win.ws.undo_stack.undo()  # an import is undoable like any edit
    assert not win.ws.project.articles


def test_restore_a_removed_line(make_window, qtbot):
    win = make_window()
    win.importer.paste(PASTED)
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    art = win.ws.project.articles[0]
    items = [win.removed.tree.topLevelItem(i) for i in range(win.removed.tree.topLevelItemCount())]
    share = next(it for it in items if "Twittern" in it.text(0))
    share.setSelected(True)
    win.removed.restore_selected()
    restored = win.ws.project.articles[0]
    assert "Twittern" in restored.text and len(restored.removed) == len(art.removed) - 1
    for ann in win.ws.project.annotations_for(restored.id, states=None):
        assert restored.text[ann.anchor.start:ann.anchor.end] == ann.anchor.exact
    win.ws.undo_stack.undo()
    assert win.ws.project.articles[0].text == art.text


def test_import_from_menu_and_error_dialog(make_window, qtbot, dialogs, sample_path, tmp_path):
    win = make_window()
    broken = tmp_path / "empty.txt"
    broken.write_bytes(b"")
    dialogs.import_paths.append([str(broken)])
    win.main_actions[MainAction.IMPORT].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=15000)
    _title, text = dialogs.errors[0]
    assert "empty.txt" in text and "Traceback" not in text
    dialogs.import_paths.append([str(sample_path)])
    win.main_actions[MainAction.IMPORT].trigger()
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    assert win.ws.current_article_id in win.ws.findings


def test_append_page(make_window, qtbot, tmp_path):
    win = make_window()
    win.importer.paste(PASTED)
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    page = tmp_path / "seite2.txt"
    page.write_text("Die zweite Seite nennt weitere 12 Unternehmen aus Bayern.\n", encoding="utf-8")
    before = win.ws.project.articles[0].text
    win.importer.append_page(page)
    qtbot.waitUntil(lambda: "zweite Seite" in win.ws.project.articles[0].text, timeout=15000)
    assert win.ws.project.articles[0].text.startswith(before.rstrip())
    assert "zweite Seite" in win.article_view.text.toPlainText()


def test_analyse_again_keeps_decisions_and_is_undoable(sample_window, qtbot):
    from briefing_app.core.annotation import Kind, State

    win = sample_window
    aid = win.ws.current_article_id
    win.suggestions.accept_all(Kind.QUOTE)
    before = {a.id: a.state for a in win.ws.project.annotations.values()}
    index = win.ws.undo_stack.index()
    win.main_actions[MainAction.ANALYSE].trigger()
    qtbot.waitUntil(lambda: win.ws.undo_stack.index() == index + 1, timeout=15000)
    accepted = {i for i, s in before.items() if s is State.ACCEPTED}
    assert accepted <= set(win.ws.project.annotations)  # decisions survive re-analysis
    pending_after = len(win.ws.project.annotations_for(aid, states=(State.SUGGESTED,)))
    win.ws.undo_stack.undo()
    assert {a.id: a.state for a in win.ws.project.annotations.values()} == before
    win.ws.undo_stack.redo()
    assert len(win.ws.project.annotations_for(aid, states=(State.SUGGESTED,))) == pending_after
