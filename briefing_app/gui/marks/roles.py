"""Item-data roles shared by the models: ids and fields travel in roles, never in display text."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
IN_BRIEFING_ROLE = Qt.ItemDataRole.UserRole + 5
NEEDS_REVIEW_ROLE = Qt.ItemDataRole.UserRole + 6
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7
START_ROLE = Qt.ItemDataRole.UserRole + 8
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 9  # short names of the open findings touching the mark
