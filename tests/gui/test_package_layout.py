"""The gui package is split by concern and its modules do not import each other in a circle.

A cycle means two files can only be understood (and changed) together; it also makes the
start-up order fragile.  Imports inside functions count too: they are cycles that merely
happen later.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefing_app.gui

GUI = Path(briefing_app.gui.__file__).parent
SUB_PACKAGES = {"shell", "workspace", "reading", "marks", "composer", "output"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(GUI.parent.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, known: set[str]) -> set[str]:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        found.update(c for c in candidates if c in known and c != name)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in GUI.rglob("*.py") if p.name != "__init__.py"}
    known = set(files)
    return {name: _imports(path, known) for name, path in files.items()}


def test_every_gui_module_sits_in_a_sub_package_by_concern():
    loose = sorted(p.name for p in GUI.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert {p.name for p in GUI.iterdir() if (p / "__init__.py").exists()} == SUB_PACKAGES


def test_gui_modules_import_each_other_without_cycles():
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt):], nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_tests_mirror_the_gui_packages():
    here = Path(__file__).parent
    assert {p.name for p in here.iterdir() if (p / "__init__.py").exists()} >= SUB_PACKAGES
