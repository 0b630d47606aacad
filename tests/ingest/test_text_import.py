"""Plain text, Markdown and pasted text — above all the built-in sample article."""

from __future__ import annotations

from datetime import date, datetime

from briefing_app.ingest import import_file, import_text
from briefing_app.resources import sample_article_path

SAMPLE_CLUTTER = [
    "Startseite > Wirtschaft > Asien",
    "Teilen",
    "Twittern",
    "Link kopieren",
    "Wirtschaftskurier | 14.10.2026",
    "1   2   3   >",
    "DruckenSendenMerkenFeedback",
    "Quelle:",
    "Schlagworte:",
]


def test_sample_article_imports_clean_with_its_metadata():
    article = import_file(sample_article_path())
    assert article.title == "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden"
    assert article.outlet == "Wirtschaftskurier"
    assert article.published == date(2026, 10, 14)
    assert article.tags == ["China", "Mittelstand", "Industriecluster", "Taicang", "Investitionen"]
    assert article.language == "de"
    assert article.section == "Wirtschaft > Asien"
    assert article.original_name == "sample_article_de.txt"
    assert article.original_format == "text"
    assert article.original == sample_article_path().read_bytes()
    assert isinstance(article.retrieved_at, datetime) and article.retrieved_at.tzinfo is not None
    for clutter in SAMPLE_CLUTTER:
        assert clutter not in article.text
    assert article.title not in article.text
    assert article.text.startswith("Taicang/Berlin. Der neue deutsch-chinesische Industriecluster")
    assert article.text.endswith("haben sich bislang 35 Unternehmen angemeldet.")


def test_sample_paragraphs_are_separated_by_one_blank_line():
    paragraphs = import_file(sample_article_path()).text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_sample_removed_lines_have_reasons_and_raw_line_numbers():
    removed = import_file(sample_article_path()).removed
    assert [(r.reason, r.line) for r in removed] == [
        ("breadcrumb", 0),
        ("share", 1),
        ("headline", 2),
        ("dateline", 3),
        ("pager", 15),
        ("share", 17),
        ("source", 18),
        ("tags", 19),
    ]


def test_pasted_sample_gives_the_same_text(sample_text):
    pasted = import_text(sample_text)
    assert pasted.text == import_file(sample_article_path()).text
    assert pasted.original_format == "paste"
    assert pasted.original_name == "Pasted text"
    assert pasted.original == sample_text.encode("utf-8")


def test_pasted_text_can_be_named():
    assert import_text("Some words of an article that is long enough.", name="Clipboard 3").original_name == "Clipboard 3"


def test_english_copied_page():
    text = (
        "Home / Business / Asia\n"
        "Share Tweet Email Print\n"
        "German SMEs look for new sites in China\n"
        "By Jane Doe\n"
        "Published: 14 October 2026\n\n"
        "More than 200 representatives attended the opening, the association said on Tuesday.\n\n"
        "Read more: China threatens tariffs on European cars\n"
        "Next page\n"
        "Source: Business Courier\n"
        "Tags: China, SMEs"
    )
    article = import_text(text)
    assert article.text == "More than 200 representatives attended the opening, the association said on Tuesday."
    assert (article.title, article.author, article.outlet) == (
        "German SMEs look for new sites in China",
        "Jane Doe",
        "Business Courier",
    )
    assert article.published == date(2026, 10, 14)
    assert article.tags == ["China", "SMEs"]
    assert article.language == "en"
    assert {r.reason for r in article.removed} == {
        "breadcrumb", "share", "headline", "author", "dateline", "related", "pager", "source", "tags",
    }


def test_markdown_file(tmp_path):
    path = tmp_path / "notiz.md"
    path.write_text("# Mittelstand in Taicang\n\nDer Cluster wächst weiter, sagte die Präsidentin des Verbands.\n")
    article = import_file(path)
    assert article.title == "Mittelstand in Taicang"
    assert article.original_format == "markdown"
