"""Source phrases: the closed word classes every reading of a speaker phrase asks about.

Articles and possessives, fillers, the prepositions that cut a noun phrase or open an
organisation, pronouns and name particles, in German and English together: the phrase reader,
the mention finder and the entity tracker must agree on what ends a name."""

from __future__ import annotations

ARTICLES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "sein", "seine",
    "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "dessen", "deren", "the", "a", "an", "its", "their",
    "his", "her", "diese", "dieser", "dieses", "this", "that", "these", "those", "unser", "unsere",
}
FILLERS = {
    "auch", "ebenfalls", "hingegen", "jedoch", "aber", "also", "nun", "dann", "zudem", "indes", "etwa", "nur",
    "noch", "bereits", "wiederum", "selbst", "schon", "now", "then", "however", "later", "too", "further",
    "yet", "still", "allerdings", "gleichzeitig", "zugleich", "dagegen", "freilich", "weiter", "weiters",
    "außerdem", "ferner", "ebenso", "sogar", "nämlich", "jetzt", "heute", "gestern", "damals", "sodann",
}
ORG_PREPS = {"des", "der", "eines", "beim", "bei", "von", "vom", "für", "of", "at", "for", "with", "from"}
TOPIC_PREPS_DE = ("zu", "über", "um", "seit", "wegen", "trotz", "angesichts")
CUT_WORDS = {
    # an adjunct after the subject ends the noun phrase
    "am", "laut", "auf", "vor", "gegenüber", "während", "unter", "zufolge", "mit", "nach", "in", "im",
    "bei", "beim", "anlässlich", "on", "to", "during", "after", "before", "when", "last",
    "yesterday", "today", "quoted", "earlier", "this", "while", "as", "told", "who", "which",
    "dass", "that", "said", "sagte", "sagt", "und", "and", "wie", "als", "zur", "zum",
    # what the statement is about or why ("sagte Otte zu den Gründen", "über die Lage"); see
    # `source_tokens.cuts` for where they do not cut
    *TOPIC_PREPS_DE,
    # a dative after the subject is the one spoken to ("sagte Berger dem Spiegel", "sagte Lindner
    # den Teilnehmern", "an die Adresse Pekings"); where the speaker comes from is no part of him
    # ("ein Maschinenbauer aus Reutlingen")
    "dem", "den", "an", "aus",
    # kept when a named organisation follows ("analyst at Daiwa Securities")
    "at", "for", "with", "from",
}
PRONOUNS_PERSON = {"er", "sie", "he", "she", "dieser", "letzterer", "ihm", "ihr", "him", "her", "seiner", "ihrer", "seinen", "ihren",
                    "seinem", "ihrem", "sein", "seine", "his"}
PRONOUNS_ORG = {"es", "it", "they", "its", "their", "man"}
PARTICLES = {"von", "van", "de", "der", "da", "di", "du", "le", "la", "al", "bin", "ibn", "del", "dos", "zu", "ten", "of"}
# particles that open a surname ("von der Leyen"); "der" and "of" only inside one
NAME_PARTICLES = PARTICLES - {"der", "of"}
# Endings of German common nouns: a capitalised word ending so is no surname or given name
# ("Forschung", "Wirtschaft", "Handelskammer" is caught by its body word elsewhere).
NOUN_SUFFIXES_DE = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "chen", "ment", "tum", "nis",
                    "markt", "preise", "land", "länder", "reich", "stadt", "werk", "haus", "amt", "rat",
                    "wirtschaft", "politik", "technik", "handel", "recht")
