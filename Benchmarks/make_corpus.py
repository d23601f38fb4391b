#!/usr/bin/env python3
"""Write a large, varied, bilingual benchmark corpus from the Corpus articles and the shipped lexicons.

    python3 Benchmarks/make_corpus.py OUT_DIR --megabytes 50 [--seed 1]

OUT_DIR receives:

- `docs/it/it-000001.txt`, `docs/en/en-000002.txt`…: one document a file, 1–10 KB each, Italian
  and English alternating (so half the documents, and about half the bytes, in each language);
- `corpus.jsonl`: the same documents, one JSON object a line: {"id", "lang", "date", "text"}
  (the input of `gazzetta annotate --jsonl` and of `peers.py`);
- `corpus.txt`: the documents concatenated, separated by a blank line;
- `files.txt`: the document paths relative to OUT_DIR; `corpus.json`: counts and parameters.

How the text is varied (one article repeated would flatter every cache):

- Sentences of the six Corpus articles are recombined across articles of the same language: a
  paragraph is either a real paragraph or a mix of sentences drawn from all of them.
- Template sentences (about thirty a language: news-wire items, meetings, trade figures, deployments)
  are interleaved, filled from the lexicons and the generated names.
- Every name a sentence contains (countries, cities, regions, people, organisations, their
  acronyms and adjectives, sector phrases: anything the shipped lexicons list) is replaced, per
  document and consistently (the same entity gets the same substitute), by another entity of the same
  kind, or kept; Italian adjectives keep their gender and number. Cities, regions and organisations
  are sometimes replaced by generated names (`names.py`), drawn over a range wider than the
  largest benchmark lexicon, so a bigger lexicon finds more of them.
- Numbers, years, days and month names are redrawn; titles, bylines and date lines vary.

Deterministic: the same --seed, --megabytes and inputs give byte-identical output.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import pathlib
import random
import re
import shutil
import sys
import time

import gaz
import names

MIN_BYTES, MAX_BYTES = 1_000, 10_000

MONTHS = {
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

# Groups of interchangeable entities (by subtype, then by type).
GROUP_OF_SUBTYPE = {
    "country": "country", "historical-state": "country", "city": "city", "seat-of-power": "city",
    "region": "region", "area": "region", "border-crossing": "site", "military-base": "site", "port": "site",
    "site": "site", "person": "person", "government": "gov", "armed-force": "military",
}
GENERATED_KIND = {"city": "place", "region": "place", "site": "place", "org": "org"}

# Template sentences. {group} takes a name of an entity of that group, {acronym} an organisation's
# acronym, {cue} a sector phrase, {adj:ms|fs|mp|fp} an Italian country adjective of that gender and
# number ({adj} in English), {gplace} / {gorg} a generated name, {num} {day} {month} {year} {pct} numbers.
TEMPLATES = {
    "it": (
        "{city}, {day} {month} {year}. Il ministro degli Esteri {person} ha incontrato a {city} una delegazione di {country} per discutere di {cue} e di {cue}.",
        "Secondo fonti della {org}, le esercitazioni al confine tra {country} e {country} coinvolgeranno circa {num} militari.",
        "La delegazione {adj:fs} è arrivata a {city} il {day} {month}, accolta da {person}.",
        "L'interscambio tra {country} e {country} ha raggiunto {num} milioni di dollari nel {year}, con una crescita del {pct} per cento.",
        "Nel {year} la {acronym} ha tenuto il suo vertice annuale a {city}, dove i leader hanno firmato {num} documenti su {cue}, {cue} e {cue}.",
        "Il porto di {gplace} e la {gorg} restano al centro dei progetti di {cue} della regione.",
        "Le autorità {adj:fp} hanno annunciato nuovi investimenti a {gplace}, a circa {num} chilometri da {city}.",
        "{person} ha dichiarato che la cooperazione con {country} in materia di {cue} proseguirà anche nel {year}.",
        "Gli analisti della {gorg} ritengono che il governo {adj:ms} cerchi di bilanciare i rapporti con {country} e {country}.",
        "Una colonna di {num} veicoli ha attraversato il valico di {gplace} diretta verso {city}.",
        "Nella regione di {region} le forze {adj:fp} hanno condotto un'operazione di {cue} durata {day} giorni.",
        "Il presidente {person} ha ricevuto a {city} il suo omologo {adj:ms}, con cui ha discusso di {cue} e di {cue}.",
        "I dati della {gorg} indicano che le esportazioni verso {country} sono salite a {num} milioni di tonnellate.",
        "Al vertice di {city} hanno partecipato i rappresentanti di {country}, {country}, {country} e {country}.",
        "La {org} ha espresso preoccupazione per la situazione lungo la frontiera {adj:fs}.",
        "L'accordo firmato il {day} {month} {year} prevede una nuova linea ferroviaria tra {gplace} e {gplace}.",
        "Secondo la {gorg}, nel {year} gli scambi commerciali hanno superato i {num} milioni di euro.",
        "{city} e {city} hanno concordato un piano comune di {cue}, che entrerà in vigore a {month}.",
        "Il ministro {person} è atteso a {city} la prossima settimana per colloqui con i vertici della {acronym}.",
        "Il contingente {adj:ms}, forte di {num} uomini, è stato schierato vicino a {gplace}.",
        "Gli osservatori della {org} hanno visitato {gplace} e {gplace} tra il {day} e il {day} {month}.",
        "Restano aperte le questioni di {cue} e di {cue}, su cui {country} e {country} non hanno ancora trovato un'intesa.",
        "Le compagnie {adj:fp} hanno firmato con la {gorg} contratti per un valore di {num} milioni di dollari.",
        "Per la prima volta dal {year}, {country} ha partecipato alle manovre organizzate dalla {acronym} nei pressi di {city}.",
        "In una nota diffusa il {day} {month}, la {gorg} ha confermato la chiusura temporanea dello scalo di {gplace}.",
        "Fonti diplomatiche a {city} riferiscono che {person} potrebbe recarsi a {city} entro la fine di {month}.",
        "I reparti {adj:mp} impegnati nelle operazioni di {cue} sono stati ridotti a {num} unità.",
        "La visita di {person} a {gplace} segue di {day} giorni quella del ministro {adj:ms} della Difesa.",
        "Il rapporto annuale della {org} dedica {num} pagine a {cue} e a {cue} in {region}.",
        "Nel primo trimestre del {year} il traffico merci tra {gplace} e {city} è aumentato del {pct} per cento.",
    ),
    "en": (
        "{city}, {day} {month} {year}. Foreign Minister {person} met a delegation from {country} in {city} to discuss {cue} and {cue}.",
        "According to sources at the {org}, the exercises on the border between {country} and {country} will involve about {num} troops.",
        "The {adj} delegation arrived in {city} on {day} {month} and was received by {person}.",
        "Trade between {country} and {country} reached {num} million dollars in {year}, up {pct} per cent.",
        "In {year} the {acronym} held its annual summit in {city}, where leaders signed {num} documents on {cue}, {cue} and {cue}.",
        "The port of {gplace} and the {gorg} remain at the centre of the region's {cue} projects.",
        "{adj} officials announced new investment in {gplace}, some {num} kilometres from {city}.",
        "{person} said that cooperation with {country} on {cue} would continue in {year}.",
        "Analysts at the {gorg} believe the {adj} government is trying to balance its ties with {country} and {country}.",
        "A convoy of {num} vehicles crossed at {gplace} on its way to {city}.",
        "In {region}, {adj} forces carried out a {cue} operation that lasted {day} days.",
        "President {person} received his {adj} counterpart in {city} to discuss {cue} and {cue}.",
        "Figures from the {gorg} show that exports to {country} rose to {num} million tonnes.",
        "Representatives of {country}, {country}, {country} and {country} attended the summit in {city}.",
        "The {org} expressed concern about the situation along the {adj} border.",
        "The agreement signed on {day} {month} {year} provides for a new railway between {gplace} and {gplace}.",
        "According to the {gorg}, trade exceeded {num} million euros in {year}.",
        "{city} and {city} agreed on a joint plan for {cue}, to take effect in {month}.",
        "Minister {person} is expected in {city} next week for talks with the leadership of the {acronym}.",
        "The {adj} contingent, {num} strong, has been deployed near {gplace}.",
        "Observers from the {org} visited {gplace} and {gplace} between {day} and {day} {month}.",
        "Questions of {cue} and {cue} remain open, and {country} and {country} have yet to reach an understanding.",
        "{adj} companies signed contracts worth {num} million dollars with the {gorg}.",
        "For the first time since {year}, {country} took part in the manoeuvres organised by the {acronym} near {city}.",
        "In a statement issued on {day} {month}, the {gorg} confirmed the temporary closure of {gplace}.",
        "Diplomatic sources in {city} say {person} may travel to {city} before the end of {month}.",
        "The {adj} units engaged in {cue} have been cut to {num}.",
        "The visit of {person} to {gplace} came {day} days after that of the {adj} defence minister.",
        "The {org}'s annual report devotes {num} pages to {cue} and {cue} in {region}.",
        "In the first quarter of {year} freight traffic between {gplace} and {city} rose by {pct} per cent.",
    ),
}

TITLE_TEMPLATES = {
    "it": ("{country} e {country}: nuove intese su {cue}", "{city} guarda a {country}", "Il peso della {acronym} in {region}",
           "{person} a {city}, il nodo di {cue}", "Tra {country} e {country}, la partita di {cue}",
           "Da {gplace} a {city}: la nuova rotta di {cue}"),
    "en": ("{country} and {country}: new deals on {cue}", "{city} Looks to {country}", "The {acronym} and the Future of {region}",
           "{person} in {city}: the Question of {cue}", "Between {country} and {country}, a Contest over {cue}",
           "From {gplace} to {city}: the New Route of {cue}"),
}


@dataclasses.dataclass(frozen=True)
class Slot:
    """A replaceable piece of a sentence.

    kind: `entity` (record index, field kind, Italian adjective slots), `pick` (any entity of a group:
    template placeholders), `gplace` / `gorg`, `number`, `month`."""

    kind: str
    text: str = ""
    group: str = ""
    record: int = -1
    field: str = ""
    slots: frozenset = frozenset()


class Material:
    """Everything the corpus is made from, parsed once: sentence pools as lists of text and slots,
    entity groups with their forms per language, templates, author names."""

    def __init__(self):
        self.records = gaz.load_lexicons()
        self.articles = gaz.load_articles()
        self.names = names.NameMaker(self.records)
        self.group = [self._group(r) for r in self.records]
        # forms[lang][record][field] -> [(form, slots)]
        self.forms = {lang: [self._forms(r, lang) for r in self.records] for lang in gaz.LANGUAGES}
        # Per language and group: the records having names (or acronyms, adjectives, cues) in that language.
        self.members: dict[tuple[str, str, str], list[int]] = {}
        for lang in gaz.LANGUAGES:
            for index, record in enumerate(self.records):
                for field, forms in self.forms[lang][index].items():
                    if forms and self.group[index]:
                        self.members.setdefault((lang, self.group[index], field), []).append(index)
        self.matchers = {lang: self._matcher(lang) for lang in gaz.LANGUAGES}
        self.month_pattern = {lang: re.compile(r"\b(" + "|".join(MONTHS[lang]) + r")\b", re.IGNORECASE) for lang in gaz.LANGUAGES}
        self.number_pattern = re.compile(r"(?<![\w-])\d+(?:[.,]\d{3})*(?:[.,]\d+)?(?![\w-])")
        self.paragraphs = {lang: [[self.parse(s, lang) for s in gaz.sentences(p)]
                                  for a in self.articles if a.lang == lang for p in a.paragraphs]
                           for lang in gaz.LANGUAGES}
        self.sentences = {lang: [s for p in self.paragraphs[lang] for s in p] for lang in gaz.LANGUAGES}
        self.clauses = {lang: [c for c in map(split_clauses, self.sentences[lang]) if len(c) >= 2] for lang in gaz.LANGUAGES}
        self.titles = {lang: [self.parse(a.title, lang) for a in self.articles if a.lang == lang] for lang in gaz.LANGUAGES}
        self.templates = {lang: [self.parse_template(t) for t in TEMPLATES[lang]] for lang in gaz.LANGUAGES}
        self.title_templates = {lang: [self.parse_template(t) for t in TITLE_TEMPLATES[lang]] for lang in gaz.LANGUAGES}
        first, last = set(), set()
        for article in self.articles:
            parts = article.author.split()
            if len(parts) >= 2:
                first.add(parts[0])
                last.add(parts[-1])
        for record in self.records:
            if record.subtype == "person":
                for name in record.forms("name"):
                    parts = name.split()
                    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
                        first.add(parts[0])
                        last.add(parts[1])
        self.first_names, self.last_names = sorted(first), sorted(last)

    @staticmethod
    def _group(record: gaz.Record) -> str:
        if record.subtype in GROUP_OF_SUBTYPE:
            return GROUP_OF_SUBTYPE[record.subtype]
        return {"organisation": "org", "sector": "sector", "place": "site"}.get(record.type, "")

    @staticmethod
    def _forms(record: gaz.Record, lang: str) -> dict[str, list[tuple[str, frozenset]]]:
        forms: dict[str, list[tuple[str, frozenset]]] = {}
        for alias in record.aliases:
            if alias.lang not in (None, lang) or alias.kind == "prefix" or len(alias.text) < 2:
                continue
            if alias.kind == "adj" and lang == "it" and "asis" not in alias.options:
                forms.setdefault("adj", []).extend(gaz.inflect_it(alias.text))
            elif alias.kind == "adj":  # English: Kazakh (adjective) apart from Kazakhs (plural noun)
                plural = alias.text.endswith("s") and not alias.text.endswith("ss")
                forms.setdefault("adj", []).append((alias.text, frozenset({"mp" if plural else "ms"})))
            else:
                forms.setdefault(alias.kind, []).append((alias.text, frozenset({"ms", "fs", "mp", "fp"})))
        return forms

    def _matcher(self, lang: str) -> tuple[re.Pattern, dict[str, Slot]]:
        """One regular expression finding every known form in `lang` text (longest first), and what each is."""
        table: dict[str, Slot] = {}
        for index, fields in enumerate(self.forms[lang]):
            if not self.group[index]:
                continue
            for field, forms in fields.items():
                for form, slots in forms:
                    table.setdefault(form, Slot("entity", form, self.group[index], index, field, slots))
        alternatives = sorted(table, key=lambda f: (-len(f), f))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
        return pattern, table

    def parse(self, sentence: str, lang: str) -> list[str | Slot]:
        """A real sentence as literal text and slots (names, numbers, months)."""
        pattern, table = self.matchers[lang]
        parts: list[str | Slot] = []
        position = 0
        for match in pattern.finditer(sentence):
            parts += self._numbers_and_months(sentence[position:match.start()], lang)
            parts.append(table[match.group(0)])
            position = match.end()
        parts += self._numbers_and_months(sentence[position:], lang)
        return parts

    def _numbers_and_months(self, text: str, lang: str) -> list[str | Slot]:
        parts: list[str | Slot] = []
        position = 0
        matches = sorted(list(self.number_pattern.finditer(text)) + list(self.month_pattern[lang].finditer(text)),
                         key=lambda m: m.start())
        for match in matches:
            if match.start() < position:
                continue
            parts.append(text[position:match.start()])
            kind = "number" if match.group(0)[0].isdigit() else "month"
            parts.append(Slot(kind, match.group(0)))
            position = match.end()
        parts.append(text[position:])
        return [p for p in parts if p != ""]

    @staticmethod
    def parse_template(template: str) -> list[str | Slot]:
        parts: list[str | Slot] = []
        for piece in re.split(r"(\{[a-z:]+\})", template):
            if not piece:
                continue
            if not (piece.startswith("{") and piece.endswith("}")):
                parts.append(piece)
                continue
            name, _, slot = piece[1:-1].partition(":")
            if name in ("country", "city", "region", "person", "org"):
                parts.append(Slot("pick", group=name, field="name"))
            elif name == "acronym":
                parts.append(Slot("pick", group="org", field="acronym"))
            elif name == "cue":
                parts.append(Slot("pick", group="sector", field="cue"))
            elif name == "adj":
                parts.append(Slot("pick", group="country", field="adj", slots=frozenset({slot or "ms"})))
            elif name in ("gplace", "gorg"):
                parts.append(Slot(name))
            elif name in ("num", "day", "year", "pct"):
                parts.append(Slot("number", {"num": "1000", "day": "12", "year": "2020", "pct": "12"}[name]))
            elif name == "month":
                parts.append(Slot("month", "gennaio"))
            else:
                raise ValueError(f"unknown placeholder {piece}")
        return parts


def split_clauses(parts: list[str | Slot]) -> list[list[str | Slot]]:
    """A parsed sentence cut after each ", " of its literal text: [[…, "text,"], [" more…"], …]."""
    clauses: list[list[str | Slot]] = [[]]
    for part in parts:
        if isinstance(part, Slot) or ", " not in part:
            clauses[-1].append(part)
            continue
        pieces = part.split(", ")
        for number, piece in enumerate(pieces):
            if number < len(pieces) - 1:
                clauses[-1].append(piece + ",")
                clauses.append([" "])
            elif piece:
                clauses[-1].append(piece)
    return [c for c in clauses if c]


_IT_AD = re.compile(r"(?<!\w)ad (?=[^\WAEIOUaeiouÀ-Üà-ü])")
_EN_AN = re.compile(r"(?<!\w)([Aa]) (?=[AEIOaeio])")


class Document:
    """One document being written: its language, random source, and its entity substitutions."""

    def __init__(self, material: Material, lang: str, rng: random.Random):
        self.m = material
        self.lang = lang
        self.rng = rng
        self.substitute: dict[int, object] = {}  # record index -> record index or GeneratedEntity
        self.chosen: dict[tuple[object, str, frozenset], str] = {}

    # ---------------------------------------------------------------- names

    def generated(self, kind: str) -> names.GeneratedEntity:
        """A generated entity of `kind`, its number drawn log-uniformly over [100, 8M)."""
        while True:
            index = int(math.exp(self.rng.uniform(math.log(100), math.log(8_000_000))))
            entity = self.m.names.entity(index)
            if entity.kind == kind:
                return entity

    def generated_name(self, kind: str) -> str:
        entity = self.generated(kind)
        return entity.name_it if self.lang == "it" else entity.name_en

    def form_of(self, record: int, field: str, slots: frozenset, fallback: str) -> str:
        """A form of `record` for `field` agreeing with `slots` (gender/number), the same each time."""
        key = (record, field, slots)
        if key in self.chosen:
            return self.chosen[key]
        forms = self.m.forms[self.lang][record].get(field) or []
        fitting = [f for f, s in forms if s & slots] or [f for f, _ in forms]
        form = self.rng.choice(fitting) if fitting else fallback
        if field == "name" and len(fitting) > 1:
            # Names may vary within a document (Kazakhstan / Kazakistan); other fields stay put.
            return form
        self.chosen[key] = form
        return form

    def entity_text(self, slot: Slot) -> str:
        """The text of a real-sentence name: its substitute's form of the same field, or the original."""
        if slot.record not in self.substitute:
            roll = self.rng.random()
            kind = GENERATED_KIND.get(slot.group)
            if roll < 0.3:
                self.substitute[slot.record] = slot.record
            elif kind and roll < 0.55:
                self.substitute[slot.record] = self.generated(kind)
            else:
                others = self.m.members.get((self.lang, slot.group, slot.field)) or [slot.record]
                self.substitute[slot.record] = self.rng.choice(others)
        target = self.substitute[slot.record]
        if isinstance(target, names.GeneratedEntity):
            if slot.field == "name":
                return target.name_it if self.lang == "it" else target.name_en
            if slot.field == "acronym" and target.acronym:
                return target.acronym
            return slot.text
        return self.form_of(target, slot.field, slot.slots, slot.text)

    # ---------------------------------------------------------------- numbers

    def number(self, text: str) -> str:
        """A new number of the same shape: a year for a year, a day for a small number, else the same
        digit groups ("1000" from a template: 1–4 digits grouped the language's way)."""
        if text == "1000":
            value = int(math.exp(self.rng.uniform(0, math.log(20_000))))
            return f"{value:,}".replace(",", "." if self.lang == "it" else ",")
        digits = re.sub(r"\D", "", text)
        value = int(digits) if digits else 0
        if len(digits) == 4 and 1900 <= value <= 2099 and text.isdigit():
            return str(self.rng.randint(1991, 2025))
        if text.isdigit() and value <= 31:
            return str(self.rng.randint(1, 28))
        out = []
        first = True
        for char in text:
            if char.isdigit():
                out.append(str(self.rng.randint(1, 9) if first else self.rng.randint(0, 9)))
                first = False
            else:
                out.append(char)
        return "".join(out)

    def month(self, text: str, after: str = "") -> str:
        months = MONTHS[self.lang]
        if after.endswith(("'", "’")):  # nell'aprile, dall'ottobre: a month starting with a vowel
            months = tuple(m for m in months if m[0] in "aeiou")
        month = self.rng.choice(months)
        return month.capitalize() if text[:1].isupper() else month

    # ---------------------------------------------------------------- rendering

    def render(self, parts: list[str | Slot]) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            elif part.kind == "entity":
                out.append(self.entity_text(part))
            elif part.kind == "pick":
                members = self.m.members.get((self.lang, part.group, part.field))
                if not members:
                    members = self.m.members[(self.lang, part.group, "name")]
                    out.append(self.form_of(self.rng.choice(members), "name", frozenset({"ms"}), part.group))
                    continue
                record = self.rng.choice(members)
                forms = self.m.forms[self.lang][record][part.field]
                fitting = [f for f, s in forms if s & part.slots] if part.slots else []
                out.append(self.rng.choice(fitting or [f for f, _ in forms]))
            elif part.kind == "gplace":
                out.append(self.generated_name("place"))
            elif part.kind == "gorg":
                out.append(self.generated_name("org"))
            elif part.kind == "number":
                out.append(self.number(part.text))
            elif part.kind == "month":
                out.append(self.month(part.text, out[-1] if out else ""))
        text = "".join(out)
        # Articles and prepositions before a substituted word: ad/a, a/an.
        if self.lang == "it":
            text = _IT_AD.sub("a ", text)
        else:
            text = _EN_AN.sub(lambda m: m.group(1) + "n ", text)
        return text[:1].upper() + text[1:]

    def real_sentence(self) -> list[str | Slot]:
        """A sentence of the Corpus articles; one time in three, the head of one joined to the tail of another."""
        rng, m = self.rng, self.m
        if rng.random() < 0.35 and m.clauses[self.lang]:
            head, tail = rng.choice(m.clauses[self.lang]), rng.choice(m.clauses[self.lang])
            cut_head, cut_tail = rng.randint(1, len(head) - 1), rng.randint(1, len(tail) - 1)
            return [p for clause in head[:cut_head] + tail[cut_tail:] for p in clause]
        return rng.choice(m.sentences[self.lang])

    def date(self) -> tuple[str, str]:
        """A random date: (ISO, as a date line in this language)."""
        year, month, day = self.rng.randint(1995, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        name = MONTHS[self.lang][month - 1]
        if self.lang == "it":
            line = self.rng.choice((f"{day:02d}.{month:02d}.{year}", f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}",
                                    f"Aggiornato il {day} {name} {year}"))
        else:
            line = self.rng.choice((f"{day} {name} {year}", f"{name} {day}, {year}", iso, f"Updated {day} {name[:3]} {year}"))
        return iso, line

    def write(self, target_bytes: int) -> tuple[str, str]:
        """The document's text (about `target_bytes` UTF-8 bytes, within 1–10 KB) and its ISO date."""
        rng, m, lang = self.rng, self.m, self.lang
        report = rng.random() < 0.45  # a wire report (mostly templates) rather than an analysis (mostly real sentences)
        real_share = 0.25 if report else 0.8
        titles = m.title_templates[lang] if report or rng.random() < 0.3 else m.titles[lang]
        title = self.render(rng.choice(titles))
        author = f"{rng.choice(m.first_names)} {rng.choice(m.last_names)}"
        iso, date_line = self.date()
        head = f"{title}\n\n{'Di' if lang == 'it' else 'By'} {author}\n{date_line}"
        blocks = [head]
        size = len(head.encode("utf-8")) + 1  # the final newline
        while size < target_bytes:
            if not report and rng.random() < 0.4:
                sentences = list(rng.choice(m.paragraphs[lang]))
            else:
                sentences = [self.real_sentence() if rng.random() < real_share else rng.choice(m.templates[lang])
                             for _ in range(rng.randint(2, 6))]
            paragraph: list[str] = []
            for parts in sentences:
                sentence = self.render(parts)
                grown = size + len(sentence.encode("utf-8")) + (1 if paragraph else 2)
                if grown > MAX_BYTES:
                    break
                paragraph.append(sentence)
                size = grown
            if not paragraph:
                break
            blocks.append(" ".join(paragraph))
        return "\n\n".join(blocks) + "\n", iso


def generate(out_dir: pathlib.Path, megabytes: float, seed: int) -> dict:
    """Write the corpus; returns its counts."""
    started = time.perf_counter()
    material = Material()
    rng = random.Random(seed)
    docs_dir = out_dir / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    for lang in gaz.LANGUAGES:
        (docs_dir / lang).mkdir(parents=True)
    target = int(megabytes * 1_000_000)
    total = 0
    counts = {lang: [0, 0] for lang in gaz.LANGUAGES}
    paths: list[str] = []
    with open(out_dir / "corpus.jsonl", "w", encoding="utf-8") as jsonl, open(out_dir / "corpus.txt", "w", encoding="utf-8") as txt:
        number = 0
        while total < target:
            number += 1
            lang = gaz.LANGUAGES[number % 2 == 0]
            document = Document(material, lang, random.Random(rng.getrandbits(64)))
            text, iso = document.write(rng.randint(MIN_BYTES, MAX_BYTES))
            doc_id = f"{lang}-{number:06d}"
            relative = f"docs/{lang}/{doc_id}.txt"
            (out_dir / relative).write_text(text, encoding="utf-8")
            jsonl.write(json.dumps({"id": doc_id, "lang": lang, "date": iso, "text": text}, ensure_ascii=False) + "\n")
            txt.write(("\n" if number > 1 else "") + text)
            paths.append(relative)
            size = len(text.encode("utf-8"))
            total += size
            counts[lang][0] += 1
            counts[lang][1] += size
    (out_dir / "files.txt").write_text("\n".join(paths) + "\n", encoding="utf-8")
    summary = {"documents": len(paths), "bytes": total, "megabytes": round(total / 1e6, 3), "seed": seed,
               "by_language": {lang: {"documents": c[0], "bytes": c[1]} for lang, c in counts.items()}}
    (out_dir / "corpus.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return {**summary, "seconds": round(time.perf_counter() - started, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example: make_corpus.py Benchmarks/data/corpus --megabytes 50 --seed 1")
    parser.add_argument("out_dir", type=pathlib.Path, help="folder to write (its docs/ is replaced)")
    parser.add_argument("--megabytes", type=float, default=50, help="size of the corpus in MB of UTF-8 text (10^6 bytes; default 50)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.megabytes <= 0:
        parser.error("--megabytes must be positive")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    summary = generate(args.out_dir, args.megabytes, args.seed)
    print(f"make_corpus: {summary['documents']:,} documents, {summary['megabytes']} MB "
          f"(it {summary['by_language']['it']['bytes'] / 1e6:.1f} MB, en {summary['by_language']['en']['bytes'] / 1e6:.1f} MB) "
          f"in {args.out_dir} ({summary['seconds']} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
