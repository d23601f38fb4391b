#!/usr/bin/env python3
"""Check Corpus gold files against their texts and the gold format of Corpus/README.md.

Usage: python3 Corpus/check_gold.py [GOLD_OR_FOLDER ...]   (default: every *.gold.json under Corpus/)

For each NAME.gold.json it checks:
- the JSON shape: schema "gazzetta.gold/1", a document with id, lang (it|en) and an ISO date;
- that the document id is the file's path under Corpus/ without ".gold.json";
- each mention: integer offsets with 0 <= start < end <= len(text), `text` equal to the text's slice
  (offsets are Unicode code points, end exclusive, as Python slices them), a known type and role,
  a well-formed entity id whose kind fits the type, and a role that fits the type;
- that mentions are sorted by start and never overlap.
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


def check_file(gold_path):
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
    for path in gold_files(argv[1:]):
        problems, sliceable = check_file(path)
        name = path.relative_to(CORPUS) if path.is_relative_to(CORPUS) else path
        for problem in problems:
            print(f"{name}: {problem}")
        failed = failed or bool(problems)
        if not problems:
            note = "" if sliceable else " (HTML source: texts found in the page, offsets not sliced)"
            count = len(json.loads(path.read_text(encoding="utf-8"))["mentions"])
            print(f"{name}: ok, {count} mentions{note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
