#!/usr/bin/env python3
"""Score drift's sentence alignment on the Bleualign German–French gold (issue #16).

    python3 scripts/bleualign_score.py [--drift .build/release/drift] [--docs test] [-v]

Each document pair testN.de / testN.fr (one sentence a line, `../shared/eval/external/bleualign/`)
is aligned by `drift compare --input-format lines --format json` (German original against the
human French, directly) and, beside it, by a Gale–Church length-only aligner written here (the
baseline). Both are scored against testN.defr with Vecalign's strict and lax precision/recall
(the method of `thompsonb/vecalign`'s score.py, after Sennrich & Volk 2011, written here again):
a predicted bead is a strict true positive when the gold has exactly that bead; precision is over
all predicted beads (insertions and deletions included), recall over gold beads with both sides
non-empty, with counts summed over the documents before the ratios are taken.
Exit 0; prints one line per document with -v and a summary table.
"""
import argparse
import json
import math
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "eval", "external", "bleualign")


def read_gold(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            a, b = line.split(":")
            beads.append((tuple(json.loads(a)), tuple(json.loads(b))))
    return beads


def _precision(gold, test):
    """tp strict, fp strict, tp lax, fp lax of `test` against `gold` (lists of (src, tgt))."""
    test = set((tuple(x), tuple(y)) for x, y in test if len(x) or len(y))
    gold = set((tuple(x), tuple(y)) for x, y in gold if len(x) or len(y))
    src_to_tgt = defaultdict(set)
    for gs, gt in gold:
        for s in gs:
            for t in gt:
                src_to_tgt[s].add(t)
    tps = fps = tpl = fpl = 0
    for ts, tt in test:
        if (ts, tt) in gold:
            tps += 1
            tpl += 1
        else:
            fps += 1
            targets = set()
            for s in ts:
                targets |= src_to_tgt[s]
            if set(tt) & targets:
                tpl += 1
            else:
                fpl += 1
    return [tps, fps, tpl, fpl]


def score(golds, tests):
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for g, t in zip(golds, tests):
        p = [x + y for x, y in zip(p, _precision(g, t))]
        t2 = [(x, y) for x, y in t if len(x) and len(y)]
        g2 = [(x, y) for x, y in g if len(x) and len(y)]
        r = [x + y for x, y in zip(r, _precision(t2, g2))]

    def ratio(a, b):
        return a / (a + b) if a + b else 0.0

    ps, pl, rs, rl = ratio(p[0], p[1]), ratio(p[2], p[3]), ratio(r[0], r[1]), ratio(r[2], r[3])
    f = lambda a, b: 2 * a * b / (a + b) if a + b else 0.0
    return {"precision_strict": ps, "recall_strict": rs, "f1_strict": f(ps, rs),
            "precision_lax": pl, "recall_lax": rl, "f1_lax": f(pl, rl)}


# Gale & Church (1993): lengths in characters, c = 1 (mean target/source ratio), s² = 6.8, bead
# priors from their paper (1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011).
GC_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}


def _gc_cost(l1, l2, shape, c=1.0, s2=6.8):
    mean = (l1 + l2 / c) / 2
    if mean == 0:
        delta = 0.0
    else:
        delta = (l2 - l1 * c) / math.sqrt(mean * s2)
    pd = 2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2))))
    return -math.log(GC_PRIORS[shape]) - math.log(max(pd, 1e-300))


def gale_church(src, tgt):
    n, m = len(src), len(tgt)
    ls, lt = [len(s) for s in src], [len(t) for t in tgt]
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            for (da, db) in GC_PRIORS:
                if i < da or j < db or cost[i - da][j - db] == INF:
                    continue
                c = cost[i - da][j - db] + _gc_cost(sum(ls[i - da:i]), sum(lt[j - db:j]), (da, db))
                if c < cost[i][j]:
                    cost[i][j] = c
                    back[i][j] = (da, db)
    beads, i, j = [], n, m
    while i > 0 or j > 0:
        da, db = back[i][j]
        beads.append((tuple(range(i - da, i)), tuple(range(j - db, j))))
        i, j = i - da, j - db
    return beads[::-1]


def drift_align(drift, src_path, tgt_path):
    out = subprocess.run([drift, "compare", "--input-format", "lines", "--format", "json", src_path, tgt_path],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"drift failed on {src_path}: {out.stderr.strip()}")
    rep = json.loads(out.stdout)
    return [(tuple(sorted(b["original"])), tuple(sorted(b["copy"]))) for b in rep["copies"][0]["alignment"]]


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n").strip() for l in f if l.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--drift", default=os.path.join(ROOT, ".build", "release", "drift"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--docs", default="test", help="test (test0–test6), dev, or a comma list of names")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    names = [f"test{k}" for k in range(7)] if a.docs == "test" else a.docs.split(",")
    golds, drifts, gcs = [], [], []
    for name in names:
        de, fr = os.path.join(a.data, name + ".de"), os.path.join(a.data, name + ".fr")
        g = read_gold(os.path.join(a.data, name + ".defr"))
        d = drift_align(a.drift, de, fr)
        c = gale_church(lines(de), lines(fr))
        golds.append(g); drifts.append(d); gcs.append(c)
        if a.verbose:
            sd, sc = score([g], [d]), score([g], [c])
            print(f"{name}: drift strict F1 {sd['f1_strict']:.3f} lax {sd['f1_lax']:.3f} · Gale–Church strict F1 {sc['f1_strict']:.3f} lax {sc['f1_lax']:.3f}")
    for label, tests in (("drift", drifts), ("Gale–Church", gcs)):
        s = score(golds, tests)
        print(f"{label:12s} strict P {s['precision_strict']:.3f} R {s['recall_strict']:.3f} F1 {s['f1_strict']:.3f} · "
              f"lax P {s['precision_lax']:.3f} R {s['recall_lax']:.3f} F1 {s['f1_lax']:.3f}")


if __name__ == "__main__":
    main()
