#!/usr/bin/env bash
# Starts Neo4j 5.26 Community (tools/neo4j-local, embedded, Bolt on 127.0.0.1) in the background and
# waits until it accepts connections. Settings from the environment:
#   NEO4J_PORT (7687)  NEO4J_DATA_DIR (data/neo4j-local)  NEO4J_PASSWORD (kg-local-pass, user neo4j)
#   NEO4J_HEAP (2g)    NEO4J_PAGECACHE_MB (256)           NEO4J_JAVA_OPTS (extra JVM options)
#   NEO4J_CDS (1; 0 = no class-data-sharing archive)
# The pid and log sit beside the data folder (data/neo4j-local.pid, data/neo4j-local.log), so servers
# on different data folders can run side by side. Stop with scripts/neo4j-stop.sh (same NEO4J_DATA_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/tools/neo4j-local"
port="${NEO4J_PORT:-7687}"
data_dir="${NEO4J_DATA_DIR:-$root/data/neo4j-local}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
pid_file="$data_dir.pid"
log_file="$data_dir.log"
legacy_pid_file="$data_dir/neo4j-local.pid" # where earlier versions of this script kept it

is_ours() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && [[ "$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" == *kg.neo4jlocal.Main* ]]; }
alive() { [[ -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

for f in "$pid_file" "$legacy_pid_file"; do
  [[ -f "$f" ]] || continue
  pid="$(cat "$f")"
  if is_ours "$pid" && port_answers; then
    echo "neo4j-local already running (pid $pid) on bolt://127.0.0.1:$port, data $data_dir"
    exit 0
  fi
  if is_ours "$pid"; then
    echo "neo4j-local (pid $pid) is running on $data_dir but not answering on port $port; stop it first: scripts/neo4j-stop.sh" >&2
    exit 1
  fi
  rm -f "$f" # stale: that process is gone
done

# Build once; again only when the pom or the sources changed. Maven keeps the jars in ~/.m2.
jar="$tool/target/neo4j-local.jar"
if [[ ! -f "$jar" || ! -d "$tool/target/lib" || "$tool/pom.xml" -nt "$jar" ||
      -n "$(find "$tool/src" -newer "$jar" -type f -print -quit)" ]]; then
  echo "building tools/neo4j-local (the first build downloads ~125 MB of Neo4j jars from Maven Central)…"
  rm -rf "$tool/target/lib" "$tool/target/neo4j-local.jsa"* # no stale jars from an earlier version pin
  build_log="$(mktemp)"
  if ! mvn -B -q -f "$tool/pom.xml" package >"$build_log" 2>&1; then
    echo "neo4j-local: the Maven build failed:" >&2
    tail -n 40 "$build_log" >&2
    rm -f "$build_log"
    exit 1
  fi
  rm -f "$build_log"
fi

if port_answers; then
  echo "neo4j-local: something already listens on 127.0.0.1:$port (set NEO4J_PORT to another port)" >&2
  exit 1
fi

# JVM options as in Neo4j's own neo4j.conf; the add-opens let the page cache and Netty use direct
# buffers on Java 17 without falling back to a slower mode.
java_opts=(
  "-Xms256m" "-Xmx${NEO4J_HEAP:-2g}" # NEO4J_HEAP of at least 256m
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)
# Class data sharing: the first run after a build records the classes it loaded into an archive (written
# when the JVM exits; neo4j-stop.sh moves it into place), later runs map it and start about twice as fast.
# NEO4J_CDS=0 turns this off (the mapped archive adds ~100 MB of shared, file-backed resident memory).
jsa="$tool/target/neo4j-local.jsa"
recording=""
if [[ "${NEO4J_CDS:-1}" == "0" ]]; then
  :
elif [[ -f "$jsa" && "$jsa" -nt "$jar" ]]; then
  java_opts+=(-Xshare:auto "-XX:SharedArchiveFile=$jsa")
else
  recording="$jsa.recording-$$"
  java_opts+=("-XX:ArchiveClassesAtExit=$recording" "-Xlog:cds*=off") # off: a thousand harmless "skipping class" lines
fi
# shellcheck disable=SC2206 # NEO4J_JAVA_OPTS is split on spaces on purpose
java_opts+=(${NEO4J_JAVA_OPTS:-})

: >"$log_file" # emptied here, not in the child, so the wait below never reads the last run's ready line
debug_start="$(stat -c %s "$data_dir/logs/debug.log" 2>/dev/null || echo 0)" # recovery lines after this are this start's
NEO4J_PORT="$port" NEO4J_DATA_DIR="$data_dir" nohup java "${java_opts[@]}" \
  -cp "$jar:$tool/target/lib/*" kg.neo4jlocal.Main >>"$log_file" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pid_file"
if [[ -n "$recording" ]]; then echo "$recording" >"$data_dir.jsa-recording"; else rm -f "$data_dir.jsa-recording"; fi

# Up to 120 s; longer while Neo4j is recovering its transaction logs after an unclean stop (kill -9,
# power loss), which takes as long as the unflushed work it replays: we wait as long as the process
# lives and its recovery keeps reporting progress (a line in debug.log at least every 120 s), and say so.
debug_log="$data_dir/logs/debug.log"
recovery_lines() { tail -c "+$((debug_start + 1))" "$debug_log" 2>/dev/null | grep -E 'Recovery required|\[o\.n\.k\.r\.Recovery\].*completed' || true; }
last_said=""
waited=0
while :; do
  if grep -q '^neo4j-local ready' "$log_file"; then
    grep '^neo4j-local ready' "$log_file"
    exit 0
  fi
  alive "$pid" || break
  progress="$(recovery_lines | tail -n 1)"
  if [[ -n "$progress" && "$progress" != "$last_said" ]]; then
    percent="$(grep -oE '[0-9]+% completed' <<<"$progress" || echo 'started')"
    echo "neo4j-local: recovering after an unclean stop (${percent}); waiting"
    last_said="$progress"
  fi
  if ((waited >= 480)); then # past 120 s: only a recovery that is still moving keeps us waiting
    [[ -n "$progress" ]] || break
    (($(date +%s) - $(stat -c %Y "$debug_log") < 120)) || break
  fi
  sleep 0.25
  waited=$((waited + 1))
done
echo "neo4j-local did not start; the end of $log_file:" >&2
tail -n 30 "$log_file" >&2
if alive "$pid"; then
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$pid_file" "$data_dir.jsa-recording" ${recording:+"$recording"}
exit 1
