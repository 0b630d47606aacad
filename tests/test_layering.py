"""The layers below the GUI never load Qt (see DESIGN.md: arrows point down only)."""

from __future__ import annotations

import subprocess
import sys


def test_core_ingest_storage_export_do_not_load_qt() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import briefing_app\n"
        "for pkg in ('core', 'ingest', 'storage', 'export'):\n"
        "    m = importlib.import_module('briefing_app.' + pkg)\n"
        "    for info in pkgutil.walk_packages(m.__path__, m.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import briefing_app.cli, briefing_app.pipeline\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_core_imports_no_other_layer() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import briefing_app.core as c\n"
        "for info in pkgutil.walk_packages(c.__path__, 'briefing_app.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = [k for k in sys.modules if k.split('.')[:2] in (['briefing_app','ingest'],['briefing_app','storage'],"
        "['briefing_app','export'],['briefing_app','gui'])]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
