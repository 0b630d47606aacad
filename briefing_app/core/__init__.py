"""Plain-Python domain: articles, anchors, annotations, extraction, checks, briefing.

Imports nothing from the other layers and nothing from Qt; tested with plain pytest.
"""
