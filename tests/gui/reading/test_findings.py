"""Figure checks follow the project: after opening, and whenever an article's text changes."""

from __future__ import annotations

import copy

from PySide6.QtCore import QMimeData, QUrl

from briefing_app.core.commands import RemoveArticle
from briefing_app.storage import save_project

from ..workspace.test_import import PASTED


def counting(monkeypatch):
    import briefing_app.gui.workspace.importer as importer

    calls = []
    real = importer.article_findings

    def count(article):
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(importer, "article_findings", count)
    return calls


def test_findings_are_computed_once_at_start(make_window, sample_project_cached, qtbot, monkeypatch):
    calls = counting(monkeypatch)
    win = make_window(copy.deepcopy(sample_project_cached))
    aid = win.ws.current_article_id
    qtbot.waitUntil(lambda: aid in win.ws.findings, timeout=10000)
    win.tasks.wait(10000)
    assert win.ws.findings[aid] and calls == [aid]


def test_findings_after_open_and_drop(make_window, sample_project_cached, qtbot, tmp_path, dialogs):
    path = tmp_path / "saved.briefing"
    save_project(copy.deepcopy(sample_project_cached), path)
    win = make_window()
    assert win.docs.open(path)
    aid = win.ws.current_article_id
    qtbot.waitUntil(lambda: aid in win.ws.findings, timeout=10000)
    assert win.ws.findings[aid] and win.ws.counts()["findings"] == len(win.ws.findings[aid])

    other = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert other.importer.drop(mime)
    qtbot.waitUntil(lambda: aid in other.ws.findings, timeout=10000)
    assert other.ws.findings[aid]


def test_findings_of_a_removed_article_go_and_come_back_with_undo(sample_window, qtbot):
    win = sample_window
    aid = win.ws.current_article_id
    assert win.ws.counts()["findings"] >= 1
    win.ws.push(RemoveArticle(aid), "Remove article")
    assert win.ws.counts()["findings"] == 0
    win.ws.undo_stack.undo()
    qtbot.waitUntil(lambda: aid in win.ws.findings, timeout=10000)
    assert win.ws.counts()["findings"] >= 1


def test_findings_follow_a_changed_text(make_window, qtbot):
    win = make_window()
    win.importer.paste(PASTED.replace("rund 3 Milliarden Euro", "20 Milliarden Yuan (256 Millionen Euro)"))
    qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
    aid = win.ws.current_article_id
    qtbot.waitUntil(lambda: aid in win.ws.findings, timeout=10000)
    old_text = win.ws.project.articles[0].text
    assert win.ws.findings[aid], "the conversion is checked"

    items = [win.removed.tree.topLevelItem(i) for i in range(win.removed.tree.topLevelItemCount())]
    next(it for it in items if "Twittern" in it.text(0)).setSelected(True)
    win.removed.restore_selected()  # text is inserted before the figures: every offset moves
    new_text = win.ws.project.articles[0].text
    assert new_text != old_text
    assert aid not in win.ws.findings or win.ws._findings_hash[aid] == win.ws.project.articles[0].text_hash
    qtbot.waitUntil(lambda: aid in win.ws.findings, timeout=10000)
    shift = new_text.index("20 Milliarden Yuan") - old_text.index("20 Milliarden Yuan")
    assert shift > 0
    starts = sorted(s for f in win.ws.findings[aid] for s, _e in f.spans)
    assert any("Yuan" in new_text[s:e] for f in win.ws.findings[aid] for s, e in f.spans), "spans point into the current text"
    win.ws.undo_stack.undo()
    qtbot.waitUntil(lambda: aid in win.ws.findings and win.ws._findings_hash[aid] == win.ws.project.articles[0].text_hash,
                    timeout=10000)
    assert sorted(s for f in win.ws.findings[aid] for s, _e in f.spans) == [s - shift for s in starts]
