"""Briefing Desk: from press articles to checked executive briefings.

Layers (arrows point down only): ``gui`` -> ``cli`` -> ``export`` / ``storage`` /
``ingest`` -> ``core``.  Nothing outside ``gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "Briefing Desk"
APP_ID = "BriefingDesk"
