#!/usr/bin/env bash
# Rooting benchmark of docs/PERFORMANCE.md: the rooting dashboard of a network with 10,000 practices, 1,000 projects and
# 50,000 measurements (plus adoptions and follow-up answers), on the embedded SQLite database.
# Usage: bench/rooting.sh [practices = 10000] [projects = 1000] [measurements = 50000] [repeats = 30]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PRACTICES=${1:-10000}
PROJECTS=${2:-1000}
MEASUREMENTS=${3:-50000}
REPEATS=${4:-30}
DATA=${JUURRU_BENCH_DATA:-/tmp/juurru-rooting-bench}
PORT=${JUURRU_BENCH_PORT:-5097}
SLUG=sujuvat-siirtymat

dotnet build -c Release -v q --nologo src/Juurru.Web >/dev/null
dotnet build -c Release -v q --nologo bench/Juurru.RootingBench >/dev/null
WEB=src/Juurru.Web/bin/Release/net10.0/Juurru.Web.dll
BENCH=bench/Juurru.RootingBench/bin/Release/net10.0/Juurru.RootingBench.dll
export Juurru__DataPath="$DATA" Juurru__DemoContent=false Juurru__Rooting__CheckMinutes=0 ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning

machine_line "$DATA"
if [ "${JUURRU_BENCH_REUSE:-0}" != 1 ] || [ ! -f "$DATA/juurru.db" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  dotnet "$WEB" rebuild-search-index >/dev/null   # creates and migrates the empty database
  /usr/bin/time -f "generate: %e s, peak %M KiB" dotnet "$BENCH" generate "$DATA/juurru.db" "$PRACTICES" "$PROJECTS" "$MEASUREMENTS"
  # The dashboard groups practices by the search's facets (kind, decision, themes): index what was generated.
  dotnet "$WEB" rebuild-search-index | tail -1
fi
start_site "$WEB" "$PORT"
echo "== rooting dashboard of $SLUG, one request at a time"
dotnet "$BENCH" time "http://127.0.0.1:$PORT" "$SLUG" "$REPEATS" "$DATA/juurru.db"
echo "== server memory: $(awk '/VmHWM/ {print "peak " $2 " kB"}' /proc/$SERVER/status)"
