"""The build configuration keeps up with the code: every package is in the wheel, every
declared dependency is in the lock file that every install uses."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "packaging" / "requirements.lock"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _name(requirement: str) -> str:
    return _normal(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0])


def test_every_code_package_is_listed_for_the_wheel() -> None:
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "briefing_app").rglob("__init__.py")}
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert on_disk - listed == set(), "add these packages to [tool.setuptools] packages in pyproject.toml"


def test_every_data_folder_is_mapped_into_the_wheel() -> None:
    from briefing_app.resources import PACKAGED_NAMES

    mapping = PYPROJECT["tool"]["setuptools"]["package-dir"]
    wanted = {f"briefing_app.{packaged}": folder for folder, packaged in PACKAGED_NAMES.items()}
    assert wanted.items() <= mapping.items()
    subfolders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    listed = {name.rsplit(".", 1)[1] for name in PYPROJECT["tool"]["setuptools"]["packages"]
              if name.startswith("briefing_app._resources.")}
    assert subfolders <= listed


def test_every_declared_dependency_is_pinned_with_hashes_in_the_lock() -> None:
    text = LOCK.read_text(encoding="utf-8")
    pinned = {_normal(m.group(1)) for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==\S+", text, re.MULTILINE)}
    project = PYPROJECT["project"]
    declared = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        declared |= {_name(r) for r in extra}
    assert declared - pinned == set(), "refresh the lock: bash packaging/bootstrap.sh lock"
    entries = re.split(r"\n(?=[A-Za-z0-9])", text)  # one entry per pinned package
    for entry in (e for e in entries if re.match(r"[A-Za-z0-9_.\-]+==", e)):
        assert "--hash=sha256:" in entry, entry.splitlines()[0]
