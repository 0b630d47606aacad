"""The article of the news-site copies with lines set between its paragraphs.

Tests of line rules put a candidate line (a plea, a legal notice, a caption) right inside an
article and look at what the cleaner keeps; the page around it is the same for all of them.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_whole, lines

EN_HEADLINE = "German machinery exports to China fall for a third year"
DE_HEADLINE = "Deutsche Maschinenexporte nach China sinken das dritte Jahr in Folge"


def cleaned_with_lines_inside(inserted: list[str], *, german: bool = False) -> str:
    """The article with ``inserted`` between its second and third paragraph, cleaned; every
    paragraph of the article is checked to be there whole."""
    menu, headline, stamp, paragraphs = (DE_MENU, DE_HEADLINE, "04.03.2026, 16:12 Uhr", DE_PARAGRAPHS) if german \
        else (EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS)
    result = import_text(lines(menu, headline, stamp, paragraphs[:2], inserted, paragraphs[2:], "Impressum"))
    assert_whole(result.text, paragraphs)
    return result.text
