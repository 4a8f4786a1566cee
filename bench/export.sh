#!/usr/bin/env bash
# Open-data benchmark of docs/PERFORMANCE.md, on the search benchmark's bank (default 100,000 practices, generated if
# missing): the whole method bank and project registry downloaded as CSV, XLSX and JSON Lines with the server's memory
# (a small export first, then the whole bank, then the whole bank again from a server whose heap is capped), and the
# statistics page's response times.
# Usage: bench/export.sh [practices = 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:-100000}
DATA=${JUURRU_BENCH_DATA:-/tmp/juurru-search-bench}
PORT=${JUURRU_BENCH_PORT:-5096}

dotnet build -c Release -v q --nologo src/Juurru.Web >/dev/null
dotnet build -c Release -v q --nologo bench/Juurru.SearchBench >/dev/null
WEB=src/Juurru.Web/bin/Release/net10.0/Juurru.Web.dll
BENCH=bench/Juurru.SearchBench/bin/Release/net10.0/Juurru.SearchBench.dll
export Juurru__DataPath="$DATA" Juurru__DemoContent=false ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning

machine_line "$DATA"
if [ ! -f "$DATA/juurru.db" ]; then
  mkdir -p "$DATA"
  dotnet "$WEB" rebuild-search-index >/dev/null   # creates and migrates the empty database
  /usr/bin/time -f "generate $N practices: %e s" dotnet "$BENCH" generate "$DATA/juurru.db" "$N"
  dotnet "$WEB" rebuild-search-index | tail -1
fi
start_site "$WEB" "$PORT"
OUT="$DATA/export-bench"; mkdir -p "$OUT"
peak() { awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$SERVER/status"; }
fetch() { # <label> <path>
  local file="$OUT/export" start end
  start=$(date +%s.%N)
  curl -sf -o "$file" "http://127.0.0.1:$PORT$2"
  end=$(date +%s.%N)
  printf '%-40s %6.1f s  %7.1f MiB  server peak %s\n' "$1" "$(awk "BEGIN {print $end - $start}")" "$(stat -c %s "$file" | awk '{print $1/1048576}')" "$(peak)"
  case "$2" in *.jsonl*) echo "    $(wc -l < "$file") rows";; esac
}
curl -sf -o /dev/null "http://127.0.0.1:$PORT/fi/practices"
echo "== server peak after the first list page: $(peak)"
fetch "practices of one year (jsonl)" "/api/v1/export/practices.jsonl?year=2021"
fetch "all practices (jsonl)" "/api/v1/export/practices.jsonl"
fetch "all practices (csv)" "/api/v1/export/practices.csv"
fetch "all practices (xlsx)" "/api/v1/export/practices.xlsx"
fetch "all projects (xlsx)" "/api/v1/export/projects.xlsx"

# The statistics page answers from the search index's facets in memory (the first request loads them, as the list page
# above did); each view is asked 30 times, one at a time.
timings() { # <label> <path>
  for _ in $(seq 1 30); do curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$2"; done | sort -n |
    awk -v label="$1" '{t[NR] = $1 * 1000} END {printf "%-40s p50 %4.0f ms  p95 %4.0f ms  max %4.0f ms\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR]}'
}
echo "== statistics page"
timings "all networks" "/fi/statistics"
timings "one network, years and a region" "/fi/statistics?network=sujuvat-siirtymat&from=2018&to=2022&region=MK01"
timings "figures as XLSX" "/fi/statistics?handler=Xlsx"

# The same downloads from a server whose managed heap may not exceed 128 MiB, a third of the JSON Lines file: they can
# only succeed if rows are streamed, not gathered.
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
DOTNET_GCHeapHardLimit=0x8000000 start_site "$WEB" "$PORT"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/fi/practices"
echo "== again, with the server's managed heap limited to 128 MiB"
fetch "all practices (jsonl)" "/api/v1/export/practices.jsonl"
fetch "all practices (xlsx)" "/api/v1/export/practices.xlsx"
rm -rf "$OUT"
