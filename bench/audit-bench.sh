#!/usr/bin/env bash
# Read-audit overhead (bin/bench --audit): every archive read appends a hash-chained audit entry and
# is served only after the entry is stored. This measures, on the running platform, archive reads
# with wrk straight at psych-service and, from psych-service's own metrics over the same interval,
# how long the reads took on average and how much of that they waited for their audit entry
# (audit.reads.wait: queue + hash + insert). Output: var/bench/audit-report.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
GW="http://127.0.0.1:${GATEWAY_PORT:-8080}"; PSYCH="http://127.0.0.1:${PSYCH_PORT:-8082}"
AREA=330327101001; DUR=${BENCH_DURATION:-20}; PERSONS=${AUDIT_BENCH_PERSONS:-20}; CONN=${AUDIT_BENCH_CONNECTIONS:-16}
OUT="$ROOT/var/bench"; mkdir -p "$OUT"; REPORT="$OUT/audit-report.md"; : >"$REPORT"
row() { printf '| %s | %s | `%s` |\n' "$1" "$2" "$3" | tee -a "$REPORT"; }
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print rps, p50, p99}' "$1"; }
mint() { curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" -d "$1" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
metric() { # name + label filter -> value (sum over matching series)
  curl -s "$PSYCH/actuator/prometheus" | awk -v n="$1" -v f="$2" '$1 ~ "^"n && index($1, f) {s += $2} END {printf "%.6f", s}'
}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
GW_MGMT="http://127.0.0.1:${GATEWAY_MANAGEMENT_PORT:-8090}"
if ! curl -s -o /dev/null -w '%{http_code}' "$GW_MGMT/actuator/health" | grep -q 200; then
  GATEWAY_RATE_LIMIT_ENABLED=false bin/stack up
fi
SUBMIT="$(mint "{\"subject\":\"bench-audit-counsellor\",\"roles\":[\"COUNSELLOR\"],\"areas\":[\"3303\"]}")"
CLIN="$(mint "{\"subject\":\"bench-audit-clinician\",\"roles\":[\"CLINICIAN\"],\"areas\":[\"3303\"]}")"
# one screening per person; the archive holds its copy once psych-service consumed AssessmentCompleted
RUN="a$(date +%s)"
for i in $(seq 1 "$PERSONS"); do
  curl -s -o /dev/null -X POST "$GW/api/v1/assessments" -H "Authorization: Bearer $SUBMIT" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $RUN-$i" \
    -d "{\"instrument\":\"PHQ9\",\"answers\":[1,1,0,1,0,1,0,1,0],\"subjectId\":\"$RUN-p$i\",\"areaCode\":\"$AREA\",\"consent\":{\"healthData\":true}}"
done
for i in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $CLIN" "$PSYCH/api/v1/archives/$RUN-p$PERSONS")" = 200 ] && break
  sleep 0.5
done
cat >"$OUT/archive-read.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/archives/$RUN-p" .. ((n % $PERSONS) + 1), {["Authorization"] = "Bearer $CLIN"})
end
LUA
wrk -t2 -c"$CONN" -d3s -s "$OUT/archive-read.lua" "$PSYCH" >/dev/null # warm-up
URI='uri="/api/v1/archives/{personId}"'
c0=$(metric http_server_requests_seconds_count "$URI"); s0=$(metric http_server_requests_seconds_sum "$URI")
a0=$(metric audit_reads_wait_seconds_count ""); w0=$(metric audit_reads_wait_seconds_sum "")
p0=$(metric audit_reads_append_seconds_sum ""); b0=$(metric audit_reads_batch_count "")
wrk -t2 -c"$CONN" -d"${DUR}s" --latency -s "$OUT/archive-read.lua" "$PSYCH" >"$OUT/archive-read.txt"
c1=$(metric http_server_requests_seconds_count "$URI"); s1=$(metric http_server_requests_seconds_sum "$URI")
a1=$(metric audit_reads_wait_seconds_count ""); w1=$(metric audit_reads_wait_seconds_sum "")
p1=$(metric audit_reads_append_seconds_sum ""); b1=$(metric audit_reads_batch_count "")
read -r rps p50 p99 < <(summary "$OUT/archive-read.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/archive-read.txt"); non2xx=${non2xx:-0}
echo "| Figure | Value | Command |" | tee -a "$REPORT"; echo "|---|---|---|" | tee -a "$REPORT"
cw="wrk -t2 -c$CONN -d${DUR}s --latency -s var/bench/archive-read.lua $PSYCH"
row "archive reads as CLINICIAN, $PERSONS persons, $CONN connections (each read audited)" "$rps req/s, p50 $p50, p99 $p99, non-2xx $non2xx" "$cw"
awk -v c0="$c0" -v c1="$c1" -v s0="$s0" -v s1="$s1" -v a0="$a0" -v a1="$a1" -v w0="$w0" -v w1="$w1" -v p0="$p0" -v p1="$p1" -v b0="$b0" -v b1="$b1" 'BEGIN {
  reads = c1 - c0; entries = a1 - a0
  req = reads > 0 ? (s1 - s0) / reads * 1000 : 0
  wait = entries > 0 ? (w1 - w0) / entries * 1000 : 0
  batches = b1 - b0
  app = batches > 0 ? (p1 - p0) / batches * 1000 : 0
  per = batches > 0 ? entries / batches : 0
  share = req > 0 ? wait / req * 100 : 0
  printf "%d %d %.2f %.2f %.2f %.1f %.1f\n", reads, entries, req, wait, app, share, per }' >"$OUT/audit-share.txt"
read -r reads entries req wait app share per <"$OUT/audit-share.txt"
cm="curl $PSYCH/actuator/prometheus (http_server_requests uri=/api/v1/archives/{personId}; audit_reads_wait; audit_reads_append), before and after"
row "reads served / audit entries written in that interval" "$reads / $entries" "$cm"
row "mean server time of a read / of which waiting for its audit entry" "$req ms / $wait ms ($share %)" "$cm"
row "mean time to chain and insert one batch (the serialised part) / entries per batch" "$app ms / $per" "$cm"
echo | tee -a "$REPORT"
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); Mongo backend of local-mongo: ${MONGO_BACKEND:-h2 (as started)}; $(date -u +%Y-%m-%dT%H:%MZ)." | tee -a "$REPORT"
