"""Writes each plain-text article under CORPUS as OUT/<set>-<lang>-<name> and, on standard output, as a JSON
Lines record {"id", "text"} with the same id: the same documents for batch and for Spark (the language
detected in both, as batch does)."""
import json
import pathlib
import sys

corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(corpus.rglob("*.txt")):
    parts = path.relative_to(corpus).parts
    name = "-".join(parts)
    text = path.read_bytes().decode("utf-8")
    (out / name).write_bytes(path.read_bytes())
    print(json.dumps({"id": name, "text": text.removeprefix("\ufeff")}, ensure_ascii=False))
