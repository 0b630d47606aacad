"""People and organisations: names, roles, and who "er", "the chancellor" or "Mr Xie" is.

The public face of three modules that share one notion of a name:

* :mod:`.source_phrases` — ``parse_source`` reads the noun phrase that a speech verb or
  "laut" points at into name, role, organisation and kind (person, organisation, pronoun,
  bare description);
* :mod:`.entity_tracker` — ``EntityTracker`` remembers named mentions in text order and
  resolves pronouns and descriptions to the last fitting one;
* :mod:`.person_mentions` — people named with a title or an apposition in running text,
  bare surnames near speech cues, and ``collect_people``, which merges the mentions of one
  person ("Professor Hermann Simon" … "Simon").

The analysis and callers outside core import from here, so the split stays an inner detail.
"""

from __future__ import annotations

from .entity_tracker import Entity, EntityTracker
from .german_nominative import de_nominative
from .name_words import CHINESE_SURNAMES, looks_like_org
from .person_mentions import add_surname_mentions, collect_people, find_person_mentions, speaking_surnames
from .source_phrases import Source, parse_source

__all__ = [
    "CHINESE_SURNAMES",
    "Entity",
    "EntityTracker",
    "Source",
    "add_surname_mentions",
    "collect_people",
    "de_nominative",
    "find_person_mentions",
    "looks_like_org",
    "parse_source",
    "speaking_surnames",
]
