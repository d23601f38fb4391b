"""Deterministic generator of realistic place and organisation names, shared by the corpus and lexicon makers.

Entity number `i` always gets the same names (`GeneratedEntity`), computed from `i` alone by a
hash, so:

- `make_lexicon.py` takes entities 0, 1, 2… until it has enough aliases: a bigger lexicon is a
  superset of a smaller one;
- `make_corpus.py` mentions entities drawn at random over a range wider than the largest lexicon, so
  the bigger the lexicon the more of the corpus's generated names it knows (as with a real gazetteer),
  and some are never known.

The name material is real: single-word proper names taken from the shipped lexicons' aliases
(Astana, Khorgos, Fergana…), spliced into new ones at syllable boundaries (Asta|na + Khor|gos ->
Astagos), then set in Italian and English patterns (Valle di X / X Valley, Porto di X / Port of X,
Ministero dell'Energia di X / Ministry of Energy of X). Every name starts with a capital letter and no
single-word name is a common lower-case word.
"""

from __future__ import annotations

import dataclasses
import re

import gaz

_MASK = (1 << 64) - 1
_VOWELS = set("aeiouyàèéìòù")


def mix(value: int) -> int:
    """SplitMix64's finaliser: a well-spread 64-bit hash of an integer."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


class Draw:
    """Successive pseudo-random picks derived from one integer key (cheap, no `random.Random` per entity)."""

    __slots__ = ("state",)

    def __init__(self, key: int):
        self.state = mix(key)

    def below(self, n: int) -> int:
        self.state = mix(self.state)
        return self.state % n

    def pick(self, items):
        return items[self.below(len(items))]

    def chance(self, per_mille: int) -> bool:
        return self.below(1000) < per_mille


# Places: (Italian pattern, English pattern, subtype). X is a single-word name.
PLACE_PATTERNS = (
    ("Valle di {X}", "{X} Valley", "area"),
    ("Lago {X}", "Lake {X}", "lake"),
    ("Monte {X}", "Mount {X}", "mountain"),
    ("Porto di {X}", "Port of {X}", "port"),
    ("Passo di {X}", "{X} Pass", "border-crossing"),
    ("Fiume {X}", "{X} River", "river"),
    ("Oasi di {X}", "{X} Oasis", "site"),
    ("Distretto di {X}", "{X} District", "region"),
    ("Provincia di {X}", "{X} Province", "region"),
    ("Regione di {X}", "{X} Region", "region"),
    ("Aeroporto di {X}", "{X} Airport", "site"),
    ("Base aerea di {X}", "{X} Air Base", "military-base"),
    ("Stazione di {X}", "{X} Station", "site"),
    ("Diga di {X}", "{X} Dam", "site"),
    ("{X} di Sopra", "Upper {X}", "city"),
    ("{X} di Sotto", "Lower {X}", "city"),
    ("Nuova {X}", "New {X}", "city"),
)

# Organisation fields: (English, Italian after "di", with the article: dell'Energia, della Difesa…).
FIELDS = (
    ("Energy", "dell'Energia"), ("Defence", "della Difesa"), ("Foreign Affairs", "degli Affari Esteri"),
    ("Transport", "dei Trasporti"), ("Internal Affairs", "degli Affari Interni"),
    ("Agriculture", "dell'Agricoltura"), ("Finance", "delle Finanze"), ("Justice", "della Giustizia"),
    ("Health", "della Salute"), ("Education", "dell'Istruzione"), ("Industry", "dell'Industria"),
    ("Trade", "del Commercio"), ("Water Resources", "delle Risorse Idriche"),
    ("Emergency Situations", "delle Situazioni di Emergenza"), ("Economy", "dell'Economia"),
    ("Labour", "del Lavoro"), ("Culture", "della Cultura"), ("Digital Development", "dello Sviluppo Digitale"),
    ("Natural Resources", "delle Risorse Naturali"), ("Mining", "delle Miniere"), ("Customs", "delle Dogane"),
    ("Border Security", "della Sicurezza delle Frontiere"), ("Nuclear Energy", "dell'Energia Nucleare"),
    ("Telecommunications", "delle Telecomunicazioni"), ("Environment", "dell'Ambiente"),
    ("Tourism", "del Turismo"), ("Investment", "degli Investimenti"), ("Civil Aviation", "dell'Aviazione Civile"),
    ("Railways", "delle Ferrovie"), ("Statistics", "della Statistica"),
)

# Organisations: (Italian, English, subtype). P is a place, F a field (Fi: Italian with article).
ORG_PATTERNS = (
    ("Ministero {Fi} di {P}", "Ministry of {F} of {P}", "ministry"),
    ("Agenzia {Fi} di {P}", "{P} {F} Agency", "agency"),
    ("Istituto {Fi} di {P}", "{P} Institute of {F}", "research-institute"),
    ("Comitato statale {Fi} di {P}", "State Committee for {F} of {P}", "state-body"),
    ("Università statale di {P}", "{P} State University", "university"),
    ("Banca nazionale di {P}", "National Bank of {P}", "bank"),
    ("Camera di commercio di {P}", "{P} Chamber of Commerce", "chamber"),
    ("Consiglio regionale di {P}", "{P} Regional Council", "state-body"),
    ("Servizio di frontiera di {P}", "{P} Border Service", "border-service"),
    ("Autorità portuale di {P}", "{P} Port Authority", "agency"),
    ("Accademia militare di {P}", "{P} Military Academy", "military-body"),
    ("Partito democratico di {P}", "Democratic Party of {P}", "party"),
    ("Ferrovie di {P}", "{P} Railways", "company"),
    ("Compagnia energetica di {P}", "{P} Energy Company", "company"),
)


@dataclasses.dataclass(frozen=True)
class GeneratedEntity:
    """Entity number `index` of the generated stream: its kind (`place` or `org`), subtype and names."""

    index: int
    kind: str
    subtype: str
    name_it: str
    name_en: str
    acronym: str | None = None

    @property
    def type(self) -> str:
        return "place" if self.kind == "place" else "organisation"


class NameMaker:
    """Holds the name material (from the shipped lexicons) and computes generated entities by number."""

    def __init__(self, records: list[gaz.Record] | None = None, common: set[str] | None = None):
        records = records if records is not None else gaz.load_lexicons()
        common = common if common is not None else gaz.common_words()
        stems: set[str] = set()
        places_it: list[str] = []
        places_en: list[str] = []
        for record in records:
            if record.type == "place" and record.subtype in ("country", "city"):
                places_it.append(record.labels.get("it", ""))
                places_en.append(record.labels.get("en", ""))
            # Stems: one-word place names (Khorgos, Fergana) and the words of people's names
            # (Nazarbayev, Mirziyoyev); words of longer place names (Repubblica, Islands) are not names.
            for alias in record.aliases:
                if record.type == "place" and alias.kind == "name" and " " not in alias.text:
                    candidates = [alias.text]
                elif record.subtype == "person" and alias.kind in ("name", "short"):
                    candidates = alias.text.split()
                else:
                    continue
                for word in candidates:
                    if re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", word) and word.lower() not in common:
                        stems.add(word)
        self.stems = sorted(stems)
        # Real places an organisation may belong to (label pairs kept aligned: Cina / China).
        plain = re.compile(r"[A-Z][\w'’ -]+")
        pairs = sorted({(i, e) for i, e in zip(places_it, places_en) if plain.fullmatch(i) and plain.fullmatch(e)})
        self.real_places = pairs
        heads: set[str] = set()
        tails: set[str] = set()
        for stem in self.stems:
            lower = stem.lower()
            for cut in range(2, len(stem) - 2):
                if lower[cut - 1] in _VOWELS and lower[cut] not in _VOWELS:
                    heads.add(stem[:cut])
                    tail = stem[cut:]
                    if any(c in _VOWELS for c in tail):
                        tails.add(tail)
        self.heads = sorted(heads)
        self.tails = sorted(tails)
        self.common = common
        self.known = {s.lower() for s in self.stems}

    def place_word(self, draw: Draw) -> str:
        """A single-word place name: a real stem (one time in eight) or a splice of two."""
        if draw.chance(125):
            return draw.pick(self.stems)
        for _ in range(8):
            word = draw.pick(self.heads) + draw.pick(self.tails)
            if 5 <= len(word) <= 14 and word.lower() not in self.common and word.lower() not in self.known:
                return word
        return draw.pick(self.stems)

    def entity(self, index: int) -> GeneratedEntity:
        """Generated entity number `index` (the same names every time)."""
        draw = Draw(index * 0x2545F4914F6CDD1D + 17)
        if draw.chance(720):
            word = self.place_word(draw)
            if draw.chance(450):  # a bare name, the same in both languages
                return GeneratedEntity(index, "place", draw.pick(("city", "city", "town", "village")), word, word)
            pattern_it, pattern_en, subtype = draw.pick(PLACE_PATTERNS)
            return GeneratedEntity(index, "place", subtype, pattern_it.format(X=word), pattern_en.format(X=word))
        if draw.chance(400):
            place_it, place_en = draw.pick(self.real_places)
        else:
            place_it = place_en = self.place_word(draw)
        field_en, field_it = draw.pick(FIELDS)
        pattern_it, pattern_en, subtype = draw.pick(ORG_PATTERNS)
        name_en = pattern_en.format(P=place_en, F=field_en)
        name_it = pattern_it.format(P=place_it, Fi=field_it)
        acronym = None
        if draw.chance(150):
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name_en) if w[0].isupper())
            if 3 <= len(initials) <= 6:
                acronym = initials
        return GeneratedEntity(index, "org", subtype, name_it, name_en, acronym)
