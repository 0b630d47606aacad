"""A kicker or a paywall's badge that a page's markup glued onto the headline.

A browser's copy often joins two lines of the page into one word: the kicker and the headline
('Exporte brechen einChina fällt …', 'ANALYSISChina’s …', 'Car suppliers:Why …'), a paywall's
badge and the headline ('SZ+Neue Zölle …'). Where the headline begins in such a line is told
by what the page says elsewhere (the headline's first word stands on the page as a word of its
own, the glued word does not) or by the glue's own kind (capitals, a quotation, a badge, a
city's name as the kicker); a name written in camel case ('BlackRock', 'ByteDance') stays whole.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.core.german_tagger import UNKNOWN_TAGS, german_tags
from briefing_app.core.places import find_places

from .language import reads_english
from .paywall_lines import GLUED_BADGE
from .text_shape import QUOTE_MARK, ends_like_sentence, word_count

#: Where a page's markup glued two lines into one word: 'ein|China', 'Rekordüberschuss|Chinas';
#: a kicker in capitals ('ANALYSIS|China’s') or a headline opening with a quotation
#: ('Druck|„China ist …') glued on.
_GLUE = re.compile(r"(?<=[a-zäöüß]{2})(?=[A-ZÄÖÜ][a-zäöüß]{2})|(?<=\b[A-ZÄÖÜ]{3})(?=[A-ZÄÖÜ][a-zäöüß]{2})"
                   r"|(?<=[A-ZÄÖÜ]{4})(?=[A-ZÄÖÜ][a-zäöüß]{2})|(?<=[a-zäöüß])(?=[„“\"][A-ZÄÖÜ])")
_WORD_AT = re.compile(r"[\w'’-]+")


#: A kicker glued to the headline by its colon: 'Car suppliers:Why Germany's …'.
_GLUED_COLON_KICKER = re.compile(r"^[^:\d]{2,40}:(?=[A-ZÄÖÜ][a-zäöüß])")


def glued_kicker(line: str, page_words: dict[str, int], *, headline: bool = False) -> int | None:
    """Where the headline starts in a line that has the kicker glued before it ('Exporte
    brechen einChina fällt als Handelspartner weiter zurück', 'Car suppliers:Why …',
    'ANALYSISChina’s industrial park playbook …'), else None.

    The glued word ('einChina') is nowhere else on the page, while its second half ('China',
    or 'Chinas' for 'China', 'Germany' for 'Germany’s') is, as a word of its own; a name
    written in camel case ('BlackRock', 'ChemChina') is repeated as it is, so it stays whole.
    Its first half is no evidence ('Exxon' beside 'ExxonMobil', 'Heidelberg' beside
    'HeidelbergCement'), nor is the second in lower case ('cement', 'strike'). A kicker in
    capitals ('ANALYSISChina’s …') or a quotation opening the headline ('unter Druck„China
    ist …') marks the glue by itself. Of several glues in the kicker's words
    ('KommentareDruckenTeilenChinesischer …') the last one starts the headline.
    ``page_words`` counts the page's words. In the ``headline`` a city's name as the kicker
    tells the glue too (a wrong cut shows in the title, where the user sees it; a line of the
    text is never dropped on that alone). Two German words glued tell nothing: brands are
    written so ('ByteDance', 'WindStrom', 'WirtschaftsWoche').
    """
    if len(line) > 200 or ends_like_sentence(line):
        return None
    if (colon := _GLUED_COLON_KICKER.match(line) or GLUED_BADGE.match(line)) is not None \
            and word_count(line[colon.end():]) >= 3:
        return colon.end()
    found = None
    for glue in _GLUE.finditer(line):
        if word_count(line[:glue.start()]) > 5 or word_count(line[glue.start():]) < 3:
            continue
        start = line.rfind(" ", 0, glue.start()) + 1
        word = _WORD_AT.match(line, start)
        quoted = QUOTE_MARK.match(line, glue.start()) is not None  # ('Druck|„China ist …')
        second = _WORD_AT.match(line, glue.start() + quoted)
        if word is None or second is None or page_words.get(word.group(), 0) > 1:
            continue
        half = second.group().removesuffix("’s").removesuffix("'s")  # ('Germany’s' stands as 'Germany')
        forms = (half, half.removesuffix("s"), half + "s")
        if any(page_words.get(form, 0) for form in forms) or line[start:glue.start()].isupper() or quoted \
                or (headline and _glued_once(word.group()) and _city_kicker(line[start:glue.start()], half, line)):
            found = glue.start()
    return found


def _glued_once(word: str) -> bool:
    """The word has one glue in it: a kicker glued to a name in camel case has two
    ('Dresden|Sachsen|Energie'), and which one ends the kicker the words' kinds cannot tell."""
    return sum(1 for _ in _GLUE.finditer(word)) == 1


def _city_kicker(first: str, second: str, line: str) -> bool:
    """A city's name glued as the kicker before a German word ('Dresden|Chinesischer …'): the
    gazetteer knows the first half, the tagger the second as a German word. A name in camel
    case has halves the gazetteer does not list ('Soft|Bank', 'Byte|Dance', 'Wind|Strom'); a
    plural with its capital I for both genders is one word ('Mitarbeiter|Innen')."""
    if reads_english(line) or second.startswith("Innen"):
        return False
    tags = german_tags((second,))
    return bool(tags) and tags[0] not in UNKNOWN_TAGS \
        and any(m.start == 0 and m.end == len(first) for m in find_places(first))



def page_word_counts(lines: list[str]) -> dict[str, int]:
    """How often each word stands on the page (for :func:`glued_kicker`)."""
    return Counter(_WORD_AT.findall("\n".join(lines)))
