#!/usr/bin/env bash
# Repeatable load run: a fresh demo clinic with 100,000 clients (embedded H2 by default, or the
# "postgres" profile when QUADRATUS_DB_URL is set), then 16 signed-in users on loopback.
# Usage: bench/run.sh [users] [seconds]      Results: bench/results/<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-16}
seconds=${2:-20}
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
mkdir -p bench/results
mvn -q -B -DskipTests package
profile_args=()
if [ -n "${QUADRATUS_DB_URL:-}" ]; then profile_args=(--spring.profiles.active=postgres); fi
QUADRATUS_DATA_DIR="$data" QUADRATUS_DEMO=true QUADRATUS_DEMO_CLIENTS=100000 PORT=$port \
  java -jar target/quadratus-*.jar "${profile_args[@]}" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
grep -h "Demo clinics seeded" "$data/app.log" || true
out="bench/results/$(date +%Y-%m-%dT%H%M).txt"
{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(java -version 2>&1 | head -1)";
  java bench/LoadRun.java "http://localhost:$port" "$users" "$seconds"; } | tee "$out"
