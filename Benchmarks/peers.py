#!/usr/bin/env python3
"""Run Gazzetta's peers over a corpus with an alias list; print one JSON line per peer.

    Benchmarks/.venv/bin/python Benchmarks/peers.py --corpus data/corpus/corpus.jsonl \\
        --aliases data/lexicon-1k/aliases.txt [--repeat 3] [--peers spacy-tokenizer,flashtext]

Peers (each in its own subprocess, so its peak memory is its own):

- `spacy-tokenizer`     spacy.blank("it") / spacy.blank("en"), tokenizer only: the floor of spaCy.
- `spacy-phrasematcher` the same plus a PhraseMatcher(attr="LOWER") holding every alias (one match
                        key per entity id); overlapping matches resolved with spacy.util.filter_spans.
- `spacy-entityruler`   the same plus an EntityRuler (phrase_matcher_attr="LOWER"), label = the id's kind.
- `flashtext`           KeywordProcessor(case_sensitive=False); letters up to U+024F (à, é, ł…) count as word
                        characters, not only FlashText's default ASCII ones.
- `pyahocorasick`       an Aho-Corasick automaton over the lower-cased aliases, run on the lower-cased text;
                        a match must start and end at non-alphanumeric boundaries, then leftmost-longest,
                        non-overlapping matches are kept.

spaCy peers get each document through nlp.pipe(batch_size=…) with the pipeline of its language
(`lang` of corpus.jsonl). spaCy tokens are spaCy's (punctuation included); FlashText and pyahocorasick
tokens are whitespace-separated words: the `token_rule` key says which.

Output keys: peer, aliases, load_seconds (reading the alias list and building the matcher, pipelines
included), seconds (processing, best of --repeat), megabytes (UTF-8 bytes of the documents / 10^6),
mb_per_s, tokens, tokens_per_s, matches, peak_rss_mb (the subprocess's maximum resident set size, corpus in
memory included), token_rule, documents, passes (how many of --repeat were run, see --budget), version. A peer that fails prints {"peer", "error"} and the
exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

PEERS = ("spacy-tokenizer", "spacy-phrasematcher", "spacy-entityruler", "flashtext", "pyahocorasick")


# ---------------------------------------------------------------------------------------------- input

def read_corpus(path: pathlib.Path) -> list[tuple[str, str]]:
    """The documents as (lang, text): corpus.jsonl (one {"lang", "text"} a line), or a plain text file
    cut on blank lines, each piece's language guessed from its function words."""
    documents: list[tuple[str, str]] = []
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    record = json.loads(line)
                    documents.append((record.get("lang") or guess_language(record["text"]), record["text"]))
        return documents
    text = path.read_text(encoding="utf-8")
    for piece in text.split("\n\n"):
        if piece.strip():
            documents.append((guess_language(piece), piece))
    return documents


_ITALIAN = {"il", "la", "di", "che", "e", "per", "del", "della", "con", "non", "una", "sono", "nel", "alla"}
_ENGLISH = {"the", "of", "and", "to", "in", "that", "is", "for", "with", "on", "as", "was", "by", "its"}


def guess_language(text: str) -> str:
    """"it" or "en", whichever language's function words are commoner in `text`."""
    words = text.lower().split()
    italian = sum(w in _ITALIAN for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "it" if italian > english else "en"


def read_aliases(path: pathlib.Path) -> list[tuple[str, str]]:
    """The alias list: (alias, entity id) from `alias<TAB>id` lines (an id-less line gets its own text)."""
    pairs = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            line = line.rstrip("\n")
            if line:
                alias, _, entity = line.partition("\t")
                pairs.append((alias, entity or alias))
    return pairs


# ---------------------------------------------------------------------------------------------- peers

class Peer:
    """A peer: `load` builds its matcher from the alias list, `process` runs over the documents and
    returns (tokens, matches)."""

    token_rule = "whitespace"
    uses_aliases = True

    def __init__(self, batch_size: int):
        self.batch_size = batch_size

    def load(self, aliases: pathlib.Path) -> int:
        raise NotImplementedError

    def process(self, documents: list[tuple[str, str]]) -> tuple[int, int]:
        raise NotImplementedError

    @staticmethod
    def version() -> str:
        return ""


class SpacyTokenizer(Peer):
    token_rule = "spacy"
    uses_aliases = False

    def __init__(self, batch_size: int):
        super().__init__(batch_size)
        import spacy
        self.spacy = spacy
        self.nlps = {}

    @staticmethod
    def version() -> str:
        import spacy
        return f"spacy {spacy.__version__}"

    def pipelines(self) -> None:
        for lang in ("it", "en"):
            nlp = self.spacy.blank(lang)
            nlp.max_length = 10**9  # documents are small; a plain text file may not be
            self.nlps[lang] = nlp

    def load(self, aliases: pathlib.Path) -> int:
        self.pipelines()
        return 0

    def by_language(self, documents):
        for lang, nlp in self.nlps.items():
            texts = [text for doc_lang, text in documents if doc_lang == lang]
            if texts:
                yield lang, nlp, texts

    def process(self, documents):
        tokens = 0
        for _, nlp, texts in self.by_language(documents):
            for doc in nlp.pipe(texts, batch_size=self.batch_size):
                tokens += len(doc)
        return tokens, 0


class SpacyPhraseMatcher(SpacyTokenizer):
    uses_aliases = True

    def load(self, aliases: pathlib.Path) -> int:
        from spacy.matcher import PhraseMatcher
        self.pipelines()
        pairs = read_aliases(aliases)
        texts = [alias for alias, _ in pairs]
        self.matchers = {}
        for lang, nlp in self.nlps.items():
            by_entity: dict[str, list] = {}
            for (_, entity), pattern in zip(pairs, nlp.tokenizer.pipe(texts, batch_size=1000)):
                by_entity.setdefault(entity, []).append(pattern)
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            for entity, patterns in by_entity.items():
                matcher.add(entity, patterns)
            self.matchers[lang] = matcher
        return len(pairs)

    def process(self, documents):
        from spacy.util import filter_spans
        tokens = matches = 0
        for lang, nlp, texts in self.by_language(documents):
            matcher = self.matchers[lang]
            for doc in nlp.pipe(texts, batch_size=self.batch_size):
                tokens += len(doc)
                matches += len(filter_spans(matcher(doc, as_spans=True)))
        return tokens, matches


class SpacyEntityRuler(SpacyTokenizer):
    uses_aliases = True

    def load(self, aliases: pathlib.Path) -> int:
        self.pipelines()
        pairs = read_aliases(aliases)
        patterns = [{"label": entity.split(":", 1)[0], "pattern": alias, "id": entity} for alias, entity in pairs]
        for nlp in self.nlps.values():
            ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
            ruler.add_patterns(patterns)
        return len(pairs)

    def process(self, documents):
        tokens = matches = 0
        for _, nlp, texts in self.by_language(documents):
            for doc in nlp.pipe(texts, batch_size=self.batch_size):
                tokens += len(doc)
                matches += len(doc.ents)
        return tokens, matches


class FlashText(Peer):
    @staticmethod
    def version() -> str:
        import importlib.metadata
        return f"flashtext {importlib.metadata.version('flashtext')}"

    def load(self, aliases: pathlib.Path) -> int:
        from flashtext import KeywordProcessor
        self.processor = KeywordProcessor(case_sensitive=False)
        # FlashText's word characters are ASCII letters, digits and '_'; Italian needs à, è, ì…
        self.processor.set_non_word_boundaries({chr(c) for c in range(0x250) if chr(c).isalnum()} | {"_"})
        pairs = read_aliases(aliases)
        for alias, entity in pairs:
            self.processor.add_keyword(alias, entity)
        return len(pairs)

    def process(self, documents):
        tokens = matches = 0
        extract = self.processor.extract_keywords
        for _, text in documents:
            tokens += len(text.split())
            matches += len(extract(text))
        return tokens, matches


class PyAhoCorasick(Peer):
    @staticmethod
    def version() -> str:
        import importlib.metadata
        return f"pyahocorasick {importlib.metadata.version('pyahocorasick')}"

    def load(self, aliases: pathlib.Path) -> int:
        import ahocorasick
        self.automaton = ahocorasick.Automaton()
        pairs = read_aliases(aliases)
        for alias, entity in pairs:
            key = alias.lower()
            if key not in self.automaton:  # the first entity of a shared alias keeps it
                self.automaton.add_word(key, (len(key), entity))
        self.automaton.make_automaton()
        return len(pairs)

    def process(self, documents):
        tokens = matches = 0
        iterate = self.automaton.iter
        for _, text in documents:
            tokens += len(text.split())
            lower = text.lower()
            size = len(lower)
            found = []
            for end, (length, _) in iterate(lower):
                start = end - length + 1
                if (start == 0 or not lower[start - 1].isalnum()) and (end + 1 == size or not lower[end + 1].isalnum()):
                    found.append((start, -length))
            # Leftmost-longest, non-overlapping.
            found.sort()
            reached = -1
            for start, negative_length in found:
                if start >= reached:
                    matches += 1
                    reached = start - negative_length
        return tokens, matches


CLASSES = {"spacy-tokenizer": SpacyTokenizer, "spacy-phrasematcher": SpacyPhraseMatcher,
           "spacy-entityruler": SpacyEntityRuler, "flashtext": FlashText, "pyahocorasick": PyAhoCorasick}


# ---------------------------------------------------------------------------------------------- running

def run_one(name: str, corpus: pathlib.Path, aliases: pathlib.Path, repeat: int, batch_size: int,
            budget: float) -> dict:
    """Measure one peer in this process (the child side): load, then up to `repeat` passes, stopping
    early once the passes have taken `budget` seconds (a slow peer gets one pass)."""
    documents = read_corpus(corpus)
    megabytes = sum(len(text.encode("utf-8")) for _, text in documents) / 1e6
    peer = CLASSES[name](batch_size)
    started = time.perf_counter()
    alias_count = peer.load(aliases)
    load_seconds = time.perf_counter() - started
    best = float("inf")
    tokens = matches = passes = 0
    spent = 0.0
    while passes < max(1, repeat) and (passes == 0 or spent < budget):
        started = time.perf_counter()
        tokens, matches = peer.process(documents)
        elapsed = time.perf_counter() - started
        best = min(best, elapsed)
        spent += elapsed
        passes += 1
    return {"peer": name, "aliases": alias_count, "load_seconds": round(load_seconds, 4), "seconds": round(best, 4),
            "megabytes": round(megabytes, 4), "mb_per_s": round(megabytes / best, 4), "tokens": tokens,
            "tokens_per_s": round(tokens / best, 1), "matches": matches, "token_rule": peer.token_rule,
            "documents": len(documents), "passes": passes, "version": peer.version()}


def spawn(name: str, args: argparse.Namespace) -> dict:
    """Run one peer in a subprocess and add its peak RSS, from the kernel's accounting of that very child
    (os.wait4: the child's own rusage, where RUSAGE_CHILDREN would give the maximum over all children)."""
    command = [sys.executable, os.path.abspath(__file__), "--child", name, "--corpus", str(args.corpus),
               "--aliases", str(args.aliases), "--repeat", str(args.repeat), "--batch-size", str(args.batch_size),
               "--budget", str(args.budget)]
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as output:
        process = subprocess.Popen(command, stdout=output)
        deadline = time.monotonic() + args.timeout if args.timeout else None
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.monotonic() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                process.returncode = -9
                return {"peer": name, "error": f"timed out after {args.timeout:g} s"}
            time.sleep(0.05)
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        lines = [line for line in output.read().splitlines() if line.startswith("{")]
    if process.returncode != 0:
        return {"peer": name, "error": f"exit status {process.returncode}"}
    if not lines:
        return {"peer": name, "error": "no output"}
    result = json.loads(lines[-1])
    result["peak_rss_mb"] = round(usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)  # bytes on macOS, KB on Linux
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 2)[2],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=pathlib.Path, required=True, help="corpus.jsonl, or a text file (split on blank lines)")
    parser.add_argument("--aliases", type=pathlib.Path, required=True, help="alias list: alias<TAB>entity-id a line")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported (default 3)")
    parser.add_argument("--peers", default=",".join(PEERS), help=f"comma-separated subset of: {', '.join(PEERS)}")
    parser.add_argument("--budget", type=float, default=120,
                        help="stop repeating once a peer's passes took this many seconds (default 120)")
    parser.add_argument("--batch-size", type=int, default=64, help="spaCy nlp.pipe batch size (default 64)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds allowed to one peer (default: no limit)")
    parser.add_argument("--child", choices=PEERS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_one(args.child, args.corpus, args.aliases, args.repeat, args.batch_size, args.budget)), flush=True)
        return 0

    names = [n.strip() for n in args.peers.split(",") if n.strip()]
    unknown = [n for n in names if n not in PEERS]
    if unknown:
        parser.error(f"unknown peer(s): {', '.join(unknown)}")
    for path in (args.corpus, args.aliases):
        if not path.is_file():
            parser.error(f"no such file: {path}")
    failed = False
    for name in names:
        result = spawn(name, args)
        failed |= "error" in result
        print(json.dumps(result), flush=True)
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
