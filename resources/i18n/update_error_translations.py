"""Re-extract the domain error messages into errors_de.ts and rebuild errors_de.qm.

The layers below the GUI (core, ingest, storage, export, the CLI) mark their error
messages with ``QT_TRANSLATE_NOOP("BriefingError", …)`` (see ``briefing_app/core/i18n.py``).
Run after adding or changing such a message:

    .venv/bin/python resources/i18n/update_error_translations.py

Existing translations are kept; new or changed messages arrive marked "unfinished".
Translate them (Qt Linguist or by hand, keeping every ``{placeholder}``), then run the
script again so the .qm the app loads is up to date.  Messages no longer in the code
are dropped (``-no-obsolete``).  The GUI's own strings are in briefing_de.ts
(``update_translations.py``); the two files never share a source file.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import HERE, ROOT, tool  # the same tool lookup as the UI strings

TS = HERE / "errors_de.ts"


def sources() -> list[str]:
    """Every module below the GUI (the GUI's strings belong to briefing_de.ts)."""
    package = ROOT / "briefing_app"
    return sorted(str(p.relative_to(ROOT)) for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts)


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` whose translation is missing or marked unfinished."""
    return [
        message.findtext("source", "")
        for message in ET.parse(ts).getroot().iter("message")
        if (t := message.find("translation")) is not None and (t.get("type") == "unfinished" or not (t.text or "").strip())
    ]


def main() -> int:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS)],
                   cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)
    todo = unfinished(TS)
    print(f"{TS.name}: {len(todo)} unfinished message(s)")
    for source in todo:
        print(f"  - {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
