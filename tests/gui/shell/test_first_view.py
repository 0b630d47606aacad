"""What the window shows right after a project is loaded."""

from __future__ import annotations

from briefing_app.core.annotation import Kind, State


def test_suggestion_count_and_figure_nouns_are_right_after_loading(sample_window) -> None:
    win = sample_window
    pending = sum(1 for a in win.ws.project.annotations.values() if a.state is State.SUGGESTED)
    assert pending > 10
    assert str(pending) in win.suggestions.evidence.text()
    # a count is shown with the article's own noun, not the normalised unit key
    model = win.model
    details = [model.index(r, 2).data() for r in range(model.rowCount())]
    firms = next(a for a in win.ws.project.annotations.values()
                 if a.kind is Kind.FIGURE and a.anchor.exact == "68 deutsche Firmen")
    assert firms.figure.unit == "companies"
    assert any(d and "68" in d and "deutsche Firmen" in d for d in details)
    assert not any(d and "68 companies" in d for d in details)
