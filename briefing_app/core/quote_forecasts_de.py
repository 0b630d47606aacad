"""German forecast frames: a forecast verb with a named subject reports what the subject expects.

"Der Fiskalrat rechnet mit einem Minus", "Im kommenden Jahr erwartet der Verband …",
"Das Exportplus schätzte Treier auf …": no speech verb and no quotation marks, yet the
subject's view, reported.  The subject may stand before the verb, after it (inversion), or
be named in apposition; a forecast inside another frame's content is not one of its own.
"""

from __future__ import annotations

import re

from .entity_tracker import EntityTracker
from .quote_patterns import _DE_VERB_FORMS_ALT, _NOBODY, _RX_DE_WIE_TOLD, _SUBJ_AFTER, _Frame, _plural_sie
from .quote_spans import clause_prefix, content_start, trim_span
from .source_phrases import parse_source
from .speech_cues import DE_ADVERBIAL_OPENERS, DE_FORECAST_NEEDS, is_org_description_de

#: A noun phrase closed by a name in apposition and nothing else before the comma: "Der
#: chinesische Botschafter in Berlin, Deng Hongbo, lobte …" opens with its subject.
RX_DE_NAME_APPOSITION_END = re.compile(
    r"^[A-ZÄÖÜ][^,.;:!?]{0,80},\s+(?:[A-ZÄÖÜ][\w'-]+\s+(?:(?:von|van|de|zu)\s+(?:der\s+|den\s+)?)?){0,2}[A-ZÄÖÜ][\w'-]+$")

# "stärker als erwartet", "wie erwartet": a comparison, no forecast
_RX_DE_AS_EXPECTED = re.compile(r"(?<![\w-])(?:als|wie)\s+$")
# a speech verb with its comma before the forecast verb: the forecast is that frame's content
_RX_DE_SPEECH_VERB_COMMA = re.compile(r"(?<![\w-])(?:" + _DE_VERB_FORMS_ALT + r")\s*,\s")
# the words before a forecast's content: "dass", "damit, dass", "darauf, dass"
_RX_DE_DAMIT_DASS = re.compile(r"(?:da(?:mit|rauf|von)\s*,\s*)?dass\s+")


def forecast_frame(
    text: str, tracker: EntityTracker, sent: str, s0: int, body_end: int, vm: re.Match[str]
) -> _Frame | None:
    """The frame of the forecast verb ``vm`` in ``sent`` (at ``s0`` in ``text``), or None when
    the verb is no forecast here ("erwartet sich", "als erwartet", no subject, "man")."""
    verb = vm.group(1)
    if _RX_DE_AS_EXPECTED.search(sent, max(0, vm.start() - 5), vm.start()) \
            or _RX_DE_SPEECH_VERB_COMMA.search(sent, 0, vm.start()):
        # "stärker als erwartet"; "Die AHK ergänzte, 40 Prozent der Firmen rechneten mit …": the
        # forecast is the content of the frame before it, not a frame of its own
        return None
    before, _ = clause_prefix(sent[:vm.start()])
    before = before.strip()
    after = sent[vm.end():body_end]
    need = DE_FORECAST_NEEDS.get(verb)
    if need and not re.search(r"\b(?:da)?" + need + r"\b", after):  # "rechnet mit …", "rechnet damit, dass …"
        return None
    if re.match(r"\s*(?:werden|wird|wurde|wurden|sich)\b", after) or (not before and verb[0].isupper()):
        return None
    # subject after the verb (inversion) or before it
    src = None
    cstart = vm.end()
    cend = body_end
    first_word = before.split(" ", 1)[0].lower() if before else ""
    sm = _SUBJ_AFTER.match(after)
    fronted_object = bool(before) and first_word in ("das", "die", "den", "dem") and sm is not None and (
        first_word in ("den", "dem") or sm.group(1) in ("er", "sie") or sm.group(1).startswith("der ")
        or (tracker.lookup(sm.group(1)) or _NOBODY).kind == "person"
        # "Das Volumen beziffert das Ministerium auf …": a body after the verb is its subject
        or (len(sm.group(1).split()) == 2 and is_org_description_de(sm.group(1).split()[-1])))
    named_subject = before.endswith(",") and RX_DE_NAME_APPOSITION_END.search(before.rstrip(", ")) is not None
    if named_subject:
        # "Der Außenwirtschaftschef der DIHK, Volker Treier, erwartet …": the subject with its name
        before = before.rstrip(", ")
        src = _plural_sie(parse_source(before, s0 + sent.find(before), "de"), verb)
    elif not before or first_word in DE_ADVERBIAL_OPENERS or before.endswith(",") or fronted_object:
        if not sm or re.match(r"\s+sich\b", after[sm.end():]):
            return None  # "erwartet sich" is a hope, not a forecast
        src = _plural_sie(parse_source(sm.group(1), s0 + vm.end() + sm.start(1), "de"), verb)
        cstart = vm.end() + sm.end()
        if before and not before.endswith(","):
            # the frame sits inside the sentence ("Im kommenden Jahr rechnet der Fiskalrat mit …",
            # "Das Exportplus schätzte Treier auf …"): the whole sentence, up to a subordinate clause
            cstart = 0
            sub = re.search(r",\s+(?:nachdem|weil|obwohl|während|bevor|wobei|nachdem)\b", sent[vm.end():body_end])
            if sub:
                cend = vm.end() + sub.start()
    else:
        src = _plural_sie(parse_source(before, s0 + sent.find(before), "de"), verb)
        if re.match(r"\s+sich\b", after):
            return None
    if src.kind == "description" and not src.description:
        return None
    if src.kind == "pronoun" and src.description.lower() == "man":
        return None
    if src.kind == "description" and src.description.split()[-1:] and src.description.split()[-1][0].islower():
        return None
    colon = re.search(r":\s*[„“\"«»‚]", sent[cstart:cend])
    if colon:
        cend = cstart + colon.start()  # "… rechnet der Verband mit …: „…“, sagte dessen Sprecher."
    told = _RX_DE_WIE_TOLD.search(sent, cstart, cend)
    if told:
        cend = told.start()  # "… ein Minus von zwei Prozent, wie Verbandspräsident X mitteilte": the frame's own tail
    cs, ce = trim_span(text, s0 + cstart, s0 + cend)
    if cstart == 0:
        cs = content_start(text, cs, ce)
    else:
        lead = _RX_DE_DAMIT_DASS.match(text, cs)
        if lead:
            cs = lead.end()  # "Der Ökonom schätzt, dass …", "rechnen damit, dass …": the content without "dass"
    if ce - cs < 8:
        return None
    return _Frame((cs, ce), src, verb, "indirect", 0.6)
