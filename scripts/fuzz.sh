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
# Targets with no committed corpus (Fuzz/corpus/<target>) start from pieces of the samples and a
# few hand-made inputs per target.
python3 - "$root/corpus" "${targets[@]}" <<'PY'
import os, sys, glob, json
out, wanted = sys.argv[1], sys.argv[2:]
samples = sorted(glob.glob("samples/*.txt") + glob.glob("samples/*.md"))
texts = [open(p, "rb").read() for p in samples]
def chunks(b, n=1500):
    return [b[i:i+n] for i in range(0, len(b), n)][:12]
html = [b"<html><head><title>T</title></head><body><nav>menu</nav><article><h1>Head</h1><p>" + c.replace(b"\n", b"</p><p>") + b"</p><div hidden>secret</div><script>x()</script></article></body></html>" for t in texts for c in chunks(t)[:3]]
for target, items in {
    "FuzzDecode": [c for t in texts for c in chunks(t)] + [c.decode("utf-8").encode("utf-16") for t in texts for c in chunks(t)[:2]],
    "FuzzSegment": [c for t in texts for c in chunks(t)],
    "FuzzHTML": html,
    "FuzzCompare": [a + b"\0" + b for t in texts for a, b in zip(chunks(t), chunks(texts[min(1, len(texts)-1)]))],
    # Markdown: the samples' own Markdown plus links nested, unclosed and back to back.
    "FuzzMarkdown": [c for p, t in zip(samples, texts) if p.endswith(".md") for c in chunks(t)]
        + [b"# Head\n\nSee [a [b](u) c](v) and ![i](w) or [r][1].\n\n[1]: http://x\n",
           b"[" * 300 + b"x" + b"](u)" * 300, b"[x](" * 500, b"*a* _b_ `c` <b>d</b> <http://e> \\[f\\]\n---\n> g\n- h\n1. i\n"],
    # Batch lines: JSON objects with inline documents (text, markdown, html), ids, copies.
    "FuzzBatch": [json.dumps({"id": i, "original": {"text": a.decode("utf-8", "replace")}, "copy": {"text": b.decode("utf-8", "replace"), "format": f}}).encode()
                  for i, (a, b, f) in enumerate(zip([c for t in texts for c in chunks(t, 600)], [c for t in texts[1:] for c in chunks(t, 600)], ["text", "markdown", "html"] * 40))]
        + [b'{"original": {"text": "A. B."}, "copies": [{"text": "A."}, {"text": "B.", "path": "b"}], "id": [1, {"k": null}]}', b'[[[[[[[[[[]]]]]]]]]]', b'{"original": "missing.txt", "copy": {"path": "x"}}'],
}.items():
    if target not in wanted: continue
    d = os.path.join(out, target); os.makedirs(d, exist_ok=True)
    if os.path.isdir(os.path.join("Fuzz", "corpus", target)) or os.listdir(d): continue
    for i, c in enumerate(items):
        open(os.path.join(d, f"seed-{i:03d}"), "wb").write(c)
PY
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$root/crashes/$t"
  seeds=()
  maxlen=8192; [ "$t" = FuzzMarkdown ] && maxlen=32768 # deep nesting needs room
  [ -d "Fuzz/corpus/$t" ] && seeds+=("$PWD/Fuzz/corpus/$t")
  before=$(ls "$root/crashes/$t" | wc -l)
  echo "fuzz: $t for ${secs}s ($(find "$root/corpus/$t" ${seeds[@]+"${seeds[@]}"} -type f | wc -l) inputs to start from)"
  set +e
  "$root/release/$t" "$root/corpus/$t" ${seeds[@]+"${seeds[@]}"} -max_total_time="$secs" -max_len="$maxlen" -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$root/crashes/$t/" -print_final_stats=1 > "$root/$t.log" 2>&1 < /dev/null # a batch line may name /dev/stdin
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
