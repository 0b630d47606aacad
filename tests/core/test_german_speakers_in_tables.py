"""Who said it in German press text, sentence by sentence in tables: adjuncts between the
verb and the speaker, quotations split by their tag, 'wie X mitteilte', bodies named with
their field, speaker, role and body in the nominative, datelines and places that are no
speakers, titles and shares that are no quotes, openers and fronted objects.

Test sentences are written for these classes; none is taken from the corpus (the other
German speaker tests are in ``test_german_speakers.py``).
"""

from __future__ import annotations

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.people import parse_source


def found(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyse(text, "de").quotes]


@pytest.mark.parametrize("text, speaker, role", [
    ("„Wir werden unsere Investitionen fortsetzen“, sagte am Dienstag der Vorstandsvorsitzende von Bosch, "
     "Stefan Hartung.", "Stefan Hartung", "Vorstandsvorsitzender"),
    ("„Wir investieren weiter“, sagte in Peking die Ministerin.", "Ministerin", "Ministerin"),
    ("Man wolle in China weiter wachsen, sagte am Rande der Messe Bosch-Chef Stefan Hartung.", "Stefan Hartung",
     "Bosch-Chef"),
])
def test_an_adjunct_between_the_verb_and_the_speaker_is_not_the_speaker(text: str, speaker: str, role: str) -> None:
    quotes = analyse(text, "de").quotes
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]


def test_a_bodys_name_ends_before_the_day_after_it():
    assert [s for _, s, _ in found("Die Zölle seien ein Fehler, forderte der Bundesverband der Deutschen Industrie "
                                   "(BDI) am Montag.")] == ["Bundesverband der Deutschen Industrie (BDI)"]


@pytest.mark.parametrize("text, speaker, content", [
    ("In einer Stellungnahme erklärte die Präsidentin des Verbands, Hildegard Müller, die Zölle seien ein Fehler.",
     "Hildegard Müller", "die Zölle seien ein Fehler"),
    ("Am Mittwoch sagte der Vorsitzende des Ostausschusses, Michael Harms, die Lage sei ernst.", "Michael Harms",
     "die Lage sei ernst"),
])
def test_the_name_in_commas_after_an_inverted_subject_is_the_speaker_not_the_content(
        text: str, speaker: str, content: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("„Der Markt ist schwierig“, sagte Kater, „aber er wächst.“", "Kater"),
    ("„Es ist klar“, sagte Kater, „dass die Konjunktur schwächelt.“", "Kater"),
    ("„Der Markt ist schwierig“, teilte der Sprecher mit, „aber er wächst.“", "Sprecher"),
])
def test_both_halves_of_a_quotation_split_by_its_tag_are_the_speakers(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text)] == [speaker, speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ("Die Inflation ist im September auf 2,2 Prozent gesunken, wie Eurostat am Freitag mitteilte.", "Eurostat",
     "Die Inflation ist im September auf 2,2 Prozent gesunken"),
    ("Der Umsatz lag bei rund 300 Mrd. Euro, wie die AHK mitteilte.", "AHK", "Der Umsatz lag bei rund 300 Mrd. Euro"),
])
def test_a_statement_closed_by_wie_x_mitteilte_is_xs(text: str, speaker: str, content: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("Nach Einschätzung des Kieler Instituts für Weltwirtschaft (IfW) würde ein Handelskrieg Deutschland treffen.",
     "Kieler Institut für Weltwirtschaft (IfW)"),
    ("Laut dem Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) wurden 300 Anträge gestellt.",
     "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)"),
    ("Das Deutsche Institut für Wirtschaftsforschung (DIW) erwartet ein Wachstum von 1 Prozent.",
     "Deutsches Institut für Wirtschaftsforschung (DIW)"),
    ("Der Verband Deutscher Maschinen- und Anlagenbau (VDMA) erwartet ein Minus von 2 Prozent.",
     "Verband Deutscher Maschinen- und Anlagenbau (VDMA)"),
    ("Der Konzern Volkswagen erwartet ein Minus von 2 Prozent.", "Volkswagen"),
])
def test_a_bodys_name_with_its_field_or_its_adjective_is_one_name(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text)] == [speaker]
    assert not any(q.startswith("für ") for q, _, _ in found(text))


@pytest.mark.parametrize("text, speaker, role, organisation", [
    ("Der Präsident Chinas, Xi Jinping, sagte, beide Länder sollten Partner bleiben.", "Xi Jinping", "Präsident",
     "China"),
    ("Die Lage in China sei „dramatisch“, sagte ein Manager eines großen Zulieferers.",
     "Manager eines großen Zulieferers", "Manager", "großer Zulieferer"),
    ("Nach Angaben der chinesischen Zollbehörde stiegen die Exporte um 5 Prozent.", "Chinesische Zollbehörde", "", ""),
    ("Die Gespräche seien gut verlaufen, hieß es aus der chinesischen Botschaft.", "Chinesische Botschaft", "", ""),
    ("Staatssekretär Udo Philipp sagte laut Redetext, Deutschland setze auf Partnerschaft.", "Udo Philipp",
     "Staatssekretär", ""),
    ("Der Außenwirtschaftschef der DIHK, Volker Treier, erwartet für 2024 ein Exportminus von zwei Prozent.",
     "Volker Treier", "Außenwirtschaftschef", "DIHK"),
    ("Stefan Mair, Direktor der Stiftung Wissenschaft und Politik, zeigte sich überzeugt, dass China seine Politik "
     "nicht ändern werde.", "Stefan Mair", "Direktor", "Stiftung Wissenschaft und Politik"),
])
def test_speaker_role_and_body_in_the_nominative(text: str, speaker: str, role: str, organisation: str) -> None:
    quote, = analyse(text, "de").quotes
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


def test_an_industrial_park_named_in_a_quotation_is_no_person_and_no_speaker():
    quote, = analyse("„Die Zusammenarbeit im Industriepark Chengdu ist beispielhaft“, sagte der Generalkonsul.",
                     "de").quotes
    assert quote.speaker == "Generalkonsul"
    assert parse_source("Peter Park", 0, "de").kind == "person"


def test_a_leading_zufolge_stays_out_of_the_content_and_sie_is_the_body_just_named():
    assert found("Dem Verband der Automobilindustrie zufolge haben deutsche Hersteller weniger Autos verkauft.") == [
        ("haben deutsche Hersteller weniger Autos verkauft", "Verband der Automobilindustrie", "indirect")]
    got = found("Die Bundesbank rechnet für 2024 mit einem Wachstum von 0,3 Prozent. "
                "Für 2025 erwartet sie ein Plus von 1,1 Prozent.")
    assert [s for _, s, _ in got] == ["Bundesbank", "Bundesbank"]


@pytest.mark.parametrize("text, speaker", [
    ("Berlin (dpa) - Ein Sprecher von Bosch sagte, das Werk bleibe offen.", "Sprecher von Bosch"),
    ("Berlin, 12. Mai (Reuters) - Bosch-Chef Stefan Hartung sagte, das Werk bleibe offen.", "Stefan Hartung"),
    ("Robert Habeck reiste nach Peking. Er sagte, die Gespräche seien gut gewesen.", "Robert Habeck"),
    ("China müsse mehr importieren, sagte Lindner den Teilnehmern des Forums.", "Lindner"),
    ("China müsse mehr importieren, sagte Habeck an die Adresse Pekings.", "Habeck"),
    ("Ein Maschinenbauer aus Reutlingen sagte, er warte auf Aufträge.", "Maschinenbauer"),
    ("Manuela Schwesig wurde von Wirtschaftsminister Reinhard Meyer begleitet. Dieser sagte, mehrere Unternehmen "
     "hätten Interesse gezeigt.", "Reinhard Meyer"),
])
def test_the_speaker_is_neither_the_dateline_nor_the_one_spoken_to_nor_a_place(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text)] == [speaker]


def test_a_reply_is_a_new_speakers_quote_not_a_continuation():
    assert found("Scholz sagte, Deutschland setze auf fairen Wettbewerb. Li entgegnete, China sei kein Rivale.") == [
        ("Deutschland setze auf fairen Wettbewerb", "Scholz", "indirect"), ("China sei kein Rivale", "Li", "indirect")]


@pytest.mark.parametrize("text, want", [
    ("Die Zölle seien ein Fehler, sagte Lindner dem Magazin „Der Spiegel“.",
     [("Die Zölle seien ein Fehler", "Lindner", "indirect")]),
    ("Die Zölle seien ein Fehler, sagte Lindner in der ARD-Sendung „Caren Miosga“.",
     [("Die Zölle seien ein Fehler", "Lindner", "indirect")]),
    # an apposition with "von der" is the subject of the verb, no statement of an object
    ("Die Präsidentin der EU-Kommission, Ursula von der Leyen, kündigte eine Untersuchung an.", []),
    ("Chinas Exporte sind im Dezember stärker als erwartet gestiegen.", []),
    ("Die AHK ergänzte, 40 Prozent der Firmen rechneten mit sinkenden Gewinnen.",
     [("40 Prozent der Firmen rechneten mit sinkenden Gewinnen", "AHK", "indirect")]),
    ("Rund zwei Drittel der Firmen rechnen mit schlechteren Geschäften.",
     [("mit schlechteren Geschäften", "Firmen", "indirect")]),
])
def test_titles_objects_and_shares_are_no_speakers_and_no_quotes(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text, second", [
    ("Habeck sagte, die Lage sei ernst. Ihm widersprach Wirtschaftsweise Veronika Grimm. Die Lage sei beherrschbar.",
     "Veronika Grimm"),
    ("Habeck sagte, die Industrie leide. Der BDI sieht das ähnlich. Die Industrie brauche niedrigere Strompreise.",
     "BDI"),
    ("Habeck sagte, die Schuldenbremse müsse weg. Lindner sah das anders. Die Schuldenbremse gelte.", "Lindner"),
])
def test_a_view_of_ones_own_hands_the_konjunktiv_chain_to_its_subject(text: str, second: str) -> None:
    assert [s for _, s, _ in found(text)] == ["Habeck", second]


@pytest.mark.parametrize("text, want", [
    ("Insgesamt erwartet die Kammer ein Exportwachstum von 0,5 Prozent.", ["Kammer"]),
    ("Darauf angesprochen, sagte Aiwanger, man müsse mit allen reden.", ["Aiwanger"]),
    ("Das Volumen beziffert das Ministerium auf insgesamt 1,1 Milliarden Euro.", ["Ministerium"]),
    ("Ein Sprecher der Kommission bestätigte Gespräche, nannte aber keine Details.", []),
    ("Nur 27 Prozent der Befragten erwarten eine Verbesserung.", ["Befragten"]),
])
def test_openers_fronted_objects_second_verbs_and_shares(text: str, want: list) -> None:
    assert [s for _, s, _ in found(text)] == want
