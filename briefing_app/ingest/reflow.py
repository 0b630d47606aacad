"""Re-joining lines that a PDF broke for layout, not for meaning.

A PDF's text layer has one line per printed line: sentences are split mid-way and
words hyphenated at the margin.  Quotes and figures must be found across those breaks,
so lines are joined into paragraphs.  A paragraph ends where a line ends a sentence
and stops well short of the column width — the way a reader sees it on paper.
"""

from __future__ import annotations

import re

_HYPHENATED = re.compile(r"(?<=[a-zäöüß])-$")
_ENDS_SENTENCE = re.compile(r"[.!?:…\"“”»«)]$")


def reflow(lines: list[str]) -> list[str]:
    """The paragraphs formed by one block of wrapped lines."""
    if len(lines) < 2:
        return list(lines)
    width = sorted(len(line) for line in lines)[int(len(lines) * 0.8)]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not current:
            current = line
        elif _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if _ENDS_SENTENCE.search(line) and len(line) < 0.85 * width:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
