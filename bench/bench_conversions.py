"""Conversion checks on generated press passages: detected errors, right corrections, false alarms.

Builds real-style passages (headline, a date line in a common format, a paragraph) that
convert an amount in CNY, USD, JPY, GBP, CHF, KRW or SGD into euros (German) or US dollars /
euros (English), with the ECB rate of the article's date, rounded as newsrooms round.  Layouts:
conversion in brackets, after "umgerechnet"/"equivalent to", and the conversion first with
the original in brackets, set off by dashes, and after "bzw. rund"/", or about".  Each correct passage gets four copies with one injected error in
the conversion: ×10, ×1000 (scale word one step up), a dropped scale word, a swapped currency.
Every passage goes through the app's own import (date line → article date) and analysis.

    .venv/bin/python bench/bench_conversions.py [--details]

Detected: an error/warning finding on the corrupted amount.  Correction right: a suggestion
whose unit is the true currency and whose value is within 3 % of the true conversion.
False alarm: an error/warning finding on a correct passage.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from briefing_app.core.analysis import analyse  # noqa: E402 - importable once the repository is on sys.path
from briefing_app.core.rates import reference_rate  # noqa: E402 - importable once the repository is on sys.path
from briefing_app.ingest.importer import import_text  # noqa: E402 - importable once the repository is on sys.path

DATES = (date(2019, 3, 5), date(2021, 6, 14), date(2023, 11, 20), date(2024, 4, 9))
# source currency -> (amount, exponent) as an article would state it
SOURCES = {"CNY": (Decimal(50), 9), "USD": (Decimal("3.2"), 9), "JPY": (Decimal(120), 9),
           "GBP": (Decimal(450), 6), "CHF": (Decimal("1.8"), 9), "KRW": (Decimal("2.5"), 12),
           "SGD": (Decimal("1.2"), 9)}
SCALE_DE = {6: "Millionen", 9: "Milliarden", 12: "Billionen"}
SCALE_EN = {6: "million", 9: "billion", 12: "trillion"}
NAME_DE = {"CNY": "Yuan", "USD": "US-Dollar", "JPY": "Yen", "GBP": "Pfund", "CHF": "Franken", "KRW": "Won",
           "SGD": "Singapur-Dollar", "EUR": "Euro"}
# English: sign before the number, or word after it
SIGN_EN = {"USD": "US$", "GBP": "£", "KRW": "₩", "SGD": "S$", "EUR": "€"}
WORD_EN = {"CNY": "yuan", "USD": "U.S. dollars", "JPY": "yen", "GBP": "pounds sterling", "CHF": "Swiss francs",
           "KRW": "won", "SGD": "Singapore dollars", "EUR": "euros"}
# English alternative: a code or sign written onto the number ("RMB50 billion", "¥120 billion")
GLUED_EN = {"CNY": "RMB", "JPY": "¥", "CHF": "CHF ", "KRW": "KRW ", "SGD": "SGD ", "GBP": "GBP ", "USD": "USD ",
            "EUR": "EUR "}
# a swapped currency that differs enough from the right one to be told apart by its rate
SWAP = {"EUR": ("JPY", "CNY"), "USD": ("JPY", "CNY")}
DATELINES_DE = ("{d:%d.%m.%Y} | dpa", "Veröffentlicht: {day}. {month_de} {d:%Y}")
DATELINES_EN = ("Last Updated : {d:%b} {day}, {d:%Y} 10:30 AM IST", "{d:%Y-%m-%d} 10:30:00", "Published: {day} {d:%B} {d:%Y}")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
LAYOUTS_DE = ("Der Konzern investiert {src} (rund {tgt}) in das neue Werk, teilte das Unternehmen mit.",
              "Der Konzern investiert {src}, umgerechnet rund {tgt}, in das neue Werk.",
              "Der Konzern investiert umgerechnet rund {tgt} ({src}) in das neue Werk.",
              "Der Konzern investiert {src} – umgerechnet knapp {tgt} – in das neue Werk.",
              "Der Konzern investiert {src} bzw. rund {tgt} in das neue Werk.")
LAYOUTS_EN = ("The group will invest {src} (about {tgt}) in the new plant, the company said.",
              "The group will invest {src}, equivalent to about {tgt}, in the new plant.",
              "The group will invest the equivalent of about {tgt} ({src}) in the new plant.",
              "The group will invest {src}, or about {tgt}, in the new plant.")


def _round3(v: Decimal) -> Decimal:
    return Decimal(f"{v:.3g}")


def _split(value: Decimal) -> tuple[Decimal, int]:
    """A value as newsrooms write it: 1–999 of the largest fitting scale word."""
    for exp in (12, 9, 6):
        if value >= Decimal(10) ** exp:
            return _round3(value.scaleb(-exp)), exp
    return _round3(value.scaleb(-6)), 6


def _num(n: Decimal, lang: str) -> str:
    text = format(n.normalize(), "f")
    return text.replace(".", ",") if lang == "de" else text


def amount(n: Decimal, exp: int | None, cur: str, lang: str, glued: bool = False) -> str:
    """"3,2 Milliarden Yuan", "US$3.2 billion", "₩2.5 trillion", "RMB50 billion" (exp None: no scale word)."""
    if glued and lang == "en":
        scale = f" {SCALE_EN[exp]}" if exp else ""
        return f"{GLUED_EN[cur]}{_num(n, lang)}{scale}"
    if lang == "de":
        scale = f" {SCALE_DE[exp]}" if exp else ""
        return f"{_num(n, lang)}{scale} {NAME_DE[cur]}"
    scale = f" {SCALE_EN[exp]}" if exp else ""
    if cur in SIGN_EN and cur != "EUR":
        return f"{SIGN_EN[cur]}{_num(n, lang)}{scale}"
    return f"{_num(n, lang)}{scale} {WORD_EN[cur]}"


@dataclass
class Case:
    text: str
    lang: str
    kind: str  # correct | x10 | x1000 | dropped | swapped
    target: str  # the true currency of the conversion
    true_value: Decimal  # the exact conversion at the ECB rate of the date
    corrupted: str  # the corrupted amount as written ("" for correct passages)


def cases() -> list[Case]:
    out: list[Case] = []
    for lang in ("de", "en"):
        layouts = LAYOUTS_DE if lang == "de" else LAYOUTS_EN
        datelines = DATELINES_DE if lang == "de" else DATELINES_EN
        for si, (src_cur, (n, exp)) in enumerate(SOURCES.items()):
            tgt_cur = "EUR" if lang == "de" or src_cur == "USD" else "USD"
            for di, d in enumerate(DATES):
                rate = reference_rate(src_cur, tgt_cur, d)
                assert rate is not None and rate.on <= d, (src_cur, tgt_cur, d)
                true_value = n.scaleb(exp) * rate.value
                tn, texp = _split(true_value)
                src = amount(n, exp, src_cur, lang, glued=di % 2 == 1)
                variants = {"correct": amount(tn, texp, tgt_cur, lang),
                            "x10": amount(tn * 10, texp, tgt_cur, lang),
                            "x1000": amount(tn, texp + 3, tgt_cur, lang) if texp < 12 else amount(tn * 1000, texp, tgt_cur, lang),
                            "dropped": amount(tn, None, tgt_cur, lang),
                            "swapped": amount(tn, texp, next(c for c in SWAP[tgt_cur] if c != src_cur), lang)}
                layout = layouts[(di + si) % len(layouts)]
                line = datelines[di % len(datelines)].format(d=d, day=d.day, month_de=MONTHS_DE[d.month - 1])
                for kind, tgt in variants.items():
                    head = "Neues Werk in Europa" if lang == "de" else "New plant in Europe"
                    body = layout.format(src=src, tgt=tgt)
                    extra = (" Die Produktion soll 2026 beginnen." if lang == "de"
                             else " Production is due to start in 2026.")
                    text = f"{head}\n{line}\n\n{body}{extra}\n"
                    out.append(Case(text, lang, kind, tgt_cur, true_value, "" if kind == "correct" else tgt))
    return out


def run(details: bool) -> dict[str, tuple[int, int]]:
    tally: dict[str, list[int]] = {}
    dated = 0
    for case in cases():
        art = import_text(case.text)
        dated += art.published is not None
        a = analyse(art.text, case.lang, art.published)
        serious = [f for f in a.findings if f.severity in ("error", "warning")]
        row = tally.setdefault(case.lang, [0, 0, 0, 0, 0, 0])  # errors, detected, corrected, correct, false alarms, date stated
        if case.kind == "correct":
            row[3] += 1
            if serious:
                row[4] += 1
                if details:
                    print("FALSE ALARM", case.lang, art.published, serious[0].message_en, "|", case.text.splitlines()[-1])
            continue
        row[0] += 1
        start = art.text.find(case.corrupted)
        hits = [f for f in serious if any(s <= start < e or start <= s < start + len(case.corrupted) for s, e in f.spans)]
        if hits:
            row[1] += 1
            row[5] += all(("ECB rate of" in f.message_en and "EZB-Referenzkurs vom" in f.message_de) for f in hits)
            ok = any(f.suggestion and f.suggestion.get("unit") == case.target
                     and abs(Decimal(str(f.suggestion["value"])) / case.true_value - 1) <= Decimal("0.03") for f in hits)
            row[2] += ok
            if details and not ok:
                print("WRONG FIX", case.kind, case.lang, hits[0].code, hits[0].suggestion, "|", case.text.splitlines()[-1])
        elif details:
            print("MISSED", case.kind, case.lang, art.published, [f.code for f in a.findings], "|", case.text.splitlines()[-1])
    print(f"passages with a date read from their date line: {dated}/{len(cases())}")
    print("| lang | injected errors | detected | corrections right | date stated | correct passages | false alarms |")
    print("|---|---|---|---|---|---|---|")
    total = [0] * 6
    for lang, r in sorted(tally.items()):
        total = [x + y for x, y in zip(total, r, strict=True)]
        print(f"| {lang} | {r[0]} | {r[1]} ({r[1] / r[0]:.2f}) | {r[2]} ({r[2] / max(r[1], 1):.2f}) | {r[5]}/{r[1]} | {r[3]} | {r[4]} |")
    r = total
    print(f"| all | {r[0]} | {r[1]} ({r[1] / r[0]:.2f}) | {r[2]} ({r[2] / max(r[1], 1):.2f}) | {r[5]}/{r[1]} | {r[3]} | {r[4]} |")
    return {k: (v[1], v[0]) for k, v in tally.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses, wrong corrections and false alarms")
    run(ap.parse_args().details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
