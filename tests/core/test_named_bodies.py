"""A description speaks for the company the news is about, although that company never spoke:
"Peugeot hat … Wie die Franzosen mitteilten", "BYD overtook Tesla … The carmaker said".

The company is found by how the text introduces it (a legal form, a description beside the
name, its shares, or as the subject of a sentence); people, places, state bodies, media and
common nouns are not taken for it. Test paragraphs are written for these classes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing_app.core.analysis import analyse


def speakers(text: str, language: str) -> list[str]:
    return [q.speaker for q in analyse(text, language).quotes]


@pytest.mark.parametrize(("text", "language", "want"), [
    # a German subject the tagger reads as a proper noun, before its verb
    ("Paris – Peugeot hat im ersten Halbjahr wieder Gewinn gemacht. Wie die Franzosen am Mittwoch mitteilten, "
     "sorgte der schwache Euro für Rückenwind. Allerdings werde das Umfeld rauer. In China rechnet der VW-Rivale "
     "nur noch mit drei Prozent Wachstum.", "de", ["Peugeot", "Peugeot", "Peugeot"]),
    ("Volkswagen investiert weitere 2,5 Milliarden Euro in China. Wie der Konzern am Freitag mitteilte, soll das "
     "Geld vor allem in neue Modelle fließen.", "de", ["Volkswagen"]),
    # a description beside the name
    ("Der Chemiekonzern BASF streicht weitere Stellen in Ludwigshafen. Die Energiekosten seien in Europa doppelt "
     "so hoch wie in China, teilte das Unternehmen mit.", "de", ["BASF"]),
    ("Chinese carmaker Geely has bought a stake in Aston Martin. The automaker said it would pay 234 million "
     "pounds for the shares.", "en", ["Geely"]),
    ("Lufthansa, Germany's largest airline, plans to add flights to Shanghai. The carrier said demand from "
     "business travellers had recovered.", "en", ["Lufthansa"]),
    # a legal form, an acronym opening the news, the company's shares
    ("Volkswagen AG will invest 2.5 billion euros in its Hefei plant. The company said the money would go into "
     "new models for China.", "en", ["Volkswagen AG"]),
    ("BYD overtook Tesla as the biggest seller of electric cars in the fourth quarter. The carmaker said sales "
     "rose 20 percent to 526,000 vehicles.", "en", ["BYD"]),
    ("Shares in Siemens rose 3 percent on Thursday. The group said orders from China had picked up.", "en",
     ["Siemens"]),
    # a statement of the company that never spoke, after a state body that did
    ("Wie die Zollbehörde mitteilte, legten die Ausfuhren um 12,7 Prozent zu.\n\n"
     "Der Autobauer BMW will in Shenyang eine weitere Milliarde Euro investieren. Die Produktion solle bis 2026 "
     "verdoppelt werden, hieß es in einer Mitteilung.", "de", ["Zollbehörde", "BMW"]),
    ("Volkswagen investiert 2,5 Milliarden Euro in Hefei. Das Handelsministerium begrüßte die Entscheidung, sie "
     "stärke den Standort. Die Fabrik solle 2027 öffnen, teilte der Konzern mit.", "de",
     ["Handelsministerium", "Volkswagen"]),
    # the authors of a study speak for the body that published it
    ("The Kiel Institute for the World Economy said in a report that the dependence on China was smaller than "
     "feared. Its authors estimated that a decoupling would cost Germany about 5 percent of GDP.", "en",
     ["Kiel Institute for the World Economy", "Kiel Institute for the World Economy"]),
    ("Das Institut der deutschen Wirtschaft hat eine Studie zu China vorgelegt. Die Autoren der Studie erwarten, "
     "dass die Abhängigkeit weiter sinkt.", "de", ["Institut der deutschen Wirtschaft"]),
    # a plural pronoun for the company
    ("Siemens Energy hat einen Großauftrag erhalten. Der Auftrag habe einen Wert von 1,6 Milliarden Euro, sagte "
     "Konzernchef Christian Bruch. Die Münchner wollen zudem in den USA wachsen, teilten sie mit.", "de",
     ["Christian Bruch", "Siemens Energy"]),
])
def test_the_description_names_the_company_the_news_is_about(text: str, language: str, want: list[str]) -> None:
    assert speakers(text, language) == want


@pytest.mark.parametrize(("text", "language", "want"), [
    # a state body is named by its own word, never taken for the company
    ("Angela Merkel reiste am Montag nach Peking. Die Gespräche seien gut verlaufen, teilte die Regierung mit.",
     "de", ["Regierung"]),
    ("Growth slowed to 4.6 percent in the third quarter. Growth had been expected to reach 5 percent. The "
     "company said it would hire 2,000 workers.", "en", ["company"]),
    # a city, a country, a common noun and a news agency are no company
    ("Hefei has attracted 30 billion yuan of investment this year. Hefei is now home to three carmakers. The "
     "company said it would hire 2,000 workers.", "en", ["company"]),
    ("China hat seine Exporte kräftig gesteigert. Die Nachfrage aus Europa bleibe aber schwach, teilte der "
     "Konzern mit.", "de", ["Konzern"]),
    ("Stahl wird teurer. Stahl ist knapp. Die Preise stiegen weiter, teilte der Konzern mit.", "de", ["Konzern"]),
    ("Li Qiang wurde von der Nachrichtenagentur Xinhua mit den Worten zitiert, China werde seine Märkte weiter "
     "öffnen. Der Konzern kündigte an, 500 Stellen abzubauen.", "de", ["Li Qiang", "Konzern"]),
    # a person who never spoke is no company either
    ("Olaf Scholz besuchte am Montag das Werk. Scholz lobte die Belegschaft. Die Produktion solle verdoppelt "
     "werden, teilte der Konzern mit.", "de", ["Konzern"]),
])
def test_no_company_is_made_up_for_the_description(text: str, language: str, want: list[str]) -> None:
    assert speakers(text, language) == want


def test_an_amount_before_a_postposed_frame_is_no_person() -> None:
    """"… 300 Millionen Euro, sagte ein Sprecher des Unternehmens": the words after the comma
    are the frame of the quote, not an apposition naming "Millionen Euro"."""
    text = ("Siemens Healthineers hat sich an einem Start-up beteiligt. Der Kaufpreis liege bei 300 Millionen Euro, "
            "sagte ein Sprecher des Unternehmens.")
    analysis = analyse(text, "de")
    assert [q.speaker for q in analysis.quotes] == ["Sprecher des Unternehmens"]
    assert all("Euro" not in p.name for p in analysis.people)


def test_the_german_tagger_reads_its_model_without_numpy() -> None:
    """The desktop bundle leaves numpy out: the tagger's model is read with plain floats and
    tags as it does with numpy, and no stand-in for numpy is left behind for other libraries."""
    code = (
        "import sys\n"
        "sys.modules['numpy'] = None  # as in the bundle: import numpy fails\n"
        "from briefing_app.core.german_tagger import german_tags\n"
        "print(' '.join(german_tags(('Peugeot', 'hat', 'Gewinn', 'gemacht'))))\n"
        "print(' '.join(german_tags(('Stahl', 'wird', 'teurer'))))\n"
        "print(sys.modules.get('numpy', 'gone'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "NE VA(FIN) NN VV(PP)"
    assert out[1].startswith("NN VA(FIN)")
    assert out[2] in ("gone", "None")
