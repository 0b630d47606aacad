"""Figure checks: conversions that do not add up, and the German "Billion" false friend.

Why: the commonest costly error in a briefing is a conversion copied from an article
where a scale word slipped ("1,2 Billionen Yuan (rund 16 Milliarden Euro)" — ten times too
little).  An amount followed by a parenthesised amount in another currency
("X Yuan (Y Euro)", "$1bn (£514m)", "… ($311bn; £165bn)") or by "umgerechnet Y" is
compared with the ECB reference rate of the article's date.  A deviation that is a power
of ten is named a scale error and the corrected amount is offered; findings never change
the article text.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from .number_format import format_decimal, format_number, round_significant
from .rates import reference_rate
from .results import FigureSuggestion, Finding

TOLERANCE = 0.15  # press conversions are rounded ("rund 16 Milliarden"); beyond this we speak up
_LINK = re.compile(r"^\s*(?:\(|;|,)?\s*(?:umgerechnet|converted|equivalent\s+to|or|oder|rund|etwa|about|around|approximately|some|ca\.|circa|knapp|fast|nearly|almost|mehr als|more than|über|over|\s)*$", re.IGNORECASE)


def _money_value(f: FigureSuggestion) -> tuple[str, Decimal] | None:
    if f.unit == "GBX":
        return "GBP", f.value / 100
    if len(f.unit) == 3 and f.unit.isupper():
        return f.unit, f.value
    return None


def conversion_pairs(text: str, figures: list[FigureSuggestion]) -> list[tuple[FigureSuggestion, FigureSuggestion]]:
    """(amount, conversion) pairs: the conversion follows in parentheses or after "umgerechnet"."""
    pairs = []
    money = [f for f in figures if _money_value(f)]
    for i, a in enumerate(money):
        j = i + 1
        while j < len(money):
            b = money[j]
            between = text[a.end:b.start]
            if len(between) > 40 or ")" in between:
                break
            if _money_value(b)[0] != _money_value(a)[0] and ("(" in between or re.search(r"umgerechnet|converted|equivalent", between, re.I)) \
                    and _LINK.match(between.replace("(", " ").replace(";", " ")):
                pairs.append((a, b))
                # "($311bn; £165bn)": a further conversion inside the same parentheses
                k = j + 1
                while k < len(money) and re.fullmatch(r"\s*[;,]\s*(?:\w+\s+)?", text[money[k - 1].end:money[k].start]):
                    pairs.append((a, money[k]))
                    k += 1
                break
            j += 1
    return pairs


def check_figures(text: str, figures: list[FigureSuggestion], language: str,
                  published: date | None) -> list[Finding]:
    """Findings for the conversions among ``figures`` (see the module docstring)."""
    findings: list[Finding] = []
    on = published or date.today()
    for a, b in conversion_pairs(text, figures):
        findings.extend(check_conversion(a, b, on))
    return findings


def _de_decimal(value: Decimal) -> str:
    """Four significant digits with a German decimal comma (7,492 rather than 7.492)."""
    return f"{value:.4g}".replace(".", ",")


def _amount_text(value: Decimal, currency: str, lang: str) -> str:
    """An expected amount in the outputs' notation: "160,2 Mrd. Euro" / "€160.2 billion"."""
    number, unit = format_number(round_significant(value, 4), currency, lang)
    return f"{number} {unit}" if unit else number


def check_conversion(a: FigureSuggestion, b: FigureSuggestion, on: date) -> list[Finding]:
    cur_a, val_a = _money_value(a)
    cur_b, val_b = _money_value(b)
    out: list[Finding] = []
    if val_a <= 0 or val_b <= 0:
        return out
    rate = reference_rate(cur_a, cur_b, on)
    spans = [(a.start, a.end), (b.start, b.end)]
    if rate is None:
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
                      "rate": rate.value, "rate_date": rate.on.isoformat()}
        if close_to_power and not b.scale_word and a.scale_word:
            out.append(Finding(
                "error", "missing_scale_word",
                f"Der umgerechnete Betrag „{b.text}“ hat kein Größenwort (Mio./Mrd.); zu „{a.text}“ passen "
                f"etwa {exp_text_de}{date_note_de}.",
                f"The converted amount '{b.text}' lacks its scale word (million/billion); '{a.text}' is about "
                f"{exp_text_en}{date_note_en}.",
                spans, suggestion))
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
