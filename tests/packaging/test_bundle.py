"""The desktop bundle: built from this checkout, run without the project's virtual env.

Building takes a minute, so the bundle is built once per test session.  The bundle is
started with a bare environment (no venv on PATH, no PYTHONPATH, a fontconfig that sees
no system fonts) to show it carries everything it needs, fonts included.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "BriefingDesk"
EXE = BUNDLE / "briefing-app"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle() -> Path:
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run packaging/build")
    try:
        import PyInstaller  # noqa: F401 - only whether it is installed
    except ImportError:
        pytest.skip("PyInstaller is not installed (it comes with the test set-up: packaging/bootstrap.sh test)")
    subprocess.run(["bash", str(ROOT / "packaging" / "build")], check=True, cwd=ROOT, capture_output=True)
    assert EXE.exists()
    return BUNDLE


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """No venv, no Python path, no system fonts, a fresh home."""
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(fonts_conf),
        "BRIEFING_DATA_DIR": str(tmp_path / "data"),
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
    }


def test_bundle_smoke_runs_without_the_venv(bundle: Path, bare_env: dict[str, str]) -> None:
    out = subprocess.run([str(EXE), "--smoke"], env=bare_env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert data["articles"] == 1 and data["characters_shown"] > 1000
    assert "Briefing Desk" in data["window_title"]
    # German and Chinese text of the sample can be drawn with the fonts the bundle ships
    assert data["missing_glyphs"] == 0, data
    assert data["missing_icons"] == 0, data  # the icon font is in the bundle


def test_bundle_demo_exports_deck_and_handout(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    out = subprocess.run([str(EXE), "demo", str(outdir)], env=bare_env, capture_output=True, text=True, timeout=180, check=False)
    assert out.returncode == 0, out.stderr
    from pptx import Presentation
    from pypdf import PdfReader

    deck = Presentation(str(outdir / "briefing.pptx"))
    assert len(deck.slides) >= 4
    text = "\n".join(p.extract_text() for p in PdfReader(str(outdir / "briefing.pdf")).pages)
    assert "Billionen" in text or "Bio." in text
    assert "太仓" in text
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(outdir / "briefing.pdf")], capture_output=True, check=False).returncode == 0
