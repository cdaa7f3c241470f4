#!/usr/bin/env bash
# Starts Neo4j 5.26 Community (tools/neo4j-local, embedded, Bolt on 127.0.0.1) in the background and
# waits until it accepts connections. Settings from the environment:
#   NEO4J_PORT (7687)  NEO4J_DATA_DIR (data/neo4j-local)  NEO4J_PASSWORD (kg-local-pass)
#   NEO4J_HEAP (2g)    NEO4J_PAGECACHE_MB (256)
# The pid and log live in the data folder, so servers on different folders can run side by side.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/tools/neo4j-local"
port="${NEO4J_PORT:-7687}"
data_dir="${NEO4J_DATA_DIR:-$root/data/neo4j-local}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
pid_file="$data_dir/neo4j-local.pid"
log_file="$data_dir/neo4j-local.log"

if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "neo4j-local already running (pid $(cat "$pid_file"), data $data_dir)"
  exit 0
fi

# Build once; again only when the sources changed. Maven keeps the jars in ~/.m2.
jar="$tool/target/neo4j-local.jar"
if [[ ! -f "$jar" || "$tool/pom.xml" -nt "$jar" || -n "$(find "$tool/src" -newer "$jar" -type f -print -quit)" ]]; then
  echo "building tools/neo4j-local (first time downloads Neo4j from Maven Central)…"
  mvn -B -q -f "$tool/pom.xml" package -DskipTests
fi

export NEO4J_PORT="$port" NEO4J_DATA_DIR="$data_dir"
nohup java "-Xmx${NEO4J_HEAP:-2g}" -cp "$jar:$tool/target/lib/*" kg.neo4jlocal.Main >"$log_file" 2>&1 &
echo $! >"$pid_file"

for _ in $(seq 1 240); do
  if grep -q '^neo4j-local ready' "$log_file"; then
    grep '^neo4j-local ready' "$log_file"
    exit 0
  fi
  if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then break; fi
  sleep 0.5
done
echo "neo4j-local did not start; the end of $log_file:" >&2
tail -n 30 "$log_file" >&2
kill "$(cat "$pid_file")" 2>/dev/null || true
rm -f "$pid_file"
exit 1
