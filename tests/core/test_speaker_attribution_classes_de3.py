"""German statements whose own sentence names their source: the source in the sentence wins
over the speaker of the sentence before (sentences written for testing, never corpus ones)."""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def speakers(text: str) -> dict[str, str]:
    """Each quote's first words -> its speaker."""
    return {" ".join(q.text.split()[:3]): q.speaker for q in analyse(text, "de").quotes}


def speaker_of(text: str, start: str) -> str:
    got = speakers(text)
    key = next((k for k in got if k.startswith(start)), None)
    assert key is not None, got
    return got[key]


def test_circles_named_with_an_adjective_speak_for_themselves():
    text = ("Die Präsidentin des Verbands, Sonja Leitner, sagte, die Regeln seien zu streng. "
            "Aus italienischen Regierungskreisen verlautete, Rom werde einer Lockerung nicht zustimmen.")
    assert speaker_of(text, "Rom werde") == "italienische Regierungskreise"


def test_an_answer_after_a_question_in_konjunktiv_is_the_answerers():
    text = ("Der Bahnchef Oskar Lindner sagte, die Strecke sei ausgelastet. "
            "Auf die Frage, ob Polen die Gebühren senken werde, antwortete Ministerin Ewa Nowak knapp: "
            "Man werde „alle Vorschläge prüfen“. Die Regierung habe die Gebühren stets offen berechnet.")
    assert speaker_of(text, "Man werde") == "Ewa Nowak"
    assert speaker_of(text, "Die Regierung habe") == "Ewa Nowak"


def test_an_age_refers_to_the_person_quoted_not_to_the_one_met():
    text = ("Der Gouverneur Li Ming besuchte am Montag Hamburg. „Wir suchen Partner“, sagte Li nach einem "
            "Gespräch mit Bürgermeisterin Anja Vogt (SPD). Die Provinz werde Investoren schützen, "
            "versicherte der 58-Jährige.")
    assert speaker_of(text, "Die Provinz werde") == "Li Ming"


def test_a_pronoun_two_sentences_after_its_subject():
    text = ("„Die Nachfrage ist eingebrochen“, sagt Bernd Albers, der seit 2019 den Hafenbetreiber Nordport "
            "führt. Viele Kunden seien abgewandert.\n\nDie Umschläge seien gesunken, sagte Kim Park von der "
            "Hafenbehörde.\n\nAlbers gibt sich dennoch zuversichtlich. Nordport investiere in neue Kräne. "
            "„Wir werden wachsen“, sagt er.")
    assert speaker_of(text, "Nordport investiere") == "Bernd Albers"
    assert speaker_of(text, "Wir werden wachsen") == "Bernd Albers"


def test_a_pronoun_after_an_inverted_stance_with_a_new_name():
    text = ("Der Reeder Jan Peters sagte, die Lage sei ernst. "
            "Vorsichtig bleibt Maria Schulte, Analystin am Institut für Verkehr in Bremen. "
            "Die neue Route könne die alte „höchstens zur Hälfte“ ersetzen, sagt sie.")
    assert speaker_of(text, "Die neue Route") == "Maria Schulte"


def test_own_figures_are_the_subjects_not_the_last_speakers():
    text = ("Die Ministeriumssprecherin Ina Roth sagte, man begrüße die Gespräche. Minister Paul Brenner "
            "reist nach Wuhan, wo er ein Werk des Chemiekonzerns Solvion besichtigen will. "
            "Der Konzern hat dort nach eigenen Angaben rund 900 Millionen Euro investiert.")
    assert speaker_of(text, "Der Konzern hat") in ("Solvion", "Chemiekonzern Solvion")


def test_company_figures_after_a_state_chancellery_announcement():
    text = ("Der Chiphersteller Norlux Semi will in Dresden ein Werk bauen. Das teilte die Staatskanzlei am "
            "Montag mit. Bis 2030 könnten nach Unternehmensangaben 900 Stellen entstehen.")
    assert speaker_of(text, "Bis 2030 könnten") == "Norlux Semi"


def test_the_occasion_a_speaker_spoke_at_is_no_organisation():
    text = ("„Wir haben uns für Sachsen entschieden“, sagte Norlux-Chef Tom Berg bei der Vorstellung des "
            "Projekts. Der Konzern beliefert nach eigenen Angaben bereits drei Autohersteller.")
    quotes = analyse(text, "de").quotes
    assert quotes[0].speaker == "Tom Berg" and quotes[0].organisation == ""
    assert "Vorstellung" not in quotes[1].speaker


# --- a speaker is a person, never a stray word of the frame -----------------------------------

def test_a_pronoun_after_an_unnamed_described_subject():
    text = ("Die Kommission prüft Insidern zufolge neue Regeln. Eine Ratssprecherin wollte sich zu den "
            "Berichten nicht äußern. „Wir kommentieren keine Gerüchte“, sagte sie lediglich.")
    assert speaker_of(text, "Wir kommentieren keine") == "Ratssprecherin"
    text = ("Die Zeitung berichtete über Stilllegungen. Ein Werkssprecher wies den Bericht zurück. "
            "„Es gibt keine Pläne für Stilllegungen“, sagte er.")
    assert speaker_of(text, "Es gibt keine") == "Werkssprecher"


def test_a_nationality_describes_the_person_just_quoted():
    text = ("Die Anträge stockten, sagte der Präsident der Kammer, Piet de Vries, in Peking. "
            "Der Niederländer sprach von einer „gezielten Verzögerung“.")
    assert speaker_of(text, "gezielten Verzögerung") == "Piet de Vries"


def test_the_particle_of_a_frame_between_two_quotations_is_no_speaker():
    text = ("Der Vorstandschef Otto Kern sagte, der Standort bleibe. „Wer hier nicht baut“, fügt der "
            "61-Jährige hinzu, „wird hier nicht verkaufen.“")
    got = [q.speaker for q in analyse(text, "de").quotes]
    assert got[1:] == ["Otto Kern", "Otto Kern"]


def test_a_share_of_respondents_speaks_as_the_respondents():
    text = ("Befragt wurden 300 Firmen. Mehr als die Hälfte der Befragten gab an, dass die Konkurrenz "
            "auch in Afrika Marktanteile gewinne.")
    assert speaker_of(text, "die Konkurrenz auch") == "Befragten"


# --- a conditional clause before a postposed frame is content, never a speaker ----------------

def test_a_conditional_before_a_postposed_frame_with_an_adverb():
    text = ("Sollte der Yuan fallen, drohten Verluste in Milliardenhöhe, warnt auch Jana Roth, Analystin "
            "der Kieler Sparkasse.")
    [q] = analyse(text, "de").quotes
    assert (q.speaker, q.text) == ("Jana Roth", "Sollte der Yuan fallen, drohten Verluste in Milliardenhöhe")


def test_a_conditional_clause_is_no_subject_of_a_frame():
    text = ("Sollte der Yuan fallen, drohten Verluste in Milliardenhöhe, warnten mehrere Analysten, darunter "
            "Experten der Sparkasse.")
    assert all(q.speaker != "Sollte" and "Sparkasse" not in q.text for q in analyse(text, "de").quotes)


def test_an_association_named_with_an_adjective_speaks_under_its_full_name():
    """"Der Verband Deutscher Maschinen- und Anlagenbau (VDMA) …, teilte der Verband mit": the
    adjective belongs to the name ("Deutscher" is no body), so the association speaks under
    the name the text gives it, never as "Deutscher"."""
    text = ("Der Verband Deutscher Maschinen- und Anlagenbau (VDMA) hat seine Prognose gesenkt. Die Aufträge "
            "aus China seien um zwölf Prozent eingebrochen, teilte der Verband am Montag mit. „Die Lage ist "
            "ernst“, sagte der Verband.")
    speakers = {q.speaker for q in analyse(text, "de").quotes}
    assert speakers == {"Verband Deutscher Maschinen- und Anlagenbau"}
    # a described company keeps its own name
    text = "Der Autozulieferer Schaeffler streicht Stellen. Man müsse die Kosten senken, teilte das Unternehmen mit."
    assert [q.speaker for q in analyse(text, "de").quotes] == ["Schaeffler"]


def test_a_chamber_named_with_its_adjective_and_pair_of_words_speaks_under_that_name():
    """"die Kammer" after "Die Deutsche Industrie- und Handelskammer (DIHK)": the chamber the
    text names, in full, not the compound's last word alone."""
    text = ("Die Deutsche Industrie- und Handelskammer (DIHK) legte am Dienstag ihre Umfrage vor. Die Stimmung "
            "der Unternehmen sei so schlecht wie seit Jahren nicht, erklärte die Kammer.")
    assert [q.speaker for q in analyse(text, "de").quotes] == ["Deutsche Industrie- und Handelskammer"]


def test_the_central_bank_described_as_notenbank_speaks_under_its_name():
    """"teilte die Notenbank mit" after "Die Europäische Zentralbank (EZB) …": a central bank
    is named a Zentralbank; the adjective belongs to its name."""
    text = ("Die Europäische Zentralbank (EZB) hat den Leitzins gesenkt. Die Inflation nähere sich dem Ziel, "
            "teilte die Notenbank mit.")
    assert [q.speaker for q in analyse(text, "de").quotes] == ["Europäische Zentralbank"]


def test_an_office_that_reports_speaks_and_the_authority_is_that_office():
    """"Das Statistische Bundesamt meldete, die Exporte seien gesunken" is a statement ("melden"
    frames what an office reports), and "die Behörde" after it is that office (an authority is
    named an -amt, an -agentur …). A report of a record without a clause is no statement."""
    text = ("Das Statistische Bundesamt meldete am Montag, die Exporte seien gesunken. Besonders stark sei der "
            "Handel mit China eingebrochen, teilte die Behörde mit.")
    assert [q.speaker for q in analyse(text, "de").quotes] == ["Statistische Bundesamt"] * 2
    assert analyse("Der Konzern meldete einen Rekordumsatz von 12 Milliarden Euro.", "de").quotes == []


def test_a_wie_frame_with_the_speakers_apposition():
    """"…, wie die Präsidentin des Verbands der Automobilindustrie, Hildegard Müller, betonte." and
    "…, wie Hildegard Müller, Präsidentin des …, betonte.": the named person speaks."""
    for frame in ("wie die Präsidentin des Verbands der Automobilindustrie, Hildegard Müller, betonte.",
                  "wie Hildegard Müller, Präsidentin des Verbands der Automobilindustrie, betonte."):
        text = f"Die Zölle träfen vor allem kleinere Zulieferer, {frame}"
        assert [q.speaker for q in analyse(text, "de").quotes] == ["Hildegard Müller"], frame
