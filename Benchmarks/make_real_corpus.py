#!/usr/bin/env python3
"""Writes a benchmark corpus of real Italian and English prose from Debian's documentation packages.

The generated corpus (`make_corpus.py`) recombines our own Corpus sentences, so it repeats their vocabulary
and their entities. This one is real, varied prose in both languages: manuals, tutorials, man pages and
fortunes (quotations, proverbs, jokes, verse), taken as installed by these Debian packages:

    apt-get install debian-reference-it debian-reference-en maint-guide-it maint-guide \
        fortunes-it fortunes-min fortunes manpages-it manpages

The texts are not committed (their licences vary: see each package's /usr/share/doc/*/copyright); this
script makes them again, the same bytes from the same package versions (`corpus.json` records the versions):

    python3 Benchmarks/make_real_corpus.py Benchmarks/data/real-corpus
    Benchmarks/run.sh --corpus real          # the benchmarks on it (run.sh calls this script itself)

Markup is stripped: HTML keeps the text of its paragraphs, list items, headings and table cells (not <pre>);
man pages are rendered by groff on one very long line per paragraph (no hyphenation, no justification) and
their bold and underline dropped; plain-text manuals have their hard-wrapped paragraphs joined. Fortunes keep
their lines (verse stays verse). Each document is 1–10 KB, cut at paragraph ends.

Outputs, the same layout as make_corpus.py's:
- `docs/{it,en}/<source>-NNNN.txt`;
- `corpus.jsonl`: {"id", "lang", "date", "text"} a line; `corpus.txt`: the documents, a blank line apart;
- `files.txt`: the document paths relative to OUT_DIR; `corpus.json`: counts, sources and package versions.
"""
import argparse
import gzip
import html.parser
import json
import pathlib
import re
import shutil
import subprocess
import sys

PACKAGES = ["debian-reference-it", "debian-reference-en", "maint-guide-it", "maint-guide", "fortunes-it",
            "fortunes-min", "fortunes", "manpages-it", "manpages"]
MAX_BYTES = 10_000
MIN_BYTES = 1_000
# Fortune files that are pictures or lists, not prose.
FORTUNE_SKIP = {"ascii-art", "banner", "linux", "kernelnewbies"}
ENGLISH_MAN_SECTIONS = ["1", "5", "7", "8"]  # the sections manpages-it translates


class ProseHTML(html.parser.HTMLParser):
    """The text of an HTML page's prose blocks, a paragraph each."""
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current, self.depth, self.skip = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.flush()
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("pre", "script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.flush()
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []


def html_paragraphs(path):
    parser = ProseHTML()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.flush()
    return parser.paragraphs


def plain_paragraphs(text):
    """Blank-line-separated blocks, their hard-wrapped lines joined; rules and boxes dropped."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        joined = " ".join(lines)
        if joined and re.search(r"[^\W\d_]{3}", joined) and not re.fullmatch(r"[\W_]+", joined):
            paragraphs.append(joined)
    return paragraphs


def man_paragraphs(path):
    """A man page rendered by groff, one paragraph a line (a 10,000-character line length)."""
    source = gzip.open(path, "rb").read() if path.suffix == ".gz" else path.read_bytes()
    if source.startswith(b".so "):  # a link to another page
        return []
    result = subprocess.run(["groff", "-k", "-Kutf-8", "-man", "-Tutf8", "-rLL=10000n", "-rLT=10000n", "-P-cbou", "-Wall"],
                            input=source, capture_output=True, check=False)
    text = result.stdout.decode("utf-8", errors="replace")
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    # groff's running header and footer repeat the page name and date: drop the first and last lines.
    paragraphs = [p for p in paragraphs[1:-1] if p and re.search(r"[^\W\d_]{3}", p)]
    return paragraphs


def fortune_paragraphs(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = re.sub(r".\x08", "", text)  # overstrike (bold by backspace)
    entries = [entry.strip("\n") for entry in re.split(r"^%\s*$", text, flags=re.M)]
    return [entry for entry in entries if entry.strip()]


def documents(paragraphs, separator="\n\n"):
    """Paragraphs grouped into documents of at most MAX_BYTES (one longer paragraph is a document alone)."""
    current, size = [], 0
    for paragraph in paragraphs:
        length = len(paragraph.encode("utf-8")) + len(separator)
        if current and size + length > MAX_BYTES:
            yield separator.join(current) + "\n"
            current, size = [], 0
        current.append(paragraph)
        size += length
    if current and size >= MIN_BYTES // 4:
        yield separator.join(current) + "\n"


def sources():
    """(language, source name, documents) in a fixed order."""
    reference = pathlib.Path("/usr/share/debian-reference")
    for lang in ("it", "en"):
        paragraphs = [p for page in sorted(reference.glob(f"*.{lang}.html")) for p in html_paragraphs(page)]
        yield lang, "debian-reference", documents(paragraphs)
    for lang, path in (("it", "/usr/share/doc/maint-guide-it/maint-guide.it.txt.gz"),
                       ("en", "/usr/share/doc/maint-guide/maint-guide.en.txt.gz")):
        yield lang, "maint-guide", documents(plain_paragraphs(gzip.open(path, "rt", encoding="utf-8").read()))
    italian_pages = sorted(pathlib.Path("/usr/share/man/it").glob("man*/*"))
    yield "it", "man", documents([p for page in italian_pages for p in man_paragraphs(page)])
    # English: the pages translated in manpages-it, plus the overviews of section 7 (all of man1 would be
    # 90% of the corpus).
    translated = {page.name for page in italian_pages}
    english_pages = sorted(page for section in ENGLISH_MAN_SECTIONS
                           for page in pathlib.Path(f"/usr/share/man/man{section}").glob("*")
                           if page.name in translated or section == "7")
    yield "en", "man", documents([p for page in english_pages for p in man_paragraphs(page)])
    fortunes = pathlib.Path("/usr/share/games/fortunes")
    for lang, folder in (("it", fortunes / "it"), ("en", fortunes)):
        files = sorted(path for path in folder.iterdir()
                       if path.is_file() and not path.is_symlink() and path.suffix == "" and path.name not in FORTUNE_SKIP)
        yield lang, "fortunes", documents([e for path in files for e in fortune_paragraphs(path)])


def package_versions():
    result = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n", *PACKAGES],
                            capture_output=True, text=True, check=False)
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("out_dir", type=pathlib.Path, help="folder to write (its docs/ is replaced)")
    args = parser.parse_args()
    versions = package_versions()
    missing = [name for name in PACKAGES if name not in versions]
    if missing:
        sys.exit("make_real_corpus.py: install first: apt-get install " + " ".join(missing))
    if shutil.which("groff") is None:
        sys.exit("make_real_corpus.py: groff is needed for the man pages (apt-get install groff-base)")

    out = args.out_dir
    shutil.rmtree(out / "docs", ignore_errors=True)
    for lang in ("it", "en"):
        (out / "docs" / lang).mkdir(parents=True, exist_ok=True)
    paths, counts, total = [], {}, 0
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as jsonl, open(out / "corpus.txt", "w", encoding="utf-8") as txt:
        for lang, name, docs in sources():
            for number, text in enumerate(docs, 1):
                relative = f"docs/{lang}/{name}-{number:04d}.txt"
                (out / relative).write_text(text, encoding="utf-8")
                doc_id = f"{lang}-{name}-{number:04d}"
                jsonl.write(json.dumps({"id": doc_id, "lang": lang, "date": "2026-01-01", "text": text}, ensure_ascii=False) + "\n")
                txt.write(text + "\n")
                paths.append(relative)
                key = f"{lang}/{name}"
                counts[key] = counts.get(key, 0) + 1
                total += len(text.encode("utf-8"))
    (out / "files.txt").write_text("\n".join(paths) + "\n", encoding="utf-8")
    summary = {"kind": "real", "documents": len(paths), "bytes": total, "megabytes": round(total / 1e6, 2),
               "by_source": counts, "packages": versions}
    (out / "corpus.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
