"""Composing the briefing: meeting details, sections and their items, cited sources."""
