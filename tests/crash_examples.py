"""Inputs that once crashed, hung or blew up the app, kept as regression examples.

The fuzz tests replay each of these first (``hypothesis.example``) before generating
new cases; crafted project kinds live in ``tests/storage/crafted_projects.py``.
"""

from __future__ import annotations

#: Web pages (bytes as saved) that ended in a traceback or ran for minutes.
HTML_PAGES: list[bytes] = [
    b'<html><head><meta charset="idna"><title>T</title></head><body><p>Text \xff mit Umlaut.</p></body></html>',
    b'<html><head><meta charset="punycode"></head><body><p>\xe4\xf6\xfc sagte er.</p></body></html>',
    b"<html><head><meta charset='utf-7'></head><body><p>+AGEAYgBj- \xff</p></body></html>",
    b"<html><body><div " + b" ".join(b'a%d="x"' % i for i in range(2_000)) + b"><p>Satz.</p></div></body></html>",
    b"<html><body>" + b"<div>" * 3_000 + b"<p>Tief.</p>" + b"</div>" * 3_000 + b"</body></html>",
    b"<html><head><meta charset=\"\"></head><body><p>leer</p></body></html>",
]

#: Pasted or plain texts that crashed the importer or the analyser.
TEXTS: list[str] = [
    "Das Volumen wird auf 123456789012345678901234567890 Milliarden Euro beziffert.",
    "„" * 500 + "sagte er" + "“" * 500,
    "\ufffe\uffff Text mit Nichtzeichen, sagte sie.",
    "1" * 20_000,
    # a run of digits glued to a word, in a line the share-bar and pager patterns read: each
    # way of cutting the digits into counts was tried, for minutes
    "Titel\n\n" + "9" * 30 + "S&#0;tartseite > Wirtschaft > Asien\n\nDer Minister sagte, die Lage sei ernst.",
    "Titel\n\n" + "1," * 40 + "\u00a0Euro\n\nDer Minister sagte, die Lage sei ernst.",
    "Titel\n\n" + "9" * 99 + "x\n\nDer Minister sagte, die Lage sei ernst.",
]
