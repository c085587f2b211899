#!/usr/bin/env python3
"""Scores drift's HTML extraction on the ScrapingHub article-extraction benchmark (AEB).

The benchmark (181 real news and blog pages, `html/ID.html.gz`, human `ground-truth.json`) is
not part of the project: it is read where it lies, by default `../shared/eval/external/aeb/`.
Every page is run through `drift segment PAGE --input-format html --format json`; the text of
the sentences drift keeps as article body is joined with spaces and scored by the benchmark's
own method (its `evaluate.py`, re-implemented here): `\\w+` tokens, 4-token shingles, per page
TP/FP/FN normalised to sum 1, precision averaged over pages with a prediction, recall over pages
with ground truth, F1 from the two means.

Sentences whose `role` is `headline`, `byline` or `dateline` are left out of the joined text
(the benchmark's `articleBody` holds none of them; drift keeps them as their own zone);
`--all-roles` scores every kept sentence.

    python3 scripts/aeb_score.py --drift .build/debug/drift
    python3 scripts/aeb_score.py --drift .build/release/drift --min-f1 0.95 --min-precision 0.93 --min-recall 0.96

`--split dev` / `--split holdout` score the two thirds / the third of the pages chosen by a
fixed shuffle (seed 17), so that tuning on `dev` can be checked on pages not looked at.
Exit status: 0 when every threshold holds, 1 when one fails, 2 when the benchmark is missing
or drift cannot be run.
"""
import argparse
import concurrent.futures
import gzip
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
NOT_BODY = {"headline", "deck", "byline", "dateline", "caption", "pullquote"}


def shingles(text, n=4):
    tokens = TOKEN_RE.findall(text or "")
    out = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        s = tuple(tokens[i:i + n])
        if s:
            out.append(s)
    return Counter(out)


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for k in set(t) | set(p):
        a, b = t.get(k, 0), p.get(k, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(triples):
    p = statistics.mean([precision(*x) for x in triples if x[0] + x[1] > 0] or [0.0])
    r = statistics.mean([recall(*x) for x in triples if x[0] + x[2] > 0] or [0.0])
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return f, p, r


def split_ids(ids, which):
    if which == "all":
        return ids
    order = sorted(ids)
    random.Random(17).shuffle(order)
    cut = (2 * len(order) + 2) // 3
    chosen = set(order[:cut] if which == "dev" else order[cut:])
    return [i for i in ids if i in chosen]


def run_page(drift, page_gz, workdir, all_roles):
    pid = os.path.basename(page_gz)[: -len(".html.gz")]
    path = os.path.join(workdir, pid + ".html")
    with gzip.open(page_gz, "rb") as f, open(path, "wb") as g:
        g.write(f.read())
    t0 = time.perf_counter()
    p = subprocess.run([drift, "segment", path, "--input-format", "html", "--format", "json"],
                       capture_output=True)
    elapsed = time.perf_counter() - t0
    os.unlink(path)
    if p.returncode != 0:
        return pid, None, elapsed, p.stderr.decode("utf-8", "replace").strip()
    doc = json.loads(p.stdout)
    kept = [s["text"] for s in doc["sentences"] if all_roles or s.get("role") not in NOT_BODY]
    return pid, " ".join(kept), elapsed, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--drift", default=".build/debug/drift", help="drift binary")
    ap.add_argument("--bench", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "external", "aeb"),
                    help="benchmark folder (holds html/ and ground-truth.json)")
    ap.add_argument("--split", choices=["all", "dev", "holdout"], default="all")
    ap.add_argument("--jobs", type=int, default=2, help="pages run at once")
    ap.add_argument("--all-roles", action="store_true", help="score headline, byline and dateline lines too")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--max-refused", type=int, default=0, help="pages drift may refuse (exit status not 0)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each page's P/R, worst first")
    ap.add_argument("--dump", help="folder to write each page's joined prediction to (ID.txt)")
    a = ap.parse_args()

    gt_path = os.path.join(a.bench, "ground-truth.json")
    if not os.path.isfile(gt_path) or not os.path.isdir(os.path.join(a.bench, "html")):
        print(f"aeb_score: benchmark not found at {a.bench} (needs ground-truth.json and html/)", file=sys.stderr)
        return 2
    if not os.access(a.drift, os.X_OK):
        print(f"aeb_score: no drift binary at {a.drift}", file=sys.stderr)
        return 2
    with open(gt_path, encoding="utf-8") as f:
        truth = json.load(f)
    ids = split_ids(sorted(truth), a.split)

    results = {}
    with tempfile.TemporaryDirectory() as work, concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        futs = [pool.submit(run_page, a.drift, os.path.join(a.bench, "html", i + ".html.gz"), work, a.all_roles) for i in ids]
        for fu in futs:
            pid, pred, t, err = fu.result()
            results[pid] = (pred, t, err)

    triples, refused, times, rows = [], [], [], []
    for i in ids:
        pred, t, err = results[i]
        times.append(t)
        if err is not None:
            refused.append((i, err))
            pred = ""
        x = tp_fp_fn(truth[i].get("articleBody", ""), pred)
        triples.append(x)
        rows.append((i, precision(*x), recall(*x)))
        if a.dump:
            os.makedirs(a.dump, exist_ok=True)
            with open(os.path.join(a.dump, i + ".txt"), "w", encoding="utf-8") as g:
                g.write(pred)
    f1, p, r = metrics(triples)
    if a.verbose:
        for i, pp, rr in sorted(rows, key=lambda x: min(x[1], x[2])):
            print(f"{i[:12]}  P={pp:.3f} R={rr:.3f}")
    for i, err in refused:
        print(f"refused: {i}: {err}")
    print(f"aeb ({a.split}, {len(ids)} pages): F1={f1:.3f} P={p:.3f} R={r:.3f} refused={len(refused)} "
          f"median={statistics.median(times) * 1000:.0f} ms/page")
    failed = []
    if f1 < a.min_f1: failed.append(f"F1 {f1:.3f} < {a.min_f1}")
    if p < a.min_precision: failed.append(f"precision {p:.3f} < {a.min_precision}")
    if r < a.min_recall: failed.append(f"recall {r:.3f} < {a.min_recall}")
    if len(refused) > a.max_refused: failed.append(f"{len(refused)} pages refused > {a.max_refused}")
    if failed:
        print("aeb: FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
