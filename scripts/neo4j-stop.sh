#!/usr/bin/env bash
# Stops the server scripts/neo4j-start.sh started on the same NEO4J_DATA_DIR (default data/neo4j-local):
# SIGTERM, which shuts the DBMS down cleanly; waits up to 60 s, then kills it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data_dir="${NEO4J_DATA_DIR:-$root/data/neo4j-local}"
data_dir="${data_dir%/}"
[[ -d "$data_dir" ]] && data_dir="$(cd "$data_dir" && pwd)"
pid_file="$data_dir.pid"
legacy_pid_file="$data_dir/neo4j-local.pid" # where earlier versions of the start script kept it
if [[ ! -f "$pid_file" && -f "$legacy_pid_file" ]]; then pid_file="$legacy_pid_file"; fi

if [[ ! -f "$pid_file" ]]; then
  echo "neo4j-local is not running (no $pid_file)"
  exit 0
fi
pid="$(cat "$pid_file")"
# Only signal our own server: a pid left from an earlier boot may belong to another process now.
if ! { [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
       [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *kg.neo4jlocal.Main* ]]; }; then
  rm -f "$pid_file"
  echo "neo4j-local is not running (stale pid file removed)"
  exit 0
fi

# Gone, or a zombie nobody has reaped yet: either way it has exited.
alive() { [[ -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 120); do # up to 60 s
  if ! alive "$pid"; then
    rm -f "$pid_file"
    # A clean exit wrote the class archive this run recorded (see neo4j-start.sh): put it in place.
    recording_note="$data_dir.jsa-recording"
    if [[ -f "$recording_note" ]]; then
      recording="$(cat "$recording_note")"
      if [[ -s "$recording" ]]; then mv -f "$recording" "${recording%.recording-*}"; fi
      rm -f "$recording_note"
    fi
    echo "neo4j-local stopped (pid $pid)"
    exit 0
  fi
  sleep 0.5
done
echo "neo4j-local (pid $pid) did not stop within 60 s; killing it" >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$pid_file" "$data_dir.jsa-recording"
exit 1
