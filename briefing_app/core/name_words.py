"""Words of a name: the word-level tests behind reading a speaker phrase.

Is a token capitalised (not "Paris-based"), a German role noun ("Vorstandschef",
"Präsidenten"), a word that describes a body ("Konzern", "Fördergesellschaft") or names one
("Institut", "Verband"), an adjective of origin, a medium, a Chinese surname with a pinyin
given name?  The phrase reader (`source_phrases`), the entity tracker and the mention finder
ask the same questions, so the answers live here once.
"""

from __future__ import annotations

import re

from .speech_cues import (
    ORG_DESCRIPTION_WORDS_DE,
    ORG_RELATION_WORDS_DE,
    PERSON_ROLE_SUFFIXES_DE,
    PERSON_ROLE_WORDS_EN,
)

_ORG_NAME_WORDS = {
    "aid", "bank", "exchange", "daily", "ministry", "group", "co", "co.", "inc", "inc.", "ltd", "plc", "ag", "gmbh",
    "energy", "securities", "administration", "commission", "organisation", "organization", "party", "council",
    "institute", "institut", "agency", "news", "times", "post", "association", "union", "metall", "fund",
    "office", "tobacco", "entertainment", "air", "airlines", "airways", "steel", "motors", "holdings",
    "partners", "capital", "university", "universität", "hochschule", "verband", "bundesverband", "rat",
    "ministerium", "amt", "behörde", "stiftung", "gewerkschaft", "kammer", "journal", "monopoly", "welle",
    "reuters", "bloomberg", "barings", "review", "bureau", "board", "authority", "department", "service",
    "federation", "foundation", "corporation", "company", "international", "industries", "systems", "media",
    "medien", "nations", "forum", "trust", "centre", "center", "club", "network", "telegraph", "guardian",
    "herald", "press", "zeitung", "standard", "presse", "kurier", "radio", "tv", "agentur",
    "chamber", "commerce", "industry", "industrie", "automotive", "automobile", "technologies", "technology",
    "pharmaceuticals", "chemicals", "electronics", "logistics", "semiconductor", "insurance", "committee",
    "congress", "parliament", "government", "customs", "embassy", "consulate", "academy", "akademie", "police",
}


# a capitalised word of a name, with a hyphenated pair ("Industrie- und Handelskammer")
DE_CAP = r"[A-ZÄÖÜ][\w.&-]*(?:(?<=-)\s+und\s+[A-ZÄÖÜ][\w.&-]*)?"
# an organisation after "nach Angaben des": "des Instituts der deutschen Wirtschaft (IW)"
# the field a body's name gives after "für": "Institut für Weltwirtschaft", "Bundesamt für
# Wirtschaft und Ausfuhrkontrolle"
DE_FOR_FIELD = r"(?:\s+für\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?" + DE_CAP + r"(?:\s+und\s+" + DE_CAP + r")?)?"
DE_ORG_NP = (r"(?:(?:der|dem|den)\s+)?(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?" + DE_CAP + r"(?:\s+" + DE_CAP + r"){0,3}"
             + DE_FOR_FIELD +
             r"(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?" + DE_CAP + r"(?:\s+" + DE_CAP + r"){0,2})?"
             r"(?:\s+\([A-ZÄÖÜ][\w.&-]*\))?")

# heads of German compounds that name an authority, a body or a place, never a person
_ORG_PLACE_HEADS_DE = ("regierung", "provinz", "institut", "verwaltung", "behörde", "ministerium", "kommission",
                       "ausschuss", "parlament", "kongress", "stadt", "region", "kreis", "bezirk", "gemeinde", "zone",
                       "zentrum", "konzern", "verband", "kammer", "gericht", "amt", "partei", "bank", "agentur",
                       "gesellschaft", "stiftung", "gruppe")


_ORG_PLACE_RX = re.compile("(?:" + "|".join(_ORG_PLACE_HEADS_DE) + r")(?:e?s)?(?=\s|$)"
                           # only as the head of a compound: "Industriepark", not the family name "Park"
                           r"|[a-zäöüß](?:park|cluster|hafen)s?(?=\s|$)")


def is_cap(tok: str) -> bool:
    if "-" in tok and tok.split("-")[-1][:1].islower():
        return False  # "Paris-based", "Singapore-listed" are adjectives
    return bool(tok) and (tok[0].isupper() or (tok[0] in "„“\"'" and tok[1:2].isupper()))


_ROLE_SUFFIXES = tuple(PERSON_ROLE_SUFFIXES_DE)


def is_role_de(tok: str) -> bool:
    low = tok.lower().rstrip("s") if tok.lower().endswith(("chefs", "ers", "ors", "ents")) else tok.lower()
    if low.endswith(_ROLE_SUFFIXES):
        return True
    # the weak declension ("den Präsidenten", "einen Regierungsbeamten", "dem Diplomaten")
    return low.endswith("en") and (low[:-2].endswith(_ROLE_SUFFIXES) or low[:-1].endswith(_ROLE_SUFFIXES))


def is_adjective_de(tok: str) -> bool:
    """A capitalised adjective opening a German name ("Deutsche Bank", "das Statistische
    Bundesamt", "Europäische Zentralbank"): part of the name, not a role before it."""
    low = tok.lower()
    return len(low) >= 5 and low.endswith(("e", "en", "er", "es")) and not is_role_de(tok) and not is_org_desc_de(tok)


def is_org_desc_de(tok: str) -> bool:
    """"das Unternehmen", "der VW-Rivale", "die Franzosen" describe; "der Fiskalrat" names,
    and so does a compound whose first part names the body ("die EU-Kommission", "der
    BMW-Konzern"), unless its head is a relation to another one ("der VW-Rivale")."""
    low = tok.lower()
    if low in _ORG_DESC_DE:
        return True
    _, dash, head = low.rpartition("-")
    return bool(dash) and head in ORG_RELATION_WORDS_DE


_ORG_DESC_DE = frozenset(ORG_DESCRIPTION_WORDS_DE)


#: Endings of the adjectives of origin that open a body's name ("Deutscher", "Bayerische").
_ADJECTIVE_ENDINGS_DE = ("sche", "scher", "sches", "schen")


def is_compound_org_desc_de(tok: str) -> bool:
    """A compound that describes a body ("Fördergesellschaft", "Ratingagentur",
    "Chemiekonzern") written before the body's name; a compound with a hyphen names the body
    ("EU-Kommission") and a plain description word is `is_org_desc_de`."""
    low = tok.lower()
    low = low[:-1] if low.endswith("s") and not low.endswith("ss") else low  # "des Softwarekonzerns"
    return "-" not in low and low not in _ORG_DESC_DE and any(
        low.endswith(w) and len(low) >= len(w) + 3 for w in _COMPOUND_HEADS_DE)


# heads of compounds that describe a company before its name; left out are heads that end a
# body's own name ("Fiskalrat", "Bundesbank", "Wirtschaftsministerium", "Handelskammer",
# "Bundesverband Deutscher Banken", "Industriegewerkschaft Metall") and words that are no
# compound heads (nationalities, documents)
_COMPOUND_HEADS_DE = (*(w for w in ORG_DESCRIPTION_WORDS_DE if w not in (
    "rat", "bank", "franzosen", "amerikaner", "chinesen", "deutschen", "briten", "japaner", "studie", "bericht",
    "regierung", "kommission", "zeitung", "ministerium", "behörde", "kammer", "institut", "verband",
    "gewerkschaft", "gruppe")), "gesellschaft")


def looks_like_org(name: str) -> bool:
    toks = name.replace("-", " ").split()
    if not toks:
        return False
    if _ORG_PLACE_RX.search(name.lower()):
        return True  # "Provinzregierung Anhui", "Provinz Anhui", "Stadtverwaltung Hefei"
    if len(toks) == 1:
        # "OECD", "Peugeot", "Fiskalrat": a single word is rarely how a person is named,
        # except a Chinese surname on its own ("Li said")
        return toks[0] not in CHINESE_SURNAMES
    if "&" in toks:
        return True  # "Procter & Gamble", "Germany Trade & Invest"
    if any(t.lower().strip(".,") in _ORG_NAME_WORDS or (t.lower().endswith("s") and t.lower()[:-1] in _ORG_NAME_WORDS)
           for t in toks):
        return True  # also in the genitive ("Ifo-Instituts")
    return all(t.isupper() for t in toks if t.isalpha())


_NATIONALITY_END = re.compile(r"(?:an|ese|ish|ch|ic|i|ian)$")


_MEDIUM_HEADS = ("agentur", "zeitung", "blatt", "magazin", "sender", "rundfunk", "fernsehen", "radio", "tv",
                 "reuters", "bloomberg", "dpa", "xinhua", "nachrichten", "news", "times", "post", "journal", "press")


def is_medium(org: str) -> bool:
    """A news medium named after "sagte X der/dem …" is who X spoke to, not X's employer."""
    low = org.strip().lower().strip("„“\"»«")
    return org.lstrip()[:1] in "„“\"»«" or (low.split()[-1:] != [] and low.split()[-1].endswith(_MEDIUM_HEADS))


def is_nationality_like(words: str) -> bool:
    """"German", "Chinese", "British", "Pakistani", "U.S.", "US": an adjective of origin."""
    toks = words.split()
    if len(toks) != 1:
        return False
    w = toks[0].strip(".,")
    return w.replace(".", "") in {"US", "UK", "EU", "USA"} or (bool(_NATIONALITY_END.search(w)) and w[1:].islower())


def is_person_role(role: str, language: str) -> bool:
    words = role.lower().split()
    if language == "en":
        return any(w in PERSON_ROLE_WORDS_EN for w in words)
    return any(is_role_de(w) for w in role.split())


# The most common Chinese surnames in pinyin (they cover most of the population): a
# capitalised pair opened by one of them is taken as a person's name. "He" is left out
# (the English pronoun), and second words that name a place or a body are excluded.
CHINESE_SURNAMES = frozenset(["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Du", "Lu", "Su", "Fan", "Qian", "Dai", "Xia", "Zhong", "Shi", "Fu", "Kong", "Mao", "Bai", "Cui", "Kang", "Qin", "Qiu", "Jin", "Yao", "Tan", "Shao", "Meng", "Hou", "Duan", "Lei", "Ren", "Xiong", "Hao", "Gong", "Shen", "Wen", "Yin", "Niu", "Yi", "Zhan", "Lan", "Lyu", "Lü", "Cheng", "Miao", "Ouyang", "Sima", "Zhuge", "Xi", "Hua", "Ning", "Ge", "Mu", "Tao", "He", "Ling", "Qi", "Yue", "Shang", "Mo", "Ke", "Lou", "Lai", "Gu", "Hong", "Lian",
                              "Bao", "Bi", "Chang", "Chu", "Fang", "Geng", "Guan", "Ji", "Jiao", "Kou", "Kuang", "Liao",
                              "Mei", "Min", "Nie", "Pang", "Pei", "Pu", "Qu", "Rao", "Rong", "Ruan", "Sheng", "Tong",
                              "Wan", "Weng", "Xiang", "Xing", "Xin", "You", "Zhai", "Zhuang", "Zou", "Zuo", "Bian",
                              "Cen", "Diao", "Gan", "Huo", "Jian", "Leng", "Qiao", "Quan", "Teng", "Yun", "Zhuo", "Zong"])


_NOT_GIVEN_NAMES = {"kong", "province", "city", "road", "river", "group", "bank", "airlines", "motors", "street",
                    "dynasty", "district", "county", "provinz", "stadt", "university", "universität", "gruppe",
                    "daily", "news", "times", "yuan", "renminbi", "mountain", "mountains", "lake", "sea", "bay"}


# a Chinese given name in pinyin is one or two syllables ("Ming", "Hongbo", "Li-ping", "Xiao'an"):
# "Wang Says" or "Li Group" is no name
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|"
                    r"ua|uo|ui|ue|ve|a|o|e|i|u|v|ü)")


_PINYIN_GIVEN_NAME = re.compile(rf"{_PINYIN_SYLLABLE}(?:[-']?{_PINYIN_SYLLABLE})?")


def is_chinese_given_name(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_GIVEN_NAMES and low not in _ORG_NAME_WORDS and not low.endswith(_ORG_PLACE_HEADS_DE) \
        and len(word) <= 9 and _PINYIN_GIVEN_NAME.fullmatch(low) is not None
