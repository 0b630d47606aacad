"""A small but complete project for export tests, built in code.

One German article (with the Chinese place name 太仓) and quotes (direct and reported),
figures (a German "Billion", a count, a percentage) and people, all accepted and in the
briefing, plus meeting details and a classification.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from briefing_app.core.anchoring import make_anchor
from briefing_app.core.annotation import Annotation, FigureInfo, Kind, PersonInfo, QuoteInfo, SpeechKind
from briefing_app.core.article import Article
from briefing_app.core.briefing import Briefing, Meeting
from briefing_app.core.compose import refresh_briefing
from briefing_app.core.project import Project

ARTICLE_TEXT = (
    "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden\n"
    "Der neue deutsch-chinesische Industriecluster in Taicang (太仓) nahe Shanghai nimmt Gestalt an. "
    "Bis 2030 sollen in dem Cluster rund 4.300 Projekte angesiedelt werden, das Gesamtinvestitionsvolumen "
    "wird auf 1,2 Billionen Yuan (rund 160 Milliarden Euro) beziffert.\n"
    "„Wir wollen, dass sich deutsche Familienunternehmen in Taicang zu Hause fühlen“, sagte Wang Lei (王磊), "
    "stellvertretender Direktor der Verwaltungskommission.\n"
    "Die Nachfrage nach deutscher Automatisierungstechnik sei ungebrochen, sagte Katrin Albers, "
    "Präsidentin des Verbands Deutscher Mittelständler in China (VDMC). Knapp 40 Prozent der Firmen "
    "stammen aus dem Maschinenbau.\n"
    "Dr. Matthias Krämer, Leiter Außenwirtschaft beim BVMZ, betonte, der Mittelstand brauche vor allem "
    "Rechtssicherheit und verlässlichen Schutz seines geistigen Eigentums.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def add(project: Project, article: Article, needle: str, kind: Kind, **info) -> Annotation:
    start, end = _span(article.text, needle)
    ann = Annotation(article_id=article.id, anchor=make_anchor(article.text, start, end), kind=kind, in_briefing=True, **info)
    return project.add_annotation(ann)


WRONG_CONVERSION = (
    "„Mit 1,2 Billionen Yuan (rund 16 Milliarden Euro) ist das Cluster das größte der Region“, sagte Wang Lei.\n"
)


def make_project(*, classification: str = "VS – Nur für den Dienstgebrauch", extra_quotes: int = 0,
                 wrong_conversion: bool = False) -> Project:
    """``wrong_conversion`` adds a direct quote holding a conversion that is ten times too small."""
    art = Article(
        text=ARTICLE_TEXT + (WRONG_CONVERSION if wrong_conversion else ""),
        title="Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden",
        outlet="Wirtschaftskurier",
        published=date(2026, 10, 14),
        url="https://example.org/wirtschaft/taicang",
        language="de",
        retrieved_at=datetime(2026, 10, 15, 9, 0, tzinfo=UTC),
    )
    p = Project(
        briefing=Briefing(
            meeting=Meeting(
                title="Delegationsgespräch Industriecluster Taicang (太仓)",
                date=date(2026, 11, 3),
                place="Taicang",
                counterpart="Verwaltungskommission des Clusters",
                delegation=["Jörg Weiß (DIHK)", "Anna Groß"],
                participants=["Wang Lei (王磊)"],
            ),
            classification=classification,
            label_language="de",
            objectives=["Ansiedlungsbedingungen für Zulieferer klären", "Schutz geistigen Eigentums ansprechen"],
            key_messages=["Deutsche Mittelständler suchen Rechtssicherheit vor Großinvestitionen."],
            questions=["Wie schnell werden Genehmigungen tatsächlich erteilt?"],
        )
    )
    p.add_article(art)
    add(
        p, art, "Wir wollen, dass sich deutsche Familienunternehmen in Taicang zu Hause fühlen", Kind.QUOTE,
        quote=QuoteInfo(speaker="Wang Lei (王磊)", role="stellvertretender Direktor", organisation="Verwaltungskommission", speech=SpeechKind.DIRECT),
    )
    add(
        p, art, "Die Nachfrage nach deutscher Automatisierungstechnik sei ungebrochen", Kind.QUOTE,
        quote=QuoteInfo(speaker="Katrin Albers", role="Präsidentin", organisation="VDMC", speech=SpeechKind.INDIRECT,
                        translation="Die Nachfrage nach deutscher Automatisierungstechnik ist ungebrochen."),
    )
    add(
        p, art, "der Mittelstand brauche vor allem Rechtssicherheit und verlässlichen Schutz seines geistigen Eigentums", Kind.QUOTE,
        quote=QuoteInfo(speaker="Dr. Matthias Krämer", role="Leiter Außenwirtschaft", organisation="BVMZ", speech=SpeechKind.INDIRECT),
    )
    for n in range(extra_quotes):
        add(
            p, art, "Der neue deutsch-chinesische Industriecluster in Taicang (太仓) nahe Shanghai nimmt Gestalt an.", Kind.QUOTE,
            quote=QuoteInfo(speaker=f"Sprecher Nr. {n + 1}", role="Beobachter", speech=SpeechKind.DIRECT),
        )
    add(p, art, "1,2 Billionen Yuan", Kind.FIGURE,
        figure=FigureInfo(value=Decimal("1.2e12"), unit="CNY", scale_word="Billionen", label="Gesamtinvestitionsvolumen"))
    add(p, art, "rund 4.300 Projekte", Kind.FIGURE,
        figure=FigureInfo(value=Decimal(4300), unit="Projekte", approx=True, qualifier="rund", label="Projekte bis 2030"))
    add(p, art, "Knapp 40 Prozent", Kind.FIGURE,
        figure=FigureInfo(value=Decimal(40), unit="percent", qualifier="knapp", label="Anteil Maschinenbau"))
    add(p, art, "Wang Lei (王磊)", Kind.PERSON,
        person=PersonInfo(name="Wang Lei (王磊)", role="Stellvertretender Direktor", organisation="Verwaltungskommission Taicang"))
    add(p, art, "Katrin Albers", Kind.PERSON,
        person=PersonInfo(name="Katrin Albers", role="Präsidentin", organisation="Verband Deutscher Mittelständler in China (VDMC)"))
    add(p, art, "Die Nachfrage nach deutscher Automatisierungstechnik sei ungebrochen, sagte Katrin Albers", Kind.KEY_POINT)
    if wrong_conversion:
        add(p, art, "Mit 1,2 Billionen Yuan (rund 16 Milliarden Euro) ist das Cluster das größte der Region", Kind.QUOTE,
            quote=QuoteInfo(speaker="Wang Lei (王磊)", role="stellvertretender Direktor", speech=SpeechKind.DIRECT))
        fig = add(p, art, "16 Milliarden Euro", Kind.FIGURE,
                  figure=FigureInfo(value=Decimal("16e9"), unit="EUR", scale_word="Milliarden", approx=True, qualifier="rund"))
        fig.in_briefing = False  # only the quote is chosen; the figure mark carries the value
    refresh_briefing(p)
    return p


@pytest.fixture
def project() -> Project:
    return make_project()
