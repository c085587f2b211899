#!/usr/bin/env bash
# Corpus and batch benchmarks (docs/benchmarks.md, "Corpus and batch"):
#   corpus add of N generated documents, corpus find latency (median, p95) on that corpus,
#   drift batch pairs/s, and the same batch through Spark local mode (scripts/spark_batch.py).
#   Also the property `swift test` checks on 300 documents: every copy looked up has its
#   source ranked first; the script exits 1 when one does not.
#
#   scripts/bench_corpus.sh [N_DOCS=10000] [FINDS=100|all] [PAIRS=400]
#
#   scripts/bench_corpus.sh 2000 all    the corpus test as it was before issue #13: every one of
#                                       the 1,000 copies of a 2,000-document corpus
#
# Uses the release build in .build-corpus (built when missing; DRIFT_BIN overrides, and
# DRIFT_BENCH names the drift-bench that generates the corpus) and a scratch directory
# under ${TMPDIR:-/tmp} that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}; FINDS=${2:-100}; PAIRS=${3:-400}
if [ -z "${DRIFT_BIN:-}" ]; then
  swift build -c release --scratch-path .build-corpus --product drift 2>&1 | tail -n 1
  DRIFT_BIN=$PWD/.build-corpus/release/drift
fi
# The corpus generator is drift-bench's (corpus-synth): the one beside DRIFT_BIN, else built.
DRIFT_BENCH=${DRIFT_BENCH:-$(dirname "$DRIFT_BIN")/drift-bench}
if [ ! -x "$DRIFT_BENCH" ]; then
  swift build -c release --scratch-path .build-corpus --product drift-bench 2>&1 | tail -n 1
  DRIFT_BENCH=$PWD/.build-corpus/release/drift-bench
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/drift-bench-corpus.XXXXXX")
trap 'rm -rf "$W"' EXIT
SEEDS=(samples/cnn-putin-negotiations.original.txt samples/wapo-trump-diplomacy.republished.txt samples/atlantic-council-negotiating-with-putin.report.md)
now() { python3 -c 'import time; print(time.monotonic())'; }

echo "machine: $(nproc) cores, $(uname -srm); drift $("$DRIFT_BIN" --version)"
"$DRIFT_BENCH" corpus-synth "${SEEDS[@]}" --out "$W/docs" --count "$N" --seed 1

t0=$(now)
"$DRIFT_BIN" corpus add "$W/docs/originals" --role original --db "$W/corpus.sqlite"
"$DRIFT_BIN" corpus add "$W/docs/copies" --role copy --db "$W/corpus.sqlite"
t1=$(now)
python3 - "$t0" "$t1" "$N" "$W/corpus.sqlite" <<'PY'
import os, sys
t0, t1, n, db = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
print(f"corpus add: {n} documents in {t1 - t0:.1f} s ({n / (t1 - t0):.0f} docs/s); database {size / 2**20:.1f} MiB")
PY

# find: FINDS copies spread over the corpus, one drift process each (start-up and opening the
# database included), ranked against all N documents.
python3 - "$DRIFT_BIN" "$W" "$FINDS" <<'PY'
import statistics, subprocess, sys, time
drift, w = sys.argv[1], sys.argv[2]
pairs = [l.split("\t") for l in open(f"{w}/docs/manifest.tsv").read().splitlines()]
k = len(pairs) if sys.argv[3] == "all" else int(sys.argv[3])
step = max(1, len(pairs) // k)
times, right = [], 0
for copy, orig in pairs[::step][:k]:
    t = time.monotonic()
    out = subprocess.run([drift, "corpus", "find", f"{w}/docs/{copy}", "--db", f"{w}/corpus.sqlite", "--top", "1"],
                         stdout=subprocess.PIPE, text=True).stdout
    times.append(time.monotonic() - t)
    right += out.splitlines()[1].endswith(f"{w}/docs/{orig}") if len(out.splitlines()) > 1 else 0
times.sort()
p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
print(f"corpus find: {len(times)} queries, median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
      f"right source first {right}/{len(times)}")
open(f"{w}/wrong", "w").write(str(len(times) - right))
PY
if [ "$(cat "$W/wrong")" != 0 ]; then echo "corpus find: FAIL: $(cat "$W/wrong") copies did not have their source ranked first"; status=1; fi

# batch: PAIRS copy/original pairs as JSON Lines (paths relative to the docs directory).
python3 - "$W" "$PAIRS" <<'PY'
import json, sys
w, k = sys.argv[1], int(sys.argv[2])
pairs = [l.split("\t") for l in open(f"{w}/docs/manifest.tsv").read().splitlines()][:k]
with open(f"{w}/pairs.jsonl", "w") as f:
    for i, (copy, orig) in enumerate(pairs):
        f.write(json.dumps({"id": i, "original": orig, "copy": copy}) + "\n")
PY
t0=$(now)
"$DRIFT_BIN" batch --base "$W/docs" < "$W/pairs.jsonl" > "$W/batch.jsonl"
t1=$(now)
python3 -c "import sys; n=sum(1 for _ in open('$W/batch.jsonl')); d=$t1-$t0; print(f'drift batch: {n} pairs in {d:.2f} s ({n/d:.1f} pairs/s, {2*n/d:.1f} docs/s) on $(nproc) cores')"

# The same with article-size pairs: the CNN original against its two sample copies (80 and
# 90-odd sentences a side), alternating.
python3 - "$W" "$PAIRS" "$PWD/samples" <<'PY'
import json, sys
w, k, s = sys.argv[1], int(sys.argv[2]), sys.argv[3]
copies = ["cnn-putin-negotiations.blog-repost.txt", "cnn-putin-negotiations.inosmi-retranslation.txt"]
with open(f"{w}/articles.jsonl", "w") as f:
    for i in range(k // 4):
        f.write(json.dumps({"id": i, "original": f"{s}/cnn-putin-negotiations.original.txt", "copy": f"{s}/{copies[i % 2]}"}) + "\n")
PY
t0=$(now)
"$DRIFT_BIN" batch < "$W/articles.jsonl" > "$W/articles.out.jsonl"
t1=$(now)
python3 -c "n=sum(1 for _ in open('$W/articles.out.jsonl')); d=$t1-$t0; print(f'drift batch (article pairs): {n} pairs in {d:.2f} s ({n/d:.1f} pairs/s, {2*n/d:.1f} docs/s) on $(nproc) cores')"

if python3 -c 'import pyspark' 2>/dev/null; then
  for job in pairs articles; do
    [ "$job" = pairs ] && want="$W/batch.jsonl" || want="$W/articles.out.jsonl"
    t0=$(now)
    python3 scripts/spark_batch.py "$W/$job.jsonl" "$W/spark-$job.jsonl" --drift "$DRIFT_BIN" --base "$W/docs" --partitions 4 2>&1 | grep '^spark_batch'
    t1=$(now)
    python3 -c "print(f'spark ($job): {$t1-$t0:.2f} s end to end, JVM start-up included')"
    cmp -s "$want" "$W/spark-$job.jsonl" && echo "spark ($job): output identical to drift batch" || echo "spark ($job): output DIFFERS from drift batch"
  done
else
  echo "spark: pyspark not installed (pip install pyspark); skipped"
fi
exit ${status:-0}
