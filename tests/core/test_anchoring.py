"""Anchors find their text again after edits, say how sure they are, and never drop."""

from __future__ import annotations

import pytest

from briefing_app.core.anchoring import AnchorStatus, make_anchor, reanchor
from briefing_app.core.errors import AnchorError

TEXT = (
    "Taicang/Berlin. Der neue Industriecluster nimmt Gestalt an. "
    "Das Gesamtinvestitionsvolumen wird auf 1,2 Billionen Yuan beziffert. "
    "Die Nachfrage sei ungebrochen, sagte Katrin Albers."
)


def anchor_of(text: str, phrase: str):
    start = text.index(phrase)
    return make_anchor(text, start, start + len(phrase))


def test_same_text_is_exact() -> None:
    a = anchor_of(TEXT, "1,2 Billionen Yuan")
    r = reanchor(a, TEXT)
    assert r.status is AnchorStatus.EXACT and r.anchor == a


def test_text_inserted_before_moves_the_anchor() -> None:
    a = anchor_of(TEXT, "1,2 Billionen Yuan")
    new = "Vorspann mit neuer Zeile.\n" + TEXT
    r = reanchor(a, new)
    assert r.status is AnchorStatus.MOVED
    assert new[r.anchor.start : r.anchor.end] == "1,2 Billionen Yuan"


def test_small_edit_inside_is_fuzzy_and_flagged_for_review() -> None:
    a = anchor_of(TEXT, "Die Nachfrage sei ungebrochen")
    new = TEXT.replace("Die Nachfrage sei ungebrochen", "Die Nachfrage sei weiter ungebrochen")
    r = reanchor(a, new)
    assert r.status is AnchorStatus.FUZZY and r.status.needs_review
    assert "Nachfrage" in new[r.anchor.start : r.anchor.end]


def test_figures_never_reanchor_onto_other_digits() -> None:
    a = anchor_of(TEXT, "1,2 Billionen Yuan")
    new = TEXT.replace("1,2 Billionen Yuan", "1,5 Billionen Yuan")
    assert reanchor(a, new, digits_must_match=True).status is AnchorStatus.ORPHANED


def test_text_gone_is_orphaned_not_dropped() -> None:
    a = anchor_of(TEXT, "sagte Katrin Albers")
    r = reanchor(a, "Ein völlig anderer Artikel über Häfen und Schiffe.")
    assert r.status is AnchorStatus.ORPHANED and r.anchor is None


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (0, len(TEXT) + 1)])
def test_out_of_range_selection_is_refused(start: int, end: int) -> None:
    with pytest.raises(AnchorError):
        make_anchor(TEXT, start, end)


def test_re_anchoring_many_marks_hashes_the_new_text_once(monkeypatch) -> None:
    import briefing_app.core.anchoring as anchoring
    from briefing_app.core.annotation import Annotation, Kind
    from briefing_app.core.article import Article
    from briefing_app.core.commands import ReplaceArticleText
    from briefing_app.core.project import Project

    text = " ".join(f"Satz {i} sagt etwas." for i in range(200))
    article = Article(text=text)
    project = Project()
    project.add_article(article)
    for i in range(0, 200, 4):
        phrase = f"Satz {i} sagt"
        project.add_annotation(Annotation(article.id, anchor_of(text, phrase), Kind.KEY_POINT))
    calls = []
    real = anchoring.text_hash
    monkeypatch.setattr(anchoring, "text_hash", lambda t: calls.append(1) or real(t))
    project.append_page(article.id, Article(text="Zweite Seite."))
    new_text = "Vorspann.\n" + project.article(article.id).text
    ReplaceArticleText(article.id, Article(text=new_text, id=article.id)).do(project)
    assert calls == []
    anns = project.annotations_for(article.id)
    assert len(anns) == 50 and all(new_text[a.anchor.start : a.anchor.end] == a.anchor.exact for a in anns)


def test_a_mark_without_words_is_orphaned_not_an_error() -> None:
    # a damaged or hand-edited project can store a mark whose quoted words are empty: the
    # empty string "occurs" everywhere, so it must not be re-anchored anywhere
    from briefing_app.core.anchoring import Anchor
    empty = Anchor(39, 39, "", "", "", "")
    r = reanchor(empty, TEXT)
    assert r.status is AnchorStatus.ORPHANED and r.anchor is None
