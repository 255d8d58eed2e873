# Sourced by bin/bench (uses its GW, GRID, KAFKA, MONGO, AREA, COUNTY, OUT, row, note, tool, counts,
# wrk_summary): the screening write path and the gateway under load (issue 17).
#   - BENCH_CLIENTS tokens (distinct subjects), requests round-robin over them, so the gateway's
#     per-client rate limit stays on as on a screening day
#   - PHQ-9 submissions for BENCH_BURST s through the gateway (wrk, BENCH_CONNECTIONS connections),
#     with critical submissions → crisis case readable measured during that burst, the per-process
#     CPU share over it, and the downstream lag after it (outbox empty, reporting and psych consumer
#     groups caught up); then the same burst direct to assessment-service
#   - GET area direct and through the gateway, co-located and pinned to separate cores (taskset),
#     with the CPU per request of the gateway and of grid-service
# shellcheck shell=bash
BURST=${BENCH_BURST:-60}; CONNS=${BENCH_CONNECTIONS:-32}; CLIENTS=${BENCH_CLIENTS:-40}
ASSESSMENT="http://127.0.0.1:${ASSESSMENT_PORT:-8083}"
$QUICK && { BURST=10; }

TOKENS=""
for i in $(seq 1 "$CLIENTS"); do
  t="$(curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" \
    -d "{\"subject\":\"bench-client-$i\",\"roles\":[\"SYSTEM_ADMIN\"],\"areas\":[\"3303\"]}" | sed -E 's/.*"token":"([^"]+)".*/\1/')"
  TOKENS+="${TOKENS:+,}$t"
done
export TOKENS
# the crisis probe is a client of its own (its polls stay under its rate limit: 2 workers, 50 ms)
CRISIS_TOKEN="$(curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" \
  -d '{"subject":"bench-crisis-probe","roles":["SYSTEM_ADMIN"],"areas":["3303"]}' | sed -E 's/.*"token":"([^"]+)".*/\1/')"

PROCS=(gateway-service assessment-service psych-service reporting-service grid-service registry-service local-kafka local-mongo)
cpu_ticks() { # -> "name ticks" (utime+stime of each component), and "name:jit ticks" of its JIT compiler threads
  local n p
  for n in "${PROCS[@]}"; do
    p="$(cat "var/run/$n.pid")"
    echo "$n $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0)"
    echo "$n:jit $(for t in /proc/"$p"/task/*; do grep -q '^C[12] CompilerThre' "$t/comm" 2>/dev/null && cut -d')' -f2 "$t/stat"; done | awk '{s += $12 + $13} END {print s + 0}')"
  done
}
# before-file after-file seconds requests -> "name share% (ms/request), …"
cpu_shares() {
  local hz; hz="$(getconf CLK_TCK)"
  join "$1" "$2" | awk -v s="$3" -v n="$4" -v hz="$hz" '
    $1 ~ /:jit$/ {jit[substr($1, 1, length($1) - 4)] = ($3-$2)*1000/hz; next}
    {name[++k] = $1; ms[$1] = ($3-$2)*1000/hz; tot += ms[$1]}
    END {
      for (i = 1; i <= k; i++) { c = name[i]; printf "%s %.0f%% (%.2f ms/req, JIT %.2f), ", c, ms[c]/10/s, (n>0? ms[c]/n : 0), (n>0? jit[c]/n : 0); tj += jit[c] }
      printf "all %.0f%% of one core (%.2f ms/req, of which JIT compiler threads %.2f)", tot/10/s, (n>0? tot/n : 0), (n>0? tj/n : 0)
    }'
}
requests_of() { awk '/requests in/ {print $1}' "$1"; }
status_of() { grep '^status:' "$1" | cut -d' ' -f2-; }
non2xx_of() { awk '/Non-2xx/ {print $NF}' "$1" | grep . || echo 0; }

note "Load on the machine when this section started: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average; other work on the machine shares the 2 cores)."
note ""

# warm-up: the JIT compiles the write path before anything is measured
wrk -t2 -c"$CONNS" -d15s -s bench/submit.lua "$GW" >/dev/null
wrk -t2 -c"$CONNS" -d10s -s bench/submit.lua "$ASSESSMENT" >/dev/null

# timers of the write path (assessment-service) and of the gateway's route to it
prom_timers() {
  curl -s "$ASSESSMENT/actuator/prometheus" | grep -E '^(http_server_requests|mongodb_driver_commands|outbox_publish|spring_security_filterchains|jvm_gc_pause|spring_kafka_template)_seconds_(count|sum)\{'
  curl -s "$GW_MGMT/actuator/prometheus" | grep -E '^(spring_cloud_gateway_requests_seconds_(count|sum)\{.*routeId="assessment-service"|jvm_gc_pause_seconds_(count|sum)\{)' | sed 's/^jvm_gc/gateway_jvm_gc/'
}

# the responder's phone (issue 14): critical submission → its crisis case's first notification sent
# (local sink: recorded as sent and DELIVERED), on the warm, otherwise idle platform, then during the burst
NOTIFY_TOKEN="$(curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" \
  -d '{"subject":"bench-notify-probe","roles":["SYSTEM_ADMIN"],"areas":["3303"]}' | sed -E 's/.*"token":"([^"]+)".*/\1/')"
tool crisis-notify-latency "$GW" "$NOTIFY_TOKEN" "${BENCH_NOTIFY_N:-30}" "$AREA" 1 20 >"$OUT/notify-idle.txt"
row "critical submission → first notification of its crisis case sent, idle platform" "$(cut -d: -f2- "$OUT/notify-idle.txt")" \
  "java -cp \$(cat var/bench.cp) bench/BenchTool.java crisis-notify-latency $GW \$TOKEN ${BENCH_NOTIFY_N:-30} $AREA 1 20"

# the LOW loop (issue 14): a LOW-tier screening of a registered resident → the follow-up task on the
# grid worker's due list (a grid, a worker and residents of its own under the demo village)
tool low-to-grid-task "$GW" "$NOTIFY_TOKEN" "$AREA" "${BENCH_LOW_N:-20}" 50 >"$OUT/low-idle.txt"
row "LOW flag of a resident → follow-up task on the grid worker's due list, idle platform" "$(cut -d: -f2- "$OUT/low-idle.txt")" \
  "java -cp \$(cat var/bench.cp) bench/BenchTool.java low-to-grid-task $GW \$TOKEN $AREA ${BENCH_LOW_N:-20} 50"

# B1. through the gateway, with the crisis probes during the burst
read -r s0 p0 r0 k0 c0 < <(counts)
prom_timers >"$OUT/timers-0"
cpu_ticks >"$OUT/cpu-submit-0"
( sleep 5; tool crisis-latency "$GW" "$CRISIS_TOKEN" "${BENCH_CRISIS_N:-100}" "$AREA" 2 50 >"$OUT/crisis-during.txt" ) &
crisis_pid=$!
( sleep 5; tool crisis-notify-latency "$GW" "$NOTIFY_TOKEN" "${BENCH_NOTIFY_N:-30}" "$AREA" 1 50 >"$OUT/notify-during.txt" ) &
notify_pid=$!
wrk -t2 -c"$CONNS" -d"${BURST}s" --latency -s bench/submit.lua "$GW" >"$OUT/submit.txt"
burst_end="$(date +%s%3N)"
cpu_ticks >"$OUT/cpu-submit-1"
prom_timers >"$OUT/timers-1"
# counted from the end of the burst (the tool's own start-up is inside the figure)
LAG="$(tool downstream-lag "$KAFKA" "$MONGO/assessment" assessment.assessments.v1 reporting-service.facts,psych-service.risk 180 "$burst_end")"
wait "$crisis_pid" || true
wait "$notify_pid" || true
read -r srps sp50 sp99 < <(wrk_summary "$OUT/submit.txt")
row "PHQ-9 submissions through the gateway, ${BURST} s, $CLIENTS clients, rate limit on: req/s, p50, p99" "$srps req/s, $sp50, $sp99" \
  "TOKENS=<$CLIENTS tokens> AREA=$AREA wrk -t2 -c$CONNS -d${BURST}s --latency -s bench/submit.lua $GW"
row "… status classes" "$(status_of "$OUT/submit.txt")" "same run"
row "… CPU share per process during the burst (100 % = one core; 2 cores here)" \
  "$(cpu_shares "$OUT/cpu-submit-0" "$OUT/cpu-submit-1" "$BURST" "$(requests_of "$OUT/submit.txt")")" "utime+stime from /proc/<pid>/stat before and after ÷ requests"
row "critical submission → crisis case readable, during that burst" "$(cut -d: -f2- "$OUT/crisis-during.txt")" \
  "java -cp \$(cat var/bench.cp) bench/BenchTool.java crisis-latency $GW \$TOKEN ${BENCH_CRISIS_N:-100} $AREA 2 50 (started 5 s into the burst)"
row "critical submission → first notification of its crisis case sent, during that burst" "$(cut -d: -f2- "$OUT/notify-during.txt")" \
  "java -cp \$(cat var/bench.cp) bench/BenchTool.java crisis-notify-latency $GW \$TOKEN ${BENCH_NOTIFY_N:-30} $AREA 1 50 (started 5 s into the burst)"
row "downstream lag after the burst: outbox empty, reporting and psych caught up (each part)" "${LAG#lagMs=}" \
  "java -cp \$(cat var/bench.cp) bench/BenchTool.java downstream-lag $KAFKA $MONGO/assessment assessment.assessments.v1 reporting-service.facts,psych-service.risk 180 <burst end, epoch ms>"
read -r s1 p1 r1 k1 c1 < <(counts)
# wall-clock breakdown of one submission during the burst: each timer's calls per submission and mean
awk -v N="$(requests_of "$OUT/submit.txt")" -f bench/prom-diff.awk "$OUT/timers-0" "$OUT/timers-1" \
  | sed -E 's/(application|cluster_id|database|server_address|error|exception|outcome|routeUri|httpStatusCode|spring_security_filterchain_(position|size))="[^"]*",?//g; s/,?status="SUCCESS"//' \
  | awk '$1 >= 0.01' | sort -k3 >"$OUT/breakdown.txt"
while read -r calls mean series; do
  row "… per submission: $series" "$calls calls, mean $mean ms" "Prometheus timers before and after the burst (bench/prom-diff.awk)"
done <"$OUT/breakdown.txt"
row "… then (deltas over the run): stored / AssessmentCompleted published / reporting SCREENINGS / RiskFlagged HIGH+MEDIUM / crisis cases" \
  "$((s1-s0)) / $((p1-p0)) / $((r1-r0)) / $((k1-k0)) / $((c1-c0))" "counts as in the fault rows"

# B2. the same burst direct to assessment-service (no gateway, no rate limit)
cpu_ticks >"$OUT/cpu-direct-0"
wrk -t2 -c"$CONNS" -d"${BURST}s" --latency -s bench/submit.lua "$ASSESSMENT" >"$OUT/submit-direct.txt"
cpu_ticks >"$OUT/cpu-direct-1"
read -r drps dp50 dp99 < <(wrk_summary "$OUT/submit-direct.txt")
row "PHQ-9 submissions direct to assessment-service, ${BURST} s: req/s, p50, p99" "$drps req/s, $dp50, $dp99" \
  "TOKENS=<$CLIENTS tokens> AREA=$AREA wrk -t2 -c$CONNS -d${BURST}s --latency -s bench/submit.lua $ASSESSMENT"
row "… status classes" "$(status_of "$OUT/submit-direct.txt")" "same run"
row "… CPU share per process" \
  "$(cpu_shares "$OUT/cpu-direct-0" "$OUT/cpu-direct-1" "$BURST" "$(requests_of "$OUT/submit-direct.txt")")" "as above"
tool downstream-lag "$KAFKA" "$MONGO/assessment" assessment.assessments.v1 reporting-service.facts,psych-service.risk 180 >/dev/null || true

# A. gateway overhead on the bench GET, co-located and pinned
get_run() { # name url -> file
  wrk -t2 -c16 -d3s -s bench/get.lua "$2" >/dev/null
  cpu_ticks >"$OUT/cpu-$1-0"
  wrk -t2 -c16 -d"${DUR}s" --latency -s bench/get.lua "$2" >"$OUT/$1.txt"
  cpu_ticks >"$OUT/cpu-$1-1"
}
ms_per_req() { # name component -> CPU ms per request of that component in run <name> (JIT threads included)
  local hz; hz="$(getconf CLK_TCK)"
  join "$OUT/cpu-$1-0" "$OUT/cpu-$1-1" | awk -v c="$2" -v n="$(requests_of "$OUT/$1.txt")" -v hz="$hz" '$1 == c {printf "%.3f", ($3-$2)*1000/hz/n}'
}
get_rows() { # label suffix
  read -r drps dp50 dp99 < <(wrk_summary "$OUT/direct$2.txt"); read -r grps gp50 gp99 < <(wrk_summary "$OUT/gateway$2.txt")
  row "GET area, direct to grid-service$1: req/s, p50, p99 (non-2xx)" "$drps req/s, $dp50, $dp99 ($(non2xx_of "$OUT/direct$2.txt"))" \
    "TOKENS=<$CLIENTS tokens> wrk -t2 -c16 -d${DUR}s --latency -s bench/get.lua $GRID/api/v1/areas/$COUNTY"
  row "GET area, through the gateway$1: req/s, p50, p99 (non-2xx)" "$grps req/s, $gp50, $gp99 ($(non2xx_of "$OUT/gateway$2.txt"))" \
    "TOKENS=<$CLIENTS tokens> wrk -t2 -c16 -d${DUR}s --latency -s bench/get.lua $GW/api/v1/areas/$COUNTY"
  row "gateway/direct throughput ratio$1" "$(awk -v g="$grps" -v d="$drps" 'BEGIN {printf "%.2f", g/d}')" "ratio of the two rows above"
  row "CPU per request through the gateway$1: gateway / grid-service" \
    "$(ms_per_req "gateway$2" gateway-service) ms / $(ms_per_req "gateway$2" grid-service) ms" "/proc/<pid>/stat before and after ÷ requests"
}
get_run direct "$GRID/api/v1/areas/$COUNTY"
get_run gateway "$GW/api/v1/areas/$COUNTY"
get_rows "" ""
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  # production runs the gateway and the service on different machines: the gateway alone on core 0,
  # grid-service alone on core 1 (wrk and everything else keep both cores)
  taskset -a -cp 0 "$(cat var/run/gateway-service.pid)" >/dev/null
  taskset -a -cp 1 "$(cat var/run/grid-service.pid)" >/dev/null
  get_run direct-pinned "$GRID/api/v1/areas/$COUNTY"
  get_run gateway-pinned "$GW/api/v1/areas/$COUNTY"
  taskset -a -cp 0-$(($(nproc) - 1)) "$(cat var/run/gateway-service.pid)" >/dev/null
  taskset -a -cp 0-$(($(nproc) - 1)) "$(cat var/run/grid-service.pid)" >/dev/null
  get_rows ", pinned (gateway on core 0, grid-service on core 1)" "-pinned"
fi
