# Steps the benchmark scripts share; sourced by them, not run alone.

# Prints the machine line that every result in docs/PERFORMANCE.md carries. Usage: machine_line <data folder>
machine_line() {
  local dir=$1
  while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done   # the folder may not exist yet: its file system is its parent's
  echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); data on $(df -T "$dir" | awk 'NR==2 {print $2}')"
}

# Starts the built site in the background (its pid in SERVER, stopped when the script exits) and waits until it answers.
# Usage: start_site <Juurru.Web.dll> <port>
start_site() {
  ASPNETCORE_URLS="http://127.0.0.1:$2" dotnet "$1" &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$2/api/v1/networks" >/dev/null && break
    sleep 0.5
  done
}
