#!/usr/bin/env bash
# Whole-process comparison of routediff with jc (docs/performance.md): the same generated macOS tables, both tools
# alternating within each round, several rounds, medians of wall time and peak RSS (GNU time), and the ratio
# routediff/jc of each. routediff is the installed tool: the release archive (dist/target/routediff-*.tar.gz)
# unpacked under the work folder, run by its bin/routediff with its per-user cache there; on Java 17 with its CDS
# archive and, when a Java 25 is found (JAVA25, or /usr/lib/jvm/*25*), on Java 25 with its AOT cache too. The
# smallest table is also parsed through the source checkout's ./routediff (the developers' launcher, which checks
# the sources for changes first). Also `routediff diff` of two 1M-route tables that differ in 1 % of their rows and
# of two unrelated ones, each against GNU diff of the same two files (textual, not semantic) in the same round.
# Installs nothing: without jc it says how to get it and measures routediff alone.
#
#   bench/compare.sh                 # 7 rounds, tables of 20, 200000 and 1000000 routes
#   ROUNDS=3 SIZES="20 200000" bench/compare.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-7}"
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
java17="${JAVA17:-$(command -v java)}"
java25="${JAVA25:-}"
if [ -z "$java25" ]; then
  for j in /usr/lib/jvm/*25*/bin/java; do if [ -x "$j" ]; then java25="$j"; break; fi; done
fi
if [ -z "$java25" ]; then
  echo "compare.sh: no Java 25 found (set JAVA25=/path/to/java), so routediff is measured on Java 17 only" >&2
fi
if [ ! -f "$bench_jar" ]; then
  echo "compare.sh: building the table generator (bench/target/benchmarks.jar)" >&2
  mvn -B -q -f "$root/pom.xml" -pl bench -am -DskipTests package >&2
fi
# the installed tool: the release archive of this checkout, unpacked afresh (the checkout's launcher first builds the
# jar if a source changed, and an archive older than that jar is rebuilt, so that both launchers run the same code)
ROUTEDIFF_JAVA="$java17" "$root/routediff" --version >/dev/null
archive="$(ls "$root"/dist/target/routediff-*.tar.gz 2>/dev/null | head -n 1 || true)"
if [ -z "$archive" ] || [ "$root/cli/target/routediff.jar" -nt "$archive" ]; then
  echo "compare.sh: building the release archive (dist/target/routediff-*.tar.gz)" >&2
  mvn -B -q -f "$root/pom.xml" -pl dist -am -DskipTests package >&2
  archive="$(ls "$root"/dist/target/routediff-*.tar.gz | head -n 1)"
fi
rm -rf "$work/install" "$work/cache"
mkdir -p "$work/install"
tar xzf "$archive" -C "$work/install"
installed="$(ls -d "$work"/install/routediff-*/)bin/routediff"
export XDG_CACHE_HOME="$work/cache" # the installed tool's class-data archives, away from the user's own cache

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
rd_parse() { ROUTEDIFF_JAVA="$java17" timed "routediff:$1" /dev/null "$installed" parse "$2" --format json; }
rd25_parse() { ROUTEDIFF_JAVA="$java25" timed "routediff-25:$1" /dev/null "$installed" parse "$2" --format json; }
src_parse() { ROUTEDIFF_JAVA="$java17" timed "checkout:$1" /dev/null "$root/routediff" parse "$2" --format json; }
src25_parse() { ROUTEDIFF_JAVA="$java25" timed "checkout-25:$1" /dev/null "$root/routediff" parse "$2" --format json; }
jc_parse() { timed "jc:$1" "$2" jc --netstat; }

# each launcher writes its class-data archives (CDS on 17; on 25 an AOT cache per command) on its first run of a
# command with each Java, and the checkout's also builds the jar: set-up, not measured
for cmd in parse diff; do
  for j in "$java17" $java25; do
    for launcher in "$installed" "$root/routediff"; do
      if [ "$cmd" = parse ]; then set -- "$(gen 20 1)"; else set -- "$(gen 20 1)" "$(gen 20 7)"; fi
      ROUTEDIFF_JAVA="$j" "$launcher" "$cmd" "$@" >/dev/null || true
    done
  done
done
smallest="${sizes%% *}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

declare -A file
for n in $sizes; do file[$n]="$(gen "$n" 1)"; done
diff_a="$(gen "$diff_size" 1)"
diff_b="$(gen "$diff_size" 1 0.01)"
diff_u="$(gen "$diff_size" 7)" # another seed: unrelated to the first, every row changed

for ((r = 1; r <= rounds; r++)); do
  echo "round $r of $rounds" >&2
  for n in $sizes; do
    # alternate which tool goes first, so neither always meets a warm or a cold page cache
    if ((r % 2)); then
      rd_parse "$n" "${file[$n]}"
      if [ -n "$java25" ]; then rd25_parse "$n" "${file[$n]}"; fi
      if [ "$n" = "$smallest" ]; then src_parse "$n" "${file[$n]}"; fi
      if [ "$n" = "$smallest" ] && [ -n "$java25" ]; then src25_parse "$n" "${file[$n]}"; fi
      if ((have_jc)); then jc_parse "$n" "${file[$n]}"; fi
    else
      if ((have_jc)); then jc_parse "$n" "${file[$n]}"; fi
      if [ "$n" = "$smallest" ] && [ -n "$java25" ]; then src25_parse "$n" "${file[$n]}"; fi
      if [ "$n" = "$smallest" ]; then src_parse "$n" "${file[$n]}"; fi
      if [ -n "$java25" ]; then rd25_parse "$n" "${file[$n]}"; fi
      rd_parse "$n" "${file[$n]}"
    fi
  done
  for pair in "1pct $diff_b" "unrelated $diff_u"; do
    name="${pair%% *}" other="${pair#* }"
    if ((r % 2)); then
      ROUTEDIFF_JAVA="$java17" timed "routediff-diff-$name:$diff_size" /dev/null "$installed" diff "$diff_a" "$other"
      timed "gnu-diff-$name:$diff_size" /dev/null diff "$diff_a" "$other"
    else
      timed "gnu-diff-$name:$diff_size" /dev/null diff "$diff_a" "$other"
      ROUTEDIFF_JAVA="$java17" timed "routediff-diff-$name:$diff_size" /dev/null "$installed" diff "$diff_a" "$other"
    fi
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { # name column -> median
  awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.3f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }

echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $("$java17" -version 2>&1 | head -n 1)${java25:+, $("$java25" -version 2>&1 | head -n 1)}"
echo "$([ "$have_jc" = 1 ] && jc --version 2>/dev/null | head -n 1), medians of $rounds rounds; load average $load_before before, $load_after after"
printf '%-22s %10s %10s %10s %10s %9s %9s\n' case "rd wall s" "rd MiB" "jc wall s" "jc MiB" "wall r/j" "RSS r/j"
for n in $sizes; do
  jw="$(median "jc:$n" 2)"; jm="$(median "jc:$n" 3)"
  for tool in routediff routediff-25 checkout checkout-25; do
    rw="$(median "$tool:$n" 2)"; rm="$(median "$tool:$n" 3)"
    if [ "$rw" = - ]; then continue; fi
    case "$tool" in
      routediff) label="parse $n" ;;
      routediff-25) label="parse $n (Java 25)" ;;
      checkout) label="parse $n ./routediff" ;;
      *) label="parse $n ./rd Java 25" ;;
    esac
    printf '%-22s %10s %10s %10s %10s %9s %9s\n' "$label" "$rw" "$(mib "$rm")" "$jw" "$(mib "$jm")" \
      "$(ratio "$rw" "$jw")" "$(ratio "$rm" "$jm")"
  done
done
echo
printf '%-22s %10s %10s %10s %10s %9s %9s\n' case "rd wall s" "rd MiB" "diff wall s" "diff MiB" "wall r/d" "RSS r/d"
for name in 1pct unrelated; do
  dw="$(median "routediff-diff-$name:$diff_size" 2)"; dm="$(median "routediff-diff-$name:$diff_size" 3)"
  gw="$(median "gnu-diff-$name:$diff_size" 2)"; gm="$(median "gnu-diff-$name:$diff_size" 3)"
  printf '%-22s %10s %10s %10s %10s %9s %9s\n' "diff $diff_size $name" "$dw" "$(mib "$dm")" "$gw" "$(mib "$gm")" \
    "$(ratio "$dw" "$gw")" "$(ratio "$dm" "$gm")"
done
echo "(raw runs: $results)"
