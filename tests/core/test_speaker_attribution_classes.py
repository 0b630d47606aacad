"""Who speaks when a report names its channel or a long description: classes of construction
from articles written for testing, each as sentences of its own (never corpus sentences)."""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in analyse(text, lang).quotes]


def test_a_medium_after_the_speakers_own_frame_is_not_the_speaker():
    """"“…,” he said, according to CCTV": the broadcaster reports what he said."""
    text = ("Xi Jinping met the delegation on Tuesday. “The challenges facing Europe do not come from "
            "China,” he said, according to state broadcaster CCTV.")
    assert found(text, "en") == [("The challenges facing Europe do not come from China", "Xi Jinping")]
    # with no frame of its own, the medium is all the text names
    assert found("“Our door will only open wider,” according to Xinhua.", "en")[0][1] == "Xinhua"


def test_according_to_a_medium_after_a_closing_quotation_mark():
    """"X told Y that … “an opportunity, not a threat,” according to Xinhua": the mark closes the
    fragment, the medium reports X."""
    text = ("Xi Jinping met the delegation on Tuesday. Xi, 72, told the Europeans that China's development "
            "was “an opportunity, not a threat,” according to Xinhua.")
    [(quote, speaker)] = found(text, "en")
    assert speaker == "Xi Jinping"
    assert quote.startswith("China's development was") and "Xinhua" not in quote


def test_a_long_apposition_with_a_research_role_keeps_the_speaker():
    text = ("Feng Xiaolan, a research fellow at the Institute of European Studies under the Chinese Academy of "
            "Social Sciences, said the European Commission's decision to impose tariffs showed divisions within "
            "the bloc.")
    [q] = analyse(text, "en").quotes
    assert (q.speaker, q.role) == ("Feng Xiaolan", "research fellow")
    assert q.text.startswith("the European Commission's decision")
