#!/usr/bin/env bash
# Stops the server scripts/neo4j-start.sh started on the same NEO4J_DATA_DIR (SIGTERM: a clean shutdown).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data_dir="${NEO4J_DATA_DIR:-$root/data/neo4j-local}"
pid_file="$data_dir/neo4j-local.pid"
if [[ ! -f "$pid_file" ]]; then
  echo "neo4j-local is not running (no $pid_file)"
  exit 0
fi
pid="$(cat "$pid_file")"
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 120); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$pid_file"
    echo "neo4j-local stopped"
    exit 0
  fi
  sleep 0.5
done
echo "neo4j-local (pid $pid) did not stop within 60 s; killing it" >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$pid_file"
exit 1
