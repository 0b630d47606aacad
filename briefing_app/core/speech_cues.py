"""Word lists the quote finder works from: speech verbs, attribution phrases, mood markers.

Kept apart from the matching code so that a linguist can extend a list without reading
the rules.  Verbs are listed as the finite forms and participles that press German and
English actually use (no stemming: "sagte" must not match "Sagte" in a name or "sagenhaft").
The lists follow the annotation guidelines in ``shared/corpus/GUIDELINES.md``.
"""

from __future__ import annotations

import re

from .calendar_words import MONTHS, WEEKDAYS

#: English words that open a time or place adjunct after a speech verb or its object ("said
#: on Tuesday", "told reporters at the ceremony", "said yesterday"): what follows them is when
#: or where it was said, never what was said or who said it.
EN_ADJUNCT_OPENERS = frozenset({
    "on", "at", "in", "during", "after", "before", "last", "this", "late", "early", "earlier", "later",
    "yesterday", "today",
})
#: Capitalised words of dates, never taken for names on their own.
DATE_WORDS = frozenset(MONTHS) | WEEKDAYS

# --- German -------------------------------------------------------------------------------
# lemma -> inflected forms (3rd person present/past sg+pl, participle); particle verbs
# carry their particle separately (see DE_PARTICLE_VERBS).
DE_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "sagen": ("sagt", "sagte", "sagten", "sagen", "gesagt", "sagte's"),
    "erklären": ("erklärt", "erklärte", "erklärten", "erklären"),
    "betonen": ("betont", "betonte", "betonten", "betonen"),
    "meinen": ("meint", "meinte", "meinten", "meinen", "gemeint"),
    "mahnen": ("mahnt", "mahnte", "mahnten", "mahnen", "gemahnt"),
    "warnen": ("warnt", "warnte", "warnten", "warnen", "gewarnt"),
    "verlangen": ("verlangt", "verlangte", "verlangten", "verlangen"),
    "fordern": ("fordert", "forderte", "forderten", "fordern", "gefordert"),
    "beklagen": ("beklagt", "beklagte", "beklagten", "beklagen"),
    "beschuldigen": ("beschuldigt", "beschuldigte", "beschuldigten", "beschuldigen"),
    "bezeichnen": ("bezeichnet", "bezeichnete", "bezeichneten", "bezeichnen"),
    "versichern": ("versichert", "versicherte", "versicherten", "versichern"),
    "verweisen": ("verweist", "verwies", "verwiesen"),
    "sprechen": ("spricht", "sprach", "sprachen"),
    "besagen": ("besagt", "besagte", "besagen"),
    "wundern": ("wundert", "wunderte", "wunderten"),
    "kritisieren": ("kritisiert", "kritisierte", "kritisierten", "kritisieren"),
    "unterstreichen": ("unterstreicht", "unterstrich", "unterstrichen"),
    "bekräftigen": ("bekräftigt", "bekräftigte", "bekräftigten"),
    "ergänzen": ("ergänzt", "ergänzte", "ergänzten"),
    "berichten": ("berichtet", "berichtete", "berichteten", "berichten"),
    # an office's report: "Das Statistische Bundesamt meldete, die Exporte seien gesunken"
    "melden": ("meldet", "meldete", "meldeten"),
    "bestätigen": ("bestätigt", "bestätigte", "bestätigten", "bestätigen"),
    "behaupten": ("behauptet", "behauptete", "behaupteten", "behaupten"),
    "argumentieren": ("argumentiert", "argumentierte", "argumentierten"),
    "antworten": ("antwortet", "antwortete", "antworteten"),
    "schreiben": ("schreibt", "schrieb", "schrieben"),
    "erläutern": ("erläutert", "erläuterte", "erläuterten"),
    "verkünden": ("verkündet", "verkündete", "verkündeten"),
    "beteuern": ("beteuert", "beteuerte", "beteuerten"),
    "klagen": ("klagt", "klagte", "klagten"),
    # a fear voiced: "Bis dahin, fürchtet Lehmann, könnten Fabriken schließen"
    "fürchten": ("fürchtet", "fürchtete", "fürchteten"),
    "befürchten": ("befürchtet", "befürchtete", "befürchteten"),
    "räsonieren": ("räsoniert",),
    "urteilen": ("urteilt", "urteilte", "urteilten"),
    "prognostizieren": ("prognostiziert", "prognostizierte", "prognostizierten"),
    "schätzen": ("schätzt", "schätzte", "schätzten"),
    "loben": ("lobt", "lobte", "lobten"),
    "resümieren": ("resümiert", "resümierte"),
    "bilanzieren": ("bilanziert", "bilanzierte"),
    "kommentieren": ("kommentiert", "kommentierte", "kommentierten"),
    "begründen": ("begründet", "begründete", "begründeten"),
    "bemängeln": ("bemängelt", "bemängelte", "bemängelten"),
    "monieren": ("moniert", "monierte", "monierten"),
    "appellieren": ("appelliert", "appellierte", "appellierten"),
    "versprechen": ("verspricht", "versprach", "versprachen"),
    "beschreiben": ("beschreibt", "beschrieb", "beschrieben"),
    "erinnern": ("erinnert", "erinnerte", "erinnerten"),  # "erinnerte daran, dass …"
    "äußern": ("äußert", "äußerte", "äußerten"),  # with "sich": announces a speaker, content follows
    # a reply: "Li entgegnete, China sei kein Rivale", "Der Kanzler erwiderte, …"
    "entgegnen": ("entgegnet", "entgegnete", "entgegneten"),
    "erwidern": ("erwidert", "erwiderte", "erwiderten"),
    "widersprechen": ("widerspricht", "widersprach", "widersprachen"),
    "kontern": ("kontert", "konterte", "konterten"),
    "bestreiten": ("bestreitet", "bestritt", "bestritten"),
    "dementieren": ("dementiert", "dementierte", "dementierten"),
    "heißen": ("hieß", "heißt"),  # only in "hieß es" / "heißt es"
}
# separable verbs: finite forms + particle that closes the clause ("kündigte … an")
DE_PARTICLE_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "mitteilen": (("teilt", "teilte", "teilten"), "mit"),
    "ankündigen": (("kündigt", "kündigte", "kündigten"), "an"),
    "hinzufügen": (("fügt", "fügte", "fügten"), "hinzu"),
    "hervorheben": (("hebt", "hob", "hoben"), "hervor"),
    "einräumen": (("räumt", "räumte", "räumten"), "ein"),
    "zugeben": (("gibt", "gab", "gaben"), "zu"),
    "zusagen": (("sagt", "sagte", "sagten"), "zu"),
    "anmerken": (("merkt", "merkte", "merkten"), "an"),
    "hinweisen": (("weist", "wies", "wiesen"), "hin"),
    "klarstellen": (("stellt", "stellte", "stellten"), "klar"),
    "deutlich machen": (("macht", "machte", "machten"), "deutlich"),
    "einschränken": (("schränkt", "schränkte", "schränkten"), "ein"),
    "ausführen": (("führt", "führte", "führten"), "aus"),
    "vorwerfen": (("wirft", "warf", "warfen"), "vor"),
    "darlegen": (("legt", "legte", "legten"), "dar"),
    "angeben": (("gibt", "gab", "gaben"), "an"),
    "bekanntgeben": (("gibt", "gab", "gaben"), "bekannt"),
    "einwenden": (("wendet", "wandte", "wandten"), "ein"),
    "anfügen": (("fügt", "fügte", "fügten"), "an"),
    "abstreiten": (("streitet", "stritt", "stritten"), "ab"),
    # a message passed on: "…“, ließ Liang über eine Sprecherin ausrichten" (the subject speaks)
    "ausrichten lassen": (("ließ", "lässt", "ließen"), "ausrichten"),
}
DE_PARTICIPLE_SPEECH = {"mitgeteilt", "angekündigt", "hinzugefügt", "hervorgehoben", "eingeräumt", "erklärt",
                        "betont", "gesagt", "gewarnt", "gefordert", "kritisiert", "bestätigt", "berichtet"}
# forecast / estimate verbs (content may be a noun phrase)
DE_FORECAST_VERBS = {
    "erwartet", "erwartete", "erwarten", "erwarteten",
    "rechnet", "rechnete", "rechnen", "rechneten",  # with "mit"
    "beziffert", "bezifferte", "beziffern", "bezifferten",
    "prognostiziert", "prognostizierte", "schätzt", "schätzte",
    "taxiert", "taxierte", "taxieren", "taxierten",
}
DE_FORECAST_NEEDS = {"rechnet": "mit", "rechnete": "mit", "rechnen": "mit", "rechneten": "mit"}
# "geht … von … aus"
DE_AUSGEHEN = ("geht", "ging", "gehen", "gingen")

# attribution phrases
DE_ATTRIBUTION_BEFORE = ("laut", "Laut")  # laut X
DE_ZUFOLGE = "zufolge"  # X zufolge
DE_NACH_ANGABEN = ("nach Angaben", "Nach Angaben", "nach eigenen Angaben", "Nach eigenen Angaben",
                   "nach den Angaben", "Nach den Angaben", "nach ihren Angaben", "Nach ihren Angaben",
                   "nach seinen Angaben", "Nach seinen Angaben")
DE_OPINION_PHRASES = ("seiner Ansicht nach", "ihrer Ansicht nach", "seiner Einschätzung nach",
                      "ihrer Einschätzung nach", "seiner Meinung nach", "ihrer Meinung nach",
                      "seinen Worten nach", "ihren Worten nach", "seiner Auffassung nach",
                      "ihrer Auffassung nach", "seiner Schätzung nach", "ihrer Schätzung nach")

# Konjunktiv I/II forms that mark reported speech (3rd person; the ambiguous plural forms of
# Konjunktiv I equal the indicative and are left out on purpose)
DE_KONJUNKTIV = {
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge",
    "wisse", "gebe", "gehe", "komme", "liege", "stehe", "bleibe", "brauche", "fehle", "zeige",
    "lasse", "sehe", "trage", "halte", "nehme", "bringe", "biete", "finde", "mache", "steige",
    "sinke", "falle", "wachse", "bereite", "erziele", "treffe", "gelte", "heiße", "reiche", "diene",
    "führe", "helfe", "laufe", "lebe", "arbeite", "koste", "leide", "schaffe", "sorge", "setze",
    "suche", "hänge", "gehöre", "verliere", "gewinne", "verfüge", "betrage", "entstehe", "bestehe",
    "verstehe", "erhalte", "benötige", "plane", "rechne", "erwarte", "spiele", "male", "drohe",
    "fließe", "handle", "handele", "ändere", "steuere", "nutze", "schade", "leiste", "stamme",
    "beginne", "ende", "wirke", "stelle", "gelinge", "erlaube", "verhindere", "tue", "bedeute",
    "hätte", "hätten", "wäre", "wären", "würde", "würden", "könnte", "könnten", "müsste",
    "müssten", "dürfte", "dürften", "sollte", "sollten", "gäbe", "gäben", "läge", "lägen", "käme",
    "kämen", "ginge", "stünde", "stünden", "bliebe", "bräuchte", "bräuchten",
    "hieße", "wüsste", "ließe", "sähe", "fände", "bekäme", "beschränkten",
    # Konjunktiv II of strong and mixed verbs: the umlaut plural and the "-e" singular differ
    # from the indicative past ("brächten" / "brachten", "fiele" / "fiel")
    "brächte", "brächten", "dächte", "dächten", "fänden", "sähen", "nähme", "nähmen", "träfe", "träfen",
    "gälte", "gälten", "trüge", "trügen", "zöge", "zögen", "verlöre", "verlören", "gewönne", "bekämen",
    "wüchse", "wüchsen", "fiele", "hielte", "liefe", "stiege", "schriebe", "riefe", "böte", "stieße",
    "entstünde", "entstünden", "bestünde", "bestünden", "erhielte", "wüssten", "hießen",
}
# Konjunktiv I of any verb: the stem plus "-e" in the verb slot ("stärke die Wirtschaft",
# "schwächele aber", "belaufe sich", "…, die Nachfrage fehle."). An inflected adjective also
# ends in "-e" but is followed by its noun; so the form counts only before one of these
# function words or before punctuation, and never after an article.
DE_KONJ_I_FOLLOWERS = ["die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "sich", "es", "er", "sie", "wir", "man", "nicht", "kein", "keine", "keinen", "auch", "aber", "noch", "nur", "schon", "bereits", "weiter", "weiterhin", "derzeit", "jedoch", "zudem", "kaum", "sehr", "mehr", "ihre", "ihren", "ihrer", "seine", "seinen", "seiner", "dabei", "damit", "dafür", "darauf", "daran", "davon", "dazu", "hier", "dort", "so", "zu", "um", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor", "für", "über", "unter", "gegen", "durch", "wieder", "immer", "eher", "etwa", "rund", "fast", "knapp", "bis", "zwischen", "allerdings", "insgesamt", "jetzt", "nun", "stark", "deutlich", "gut", "massiv", "ebenfalls", "gerade", "sogar", "wohl"]
DE_KONJ_I_NOT_VERBS = {
    "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "jede", "jene", "diese", "welche",
    "solche", "manche", "einige", "viele", "wenige", "andere", "beide", "alle", "mehrere", "sämtliche", "gerne",
    "heute", "ohne", "lange", "bitte", "gerade", "alleine", "eigene", "nahe", "ferne", "weise", "ende",
    "derselbe", "dieselbe", "dasselbe", "selbe", "obige", "erste", "letzte", "nächste", "zweite", "dritte",
    "müde", "leise", "böse", "schade", "gleiche", "halbe", "ganze", "hohe", "große", "kleine", "neue", "alte",
    "irgendeine", "bisherige", "jeweilige", "übrige", "hierzulande", "zulande", "gegebene", "vorne", "hinten",
    "mitte", "gleichsam", "ebene", "ebenda", "dergleichen", "tage", "zutage", "zugrunde", "sowie",
    "wurde",  # indicative past of "werden" ("Begleitet wurde er von …"), unlike "werde"/"würde"
    "insbesondere", "besondere",  # "insbesondere von Anwohnern": an adverb before a preposition
}
# singular Konjunktiv II forms a reporter uses for his own speculation or hypothesis ("Der
# Streit dürfte andauern", "Für die Stadt wäre es die größte Ansiedlung"): reported speech
# has distinct Konjunktiv I forms for them ("dürfe", "sei"); the plurals ("dürften") stand in
# for Konjunktiv I forms that look indicative and so are reported speech as often as not
DE_SPECULATIVE_KONJUNKTIV = frozenset({"dürfte", "wäre"})
DE_FIRST_PERSON = {"ich", "wir", "mich", "mir", "uns", "unser", "unsere", "unseren", "unserer", "unserem",
                   "mein", "meine", "meinen", "meiner", "Ich", "Wir", "Uns", "Unser", "Unsere", "Mein", "Meine"}
# focus words that open an addendum after a postposed frame ("…, sagte er, auch über
# schwierige Themen."): the addendum belongs to the content, not to the speaker's phrase
DE_ADDENDUM_OPENERS = ("auch", "vor allem", "insbesondere", "etwa", "gerade", "besonders")
# a demonstrative opening a sentence points back to what was just reported ("Das sagte X.",
# "Das wäre der stärkste Rückgang seit 2009.")
DE_DEMONSTRATIVE_OPENERS = ("Das", "Dies", "Dieses", "Diese")
DE_CONTINUATION_OPENERS = {"Deshalb", "Daher", "Aber", "Und", "Denn", "Doch", "Folglich", "Also", "Darum"}

DE_PRONOUNS_PERSON = {"er", "sie", "Er", "Sie"}  # "Sie" sentence-initially; ambiguous with plural
DE_PRONOUNS_ORG = {"es", "Es"}
DE_POSSESSIVE_PERSON = {"seiner", "ihrer", "seinen", "ihren", "seinem", "ihrem", "seine", "ihre", "sein", "ihr"}

# --- English ------------------------------------------------------------------------------
# speech verbs that as often take a noun phrase ("announced investments of 2 billion euros",
# "confirmed the deal") as a clause: reported speech only with "that" or a finite verb
EN_NP_OBJECT_VERBS = frozenset({"announce", "announces", "announced", "report", "reports", "reported", "confirm",
                                "confirms", "confirmed", "reveal", "revealed", "reveals"})
EN_SPEECH_VERBS = {
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "ask", "asks", "asked",
    "warn", "warns", "warned", "insist", "insists", "insisted", "argue", "argues", "argued",
    "claim", "claims", "claimed", "announce", "announces", "announced", "report", "reports",
    "reported", "confirm", "confirms", "confirmed", "stress", "stresses", "stressed", "emphasise",
    "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes", "suggest", "suggests",
    "suggested", "predict", "predicts", "predicted", "explain", "explains", "explained", "state",
    "states", "stated", "note", "notes", "noted", "admit", "admits", "admitted", "acknowledge",
    "acknowledged", "reveal", "revealed", "reveals", "estimate", "estimated", "estimates",
    "caution", "cautioned", "write", "writes", "wrote", "reply",
    "replied", "concede", "conceded", "maintain", "maintained", "maintains", "indicate", "indicated",
    "forecast", "forecasts", "expect", "expects", "expected", "predicting", "saying", "adding",
    "warning", "arguing", "claiming", "insisting", "stressing", "explaining", "noting",
}
# verbs that report speech only with a content clause ("Wang reiterated that …", "Li expressed
# confidence that …"); without "that" they take an object ("reiterated its position")
EN_THAT_VERBS = frozenset({
    "reiterated", "reiterates", "underlined", "underlines", "underscored", "underscores", "asserted", "asserts",
    "denied", "denies", "highlighted", "highlights", "expressed", "expresses", "posted", "disclosed", "hinted",
    "assured", "complained", "lamented", "countered", "contended", "signalled", "signaled",
    # denials: "rejected claims that …" (the quote keeps the denial, see quotes._RX_DENIAL_BEFORE)
    "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes",
    # an opinion with its clause: "Zhang, a researcher at …, believes that …"
    "believes", "believed",
})
# verbs that frame a quotation next to its marks ("…," he remarked) but are too broad to
# introduce reported speech on their own ("prices continued to …", "he highlighted the plan")
EN_QUOTE_FRAME_VERBS = {
    "remarked", "remarks", "commented", "comments", "declared", "declares", "urged", "urges", "vowed", "vows",
    "pledged", "observed", "continued", "concluded", "highlighted", "underscored", "recalled", "responded",
    "elaborated", "quipped", "agreed", "posted", "tweeted", "summed up", "went on",
}
DE_QUOTE_FRAME_VERBS = {
    "erzählt", "erzählte", "erinnert", "erinnerte", "verrät", "verriet", "schwärmt", "schwärmte", "scherzt",
    "scherzte", "fragt", "fragte", "resümiert", "ruft", "rief", "zitiert", "zitierte", "bilanziert", "gesteht",
    "gestand", "sagt", "sagte",
    # reflexive frames after a quotation: "„…“, freute sich X", "„…“, zeigte sich X überzeugt"
    "freut", "freute", "freuten", "zeigt", "zeigte", "zeigten", "ärgert", "ärgerte", "wundert", "wunderte",
}
EN_PARTICIPLE_FRAMES = {"saying", "adding", "warning", "arguing", "claiming", "insisting", "stressing",
                        "explaining", "noting", "predicting"}
EN_CALL_VERBS = {"called", "calls", "call", "branded", "brands", "brand", "described", "describes", "dubbed"}
EN_POINT_OUT = ("pointed out", "points out", "point out")
EN_FORECAST_VERBS = {"expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts",
                     "predicted", "estimate", "estimates", "estimated", "project", "projects", "projected"}
EN_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being"}
# words before a noun that looks like a verb ("Ten member states voted …", "most EU states",
# "several reports"): the word counts or classes the noun, so it is a plural noun, no speech verb
EN_PLURAL_NOUN_MODIFIERS = frozenset({"member", "eu", "many", "most", "several", "some", "all", "other", "few",
                                      "both", "these", "those", "remaining", "individual", "gulf", "baltic"})
EN_PRONOUNS_PERSON = {"he", "she", "He", "She"}
EN_PRONOUNS_ORG = {"it", "It", "they", "They"}

# --- Both ---------------------------------------------------------------------------------
# Nouns that describe a person by role: resolved to the last named person ("der Ökonom").
PERSON_ROLE_SUFFIXES_DE = (
    "minister", "ministerin", "chef", "chefin", "präsident", "präsidentin", "ökonom", "ökonomin",
    "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "leiter",
    "leiterin", "experte", "expertin", "analyst", "analystin", "kollege", "kollegin", "kanzler",
    "kanzlerin", "professor", "professorin", "manager", "managerin", "berater", "beraterin",
    "gründer", "gründerin", "politiker", "politikerin", "abgeordnete", "abgeordneter", "vertreter",
    "vertreterin", "botschafter", "botschafterin", "bürgermeister", "bürgermeisterin", "ökonomen",
    "forscher", "forscherin", "volkswirt", "volkswirtin", "gouverneur", "unternehmer", "unternehmerin",
    "beauftragte", "beauftragter", "sekretär", "sekretärin", "generalsekretär", "vizepräsident",
    "geschäftsführer", "geschäftsführerin", "vorstand", "ceo", "chairman", "diplomat", "diplomatin",
    "funktionär", "funktionärin", "gesandte", "gesandter", "konsul", "konsulin", "wissenschaftler",
    "wissenschaftlerin", "kommissar", "kommissarin", "investor", "investorin", "anwalt", "anwältin",
    "beamte", "beamter", "beamtin", "landrat", "landrätin", "senator", "senatorin", "referent", "referentin",
    "wirtschaftsweise", "wirtschaftsweiser", "autor", "autorin", "korrespondent", "korrespondentin",
    "gesellschafter", "gesellschafterin", "bevollmächtigte", "bevollmächtigter", "premier",
)
# Nouns that describe an organisation or a group: resolved to the last named organisation.
ORG_DESCRIPTION_WORDS_DE = (
    "konzern", "unternehmen", "firma", "gewerkschaft", "studie", "bericht", "verband", "rivale",
    "franzosen", "amerikaner", "chinesen", "deutschen", "briten", "japaner", "behörde", "ministerium",
    "institut", "bank", "regierung", "organisation", "autobauer", "hersteller", "gruppe", "gremium",
    "rat", "zeitung", "agentur", "kommission", "zulieferer", "versicherer", "anbieter", "betreiber",
    "dienstleister", "versorger", "ausrüster", "kammer", "verlag", "riese", "marktführer",
    "maschinenbauer", "anlagenbauer", "fahrzeugbauer", "flugzeugbauer", "schiffbauer", "mittelständler",
    "produzent", "reederei", "start-up", "startup", "discounter", "onlinehändler", "einzelhändler",
)
# legal forms and group words written after a company's name ("Volkswagen AG", "Geely Holdings")
LEGAL_FORMS = ("AG", "SE", "GmbH", "KGaA", "Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Co.", "plc", "PLC",
               "N.V.", "S.A.", "Holdings", "Group", "Konzern")
# Descriptions by a relation to another organisation: "der VW-Rivale" is not Volkswagen,
# "der BMW-Zulieferer" not BMW (a compound with any other head names its body: "EU-Kommission").
ORG_RELATION_WORDS_DE = frozenset({
    "rivale", "konkurrent", "konkurrentin", "wettbewerber", "partner", "partnerin", "tochter", "mutter",
    "zulieferer", "lieferant", "kunde", "käufer", "großaktionär", "aktionär",
})
PERSON_ROLE_WORDS_EN = {
    "spokesman", "spokeswoman", "spokesperson", "chancellor", "minister", "president", "chairman",
    "chairwoman", "economist", "analyst", "director", "chief", "executive", "leader", "editor",
    "head", "secretary", "governor", "official", "ambassador", "manager", "founder", "professor",
    "premier", "mayor", "commissioner", "adviser", "advisor", "expert", "strategist", "boss",
    "correspondent", "spokesmen", "officer", "deputy", "vice", "senior",
    "ceo", "cfo", "coo", "cto", "chairperson", "envoy", "consul", "representative", "researcher",
    "scientist", "councillor", "councilor", "counsellor", "counselor", "attaché", "delegate", "lawmaker",
    "diplomat", "scholar", "academic", "entrepreneur", "investor", "lawyer", "legislator", "negotiator",
    "member", "fellow", "lecturer", "consultant", "banker", "dean", "chair", "co-founder", "cofounder", "owner", "attorney",
}
#: Capitalised words that name an office's field or rank before its role word ("Commerce
#: Minister", "Prime Minister", "Trade Representative"): part of the role, never its body.
ROLE_FIELDS_EN = frozenset({
    "commerce", "foreign", "finance", "economy", "economic", "economics", "trade", "defence", "defense", "interior",
    "justice", "health", "home", "environment", "energy", "transport", "agriculture", "labour", "labor", "education",
    "industry", "culture", "science", "development", "digital", "climate", "prime", "vice", "deputy", "state",
    "chief", "executive", "managing", "general", "senior", "first", "acting", "former", "junior", "federal",
    "affairs", "security", "research", "sales", "operating", "financial", "technology", "marketing", "communications",
})
ORG_DESCRIPTION_WORDS_EN = {
    "report", "study", "company", "firm", "group", "bank", "ministry", "government", "agency", "side",
    "newspaper", "paper", "tank", "organisation", "organization", "body", "regulator", "charity",
    "commission", "exchange", "union", "administration", "carrier", "airline", "maker", "producer",
    "council", "association", "fund", "institute", "department", "office", "panel", "party",
    "lender", "retailer", "insurer", "manufacturer", "supplier", "conglomerate", "giant", "exporter",
    "importer", "refiner", "brewer", "distributor", "consultancy", "chamber", "federation", "watchdog",
    "embassy", "consulate", "municipality", "bureau", "authority", "startup", "start-up", "utility",
    "operator", "broadcaster", "publisher", "automaker", "carmaker", "committee", "board", "delegation",
    "secretariat",
}
# compounds of a description ("carmaker", "chipmaker", "shipbuilder", "steel producer")
_ORG_DESCRIPTION_SUFFIXES_EN = ("maker", "builder", "producer", "manufacturer", "company", "group")


# where an English description's head noun ends: "analysts at Goldman Sachs", "executives
# across the world", "officials in Beijing"
EN_DESCRIPTION_TAIL = re.compile(r"\s+(?:of|for|at|in|across|around|from|with)\s+")


def is_org_description_de(word: str) -> bool:
    """Whether a German noun describes an organisation, compounds and the genitive included
    ("der Autobauer", "des Chipherstellers", "der VW-Rivale")."""
    low = word.lower()
    return low.endswith(ORG_DESCRIPTION_WORDS_DE) or low.rstrip("s").endswith(ORG_DESCRIPTION_WORDS_DE)


#: Descriptions of a business ("the company said"): never an association, a council or an
#: institute that speaks for an industry ("the industry association SolarPower Europe").
EN_COMPANY_WORDS = frozenset({
    "company", "firm", "manufacturer", "maker", "producer", "supplier", "carmaker", "automaker",
    "chipmaker", "retailer", "lender", "insurer", "conglomerate", "exporter", "importer", "refiner",
    "brewer", "distributor", "startup", "start-up", "airline", "carrier", "operator", "utility",
})
#: Words that name a body speaking for its members, in its name or just before it.
EN_ASSOCIATION_WORDS = frozenset({
    "association", "federation", "council", "chamber", "alliance", "institute", "union", "confederation",
    "lobby", "society", "forum",
})


def is_org_description_en(word: str) -> bool:
    """Whether an English noun describes an organisation ("the ministry", "the chipmaker")."""
    low = word.lower()
    return low in ORG_DESCRIPTION_WORDS_EN or low.endswith(_ORG_DESCRIPTION_SUFFIXES_EN)
TITLES = ("Dr.", "Prof.", "Professor", "Professorin", "Herr", "Frau", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
          "Ms.", "Sir", "Lord", "Lady", "Dame", "Dres.", "Mag.", "Ing.", "Dipl.-Ing.")

# Words that are never a speaker, and documents that are not sources of speech.
NON_SOURCE_WORDS = {"man", "wer", "was", "das", "dies", "there", "this", "which", "who", "what", "es", "it",
                    # data and documents show, they do not speak
                    "statistics", "figures", "data", "numbers", "documents", "results", "surveys", "survey",
                    "statistik", "statistiken", "zahlen", "daten",
                    # labels of an article's kind before a colon ("Q&A: “…” - Roland Busch")
                    "q&a", "interview", "analysis", "analyse", "exclusive", "exklusiv", "kommentar", "comment",
                    "opinion", "meinung", "update", "breaking", "eilmeldung", "live", "video", "hintergrund",
                    "explainer", "factbox", "faktencheck", "fact check", "zitat", "quote", "watch", "read"}
DOCUMENT_WORDS = ("gesetz", "budget", "plan", "vertrag", "verordnung", "richtlinie", "redemanuskript",
                   "statut", "angaben", "law", "act", "rules", "bill")
# verbs that open a conditional clause in first position ("Sollte es zu einem Konflikt kommen, …")
DE_CONDITIONAL_OPENERS = frozenset({"sollte", "sollten", "würde", "würden", "hätte", "hätten", "wäre", "wären",
                                    "käme", "kämen"})
# nouns of nationality that describe a person already named ("Der Schwede sprach von …")
DE_NATIONALITY_NOUNS = frozenset({
    "Schwede", "Schwedin", "Franzose", "Französin", "Brite", "Britin", "Italiener", "Italienerin", "Spanier",
    "Spanierin", "Pole", "Polin", "Niederländer", "Niederländerin", "Österreicher", "Österreicherin",
    "Schweizer", "Schweizerin", "Däne", "Dänin", "Norweger", "Norwegerin", "Finne", "Finnin", "Belgier",
    "Belgierin", "Tscheche", "Tschechin", "Ungar", "Ungarin", "Grieche", "Griechin", "Portugiese",
    "Portugiesin", "Türke", "Türkin", "Amerikaner", "Amerikanerin", "US-Amerikaner", "US-Amerikanerin",
    "Kanadier", "Kanadierin", "Japaner", "Japanerin", "Koreaner", "Koreanerin", "Inder", "Inderin",
    "Russe", "Russin", "Ukrainer", "Ukrainerin", "Australier", "Australierin", "Brasilianer", "Brasilianerin",
    "Iren", "Ire", "Irin", "Luxemburger", "Luxemburgerin", "Slowake", "Slowakin", "Rumäne", "Rumänin",
    "Bulgare", "Bulgarin", "Kroate", "Kroatin", "Slowene", "Slowenin", "Este", "Estin", "Lette", "Lettin",
    "Litauer", "Litauerin", "Taiwaner", "Taiwanerin", "Vietnamese", "Vietnamesin", "Mexikaner", "Mexikanerin",
})
DE_ADVERBIAL_OPENERS = {  # words that open a sentence before its subject
    "insgesamt", "dennoch", "trotzdem", "somit", "inzwischen", "mittlerweile", "erstmals", "darauf",
    "daraufhin", "unterdessen", "indes", "immerhin",
    "mit", "als", "danach", "um", "im", "in", "am", "bei", "nach", "laut", "so", "dabei", "zudem", "dazu",
    "darüber", "außerdem", "gleichzeitig", "allerdings", "zugleich", "für", "auf", "vor", "seit", "trotz",
    "wegen", "angesichts", "zurückhaltender", "deutlicher", "später", "zuvor", "dagegen", "ebenso",
    "gegenüber", "hier", "dort", "heute", "gestern", "damals", "jetzt", "nun", "zuletzt",
    "was", "wie", "ähnlich", "anders", "konkret", "kritisch", "optimistisch", "skeptisch", "vorsichtig",
    "während", "über", "unter", "zum", "zur", "vom", "beim", "aus", "durch", "ohne", "gegen", "bis", "ab",
    "einmal", "immer", "oft", "insbesondere", "allein", "zunächst", "schließlich", "folglich",
    "deshalb", "daher", "darum", "jedoch", "doch", "denn", "weiter", "weiters", "erst", "wenn", "weil",
    "da", "nachdem", "obwohl", "bevor", "sobald", "falls", "zwar", "betreffend", "hinsichtlich",
    "stattdessen", "vielmehr", "bislang", "bisher", "künftig", "anschließend",
}
EN_LEAD_ADVERBIALS = {"however", "but", "and", "meanwhile", "still", "also", "yet", "in", "on", "at", "during",
                       "after", "before", "despite", "with", "for", "by", "since", "following", "earlier",
                       "later", "separately", "overall", "then", "under", "over", "amid", "among", "across",
                       "against", "within", "without", "throughout", "through", "from", "about", "beyond", "to",
                       "told", "given", "shown", "seen", "speaking", "writing", "asked", "last", "yesterday", "today",
                       "recently", "previously", "this", "next"}
# German conjunctions that open a subordinate clause ("Während Scholz warnte, …", "ob der Konzern …")
DE_SUBORDINATORS = frozenset({"während", "als", "weil", "obwohl", "nachdem", "wenn", "bevor", "sobald", "falls",
                              "ob", "dass", "damit", "seit", "seitdem", "solange", "indem", "zumal"})
# conjunctions that open a clause before its subject ("As Koch put it: …", "While Li said …")
EN_CLAUSE_OPENERS = {"as", "while", "when", "whenever", "where", "if", "although", "though", "because", "once",
                     "unlike", "like", "whether", "unless", "until", "and", "but", "or", "nor", "so"}
# a reporter's own clause after a postposed frame: background, not what was told
# ("…, a person familiar with the matter told CNBC, as carmakers race to build plants")
EN_REPORTER_CLAUSE_OPENERS = frozenset({"as", "amid", "while", "after", "following", "despite"})
# closed-class words that open an English sentence before a name: never a person's first name
FUNCTION_WORDS_EN = EN_LEAD_ADVERBIALS | EN_CLAUSE_OPENERS | {
    "the", "a", "an", "from", "to", "of", "about", "among", "between", "amid", "under", "over",
    "through", "across", "against", "without", "within", "into", "beyond", "via", "whether", "why", "how",
    "what", "who", "which", "here", "there", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "you", "our", "their", "his", "her", "its", "not", "no", "all", "both", "each", "every",
    "some", "many", "most", "such", "only", "even", "just", "instead", "indeed", "thus", "therefore",
    "moreover", "furthermore", "nevertheless", "nonetheless", "asked", "speaking", "addressing", "unless",
    "until", "after", "or", "nor", "mr", "mrs", "ms", "dr",
}
