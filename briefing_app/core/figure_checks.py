"""Figure checks: conversions that do not add up, and the German "Billion" false friend.

Why: the commonest costly error in a briefing is a conversion copied from an article
where a scale word slipped ("1,2 Billionen Yuan (rund 16 Milliarden Euro)" — ten times too
little).  An amount followed by a parenthesised amount in another currency
("X Yuan (Y Euro)", "$1bn (£514m)", "… ($311bn; £165bn)") or by "umgerechnet Y" is
compared with the ECB reference rate of the article's date (which amount is the source is
decided: "umgerechnet rund 10 Milliarden Euro (1,3 Billionen Yen)" converts the yen).  A
deviation that is what a scale word is worth, on an amount without one, is named a missing
scale word; another power of ten a scale error; one that a common currency explains better,
a mixed-up currency.  The corrected amount is offered with the amount it applies to; without
an article date nothing is judged (at most a note), and every finding names the rate's date.
Findings never change the article text.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from .number_format import format_decimal, format_number, round_significant, unit_name
from .rates import reference_rate
from .results import FigureSuggestion, Finding

TOLERANCE = 0.15  # press conversions are rounded ("rund 16 Milliarden"); beyond this we speak up
# hedges and bounds a press conversion puts before the converted amount ("rund", "about", "mehr als")
_APPROX = r"rund|etwa|about|around|approximately|roughly|some|ca\.|circa|knapp|gut|fast|nearly|almost"
_BOUND = r"mehr als|more than|über|over"
# what may stand between an amount and its conversion in brackets or after a comma
_LINK = re.compile(rf"^\s*(?:\(|;|,)?\s*(?:umgerechnet|converted|equivalent\s+to|entspricht|entsprechend|das\s+sind|das\s+entspricht|that\s+is|which\s+is|or|oder|bzw\.|beziehungsweise|{_APPROX}|{_BOUND}|just|\s)*$", re.IGNORECASE)
# words that make two amounts side by side one amount in two currencies, without brackets:
# "…, umgerechnet rund …", "– converted, about …", "…, or about $781 million", "bzw. rund …"
_NAMED_LINK = re.compile(
    rf"umgerechnet|converted|equivalent|entspricht|\b(?:or|oder|bzw\.|beziehungsweise)\s+(?:{_APPROX})(?!\w)",
    re.IGNORECASE,
)
# brackets, semicolons and dashes around a conversion ("100 Millionen Yuan – umgerechnet 12,8 Millionen Euro –")
_LINK_PUNCTUATION = re.compile(r"[(;–—]|\s-\s")
# a conversion cue right before an amount marks that amount as the derived one
_CONVERSION_CUE = re.compile(r"(?:umgerechnet|converted|equivalent\s+(?:to|of)|entspricht|entsprechend|in\s+euro\s+terms)"
                             rf"(?:\s+(?:{_APPROX}|{_BOUND}))*\s*$",
                             re.IGNORECASE)
# currencies a mixed-up conversion is tried against (the common targets of press conversions)
_MIX_UP_CANDIDATES = ("USD", "EUR", "CNY", "GBP", "JPY", "CHF", "KRW", "SGD", "HKD")
_SCALE_EXPONENTS = (3, 6, 9, 12)


def _money_value(f: FigureSuggestion) -> tuple[str, Decimal] | None:
    if f.unit == "GBX":
        return "GBP", f.value / 100
    if len(f.unit) == 3 and f.unit.isupper():
        return f.unit, f.value
    return None


def _currency(f: FigureSuggestion) -> str:
    money = _money_value(f)
    return money[0] if money else ""


def conversion_pairs(text: str, figures: list[FigureSuggestion]) -> list[tuple[FigureSuggestion, FigureSuggestion]]:
    """(source, conversion) pairs of amounts in two currencies given as one amount.

    The two stand side by side: the second in parentheses ("X Yuan (Y Euro)", "$1bn (£514m)",
    "… ($311bn; £165bn)") or after "umgerechnet"/"converted".  Which one is the original is
    decided, never assumed: an amount introduced by "umgerechnet", "converted", "equivalent
    to" is the conversion ("umgerechnet rund 10 Milliarden Euro (1,3 Billionen Yen)" converts
    yen to euros); otherwise the second one is.
    """
    pairs = []
    money = [f for f in figures if _money_value(f)]
    for i, a in enumerate(money):
        j = i + 1
        while j < len(money):
            b = money[j]
            between = text[a.end:b.start]
            if len(between) > 40 or ")" in between:
                break
            if _currency(b) != _currency(a) and ("(" in between or _NAMED_LINK.search(between)) \
                    and _LINK.match(_LINK_PUNCTUATION.sub(" ", between)):
                before_a = text[max(0, a.start - 40):a.start]
                if "(" in between and _CONVERSION_CUE.search(before_a) and not _CONVERSION_CUE.search(between):
                    pairs.append((b, a))
                else:
                    pairs.append((a, b))
                # "($311bn; £165bn)": a further conversion inside the same parentheses (never a
                # second amount of the source's own currency: "…, equivalent to $2bn, from 6.1bn yuan")
                k = j + 1
                while ("(" in between and k < len(money) and _currency(money[k]) not in (_currency(a), _currency(b))
                       and re.fullmatch(r"\s*[;,]\s*(?:\w+\s+)?", text[money[k - 1].end:money[k].start])):
                    pairs.append((a, money[k]))
                    k += 1
                break
            j += 1
    return pairs


def check_figures(text: str, figures: list[FigureSuggestion], language: str,
                  published: date | None) -> list[Finding]:
    """Findings for the conversions among ``figures`` (see the module docstring).

    A conversion is judged only against the ECB rate of the article's own date: without a
    date there is no error, only a note when the latest rate disagrees (the finding says so).
    """
    findings: list[Finding] = []
    for a, b in conversion_pairs(text, figures):
        if published is None:
            findings.extend(_undated_note(a, b))
        else:
            findings.extend(check_conversion(a, b, published))
    return findings


def _undated_note(a: FigureSuggestion, b: FigureSuggestion) -> list[Finding]:
    """A note for a conversion that looks off against the latest rate, when the article has no date."""
    latest = check_conversion(a, b, date.today())
    if not any(f.severity in ("error", "warning") for f in latest):
        return []
    return [Finding(
        "info", "conversion_undated",
        f"Die Umrechnung „{a.text}“ → „{b.text}“ passt nicht zum aktuellen EZB-Kurs; der Artikel hat kein Datum, "
        f"daher wurde sie nicht geprüft. Tragen Sie das Erscheinungsdatum ein, um sie zu prüfen.",
        f"The conversion '{a.text}' → '{b.text}' does not match the latest ECB rate; the article has no date, "
        f"so it was not checked. Set the publication date to check it.",
        [(a.start, a.end), (b.start, b.end)], None)]


def _de_decimal(value: Decimal) -> str:
    """Four significant digits with a German decimal comma (7,492 rather than 7.492)."""
    return f"{value:.4g}".replace(".", ",")


def _amount_text(value: Decimal, currency: str, lang: str) -> str:
    """An expected amount in the outputs' notation: "160,2 Mrd. Euro" / "€160.2 billion"."""
    number, unit = format_number(round_significant(value, 4), currency, lang)
    return f"{number} {unit}" if unit else number


def _scale_slip(a: FigureSuggestion, b: FigureSuggestion, power: int) -> FigureSuggestion | None:
    """The amount that lost its scale word, when the deviation is what a scale word is worth.

    "50 billion yuan (about 7 U.S. dollars)": the conversion is 10^9 too small and has no scale
    word while its source has one — a dropped word, not "a factor of 1,000,000,000".
    """
    if abs(power) not in _SCALE_EXPONENTS:
        return None
    # a million or more is lost only with a word; a lost thousand can also be a slipped separator
    if power < 0 and not b.scale_word and (a.scale_word or power <= -6):
        return b
    if power > 0 and not a.scale_word and (b.scale_word or power >= 6):
        return a
    return None


def _currency_mix_up(val_a: Decimal, cur_a: str, val_b: Decimal, cur_b: str, on: date) -> tuple[str, float] | None:
    """The currency in which ``val_b`` is the best conversion of the source ("7 billion yen" meant dollars),
    with how far off it is (0.0 = exact); None when no common currency fits within the tolerance."""
    best: tuple[str, float] | None = None
    for cur in _MIX_UP_CANDIDATES:
        if cur in (cur_a, cur_b):
            continue
        rate = reference_rate(cur_a, cur, on)
        if rate is None:
            continue
        off = abs(float(val_b / (val_a * rate.value)) - 1)
        if off <= TOLERANCE and (best is None or off < best[1]):
            best = (cur, off)
    return best


_YEN_SIGN_READINGS = {"JPY": "CNY", "CNY": "JPY"}


def _fits_other_yen_sign(a: FigureSuggestion, b: FigureSuggestion, on: date) -> bool:
    """'¥' is written for yuan and for yen: a conversion that fits the other reading is no error."""
    money_a, money_b = _money_value(a), _money_value(b)
    if money_a is None or money_b is None:
        return False
    (cur_a, val_a), (cur_b, val_b) = money_a, money_b
    if "¥" in a.text and cur_a in _YEN_SIGN_READINGS:
        cur_a = _YEN_SIGN_READINGS[cur_a]
    elif "¥" in b.text and cur_b in _YEN_SIGN_READINGS:
        cur_b = _YEN_SIGN_READINGS[cur_b]
    else:
        return False
    rate = reference_rate(cur_a, cur_b, on)
    return rate is not None and cur_a != cur_b and abs(float(val_b / (val_a * rate.value)) - 1) <= TOLERANCE


def check_conversion(a: FigureSuggestion, b: FigureSuggestion, on: date) -> list[Finding]:
    """Findings for one conversion: ``a`` is the source amount, ``b`` its conversion."""
    money_a, money_b = _money_value(a), _money_value(b)
    out: list[Finding] = []
    if money_a is None or money_b is None:
        return out
    (cur_a, val_a), (cur_b, val_b) = money_a, money_b
    if val_a <= 0 or val_b <= 0:
        return out
    rate = reference_rate(cur_a, cur_b, on)
    spans = [(a.start, a.end), (b.start, b.end)]
    if rate is None or _fits_other_yen_sign(a, b, on):
        return out
    expected = val_a * rate.value
    ratio = float(val_b / expected)
    date_note_en = f" (ECB rate of {rate.on.isoformat()}" + (f", nearest to {rate.requested.isoformat()})" if rate.fell_back else ")")
    date_note_de = f" (EZB-Referenzkurs vom {rate.on.strftime('%d.%m.%Y')}" + (
        f", nächstgelegener Tag zum {rate.requested.strftime('%d.%m.%Y')})" if rate.fell_back else ")")
    exp_text_de = _amount_text(expected, cur_b, "de")
    exp_text_en = _amount_text(expected, cur_b, "en")
    if abs(ratio - 1) > TOLERANCE:
        power = round(math.log10(ratio))
        close_to_power = power != 0 and abs(math.log10(ratio) - power) < math.log10(1 + TOLERANCE + 0.1)
        suggestion = {"value": expected.quantize(Decimal("0.01")) if expected < 1000 else expected.quantize(Decimal(1)),
                      "unit": cur_b, "text_de": exp_text_de, "text_en": exp_text_en,
                      "rate": rate.value, "rate_date": rate.on.isoformat(),
                      "target": [b.start, b.end]}  # the amount the correction applies to
        # a wrong currency and a power-of-ten slip can both explain a deviation (yen are ~100 to
        # the euro); the explanation that fits more closely wins, a single factor of ten excepted
        mix = _currency_mix_up(val_a, cur_a, val_b, cur_b, on) if not close_to_power or abs(power) >= 2 else None
        power_off = abs(ratio / 10 ** power - 1) if power else 1.0
        if close_to_power and mix is not None and abs(power) >= 2 and mix[1] < power_off:
            close_to_power = False
        mixed = None if close_to_power or mix is None else mix[0]
        slipped = _scale_slip(a, b, power) if close_to_power else None
        if slipped is b:
            out.append(Finding(
                "error", "missing_scale_word",
                f"Der umgerechnete Betrag „{b.text}“ hat kein Größenwort (Mio./Mrd.); zu „{a.text}“ passen "
                f"etwa {exp_text_de}{date_note_de}.",
                f"The converted amount '{b.text}' lacks its scale word (million/billion); '{a.text}' is about "
                f"{exp_text_en}{date_note_en}.",
                spans, suggestion))
        elif slipped is a:
            source_value = val_b / rate.value
            out.append(Finding(
                "error", "missing_scale_word",
                f"Dem Betrag „{a.text}“ fehlt das Größenwort (Mio./Mrd.): „{b.text}“ entspricht etwa "
                f"{_amount_text(source_value, cur_a, 'de')}{date_note_de}.",
                f"The amount '{a.text}' lacks its scale word (million/billion): '{b.text}' is about "
                f"{_amount_text(source_value, cur_a, 'en')}{date_note_en}.",
                spans, {**suggestion, "value": source_value.quantize(Decimal(1)) if source_value >= 1000
                        else source_value.quantize(Decimal("0.01")), "unit": cur_a,
                        "text_de": _amount_text(source_value, cur_a, "de"),
                        "text_en": _amount_text(source_value, cur_a, "en"), "target": [a.start, a.end]}))
        elif close_to_power:
            factor = 10 ** abs(power)
            direction_de = "zu klein" if power < 0 else "zu groß"
            direction_en = "too small" if power < 0 else "too large"
            out.append(Finding(
                "error", "scale_error",
                f"Wahrscheinlicher Größenfehler: „{b.text}“ ist um den Faktor {format_decimal(Decimal(factor), 'de')} "
                f"{direction_de}; „{a.text}“ entspricht etwa {exp_text_de}{date_note_de}.",
                f"Likely scale error: '{b.text}' is {direction_en} by a factor of {factor:,}; "
                f"'{a.text}' is about {exp_text_en}{date_note_en}.",
                spans, suggestion))
        elif mixed is not None:
            name_de = unit_name(mixed, "de")
            name_en = unit_name(mixed, "en")
            out.append(Finding(
                "error", "currency_mix_up",
                f"Falsche Währung? „{b.text}“ passt als Umrechnung von „{a.text}“ zu {name_de}, nicht zu "
                f"{unit_name(cur_b, 'de')}; in {unit_name(cur_b, 'de')} wären es etwa {exp_text_de}{date_note_de}.",
                f"Wrong currency? As a conversion of '{a.text}', '{b.text}' fits {name_en}, not "
                f"{unit_name(cur_b, 'en')}; in {unit_name(cur_b, 'en')} it would be about {exp_text_en}{date_note_en}.",
                spans, {**suggestion, "value": val_b, "unit": mixed,
                        "text_de": _amount_text(val_b, mixed, "de"), "text_en": _amount_text(val_b, mixed, "en")}))
        else:
            implied = val_b / val_a
            out.append(Finding(
                "warning", "rate_mismatch",
                f"Die Umrechnung „{a.text}“ → „{b.text}“ unterstellt einen Kurs von {_de_decimal(implied)}, "
                f"der Referenzkurs ist {_de_decimal(rate.value)}{date_note_de}; erwartet: {exp_text_de}.",
                f"The conversion '{a.text}' → '{b.text}' implies a rate of {implied:.4g}; the reference rate is "
                f"{rate.value:.4g}{date_note_en}; expected: {exp_text_en}.",
                spans, suggestion))
    if a.approx and not b.approx:
        out.append(Finding(
            "info", "hedged_conversion",
            f"„{a.text}“ ist ein ungefährer Wert ({a.qualifier}), die Umrechnung „{b.text}“ wirkt aber exakt.",
            f"'{a.text}' is approximate ({a.qualifier}) but its conversion '{b.text}' is given as exact.",
            spans, None))
    return out


_DE_BILLION = re.compile(r"\bBillion(?:en)?\b|\bBio\.")
_EN_BILLION = re.compile(r"\b(?:billions?|bn)\b", re.IGNORECASE)


def check_translation(source_text: str, translation: str, source_start: int = 0) -> list[Finding]:
    """Flag an English rendering that turns German "Billion(en)" (10^12) into "billion" (10^9)."""
    src = _DE_BILLION.search(source_text)
    if not src:
        return []
    found = _EN_BILLION.search(translation)
    if not found:
        return []
    fixed = _EN_BILLION.sub(lambda m: "trillion" if m.group(0).lower() in ("billion", "bn") else "trillions", translation)
    return [Finding(
        "warning", "billion_false_friend",
        f"„{src.group(0)}“ bedeutet 10^12 und heißt im Englischen „trillion“, nicht „{found.group(0)}“.",
        f"German '{src.group(0)}' is 10^12, which is 'trillion' in English, not '{found.group(0)}'.",
        [(source_start + src.start(), source_start + src.end())],
        {"text": fixed},
    )]
