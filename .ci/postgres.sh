#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1 and creates the role the tests use. Prints the connection string.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

read -r version cluster < <(pg_lsclusters -h | head -n 1 | awk '{print $1, $2}')
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  cluster=main
  as_root pg_createcluster "$version" "$cluster" >&2
fi
as_root pg_ctlcluster "$version" "$cluster" start >&2 || true
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 >&2
as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'juurru') THEN CREATE ROLE juurru LOGIN PASSWORD 'juurru' CREATEDB; END IF; GRANT pg_signal_backend TO juurru; END\\\$\\\$;\"" >&2
echo "Host=127.0.0.1;Port=5432;Username=juurru;Password=juurru;Database=postgres"
