#!/usr/bin/env bash
# Does a command-line import stall a live SQLite site? Respondents send survey answers (writes) at a steady rate while
# `import-report` brings the ZOOMI report (221 practices) into the same database; prints the answers' latencies over
# the step, their slowest, and how long the import took.
# Usage: bench/import-stall.sh [clients = 4] [seconds of load = 60] [seconds before the import starts, counted from the start of a 10 s warm-up = 25]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
CLIENTS=${1:-4}
SECONDS_OF_LOAD=${2:-60}
IMPORT_AFTER=${3:-25}
REPORT=${JUURRU_BENCH_REPORT:-../shared/seeds/002_f7e6e7ab4c746c8c.txt}
DATA=${JUURRU_BENCH_DATA:-/tmp/juurru-import-stall-bench}
PORT=${JUURRU_BENCH_PORT:-5095}
REPORT=$(realpath "$REPORT")
rm -rf "$DATA"; mkdir -p "$DATA"

dotnet build -c Release -v q --nologo src/Juurru.Web >/dev/null
dotnet build -c Release -v q --nologo bench/Juurru.SurveyBench >/dev/null
WEB=src/Juurru.Web/bin/Release/net10.0/Juurru.Web.dll
BENCH=bench/Juurru.SurveyBench/bin/Release/net10.0/Juurru.SurveyBench.dll
export Juurru__DataPath="$DATA" Juurru__DemoContent=false ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning

machine_line "$DATA"
dotnet "$WEB" rebuild-search-index >/dev/null   # creates and migrates the empty database
LINK=$(dotnet "$BENCH" setup "$DATA/juurru.db" 25 5 0 | awk '/^load-link/ {print $2}')

start_site "$WEB" "$PORT"
echo "== $CLIENTS respondents answering for $SECONDS_OF_LOAD s; import-report starts after $IMPORT_AFTER s"
(sleep "$IMPORT_AFTER"; /usr/bin/time -f "import: %e s wall, peak %M KiB" dotnet "$WEB" import-report "$REPORT" | tail -n 3) &
IMPORT=$!
JUURRU_BENCH_WARMUP=${JUURRU_BENCH_WARMUP:-10} dotnet "$BENCH" submit "http://127.0.0.1:$PORT" "$LINK" 25 "$CLIENTS" "$SECONDS_OF_LOAD" "$SERVER" | grep -v '^warm-up'
wait $IMPORT
