"""Figure checks (placeholder until the conversion checks land)."""

from __future__ import annotations


def check_figures(text, figures, language, published):
    return []
