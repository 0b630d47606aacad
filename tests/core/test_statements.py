"""Reported speech becomes a complete statement with its attribution; direct speech stays verbatim."""

from __future__ import annotations

import pytest

from briefing_app.core.statements import neighbour_sentences, statement


def _form(text: str, quote: str, speaker: str, lang: str = "de", direct: bool = False) -> str:
    start = text.index(quote)
    return statement(text, start, start + len(quote), direct=direct, speaker=speaker, language=lang)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "expected"),
    [
        # "dass" clause: the speech verb and the speaker come back in front
        ("Yang Guangrong, Vizepräsident des Verbands, betonte, dass sich die Convention zu einer Plattform entwickelt habe.",
         "sich die Convention zu einer Plattform entwickelt habe", "Yang Guangrong",
         "Yang Guangrong betonte, dass sich die Convention zu einer Plattform entwickelt habe."),
        # verb-first clause after "Nach Angaben": "Laut X …"
        ("Nach Angaben der Provinzregierung Anhui soll das neue Zentrum in Wuhu bis 2027 fertig sein.",
         "soll das neue Zentrum in Wuhu bis 2027 fertig sein", "Provinzregierung Anhui",
         "Laut Provinzregierung Anhui soll das neue Zentrum in Wuhu bis 2027 fertig sein."),
        # verb-final clause without a recognised cue: "X sagte, dass …", never "Wir heute … leben"
        ("Man müsse bedenken, wir heute in einer multipolaren Welt leben würden.",
         "wir heute in einer multipolaren Welt leben würden", "Xi Jinping",
         "Xi Jinping sagte, dass wir heute in einer multipolaren Welt leben würden."),
        # pronoun subject with a verb-second Konjunktiv clause
        ("Er betonte, der Mittelstand brauche vor allem Rechtssicherheit.",
         "der Mittelstand brauche vor allem Rechtssicherheit", "Dr. Matthias Krämer",
         "Dr. Matthias Krämer betonte, der Mittelstand brauche vor allem Rechtssicherheit."),
        # a main clause keeps its own trailing attribution
        ("Die Nachfrage sei ungebrochen, sagte Katrin Albers, Präsidentin des VDMC.",
         "Die Nachfrage sei ungebrochen", "Katrin Albers",
         "Die Nachfrage sei ungebrochen, sagte Katrin Albers."),
    ],
)
def test_german_reported_speech_is_a_complete_statement(text, quote, speaker, expected):
    assert _form(text, quote, speaker) == expected


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "expected"),
    [
        ("He said that prices would fall next year.", "prices would fall next year", "John Smith",
         "John Smith said that prices would fall next year."),
        ("According to the IMF, growth will slow.", "growth will slow", "the IMF", "According to the IMF, growth will slow."),
        ("The market will grow, the minister said on Monday.", "The market will grow", "the minister",
         "The market will grow, the minister said."),
    ],
)
def test_english_reported_speech_is_a_complete_statement(text, quote, speaker, expected):
    assert _form(text, quote, speaker, "en") == expected


def test_direct_speech_is_verbatim_without_the_articles_marks():
    text = "„Wir wollen, dass sich Firmen zu Hause fühlen“, sagte Wang Lei."
    assert _form(text, "„Wir wollen, dass sich Firmen zu Hause fühlen“", "Wang Lei", direct=True) == (
        "Wir wollen, dass sich Firmen zu Hause fühlen")


def test_no_statement_starts_with_a_capitalised_fragment_on_the_sample():
    from briefing_app.core.annotation import Kind, SpeechKind
    from briefing_app.pipeline import sample_project

    project = sample_project()
    art = project.articles[0]
    quotes = [a for a in project.annotations.values() if a.kind is Kind.QUOTE and a.quote.speech is SpeechKind.INDIRECT]
    assert quotes
    for a in quotes:
        form = statement(art.text, a.anchor.start, a.anchor.end, direct=False, speaker=a.quote.speaker, language="de")
        if a.anchor.exact[:1].islower():
            assert not form.startswith(a.anchor.exact[:1].upper() + a.anchor.exact[1:20]), form
        assert form.endswith(".")


def test_neighbour_sentences():
    text = "Erster Satz. Zweiter Satz mit Zitat. Dritter Satz."
    start = text.index("Zitat")
    assert neighbour_sentences(text, start, start + 5, "de") == ("Erster Satz.", "Dritter Satz.")
