#!/usr/bin/env bash
# `gazzetta serve` under load: wrk posts one article to /v1/annotate over loopback at 1, 8 and 64
# connections and reports requests per second, p50/p99 latency and the server's resident memory.
#
#   Benchmarks/serve.sh                          # release build, the default article, 10 s per run
#   Benchmarks/serve.sh --duration 5 --workers 2 --connections "1 8 64" --file Corpus/en/turkmenistan-china-gas.txt
#
# Options:
#   --duration S       seconds per run (default 10)          --workers N     annotators (default: one per core)
#   --connections "…"  connection counts (default "1 8 64")  --file PATH     the document posted (default: an Italian article)
#   --no-build         use the existing .build/release/gazzetta
#   --gazzetta PATH    use this gazzetta binary (implies --no-build)
#
# Needs wrk (Debian: apt-get install wrk). The server binds 127.0.0.1 on a free port and is stopped with
# SIGTERM at the end. One line of JSON per run goes to standard output; a table to standard error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
duration=10
workers=""
connections="1 8 64"
file="$root/Corpus/it/russia-kazakhstan-csto.txt"
build=1
binary="$root/.build/release/gazzetta"

while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --gazzetta) binary="$2"; build=0; shift 2 ;;
    *) echo "serve.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "serve.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ -f "$file" ] || { echo "serve.sh: $file: no such file" >&2; exit 1; }
if [ "$build" = 1 ]; then (cd "$root" && swift build -c release --product gazzetta >&2); fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The request: the article as text/plain; wrk's Lua sends it and, when done, prints the figures as JSON.
python3 - "$file" "$work/post.lua" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
# A Lua long string keeps the UTF-8 as it is (wrk's LuaJIT knows no \\u escapes); pick a level not in the text.
level = next(n for n in range(1, 100) if "]" + "=" * n + "]" not in body)
literal = "[" + "=" * level + "[\n" + body + "]" + "=" * level + "]"
open(sys.argv[2], "w", encoding="utf-8").write(f"""
wrk.method = "POST"
wrk.path = "/v1/annotate?lang=it"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
wrk.body = {literal}
done = function(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('WRK {{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "errors": %d}}\\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed))
end
""")
PY

args=(serve --port 0 --lexicons "$root/Lexicons")
[ -n "$workers" ] && args+=(--workers "$workers")
LOG_LEVEL=error "$binary" "${args[@]}" > "$work/server.out" &
server=$!
for _ in $(seq 1 600); do grep -q "listening on" "$work/server.out" 2>/dev/null && break; sleep 0.05; done
port="$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.out" | head -1)"
[ -n "$port" ] || { echo "serve.sh: the server did not start" >&2; cat "$work/server.out" >&2; exit 1; }
echo "serve.sh: $(head -1 "$work/server.out"); $(wc -c < "$file") bytes per request, ${duration}s per run" >&2

rss() { awk -v key="$1" '$1 == key":" {printf "%.1f", $2 / 1024}' "/proc/$server/status"; }
printf '%-12s %10s %10s %10s %10s %12s %12s\n' connections "req/s" "p50 ms" "p99 ms" errors "RSS MB" "peak RSS MB" >&2
for c in $connections; do
  threads=$(( c < 2 ? 1 : 2 ))
  line="$(wrk -t "$threads" -c "$c" -d "${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port" | sed -n 's/^WRK //p')"
  [ -n "$line" ] || { echo "serve.sh: wrk gave no figures at $c connections" >&2; exit 1; }
  resident="$(rss VmRSS)"; peak="$(rss VmHWM)"
  echo "{\"connections\": $c, \"duration_s\": $duration, \"bytes\": $(wc -c < "$file"), ${line#\{}" | sed "s/}\$/, \"rss_mb\": $resident, \"peak_rss_mb\": $peak}/"
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("%-12d %10.1f %10.3f %10.3f %10d %12s %12s" % (int(sys.argv[2]), r["rps"], r["p50_ms"], r["p99_ms"], r["errors"], sys.argv[3], sys.argv[4]))' \
    "$line" "$c" "$resident" "$peak" >&2
done
