"""German speaker attribution: classes of error found by reading newly written articles.

Each test states one class with sentences of its own (never the articles' sentences): a new
speaker named in the sentence must replace the previous one, a reporter's own sentence must
not be handed to the last speaker, and a quotation's own words are never a frame whose
"speaker" is the quotation's first word.
"""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def found(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in analyse(text, "de").quotes]


def test_a_rejection_with_its_reasons_is_the_rejecting_body_speaking():
    """"Die Botschaft wies den Vorwurf zurück, X setze …": the subject rejects; the clause
    alone would say the opposite, so the rejection is part of the quote."""
    text = ("Franziska Lehmann sagte, die Lage sei ernst. Die russische Botschaft wies den Vorwurf zurück, "
            "Moskau setze Gas als Druckmittel ein.")
    assert found(text)[1] == ("wies den Vorwurf zurück, Moskau setze Gas als Druckmittel ein",
                              "Russische Botschaft")
    text = ("Petra Winkelmann sagte, man prüfe das Angebot. Konzernchef Arjun Mehta wies Sorgen zurück, "
            "die Firma wolle Werke schließen.")
    assert found(text)[1][1] == "Arjun Mehta"


def test_a_message_passed_on_through_a_spokeswoman_is_the_senders():
    text = ("Petra Winkelmann sagte, man prüfe das Angebot. „Wir wollen gemeinsam wachsen“, ließ Mehta "
            "über eine Sprecherin ausrichten.")
    assert found(text)[1] == ("Wir wollen gemeinsam wachsen", "Mehta")


def test_an_anonymous_source_is_never_the_person_named_before():
    """"…“, klagte der Manager, der nicht genannt werden wollte": not the premier named earlier."""
    text = ("Der Minister traf Premier Ravi Sharma in Delhi. Die Stimmung war gedämpft. "
            "„Man hört uns zu, und dann passiert nichts“, klagte der Manager, der nicht genannt werden wollte.")
    [(_, speaker)] = found(text)
    assert speaker != "Ravi Sharma" and "Manager" in speaker


def test_a_reporters_speculation_does_not_continue_reported_speech():
    """Konjunktiv II "wäre"/"dürfte" alone is the writer's hypothesis, not a report."""
    for sentence in ("Für die Stadt wäre es die größte Investition seit Jahrzehnten.",
                     "Der Streit dürfte das Gericht noch länger beschäftigen."):
        assert found("Anna Berg sagte, das Werk sei wichtig. " + sentence) == [("das Werk sei wichtig", "Anna Berg")]
    # an argument carried on by its connective still is the speaker's
    text = "Anna Berg sagte, das Werk sei wichtig. Daher wäre es für sie ein Fehler, es zu schließen."
    assert len(found(text)) == 2


def test_an_adverb_in_e_is_no_konjunktiv_and_a_question_is_no_quote():
    text = "Anna Berg sagte, das Werk sei wichtig. Widerstand hatte es zuvor insbesondere von Anwohnern gegeben."
    assert len(found(text)) == 1
    assert len(found("Anna Berg sagte, das Werk sei wichtig. Und die Ministerin selbst?")) == 1


def test_a_frame_inside_a_quotation_is_the_quotations_own_words():
    """Aber: „Wir erwarten, dass …“ is the whole quotation of the speaker, never the clause
    after "erwarten" with "„Wir" as its speaker."""
    text = ("Anna Berg sagte, das Werk sei wichtig. Aber: „Wir erwarten, dass Polen seinen Einfluss nutzt, "
            "um den Streit zu beenden.“")
    assert found(text)[1] == ("Wir erwarten, dass Polen seinen Einfluss nutzt, um den Streit zu beenden.",
                              "Anna Berg")


def test_a_fear_voiced_in_mid_sentence_is_the_new_speakers():
    text = ("Anna Berg sagte, die Lage sei ernst. Bis zum Sommer, fürchtet Karl Otto, könnten weitere "
            "Werke schließen.")
    assert found(text)[1][1] == "Karl Otto"


def test_an_amount_before_a_frame_is_never_a_speaker():
    """"… 90 Millionen Euro bewilligt worden, sagte eine Sprecherin": no person "Millionen Euro"."""
    text = ("„Ein Fonds mit einer Milliarde Euro ist ein Anfang“, sagt Jonas Falk. Bislang seien "
            "daraus Projekte mit 90 Millionen Euro bewilligt worden, sagte eine Sprecherin.")
    speakers = [speaker for _, speaker in found(text)]
    assert all("Euro" not in speaker for speaker in speakers)
    assert "Millionen Euro" not in [p.name for p in analyse(text, "de").people]


def test_a_country_in_a_motto_is_no_person():
    text = ("Indien ist der wichtigste Markt. „In Indien, für Indien“, lautet das Motto. "
            "„Wir stehen zu unseren Werken in Indien“, teilte ein Sprecher mit.")
    assert all(speaker != "Indien" for _, speaker in found(text))


def test_an_adverb_opening_a_sentence_is_no_speaker():
    """"Stattdessen hob er … hervor. <Konjunktiv>": the pronoun after the verb speaks."""
    text = ("Premier Ravi Sharma empfing den Minister. Sharma ließ das unkommentiert. Stattdessen hob er die "
            "Zusammenarbeit hervor. Der Handel habe sich verdoppelt.")
    assert found(text)[-1] == ("Der Handel habe sich verdoppelt", "Ravi Sharma")


def test_the_object_after_an_inverted_subject_is_no_name():
    """"fordert der Verband Notfallmaßnahmen": the association speaks on, not "Notfallmaßnahmen"."""
    text = ("Die Branche sei in Gefahr, warnt der Bundesverband Solarwirtschaft (BSW). In einem Brief fordert "
            "der Verband Notfallmaßnahmen. Ohne Hilfe drohe das Aus für viele Fabriken.")
    assert found(text)[-1] == ("Ohne Hilfe drohe das Aus für viele Fabriken", "Bundesverband Solarwirtschaft (BSW)")


def test_a_refusal_coordinated_with_a_confirmation_is_no_statement():
    """"bestätigte den Antrag, wollte sich zu Einzelheiten aber nicht äußern": no content."""
    text = ("Anna Berg sagte, das Werk sei wichtig. Das Finanzministerium bestätigte den Eingang des Antrags, "
            "wollte sich zu Einzelheiten aber nicht äußern.")
    assert found(text) == [("das Werk sei wichtig", "Anna Berg")]


def test_a_company_speaks_before_its_namesake_chief_is_introduced():
    """"…, teilte Brandauer mit" after "den Pumpenhersteller Brandauer": the company, although
    "Dr. Lena Brandauer" is named later."""
    text = ("Ein Investor will den Pumpenhersteller Brandauer übernehmen. Der Käufer biete 30 Euro je Aktie, "
            "teilte Brandauer am Montag mit.\n\nVorstandschefin Dr. Lena Brandauer unterstützt das Angebot. "
            "Man habe gute Gespräche geführt, sagte sie.")
    got = found(text)
    assert got[0][1] == "Brandauer"
    assert got[1][1] == "Dr. Lena Brandauer"


def test_unnamed_circles_are_a_source_of_their_own():
    """"Nach Angaben aus Regierungskreisen …", "Wie aus Kommissionskreisen verlautete, …":
    the circles speak, never the speaker before them, and the sentence is not lost."""
    text = ("Anna Berg sagte, das sei gut. Nach Angaben aus Regierungskreisen stehen Zuschüsse von bis zu "
            "80 Millionen Euro im Raum.")
    assert found(text)[1] == ("stehen Zuschüsse von bis zu 80 Millionen Euro im Raum", "Regierungskreise")
    text = "Anna Berg sagte, das sei gut. Wie aus Koalitionskreisen verlautete, soll die Runde bald tagen."
    assert found(text)[1] == ("soll die Runde bald tagen", "Koalitionskreise")
    assert found("Das Kanzleramt prüft den Fall, wie aus Regierungskreisen verlautete.") == [
        ("Das Kanzleramt prüft den Fall", "Regierungskreise")]


def test_chiefs_counted_in_words_are_a_figure():
    """"zwölf Vorstandschefs": a count of people like "zwölf Manager" (from eleven up, words count)."""
    figures = analyse("Der Kanzler reiste mit zwölf Vorstandschefs nach Peking.", "de").figures
    assert [(f.text, f.value) for f in figures] == [("zwölf Vorstandschefs", 12)]


def test_an_addendum_after_a_postposed_frame_keeps_the_speaker():
    """"…, sagte er, auch über schwierige Themen.": the addendum is content, "er" the speaker;
    the chain after it and a quotation after "Aber:" are his too."""
    text = ("Ministerin Lea Brandt traf ihren Amtskollegen. Man habe offen gesprochen, sagte sie, auch über "
            "schwierige Themen. Polen wolle keine Abkopplung. Aber: „Wir erwarten Fortschritte beim Handel.“")
    got = found(text)
    assert [speaker for _, speaker in got] == ["Lea Brandt"] * 3
    assert got[0][0] == "Man habe offen gesprochen"
