"""The widgets a page sets around an article, in their own words: the weather box in a
regional site's header, a newspaper platform's notification widget, and lines of a page
template the site failed to fill in ('{{subject}}'). None of them is ever a line of the
article; each is matched only on short lines that are no sentence, or in the widget's
exact words.
"""

from __future__ import annotations

import re

from briefing_app.core.calendar_words import WEEKDAYS

#: The weather box in a regional site's header: 'Bozen 16° leicht bewölkt', '3°C, Cloudy with wind' — a place,
#: a temperature and the sky (a table of temperatures, 'Seville 44°C', has no sky in it).
WEATHER = re.compile(
    rf"^(?!(?:{'|'.join(WEEKDAYS)})\b)"  # (a forecast's days in a report: 'Wednesday 98°F scattered thunderstorms')
    r"(?:[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*){0,2}\s)?-?\d{1,2}\s?°(?:\s?[CcFf]\b)?,?\s(?:[\w äöüÄÖÜß,]{0,20}\s)?"
    r"(?i:bewölkt|wolkig|sonnig|heiter|bedeckt|Regen|Schauer|Schnee|Nebel|Gewitter|cloudy|sunny|clear|rain|showers|snow|fog"
    r"|overcast|thunderstorms?|wind)\b[\w äöüÄÖÜß,]{0,30}$"
)
#: A page's widget in its template's words: an unrendered placeholder ('Get email notifications on
#: {{subject}} daily!'), a notification widget's messages.
TEMPLATE_PLACEHOLDER = re.compile(r"^[^.]{0,60}\{\{\s*[\w.]+\s*\}\}[^.]{0,30}$")  # (no sentence: '… typing {{config}} …')
#: A video player's transcript in its file format ('WEBVTT DOZENS OF WORKERS …'): the player's
#: captions, copied as one line above the article.
PLAYER_TRANSCRIPT = re.compile(r"^WEBVTT\b")
WIDGET_MESSAGE = re.compile(
    r"^(?:Your notification has been saved|There was a problem saving your notification"
    r"|Email notifications are only sent once a day, and only if there are new matching items)\.?$"
)
