"""People derived from quotes and person marks, edited and merged as one undo step each."""

from __future__ import annotations

from briefing_app.core.annotation import Anchor, Annotation, Kind, PersonInfo, QuoteInfo, State
from briefing_app.core.article import Article
from briefing_app.core.people_index import EditPerson, find_person, likely_duplicates, merge_people, people
from briefing_app.core.project import Project


def _project() -> Project:
    text = "Professor Hermann Simon sagte, es gehe aufwärts. Simon betonte, dass es so sei. Lin Wei sagte nichts."
    art = Article(text=text, title="T")
    p = Project()
    p.articles.append(art)

    def add(kind, start, end, **kw):
        ann = Annotation(article_id=art.id, anchor=Anchor(start, end, text[start:end]), kind=kind, state=State.ACCEPTED, **kw)
        p.add_annotation(ann)
        return ann

    add(Kind.PERSON, 0, 23, person=PersonInfo("Professor Hermann Simon", "Ökonom", ""))
    add(Kind.QUOTE, 24, 48, quote=QuoteInfo("Professor Hermann Simon", "", "Simon-Kucher"))
    add(Kind.QUOTE, 50, 80, quote=QuoteInfo("Simon", "", ""))
    add(Kind.QUOTE, 81, 101, quote=QuoteInfo("Lin  Wei", "Sprecher", ""))
    rejected = add(Kind.QUOTE, 81, 101, quote=QuoteInfo("Niemand", "", ""))
    rejected.state = State.REJECTED
    return p


def test_people_are_gathered_from_quotes_and_person_marks():
    entries = {e.name: e for e in people(_project())}
    assert set(entries) == {"Professor Hermann Simon", "Simon", "Lin Wei"}
    simon = entries["Professor Hermann Simon"]
    assert (simon.role, simon.organisation) == ("Ökonom", "Simon-Kucher")
    assert len(simon.quote_ids) == 1 and len(simon.mark_ids) == 1


def test_editing_a_person_updates_every_quote_and_mark_and_undoes_in_one_step():
    p = _project()
    simon = find_person(p, "professor hermann simon")
    cmd = EditPerson(p, simon, "Hermann Simon", "Honorarprofessor", "Simon-Kucher & Partners")
    change = cmd.do(p)
    assert set(change.annotations) == set(simon.annotation_ids)
    edited = find_person(p, "Hermann Simon")
    assert (edited.role, edited.organisation) == ("Honorarprofessor", "Simon-Kucher & Partners")
    assert len(edited.annotation_ids) == 2
    cmd.undo(p)
    assert find_person(p, "Hermann Simon") is None
    assert find_person(p, "Professor Hermann Simon").role == "Ökonom"


def test_duplicates_are_found_and_merged():
    p = _project()
    pairs = likely_duplicates(people(p))
    assert [(a.name, b.name) for a, b in pairs] == [("Professor Hermann Simon", "Simon")]
    keep, other = pairs[0]
    cmd = merge_people(p, keep, [other])
    cmd.do(p)
    names = {e.name for e in people(p)}
    assert names == {"Professor Hermann Simon", "Lin Wei"}
    assert len(find_person(p, "Professor Hermann Simon").quote_ids) == 2
    cmd.undo(p)
    assert {e.name for e in people(p)} == {"Professor Hermann Simon", "Simon", "Lin Wei"}


def test_different_people_with_one_surname_are_not_duplicates():
    p = _project()
    entries = people(p)
    assert not any({a.name, b.name} == {"Lin Wei", "Simon"} for a, b in likely_duplicates(entries))
