#!/usr/bin/env bash
# Fault run "replay all topics": rebuild reporting-service's read side from the topics twice and
# check that both rebuilds give the same KPI table, and that it counts every assessment on the topic.
# Usage: bench/replay.sh (stack running; appends a row to var/bench/report.md and prints it)
set -euo pipefail
cd "$(dirname "$0")/.."
GW="http://127.0.0.1:${GATEWAY_PORT:-8080}"; KAFKA="127.0.0.1:${KAFKA_PORT:-9092}"; MONGO="mongodb://127.0.0.1:${MONGO_PORT:-27017}"
CP="$(cat var/bench.cp)"; LOGB="-Dlogback.configurationFile=bench/logback.xml"
TOKEN="$(curl -s -X POST -H 'Content-Type: application/json' "$GW/api/v1/dev/tokens" \
  -d '{"subject":"bench","roles":["SYSTEM_ADMIN"],"areas":["3303"]}' | sed -E 's/.*"token":"([^"]+)".*/\1/')"
PERIOD="$(TZ=Asia/Shanghai date +%Y-%m)"
rebuild() {
  bin/stack stop reporting-service >/dev/null
  java $LOGB -cp "$CP" bench/ReplayTool.java "$KAFKA" "$MONGO/reporting" 2>/dev/null >&2
  local t0; t0=$(date +%s)
  bin/stack start reporting-service >/dev/null
  # settled: the KPI table stops changing for 10 s and no cell is dirty
  local last="" now="" stable=0
  while [ $stable -lt 5 ]; do
    sleep 2
    now="$(curl -s -H "Authorization: Bearer $TOKEN" "$GW/api/v1/kpis?area=330327&period=$PERIOD")"
    dirty="$(java $LOGB -cp "$CP" bench/BenchTool.java count-mongo "$MONGO/reporting" dirty_cells '{}' 2>/dev/null | cut -d= -f2)"
    if [ "$now" = "$last" ] && [ "$dirty" = 0 ]; then stable=$((stable + 1)); else stable=0; fi
    last="$now"
  done
  echo "$(( $(date +%s) - t0 ))" >var/bench/replay-seconds
  printf '%s' "$now"
}
first="$(rebuild)"; s1="$(cat var/bench/replay-seconds)"
second="$(rebuild)"; s2="$(cat var/bench/replay-seconds)"
topic="$(java $LOGB -cp "$CP" bench/BenchTool.java count-topic "$KAFKA" assessment.assessments.v1 org.socialpsych.assessment.AssessmentCompleted.v1 2>/dev/null | sed -E 's/.*distinctKeys=//')"
# the county's own SCREENINGS comes first in the answer (children follow)
screenings="$(grep -o '"indicator":"SCREENINGS","value":[^,]*,"numerator":[0-9]*' <<<"$first" | head -1 | sed -E 's/.*:([0-9]+)$/\1/')"
same=no; [ "$first" = "$second" ] && same=yes
row="| fault: replay all topics into an emptied reporting read side, twice — identical KPI tables / SCREENINGS vs AssessmentCompleted on the topic / rebuild time | $same / $screenings vs $topic / ${s1} s and ${s2} s | \`bench/replay.sh\` |"
echo "$row" | tee -a var/bench/report.md
