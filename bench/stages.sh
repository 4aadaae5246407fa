#!/usr/bin/env bash
# Instructions per MB of each extraction stage, and of the whole `uncite
# extract` next to `rg -o` on the same files, counted by callgrind: a count,
# not a time, so it is the same whatever else the (shared, noisy) machine is
# doing. Per stage: a run with 2 passes minus a run with 1 (pattern
# compilation and start-up cancel out).
#
# usage: bench/stages.sh [DIR]   (default: every 40th file of bench/work/corpus-100mb)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)"; exit 2; }
dir=${1:-}
if [ -z "$dir" ]; then
  [ -d bench/work/corpus-100mb ] || python3 bench/gen_corpus.py data/corpus bench/work/corpus-100mb 100
  dir=bench/work/stage-sample
  rm -rf "$dir"; mkdir -p "$dir"
  find -L bench/work/corpus-100mb -name '*.txt' | sort | awk 'NR%40==0' | while read -r f; do cp "$f" "$dir/"; done
fi
mb=$(du -sb "$dir" | awk '{print $1/1e6}')
cargo build --release --quiet --example stages
bin=${CARGO_TARGET_DIR:-target}/release
out=$(mktemp -d)
for r in 1 2; do
  REPS=$r valgrind --tool=callgrind --callgrind-out-file="$out/s$r" "$bin/examples/stages" "$dir" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes "$out/s$r" 2>/dev/null | grep -E 'stages::stage_[a-z]+ ' \
    | sed -E 's/^ *([0-9,]+) .*stage_([a-z]+).*/\2 \1/' | tr -d , | sort -u -k1,1 > "$out/t$r"
done
echo "sample: $dir, $mb MB"
join "$out/t1" "$out/t2" | awk -v mb="$mb" '{d=$3-$2; t+=d; printf "  %-10s %6.1f M instructions/MB\n", $1, d/1e6/mb} END {printf "  %-10s %6.1f M instructions/MB\n", "all stages", t/1e6/mb}'
count() { valgrind --tool=callgrind --callgrind-out-file="$out/c" "$@" >/dev/null 2>&1; callgrind_annotate "$out/c" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",","",$1); print $1}'; }
u=$(count "$bin/uncite" extract --threads 1 "$dir")
if command -v rg >/dev/null; then
  pat=$(python3 - <<'PY'
src = open("bench/run").read()
ns = {}
exec(src[src.index("ORD = "):src.index("def sh(")], ns)
print(ns["PATTERN"].replace(r"\b", r"(?-u:\b)"))
PY
)
  g=$(count rg -j1 -o --no-filename -e "$pat" "$dir")
  awk -v u="$u" -v g="$g" -v mb="$mb" 'BEGIN {printf "whole program, start-up included: uncite extract -j1 %.1f M/MB, rg -o -j1 %.1f M/MB: %.2fx\n", u/1e6/mb, g/1e6/mb, u/g}'
else
  awk -v u="$u" -v mb="$mb" 'BEGIN {printf "whole program: uncite extract -j1 %.1f M/MB (rg not installed)\n", u/1e6/mb}'
fi
rm -rf "$out"
