"""File sizes as a user reads them, for the messages that name a limit."""

from __future__ import annotations

MEGABYTE = 1024 * 1024


def format_size(n: int) -> str:
    """``20 MB``, ``50.3 MB``, ``812 KB`` — how a user reads sizes."""
    if n >= MEGABYTE:
        mb = n / MEGABYTE
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
