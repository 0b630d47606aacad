"""Putting removed lines back where they were."""

from __future__ import annotations

import pytest

from briefing_app.ingest import import_bytes, import_file, import_pages, import_text, restore_lines
from briefing_app.resources import sample_article_path

from .builders import make_docx


def _reasons(article):
    return [r.reason for r in article.removed]


def test_restore_a_line_back_at_its_place():
    article = import_file(sample_article_path())
    pager = _reasons(article).index("pager")
    restored = restore_lines(article, [pager])
    assert restored.id == article.id
    assert "pager" not in _reasons(restored)
    assert len(restored.removed) == len(article.removed) - 1
    before, after = restored.text.split("\n\n1 2 3 >")
    assert before == article.text and after == ""


def test_restore_the_headline_and_dateline_on_top():
    article = import_file(sample_article_path())
    wanted = [_reasons(article).index("headline"), _reasons(article).index("dateline")]
    restored = restore_lines(article, wanted)
    assert restored.text.startswith(
        "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden\n"
        "Wirtschaftskurier | 14.10.2026\n\nTaicang/Berlin."
    )
    assert restored.title == article.title  # metadata stays; only the text changes


def test_restoring_everything_gives_the_normalised_original():
    article = import_file(sample_article_path())
    restored = restore_lines(article, range(len(article.removed)))
    assert restored.removed == []
    assert restored.text.splitlines()[:4] == [
        "Startseite > Wirtschaft > Asien",
        "Teilen | Twittern | Mailen | Link kopieren",  # (entries the page spaced apart keep their gaps as bars)
        "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden",
        "Wirtschaftskurier | 14.10.2026",
    ]
    assert restored.text.endswith("Quelle: Wirtschaftskurier\nSchlagworte: China, Mittelstand, Industriecluster, Taicang, Investitionen")


def test_restore_in_two_steps_equals_one_step():
    article = import_file(sample_article_path())
    one_step = restore_lines(article, [0, 5])
    two_steps = restore_lines(restore_lines(article, [5]), [0])
    assert one_step.text == two_steps.text


def test_nothing_to_restore_returns_the_article_unchanged():
    article = import_text("Titel des Artikels hier\n\nDer Cluster wächst weiter, sagte die Präsidentin.")
    assert restore_lines(article, []) is article


def test_unknown_index_is_a_programming_error():
    article = import_file(sample_article_path())
    with pytest.raises(IndexError):
        restore_lines(article, [len(article.removed)])


def test_restore_in_a_word_document():
    data = make_docx(
        ["Teilen Twittern Mailen", "Der Cluster wächst weiter, sagte die Präsidentin des Verbands.", "Anzeige", "Zweiter Absatz des Artikels, sagte sie."]
    )
    article = import_bytes(data, "a.docx")
    restored = restore_lines(article, [_reasons(article).index("ad")])
    assert restored.text.split("\n\n") == [
        "Der Cluster wächst weiter, sagte die Präsidentin des Verbands.",
        "Anzeige",
        "Zweiter Absatz des Artikels, sagte sie.",
    ]


def test_restore_on_a_later_page(tmp_path):
    page1 = tmp_path / "seite1.txt"
    page2 = tmp_path / "seite2.txt"
    page1.write_text("Titel des Artikels über Taicang\n\nErster Absatz des Artikels, sagte Albers.\n\n1 2 3 >\n")
    page2.write_text("Teilen Twittern\n\nZweiter Absatz des Artikels, sagte Albers.\n\nDritter Absatz, sagte Wang.\n\n1 2 3 >\n")
    article = import_pages([page1, page2])
    share = _reasons(article).index("share")
    restored = restore_lines(article, [share])
    assert restored.text == (
        "Erster Absatz des Artikels, sagte Albers.\n\n"
        "Teilen Twittern\n\nZweiter Absatz des Artikels, sagte Albers.\n\nDritter Absatz, sagte Wang."
    )
    first_pager = _reasons(article).index("pager")
    assert restore_lines(article, [first_pager]).text.startswith(
        "Erster Absatz des Artikels, sagte Albers.\n\n1 2 3 >\n\nZweiter Absatz"
    )


def test_restore_on_a_page_appended_to_a_project(tmp_path):
    from briefing_app.core.project import Project

    first = import_text("Titel des Artikels über Taicang\n\nErster Absatz des Artikels, sagte Albers.\n\n1 2 3 >\n")
    second = import_text("Teilen Twittern\n\nZweiter Absatz des Artikels, sagte Albers.\n\nDritter Absatz, sagte Wang.\n")
    project = Project()
    project.add_article(first)
    article = project.append_page(first.id, second)
    share = _reasons(article).index("share")
    restored = restore_lines(article, [share])
    assert "Teilen Twittern\n\nZweiter Absatz" in restored.text
    assert len(restored.removed) == len(article.removed) - 1
    # the numbering survives a save: an article read back appends and restores alike
    from briefing_app.core.article import Article

    assert Article.from_dict(article.to_dict()).line_count == article.line_count


def test_article_saved_without_line_count_still_appends_after_its_lines():
    from briefing_app.core.article import Article, append_page

    first = import_text("Titel des Artikels über Taicang\n\nErster Absatz des Artikels, sagte Albers.\n\n1 2 3 >\n")
    old = first.to_dict()
    del old["line_count"]
    loaded = Article.from_dict(old)
    second = import_text("Teilen Twittern\n\nZweiter Absatz des Artikels, sagte Albers.\n")
    merged = append_page(loaded, second)
    assert all(r.line > max(x.line for x in first.removed) for r in merged.removed[len(first.removed):])
