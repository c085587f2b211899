#!/usr/bin/env bash
# Writes every output drift makes for a fixed set of inputs (seeds, samples, test fixtures,
# development pairs) into one directory, so that two builds can be compared byte for byte:
#
#   scripts/golden_outputs.sh .build/release/drift /tmp/before
#   (change the code, rebuild)
#   scripts/golden_outputs.sh .build/release/drift /tmp/after
#   diff -r /tmp/before /tmp/after
#
# Used to show that a restructuring changed no output (issue #15). Reads ../shared when it is
# there; the project's own samples and fixtures always.
set -u
drift=$(realpath "${1:?usage: golden_outputs.sh DRIFT OUTDIR}")
out=${2:?usage: golden_outputs.sh DRIFT OUTDIR}
mkdir -p "$out"
out=$(realpath "$out")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Relative, so that two clones (before and after a change) print the same paths.
shared=${DRIFT_SHARED:-../shared}
export COLUMNS=100 NO_COLOR=1

pairs=()
s=samples
pairs+=("$s/cnn-putin-negotiations.original.txt $s/cnn-putin-negotiations.inosmi-retranslation.txt")
pairs+=("$s/cnn-putin-negotiations.original.txt $s/cnn-putin-negotiations.blog-repost.txt")
pairs+=("$s/cnn-putin-negotiations.original.txt $s/wapo-trump-diplomacy.republished.txt")
pairs+=("$s/atlantic-council-negotiating-with-putin.report.md $s/cnn-putin-negotiations.original.txt")
f=Tests/DriftKitTests/Resources/fixtures
pairs+=("$f/ru-talks.utf8.txt $f/ru-talks.cp1251.txt")
pairs+=("$s/cnn-putin-negotiations.original.txt $f/cnn-original.cp1251.txt")
pairs+=("$f/article-page.html $s/cnn-putin-negotiations.original.txt")
if [ -d "$shared/seeds" ]; then
  sd=$shared/seeds
  for c in 001_1108ccf958a2eb64 002_b574043853d4dd9c 003_997a19e539cccc32 004_39e626f757b2e1ff; do
    pairs+=("$sd/000_38827089d7ed5e23.txt $sd/$c.txt")
  done
fi
for dir in "$shared/eval/devtexts" "$shared/eval/devtexts-xl"; do
  [ -d "$dir" ] || continue
  for o in "$dir"/*-original.txt; do
    pairs+=("$o ${o%-original.txt}-copy.txt")
  done
done

cd "$root"
n=0
for p in "${pairs[@]}"; do
  set -- $p
  n=$((n + 1))
  name=$(printf '%02d-%s--%s' "$n" "$(basename "$1")" "$(basename "$2")")
  "$drift" compare "$1" "$2" > "$out/$name.txt" 2> "$out/$name.txt.err"; echo "exit $?" >> "$out/$name.txt.err"
  "$drift" compare --format json "$1" "$2" > "$out/$name.json" 2>/dev/null
  "$drift" compare --format html "$1" "$2" > "$out/$name.html" 2>/dev/null
  "$drift" compare --findings-only "$1" "$2" > "$out/$name.findings.txt" 2>/dev/null
  "$drift" compare --stat "$1" "$2" > "$out/$name.stat.txt" 2>/dev/null
  "$drift" check "$1" "$2" > "$out/$name.check.txt" 2>&1; echo "exit $?" >> "$out/$name.check.txt"
done
for file in samples/* $f/* ${sd:+$sd/*}; do
  [ -f "$file" ] || continue
  b=$(basename "$file")
  "$drift" segment "$file" > "$out/segment-$b.tsv" 2>&1
  "$drift" segment --format json "$file" > "$out/segment-$b.json" 2>&1
done
# three copies at once (the collation)
"$drift" compare --format json samples/cnn-putin-negotiations.original.txt samples/cnn-putin-negotiations.inosmi-retranslation.txt samples/cnn-putin-negotiations.blog-repost.txt samples/wapo-trump-diplomacy.republished.txt > "$out/multi.json" 2>&1
"$drift" compare samples/cnn-putin-negotiations.original.txt samples/cnn-putin-negotiations.inosmi-retranslation.txt samples/cnn-putin-negotiations.blog-repost.txt > "$out/multi.txt" 2>&1
echo "$n pairs written to $out"
