#!/usr/bin/env bash
# Free slots for one therapist over four weeks with a million appointments in the database
# (scheduling's AvailabilityBenchmark), on an embedded PostgreSQL 17 and on a file H2.
# Usage: bench/availability.sh [appointments]      Results: bench/results/availability-<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
mkdir -p bench/results
mvn -o -q test-compile
# The test classpath; build it once (needs maven-dependency-plugin in ~/.m2) or keep an existing target/cp.txt.
[ -s target/cp.txt ] || mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
out="bench/results/availability-$(date +%Y-%m-%dT%H%M).txt"
{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)";
  for db in postgres h2; do
    java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" app.quadratus.scheduling.AvailabilityBenchmark "$db" "$count" 2>&1 \
      | grep -E "seeded|appointments;|medians|plan:"
  done; } | tee "$out"
