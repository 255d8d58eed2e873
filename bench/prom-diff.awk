# bench/prom-diff.awk: the change of Prometheus timers between two scrapes, per request of a run.
# awk -v N=<requests> -f bench/prom-diff.awk before after -> "calls-per-request mean-ms series" per line
function key(line,   k) { k = line; sub(/_(count|sum)\{/, "{", k); sub(/ [^ ]+$/, "", k); return k }
FNR == NR { if ($0 ~ /_seconds_(count|sum)\{/) { v = $NF; k = key($0); if ($0 ~ /_count\{/) c0[k] = v; else s0[k] = v }; next }
$0 ~ /_seconds_(count|sum)\{/ { v = $NF; k = key($0); if ($0 ~ /_count\{/) c1[k] = v; else s1[k] = v }
END {
  for (k in c1) {
    dc = c1[k] - c0[k]; if (dc <= 0) continue
    ds = s1[k] - s0[k]
    printf "%.2f %.1f %s\n", dc / N, ds / dc * 1000, k
  }
}
