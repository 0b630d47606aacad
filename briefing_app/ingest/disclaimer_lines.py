"""Legal notices a site or an issuer sets under an article: disclaimers and disclosures.

Financial portals and press releases close with paragraphs no reader of a briefing wants:
'Disclaimer: The views expressed in this article are those of the author and may not
reflect …', 'X has no position in any of the stocks mentioned. The Motley Fool has a
disclosure policy.', 'This publication contains forward-looking statements … Such
statements are subject to risks and uncertainties …'.  Their wording varies from site to
site, but each says two or more things of the law's kind at once — a disclaimer, the
writer's holdings, advice it is not, liability, forward-looking statements — and a
report on the law of advice, liability or disclosure names as many.  What the notice has
and the report has not is a word for itself: 'this article', 'this publication', 'the
author', 'we', 'the stocks mentioned', 'Alle Angaben', 'dieser Beitrag'.  So a line is a
legal notice when it carries two different markers and speaks of itself (one marker is not
enough even then: 'This publication contains forward-looking statements that analysts will
scrutinise closely' is a report's); the heading over such a paragraph ('Disclaimer &
Disclosure', 'Hinweis auf Interessenkonflikte') is one, too.
"""

from __future__ import annotations

import re

from .text_shape import ends_like_sentence, word_count

#: What a legal notice says, one alternative per kind of statement; a notice names two kinds.
_MARKERS = (
    r"\bdisclaimers?\b|\bHaftungsausschluss\b",
    r"\bdisclosure(?: policy)?\b",
    r"\bforward[- ]looking (?:statements?|information)\b|\bzukunftsgerichtete[nr]? Aussagen\b",
    r"\brisks? and uncertaint(?:y|ies)\b|\bRisiken und Unsicherheiten\b",
    r"\b(?:has|have|holds?|had|owns?) no (?:position|positions|holdings?|shares|financial interest)\b"
    r"|\b(?:hält|halten|besitzt|besitzen) keine (?:Positionen|Aktien|Anteile)\b",
    r"\bpositions? in (?:any of )?the (?:stocks|securities|shares|companies) mentioned\b",
    r"\bnot (?:be )?(?:construed|considered|intended|meant|regarded) (?:as|to be)\b",
    r"\b(?:investment|financial|legal|tax) advice\b|\b(?:keine |nicht als )?Anlageberatung\b|\bAnlageempfehlung\b",
    r"\brecommendation to (?:buy|sell|hold)\b|\bKauf- oder Verkaufsempfehlung\b",
    r"\bcompleteness\b|\bVollständigkeit\b",
    r"\bliab(?:le|ility)\b|\bHaftung\b|\bGewähr\b",
    r"\b(?:do|does|may|might) not (?:necessarily )?reflect\b",
    r"\b(?:views|opinions) expressed\b",
    r"\bfor (?:general )?information(?:al)? purposes\b|\bzu Informationszwecken\b",
    r"\bundertakes? no obligation\b|\b(?:assumes?|accepts?) no (?:responsibility|obligation)\b",
    r"\bpast performance\b",
    r"\bno (?:representations?|warrant(?:y|ies)|guarantees?)\b",
    r"\bat (?:your|their) own risk\b|\bdo your own research\b",
    r"\bactual (?:results|events|developments)\b.{0,80}\bdiffer materially\b",
    r"\bInteressenkonflikt\w*\b|\bconflicts? of interest\b",
)
_MARKER = re.compile("|".join(f"(?P<m{i}>{pattern})" for i, pattern in enumerate(_MARKERS)), re.IGNORECASE)
#: The notice speaking of itself, of its writer or of its site.
_ITSELF = re.compile(
    r"\b(?:this|these) (?:article|articles|publication|report|content|site|website|page|information|communication|"
    r"press release|release|announcement|document|video|newsletter|material|column|post|story)\b|"
    r"\b(?:the|its|our) (?:author|authors|writer|editors?|publisher)\b|\b(?:we|our|us)\b|"
    r"\b(?:stocks|securities|shares|companies|products) (?:mentioned|discussed|named)\b|\bAll (?:quotes|prices|data)\b|"
    r"\b(?:dieser|diese|dieses|vorliegende[rns]?) (?:Artikel|Beitrag|Text|Mitteilung|Veröffentlichung|Inhalt|Seite|"
    r"Website|Information(?:en)?|Analyse|Publikation|Meldung)\b|\b(?:der|die) (?:Autor|Autorin|Autoren|Redaktion|"
    r"Herausgeber(?:in)?)\b|\b(?:wir|unser\w*)\b|\bAlle (?:Angaben|Kurse|Informationen|Daten)\b|"
    r"\b(?:besprochenen|genannten|erwähnten) (?:Wertpapiere|Aktien|Unternehmen|Werte)\b",
    re.IGNORECASE)
#: Cheap words one of which every notice has (lower case), tried before the markers.
_HINTS = ("disclai", "disclos", "forward", "uncertaint", "position", "advice", "construed", "considered", "intended",
          "liab", "reflect", "expressed", "purposes", "obligation", "responsib", "performance", "warrant", "guarantee",
          "own risk", "research", "differ", "interest", "haftung", "gewähr", "anlage", "aussagen", "unsicherheit",
          "interessenkonflikt", "empfehlung", "vollständig", "informationszweck", "completeness", "recommendation")
#: The most words of one notice's paragraph (a page of terms is not pasted as one line).
_NOTICE_WORDS = 300
#: The heading over a notice: 'Disclaimer', 'Disclaimer & DisclosureReport an Issue' ('Forward-looking
#: statements' alone heads a report's section on them as well).
_NOTICE_HEADING = re.compile(
    r"^(?:(?:Important |Legal )?(?:Disclaimer|Disclosure)s?(?:\s?(?:&|and)\s?(?:Disclaimer|Disclosure)s?)?|"
    r"Haftungsausschluss|Risikohinweis|"
    r"Hinweis (?:auf|zu) (?:möglichen )?Interessenkonflikte[n]?|Rechtliche[rn]? Hinweis(?:e)?)\b")
#: The most words of such a heading (with a glued link: '… DisclosureReport an Issue').
_HEADING_WORDS = 6


def is_legal_notice(line: str) -> bool:
    """A disclaimer or disclosure paragraph: two different markers of a legal notice and a
    word for itself (see the module's text), or the heading over one."""
    if line.count(" ") >= _NOTICE_WORDS:
        return False
    if word_count(line) <= _HEADING_WORDS and not ends_like_sentence(line) and _NOTICE_HEADING.match(line):
        return True
    low = line.lower()
    if not any(hint in low for hint in _HINTS):
        return False
    kinds = {found.lastgroup for found in _MARKER.finditer(line)}
    return len(kinds) >= 2 and _ITSELF.search(line) is not None
