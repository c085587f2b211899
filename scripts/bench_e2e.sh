#!/usr/bin/env bash
# The whole of `drift compare`, as docs/benchmarks.md ("End to end") reports it:
#   1. per-phase time and allocations at 1k / 10k / 100k sentences (drift-bench phases)
#   2. the 100k pair end to end, JSON to a file, against `wdiff -s` in the same run
#   3. start-up: `drift --version` and the seed pair 000→001 (hyperfine medians)
#   4. memory bound: 2M one-word lines compared with themselves, every output format
#
#   scripts/bench_e2e.sh                 everything (RUNS=3 per measurement)
#   RUNS=1 SCRATCH=.build-x scripts/bench_e2e.sh
# Needs hyperfine and GNU wdiff (installed from Debian if missing) and ../shared/seeds for the
# seed pair. Quote the load average printed with each block: wall times move with it.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-.build-bench}
RUNS=${RUNS:-3}
DIR=${DIR:-/tmp/drift-bench-e2e}
mkdir -p "$DIR"
for tool in hyperfine wdiff; do
    command -v $tool >/dev/null || apt-get install -y $tool >/dev/null 2>&1 || echo "bench: $tool missing" >&2
done
swift build --scratch-path "$SCRATCH" -c release --static-swift-stdlib -Xlinker -no-pie --product drift-bench >&2
swift build --scratch-path "$SCRATCH" -c release --static-swift-stdlib -Xlinker -no-pie --product drift >&2
B="$SCRATCH/release"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "## 1. phases"
"$B/drift-bench" phases --sentences 1000,10000,100000 --runs "$RUNS" --keep "$DIR"

echo; echo "## 2. 100k pair end to end (JSON to a file) and wdiff -s"; load
O="$DIR/original-100000.txt"; C="$DIR/copy-100000.txt"
for k in $(seq "$RUNS"); do
    /usr/bin/time -f "drift compare --format json -o: %e s, %M KiB peak" "$B/drift" compare --format json -o "$DIR/r100k.json" "$O" "$C" || true
    /usr/bin/time -f "wdiff -s: %e s, %M KiB peak" wdiff -s "$O" "$C" > /dev/null || true
done
for n in 10000 100000; do
    /usr/bin/time -f "drift compare json $n: %e s, %M KiB peak" "$B/drift" compare --format json -o "$DIR/r$n.json" "$DIR/original-$n.txt" "$DIR/copy-$n.txt" || true
done
echo "JSON size: $(stat -c %s "$DIR/r100k.json") bytes for $(( $(stat -c %s "$O") + $(stat -c %s "$C") )) bytes of input"; load

echo; echo "## 3. start-up"; load
S=../shared/seeds
hyperfine -N -w 5 -r 50 "$B/drift --version" \
    "$B/drift compare --format json $S/000_38827089d7ed5e23.txt $S/001_1108ccf958a2eb64.txt" \
    "wdiff $S/000_38827089d7ed5e23.txt $S/001_1108ccf958a2eb64.txt" -i 2>&1 | grep -E "Benchmark|Time|Range"
load

echo; echo "## 4. 2M one-word lines, compared with themselves"
python3 - "$DIR/lines2m.txt" <<'PY'
import random, sys
random.seed(7)
syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'pe', 'da', 'go', 'ri', 'zu', 'be', 'fa']
with open(sys.argv[1], 'w') as f:
    for _ in range(2_000_000):
        f.write(''.join(random.choice(syl) for _ in range(random.randint(2, 4))) + '\n')
PY
L="$DIR/lines2m.txt"; echo "input: $(stat -c %s "$L") bytes"
for fmt in json text html; do
    /usr/bin/time -f "compare --format $fmt: %e s, %M KiB peak" "$B/drift" compare --format $fmt -o "$DIR/lines.$fmt" "$L" "$L" || true
    echo "  output $(stat -c %s "$DIR/lines.$fmt") bytes"
done
load
