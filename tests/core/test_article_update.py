"""Updating an article to a newer version under its marks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app import ingest
from briefing_app.core.anchoring import AnchorStatus
from briefing_app.core.annotation import Kind
from briefing_app.core.article_update import is_orphaned, update_article
from briefing_app.core.commands import UpdateArticle
from briefing_app.core.project import Project
from briefing_app.pipeline import accept_all, sample_project
from briefing_app.resources import sample_article_path

INSERTED = (
    "Vorab: Die Eröffnung war von Protesten begleitet, über die unsere Redaktion gesondert berichtet.\n\n"
)


def newer_sample(tmp_path: Path) -> Path:
    """The sample with a paragraph inserted before the text and one number changed (4.300 -> 4.500)."""
    text = sample_article_path().read_text(encoding="utf-8")
    assert text.count("4.300 Projekte") == 1
    text = text.replace("Taicang/Berlin.", INSERTED + "Taicang/Berlin.", 1).replace("4.300 Projekte", "4.500 Projekte")
    path = tmp_path / "sample_v2.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def sample() -> Project:
    project = sample_project()
    accept_all(project)
    return project


def _changed_figure(project: Project) -> str:
    return next(a.id for a in project.annotations.values() if a.anchor.exact == "4.300 Projekte")


def test_update_moves_every_mark_and_orphans_the_changed_figure(sample: Project, tmp_path: Path) -> None:
    art = sample.articles[0]
    changed = _changed_figure(sample)
    before = {a.id: a.anchor.exact for a in sample.annotations.values()}
    summary = update_article(sample, art.id, ingest.import_file(newer_sample(tmp_path)))

    assert summary.marks[AnchorStatus.ORPHANED] == [changed]
    assert summary.marks[AnchorStatus.FUZZY] == []
    assert summary.counts()["moved"] == len(before) - 1
    assert summary.review == [changed]
    new = sample.article(art.id)
    assert INSERTED.strip() in new.text and new.id == art.id
    for ann in sample.annotations.values():
        if ann.id == changed:
            assert is_orphaned(ann) and ann.needs_review and ann.anchor.exact == "4.300 Projekte"
            assert ann.kind is Kind.FIGURE and ann.figure is not None and str(ann.figure.value) == "4300"
        else:  # the same words, further down
            assert new.text[ann.anchor.start : ann.anchor.end] == before[ann.id]
            assert not ann.needs_review
    assert len(sample.annotations) == len(before)  # nothing dropped


def test_a_figure_never_reanchors_onto_different_digits(tmp_path: Path) -> None:
    project = Project()
    art = project.add_article(ingest.import_text("Der Umsatz stieg auf 12,5 Millionen Euro im Jahr."))
    from briefing_app.core.anchoring import make_anchor
    from briefing_app.core.annotation import Annotation

    start = art.text.index("12,5")
    fig = project.add_annotation(
        Annotation(art.id, make_anchor(art.text, start, start + len("12,5 Millionen Euro")), Kind.FIGURE)
    )
    note = project.add_annotation(Annotation(art.id, make_anchor(art.text, 0, 10), Kind.NOTE))
    summary = update_article(project, art.id, ingest.import_text("Der Umsatz stieg auf 12,8 Millionen Euro im Jahr."))
    assert summary.marks[AnchorStatus.ORPHANED] == [fig.id]
    assert summary.marks[AnchorStatus.EXACT] == [note.id]


def test_update_is_one_undo_step(sample: Project, tmp_path: Path) -> None:
    art = sample.articles[0]
    old_text = art.text
    before = {a.id: (a.anchor, a.needs_review) for a in sample.annotations.values()}
    cmd = UpdateArticle(art.id, ingest.import_file(newer_sample(tmp_path)))
    cmd.do(sample)
    assert cmd.summary.counts()["orphaned"] == 1
    after = {a.id: a.anchor for a in sample.annotations.values()}
    cmd.undo(sample)
    assert sample.article(art.id).text == old_text
    assert {a.id: (a.anchor, a.needs_review) for a in sample.annotations.values()} == before
    cmd.do(sample)  # redo
    assert {a.id: a.anchor for a in sample.annotations.values()} == after


def test_cli_update_prints_the_summary(sample: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing_app.cli import main
    from briefing_app.storage import load_project, save_project

    project_file = tmp_path / "p.briefing"
    save_project(sample, project_file)
    art_id = sample.articles[0].id
    assert main(["import", str(newer_sample(tmp_path)), "-o", str(project_file), "--update", art_id]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts == {"exact": 0, "moved": len(sample.annotations) - 1, "fuzzy": 0, "orphaned": 1}
    loaded = load_project(project_file)
    assert INSERTED.strip() in loaded.article(art_id).text
    assert sum(1 for a in loaded.annotations.values() if a.needs_review) == 1
    assert main(["import", str(newer_sample(tmp_path)), "-o", str(project_file), "--update", "nope"]) == 2
    assert "No article with id nope" in capsys.readouterr().err
