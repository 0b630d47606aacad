"""Re-extract the UI strings into briefing_de.ts and rebuild briefing_de.qm.

Run after changing any user-visible text in ``briefing_app/gui``:

    .venv/bin/python resources/i18n/update_translations.py

New strings arrive in the .ts file marked "unfinished"; translate them (Qt Linguist
or by hand), then run the script again so the .qm the app loads is up to date.
Obsolete strings are dropped (``-no-obsolete``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("de", "en")  # English only carries the plural forms of "%n …" messages


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install PySide6 (it ships {name}).")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "briefing_app" / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"briefing_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
