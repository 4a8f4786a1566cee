#!/usr/bin/env bash
# Survey benchmark of docs/PERFORMANCE.md: submissions of a 25-question survey over HTTP at 32 concurrent clients, and
# the published report of a survey with 10,000 responses to 40 questions, on the embedded SQLite database.
# Usage: bench/surveys.sh [clients,… = 32] [seconds per load step = 30] [report responses = 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
CLIENTS=${1:-32}
SECONDS_PER_STEP=${2:-30}
RESPONSES=${3:-10000}
DATA=${JUURRU_BENCH_DATA:-/tmp/juurru-survey-bench}
PORT=${JUURRU_BENCH_PORT:-5098}
rm -rf "$DATA"; mkdir -p "$DATA"

dotnet build -c Release -v q --nologo src/Juurru.Web >/dev/null
dotnet build -c Release -v q --nologo bench/Juurru.SurveyBench >/dev/null
WEB=src/Juurru.Web/bin/Release/net10.0/Juurru.Web.dll
BENCH=bench/Juurru.SurveyBench/bin/Release/net10.0/Juurru.SurveyBench.dll
export Juurru__DataPath="$DATA" Juurru__DemoContent=false ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning

machine_line "$DATA"
dotnet "$WEB" rebuild-search-index >/dev/null   # creates and migrates the empty database
echo "== setup: a 25-question survey to answer; a 40-question survey with $RESPONSES responses, report published"
SETUP=$(/usr/bin/time -f "setup: %e s, peak %M KiB" dotnet "$BENCH" setup "$DATA/juurru.db" 25 40 "$RESPONSES")
echo "$SETUP"
LINK=$(awk '/^load-link/ {print $2}' <<<"$SETUP")
REPORT_ID=$(awk '/^report-id/ {print $2}' <<<"$SETUP")
REPORT_KEY=$(awk '/^report-key/ {print $2}' <<<"$SETUP")

start_site "$WEB" "$PORT"
echo "== report of $RESPONSES × 40, one request at a time"
[ "${JUURRU_BENCH_SKIP_REPORT:-0}" = 1 ] || dotnet "$BENCH" report "http://127.0.0.1:$PORT" "$REPORT_ID" "$REPORT_KEY" 20 "$SERVER"
echo "== submissions: POST of a whole response, ${SECONDS_PER_STEP} s per step"
dotnet "$BENCH" submit "http://127.0.0.1:$PORT" "$LINK" 25 "$CLIENTS" "$SECONDS_PER_STEP" "$SERVER"
echo "== stored: $(sqlite3 "$DATA/juurru.db" "select count(*) from SurveyResponses where Status='Submitted' and SurveyId<>$REPORT_ID" 2>/dev/null || echo '(sqlite3 not installed)') sent responses in the load survey"
