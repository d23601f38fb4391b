#!/usr/bin/env python3
"""Write a benchmark lexicon of exactly N aliases, in Gazzetta's `.gaz` format and as a plain alias list.

    python3 Benchmarks/make_lexicon.py OUT_DIR --aliases 100000

OUT_DIR receives:

- `real.gaz`: the shipped lexicons' records (Lexicons/*.gaz), converted to the fields
  type, subtype, label.it, label.en, name, name.it, name.en and acronym only. Italian adjectives are
  written out in all their forms (name.it = russo | russa | russi | russe), English adjectives and
  sector cues go to name.it / name.en, acronym.it / acronym.en become acronym; short names (which
  need an antecedent) and compound prefixes are left out. Case options ([cap], [exact]…) are kept.
  Records are taken in the order countries, places, organisations, sectors, actors, other files,
  until N aliases: the 1k lexicon is the Central Asian core.
- `generated-NN.gaz` (when N exceeds the shipped aliases): generated places and organisations
  (`place:gen-0000123`, `org:gen-0000123`) from `names.py`, each with an Italian and an English name
  (Valle di X / X Valley) and sometimes an acronym, 50,000 records a file. No generated alias repeats
  another alias (case-insensitively) and every one starts with a capital letter.
- `aliases.txt`: the same aliases for the peers, one `alias<TAB>entity-id` a line, in file order,
  options stripped. Its line count equals the tool's alias count.
- `lexicon.json`: counts and parameters.

Deterministic: the same N (and the same shipped lexicons) give byte-identical files, and the aliases of
a smaller lexicon are a prefix of a bigger one's.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import gaz
import names

FILE_ORDER = ("countries.gaz", "places.gaz", "organisations.gaz", "sectors.gaz", "actors.gaz")
KEPT_OPTIONS = {"exact", "fold", "cap", "nocaps", "word"}
RECORDS_PER_FILE = 50_000


def parse_count(text: str) -> int:
    """`1000`, `1k`, `100k`, `1M` -> an integer."""
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def shipped_records() -> list[gaz.Record]:
    """The shipped records, curated files first (see FILE_ORDER), then the others in name order."""
    paths = sorted(gaz.LEXICONS.rglob("*.gaz"), key=lambda p: (FILE_ORDER.index(p.name) if p.name in FILE_ORDER else len(FILE_ORDER), p.name))
    records: list[gaz.Record] = []
    for path in paths:
        records.extend(gaz.parse_gaz(path.read_text(encoding="utf-8")))
    return records


def written(text: str, options: tuple[str, ...]) -> str:
    """An alias as written in a `.gaz` list, with its kept options."""
    kept = [o for o in options if o in KEPT_OPTIONS]
    return f"{text} [{', '.join(kept)}]" if kept else text


def convert(record: gaz.Record) -> tuple[dict[str | None, list[tuple[str, str]]], list[tuple[str, str]]]:
    """A shipped record's aliases as {language: [(text, written)]} for name fields, and its acronyms.

    A form listed for both languages (Kazakhstan in name.it and name.en) becomes one language-neutral
    `name`, so each (alias, entity) pair is written once."""
    forms_in_order: list[str] = []
    written_as: dict[str, str] = {}
    languages: dict[str, set[str | None]] = {}
    acronym_forms: set[str] = set()
    for alias in record.aliases:
        if alias.kind in ("short", "prefix"):
            continue
        forms = [alias.text]
        if alias.kind == "adj" and alias.lang == "it" and "asis" not in alias.options:
            forms = [form for form, _ in gaz.inflect_it(alias.text)]
        for form in forms:
            if form not in languages:
                forms_in_order.append(form)
                written_as[form] = written(form, alias.options)
                languages[form] = set()
            languages[form].add(alias.lang)
            if alias.kind == "acronym":
                acronym_forms.add(form)
    by_lang: dict[str | None, list[tuple[str, str]]] = {None: [], "it": [], "en": []}
    acronyms: list[tuple[str, str]] = []
    for form in forms_in_order:
        if form in acronym_forms:
            acronyms.append((form, written_as[form]))
            continue
        langs = languages[form]
        lang = next(iter(langs)) if len(langs) == 1 else None
        by_lang[lang].append((form, written_as[form]))
    return by_lang, acronyms


def alias_key(text: str) -> str:
    """Near enough to Gazzetta's matching key to tell when two entities claim one alias: case folded,
    typographic apostrophes unified (`Jing’an` and `Jing'an` are one key)."""
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


def record_lines(record_id: str, type_: str, subtype: str, label_it: str, label_en: str,
                 by_lang: dict[str | None, list[str]], acronyms: list[str], ambiguous: list[str] = ()) -> list[str]:
    """The lines of one `.gaz` record (empty lists are left out)."""
    lines = [f"[{record_id}]", f"type = {type_}", f"subtype = {subtype}", f"label.it = {label_it}", f"label.en = {label_en}"]
    for key, lang in (("name", None), ("name.it", "it"), ("name.en", "en")):
        if by_lang.get(lang):
            lines.append(f"{key} = {' | '.join(by_lang[lang])}")
    if acronyms:
        lines.append(f"acronym = {' | '.join(acronyms)}")
    # The shipped lexicons declare the aliases two entities share (*Georgia*); so must the converted records,
    # or `lexicon compile` refuses them.
    lines += [f"ambiguous = {text}" for text in ambiguous]
    lines.append("")
    return lines


def header(name: str, sources: list[str], comment: str) -> list[str]:
    return [f"# {comment}", "# Written by Benchmarks/make_lexicon.py: do not edit, regenerate.",
            f"@lexicon: {name}", *[f"@source: {s}" for s in sources], ""]


def build(out_dir: pathlib.Path, target: int) -> dict:
    """Write the lexicon of `target` aliases into `out_dir`; returns the counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # Our own outputs, and the compiled form Gazzetta keeps beside the sources (.compiled.gzc).
    for old in list(out_dir.glob("*.gaz")) + list(out_dir.glob(".compiled*")) + [out_dir / "aliases.txt", out_dir / "lexicon.json"]:
        old.unlink(missing_ok=True)

    alias_lines: list[str] = []
    taken: set[str] = set()  # lower-cased aliases already in the lexicon

    # 1. The shipped records, whole, until the target (the last one cut short).
    lines = header("bench-real", ["the shipped Gazzetta lexicons (Lexicons/*.gaz), converted by Benchmarks/make_lexicon.py"],
                   "Benchmark lexicon: the shipped records, names, acronyms, adjectives and cues as names.")
    real_records = real_aliases = 0
    records = shipped_records()
    claims: dict[str, set[str]] = {}
    for record in records:
        by_lang, acronyms = convert(record)
        for text, _ in [pair for lang in (None, "it", "en") for pair in by_lang[lang]] + acronyms:
            claims.setdefault(alias_key(text), set()).add(record.id)
    for record in records:
        if len(alias_lines) >= target:
            break
        by_lang, acronyms = convert(record)
        room = target - len(alias_lines)
        kept: dict[str | None, list[str]] = {}
        kept_acronyms: list[str] = []
        kept_texts: list[str] = []
        for lang in (None, "it", "en"):
            for text, form in by_lang[lang]:
                if room == 0:
                    break
                kept.setdefault(lang, []).append(form)
                kept_texts.append(text)
                alias_lines.append(f"{text}\t{record.id}")
                taken.add(alias_key(text))
                room -= 1
        for text, form in acronyms:
            if room == 0:
                break
            kept_acronyms.append(form)
            kept_texts.append(text)
            alias_lines.append(f"{text}\t{record.id}")
            taken.add(alias_key(text))
            room -= 1
        if not kept and not kept_acronyms:
            continue
        shared = [text for text in kept_texts if len(claims[alias_key(text)]) > 1]
        lines += record_lines(record.id, record.type, record.subtype, record.labels["it"], record.labels["en"], kept, kept_acronyms,
                              shared)
        real_records += 1
    real_aliases = len(alias_lines)
    (out_dir / "real.gaz").write_text("\n".join(lines), encoding="utf-8")

    # 2. Generated places and organisations until the target.
    maker = names.NameMaker()
    common = maker.common
    generated_records = 0
    file_number = 0
    lines = []
    index = 0

    def flush() -> None:
        nonlocal lines, file_number
        if lines:
            file_number += 1
            head = header(f"bench-generated-{file_number:02d}",
                          ["generated by Benchmarks/names.py from the shipped lexicons' place and person names"],
                          "Benchmark lexicon: generated places and organisations (not real entities).")
            (out_dir / f"generated-{file_number:02d}.gaz").write_text("\n".join(head + lines), encoding="utf-8")
            lines = []

    while len(alias_lines) < target:
        entity = maker.entity(index)
        index += 1
        entity_id = f"{entity.kind}:gen-{entity.index:07d}"
        fresh: list[tuple[str | None, str]] = []
        for lang, text in ((None if entity.name_it == entity.name_en else "it", entity.name_it),
                           ("en", entity.name_en), ("acronym", entity.acronym)):
            if not text or (lang == "en" and entity.name_it == entity.name_en):
                continue
            key = alias_key(text)
            if key in taken or text.lower() in common or not text[0].isupper():
                continue
            if len(alias_lines) + len(fresh) >= target:
                break
            taken.add(key)
            fresh.append((lang, text))
        if not fresh:
            continue
        by_lang = {lang: [text] for lang, text in fresh if lang != "acronym"}
        acronyms = [text for lang, text in fresh if lang == "acronym"]
        lines += record_lines(entity_id, entity.type, entity.subtype, entity.name_it, entity.name_en, by_lang, acronyms)
        alias_lines += [f"{text}\t{entity_id}" for _, text in fresh]
        generated_records += 1
        if generated_records % RECORDS_PER_FILE == 0:
            flush()
    flush()

    (out_dir / "aliases.txt").write_text("\n".join(alias_lines) + "\n", encoding="utf-8")
    summary = {"aliases": len(alias_lines), "real_records": real_records, "real_aliases": real_aliases,
               "generated_records": generated_records, "generated_aliases": len(alias_lines) - real_aliases,
               "generated_entities_tried": index, "gaz_files": 1 + file_number}
    (out_dir / "lexicon.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example: make_lexicon.py Benchmarks/data/lexicon-1M --aliases 1M")
    parser.add_argument("out_dir", type=pathlib.Path, help="folder to write (its .gaz files and aliases.txt are replaced)")
    parser.add_argument("--aliases", type=parse_count, required=True, metavar="N",
                        help="number of aliases (1000, 100k, 1M…)")
    args = parser.parse_args(argv)
    if args.aliases < 1:
        parser.error("--aliases must be positive")
    started = time.perf_counter()
    summary = build(args.out_dir, args.aliases)
    print(f"make_lexicon: {summary['aliases']:,} aliases ({summary['real_aliases']:,} shipped, "
          f"{summary['generated_aliases']:,} generated in {summary['generated_records']:,} records) "
          f"in {args.out_dir} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
