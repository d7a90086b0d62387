#!/usr/bin/env bash
# The CLI-parser decision in one run (docs/performance.md): a 20-route parse --format json as a whole process with
# the command line read by picocli (PicocliStartup) and without it (JsonStartup hand: the same parse and JSON), both
# from bench/target/benchmarks.jar with the launcher's JVM flags and each with a class-data archive of its own
# (trained by one run, as the launcher does), alternating, medians of ROUNDS pairs and the ratio. Installs nothing.
#
#   bench/picocli-startup.sh            # 21 pairs
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-21}"
work="$(mktemp -d "${TMPDIR:-/tmp}/routediff-picocli.XXXXXX")"
trap 'rm -rf "$work"' EXIT
jar="$root/bench/target/benchmarks.jar"
java="${JAVA:-$(command -v java)}"
table="$root/examples/clientvpn-split-before.txt"
if [ ! -f "$jar" ]; then
  mvn -B -q -f "$root/pom.xml" -pl bench -am -DskipTests package >&2
fi
flags=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -Xlog:cds=off,cds+dynamic=off -cp "$jar")
plain=(dev.routediff.bench.JsonStartup hand "$table")
picocli=(dev.routediff.bench.PicocliStartup parse "$table" --format json)
"$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$work/plain.jsa" "${plain[@]}" > /dev/null
"$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$work/picocli.jsa" "${picocli[@]}" > /dev/null
cmp <("$java" "${flags[@]}" "${plain[@]}") <("$java" "${flags[@]}" "${picocli[@]}")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
run() {
  local archive="$1"; shift
  local start end
  start=$(date +%s%N)
  "$java" "${flags[@]}" -XX:SharedArchiveFile="$archive" "$@" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < rounds; i++)); do
  if ((i % 2 == 0)); then
    run "$work/plain.jsa" "${plain[@]}" >> "$work/plain"; run "$work/picocli.jsa" "${picocli[@]}" >> "$work/picocli"
  else
    run "$work/picocli.jsa" "${picocli[@]}" >> "$work/picocli"; run "$work/plain.jsa" "${plain[@]}" >> "$work/plain"
  fi
done
p=$(median < "$work/plain"); q=$(median < "$work/picocli")
awk -v p="$p" -v q="$q" -v n="$rounds" 'BEGIN { printf "20-route parse, %d pairs: without picocli %.1f ms, with picocli %.1f ms, ratio %.2f (+%.1f ms)\n", n, p / 1000, q / 1000, q / p, (q - p) / 1000 }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
