#!/usr/bin/env bash
# Whole-process comparison of routediff with jc (docs/performance.md): the same generated macOS tables, both tools
# alternating within each round, several rounds, medians of wall time and peak RSS (GNU time), and the ratio
# routediff/jc of each. Also times `routediff diff` of two 1M-route tables (jc has no diff; its targets are
# absolute). Installs nothing: without jc it says how to get it and measures routediff alone.
#
#   bench/compare.sh                 # 5 rounds, tables of 20, 200000 and 1000000 routes
#   ROUNDS=3 SIZES="20 200000" bench/compare.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-5}"
sizes="${SIZES:-20 200000 1000000}"
diff_size="${DIFF_SIZE:-1000000}"
work="${WORK:-${TMPDIR:-/tmp}/routediff-compare}"
bench_jar="$root/bench/target/benchmarks.jar"
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "compare.sh: needs GNU time for peak RSS: apt-get install time" >&2
  exit 2
fi
have_jc=1
if ! command -v jc >/dev/null 2>&1; then
  have_jc=0
  echo "compare.sh: jc is not installed, so only routediff is measured; to compare: apt-get update && apt-get install -y jc" >&2
fi
if [ ! -f "$bench_jar" ]; then
  echo "compare.sh: building the table generator (bench/target/benchmarks.jar)" >&2
  mvn -B -q -f "$root/pom.xml" -pl bench -am -DskipTests package >&2
fi

gen() { # routes seed [changes] -> file
  local f="$work/table-$1-$2${3:+-changed}.txt"
  if [ ! -s "$f" ]; then
    java -cp "$bench_jar" dev.routediff.bench.TableGenerator --routes "$1" --seed "$2" \
      ${3:+--changes "$3" --change-seed 2} >"$f"
  fi
  echo "$f"
}

# one timed run: name, standard input, then the command; appends "name wall_s rss_kb" to the results
results="$work/results.tsv"
: >"$results"
# Wall time from the clock in nanoseconds (GNU time's %e has 10 ms steps, too coarse for a 70 ms run; the few
# microseconds GNU time itself adds are the same for both tools); peak RSS from GNU time.
timed() {
  local name="$1" input="$2"; shift 2
  local t0 t1
  t0="$(date +%s%N)"
  /usr/bin/time -f "%M" -o "$work/time.out" "$@" <"$input" >/dev/null 2>"$work/stderr.out" || true
  t1="$(date +%s%N)"
  echo "$name $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }') $(tail -n 1 "$work/time.out")" \
    >>"$results"
}
rd_parse() { timed "routediff:$1" /dev/null "$root/routediff" parse "$2" --format json; }
jc_parse() { timed "jc:$1" "$2" jc --netstat; }

# the launcher builds the jar and its class-data archive on its first run; that is set-up, not measured
"$root/routediff" parse "$(gen 20 1)" >/dev/null

declare -A file
for n in $sizes; do file[$n]="$(gen "$n" 1)"; done
diff_a="$(gen "$diff_size" 1)"
diff_b="$(gen "$diff_size" 1 0.01)"

for ((r = 1; r <= rounds; r++)); do
  echo "round $r of $rounds" >&2
  for n in $sizes; do
    # alternate which tool goes first, so neither always meets a warm or a cold page cache
    if ((r % 2)) || ((!have_jc)); then
      rd_parse "$n" "${file[$n]}"
      if ((have_jc)); then jc_parse "$n" "${file[$n]}"; fi
    else
      jc_parse "$n" "${file[$n]}"
      rd_parse "$n" "${file[$n]}"
    fi
  done
  timed "routediff-diff:$diff_size" /dev/null "$root/routediff" diff "$diff_a" "$diff_b"
done

median() { # name column -> median
  awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.3f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }

echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(java -version 2>&1 | head -n 1)"
echo "$([ "$have_jc" = 1 ] && jc --version 2>/dev/null | head -n 1), medians of $rounds rounds"
printf '%-22s %10s %10s %10s %10s %9s %9s\n' case "rd wall s" "rd MiB" "jc wall s" "jc MiB" "wall r/j" "RSS r/j"
for n in $sizes; do
  rw="$(median "routediff:$n" 2)"; rm="$(median "routediff:$n" 3)"
  jw="$(median "jc:$n" 2)"; jm="$(median "jc:$n" 3)"
  printf '%-22s %10s %10s %10s %10s %9s %9s\n' "parse $n" "$rw" "$(mib "$rm")" "$jw" "$(mib "$jm")" \
    "$(ratio "$rw" "$jw")" "$(ratio "$rm" "$jm")"
done
dw="$(median "routediff-diff:$diff_size" 2)"; dm="$(median "routediff-diff:$diff_size" 3)"
printf '%-22s %10s %10s %10s %10s %9s %9s\n' "diff $diff_size" "$dw" "$(mib "$dm")" - - - -
echo "(raw runs: $results)"
