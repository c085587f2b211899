#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for a while.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Targets: every Fuzz/Sources/Fuzz*/ folder unless named. Each starts from its committed seed
# corpus, Fuzz/corpus/<target>/ (small hand-written inputs; a target without one starts from
# pieces of samples/), and writes what it finds to .build-fuzz/corpus/<target>/. A crash (or
# leak, timeout, out-of-memory) lands in .build-fuzz/crashes/<target>/ and makes this script
# exit 1 once every target has run; keep each crash as a regression test (docs/security.md).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}; shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for d in Fuzz/Sources/Fuzz*/; do targets+=("$(basename "$d")"); done
fi
root=$PWD/.build-fuzz
for t in "${targets[@]}"; do
  (cd Fuzz && swift build -c release --scratch-path "$root" --product "$t" 2>&1 | tail -n 1)
done
# Targets with no committed corpus: start from pieces of the sample texts.
python3 - "$root/corpus" "${targets[@]}" <<'PY'
import os, sys, glob
out, targets = sys.argv[1], sys.argv[2:]
samples = sorted(glob.glob("samples/*.txt") + glob.glob("samples/*.md"))
texts = [open(p, "rb").read() for p in samples]
chunks = [t[i:i + 1500] for t in texts for i in range(0, min(len(t), 1500 * 6), 1500)]
for t in targets:
    d = os.path.join(out, t)
    os.makedirs(d, exist_ok=True)
    if not os.path.isdir(os.path.join("Fuzz", "corpus", t)) and not os.listdir(d):
        for i, c in enumerate(chunks):
            open(os.path.join(d, f"sample-{i:03d}"), "wb").write(c)
PY
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$root/crashes/$t"
  seeds=()
  [ -d "Fuzz/corpus/$t" ] && seeds+=("$PWD/Fuzz/corpus/$t")
  before=$(ls "$root/crashes/$t" | wc -l)
  echo "fuzz: $t for ${secs}s ($(ls "$root/corpus/$t" ${seeds[@]+"${seeds[@]}"} 2>/dev/null | grep -vc ':$') inputs to start from)"
  set +e
  "$root/release/$t" "$root/corpus/$t" ${seeds[@]+"${seeds[@]}"} -max_total_time="$secs" -max_len=8192 -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$root/crashes/$t/" -print_final_stats=1 > "$root/$t.log" 2>&1
  status=$?
  set -e
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" "$root/$t.log" || true
  after=$(ls "$root/crashes/$t" | wc -l)
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "fuzz: $t FAILED (exit $status); input in $root/crashes/$t/, log in $root/$t.log"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${secs}s each without a crash"
