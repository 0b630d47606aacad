"""A defect in the command line: one sentence naming the log file, exit 2, the traceback
in the log (and on stderr only with --debug).  And the install check behind --smoke."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_app import error_log, resources
from briefing_app.cli import main
from briefing_app.resources import sample_article_path


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(folder))
    error_log.close_logging()  # a handler from an earlier test points elsewhere
    yield folder
    error_log.close_logging()


def _break_analysis(monkeypatch) -> None:
    def defect(*_args, **_kwargs):
        raise KeyError("figure_unit")  # stands for any bug: not a BriefingError

    monkeypatch.setattr("briefing_app.pipeline.analyse_article", defect)


def test_an_unexpected_error_is_one_sentence_naming_the_log(log_dir, monkeypatch, capsys) -> None:
    _break_analysis(monkeypatch)
    code = main(["analyse", str(sample_article_path())])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    log_file = log_dir / "briefing-desk.log"
    assert str(log_file) in lines[0] and "KeyError" in lines[0]
    assert "Traceback" not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "KeyError: 'figure_unit'" in logged
    assert "def defect" not in logged and "in defect" in logged  # the frame that failed is named


def test_debug_prints_the_traceback_too(log_dir, monkeypatch, capsys) -> None:
    _break_analysis(monkeypatch)
    assert main(["analyse", str(sample_article_path()), "--debug"]) == 2
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "KeyError: 'figure_unit'" in err
    assert str(log_dir / "briefing-desk.log") in err.strip().splitlines()[-1]


def test_user_errors_stay_out_of_the_log(log_dir, tmp_path, capsys) -> None:
    assert main(["info", str(tmp_path / "missing.briefing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (log_dir / "briefing-desk.log").exists()


@pytest.mark.parametrize("missing", ["sample/sample_article_de.txt", "fonts/DroidSansFallbackFull.ttf", "templates"])
def test_smoke_refuses_an_incomplete_installation_in_one_sentence(missing, tmp_path, monkeypatch, capsys) -> None:
    """--smoke is the install check: a missing sample, template or font fails it."""
    for folder in ("resources", "templates"):
        shutil.copytree(resources.data_folder(folder), tmp_path / folder, ignore=shutil.ignore_patterns("*.py"))
    gone = tmp_path / ("templates/briefing-classic.pptx" if missing == "templates" else f"resources/{missing}")
    gone.unlink()
    monkeypatch.setattr(resources, "data_folder", lambda name: tmp_path / name)
    code = main(["--smoke"])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and gone.name in lines[0] and "Reinstall" in lines[0], out.err
