"""The headline is analysed with the article although import keeps it apart as the title."""

from __future__ import annotations

from briefing_app.core.analysis import analyse
from briefing_app.core.article import Article
from briefing_app.core.suggestions import analyse_for_suggestions

BODY = (
    "Die deutschen Autokonzerne haben voriges Jahr 38,2 Prozent ihrer Neuwagen in China abgesetzt.\n\n"
    "Die Tendenz des China-Absatzes steige weiter, so Dudenhöffer am Freitag in einer Aussendung."
)
TITLE = "Experte Dudenhöffer: Es läuft in Richtung zwei Drittel China-Anteil"


def test_headline_quote_is_found_with_offsets_into_the_title():
    a = analyse(BODY, "de", None, TITLE)
    assert [(TITLE[q.start:q.end], q.speaker, q.kind) for q in a.headline_quotes] == [
        ("Es läuft in Richtung zwei Drittel China-Anteil", "Dudenhöffer", "direct")]


def test_body_offsets_stay_offsets_into_the_text():
    with_title = analyse(BODY, "de", None, TITLE)
    without = analyse(BODY, "de")
    for q in with_title.quotes:
        assert BODY[q.start:q.end] == q.text
    for f in with_title.figures:
        assert BODY[f.start:f.end] == f.text
    assert [(f.start, f.end) for f in with_title.figures] == [(f.start, f.end) for f in without.figures]
    for p in with_title.people:
        assert all(BODY[m.start:m.end] == m.text for m in p.mentions)


def test_title_already_at_the_top_of_the_text_is_read_once():
    text = TITLE + "\n\n" + BODY
    a = analyse(text, "de", None, TITLE)
    assert not a.headline_quotes
    assert any(q.text.startswith("Es läuft") for q in a.quotes)


def test_json_shape_is_unchanged_by_the_headline():
    a = analyse(BODY, "de", None, TITLE)
    assert set(a.to_json_dict()) == {"quotes", "figures", "people", "findings"}


def test_suggestions_anchor_in_the_article_text():
    art = Article(text=BODY, title=TITLE, language="de")
    analysis, annotations = analyse_for_suggestions(art)
    assert analysis.headline_quotes
    for ann in annotations:
        assert BODY[ann.anchor.start:ann.anchor.end] == ann.anchor.exact


def test_a_topic_before_the_colon_is_not_a_speaker(sample_text):
    from briefing_app import ingest
    from briefing_app.resources import sample_article_path

    art = ingest.import_file(sample_article_path())
    analysis, _ = analyse_for_suggestions(art)
    assert art.title.startswith("Industriecluster Taicang:")
    assert analysis.headline_quotes == []
    assert [q.text for q in analysis.quotes] == [q.text for q in analyse(art.text, "de", art.published).quotes]
