#!/usr/bin/env bash
# Peak RSS and wall time of `routediff parse` on a generated N-row Linux `ip route` dump, for two builds in the same
# run (issue 18: 1M rows in <= 400 MiB). The dump is generated here, never committed.
#   bench/linux-memory.sh BASELINE.jar CANDIDATE.jar [ROWS]   (default 1000000; each jar with its plugins/ beside it)
set -euo pipefail
base="$1"; cand="$2"; rows="${3:-1000000}"
command -v /usr/bin/time >/dev/null || { echo "linux-memory.sh: needs GNU time: apt-get install time" >&2; exit 2; }
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
# routes as a BGP-fed Linux router prints them: via a few next hops, proto bgp, a metric; /24s from 1.0.0.0 up
awk -v n="$rows" 'BEGIN {
  print "default via 192.0.2.1 dev eth0 proto dhcp src 192.0.2.10 metric 100";
  print "192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.10 metric 100";
  for (i = 0; i < n - 2; i++) {
    a = 1 + int(i / 65536); b = int(i / 256) % 256; c = i % 256;
    printf "%d.%d.%d.0/24 via 192.0.2.%d dev eth%d proto bgp metric %d\n", a, b, c, 2 + i % 4, i % 2, 20 + i % 3;
  }
}' > "$dir/ip-route.txt"
for jar in "$base" "$cand"; do
  # the flags ./routediff and bin/routediff start Java with
  /usr/bin/time -v java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -jar "$jar" parse "$dir/ip-route.txt" > /dev/null 2> "$dir/time.txt" || { tail -3 "$dir/time.txt" >&2; }
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
  printf '%-50s rows=%d peak RSS %s MiB, wall %s\n' "$jar" "$rows" "$rss" "$wall"
done
