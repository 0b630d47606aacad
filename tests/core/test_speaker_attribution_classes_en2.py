"""Who speaks in English reports, by class of construction: interviews whose questions carry
the outlet's label, nouns that look like speech verbs, a name inside a description's
apposition, denials with an adjunct before "that".  Each class as sentences of its own,
written for the test (never sentences of the articles the errors were found in)."""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in analyse(text, lang).quotes]


def test_questions_labelled_with_the_outlet_are_no_answers():
    """"Outlet: Mrs X, … ?" / "X: …": the outlet's paragraphs are the interviewer's questions;
    only the answers are the interviewee's, and a vocative "Mrs Keller," names no speaker."""
    text = ("Anna Keller runs the Bremen shipyard Weser Werft. The Courier spoke to her in Hamburg.\n\n"
            "Courier: Mrs Keller, the union says wages are too low. Is that true?\n\n"
            "Keller: No. We pay above the regional agreement.\n\n"
            "Courier: Will you hire more people?\n\n"
            "Keller: Yes, about 200 welders this year.\n")
    got = found(text)
    assert got == [("No. We pay above the regional agreement.", "Anna Keller"),
                   ("Yes, about 200 welders this year.", "Anna Keller")]

    # one prompt without a question mark does not make the interviewer an interviewee
    text = text.replace("Courier: Will you hire more people?", "Courier: Let us talk about hiring.\n\n"
                        "Keller: We need welders.\n\nCourier: Will you hire more people?")
    assert all(speaker == "Anna Keller" for _, speaker in found(text))
    assert ("We need welders.", "Anna Keller") in found(text)


def test_counted_states_are_no_speech_verb():
    """"Twelve member states voted …": "states" after a count or "member" is a plural noun,
    so the sentence is no statement of the person named before."""
    text = ("Trade commissioner Anna Keller opened the vote in Brussels. "
            "Twelve member states voted for the plan, four against and nine abstained. "
            "In the end 14 states backed the compromise.")
    assert found(text) == []
    # a document still states something
    assert found("The report states that prices rose sharply last year.") == [
        ("prices rose sharply last year", "report")]


def test_a_name_in_the_apposition_of_a_description_speaks():
    """"Another economist, Li Wenhua, deputy director of …, said that …": the named person
    speaks, never "another economist", however long the role."""
    text = ("Another economist, Li Wenhua, deputy director of the research board of the Shanghai "
            "Association of Foreign Trade and Investment, said that tariffs would hurt both sides.")
    assert found(text) == [("tariffs would hurt both sides", "Li Wenhua")]
    # the office after the name is the role, and a counting word is no part of one
    [quote] = analyse(text, "en").quotes
    assert quote.role == "deputy director"
    [quote] = analyse("One analyst, Maria Costa of Nomura, said the risks were rising.", "en").quotes
    assert (quote.speaker, quote.role, quote.organisation) == ("Maria Costa", "analyst", "Nomura")


def test_a_denial_with_an_adjunct_before_that():
    """"denied at a press conference on Monday that …": the place and day stand between the
    verb and "that"; the denial is found, and the quote keeps the word "denied"."""
    text = ("Ministry spokesman Wang Lei denied at a press conference on Monday that the rules "
            "were aimed at any single country.")
    [(quote, speaker)] = found(text)
    assert speaker == "Wang Lei"
    assert quote.startswith("denied") and quote.endswith("aimed at any single country")


def test_a_bullet_of_survey_findings_names_no_speaker():
    """"• Only 18% expect …", "• Costs: 44% expect …": neither the limiting word nor the
    bullet's label is a speaker; the share stays in the text (no wrong speaker at all)."""
    text = ("The chamber polled 500 firms in March.\n\n"
            "• Only 18% expect better sales, the lowest share in a decade.\n"
            "• Costs: 44% expect higher wages in 2025, while 12% expect lower ones.\n")
    analysis = analyse(text, "en")
    assert all(q.speaker not in ("Only", "Costs", "•") for q in analysis.quotes)
    assert {f.value for f in analysis.figures} >= {18, 44, 12}


def test_the_outlet_that_saw_a_document_is_no_source():
    """"according to a draft law seen by Reuters": the draft is the source, not the agency that
    saw it; its author speaks when the text names one ("a letter from the ministry")."""
    assert all(q.speaker != "Reuters" for q in analyse(
        "Prices would rise by a tenth, according to a draft law seen by Reuters.", "en").quotes)
    assert found("Prices would rise by a tenth, according to a letter from the economy ministry "
                 "obtained by the Financial Times.") == [("Prices would rise by a tenth", "economy ministry")]


def test_he_after_an_unnamed_person_is_that_person():
    """A named official, then "A sales director at a Dutch valve maker … said …", then
    "“…,” he said": the pronoun is the unnamed director quoted just before, never the
    official named earlier on the other side."""
    text = ("Li Na, deputy head of the zone, said exports had doubled. A sales director at a Dutch "
            "valve maker, who asked not to be named, said costs had become \"absurd\". "
            "\"Our buyers want lower prices every quarter,\" he said.")
    got = found(text)
    assert got[-1] == ("Our buyers want lower prices every quarter", "sales director")


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, float(f.value), f.unit) for f in analyse(text, "en").figures]


def test_energy_prices_and_margins():
    """A price per megawatt hour is a rate of that unit, an amount of gigawatt hours is energy
    (not power), and "plus or minus" gives a margin, never a negative change."""
    assert _figures("Gas cost 35 euros per megawatt hour in May.") == [
        ("35 euros per megawatt hour", 35.0, "EUR/MWh")]
    assert _figures("The plant stores 25 gigawatt hours of power.") == [("25 gigawatt hours", 25.0, "GWh")]
    assert _figures("The plant has 2 gigawatts of capacity.") == [("2 gigawatts", 2.0, "GW")]
    [(_, value, unit)] = _figures("The margin of error is plus or minus 2.5 percentage points.")
    assert (value, unit) == (2.5, "percentage_points")
    assert _figures("Growth was minus 0.3 percent.")[0][1] == -0.3
