"""Saved web pages (.html/.htm, also "Web page, complete" with its ``NAME_files`` folder).

trafilatura finds the article body and the page's metadata (title, author, date, site
name, tags, categories, canonical URL).  The page is only ever parsed: scripts do not
run, and nothing is fetched — we hand trafilatura a string, never a URL, and never call
``fetch_url``; a canonical or ``og:url`` address is recorded, not followed.  The
``NAME_files`` folder of a complete save is not read either (it holds images, styles
and scripts, no text the article needs).

trafilatura keeps comments out (they are readers' text, not the article's), and only
the line rules that raised precision on the extraction benchmark are applied on top
(see ``bench/README.md``).  Broken markup is extracted best-effort: trafilatura, then
its recall-oriented mode, then its baseline, then the plain text of the body.

Run ``python -m briefing_app.ingest.html_import PAGE.html`` to print the clean text
(the benchmark in ``bench/score_html.py`` calls it so).
"""

from __future__ import annotations

import io
import re
import sys
from typing import TYPE_CHECKING

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .boilerplate import RULES
from .cleaning import Profile
from .dates import parse_date
from .encoding import UndecodableText, bom_encoding, decode_text
from .formats import Extracted
from .headline import comparable
from .html_limits import check_markup
from .metadata import Metadata
from .normalize import paragraph_lines

if TYPE_CHECKING:
    from trafilatura.settings import Document as TrafilaturaDocument

#: Line rules applied to trafilatura's output.  Headline guessing is off (trafilatura
#: keeps the title apart; only a first line equal to it is taken out).
HTML_RULES = tuple(rule for rule in RULES if rule.reason not in {"comments"})
HTML = Profile(rules=HTML_RULES, headline=False, skip_metadata=frozenset({"url"}))
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—:•·»]|::)\s+")

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_DROP_FOR_PLAIN_TEXT = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")


def decode_html(data: bytes) -> str:
    """The page as a string: BOM, then UTF-8, then the page's declared charset, then a guess."""
    bom = bom_encoding(data)
    if bom:
        return data[bom[1] :].decode(bom[0], errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:8192])
    if declared and _page_charset(declared.group(1)):
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except (LookupError, UnicodeError, ValueError):
            pass
    try:
        return decode_text(data).text
    except UndecodableText:
        return data.decode("utf-8", errors="replace")


#: Codecs that are text encodings to Python but never a web page's charset: decoding a
#: page with them fails ("idna" refuses errors="replace") or takes quadratic time.  A
#: declared UTF-16/32 without a byte-order mark is a mistake (HTML reads it as UTF-8).
_NOT_PAGE_CHARSETS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7",
     "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)


def _page_charset(declared: bytes) -> bool:
    """Whether a ``<meta charset>`` value names a charset a page can really be in."""
    import codecs

    try:
        info = codecs.lookup(declared.decode("ascii"))
    except (LookupError, UnicodeError, ValueError):
        return False
    return info.name not in _NOT_PAGE_CHARSETS and getattr(info, "_is_text_encoding", True)


def extract_html(data: bytes, name: str = "") -> Extracted:
    html = decode_html(data)
    check_markup(html, name)
    document = _trafilatura(html)
    meta = _metadata(document)
    text = (document.text if document is not None else "") or ""
    if not text.strip():
        text = _fallback_text(html)
    if not text.strip():
        raise ArticleImportError(
            QT_TRANSLATE_NOOP("BriefingError", "No article text was found in the web page “{name}”.")
            if name
            else QT_TRANSLATE_NOOP("BriefingError", "No article text was found in the pasted web page."),
            hint=QT_TRANSLATE_NOOP(
                "BriefingError",
                "The page may load its text with scripts, which are never run here. "
                "Select the article in your browser, copy it and paste it instead.",
            ),
            name=name,
            path=name or None,
        )
    return Extracted(paragraph_lines(text.split("\n")), meta, HTML, file_meta_first=True)


def _trafilatura(html: str) -> TrafilaturaDocument | None:
    import trafilatura
    from trafilatura.settings import Document as TrafilaturaDocument

    for favor_recall in (False, True):
        try:
            document = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=favor_recall
            )
        except Exception:  # a parser crash on broken markup means "try the next way"
            document = None
        if isinstance(document, TrafilaturaDocument) and (document.text or "").strip():
            return document
    return None


def _fallback_text(html: str) -> str:
    """Broken or unusual markup: trafilatura's baseline, else every text node of the page."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:  # the baseline breaks on some broken markup in many ways; every text node is next
        text = ""
    if text.strip():
        return text
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(tree.iter(*_DROP_FOR_PLAIN_TEXT)):
        if element.getparent() is not None:
            element.drop_tree()
    return "\n".join(line for line in tree.text_content().splitlines() if line.strip())


def _metadata(document: TrafilaturaDocument | None) -> Metadata:
    if document is None:
        return Metadata()
    author = (document.author or "").replace("; ", ", ")
    categories = [c for c in (document.categories or []) if c]
    outlet = (document.sitename or document.hostname or "").strip()
    return Metadata(
        title=_without_site_name((document.title or "").strip(), outlet),
        outlet=outlet,
        author=author.strip(),
        published=parse_date(document.date) if document.date else None,
        url=(document.url or "").strip(),
        section=", ".join(categories),
        tags=_split_tags(document.tags or []),
    )


def _split_tags(raw: list[str]) -> list[str]:
    """trafilatura passes ``<meta name="keywords">`` on as one string: split it."""
    tags: list[str] = []
    for entry in raw:
        for tag in re.split(r"\s*[,;]\s*", entry or ""):
            if tag.strip() and tag.strip() not in tags:
                tags.append(tag.strip())
    return tags


def _without_site_name(title: str, site: str) -> str:
    """'Black Friday … - Remember 80/90' → 'Black Friday …' when the tail is the site's name."""
    site_words = comparable(site)
    if not site_words:
        return title
    for separator in _TITLE_SEPARATOR.finditer(title):
        if comparable(title[separator.end() :]) == site_words and separator.start() > 0:
            return title[: separator.start()]
    return title


def main(argv: list[str] | None = None) -> int:
    """Print the clean text of a saved web page (used by the extraction benchmark)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m briefing_app.ingest.html_import PAGE.html", file=sys.stderr)
        return 2
    from . import import_file

    try:
        article = import_file(args[0])
    except ArticleImportError as exc:
        print(exc.user_text(), file=sys.stderr)
        return 1
    if isinstance(sys.stdout, io.TextIOWrapper):  # not when redirected to a plain stream
        sys.stdout.reconfigure(encoding="utf-8")
    print(article.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
