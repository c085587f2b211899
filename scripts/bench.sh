#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md and prints their tables.
#
#   scripts/bench.sh            segmentation (10 and 50 MB; 50 MB of unrepeated words) and alignment (1k, 10k, 100k sentences)
#   RUNS=1 scripts/bench.sh     one run per size instead of three
#   SCRATCH=.build-x scripts/bench.sh   another build folder (default .build-bench)
#
# Needs GNU wdiff for the comparison column (installed from Debian if missing, as PEERS.md
# asks: peers are installed by name, never vendored). Run it on a quiet machine: the figures
# are wall times, and every table line carries the load average it was measured under.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-.build-bench}
RUNS=${RUNS:-3}

if ! command -v wdiff >/dev/null; then
    echo "bench: installing wdiff (apt-get install -y wdiff)" >&2
    apt-get install -y wdiff >/dev/null 2>&1 || sudo apt-get install -y wdiff >/dev/null 2>&1 \
        || echo "bench: wdiff not installed; its columns stay empty" >&2
fi

swift build --scratch-path "$SCRATCH" -c release --product drift-bench >&2
swift build --scratch-path "$SCRATCH" -c release --product drift >&2
bench="$SCRATCH/release/drift-bench"

echo "## machine"
echo "- nproc: $(nproc)"
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "- RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "- Swift: $(swift --version 2>&1 | head -1)"
echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
echo
echo "## segment, 10 MB"
"$bench" segment --mb 10 --runs "$RUNS"
echo
echo "## segment, 50 MB"
"$bench" segment --mb 50 --runs "$RUNS"
echo
echo "## segment, 50 MB, no word repeated"
"$bench" segment --mb 50 --runs "$RUNS" --unique-words
echo
echo "## align"
"$bench" align --sentences 1000,10000,100000 --runs "$RUNS"
