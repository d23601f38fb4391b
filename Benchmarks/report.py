#!/usr/bin/env python3
"""Turn Benchmarks/data/results.jsonl (written by run.sh) into Markdown tables, for BENCHMARKS.md.

    python3 Benchmarks/report.py [Benchmarks/data/results.jsonl] [--out FILE]

results.jsonl holds one JSON object a line, each with a `kind`:

- `meta`: the run (date, machine, cores, corpus, versions);
- `icu`: `gazzetta benchmark --mode icu` (bare ICU word breaks: the floor);
- `gazzetta`: `gazzetta benchmark --mode annotate` at one lexicon size (`lexicon`);
- `load`: `gazzetta benchmark --mode load` at one lexicon size: the compiled lexicon loaded alone, in a fresh
  process (`lexicon_load_seconds`, `lexicon_resident_mb`);
- `peer`: one line of peers.py at one lexicon size;
- `batch`: one timed `gazzetta batch` run (`jobs`, `seconds`, `documents`…);
- `stages`: `gazzetta benchmark --mode stages` at one lexicon size, one line per cut of the pipeline (`stage`:
  icu, tokens, analysis, matching, annotation, json; each cut does every stage before it).

The tables: throughput per lexicon size (every tool on the same text with the same aliases, and the
ratio of Gazzetta's MB/s to each), a summary of those ratios, where Gazzetta's time goes (the pipeline cut
after each stage), and batch scaling.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def size_key(label: str) -> float:
    """`1k` -> 1000, `1M` -> 1e6: to sort lexicon sizes."""
    label = str(label).strip()
    factor = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6}.get(label[-1:], 1)
    try:
        return float(label[:-1] if factor > 1 else label) * factor
    except ValueError:
        return float("inf")


def number(value, digits: int = 2) -> str:
    """A readable number: thousands separated, `digits` decimals below 100, none above."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def ratio(ours: float | None, theirs: float | None) -> str:
    if not ours or not theirs:
        return "—"
    return f"{ours / theirs:.2f}×"


def table(headers: list[str], rows: list[list[str]], align: str) -> list[str]:
    """A Markdown table; `align` has one letter per column, l or r."""
    lines = ["| " + " | ".join(headers) + " |",
             "| " + " | ".join("---:" if a == "r" else "---" for a in align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render(records: list[dict]) -> str:
    meta = next((r for r in records if r.get("kind") == "meta"), {})
    icu = next((r for r in records if r.get("kind") == "icu"), None)
    gazzetta = {r["lexicon"]: r for r in records if r.get("kind") == "gazzetta"}
    loads = {r["lexicon"]: r for r in records if r.get("kind") == "load"}
    peers: dict[str, list[dict]] = {}
    for r in records:
        if r.get("kind") == "peer":
            peers.setdefault(r["lexicon"], []).append(r)
    batch = [r for r in records if r.get("kind") == "batch"]
    sizes = sorted(set(gazzetta) | set(peers), key=size_key)

    out: list[str] = ["# Gazzetta benchmarks", ""]
    if meta:
        corpus = meta.get("corpus", {})
        out += [f"- Run: {meta.get('date', '?')} on {meta.get('cpu', '?')}, {meta.get('cores', '?')} cores, "
                f"{meta.get('memory_gb', '?')} GB; {meta.get('python', '')}; {meta.get('swift', '')}".rstrip("; "),
                (f"- Corpus: {number(corpus.get('megabytes'))} MB of real Italian and English prose from Debian's "
                 f"documentation packages, {number(corpus.get('documents'), 0)} documents of 1–10 KB "
                 f"(Benchmarks/make_real_corpus.py: {', '.join(f'{k} {v}' for k, v in corpus.get('by_source', {}).items())})"
                 if corpus.get("kind") == "real" else
                 f"- Corpus: {number(corpus.get('megabytes'))} MB of generated Italian and English text, "
                 f"{number(corpus.get('documents'), 0)} documents of 1–10 KB (Benchmarks/make_corpus.py, seed {corpus.get('seed', '?')})"),
                f"- Lexicons: Benchmarks/make_lexicon.py, the same aliases for every tool (`.gaz` for Gazzetta, "
                f"aliases.txt for the peers); best of {meta.get('repeat', '?')} passes, each peer in its own process",
                "- MB = 10^6 bytes of UTF-8 text. Tokens are counted by each tool's own rule: ICU words for Gazzetta, "
                "spaCy tokens (punctuation included) for spaCy, whitespace-separated words for FlashText and pyahocorasick.",
                "- Load and compile: Gazzetta's *compile* parses the `.gaz` sources and builds the matcher (and writes its "
                "compiled form, `.compiled.gzc`); its *load* reads that compiled form, as every later run does. A peer's "
                "*load* reads aliases.txt and builds its matcher (it has no compiled form), so compare it with Gazzetta's compile.",
                "- \"Gazzetta ÷\" is Gazzetta's MB/s divided by the tool's at the same lexicon size: above 1, Gazzetta is faster.",
                ""]

    for size in sizes:
        ours = gazzetta.get(size)
        ours_speed = ours.get("mb_per_s") if ours else None
        first = (peers.get(size) or [ours or {}])[0]
        aliases = (ours or {}).get("lexicon_aliases") or first.get("aliases")
        out += [f"## Lexicon {size} ({number(aliases, 0)} aliases)", ""]
        rows = []
        if ours:
            rows.append(["**Gazzetta annotate**", number(ours.get("lexicon_load_seconds"), 3), number(ours.get("lexicon_compile_seconds"), 3),
                         number(ours.get("mb_per_s")), number(ours.get("tokens_per_s")), "ICU words", "—",
                         number(ours.get("peak_rss_mb"), 0), "1.00×"])
        for peer in peers.get(size, []):
            if "error" in peer:
                rows.append([peer["peer"], "—", "—", "—", "—", "—", "—", "—", f"failed: {peer['error']}"])
                continue
            rows.append([peer["peer"], number(peer.get("load_seconds"), 3), "—", number(peer.get("mb_per_s")),
                         number(peer.get("tokens_per_s")), peer.get("token_rule", ""), number(peer.get("matches"), 0),
                         number(peer.get("peak_rss_mb"), 0), ratio(ours_speed, peer.get("mb_per_s"))])
        if icu:
            rows.append(["ICU word breaks (floor)", "—", "—", number(icu.get("mb_per_s")), number(icu.get("tokens_per_s")),
                         "ICU words", "—", number(icu.get("peak_rss_mb"), 0), ratio(ours_speed, icu.get("mb_per_s"))])
        out += table(["tool", "load s", "compile s", "MB/s", "tokens/s", "token rule", "matches", "peak RSS MB", "Gazzetta ÷"],
                     rows, "lrrrrlrrr")
        out.append("")
        if size in loads:
            load = loads[size]
            out += [f"Gazzetta's compiled lexicon alone, in a fresh process: loads in {number(load.get('lexicon_load_seconds'), 3)} s "
                    f"and holds {number(load.get('lexicon_resident_mb'), 1)} MB resident.", ""]

    if sizes and gazzetta:
        names = []
        for size in sizes:
            for peer in peers.get(size, []):
                if peer["peer"] not in names:
                    names.append(peer["peer"])
        rows = []
        for size in sizes:
            ours = gazzetta.get(size, {}).get("mb_per_s")
            by_name = {p["peer"]: p for p in peers.get(size, []) if "error" not in p}
            rows.append([size, number(ours)] + [ratio(ours, by_name.get(n, {}).get("mb_per_s")) for n in names]
                        + ([ratio(ours, icu.get("mb_per_s"))] if icu else []))
        out += ["## Summary: Gazzetta's speed ÷ each tool's", ""]
        out += table(["lexicon", "Gazzetta MB/s"] + names + (["ICU floor"] if icu else []), rows, "l" + "r" * (len(names) + 1 + bool(icu)))
        out.append("")

    stages: dict[str, list[dict]] = {}
    for r in records:
        if r.get("kind") == "stages":
            stages.setdefault(r["lexicon"], []).append(r)
    if stages:
        cuts = [r["stage"] for r in next(iter(stages.values()))]
        rows = []
        for size in sorted(stages, key=size_key):
            by_cut = {r["stage"]: r for r in stages[size]}
            cells = []
            for cut in cuts:
                r = by_cut.get(cut)
                cells.append(f"{number(r.get('mb_per_s'))} ({r.get('share_of_icu', 0):.2f})" if r else "—")
            rows.append([size] + cells)
        out += ["## Where Gazzetta's time goes: the pipeline cut after each stage", "",
                "MB/s of each cut (each does every stage before it), and in brackets its throughput as a share of "
                "bare ICU's. icu: word breaks only; tokens: tokens with their keys; analysis: language, elisions, "
                "line case, sentences; matching: repairs and the lexicon walk; annotation: resolution, sectors, "
                "the document; json: written out.", ""]
        out += table(["lexicon"] + cuts, rows, "l" + "r" * len(cuts))
        out.append("")

    if batch:
        batch.sort(key=lambda r: r.get("jobs", 0))
        base = batch[0].get("seconds")
        rows = []
        for run in batch:
            seconds = run.get("seconds")
            docs_per_s = run["documents"] / seconds if seconds else None
            mb_per_s = run["megabytes"] / seconds if seconds and run.get("megabytes") else None
            status = "ok" if run.get("exit_status") == 0 else f"exit {run.get('exit_status')}, {run.get('errors', '?')} failed"
            rows.append([str(run.get("jobs")), number(seconds), number(docs_per_s), number(mb_per_s),
                         ratio(base, seconds) if base else "—", number(run.get("peak_rss_mb"), 0), status])
        lexicon = batch[0].get("lexicon", "?")
        out += [f"## Batch scaling (`gazzetta batch`, lexicon {lexicon}, {number(batch[0].get('documents'), 0)} documents)", ""]
        out += table(["jobs", "seconds", "documents/s", "MB/s", "speedup", "peak RSS MB", "status"], rows, "rrrrrrl")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("results", nargs="?", type=pathlib.Path, default=HERE / "data" / "results.jsonl",
                        help="results file (default Benchmarks/data/results.jsonl)")
    parser.add_argument("--out", type=pathlib.Path, help="also write the Markdown to this file")
    args = parser.parse_args(argv)
    if not args.results.is_file():
        parser.error(f"no results file {args.results}: run Benchmarks/run.sh first")
    records = [json.loads(line) for line in args.results.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = render(records)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
