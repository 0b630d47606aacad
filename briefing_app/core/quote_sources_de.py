"""German sources that are no person named in the sentence: unnamed circles and documents.

"Nach Angaben aus Regierungskreisen …", "Aus französischen Regierungskreisen verlautete, …",
"…, wie aus Koalitionskreisen verlautete.", "…, wie aus dem Geschäftsklimaindex der
Handelskammer hervorgeht": the circles (in the nominative, "Regierungskreise") or the
document's author speak for the clause, never the speaker before or the clause's subject.
"""

from __future__ import annotations

import re

from .quote_patterns import _Frame
from .quote_spans import content_start, trim_span
from .source_phrases import Source, parse_source
from .speech_cues import DE_SUBORDINATORS

# "…, wie aus dem Bericht der Kammer hervorgeht": the document closing the sentence
_RX_DE_WIE_AUS_HERVOR = re.compile(r",\s+wie\s+aus\s+([^,]{4,120}?)\s+(?:hervorgeht|hervorging|hervorgehen|hervorgingen)\s*$")
# unnamed circles as the source: "Nach Angaben aus Regierungskreisen stehen …", "Wie aus
# Kommissionskreisen verlautete, soll …" (first), "…, wie aus Koalitionskreisen verlautete." (last)
_VERLAUTET = r"(?:verlautete|verlautet|zu\s+hören\s+war)"
_RX_DE_CIRCLES_FIRST = re.compile(r"(?:[Nn]ach\s+(?:Angaben|Informationen)\s+aus|[Ww]ie\s+aus)\s+([A-ZÄÖÜ][\w-]*kreisen)"
                                  r"(?:\s+" + _VERLAUTET + r")?\s*,?\s+")
# "Aus französischen Regierungskreisen verlautete, Paris werde …": the circles (with their
# adjective, "französische Regierungskreise") open the sentence as its source
_RX_DE_CIRCLES_VERLAUTET = re.compile(r"[Aa]us\s+((?:[a-zäöüß][\w-]*en\s+){0,2})([A-ZÄÖÜ][\w-]*kreisen)\s+"
                                      r"(?:verlautete|verlautet|hieß\s+es|heißt\s+es|war\s+zu\s+hören|ist\s+zu\s+hören)"
                                      r"\s*(?:,\s*(?:dass\s+)?|:\s*)")
_RX_DE_CIRCLES_LAST = re.compile(r",\s+wie\s+aus\s+([A-ZÄÖÜ][\w-]*kreisen)\s+" + _VERLAUTET + r"\s*$")


def circles_frame(text: str, sent: str, s0: int, body_end: int) -> _Frame | None:
    """"Nach Angaben aus Regierungskreisen …", "Wie aus Kommissionskreisen verlautete, …":
    the unnamed circles speak (named in the nominative, "Regierungskreise"), never the
    last speaker; the content is the rest of the sentence."""
    m = _RX_DE_CIRCLES_FIRST.match(sent, 0, body_end)
    vm = _RX_DE_CIRCLES_VERLAUTET.match(sent, 0, body_end) if m is None else None
    if vm is not None:
        cs, ce = trim_span(text, s0 + vm.end(), s0 + body_end)
        if ce - cs < 8:
            return None
        # the adjective in the nominative plural: "französischen" -> "französische"
        adjectives = " ".join(w[:-1] for w in vm.group(1).split())
        name = (adjectives + " " if adjectives else "") + vm.group(2)[:-1]
        return _Frame((cs, ce), Source(name=name, kind="org"), "aus Kreisen", "indirect", 0.7)
    if m is not None:
        cs, ce = trim_span(text, s0 + m.end(), s0 + body_end)
    else:
        m = _RX_DE_CIRCLES_LAST.search(sent, 0, body_end)
        if m is None:
            return None
        cs, ce = trim_span(text, s0, s0 + m.start())
        cs = content_start(text, cs, ce)
    if ce - cs < 8:
        return None
    return _Frame((cs, ce), Source(name=m.group(1)[:-1], kind="org"), "aus Kreisen", "indirect", 0.7)


def document_clause_frame(text: str, sent: str, s0: int, body_end: int) -> _Frame | None:
    """"…, wie aus dem Geschäftsklimaindex der Handelskammer hervorgeht": the document's
    author speaks for the clause before it, never its subject ("32 Prozent der Firmen
    rechnen …"); a document without a named author leaves the sentence to the other
    readings."""
    m = _RX_DE_WIE_AUS_HERVOR.search(sent, 0, body_end)
    if m is None or sent.split(" ", 1)[0].lower() in DE_SUBORDINATORS:
        return None
    src = parse_source(m.group(1), s0 + m.start(1), "de")
    if not src.organisation:
        return None
    cs, ce = trim_span(text, s0, s0 + m.start())
    cs = content_start(text, cs, ce)
    if ce - cs < 8:
        return None
    return _Frame((cs, ce), Source(name=src.organisation, kind="org"), "wie aus … hervorgeht", "indirect", 0.7)
