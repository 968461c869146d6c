#!/usr/bin/env bash
# examples/bench.sh [steady|build|batch|heap|all]: the figures of docs/performance.md, from the
# project's root after `mvn -q -B -ntp -DskipTests package`. Each part runs in its own JVM:
#   steady  single thread, steady state, by the thread's CPU time: full extraction, the text layer
#           alone and toLowerCase(Locale.ROOT) over the same texts in interleaved rounds
#           (min/median/max of MB/s and of the ratios to toLowerCase)
#   build   Extractor build time after the recognizer classes are loaded, in three new JVMs
#   batch   2,000 articles (the corpus cycled into a temporary folder) through the command line on
#           one core (taskset -c 0), plain `java -jar` and the launcher examples/vietparse;
#           MB/s by the process's CPU time (user + sys) and by wall time
#   heap    the smallest -Xmx (bisected to 8 MB) with which one string of 10 million chars is extracted
# The corpus is ../shared/corpus/seeds (or -Dvietparse.corpus=DIR via BENCH_CORPUS=DIR).
set -eu
what=${1:-all}
bench=examples/target/benchmarks.jar
corpus=${BENCH_CORPUS:-../shared/corpus/seeds}
[ -d "$corpus" ] || corpus=examples/sample
props=(-Dvietparse.corpus="$corpus")
[ -f "$bench" ] || { echo "no $bench: build first" >&2; exit 1; }

if [ "$what" = steady ] || [ "$what" = all ]; then
  echo "== steady state"
  java "${props[@]}" -cp "$bench" org.vietparse.examples.bench.Figures 20 7
fi
if [ "$what" = build ] || [ "$what" = all ]; then
  echo "== Extractor build"
  for i in 1 2 3; do java -cp "$bench" org.vietparse.examples.bench.Figures build; done
fi
if [ "$what" = batch ] || [ "$what" = all ]; then
  echo "== 2,000-article batch on one core"
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  files=("$corpus"/*.txt)
  for ((i = 0; i < 2000; i++)); do cp "${files[$((i % ${#files[@]}))]}" "$dir/$(printf %05d $i).txt"; done
  bytes=$(cat "$dir"/*.txt | wc -c)
  run() {
    local label=$1; shift
    local t; t=$( { /usr/bin/time -f '%U %S %e' taskset -c 0 "$@" extract --format jsonl -q --threads 1 "$dir" > /dev/null; } 2>&1 | tail -1)
    read -r u s e <<< "$t"
    awk -v b="$bytes" -v u="$u" -v s="$s" -v e="$e" -v l="$label" 'BEGIN {
      printf "%-40s %.2f MB in %.2f s CPU (%.1f MB/s), %.2f s wall (%.1f MB/s)\n", l, b / 1e6, u + s, b / 1e6 / (u + s), e, b / 1e6 / e }'
  }
  # the build writes the launcher's class archive; if it is missing or stale, this run writes it
  examples/vietparse extract -q --text "Ngày 2/9/2025" > /dev/null
  run "java -jar examples/target/vietparse.jar" java -jar examples/target/vietparse.jar
  run "java -XX:TieredStopAtLevel=1 -jar" java -XX:TieredStopAtLevel=1 -jar examples/target/vietparse.jar
  run "examples/vietparse (launcher)" examples/vietparse
fi
if [ "$what" = heap ] || [ "$what" = all ]; then
  echo "== heap for one string of 10 million chars"
  lo=8 hi=2048
  while [ $((hi - lo)) -gt 8 ]; do
    mid=$(((lo + hi) / 2))
    if java -Xmx${mid}m "${props[@]}" -cp "$bench" org.vietparse.examples.bench.Figures heap 10 > /dev/null 2>&1; then
      hi=$mid
    else
      lo=$mid
    fi
  done
  echo "smallest -Xmx that works: ${hi} MB (fails at ${lo} MB)"
fi
