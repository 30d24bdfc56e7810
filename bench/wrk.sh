#!/usr/bin/env bash
# The endpoints of LoadRun driven by wrk (Debian package `wrk`, a C load generator): on a two-core machine
# LoadRun's Java client threads take most of the CPU themselves, which puts a floor under every latency;
# wrk needs a fraction of that, so its figures are closer to what the server alone does.
#
#   bench/wrk.sh BASE USERS SECONDS [LONG_CLIENT_ID]      (bench/run.sh calls it when BENCH_TOOL=wrk)
#
# Signs in as the demo therapist through the login form (CSRF token, SESSION cookie), warms each endpoint
# in windows of BENCH_WARM_SECONDS (default 30) until two windows in a row differ by less than 5% in
# throughput (at most BENCH_WARM_WINDOWS, default 6: on two shared cores the JIT keeps compiling for
# minutes, and the first endpoint measured after start-up would otherwise carry it), then measures SECONDS
# and prints req/s and p50/p90/p99 (wrk's own latency distribution; it has no p95) and the warm-up taken.
# Before the first endpoint, BENCH_PREWARM_SECONDS (default 240; run.sh: first concurrency only) of all the pages mixed: two windows can
# agree while the JIT is still compiling the larger pages (the search page took 4-5 minutes to settle).
set -euo pipefail
base=$1 users=$2 seconds=$3 long=${4:-}
warm=${BENCH_WARM_SECONDS:-30}
here=$(cd "$(dirname "$0")" && pwd)
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -fs -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=therapist@norwich.demo" \
  --data-urlencode "password=quadratus-demo" --data-urlencode "_csrf=$csrf" "$base/login"
cookie="SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar")"
prefixes=(sm smi ta tay pa pat wil cl cla ha hal ja ro mo gr)
ids=()
for p in sm ta pa wil cl; do
  while read -r id; do ids+=("/clients/$id"); done < <(curl -fs -H "Cookie: $cookie" "$base/clients?q=$p" \
    | grep -o 'href="/clients/[0-9a-f-]\{36\}"' | sed 's/href="\/clients\///; s/"$//' | sort -u)
done
search=(); for p in "${prefixes[@]}"; do search+=("/clients?q=$p"); done
threads=$(( users < 2 ? 1 : 2 ))
windows=${BENCH_WARM_WINDOWS:-6}
prewarm=${BENCH_PREWARM_SECONDS:-240}
if [ "$prewarm" -gt 0 ]; then
  everything=("${search[@]}" "${ids[@]}")
  [ -n "$long" ] && everything+=("/clients/$long" "/clients/$long/timeline")
  wrk -t"$threads" -c"$users" -H "Cookie: $cookie" -s "$here/paths.lua" -d"${prewarm}s" "$base" -- "${everything[@]}" > /dev/null
  wrk -t"$threads" -c"$users" -H "Cookie: $cookie" -H "HX-Request: true" -s "$here/paths.lua" -d"$((prewarm / 4))s" "$base" \
    -- "${search[@]}" > /dev/null
fi
printf '%-40s %9s %8s %8s %8s %8s %7s\n' endpoint req/s "p50 ms" "p90 ms" "p99 ms" errors "warm s"
measure() {
  local name=$1 header=$2; shift 2
  local args=(-t"$threads" -c"$users" -H "Cookie: $cookie" -s "$here/paths.lua")
  [ -n "$header" ] && args+=(-H "$header")
  local previous=0 current window=0
  while [ "$window" -lt "$windows" ]; do
    window=$((window + 1))
    current=$(wrk "${args[@]}" -d"${warm}s" "$base" -- "$@" | awk '/Requests\/sec/ { print $2 }')
    # steady: this window within 5% of the one before
    awk -v a="$previous" -v b="$current" 'BEGIN { exit !(a > 0 && b > 0 && (a - b) / a < 0.05 && (b - a) / a < 0.05) }' && break
    previous=$current
  done
  local out; out=$(wrk "${args[@]}" -d"${seconds}s" --latency "$base" -- "$@")
  ms() { awk -v q="$1" '$1 == q { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<< "$out"; }
  local rps errors
  rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
  errors=$(awk '/Non-2xx|Socket errors/ { s = s $0 " " } END { print (s == "" ? 0 : s) }' <<< "$out")
  printf '%-40s %9s %8s %8s %8s %8s %7s\n' "$name" "$rps" "$(ms 50%)" "$(ms 90%)" "$(ms 99%)" "$errors" $((window * warm))
}
measure "GET /actuator/health/liveness" "" /actuator/health/liveness
measure "GET /clients?q=<prefix>" "" "${search[@]}"
measure "GET /clients?q= (htmx, as typed)" "HX-Request: true" "${search[@]}"
measure "GET /clients/{id} (chart)" "" "${ids[@]}"
if [ -n "$long" ]; then
  measure "GET /clients/{id} (chart, 500 sessions)" "" "/clients/$long"
  measure "GET /clients/{id}/timeline (500 sess.)" "HX-Request: true" "/clients/$long/timeline"
fi
