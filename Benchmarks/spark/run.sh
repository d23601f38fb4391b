#!/usr/bin/env bash
# Proves the README's Spark recipe: a local-mode Spark job pipes a JSON Lines corpus through the release
# binary (rdd.pipe("gazzetta annotate --jsonl")) and its annotations are compared with `gazzetta batch` over
# the same texts. A benchmark-style check, not part of `swift test`: it needs PyPI's pyspark and Java 17.
#
#   Benchmarks/spark/run.sh [BINARY]      (default .build/release/gazzetta; build it with the README's install step)
#
# Writes its work under .build/spark/ and prints one JSON line: documents, mentions, differences, seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=$(realpath "${1:-.build/release/gazzetta}")
lexicons=$(realpath "${GAZZETTA_LEXICONS:-Lexicons}")
work=.build/spark
[ -x "$binary" ] || { echo "spark: no binary at $binary (swift build -c release --static-swift-stdlib)" >&2; exit 1; }
command -v java >/dev/null || { echo "spark: Spark needs Java (17 works)" >&2; exit 1; }
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark

rm -rf "$work" && mkdir -p "$work/texts"
# The corpus: every plain-text article of Corpus/, as files (for batch) and as JSON Lines (for Spark), same ids.
python3 Benchmarks/spark/corpus.py Corpus "$work/texts" > "$work/corpus.jsonl"
"$binary" batch "$work/texts" --out "$work/batch" --lexicons "$lexicons" --quiet
start=$(date +%s.%N)
python3 Benchmarks/spark/pipe.py "$binary" "$lexicons" "$work/corpus.jsonl" "$work/spark.jsonl" 2> "$work/spark.log"
end=$(date +%s.%N)
python3 Benchmarks/spark/compare.py "$work/spark.jsonl" "$work/batch" "$(echo "$end - $start" | bc)"
