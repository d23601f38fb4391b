"""Compares Spark's annotations with batch's, document by document: text, sentences, mentions, entities,
sectors, cooperation. A mention's `sourceBytes` is left out: batch reads files and says where each mention's
bytes are; a JSON Lines record has no file, so its mentions carry none."""
import json
import pathlib
import sys

spark_path, batch, seconds = sys.argv[1], pathlib.Path(sys.argv[2]), float(sys.argv[3])
spark = {}
for line in open(spark_path, encoding="utf-8"):
    record = json.loads(line)
    if "error" in record:
        sys.exit(f"spark: line {record.get('line')} failed: {record['error']}")
    spark[record["document"]["id"]] = record
differences, mentions, documents = [], 0, 0
for path in sorted(batch.glob("*.json")):
    if path.name == "summary.json":
        continue
    expected = json.loads(path.read_text(encoding="utf-8"))
    name = path.name.removesuffix(".json")
    got = spark.pop(name, None)
    if got is None:
        differences.append(f"{name}: not in Spark's output")
        continue
    for record in (got, expected):
        for mention in record["mentions"]:
            mention.pop("sourceBytes", None)
    for key in ("text", "sentences", "mentions", "entities", "sectors", "cooperation"):
        if got.get(key) != expected.get(key):
            differences.append(f"{name}: {key} differ")
    mentions += len(expected["mentions"])
    documents += 1
differences += [f"{name}: only in Spark's output" for name in spark]
print(json.dumps({"documents": documents, "mentions": mentions,
                  "differences": differences, "spark_seconds": round(seconds, 1)}))
sys.exit(1 if differences else 0)
