#!/usr/bin/env bash
# Gazzetta's benchmarks, one command: throughput of `gazzetta annotate` against its peers on the same
# text with the same aliases, lexicon load/compile time and peak memory at 1k, 100k and 1M aliases,
# the ICU word-break floor, where Gazzetta's time goes (the pipeline cut after each stage), and
# `gazzetta batch` scaling from 1 job to every core.
#
#   Benchmarks/run.sh                      # the full run (over an hour and 14 GB peak on 2 cores: spaCy's
#                                          # EntityRuler at 1M alone takes about 35 minutes)
#   Benchmarks/run.sh --quick              # 5 MB, lexicons 1k and 100k, one pass: a smoke test
#   Benchmarks/run.sh --megabytes 100 --sizes "1k 1M" --repeat 5 --peers flashtext,pyahocorasick
#
# Options:
#   --megabytes N    corpus size in MB (default 50)         --seed N        corpus seed (default 1)
#   --sizes "A B"    lexicon sizes (default "1k 100k 1M")   --repeat N      passes, best kept (default 3)
#   --peers LIST     peers.py --peers (default: all)        --budget S      peers.py --budget (default 120)
#   --no-build       use the existing .build/release/gazzetta
#   --gazzetta PATH  use this gazzetta binary (implies --no-build)
#   --no-gazzetta    peers and generators only (no Swift binary needed)
#   --no-peers       Gazzetta only                          --no-batch      skip batch scaling
#   --corpus KIND    generated (default: make_corpus.py) or real (make_real_corpus.py: Debian's Italian and
#                    English documentation, man pages and fortunes, 13 MB; needs its packages installed)
#
# Steps: setup.sh (the peers' venv), `swift build -c release --product gazzetta`, the corpus and the
# lexicons (cached in Benchmarks/data/, remade when their inputs or generators change), then the runs.
# Raw results go to Benchmarks/data/results.jsonl (the previous run's to results.previous.jsonl); the
# tables are printed and written to Benchmarks/data/results.md (`report.py` makes them again).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
data="$here/data"

megabytes=50 seed=1 sizes="1k 100k 1M" repeat=3 peers="" budget=120 bin="$root/.build/release/gazzetta"
build=1 with_gazzetta=1 with_peers=1 with_batch=1 corpus_kind=generated
while [[ $# -gt 0 ]]; do
    case "$1" in
        --megabytes) megabytes="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --repeat) repeat="$2"; shift 2 ;;
        --peers) peers="$2"; shift 2 ;;
        --budget) budget="$2"; shift 2 ;;
        --quick) megabytes=5 sizes="1k 100k" repeat=1; shift ;;
        --no-build) build=0; shift ;;
        --gazzetta) bin="$2" build=0; shift 2 ;;
        --no-gazzetta) with_gazzetta=0 build=0 with_batch=0; shift ;;
        --no-peers) with_peers=0; shift ;;
        --no-batch) with_batch=0; shift ;;
        --corpus) corpus_kind="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
    esac
done

say() { echo "run.sh: $*" >&2; }
die() { echo "run.sh: error: $*" >&2; exit 1; }

# Appends "kind" (and "lexicon") to every JSON line read on standard input.
tag() {
    python3 -c '
import json, sys
kind, lexicon = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        record = {"kind": kind, **({"lexicon": lexicon} if lexicon else {}), **json.loads(line)}
        print(json.dumps(record))
' "$1" "${2:-}"
}

# A fingerprint of a parameter string and files: cached data are remade when it changes.
sha256() { if command -v sha256sum >/dev/null; then sha256sum; else shasum -a 256; fi; }
stamp() { local parameters="$1"; shift; { echo "$parameters"; cat "$@"; } | sha256 | cut -c1-16; }

mkdir -p "$data"

# ------------------------------------------------------------------ 1. peers, Gazzetta
if [[ $with_peers == 1 ]]; then
    "$here/setup.sh"
fi
python="$here/.venv/bin/python"

if [[ $build == 1 ]]; then
    say "building Gazzetta (release)"
    (cd "$root" && swift build -c release --product gazzetta) >&2 || die "swift build -c release --product gazzetta failed"
fi
if [[ $with_gazzetta == 1 ]]; then
    [[ -x "$bin" ]] || die "no $bin: build it (swift build -c release --product gazzetta) or pass --no-gazzetta"
    if ! "$bin" benchmark --help >/dev/null 2>&1; then
        die "$bin has no 'benchmark' subcommand: this build predates Sources/gazzetta/Commands/Benchmark.swift (rebuild, or pass --no-gazzetta)"
    fi
fi

# ------------------------------------------------------------------ 2. corpus and lexicons (cached)
generators=("$here/gaz.py" "$here/names.py")
inputs=()
while IFS= read -r -d '' file; do inputs+=("$file"); done \
    < <(find "$root/Corpus" "$root/Lexicons" "$root/Sources/GazzettaText/Languages" -type f \( -name '*.txt' -o -name '*.gaz' -o -name '*Words.swift' \) -print0 | sort -z)

if [[ $corpus_kind == real ]]; then
    # Remade when the script or the packages' versions change (the texts are never committed).
    corpus="$data/real-corpus"
    versions="$(dpkg-query -W -f '${Package} ${Version}\n' debian-reference-it debian-reference-en maint-guide-it \
        maint-guide fortunes-it fortunes-min fortunes manpages-it manpages 2>/dev/null || true)"
    want="$(stamp "real $versions" "$here/make_real_corpus.py")"
    if [[ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$want" ]]; then
        say "making the real-prose corpus in $corpus"
        python3 "$here/make_real_corpus.py" "$corpus" >&2
        echo "$want" > "$corpus/.stamp"
    else
        say "real-prose corpus cached in $corpus"
    fi
elif [[ $corpus_kind != generated ]]; then
    die "--corpus is generated or real, not $corpus_kind"
fi
[[ $corpus_kind == real ]] || corpus="$data/corpus-${megabytes}mb-seed$seed"
want_generated="$(stamp "$megabytes $seed" "$here/make_corpus.py" "${generators[@]}" "${inputs[@]}")"
if [[ $corpus_kind == real ]]; then
    :
elif [[ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$want_generated" ]]; then
    want="$want_generated"
    say "making the corpus in $corpus"
    python3 "$here/make_corpus.py" "$corpus" --megabytes "$megabytes" --seed "$seed"
    echo "$want" > "$corpus/.stamp"
else
    say "corpus cached in $corpus"
fi

for size in $sizes; do
    lexicon="$data/lexicon-$size"
    want="$(stamp "$size" "$here/make_lexicon.py" "${generators[@]}" "${inputs[@]}")"
    if [[ "$(cat "$lexicon/.stamp" 2>/dev/null)" != "$want" ]]; then
        say "making the $size lexicon in $lexicon"
        python3 "$here/make_lexicon.py" "$lexicon" --aliases "$size"
        echo "$want" > "$lexicon/.stamp"
    else
        say "lexicon $size cached in $lexicon"
    fi
done

# ------------------------------------------------------------------ 3. runs
results="$data/results.jsonl"
[[ -f "$results" ]] && mv "$results" "$data/results.previous.jsonl"
: > "$results"

python3 - "$corpus/corpus.json" "$repeat" "$([[ -x "$python" ]] && "$python" --version 2>&1)" \
    "$(command -v swift >/dev/null && swift --version 2>/dev/null | head -n1)" >> "$results" <<'PY'
import datetime, json, os, platform, sys
corpus = json.load(open(sys.argv[1]))
def proc(path, prefix, default):
    try:
        return next((l.split(":", 1)[1].strip() for l in open(path) if l.startswith(prefix)), default)
    except OSError:  # not Linux
        return default
cpu = proc("/proc/cpuinfo", "model name", platform.processor() or platform.machine())
memory = int(proc("/proc/meminfo", "MemTotal", "0 kB").split()[0])
print(json.dumps({"kind": "meta", "date": datetime.datetime.now().isoformat(timespec="seconds"), "cpu": cpu,
                  "cores": os.cpu_count(), "memory_gb": round(memory / 1024 / 1024, 1), "python": sys.argv[3],
                  "swift": sys.argv[4], "repeat": int(sys.argv[2]), "corpus": corpus}))
PY

files=()
while IFS= read -r file; do files+=("$file"); done < "$corpus/files.txt"
if [[ $with_gazzetta == 1 ]]; then
    say "ICU word-break floor over ${#files[@]} files"
    (cd "$corpus" && "$bin" benchmark --mode icu --repeat "$repeat" "${files[@]}") | tail -n1 | tag icu >> "$results"
fi

for size in $sizes; do
    lexicon="$data/lexicon-$size"
    if [[ $with_gazzetta == 1 ]]; then
        say "Gazzetta annotate, lexicon $size"
        (cd "$corpus" && "$bin" benchmark --mode annotate --lexicons "$lexicon" --repeat "$repeat" "${files[@]}") \
            | tail -n1 | tag gazzetta "$size" >> "$results"
        # The compiled form now exists: its load time and resident memory, in a process that does nothing else.
        "$bin" benchmark --mode load --lexicons "$lexicon" --repeat "$repeat" | tail -n1 | tag load "$size" >> "$results"
        say "Gazzetta's stages, lexicon $size"
        (cd "$corpus" && "$bin" benchmark --mode stages --lexicons "$lexicon" --repeat "$repeat" "${files[@]}") \
            | tag stages "$size" >> "$results"
    fi
    if [[ $with_peers == 1 ]]; then
        say "peers, lexicon $size"
        status=0
        "$python" "$here/peers.py" --corpus "$corpus/corpus.jsonl" --aliases "$lexicon/aliases.txt" \
            --repeat "$repeat" --budget "$budget" ${peers:+--peers "$peers"} | tag peer "$size" >> "$results" || status=$?
        [[ $status == 0 ]] || say "some peers failed at lexicon $size (see results.jsonl)"
    fi
done

if [[ $with_batch == 1 ]]; then
    batch_lexicon="$(echo "$sizes" | awk '{print $1}')"
    cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)"
    jobs_list=1
    [[ $cores -gt 1 ]] && jobs_list="1 $cores"
    # Outputs go to memory (tmpfs) when the machine has one: on a virtual disk, writing 8,000 files makes
    # the wall time measure the disk's writeback, not the workers (see BENCHMARKS.md).
    scratch="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    for jobs in $jobs_list; do
        say "gazzetta batch --jobs $jobs (lexicon $batch_lexicon)"
        # Wall time and peak RSS of the batch process tree's largest member, from the kernel (os.wait4).
        python3 - "$corpus" "$jobs" "$scratch/out-$jobs" "$bin" batch "$corpus/docs" --out "$scratch/out-$jobs" \
            --jobs "$jobs" --force --quiet --lexicons "$data/lexicon-$batch_lexicon" <<'PY' | tag batch "$batch_lexicon" >> "$results"
import json, os, pathlib, subprocess, sys, time
KILOBYTES = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS, kilobytes on Linux
corpus, jobs, out, command = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4:]
started = time.perf_counter()
process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
seconds = time.perf_counter() - started
process.returncode = os.waitstatus_to_exitcode(status)
errors = out / "errors.jsonl"
summary = json.loads((corpus / "corpus.json").read_text())
print(json.dumps({"jobs": jobs, "seconds": round(seconds, 3), "documents": summary["documents"],
                  "megabytes": summary["megabytes"], "peak_rss_mb": round(usage.ru_maxrss / KILOBYTES / 1024, 1),
                  "exit_status": process.returncode,
                  "errors": sum(1 for line in errors.read_text().splitlines() if line.strip()) if errors.exists() else 0}))
PY
        rm -rf "$scratch/out-$jobs"
    done
fi

python3 "$here/report.py" "$results" --out "$data/results.md"
say "raw results in $results, tables in $data/results.md"
