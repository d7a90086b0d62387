#!/usr/bin/env bash
# The JSON encoder decision in one run (docs/performance.md): the parse document of the same tables written by the
# CLI's hand-written JsonTableWriter and by Jackson's streaming generator (JacksonTableEncoder), as whole processes
# (JsonStartup: parse, then write), alternating, medians of ROUNDS runs each and the ratio hand/jackson. The 20-route
# table is the field report's; the large one is generated. Both run from bench/target/benchmarks.jar on the same
# Java with the same flags (no class-data archive for either). Installs nothing.
#
#   bench/json-encoders.sh              # 15 rounds of 20 routes, 5 of 1000000
#   ROUNDS=9 LARGE=200000 bench/json-encoders.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-15}"
large="${LARGE:-1000000}"
large_rounds="${LARGE_ROUNDS:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/routediff-json.XXXXXX")"
trap 'rm -rf "$work"' EXIT
bench_jar="$root/bench/target/benchmarks.jar"
java="${JAVA:-$(command -v java)}"
if [ ! -f "$bench_jar" ]; then
  echo "json-encoders.sh: building bench/target/benchmarks.jar" >&2
  mvn -B -q -f "$root/pom.xml" -pl bench -am -DskipTests package >&2
fi
small="$root/examples/clientvpn-split-before.txt"
"$java" -cp "$bench_jar" dev.routediff.bench.TableGenerator --routes "$large" --seed 1 > "$work/large.txt"

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# one timed run: prints its wall seconds
run() {
  local start end
  start=$(date +%s.%N)
  "$java" -Xmx3g -cp "$bench_jar" dev.routediff.bench.JsonStartup "$1" "$2" > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }'
}

measure() {
  local file="$1" n="$2" label="$3"
  : > "$work/hand"; : > "$work/jackson"
  run hand "$file" > /dev/null; run jackson "$file" > /dev/null   # warm the page cache
  for ((i = 0; i < n; i++)); do
    if ((i % 2 == 0)); then
      run hand "$file" >> "$work/hand"; run jackson "$file" >> "$work/jackson"
    else
      run jackson "$file" >> "$work/jackson"; run hand "$file" >> "$work/hand"
    fi
  done
  local h j
  h=$(median < "$work/hand"); j=$(median < "$work/jackson")
  printf '%-22s hand %.3f s   jackson %.3f s   hand/jackson %.2f\n' "$label" "$h" "$j" "$(awk -v h="$h" -v j="$j" 'BEGIN { print h / j }')"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$small" "$rounds" "20 routes ($rounds pairs)"
measure "$work/large.txt" "$large_rounds" "$large routes ($large_rounds pairs)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
