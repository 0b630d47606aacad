"""`briefing-app --smoke`: the install check packaging and support rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_smoke_opens_the_sample_and_reports_one_json_line(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BRIEFING_DATA_DIR": str(tmp_path / "d"), "BRIEFING_CONFIG_DIR": str(tmp_path / "c")}
    out = subprocess.run([sys.executable, "-m", "briefing_app.cli", "--smoke"], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["window_title"].endswith("Briefing Desk")
    assert data["articles"] == 1
    assert data["characters_shown"] > 1500  # the whole clean sample article is in the reading view
    assert data["missing_glyphs"] == 0  # German umlauts and 太仓 have fonts
    assert data["missing_icons"] == 0  # every action's icon is drawn from the icon font
    # a smoke run leaves no recovery snapshot behind
    assert not list((tmp_path / "d").glob("recovery/*.briefing"))
