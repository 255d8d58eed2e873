#!/usr/bin/env bash
# County-scale grid bench (bin/bench --grid): seeds a county of ≈ 300 towns, 5,000 villages and
# 50,000 grids (plus a leader per grid, 300 workers with 10 grids each and 80 visit schedules per
# worker) straight into grid-service's Mongo collections, then measures through the gateway with
# wrk: the county subtree, a town subtree and workers' due lists. Output: var/bench/grid-report.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
GW="http://127.0.0.1:${GATEWAY_PORT:-8080}"; MONGO="mongodb://127.0.0.1:${MONGO_PORT:-27017}"
COUNTY=${GRID_BENCH_COUNTY:-330399}; TOWNS=${GRID_BENCH_TOWNS:-300}; VILLAGES=${GRID_BENCH_VILLAGES:-5000}
GPV=${GRID_BENCH_GRIDS_PER_VILLAGE:-10}; WORKERS=${GRID_BENCH_WORKERS:-300}; SPG=${GRID_BENCH_SCHEDULES_PER_GRID:-8}
DUR=${BENCH_DURATION:-20}; TOWN="${COUNTY}001"
OUT="$ROOT/var/bench"; mkdir -p "$OUT"; REPORT="$OUT/grid-report.md"; : >"$REPORT"
[ -f var/bench.cp ] || mvn -B -ntp -q dependency:build-classpath -pl local-stack -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/var/bench.cp" >/dev/null
tool() { java -Dlogback.configurationFile=bench/logback.xml -cp "$(cat var/bench.cp)" bench/GridSeedTool.java "$@" 2>>"$OUT/tool.err"; }
row() { printf '| %s | %s | `%s` |\n' "$1" "$2" "$3" | tee -a "$REPORT"; }
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print rps, p50, p99}' "$1"; }
mint() { curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" -d "$1" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }

# one client sends hundreds of requests per second: a stack started here runs without the gateway's
# per-client rate limit (as bin/bench does)
GW_MGMT="http://127.0.0.1:${GATEWAY_MANAGEMENT_PORT:-8090}"
if ! curl -s -o /dev/null -w '%{http_code}' "$GW_MGMT/actuator/health" | grep -q 200 \
    && ! curl -s -o /dev/null -w '%{http_code}' "$GW/actuator/health" | grep -q 200; then
  GATEWAY_RATE_LIMIT_ENABLED=false bin/stack up
fi
ADMIN="$(mint '{"subject":"bench","roles":["SYSTEM_ADMIN"],"areas":["3303"]}')"
echo "| Figure | Value | Command |" | tee -a "$REPORT"; echo "|---|---|---|" | tee -a "$REPORT"
cs="java -cp \$(cat var/bench.cp) bench/GridSeedTool.java seed $MONGO/grid $COUNTY $TOWNS $VILLAGES $GPV $WORKERS $SPG"
row "seed county $COUNTY" "$(tool seed "$MONGO/grid" "$COUNTY" "$TOWNS" "$VILLAGES" "$GPV" "$WORKERS" "$SPG")" "$cs"
co="java -cp \$(cat var/bench.cp) bench/GridSeedTool.java old-queries $MONGO/grid $COUNTY 3"
row "the queries used before, straight to Mongo (3rd round)" "$(tool old-queries "$MONGO/grid" "$COUNTY" 3 | tail -1)" "$co"

TOKENS=""; for n in $(seq 0 $(( (WORKERS < 40 ? WORKERS : 40) - 1 ))); do
  TOKENS+="$(mint "{\"subject\":\"bench-w-$n\",\"roles\":[\"GRID_WORKER\"],\"areas\":[\"$COUNTY\"]}") "
done
export TOKENS
first="$(curl -s -H "Authorization: Bearer ${TOKENS%% *}" "$GW/api/v1/visits/due" | grep -o '"kind"' | wc -l)"
t0=$(date +%s%N); curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" "$GW/api/v1/areas?under=$COUNTY&limit=200"
row "first subtree query after the seed (tree shape loads)" "$(( ($(date +%s%N) - t0) / 1000000 )) ms" "curl '$GW/api/v1/areas?under=$COUNTY&limit=200'"
county_n="$(curl -s -H "Authorization: Bearer $ADMIN" "$GW/api/v1/areas?under=$COUNTY&limit=200" | grep -o '"code"' | wc -l)"
# lists are cursor pages of at most 500 ({items, next}): count the town's areas page by page
town_n=0; cursor=""
while :; do
  page="$(curl -s -H "Authorization: Bearer $ADMIN" "$GW/api/v1/areas?under=$TOWN&limit=500${cursor:+&cursor=$cursor}")"
  town_n=$((town_n + $(grep -o '"code"' <<<"$page" | wc -l)))
  cursor="$(sed -nE 's/.*"next":"([^"]+)".*/\1/p' <<<"$page")"
  [ -n "$cursor" ] || break
done

run() { # name url-or-script file
  wrk -t2 -c8 -d3s "${@:3}" >/dev/null
  wrk -t2 -c8 -d"${DUR}s" --latency "${@:3}" >"$OUT/$2.txt"
  read -r rps p50 p99 < <(summary "$OUT/$2.txt")
  local cmd; cmd="$(printf '%s ' "${@:3}" | sed "s/$ADMIN/\$TOKEN/; s/Authorization: Bearer \([^ ]*\)/'Authorization: Bearer \1'/")"
  row "$1: req/s, p50, p99" "$rps req/s, $p50, $p99 ($(grep -E 'Non-2xx|status:' "$OUT/$2.txt" | tr '\n' ' ' || true))" "wrk -t2 -c8 -d${DUR}s --latency $cmd"
}
run "county subtree, first page of $county_n of ≈ 55,300 areas" grid-county -H "Authorization: Bearer $ADMIN" "$GW/api/v1/areas?under=$COUNTY&limit=200"
run "town subtree ($town_n areas), one page of 500" grid-town -H "Authorization: Bearer $ADMIN" "$GW/api/v1/areas?under=$TOWN&limit=500"
run "worker due list ($first items for bench-w-0), 40 workers in turn" grid-due -s bench/grid-due.lua "$GW"
echo "Raw wrk outputs: var/bench/grid-*.txt" | tee -a "$REPORT"
