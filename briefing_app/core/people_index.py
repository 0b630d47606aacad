"""The people of a project, derived from what is marked: quote speakers and person marks.

A person is not stored on its own: the project file keeps a name, role and organisation
on each quote and each person mark.  This module gathers them into one entry per name,
so a person can be shown once and edited once — :class:`EditPerson` writes the new
name, role and organisation into every quote and person mark of that person as one
undoable step, and :func:`merge_people` folds duplicates from the analysis ("Simon" and
"Professor Hermann Simon") into one.  Rejected suggestions do not count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .annotation import Annotation, Kind, State
from .commands import Batch, Change, Command, EditAnnotations
from .project import Project

_TITLES = {"dr", "dr.", "prof", "prof.", "professor", "professorin", "herr", "frau", "mr", "mr.", "mrs", "mrs.",
           "ms", "ms.", "sir", "dame"}


def person_key(name: str) -> str:
    """Names that differ only in spacing or case are the same person."""
    return " ".join(name.split()).casefold()


def _tokens(name: str) -> list[str]:
    return [t for t in person_key(name).replace(",", " ").split() if t not in _TITLES]


@dataclass(frozen=True)
class PersonEntry:
    key: str
    name: str
    role: str
    organisation: str
    quote_ids: tuple[str, ...]
    mark_ids: tuple[str, ...]

    @property
    def annotation_ids(self) -> tuple[str, ...]:
        return self.quote_ids + self.mark_ids


def _fields(ann: Annotation) -> tuple[str, str, str] | None:
    if ann.kind is Kind.QUOTE and ann.quote is not None and ann.quote.speaker.strip():
        return ann.quote.speaker, ann.quote.role, ann.quote.organisation
    if ann.kind is Kind.PERSON and ann.person is not None and ann.person.name.strip():
        return ann.person.name, ann.person.role, ann.person.organisation
    return None


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(v.strip() for v in values if v.strip())
    return counted.most_common(1)[0][0] if counted else ""


def people(project: Project, article_id: str | None = None) -> list[PersonEntry]:
    """One entry per person, sorted by name; role and organisation are the ones given most often."""
    groups: dict[str, list[tuple[Annotation, tuple[str, str, str]]]] = {}
    for ann in project.annotations.values():
        if ann.state is State.REJECTED or (article_id is not None and ann.article_id != article_id):
            continue
        fields = _fields(ann)
        if fields is not None:
            groups.setdefault(person_key(fields[0]), []).append((ann, fields))
    entries = []
    for key, members in groups.items():
        members.sort(key=lambda m: (m[0].kind is not Kind.PERSON, m[0].anchor.start))  # a person mark speaks first
        entries.append(PersonEntry(
            key=key,
            name=" ".join(members[0][1][0].split()),
            role=_most_common(f[1] for _a, f in members),
            organisation=_most_common(f[2] for _a, f in members),
            quote_ids=tuple(a.id for a, _f in members if a.kind is Kind.QUOTE),
            mark_ids=tuple(a.id for a, _f in members if a.kind is Kind.PERSON),
        ))
    return sorted(entries, key=lambda e: e.key)


def find_person(project: Project, name: str) -> PersonEntry | None:
    key = person_key(name)
    return next((p for p in people(project) if p.key == key), None)


def likely_duplicates(entries: list[PersonEntry]) -> list[tuple[PersonEntry, PersonEntry]]:
    """Pairs where one name is the other without first names or titles ("Simon" in
    "Professor Hermann Simon"): same surname, and the shorter name's words all in the longer."""
    pairs = []
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            ta, tb = _tokens(a.name), _tokens(b.name)
            if not ta or not tb or ta[-1] != tb[-1]:
                continue
            short, long_ = (a, b) if len(ta) <= len(tb) else (b, a)
            if set(_tokens(short.name)) <= set(_tokens(long_.name)):
                pairs.append((long_, short))
    return pairs


class EditPerson(Command):
    """Name, role and organisation of one person, set on all their quotes and person marks at once."""

    def __init__(self, project: Project, person: PersonEntry, name: str, role: str, organisation: str,
                 text: str = "Edit person") -> None:
        self.text = text
        edits: list[Command] = []
        if person.quote_ids:
            edits.append(EditAnnotations(person.quote_ids, {"quote.speaker": name, "quote.role": role,
                                                            "quote.organisation": organisation}, text))
        if person.mark_ids:
            edits.append(EditAnnotations(person.mark_ids, {"person.name": name, "person.role": role,
                                                           "person.organisation": organisation}, text))
        self._batch = Batch(edits, text)

    def do(self, project: Project) -> Change:
        return self._batch.do(project)

    def undo(self, project: Project) -> Change:
        return self._batch.undo(project)


def merge_people(project: Project, keep: PersonEntry, others: Iterable[PersonEntry], text: str = "Merge people") -> Command:
    """One person from several: every quote and mark of ``others`` takes ``keep``'s name,
    and all of them the role and organisation known (``keep``'s first, else the others')."""
    others = [o for o in others if o.key != keep.key]
    role = keep.role or next((o.role for o in others if o.role), "")
    organisation = keep.organisation or next((o.organisation for o in others if o.organisation), "")
    merged = PersonEntry(keep.key, keep.name, role, organisation,
                         keep.quote_ids + tuple(i for o in others for i in o.quote_ids),
                         keep.mark_ids + tuple(i for o in others for i in o.mark_ids))
    return EditPerson(project, merged, keep.name, role, organisation, text)
