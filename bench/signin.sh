#!/usr/bin/env bash
# Sign-in timing of docs/PERFORMANCE.md: does the login page take as long for an address without an account as for
# one with an account and a wrong password? (Account enumeration by timing, OWASP ASVS 2.) Release build, Production,
# real password hashing, demo content (its three accounts are the known addresses).
# Usage: bench/signin.sh [tries per kind = 15]
# The login page allows 20 posts a minute per client and slows a client after five failures per account, so the tries
# are spread over the three demo accounts and paced at one every 3.2 s; the answers are checked to be the plain refusal.
set -euo pipefail
cd "$(dirname "$0")/.."
TRIES=${1:-15}
DATA=${JUURRU_BENCH_DATA:-/tmp/juurru-signin-bench}
PORT=${JUURRU_BENCH_PORT:-5096}
BASE="http://127.0.0.1:$PORT"

dotnet build -c Release -v q --nologo src/Juurru.Web >/dev/null
export Juurru__DataPath="$DATA" Juurru__DemoContent=true Juurru__PublicUrl="$BASE" ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning Juurru__Rooting__CheckMinutes=0 Juurru__Surveys__ReminderCheckMinutes=0 Juurru__Evaluation__ReminderCheckMinutes=0
rm -rf "$DATA"; mkdir -p "$DATA"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
ASPNETCORE_URLS="$BASE" dotnet src/Juurru.Web/bin/Release/net10.0/Juurru.Web.dll >/dev/null 2>&1 &
SERVER=$!
JAR=$(mktemp)
trap 'kill $SERVER 2>/dev/null || true; rm -f "$JAR"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/api/v1/networks" >/dev/null && break; sleep 0.5; done

# One post of the login form; prints the seconds the answer took.
try() {
  local page token
  page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/fi/account/login")
  token=$(grep -o 'name="__af" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || token=$(grep -o 'name="__af" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /tmp/signin-answer.html -w '%{time_total}\n' -c "$JAR" -b "$JAR" "$BASE/fi/account/login" \
    --data-urlencode "__af=$token" --data-urlencode "Form.Email=$1" --data-urlencode "Form.Password=wrong password $RANDOM"
  grep -q 'Sähköpostiosoite tai salasana ei ole oikein' /tmp/signin-answer.html || { echo "unexpected answer for $1" >&2; exit 1; }
}
try warm-up@example.org >/dev/null; sleep 3.2
known=(admin@demo.juurru.fi koordinaattori@demo.juurru.fi jasen@demo.juurru.fi)
: > /tmp/signin-known; : > /tmp/signin-unknown
for i in $(seq 1 "$TRIES"); do
  try "ei-tiliä-$i-$RANDOM@example.org" >> /tmp/signin-unknown; sleep 3.2
  try "${known[$(( (i - 1) % 3 ))]}" >> /tmp/signin-known; sleep 3.2
done
summary() { sort -n "$1" | awk '{a[NR]=$1*1000} END {printf "n=%d  min %.0f ms  median %.0f ms  max %.0f ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'; }
echo "== unknown address:            $(summary /tmp/signin-unknown)"
echo "== known address, wrong password: $(summary /tmp/signin-known)"
