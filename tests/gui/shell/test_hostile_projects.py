"""Every crafted or damaged project opened in the real window: a dialog, never a crash."""

from __future__ import annotations

import copy

import pytest

from briefing_app.gui.shell.actions import MainAction
from tests.storage.crafted_projects import CRAFTED, OPENS_WITH_WARNING, crafted_project


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_file_open_on_a_crafted_project_shows_one_dialog(kind, make_window, dialogs, tmp_path, sample_project_cached, qtbot):
    path = crafted_project(kind, tmp_path, copy.deepcopy(sample_project_cached))
    win = make_window(None)
    dialogs.open_paths.append(str(path))
    win.main_actions[MainAction.OPEN].trigger()
    if kind in OPENS_WITH_WARNING:
        assert not dialogs.errors
        assert win.windowTitle().startswith(path.name)
        assert dialogs.asked == ["info"]  # what was placed again is said, not hidden
        qtbot.wait(50)  # the views draw the repaired marks
    else:
        assert len(dialogs.errors) == 1
        _title, text = dialogs.errors[0]
        assert path.name in text and "Traceback" not in text
        assert not win.windowTitle().startswith(path.name)


def test_file_open_shows_a_dialog_even_for_an_unexpected_failure(make_window, dialogs, tmp_path, monkeypatch):
    from briefing_app.gui.workspace import documents

    def broken(path):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(documents, "load_project", broken)
    (tmp_path / "p.briefing").write_bytes(b"x")
    win = make_window(None)
    dialogs.open_paths.append(str(tmp_path / "p.briefing"))
    win.main_actions[MainAction.OPEN].trigger()
    assert len(dialogs.errors) == 1 and "p.briefing" in dialogs.errors[0][1]


def test_save_as_under_a_name_whose_bytes_are_not_utf8(sample_window, dialogs, tmp_path):
    import os

    from briefing_app.storage import load_project

    win = sample_window
    dialogs.save_paths.append(str(tmp_path / "caf\udce9"))  # a Latin-1 name as Python sees it
    assert win.docs.save_as()
    assert not dialogs.errors
    saved = tmp_path / "caf\udce9.briefing"
    assert os.fsencode(saved.name) in os.listdir(os.fsencode(tmp_path))
    assert load_project(saved).articles[0].text == win.ws.project.articles[0].text
    assert win.docs.save()  # and again under the remembered path
    assert not dialogs.errors


def test_a_failing_save_always_says_so(sample_window, dialogs, tmp_path, monkeypatch):
    from briefing_app.gui.workspace import documents

    def broken(project, path):
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(documents, "save_project", broken)
    dialogs.save_paths.append(str(tmp_path / "x.briefing"))
    assert not sample_window.docs.save_as()
    assert len(dialogs.errors) == 1 and "x.briefing" in dialogs.errors[0][1]
