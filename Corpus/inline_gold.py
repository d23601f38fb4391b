#!/usr/bin/env python3
"""Write a Corpus text and its gold file from one marked-up source, so that nobody counts offsets by hand.

Usage: python3 Corpus/inline_gold.py SOURCE OUT DATE   (writes OUT.txt and OUT.gold.json; OUT is a path under
Corpus/<set>/<it|en>/ without extension, DATE the document's ISO date)

In SOURCE (kept out of Corpus/, which batch reads whole) a mention is written [[surface|type|entity|role]] (role defaults to `name` for place, actor and
organisation, `cue` for sector); everything else is the text as is. The document id is OUT under Corpus/, the language
OUT's parent folder (`it` or `en`). A line
`#record FIRST WORDS|LAST WORDS|SECTOR|ACTOR,ACTOR|POLARITY[|YEAR]` (not part of the text) adds a cooperation record
whose evidence runs from the first occurrence of FIRST WORDS to the end of the next LAST WORDS.
Run Corpus/check_gold.py afterwards.
"""
import json
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([^\[\]|]+)\|([a-z]+)\|([^\[\]|]+)(?:\|([a-z]+))?\]\]")
DEFAULT_ROLE = {"sector": "cue"}


def convert(source: Path, out: Path, date: str) -> None:
    lines = source.read_text(encoding="utf-8").split("\n")
    directives = [line for line in lines if line.startswith("#record ")]
    marked = "\n".join(line for line in lines if not line.startswith("#record "))
    text, mentions, cursor = [], [], 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[cursor:match.start()]
        text.append(before)
        length += len(before)
        surface, kind, entity, role = match.groups()
        mentions.append({"start": length, "end": length + len(surface), "text": surface, "type": kind,
                         "entity": entity, "role": role or DEFAULT_ROLE.get(kind, "name")})
        text.append(surface)
        length += len(surface)
        cursor = match.end()
    text.append(marked[cursor:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        sys.exit(f"{source}: a mark is malformed near: {plain[plain.find('[['):][:60]!r}")
    records = [record(plain, line[len("#record "):], source) for line in directives]
    corpus = Path(__file__).resolve().parent
    doc_id = str(out.resolve().relative_to(corpus))
    gold = {"schema": "gazzetta.gold/1",
            "document": {"id": doc_id, "lang": out.parent.name, "date": date},
            "mentions": mentions}
    if records:
        gold["cooperation"] = sorted(records, key=lambda r: (r["start"], r["sector"]))
    out.with_name(out.name + ".txt").write_text(plain, encoding="utf-8")
    out.with_name(out.name + ".gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")


def record(plain: str, directive: str, source: Path) -> dict:
    fields = directive.split("|")
    if len(fields) not in (5, 6):
        sys.exit(f"{source}: a #record needs 5 or 6 fields: {directive!r}")
    first, last, sector, actors, polarity = fields[:5]
    start = plain.find(first)
    end = plain.find(last, start) + len(last) if start >= 0 and plain.find(last, start) >= 0 else -1
    if start < 0 or end < 0:
        sys.exit(f"{source}: a #record's evidence is not in the text: {directive!r}")
    result = {"start": start, "end": end, "sector": sector, "actors": sorted(actors.split(",")),
              "polarity": polarity}
    if len(fields) == 6:
        result["date"] = fields[5]
    return result


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    convert(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
