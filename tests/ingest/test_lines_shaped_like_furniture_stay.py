"""Lines of articles shaped like a page's furniture stay the article's.

Each page is written for these tests (no corpus text) and puts into an article a line that
looks like something the cleaner removes — a name and a firm under a sentence like a
photographer's credit under a caption, a paragraph after a box of links like a card's
teaser, a sentence on a trial price like a paywall's offer. The line must stay in the text,
and the title must be the headline.
"""
from __future__ import annotations

import pytest

from briefing_app.ingest import import_text

P1 = ("Exports of machinery from Germany to China fell for a third year in a row, customs data showed on Monday, "
      "as Chinese buyers turned to domestic suppliers.")
P2 = ("Economists said the shift reflected years of investment by Chinese toolmakers, many of which now sell at "
      "prices German firms cannot match.")
D1 = ("Der Handel zwischen Deutschland und China ist im vergangenen Jahr erneut geschrumpft, wie das Statistische "
      "Bundesamt am Montag mitteilte.")
D2 = "Ökonomen sehen darin keinen vorübergehenden Knick, sagte ein Volkswirt der Landesbank am Dienstag in Frankfurt."
EN_TOP = "World\nBusiness\nGerman machinery exports to China fall for third year\nPublished: 22 January 2026\n"
DE_TOP = "Politik\nWirtschaft\nMaschinenbauer verlieren den chinesischen Markt\nVon Anna Müller\n18.02.2025, 05:30 Uhr\n"

#: The header and the foot of the news site most review pages are set in.
_DESK_HEADER = "Skip to content\nNews\nBusiness\nPolitics\nSport\nSubscribe\n"
_DESK_FOOTER = ("Share this article\nFacebook\nEmail\nMore from Business\nFed officials signal patience on rate cuts\n"
                "About us\n© 2025 The Daily Ledger")
#: The header and the foot of the German paper the other review pages are set in.
_BLATT_HEADER = "Zum Inhalt springen\nPolitik\nWirtschaft\nSport\nAbo\n"
_BLATT_FOOTER = "Artikel teilen\nFacebook\nWhatsApp\nE-Mail\nMehr aus Wirtschaft\nInflation sinkt im Oktober leicht\nImpressum\n© 2025 Tageblatt"
#: A county news story several review pages share: its two first paragraphs, its last one, and
#: its top with the site's header, headline, byline and date.
_FOOD_BANK_PARAGRAPHS = ("The county's food bank distributed a record 4.2 million pounds of food last year, up 18% "
                         "from the year before, its director told commissioners on Tuesday.\nCommissioners approved "
                         "a one-time grant of $250,000 to help the food bank lease a second warehouse near the "
                         "airport, where it plans to store refrigerated goods.\n")
_FOOD_BANK_CHAIR = ("Board chair Linda Morales said the county would revisit the food bank's funding during budget "
                    "talks in the spring, when officials expect a clearer picture of state aid.\n")
_FOOD_BANK = (_DESK_HEADER + "County food bank hits record demand as commissioners approve grant\nBy Jane Harper\n"
              "June 13, 2024\n" + _FOOD_BANK_PARAGRAPHS)

PAGES = {
    "a panel's economists, each a name and a bank": (
        EN_TOP + P1 + "\nWe asked three economists whether the ECB will cut rates in June.\nHolger Schmieding, Berenberg\n"
        "Yes. Inflation is falling faster than the central bank expected, and the economy is barely growing.\n"
        "Carsten Brzeski, ING\n" + P2,
        ["We asked three economists whether the ECB will cut rates in June.", "Holger Schmieding, Berenberg"]),
    "a German panel": (
        DE_TOP + D1 + "\nWir haben drei Ökonomen gefragt, ob die EZB im Juni die Zinsen senkt.\nJörg Krämer, Commerzbank\n"
        "Ja, denn die Inflation sinkt schneller als erwartet und die Wirtschaft wächst kaum noch.\n" + D2,
        ["Wir haben drei Ökonomen gefragt, ob die EZB im Juni die Zinsen senkt.", "Jörg Krämer, Commerzbank"]),
    "a statement signed by its speaker": (
        EN_TOP + P1 + "\nWe are proud to bring 400 new jobs to Auburn Hills.\nKara Whitlock, Acme Automotive\n" + P2,
        ["We are proud to bring 400 new jobs to Auburn Hills."]),
    "a paragraph after a dated card, a subheading under it": (
        EN_TOP + P1 + "\nRelated Stories\nChinese toolmakers win market share in Southeast Asia\n2 Sep 2025\n"
        "The decline was steepest in the second half of the year.\nCompetition from China\n" + P2,
        ["The decline was steepest in the second half of the year.", "Competition from China"]),
    "a German paragraph after a dated card": (
        DE_TOP + D1 + "\nMehr zum Thema\nAutozulieferer in der Region: Die Krise erreicht den Mittelstand\n10.03.2025\n"
        "Besonders betroffen sind Zulieferer aus Baden-Württemberg.\nKonkurrenz aus Shenzhen\n" + D2,
        ["Besonders betroffen sind Zulieferer aus Baden-Württemberg.", "Konkurrenz aus Shenzhen"]),
    "a German subheading full of names under a box": (
        DE_TOP + D1 + "\nMehr zum Thema\nAutozulieferer in der Region: Die Krise erreicht jetzt auch den Mittelstand\n"
        "Trumpf, Kuka und DMG Mori spüren die Konkurrenz aus Shenzhen\n" + D2,
        ["Trumpf, Kuka und DMG Mori spüren die Konkurrenz aus Shenzhen"]),
    "a subheading right under a link under 'Read more'": (
        EN_TOP.replace("\n", "\n\n") + P1 + "\n\nRead more\nChinese toolmakers win market share in Southeast Asia, "
        "analysts say\nCompetition from China\n\n" + P2,
        ["Competition from China"]),
    "a sentence citing another paper's report": (
        DE_TOP + D1 + "\nÜber dieses Thema hat zuerst der „Spiegel“ am Freitag berichtet.\n" + D2,
        ["Über dieses Thema hat zuerst der „Spiegel“ am Freitag berichtet."]),
    "a sentence on a trial price": (
        DE_TOP + D1 + "\nNeukunden können Netflix jetzt für 1 Euro testen.\n" + D2,
        ["Neukunden können Netflix jetzt für 1 Euro testen."]),
    "a book's details under a review": (
        EN_TOP + P1 + "\n" + P2 + "\n“The Dragon and the Eagle” by John Smith\n"
        "Published by Simon & Schuster, 352 pages, $30.00.\nShare this article",
        ["Published by Simon & Schuster, 352 pages, $30.00."]),
    "a ticker's entry under a video's label": (
        "Politik\nWirtschaft\nKrieg in der Ukraine: Der Liveticker\n18.02.2025, 05:30 Uhr\n"
        "Selenskyj dankt Deutschland für neue Luftabwehr\n14:32\n"
        "Der ukrainische Präsident hat sich in einer Videobotschaft für die Lieferung weiterer Systeme bedankt.\n"
        "Video\nScholz: Wir stehen fest an der Seite der Ukraine\n14:10\n"
        "Bundeskanzler Scholz hat der Ukraine bei einem Besuch in Kiew weitere Unterstützung zugesagt.",
        ["Scholz: Wir stehen fest an der Seite der Ukraine"]),
    "a sentence on a translation": (
        EN_TOP + P1 + "\nThis article was translated from German by an AI tool, the publisher admitted after readers "
        "complained.\n" + P2,
        ["This article was translated from German by an AI tool, the publisher admitted after readers complained."]),
}


REVIEW_PAGES = {
    "a market report's list after 'Bild:'": (
        'Startseite\n'
        'Wirtschaft\n'
        'Dax schließt nach Zinsentscheid der Fed im Minus\n'
        'Von Katrin Albers\n'
        '12.03.2025, 18:04 Uhr\n'
        'Der deutsche Aktienmarkt hat am Mittwoch nach dem Zinsentscheid der US-Notenbank '
        'nachgegeben. Der Dax schloss 0,8 Prozent tiefer bei 22.640 Punkten.\n'
        'Auf der Verliererseite ergab sich im MDax ein ähnliches Bild: Siemens Energy, Zalando, '
        'Delivery Hero.\n'
        'Gefragt waren dagegen Versorger und Versicherer. Die Aktien von RWE und Munich Re legten '
        'jeweils mehr als ein Prozent zu.',
        ['Auf der Verliererseite ergab sich im MDax ein ähnliches Bild: Siemens Energy, Zalando, '
         'Delivery Hero.']),
    "a subheading 'Courtesy of …' under the lead sentence": (
        'Home\n'
        'News\n'
        'Ohio battery plant to get $1.2 billion in federal aid\n'
        'By Rachel Owens\n'
        'March 4, 2025\n'
        'The federal government will cover almost half the cost of a new battery plant in Ohio, '
        'according to documents seen by the Dispatch.\n'
        'Courtesy of Uncle Sam\n'
        "The grant, awarded under the Department of Energy's manufacturing program, would pay for "
        'equipment and site preparation at the plant near Lordstown, the documents show.\n'
        'The company said it expects to employ 1,100 workers when production begins in 2027.',
        ['Courtesy of Uncle Sam']),
    "a subheading 'Courtesy of …' after an advertisement": (
        'Home\n'
        'News\n'
        "How China's carmakers came to dominate the EV market\n"
        'By Daniel Webb\n'
        'Published: 22 January 2026\n'
        "Chinese brands now account for almost two-thirds of the world's electric car sales, up "
        'from less than half five years ago.\n'
        'Advertisement\n'
        'Beijing has spent an estimated $230 billion supporting its electric vehicle industry '
        'since 2009, according to the Center for Strategic and International Studies.\n'
        'Courtesy of Beijing\n'
        'Much of that money went into purchase subsidies and tax breaks for buyers, but a '
        'significant share flowed directly to manufacturers through cheap land and loans.\n'
        'Analysts say the support helped companies survive years of losses while they built up scale.',
        ['Courtesy of Beijing']),
    "how to watch: 'TV: …' and 'Radio: …' over their times": (
        'Startseite\n'
        'Politik\n'
        'Bundestagswahl 2025: So verfolgen Sie den Wahlabend\n'
        'Von Lisa Brandt\n'
        '22.02.2025, 12:00 Uhr\n'
        'Am Sonntag wählen die Deutschen einen neuen Bundestag. Die Wahllokale schließen um 18 '
        'Uhr, kurz danach veröffentlichen die Sender ihre ersten Prognosen.\n'
        'TV: ARD und ZDF übertragen die Wahlabende live\n'
        'Sonntag, 23. Februar 2025, ab 17:30 Uhr\n'
        'Die ARD sendet ihre Wahlsendung aus dem Hauptstadtstudio, das ZDF meldet sich aus Berlin-Mitte.\n'
        'Radio: Deutschlandfunk mit Sondersendung\n'
        'Sonntag, 23. Februar 2025, ab 17 Uhr\n'
        'Der Deutschlandfunk berichtet in einer mehrstündigen Sondersendung mit Analysen und '
        'Interviews aus den Parteizentralen.',
        ['TV: ARD und ZDF übertragen die Wahlabende live']),
    "a court's finding that information is no investment advice": (
        'Home\n'
        'News\n'
        'Court clears stock-tips website of liability for reader losses\n'
        'By Martin Kessler\n'
        'March 5, 2025\n'
        'A federal court in Frankfurt has dismissed a lawsuit by investors who lost money after '
        'following recommendations published on a popular stock-tips website.\n'
        'The information does not constitute investment advice within the meaning of the '
        'Securities Trading Act, the court found.\n'
        'The plaintiffs can appeal. Their lawyer said he would study the ruling before deciding.',
        ['The information does not constitute investment advice within the meaning of the '
         'Securities Trading Act, the court found.']),
    "an op-ed's 'At Ryanair, we tell it like it is: …'": (
        'Home\n'
        'Opinion\n'
        "Europe's airlines need Boeing to get its house in order\n"
        "By Michael O'Leary\n"
        'April 2, 2025\n'
        'Every summer, millions of Europeans take their holidays by air, and every summer airlines '
        'struggle to meet demand.\n'
        'At Ryanair, we tell it like it is: fares will rise this summer, and they will rise '
        'because Boeing cannot deliver the aircraft it promised us.\n'
        'We ordered 150 Boeing 737 MAX 10 aircraft in 2023. We have yet to receive one, and the '
        'certification of the type keeps slipping.',
        ['At Ryanair, we tell it like it is: fares will rise this summer, and they will rise '
         'because Boeing cannot deliver the aircraft it promised us.']),
    'an error message quoted in an outage story': (
        'Home\n'
        'News\n'
        'Ticket site crashes as Oasis reunion sale opens\n'
        'By Tom Fielding\n'
        'August 31, 2024\n'
        'Hundreds of thousands of fans were left staring at error messages on Saturday morning as '
        'tickets for the Oasis reunion tour went on sale.\n'
        'Many who had waited in online queues for hours said that when they finally reached the '
        'front, the site showed only a short message:\n'
        'Sorry, there seem to be some issues. Please try again later.\n'
        'Ticketmaster said it had seen unprecedented demand and that most fans had been able to '
        'buy tickets without problems.',
        ['Sorry, there seem to be some issues. Please try again later.']),
    "a tip opening 'You might be interested in: …'": (
        'Home\n'
        'Money\n'
        'Five ways to build a savings buffer on a low income\n'
        'By Sarah Coleman\n'
        'January 9, 2025\n'
        'Putting money aside is hard when bills swallow most of your pay, but even small amounts '
        'add up over a year.\n'
        "You might be interested in: the government's Help to Save scheme, which pays a 50% bonus "
        'on savings of up to £50 a month.\n'
        'The bonus is paid after two years and again after four, and you can withdraw money at any time.',
        ["You might be interested in: the government's Help to Save scheme, which pays a 50% bonus "
         'on savings of up to £50 a month.']),
}

#: A third review's pages (each line of ``lines`` must stay).
THIRD_REVIEW_PAGES = {
    "a wire report's last paragraph closed by its agency over the share bar": (
        _FOOD_BANK +
        'The ministry said it would publish the new rules for food aid in March. (Reuters)\n'
        + _DESK_FOOTER,
        ['The ministry said it would publish the new rules for food aid in March. (Reuters)']),
    "a German report's last paragraph closed by '(dpa)' over the share bar": (
        _BLATT_HEADER +
        'Insolvenzen im Maschinenbau steigen deutlich\n'
        '17. September 2025 - 16:48 Uhr\n'
        'Die Zahl der Insolvenzen im Maschinenbau ist im dritten Quartal deutlich gestiegen, wie '
        'das Statistische Landesamt am Dienstag mitteilte.\n'
        'Besonders betroffen sind kleinere Zulieferer, die unter hohen Energiepreisen und einer '
        'schwachen Nachfrage aus China leiden, sagte ein Sprecher.\n'
        'Die Landesregierung kündigte an, ein Programm für Überbrückungskredite aufzulegen. (dpa)\n'
        + _BLATT_FOOTER,
        ['Die Landesregierung kündigte an, ein Programm für Überbrückungskredite aufzulegen. (dpa)']),
    "a reader's letter signed with the name in brackets": (
        _DESK_HEADER +
        'Letter: Elm Street needs a crossing guard now\n'
        'June 13, 2024\n'
        'I have lived on Elm Street for 31 years and have never seen the traffic as bad as it has '
        'been since the bypass closed in March.\n'
        'The county promised that the repairs would take six weeks. It has now been five months, '
        'and no one at the roads department will tell us when the work will end.\n'
        'I urge the commissioners to put a crossing guard at the corner of Elm and Fifth before '
        'someone is hurt. (Margaret Ellison)\n'
        + _DESK_FOOTER,
        ['I urge the commissioners to put a crossing guard at the corner of Elm and Fifth before '
         'someone is hurt. (Margaret Ellison)']),
    "a subheading naming a fund by its acronym '(PIC)'": (
        _DESK_HEADER +
        'Pension fund will not rescue state firms, minister says\n'
        'By Thabo Nkosi\n'
        'June 13, 2024\n'
        'The Government Employees Pension Fund holds about R2.3 trillion in assets, the largest '
        'pension fund on the continent, the treasury said on Monday.\n'
        'Finance Minister Enoch Godongwana said the fund would not be used to bail out loss-making '
        'state companies, despite pressure from some unions.\n'
        'New mandate for the Public Investment Corporation (PIC)\n'
        "The fund's trustees are expected to publish a new investment mandate before the end of "
        'the financial year, the treasury said.\n'
        + _DESK_FOOTER,
        ['New mandate for the Public Investment Corporation (PIC)']),
    "an economist's forecast signed 'NAME / BANK' in capitals": (
        _DESK_HEADER +
        'Economists split on how far ECB will cut\n'
        'By Jane Harper\n'
        'Dec. 12, 2024\n'
        'Economists were divided on Thursday over how far the European Central Bank will go in '
        'cutting rates next year.\n'
        'The ECB will cut twice more before the summer because inflation is falling faster than it '
        'expected.\n'
        'HOLGER SCHMIEDING / BERENBERG\n'
        'Others were more cautious. Wage growth is still too strong for the bank to relax, said a '
        'second economist, who expects a pause in the spring.\n'
        + _DESK_FOOTER,
        ['The ECB will cut twice more before the summer because inflation is falling faster than it '
         'expected.']),
    'a timeline whose entries carry their time': (
        _DESK_HEADER +
        'Ammonia leak at fertilizer plant: what happened\n'
        'By Jane Harper\n'
        'March 5, 2025\n'
        + _FOOD_BANK_PARAGRAPHS +
        'How the morning unfolded\n'
        'Mar. 3, 2025, 9:05 a.m.\n'
        "The plant's night shift reports a pressure drop in the ammonia line.\n"
        'Mar. 3, 2025, 9:41 a.m.\n'
        'Operators shut down the compressor and evacuate the building.\n'
        'Mar. 3, 2025, 11:20 a.m.\n'
        'The fire department declares the leak contained.\n'
        + _DESK_FOOTER,
        ['Operators shut down the compressor and evacuate the building.']),
    "a charity story's 'Donate today at …'": (
        _FOOD_BANK +
        _FOOD_BANK_CHAIR +
        'Donate today at feedthecounty.org or call the food bank at 555-0142.\n'
        + _DESK_FOOTER,
        ['Donate today at feedthecounty.org or call the food bank at 555-0142.']),
    "a subheading 'Your support matters'": (
        _FOOD_BANK +
        'Your support matters\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Your support matters']),
    "a list under 'Most popular.' with its full stop": (
        _DESK_HEADER +
        "Ranking: America's favorite baby names in 2024\n"
        'By Jane Harper\n'
        'May 12, 2025\n'
        + _FOOD_BANK_PARAGRAPHS +
        'Most popular.\n'
        'Liam\n'
        'Olivia\n'
        'Noah\n'
        'Emma\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Olivia']),
    "a review's verdict 'Recommended.' over the specs": (
        _DESK_HEADER +
        'Review: The Kessler X2 e-bike is quiet, quick and overpriced\n'
        'By Jane Harper\n'
        'June 13, 2024\n'
        + _FOOD_BANK_PARAGRAPHS +
        'Verdict\n'
        'Recommended.\n'
        'Price: $2,499\n'
        'Range: 55 miles\n'
        'Weight: 48 pounds\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Price: $2,499']),
    "a German review's verdict 'Lesenswert.'": (
        _BLATT_HEADER +
        'Juli Zeh: Ein Dorf zerbricht am Windpark\n'
        'Von Anna Menin\n'
        '17. September 2025 - 16:48 Uhr\n'
        'Die Zahl der Insolvenzen im Maschinenbau ist im dritten Quartal deutlich gestiegen, wie '
        'das Statistische Landesamt am Dienstag mitteilte.\n'
        'Besonders betroffen sind kleinere Zulieferer, die unter hohen Energiepreisen und einer '
        'schwachen Nachfrage aus China leiden, sagte ein Sprecher.\n'
        'Unser Urteil\n'
        'Lesenswert.\n'
        'Juli Zeh: Windstill. Luchterhand, 384 Seiten, 25 Euro.\n'
        + _BLATT_FOOTER,
        ['Lesenswert.']),
    "a subheading 'Go deeper' in a diving story": (
        _DESK_HEADER +
        "Divers map the wreck of the Endurance's sister ship\n"
        'By Jane Harper\n'
        'June 13, 2024\n'
        + _FOOD_BANK_PARAGRAPHS +
        'Go deeper\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Go deeper']),
    "a subheading 'Heard on Capitol Hill'": (
        _FOOD_BANK +
        'Heard on Capitol Hill\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Heard on Capitol Hill']),
    "a sentence opening 'Representative image sets …'": (
        _DESK_HEADER +
        'AI model learns to spot tumours from fewer scans\n'
        'By Jane Harper\n'
        'June 13, 2024\n'
        + _FOOD_BANK_PARAGRAPHS +
        'Representative image sets matter more than sheer volume, the researchers wrote in the '
        'study published on Monday.\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Representative image sets matter more than sheer volume, the researchers wrote in the '
         'study published on Monday.']),
    "a recipe's 'Total time' under the print button": (
        _DESK_HEADER +
        'Smoky sausage and potato stew\n'
        'By Jane Harper\n'
        'Nov. 2, 2024\n'
        'Share\n'
        'Print\n'
        'Total time\n'
        '45 minutes\n'
        'Serves 4\n'
        + _FOOD_BANK_PARAGRAPHS
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['Total time']),
    "a sentence 'You make Thanksgiving possible. …'": (
        _FOOD_BANK +
        'You make Thanksgiving possible. That is the message on a banner strung across the '
        'warehouse loading dock this week.\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['You make Thanksgiving possible. That is the message on a banner strung across the '
         'warehouse loading dock this week.']),
    'an affiliate disclosure quoted in a story on the rules': (
        _DESK_HEADER +
        'FTC tightens rules on influencer disclosures\n'
        'By Jane Harper\n'
        'June 13, 2024\n'
        + _FOOD_BANK_PARAGRAPHS +
        'If you buy something through a link in this post, we may earn a commission, reads the '
        'disclosure the agency now wants in every sponsored review.\n'
        + _FOOD_BANK_CHAIR
        + _DESK_FOOTER,
        ['If you buy something through a link in this post, we may earn a commission, reads the '
         'disclosure the agency now wants in every sponsored review.']),
}


#: Headlines that open with a player's label, an acronym in brackets or a call to donate.
PLAYER_HEADLINES = [
    (_DESK_HEADER +
     "US trade probe targets Brazil's instant payment system (Pix)\n"
     'By Ana Ribeiro\n'
     'July 16, 2025\n'
     "Brazil's central bank said on Tuesday that transactions through its instant payment "
     'platform rose 45% last year, to more than 64 billion transfers.\n'
     'The system, launched in November 2020, is free for individuals and has largely replaced '
     'cash and bank slips in everyday payments.\n'
     'U.S. trade officials said in July that they would investigate whether the platform '
     'disadvantages American card companies.\n'
     + _DESK_FOOTER,
     "US trade probe targets Brazil's instant payment system (Pix)"),
    (_DESK_HEADER +
     'Donate now or pay later: Why food banks are begging for cash, not cans\n'
     'By Jane Harper\n'
     'June 13, 2024\n'
     + _FOOD_BANK_PARAGRAPHS
     + _FOOD_BANK_CHAIR
     + _DESK_FOOTER,
     'Donate now or pay later: Why food banks are begging for cash, not cans'),
    ('Home\n'
     'News\n'
     'Video: Moment cargo ship hits Baltimore bridge\n'
     'Published 26 March 2024\n'
     'Footage shows the moment a cargo ship struck the Francis Scott Key Bridge in Baltimore, '
     'causing it to collapse into the Patapsco River.\n'
     'The ship, the Dali, lost power shortly before the collision and issued a mayday call, '
     'allowing police to stop traffic onto the bridge.',
     'Video: Moment cargo ship hits Baltimore bridge'),
    ('Startseite\n'
     'Politik\n'
     'Livestream: Bundestag debattiert über das Sondervermögen\n'
     '13.03.2025, 09:00 Uhr\n'
     'Der Bundestag berät am Donnerstag in erster Lesung über die geplante Grundgesetzänderung '
     'für ein Sondervermögen Infrastruktur.\n'
     'Wir übertragen die Debatte ab 9 Uhr live. Die Abstimmung ist für die kommende Woche geplant.',
     'Livestream: Bundestag debattiert über das Sondervermögen'),
    ('Home\n'
     'Podcasts\n'
     "Podcast: Why Germany's economy has stopped growing\n"
     'March 12, 2025\n'
     "Germany's economy shrank for the second year in a row in 2024, and forecasters expect "
     'little more than stagnation this year.\n'
     'In this episode, our Berlin correspondent talks to economists and business owners about '
     'high energy prices and red tape.',
     "Podcast: Why Germany's economy has stopped growing"),
]


@pytest.mark.parametrize("name", sorted(PAGES.keys() | REVIEW_PAGES.keys() | THIRD_REVIEW_PAGES.keys()))
def test_a_line_of_the_article_shaped_like_furniture_stays(name: str) -> None:
    page, article_lines = PAGES.get(name) or REVIEW_PAGES.get(name) or THIRD_REVIEW_PAGES[name]
    text = import_text(page).text.split("\n")
    for line in article_lines:
        assert line in text, line


@pytest.mark.parametrize(("page", "headline"), PLAYER_HEADLINES)
def test_a_headline_shaped_like_a_players_title_a_credit_or_an_appeal_stays_the_title(page: str, headline: str) -> None:
    assert import_text(page).title == headline


def test_a_headline_over_a_caption_and_its_credit_and_an_english_headline_over_its_subtitle_stay_titles():
    result = import_text("Politik\n\nWirtschaft\n\nDas Ende einer Ära\n\nHans Müller verlässt nach 30 Jahren den "
                         "Vorstand\n\nFoto: picture alliance/dpa\n\n12.11.2026, 10:15 Uhr\n\n" + D1 + "\n\n" + D2)
    assert result.title == "Das Ende einer Ära"
    result = import_text("Volkswagen in China\n\nCarmaker will close two plants and cut 10,000 jobs\n\n"
                         "Published: 22 January 2026\n\n" + P1 + "\n\n" + P2)
    assert result.title == "Volkswagen in China"
