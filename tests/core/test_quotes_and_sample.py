"""Quotes (de, en), speakers and roles, the sample article, suggestions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.annotation import Kind, State
from briefing_app.core.article import Article
from briefing_app.core.project import Project
from briefing_app.core.suggestions import merge_suggestions, suggestions_to_annotations


def quotes(text, lang="de"):
    return [(q.text, q.speaker, q.kind, q.cue) for q in analyse(text, lang).quotes]


@pytest.fixture
def sample_body(sample_text):
    """The body paragraphs between the dateline and the pager (what import keeps)."""
    lines = sample_text.splitlines()
    start = next(i for i, line in enumerate(lines) if "|" in line and any(c.isdigit() for c in line)) + 1
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("1 "))
    return "\n".join(lines[start:end]).strip()


def test_sample_quotes_speakers_and_roles(sample_body):
    a = analyse(sample_body, "de", date(2026, 10, 14))
    by_start = {q.text[:25]: (q.speaker, q.role) for q in a.quotes}
    assert by_start["Die Nachfrage nach deutsc"] == ("Katrin Albers", "Präsidentin")
    assert by_start["sind bereits 68 deutsche "] == ("Katrin Albers", "Präsidentin")
    assert by_start["die Stadt bereits 250 Hek"] == ("Wang Lei", "stellvertretender Direktor")
    assert by_start["Für deutsche Mittelständl"][0] == "Wang Lei"
    assert by_start["Genehmigungen würden künf"][0] == "Wang Lei"
    assert by_start["der Mittelstand brauche v"] == ("Dr. Matthias Krämer", "Leiter Außenwirtschaft")
    assert by_start["Ohne klare Regeln werde k"][0] == "Dr. Matthias Krämer"
    assert all(q.kind == "indirect" for q in a.quotes)
    albers = next(q for q in a.quotes if q.speaker == "Katrin Albers")
    assert "Verband" in albers.organisation and "VDMC" in albers.organisation


def test_sample_figures_and_scale_error(sample_body):
    a = analyse(sample_body, "de", date(2026, 10, 14))
    f = {x.text: x for x in a.figures}
    assert f["1,2 Billionen Yuan"].value == Decimal("1.2e12") and f["1,2 Billionen Yuan"].unit == "CNY"
    assert f["4.300 Projekte"].value == 4300 and f["4.300 Projekte"].approx
    assert f["16 Milliarden Euro"].approx and f["16 Milliarden Euro"].qualifier == "rund"
    err = [x for x in a.findings if x.code == "scale_error"]
    assert len(err) == 1 and Decimal("155e9") < err[0].suggestion["value"] < Decimal("165e9")
    # the German message uses German number notation throughout
    message_de = err[0].message_de.replace("\u00a0", " ")
    assert "„1,2 Billionen Yuan“" in message_de and "160,2 Mrd. Euro" in message_de
    assert "160.2" not in message_de
    # the same notation as the deck and handout show
    assert "€160.2 billion" in err[0].message_en.replace("\u00a0", " ")
    # labels say what the figure measures, also when the noun follows the number
    assert f["250 Hektar"].label == "Gewerbefläche"
    assert f["40 Prozent"].label == "Maschinenbau"
    assert f["1,2 Billionen Yuan"].label == "Gesamtinvestitionsvolumen"
    names = [p.name for p in a.people]
    assert names == ["Katrin Albers", "Wang Lei", "Dr. Matthias Krämer"]
    js = a.to_json_dict()
    assert set(js) == {"quotes", "figures", "people", "findings"}
    assert isinstance(js["figures"][0]["value"], (int, float))


def test_german_frames_and_continuations():
    text = ("Der IG-Metall-Vorsitzende Jörg Hofmann sprach am Montag in Duisburg. Nötig sei ein wirksamer "
            "Handelsschutz, verlangte Hofmann. Stahlimporte aus China würden den Markt fluten. Laut IG Metall kamen "
            "45.000 Menschen. Die Zahl hat sich Gsell zufolge verdoppelt. Er betonte, der Mittelstand brauche Schutz.")
    got = quotes(text)
    assert ("Nötig sei ein wirksamer Handelsschutz", "Jörg Hofmann", "indirect", "verlangte") in got
    assert ("Stahlimporte aus China würden den Markt fluten", "Jörg Hofmann", "indirect", "Konjunktiv continuation") in got
    assert any(q[1] == "IG Metall" and q[3] == "laut" for q in got)
    assert any(q[3] == "zufolge" and q[1] == "Gsell" for q in got)


def test_indicative_with_inverted_frame_is_direct_in_german():
    got = quotes("Es ist sehr selten, dass das passiert, sagt der Ökonom James Butterfill.")
    assert got == [("Es ist sehr selten, dass das passiert", "James Butterfill", "direct", "sagt")]


def test_english_direct_and_reported_speech():
    text = ('"We are delighted that Air China has chosen London," said LSE chief executive Clara Furse. '
            '"The exchange offers access to investors," she said. China Daily said the market was growing. '
            "Share trading will begin on 15 December, the LSE said. Figures released earlier showed exports rose.")
    got = quotes(text, "en")
    assert got[0][:3] == ("We are delighted that Air China has chosen London", "Clara Furse", "direct")
    assert got[1][1] == "Clara Furse"
    assert ("the market was growing", "China Daily", "indirect", "said") in got
    assert ("Share trading will begin on 15 December", "LSE", "indirect", "said") in got
    assert len(got) == 4  # "showed" is not a speech act


def test_english_pronoun_and_title_resolution():
    text = ("State Administration of Taxation head Xie Xuren said tax revenues rose. "
            "Rebates totalled 420bn yuan, according to Mr Xie.")
    got = quotes(text, "en")
    assert [q[1] for q in got] == ["Xie Xuren", "Xie Xuren"]


def test_scare_quotes_and_titles_are_not_quotes():
    assert quotes("Die „Hidden Champions“ wachsen. Die Firma heißt „Alpha“.") == []


def test_suggestions_do_not_reoffer_decided_spans(sample_body):
    project = Project()
    art = project.add_article(Article(text=sample_body, language="de"))
    a = analyse(sample_body, "de", date(2026, 10, 14))
    first = merge_suggestions(project, art.id, suggestions_to_annotations(art.id, sample_body, a))
    assert first.added and all(x.state is State.SUGGESTED for x in first.added)
    quote = next(x for x in first.added if x.kind is Kind.QUOTE)
    figure = next(x for x in first.added if x.kind is Kind.FIGURE)
    assert quote.quote.speaker and figure.figure.value is not None and quote.cue
    quote.state = State.ACCEPTED
    figure.state = State.REJECTED
    second = merge_suggestions(project, art.id, suggestions_to_annotations(art.id, sample_body, a))
    keys = {(x.kind, x.anchor.start, x.anchor.end) for x in second.added}
    assert (quote.kind, quote.anchor.start, quote.anchor.end) not in keys
    assert (figure.kind, figure.anchor.start, figure.anchor.end) not in keys
    assert len(second.removed) == len(first.added) - 2
    pending = project.annotations_for(art.id, states=(State.SUGGESTED,))
    assert len(pending) == len(second.added)


def test_chinese_does_not_crash():
    a = analyse("王磊说：「投资将达到3亿元。」", "zh")
    assert a.quotes and a.quotes[0].text.startswith("投资")
