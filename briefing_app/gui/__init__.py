"""See the package docstring in briefing_app/__init__.py for the layering."""

from .shell import pyside_fixes as _pyside_fixes  # noqa: F401 - must run before any Qt call
