"""German body names in the nominative: how a name read after "des"/"der" is written on a
slide ("des Ständigen Ausschusses" -> "Ständiger Ausschuss", "Verbands" -> "Verband")."""

from __future__ import annotations

_NEUTER_HEADS_DE = ("amt", "amtes", "amts", "institut", "instituts", "institutes", "ministerium", "ministeriums",
                    "zentrum", "zentrums", "büro", "büros", "parlament", "parlaments", "parlamentes", "komitee",
                    "komitees", "gremium", "gremiums", "bündnis", "bündnisses", "unternehmen", "unternehmens",
                    "werk", "werks", "werkes", "forum", "forums", "sekretariat", "sekretariats", "kabinett",
                    "kabinetts", "gericht", "gerichts", "gerichtes", "haus", "hauses")


def de_role_nominative(article: str, role: str) -> str:
    """A role read after "der" as a label without the article: "der stellvertretende
    Bürgermeister" -> "stellvertretender Bürgermeister", "der ehemalige Präsident" ->
    "ehemaliger Präsident". Only the masculine nominative changes: after "der" an adjective
    in -e is that case (the feminine dative and genitive end in -en), and a feminine role
    ("die stellvertretende Bürgermeisterin") keeps its form."""
    words = role.split()
    if article.lower() != "der" or words[-1].endswith(("in", "innen")):
        return role
    head = words[-1] + "r" if words[-1].lower().endswith(_NOMINALISED_ROLES) else words[-1]
    return " ".join([w + "r" if w[:1].islower() and w.endswith("e") else w for w in words[:-1]] + [head])


#: Roles that are adjectives used as nouns: "der Vorsitzende" is "Vorsitzender" on its own.
_NOMINALISED_ROLES = ("vorsitzende", "abgeordnete", "beauftragte", "gesandte", "beamte", "angestellte",
                      "delegierte", "bevollmächtigte", "sachverständige")


def de_nominative(name: str, article: str) -> str:
    """A German organisation name read after "des"/"der" in the nominative."""
    return _de_genitive(name, "de", article)


def _de_genitive(org: str, language: str, article: str = "") -> str:
    """The organisation in the nominative, as a user would write it on a slide:
    "des Ständigen Ausschusses des …" -> "Ständiger Ausschuss des …", "der Chinesischen
    Akademie" -> "Chinesische Akademie", "Verbands Deutscher …" -> "Verband Deutscher …".
    Only the first noun phrase changes; what follows it stays in the genitive."""
    if language == "en":
        return org
    if article in ("des", "der"):
        toks = org.split(" ")
        head = next((i for i, t in enumerate(toks) if t[:1].isupper() and not (
            t.endswith(("en", "er")) and i + 1 < len(toks) and toks[i + 1][:1].isupper())
                     and not t.endswith("-")), None)  # ("des Kieler Instituts": a place's adjective first)
        if head is not None and all(t[:1].isupper() or t in ("und", "-") or t.endswith(("-", "en"))
                                    for t in toks[:head]):  # ("eines großen Zulieferers": a lower-case adjective too)
            noun = toks[head]
            neuter = noun.lower().endswith(_NEUTER_HEADS_DE)
            for i in range(head):
                if toks[i].endswith("en") and not toks[i].endswith("-"):
                    toks[i] = toks[i][:-1] if article == "der" else toks[i][:-2] + ("es" if neuter else "er")
            if article == "des" and len(noun) > 3:
                if noun.endswith("ses") or (noun.endswith("es") and noun[-3] in "tdgkh"):
                    noun = noun[:-2]
                elif noun.endswith("s") and not noun.endswith("ss"):
                    noun = noun[:-1]
            toks[head] = noun
            return " ".join(toks).strip()
    first, _, rest = org.partition(" ")
    if len(first) > 5 and first.lower().endswith(("verbands", "rats", "instituts", "ministeriums", "amts", "konzerns",
                                          "vereins", "dienstleisters", "unternehmens", "clusters")):
        first = first[:-1]
    return (first + (" " + rest if rest else "")).strip()
