#!/usr/bin/env bash
# Repeatable load run: a fresh demo clinic with 100,000 clients (BENCH_CLIENTS) and one client with 500
# signed sessions (BENCH_SESSIONS), then signed-in therapists on loopback, at each concurrency given.
#
#   bench/run.sh                      embedded H2, 16 and 64 users
#   BENCH_DB=postgres bench/run.sh    a private PostgreSQL (initdb in a temp dir, port BENCH_PG_PORT=55432,
#                                     Debian's /usr/lib/postgresql/<v>/bin), removed afterwards
#   QUADRATUS_DB_URL=jdbc:postgresql://… QUADRATUS_DB_USER=… QUADRATUS_DB_PASSWORD=… bench/run.sh
#                                     an existing PostgreSQL (its database must be empty)
#   BENCH_DB=postgres BENCH_OTHER_CLINICS=999 BENCH_OTHER_CLIENTS=1900000 bench/run.sh 64
#                                     the issue's clinic group: 1,000 clinics, 2,000,000 clients (the other
#                                     clinics' clients are bulk-loaded by bench/other-clinics.sql after start-up)
#
# BENCH_TOOL=wrk drives the same endpoints with wrk (bench/wrk.sh) instead of LoadRun's Java threads.
# BENCH_THINK_MS=1000 adds a run of LoadRun's users with a think time before each request (see LoadRun).
# BENCH_PG_DIR: where the private PostgreSQL keeps its data (default: the run's temp directory on disk;
# /dev/shm puts it in memory, which takes the disk's fsync stalls out of the commits: see bench/FsyncProbe.java).
# The results file starts with the disk's fdatasync latency, idle for 30 s before the run and again
# beside the think-time run, so a stall of the disk can be told from one of the app.
# Arguments: the concurrencies (default "16 64"). BENCH_SECONDS: measured seconds per endpoint after the
# warm-up (default 20; LoadRun warms each endpoint until its throughput is steady). The app's heap:
# BENCH_HEAP (default 1g); more JVM options (a profiler): BENCH_JAVA_OPTS. Results: bench/results/<date>-<db>.txt, with `uptime` before and after,
# because the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."
concurrencies=("${@:-16 64}")
read -r -a concurrencies <<< "${concurrencies[*]}"
seconds=${BENCH_SECONDS:-20}
port=${BENCH_PORT:-18080}
clients=${BENCH_CLIENTS:-100000}
long=${BENCH_SESSIONS:-500}
data=$(mktemp -d)
chmod 755 "$data"
mkdir -p bench/results
if [ "${BENCH_SKIP_BUILD:-}" != "true" ]; then mvn -q -B -o -DskipTests package; fi
cp target/quadratus-*.jar "$data/app.jar"
pg_pid_dir=""
cleanup() {
  # wait answers 143 for the app it just stopped; under set -e that would end the clean-up before PostgreSQL stops
  if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$pg_pid_dir" ]; then
    if [ "$(id -u)" = 0 ]; then su postgres -c "$pg_bin/pg_ctl -D $pg_pid_dir -m fast stop" >/dev/null 2>&1 || true
    else "$pg_bin/pg_ctl" -D "$pg_pid_dir" -m fast stop >/dev/null 2>&1 || true; fi
  fi
  [ -z "$pg_pid_dir" ] || rm -rf "$pg_pid_dir"
  rm -rf "$data"
}
trap cleanup EXIT
db=h2
if [ "${BENCH_DB:-}" = "postgres" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_port=${BENCH_PG_PORT:-55432}
  pg_pid_dir=$(mktemp -d -p "${BENCH_PG_DIR:-$data}" pg.XXXXXX)
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
  mkdir -p "$pg_pid_dir" && { [ "$(id -u)" != 0 ] || chown postgres "$pg_pid_dir"; }
  as_pg "$pg_bin/initdb -D $pg_pid_dir -U quadratus --auth=trust -E UTF8" > "$data/initdb.log"
  as_pg "$pg_bin/pg_ctl -D $pg_pid_dir -l $pg_pid_dir/log -o '-p $pg_port -k $pg_pid_dir -c shared_buffers=256MB -c max_connections=200 -c log_min_duration_statement=50' -w -t 300 start" > /dev/null \
    || { cat "$pg_pid_dir/log"; exit 1; }
  as_pg "$pg_bin/createdb -h 127.0.0.1 -p $pg_port -U quadratus quadratus"
  export QUADRATUS_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/quadratus" QUADRATUS_DB_USER=quadratus QUADRATUS_DB_PASSWORD=
fi
probe_dir=$data # the disk the database writes to (its data directory's parent)
[ -z "$pg_pid_dir" ] || probe_dir=$(dirname "$pg_pid_dir")
profile_args=()
if [ -n "${QUADRATUS_DB_URL:-}" ]; then profile_args=(--spring.profiles.active=postgres); db=postgres; fi
QUADRATUS_DATA_DIR="$data" QUADRATUS_DEMO=true QUADRATUS_DEMO_CLIENTS=$clients PORT=$port \
  java -Xmx${BENCH_HEAP:-1g} ${BENCH_JAVA_OPTS:-} -jar "$data/app.jar" "${profile_args[@]}" --quadratus.demo.long-history-sessions=$long > "$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 1800); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
grep -h "Demo clinics seeded" "$data/app.log" || true
if [ -n "${BENCH_OTHER_CLINICS:-}" ] && [ -n "$pg_pid_dir" ]; then
  cp bench/other-clinics.sql "$data/" && chmod 644 "$data/other-clinics.sql"
  as_pg "$pg_bin/psql -q -h 127.0.0.1 -p $pg_port -U quadratus -d quadratus -v clinics=$BENCH_OTHER_CLINICS \
    -v clients=${BENCH_OTHER_CLIENTS:-1900000} -f $data/other-clinics.sql"
  clients="$clients + ${BENCH_OTHER_CLIENTS:-1900000} in $BENCH_OTHER_CLINICS other clinics"
fi
long_client=$(grep -ho "Demo client with [0-9]* more sessions: [0-9a-f-]*" "$data/app.log" | awk '{print $NF}' || true)
out="bench/results/$(date +%Y-%m-%dT%H%M)-$db${BENCH_TOOL:+-$BENCH_TOOL}.txt"
{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(java -version 2>&1 | head -1)"
  echo "database: $db (data in $probe_dir); clients: $clients; long-history client: ${long_client:-none} ($long sessions more)"
  java bench/FsyncProbe.java "$probe_dir" 30 "idle, before the run"
  for users in "${concurrencies[@]}"; do
    echo "uptime before: $(uptime)"
    if [ "${BENCH_TOOL:-}" = "wrk" ]; then bench/wrk.sh "http://localhost:$port" "$users" "$seconds" "$long_client"
      export BENCH_PREWARM_SECONDS=0 # the JVM is warm for the next concurrency
    else BENCH_THINK_MS= java bench/LoadRun.java "http://localhost:$port" "$users" "$seconds" "$long_client"; fi # back to back
    echo "uptime after:  $(uptime)"
  done
  # Users who read each page before the next click (BENCH_THINK_MS, the mean think time): the same
  # endpoints, at BENCH_THINK_USERS (default: the last concurrency given) people working at once.
  if [ -n "${BENCH_THINK_MS:-}" ]; then
    echo "uptime before: $(uptime)"
    java bench/FsyncProbe.java "$probe_dir" 0 "during the think-time run" & probe=$!
    logged=$( [ -z "$pg_pid_dir" ] || wc -l < "$pg_pid_dir/log")
    java bench/LoadRun.java "http://localhost:$port" "${BENCH_THINK_USERS:-${concurrencies[-1]}}" "$seconds" "$long_client"
    kill "$probe" && wait "$probe" || true
    if [ -n "$pg_pid_dir" ]; then # PostgreSQL logs statements of 50 ms or more: were the slow ones commits (fsync)?
      tail -n +"$((logged + 1))" "$pg_pid_dir/log" | grep -o 'duration: [0-9.]* ms  [a-z]* [^:]*: [A-Za-z]*' \
        | awk '{ n[$6 == "COMMIT" ? "COMMIT" : "other"]++; if ($2 > max) max = $2 }
               END { printf "PostgreSQL, think-time run: %d commits and %d other statements took 50 ms or more (longest %.0f ms)\n", n["COMMIT"], n["other"], max }'
    fi
    echo "uptime after:  $(uptime)"
  fi; } | tee "$out"
