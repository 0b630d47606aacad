"""Section takeaways ("action titles"): one sentence per section, set by an undoable command, kept in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.briefing import MAX_TAKEAWAY_CHARS, Briefing, Section
from briefing_app.core.briefing_commands import SetTakeaway
from briefing_app.core.project import Project
from briefing_app.storage import load_project, save_project

TAKEAWAY = "Die Investition ist real, aber die Euro-Zahl der Presse ist um den Faktor zehn falsch"


def test_set_change_clear_and_undo() -> None:
    project = Project()
    first = SetTakeaway(Section.KEY_FIGURES, f"  {TAKEAWAY}\n")
    first.do(project)
    assert project.briefing.takeaway(Section.KEY_FIGURES) == TAKEAWAY  # one line, no stray spaces
    assert project.briefing.takeaway(Section.QUOTES) == ""
    change = SetTakeaway(Section.KEY_FIGURES, "Die Zahl stimmt nicht")
    change.do(project)
    clear = SetTakeaway(Section.KEY_FIGURES, "  ")
    clear.do(project)
    assert Section.KEY_FIGURES not in project.briefing.takeaways
    clear.undo(project)
    assert project.briefing.takeaway(Section.KEY_FIGURES) == "Die Zahl stimmt nicht"
    change.undo(project)
    assert project.briefing.takeaway(Section.KEY_FIGURES) == TAKEAWAY
    first.undo(project)
    assert project.briefing.takeaways == {}


def test_an_overlong_takeaway_is_refused() -> None:
    with pytest.raises(ValueError, match="at most"):
        SetTakeaway(Section.QUOTES, "x" * (MAX_TAKEAWAY_CHARS + 1))


def test_takeaways_survive_saving_and_opening(tmp_path: Path) -> None:
    project = Project()
    SetTakeaway(Section.QUOTES, TAKEAWAY).do(project)
    path = tmp_path / "Reise.briefing"
    save_project(project, path)
    assert load_project(path).briefing.takeaways == {Section.QUOTES: TAKEAWAY}
    assert Briefing.from_dict({}).takeaways == {}  # files from before takeaways open as before
