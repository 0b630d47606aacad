"""The command line on crafted projects and odd file names: one sentence, exit 2, no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.cli import main
from tests.storage.crafted_projects import CRAFTED, OPENS_WITH_WARNING, crafted_project
from tests.storage.test_project_file import make_project


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_info_on_every_crafted_project(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = crafted_project(kind, tmp_path, make_project())
    code = main(["info", str(path)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if kind in OPENS_WITH_WARNING:
        assert code == 0 and "placed again" in err
    else:
        assert code == 2 and err.startswith("Briefing Desk: ") and path.name in err


@pytest.mark.parametrize("kind", ["articles_view_endless", "figure_huge_exponent", "figure_snan", "metadata_deep"])
def test_export_and_analyse_refuse_crafted_projects_at_once(kind: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = crafted_project(kind, tmp_path, make_project())
    assert main(["export", str(path), "--pdf", str(tmp_path / "out.pdf")]) == 2
    assert main(["analyse", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_import_and_update_under_a_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text("Der Umsatz stieg auf 12,5 Millionen Euro, sagte Katrin Albers am Montag.", encoding="utf-8")
    project = tmp_path / os.fsdecode(b"Reise-\xe9t\xe9.briefing")
    assert main(["import", str(article), "-o", str(project)]) == 0
    assert project.exists()
    out = capsys.readouterr().out
    assert "saved" in out
    assert main(["info", str(project)]) == 0
    assert main(["info", str(tmp_path / os.fsdecode(b"fehlt-\xff.briefing"))]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_update_needs_exactly_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing_app.storage import save_project

    path = tmp_path / "p.briefing"
    project = make_project()
    save_project(project, path)
    a = tmp_path / "a.txt"
    a.write_text("Text eins mit genug Inhalt für einen Artikel.", encoding="utf-8")
    assert main(["import", str(a), str(a), "-o", str(path), "--update", project.articles[0].id]) == 2
    assert "exactly one file" in capsys.readouterr().err
