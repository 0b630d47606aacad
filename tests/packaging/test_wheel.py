"""The wheel is the app: built from this checkout, installed into a fresh virtual env
with the pip that Python ships (no upgrade), it runs from any folder.

This is what a new user does (``pip install briefing_desk-*.whl``): the data files
(sample, fonts, translations, templates) must be inside the wheel, and every import
must be declared, or ``--smoke``, ``demo`` or an HTML import fails there although it
works from the checkout.  Needs the package index (dependencies are resolved the way
a user's pip resolves them); pip's cache makes later runs quick.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Hafen Hamburg meldet Rekord | Nordkurier</title>
<meta property="og:site_name" content="Nordkurier">
<meta property="article:published_time" content="2026-10-14T08:00:00+02:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>Hafen Hamburg meldet Rekord</h1>
<p>Der Hamburger Hafen hat im dritten Quartal 2,4 Millionen Standardcontainer umgeschlagen,
so viele wie nie zuvor in einem Sommer. Die Reedereien verlagern Ladung aus Rotterdam.</p>
<p>"Wir sind an der Grenze unserer Kapazität", sagte Hafenchefin Anna Berger am Montag.
Der Senat will bis 2030 rund 800 Millionen Euro in neue Liegeplätze investieren.</p>
<p>Die Gewerkschaft warnt dagegen vor längeren Schichten für die Beschäftigten am Kai.</p>
</article><footer>Impressum | Datenschutz | Cookie-Einstellungen</footer>
</body></html>
"""


def _base_python() -> str:
    """The interpreter the venv was made from: its own pip is the one a user has."""
    return getattr(sys, "_base_executable", sys.executable)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=900)
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed by the interpreter's bundled pip."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([_base_python(), "-m", "venv", str(venv)], check=True, timeout=300)
    wheel = next(dist.glob("*.whl"))
    out = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                         capture_output=True, text=True, timeout=1800, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return venv


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": "",
            "BRIEFING_DATA_DIR": str(tmp_path / "data"), "BRIEFING_CONFIG_DIR": str(tmp_path / "config")}


def _run(venv: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(venv / "bin" / "briefing-app"), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)


def test_wheel_and_sdist_carry_the_data_files(dist: Path) -> None:
    names = set(zipfile.ZipFile(next(dist.glob("*.whl"))).namelist())
    for needed in ("_resources/sample/sample_article_de.txt", "_resources/fonts/NotoSans-Regular.ttf",
                   "_resources/i18n/briefing_de.qm", "_resources/i18n/errors_de.qm",
                   "_templates/briefing-classic.pptx", "_templates/briefing-modern.pptx",
                   "_resources/THIRD_PARTY_NOTICES.md"):
        assert f"briefing_app/{needed}" in names
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        members = {m.split("/", 1)[1] for m in sdist.getnames() if "/" in m}
    assert {"resources/sample/sample_article_de.txt", "templates/briefing-classic.pptx", "pyproject.toml"} <= members


def test_installed_wheel_runs_from_an_unrelated_folder(
    installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    smoke = _run(installed, user_env, elsewhere, "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    report = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert report["articles"] == 1 and report["characters_shown"] > 1000 and report["missing_glyphs"] == 0
    assert report["missing_icons"] == 0

    demo = _run(installed, user_env, elsewhere, "demo", "out")
    assert demo.returncode == 0, demo.stderr
    assert (elsewhere / "out" / "briefing.pptx").stat().st_size > 10_000
    assert (elsewhere / "out" / "briefing.pdf").read_bytes().startswith(b"%PDF")

    (elsewhere / "hafen.html").write_text(ARTICLE_HTML, encoding="utf-8")
    imported = _run(installed, user_env, elsewhere, "import", "hafen.html", "-o", "p.briefing")
    assert imported.returncode == 0, imported.stderr
    info = _run(installed, user_env, elsewhere, "info", "p.briefing", "--json")
    article = json.loads(info.stdout)["articles"][0]
    assert article["title"] == "Hafen Hamburg meldet Rekord" and article["outlet"] == "Nordkurier"
    assert "2,4 Millionen Standardcontainer" in article["text"] and "Impressum" not in article["text"]


def test_smoke_fails_with_one_sentence_when_a_font_is_missing(
    installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    font = next(installed.glob("lib/python*/site-packages/briefing_app/_resources/fonts/NotoSans-Bold.ttf"))
    kept = tmp_path / "kept.ttf"
    shutil.move(font, kept)
    try:
        smoke = _run(installed, user_env, tmp_path, "--smoke")
    finally:
        shutil.move(kept, font)
    assert smoke.returncode == 2
    lines = smoke.stderr.strip().splitlines()
    assert len(lines) == 1 and "NotoSans-Bold.ttf" in lines[0] and "Reinstall" in lines[0], smoke.stderr
    assert smoke.stdout == ""
