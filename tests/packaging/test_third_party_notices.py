"""The notices of third-party software name every package the app runs on, with its licence."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("third_party_notices", ROOT / "packaging" / "third_party_notices.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the notices are written on Linux, where CI runs")
def test_the_shipped_notices_list_every_runtime_package_as_installed():
    generator = _generator()
    shipped = (ROOT / "resources" / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert shipped == generator.render(), "run: .venv/bin/python packaging/third_party_notices.py"


def test_the_lgpl_components_are_named_with_how_to_replace_them():
    shipped = (ROOT / "resources" / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    for package in ("PySide6_Essentials", "shiboken6", "HanTa"):
        assert f"| {package} | " in shipped
    assert "Lesser General Public License" in shipped and "replaced" in shipped
