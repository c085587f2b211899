#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for a while.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Seed corpora are made from samples/ into .build-fuzz/corpus/<target>; crashes land in
# .build-fuzz/crashes/<target>/ (keep each as a regression test, see docs/security.md).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzDecode FuzzHTML FuzzSegment FuzzCompare FuzzMarkdown FuzzBatch)
root=$PWD/.build-fuzz
for t in "${targets[@]}"; do
  (cd Fuzz && swift build -c release --scratch-path "$root" --product "$t" 2>&1 | tail -n 1)
done
python3 - "$root/corpus" <<'PY'
import os, sys, glob, json
out = sys.argv[1]
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
    d = os.path.join(out, target); os.makedirs(d, exist_ok=True)
    for i, c in enumerate(items):
        open(os.path.join(d, f"seed-{i:03d}"), "wb").write(c)
PY
for t in "${targets[@]}"; do
  mkdir -p "$root/crashes/$t"
  echo "fuzz: $t for ${secs}s"
  maxlen=8192; [ "$t" = FuzzMarkdown ] && maxlen=32768 # deep nesting needs room
  # Standard input from /dev/null: a batch line may name /dev/stdin.
  "$root/release/$t" "$root/corpus/$t" -max_total_time="$secs" -max_len="$maxlen" -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$root/crashes/$t/" -print_final_stats=1 2>&1 < /dev/null | grep -E "^(stat::|Done|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
done
