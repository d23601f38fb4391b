#!/usr/bin/env python3
"""Check Corpus gold files against their texts and the gold format of Corpus/README.md.

Usage: python3 Corpus/check_gold.py [GOLD_OR_FOLDER ...]   (default: every *.gold.json under Corpus/)

For each NAME.gold.json it checks:
- the JSON shape: schema "gazzetta.gold/1", a document with id, lang (it|en) and an ISO date;
- that the document id is the file's path under Corpus/ without ".gold.json";
- each mention: integer offsets with 0 <= start < end <= len(text), `text` equal to the text's slice
  (offsets are Unicode code points, end exclusive, as Python slices them), a known type and role,
  a well-formed entity id whose kind fits the type, and a role that fits the type;
- that mentions are sorted by start and never overlap;
- each cooperation record (Corpus/README.md, "Cooperation records"): integer evidence offsets inside the
  text, not inside a word at either edge; a sector of the taxonomy (the `[sector:…]` records of
  Lexicons/) named by a gold sector mention inside the evidence; two or more distinct actors, sorted, each a
  state (`country:XX`) or an organisation id, each named by a gold mention inside the evidence (a state by
  its country, government or armed forces, or by a metonym, person or title whose country the gold does not
  say); a known polarity, `sanctions` exactly on the sanctions sector; a date that is a year (1900-2099)
  written in the evidence, and the first one; records sorted by start, none twice.
The text is NAME.txt beside the gold file. For NAME.html the offsets are into the readable text that
`gazzetta annotate` extracts, which this script does not reproduce: there it checks only that each
mention's text occurs in the (entity-decoded, tag-stripped) page, and says so.

Prints one line per problem as FILE: mention N (start-end): message, and exits 1 if there was any.
"""
import html
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
LEXICONS = CORPUS.parent / "Lexicons"
SCHEMA = "gazzetta.gold/1"
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# Entity id patterns, each with the mention type it belongs to.
ID_KINDS = [
    (re.compile(r"country:[A-Z]{2}"), "place"),
    (re.compile(rf"(?:city|region|place|sea|landform):{SLUG}"), "place"),
    (re.compile(rf"new:place:{SLUG}"), "place"),
    (re.compile(rf"person:{SLUG}"), "actor"),
    (re.compile(rf"new:person:{SLUG}"), "actor"),
    (re.compile(r"gov:[A-Z]{2}"), "actor"),
    (re.compile(rf"military:(?:[A-Z]{{2}}|[a-z]{{2}}-{SLUG})"), "actor"),
    (re.compile(rf"org:{SLUG}"), "organisation"),
    (re.compile(rf"new:org:{SLUG}"), "organisation"),
    (re.compile(r"new:[a-z0-9]+"), "organisation"),  # older form: new:<acronym> (Corpus/README.md)
    (re.compile(rf"sector:{SLUG}"), "sector"),
]
ROLES_BY_TYPE = {
    "place": {"name", "adjective", "metonym"},
    "actor": {"name", "short", "title", "acronym"},
    "organisation": {"name", "acronym"},
    "sector": {"cue"},
}


POLARITIES = {"cooperation", "tension", "conflict", "sanctions"}
SANCTIONS = "sector:sanctions"
# What a record's actor may be: a state or an organisation (Corpus/README.md, "Cooperation records", rule 1).
ACTOR_ID = re.compile(rf"country:[A-Z]{{2}}|org:{SLUG}|new:org:{SLUG}|new:[a-z0-9]+")
YEAR = re.compile(r"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])")


def sector_ids(root=LEXICONS):
    """The sector ids the lexicons define (`[sector:…]` record headers), or None when there is no lexicon folder."""
    if not root.is_dir():
        return None
    ids = set()
    for path in sorted(root.rglob("*.gaz")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("[sector:"):
                    ids.add(line.strip()[1:-1])
    return ids


def entity_type(entity):
    """The mention type an entity id belongs to, or None when the id is malformed."""
    for pattern, kind in ID_KINDS:
        if pattern.fullmatch(entity):
            return kind
    return None


def load_text(gold_path):
    """The document text and whether offsets can be checked against it (False for HTML sources)."""
    stem = gold_path.name[: -len(".gold.json")]
    txt = gold_path.with_name(stem + ".txt")
    if txt.exists():
        return txt.read_text(encoding="utf-8"), True
    page = gold_path.with_name(stem + ".html")
    if page.exists():
        raw = page.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]*>", " ", raw)), False
    return None, False


def check_document(doc, gold_path, problems):
    """Check the header: schema, document id, lang and date."""
    if doc.get("schema") != SCHEMA:
        problems.append(f"schema is {doc.get('schema')!r}, expected {SCHEMA!r}")
    meta = doc.get("document") or {}
    if not gold_path.is_relative_to(CORPUS):
        expected_id = meta.get("id")  # outside Corpus/ the id cannot be derived from the path
    else:
        expected_id = str(gold_path.relative_to(CORPUS))[: -len(".gold.json")]
    if meta.get("id") != expected_id:
        problems.append(f"document id {meta.get('id')!r} should be {expected_id!r}")
    if meta.get("lang") not in ("it", "en"):
        problems.append(f"document lang {meta.get('lang')!r} is not it or en")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("date", ""))):
        problems.append(f"document date {meta.get('date')!r} is not YYYY-MM-DD")


def check_mention(i, m, text, sliceable, problems):
    """Check one mention's offsets, text, type, role and entity id."""
    where = f"mention {i} ({m.get('start')}-{m.get('end')})"
    start, end = m.get("start"), m.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        problems.append(f"{where}: offsets must be integers with 0 <= start < end")
        return
    if sliceable:
        if end > len(text):
            problems.append(f"{where}: end beyond the text ({len(text)} code points)")
        elif text[start:end] != m.get("text"):
            problems.append(f"{where}: text {m.get('text')!r} but the slice is {text[start:end]!r}")
    elif m.get("text") is None or " ".join(m["text"].split()) not in " ".join(text.split()):
        problems.append(f"{where}: text {m.get('text')!r} does not occur in the page")
    kind, role, entity = m.get("type"), m.get("role"), str(m.get("entity", ""))
    if kind not in ROLES_BY_TYPE:
        problems.append(f"{where}: unknown type {kind!r}")
        return
    if role not in ROLES_BY_TYPE[kind]:
        problems.append(f"{where}: role {role!r} does not fit type {kind}")
    id_kind = entity_type(entity)
    if id_kind is None:
        problems.append(f"{where}: malformed entity id {entity!r}")
    elif id_kind != kind:
        problems.append(f"{where}: entity {entity!r} belongs to type {id_kind}, not {kind}")


def check_order(mentions, problems):
    """Mentions sorted by start and never overlapping."""
    previous = None
    for i, m in enumerate(mentions):
        if previous is not None and isinstance(m.get("start"), int) and isinstance(previous.get("end"), int):
            if m["start"] < previous["start"]:
                problems.append(f"mention {i} ({m['start']}-{m['end']}): not sorted by start")
            elif m["start"] < previous["end"]:
                problems.append(f"mention {i} ({m['start']}-{m['end']}): overlaps the previous mention")
        previous = m


def names_state(mention, code):
    """Whether a gold mention can stand for the state `code` in a record: its country, government or armed
    forces by id; a metonym, person or title by role, since the gold does not write their country."""
    entity = str(mention.get("entity", ""))
    if entity in (f"country:{code}", f"gov:{code}", f"military:{code}") or entity.startswith(f"military:{code.lower()}-"):
        return True
    return mention.get("role") == "metonym" or (mention.get("type") == "actor" and "person:" in entity)


def check_record(i, record, text, sliceable, mentions, sectors, problems):
    """Check one cooperation record against the text, the gold mentions and the taxonomy."""
    where = f"record {i} ({record.get('start')}-{record.get('end')})"
    start, end = record.get("start"), record.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        problems.append(f"{where}: evidence offsets must be integers with 0 <= start < end")
        return
    if sliceable:
        if end > len(text):
            problems.append(f"{where}: evidence ends beyond the text ({len(text)} code points)")
            return
        if (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (end < len(text) and text[end - 1].isalnum() and text[end].isalnum()):
            problems.append(f"{where}: the evidence starts or ends inside a word")
    inside = [m for m in mentions if isinstance(m.get("start"), int) and start <= m["start"] and m.get("end", end + 1) <= end]
    sector = record.get("sector")
    if not isinstance(sector, str) or not sector.startswith("sector:"):
        problems.append(f"{where}: sector {sector!r} is not a sector id")
    else:
        if sectors is not None and sector not in sectors:
            problems.append(f"{where}: sector {sector!r} is not in the taxonomy (Lexicons/sectors.gaz)")
        if not any(m.get("type") == "sector" and m.get("entity") == sector for m in inside):
            problems.append(f"{where}: no gold cue of {sector} inside the evidence")
    check_actors(where, record.get("actors"), inside, problems)
    polarity = record.get("polarity", "cooperation")
    if polarity not in POLARITIES:
        problems.append(f"{where}: polarity {polarity!r} is not one of {', '.join(sorted(POLARITIES))}")
    elif (polarity == "sanctions") != (sector == SANCTIONS):
        problems.append(f"{where}: polarity 'sanctions' goes with {SANCTIONS} and only with it (polarity {polarity!r}, sector {sector!r})")
    if "date" in record and sliceable:
        years = YEAR.findall(text[start:end])
        if not years or record["date"] != years[0]:
            first = years[0] if years else "none"
            problems.append(f"{where}: date {record['date']!r} is not the first year the evidence writes ({first})")


def check_actors(where, actors, inside, problems):
    """Two or more distinct actor ids, sorted, each named by a mention inside the evidence."""
    if not isinstance(actors, list) or len(actors) < 2 or not all(isinstance(a, str) for a in actors):
        problems.append(f"{where}: actors must be a list of two or more ids")
        return
    if len(set(actors)) != len(actors):
        problems.append(f"{where}: an actor is listed twice: {actors}")
    if actors != sorted(actors):
        problems.append(f"{where}: actors are not sorted: {actors}")
    for actor in actors:
        if not ACTOR_ID.fullmatch(actor):
            problems.append(f"{where}: actor {actor!r} is neither a state (country:XX) nor an organisation id")
        elif actor.startswith("country:"):
            if not any(names_state(m, actor[len("country:"):]) for m in inside):
                problems.append(f"{where}: no mention inside the evidence stands for {actor}")
        elif not any(m.get("entity") == actor for m in inside):
            problems.append(f"{where}: no mention of {actor} inside the evidence")


def check_records(records, text, sliceable, mentions, sectors, problems):
    """Every record, then their order and uniqueness."""
    if not isinstance(records, list):
        problems.append("cooperation is not a list")
        return
    seen = set()
    previous = None
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            problems.append(f"record {i}: not an object")
            continue
        check_record(i, record, text, sliceable, mentions, sectors, problems)
        start = record.get("start")
        if isinstance(start, int) and isinstance(previous, int) and start < previous:
            problems.append(f"record {i} ({start}-{record.get('end')}): not sorted by start")
        previous = start if isinstance(start, int) else previous
        key = (start, record.get("sector"), tuple(record.get("actors") or []))
        if key in seen:
            problems.append(f"record {i} ({start}-{record.get('end')}): the same sentence, sector and actors twice")
        seen.add(key)


def check_file(gold_path, sectors=None):
    """All problems of one gold file, as strings (empty when it is clean), and whether slices were checked."""
    problems = []
    try:
        doc = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [f"cannot read: {error}"], False
    text, sliceable = load_text(gold_path)
    if text is None:
        return ["no NAME.txt or NAME.html beside the gold file"], False
    check_document(doc, gold_path, problems)
    mentions = doc.get("mentions")
    if not isinstance(mentions, list):
        return problems + ["mentions is not a list"], sliceable
    for i, m in enumerate(mentions):
        check_mention(i, m, text, sliceable, problems)
    check_order(mentions, problems)
    if "cooperation" in doc:
        check_records(doc["cooperation"], text, sliceable, mentions, sectors, problems)
    return problems, sliceable


def gold_files(args):
    """The gold files named on the command line (files or folders), or all of Corpus/."""
    roots = [Path(a).resolve() for a in args] or [CORPUS]
    files = []
    for root in roots:
        files += sorted(root.rglob("*.gold.json")) if root.is_dir() else [root]
    return files


def main(argv):
    failed = False
    sectors = sector_ids()
    for path in gold_files(argv[1:]):
        problems, sliceable = check_file(path, sectors)
        name = path.relative_to(CORPUS) if path.is_relative_to(CORPUS) else path
        for problem in problems:
            print(f"{name}: {problem}")
        failed = failed or bool(problems)
        if not problems:
            note = "" if sliceable else " (HTML source: texts found in the page, offsets not sliced)"
            doc = json.loads(path.read_text(encoding="utf-8"))
            count, records = len(doc["mentions"]), len(doc.get("cooperation", []))
            print(f"{name}: ok, {count} mentions, {records} cooperation records{note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
