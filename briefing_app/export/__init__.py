"""See the package docstring in briefing_app/__init__.py for the layering."""
