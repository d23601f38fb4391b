"""Shared helpers of the benchmark generators: reading Gazzetta's `.gaz` lexicons and the Corpus articles.

Only the standard library is used, so `make_corpus.py` and `make_lexicon.py` run with any Python 3.9+
(no virtual environment needed).

The `.gaz` format is described in `Lexicons/README.md`. This reader is deliberately lenient: it keeps
what the generators need (ids, type, subtype, labels and alias lists) and ignores everything else.
"""

from __future__ import annotations

import dataclasses
import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = REPO / "Lexicons"
CORPUS = REPO / "Corpus"
LANGUAGES = ("it", "en")

# The alias-bearing fields of the format, by base name (`name.it` -> `name`, language `it`).
ALIAS_FIELDS = ("name", "acronym", "adj", "prefix", "short", "cue")

_OPTIONS = re.compile(r"\s*\[[^\]]*\]\s*$")


@dataclasses.dataclass(frozen=True)
class Alias:
    """One alias as written in a `.gaz` file: its text without `[options]`, and where it came from."""

    text: str
    kind: str  # name, acronym, adj, prefix, short or cue
    lang: str | None  # "it", "en" or None (any language)
    options: tuple[str, ...] = ()


@dataclasses.dataclass
class Record:
    """One `[id]` record: the fields the generators use."""

    id: str
    type: str = ""
    subtype: str = ""
    labels: dict[str, str] = dataclasses.field(default_factory=dict)
    aliases: list[Alias] = dataclasses.field(default_factory=list)

    @property
    def kind(self) -> str:
        """The id's kind: `country`, `city`, `person`…"""
        return self.id.split(":", 1)[0]

    def forms(self, kind: str, lang: str | None = None) -> list[str]:
        """The alias texts of one field kind usable in `lang` (language-neutral ones included)."""
        return [a.text for a in self.aliases if a.kind == kind and (lang is None or a.lang in (None, lang))]


def split_alias(item: str) -> tuple[str, tuple[str, ...]]:
    """`"Usa [cap]"` -> `("Usa", ("cap",))`; `"Cina"` -> `("Cina", ())`."""
    item = item.strip()
    match = _OPTIONS.search(item)
    if not match:
        return item, ()
    options = tuple(o.strip() for o in match.group(0).strip()[1:-1].split(",") if o.strip())
    return item[: match.start()].strip(), options


def parse_gaz(text: str) -> list[Record]:
    """The records of one `.gaz` file's text. Directives and comments are skipped."""
    records: list[Record] = []
    current: Record | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("@"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = Record(id=line[1:-1].strip())
            records.append(current)
            continue
        if current is None or "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        base, _, lang = key.partition(".")
        if base == "type":
            current.type = value
        elif base == "subtype":
            current.subtype = value
        elif base == "label" and lang in LANGUAGES:
            current.labels[lang] = value
        elif base in ALIAS_FIELDS and (lang in LANGUAGES or lang == ""):
            for item in value.split("|"):
                text, options = split_alias(item)
                if text:
                    current.aliases.append(Alias(text, base, lang or None, options))
    return records


def load_lexicons(directory: pathlib.Path = LEXICONS) -> list[Record]:
    """Every record of every `.gaz` file under `directory`, files in sorted order (deterministic)."""
    records: list[Record] = []
    for path in sorted(directory.rglob("*.gaz")):
        records.extend(parse_gaz(path.read_text(encoding="utf-8")))
    return records


# Italian adjectives are written in the masculine singular; the tool inflects them with these rules
# (the same table as Sources/GazzettaText/Languages/it/ItalianInflection.swift: first matching ending).
# Each produced form carries its slots: m/f for gender, s/p for number.
_IT_INFLECTION = (
    ("co", (("ca", "fs"), ("ci", "mp"), ("chi", "mp"), ("che", "fp"))),
    ("go", (("ga", "fs"), ("gi", "mp"), ("ghi", "mp"), ("ghe", "fp"))),
    ("io", (("ia", "fs"), ("i", "mp"), ("ie", "fp"))),
    ("o", (("a", "fs"), ("i", "mp"), ("e", "fp"))),
    ("e", (("i", "mp fp"),)),
    ("ista", (("isti", "mp"), ("iste", "fp"))),
    ("ita", (("iti", "mp"), ("ite", "fp"))),
    ("a", (("i", "mp"), ("e", "fp"))),
)


def inflect_it(adjective: str) -> list[tuple[str, frozenset[str]]]:
    """The forms of an Italian adjective with their slots: `russo` -> russo {ms}, russa {fs}, russi {mp}, russe {fp}."""
    for ending, forms in _IT_INFLECTION:
        if adjective.endswith(ending):
            stem = adjective[: len(adjective) - len(ending)]
            base_slots = frozenset({"ms", "fs"}) if ending == "e" else frozenset({"ms"})
            return [(adjective, base_slots)] + [(stem + suffix, frozenset(slots.split())) for suffix, slots in forms]
    return [(adjective, frozenset({"ms", "fs", "mp", "fp"}))]


@dataclasses.dataclass
class Article:
    """One Corpus article: title, byline author, and the paragraphs of the body."""

    lang: str
    name: str
    title: str
    author: str
    paragraphs: list[str]


_BYLINE = re.compile(r"^(?:Di|By)\s+(\S.*)$")


def load_articles(directory: pathlib.Path = CORPUS) -> list[Article]:
    """The articles of `Corpus/it` and `Corpus/en`, sorted by path.

    An article is a title line, a blank line, a block of byline ("Di …" / "By …") and date, then
    paragraphs separated by blank lines."""
    articles = []
    for lang in LANGUAGES:
        for path in sorted((directory / lang).glob("*.txt")):
            blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
            title = blocks[0].splitlines()[0]
            author = ""
            body = blocks[1:]
            if body and _BYLINE.match(body[0].splitlines()[0]):
                author = _BYLINE.match(body[0].splitlines()[0]).group(1).strip()
                body = body[1:]
            paragraphs = [" ".join(line.strip() for line in block.splitlines()) for block in body]
            articles.append(Article(lang, path.stem, title, author, paragraphs))
    return articles


# Sentence ends: . ! ? followed by space and an upper-case letter or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«\"“‘'])")


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences (good enough for the Corpus articles, not a general splitter)."""
    return [s for s in _SENTENCE_END.split(paragraph) if s]


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    """The alphabetic words of `text` (elided forms such as *dell'Asia* kept whole)."""
    return _WORD.findall(text)


def common_words() -> set[str]:
    """Lower-case words that must never be a generated alias: every word the Corpus articles write in
    lower case, and the common- and stop-word lists the tool itself ships (Sources/GazzettaText/Languages)."""
    found: set[str] = set()
    for article in load_articles():
        for paragraph in [article.title, *article.paragraphs]:
            found.update(w.lower() for w in words(paragraph) if w[0].islower())
    languages = REPO / "Sources" / "GazzettaText" / "Languages"
    for path in sorted(languages.glob("*/*Words.swift")):
        found.update(w.lower() for w in re.findall(r'"([^"\\]+)"', path.read_text(encoding="utf-8")))
    return found
