"""The headless command line, as a script author would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.resources import sample_article_path


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_then_info_json_gives_clean_article_with_metadata(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "reise.briefing"
    code, out, _ = run_cli(capsys, "import", sample_article_path(), "-o", proj)
    assert code == 0 and proj.exists()
    code, out, _ = run_cli(capsys, "info", proj, "--json")
    assert code == 0
    data = json.loads(out)
    [art] = data["articles"]
    assert set(art) == {"id", "title", "outlet", "author", "published", "section", "tags", "language", "url", "text", "removed"}
    assert art["title"] == "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden"
    assert art["outlet"] == "Wirtschaftskurier"
    assert art["published"] == "2026-10-14"
    assert art["language"] == "de"
    assert "Taicang" in art["tags"] and "Mittelstand" in art["tags"]
    for boiler in ("Startseite >", "Twittern", "1   2   3", "DruckenSenden", "Quelle:", "Schlagworte:", "Wirtschaftskurier |"):
        assert boiler not in art["text"]
    assert art["text"].startswith("Taicang/Berlin.")
    reasons = {r["reason"] for r in art["removed"]}
    assert len(art["removed"]) >= 7 and len(reasons) >= 5
    assert data["annotations"] == 0


def test_several_files_are_several_articles_and_pages_append(tmp_path: Path, capsys) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Erste Seite des Artikels mit einem vollständigen Satz über Taicang.\n", encoding="utf-8")
    b.write_text("Zweite Seite: Der Verband rechnet mit 35 weiteren Unternehmen.\n", encoding="utf-8")
    proj = tmp_path / "p.briefing"
    assert run_cli(capsys, "import", a, b, "-o", proj)[0] == 0
    data = json.loads(run_cli(capsys, "info", proj, "--json")[1])
    assert len(data["articles"]) == 2
    first = data["articles"][0]["id"]
    assert run_cli(capsys, "import", b, "-o", proj, "--append-to", first)[0] == 0
    data = json.loads(run_cli(capsys, "info", proj, "--json")[1])
    assert len(data["articles"]) == 2
    text = data["articles"][0]["text"]
    assert text.index("Erste Seite") < text.index("Zweite Seite")


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("empty.txt", b"", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a text"),
    ],
)
def test_bad_input_gives_one_clear_sentence_and_exit_2(tmp_path: Path, capsys, name, content, fragment) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    proj = tmp_path / "p.briefing"
    code, _, err = run_cli(capsys, "import", f, "-o", proj)
    assert code == 2
    assert fragment in err.lower()
    assert "Traceback" not in err
    assert not proj.exists()  # nothing written


def test_corrupt_project_is_refused_and_left_alone(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "p.briefing"
    proj.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 100)
    before = proj.read_bytes()
    code, _, err = run_cli(capsys, "info", proj)
    assert code == 2 and "damaged" in err
    code, _, err = run_cli(capsys, "import", sample_article_path(), "-o", proj)
    assert code == 2 and proj.read_bytes() == before


def test_errors_never_show_a_traceback_in_a_real_process(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "briefing_app.cli", "info", str(tmp_path / "missing.briefing")],
        capture_output=True, text=True, check=False,
    )
    assert out.returncode == 2
    assert "does not exist" in out.stderr and "Traceback" not in out.stderr


def test_help_lists_analyse_once_with_its_american_alias(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "SUPPRESS" not in out and "analyse" in out
    assert out.count("analyze") <= 1


def test_american_spelling_still_analyses(tmp_path: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "analyze", sample_article_path(), "--json")
    assert code == 0 and json.loads(out)["articles"][0]["figures"]


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("export", "{proj}", "--pdf", "{tmp}/o.pptx"), "--pdf"),
        (("export", "{proj}", "--pptx", "{tmp}/o.pdf"), "--pptx"),
        (("import", str(sample_article_path()), "-o", "{tmp}/x.pdf"), "-o/--output"),
    ],
)
def test_an_output_with_the_wrong_extension_is_refused(tmp_path: Path, capsys, args, fragment) -> None:
    proj = tmp_path / "p.briefing"
    assert run_cli(capsys, "import", sample_article_path(), "-o", proj)[0] == 0
    code, _, err = run_cli(capsys, *(a.format(proj=proj, tmp=tmp_path) for a in args))
    assert code == 2 and fragment in err and "wrong file extension" in err and "Traceback" not in err
    assert not (tmp_path / "o.pptx").exists() and not (tmp_path / "o.pdf").exists() and not (tmp_path / "x.pdf").exists()


def test_a_damaged_pdf_gives_only_our_message(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n")
    out = subprocess.run(
        [sys.executable, "-m", "briefing_app.cli", "import", str(bad), "-o", str(tmp_path / "p.briefing")],
        capture_output=True, text=True, check=False,
    )
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "EOF" not in out.stderr, out.stderr


def test_output_piped_into_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """'briefing-app analyse --json … | head': the reader closes the pipe; the command stops
    quietly instead of reporting an unexpected error."""
    article = tmp_path / "long.txt"  # output far larger than a pipe's buffer: the writer must wait for the reader
    article.write_text("\n\n".join([sample_article_path().read_text(encoding="utf-8")] * 40), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing_app.cli", "analyse", "--json", str(article)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "BRIEFING_LOG_DIR": str(tmp_path)},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(40)
    proc.stdout.close()  # the reader goes away
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "unexpected" not in err and "Traceback" not in err
