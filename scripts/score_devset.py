#!/usr/bin/env python3
"""Score drift on the development set (eval/devset, issue #11) and compare `drift check` with the gold.

    python3 scripts/score_devset.py [--drift .build/release/drift] [--set dev|xl] [--group tune|held|all]
                                    [--min-precision P] [--min-major-recall R] [--json]

For every annotation eval/devset/dNN.json named in eval/devset/split.json this checks the
annotation with ../shared/eval/validate_gold.py (a broken one is trouble, exit 2), runs the shared
scorer (../shared/eval/score.py, texts from ../shared/eval/devtexts, paths relative to the
repository) and `drift check ORIGINAL COPY`, then prints one row per pair and the means of the
tuning group and of the held-aside group, each on its own line (the held-aside pairs are for
reporting only: never tune on them).

`--set xl` scores the cross-language set instead (eval/devset-xl, texts from
../shared/eval/devtexts-xl, issue #16): every xNN.json there, all in the tuning group.

Figures, per pair, as score.py computes them:
  F1       sentence-alignment F1
  prec     findings precision: drift findings matched by a gold finding / all drift findings.
           A pair where drift reports nothing counts as 1.000 (no false alarm); score.py prints
           0.000 there, so this script recomputes the figure from score.py's counts.
  majR     recall of the gold findings whose severity is major (score.py: a finding without
           "severity" is major); 1.000 when the gold has none (as score.py).
  recall   recall of all gold findings; per-kind recall is pooled over a group's pairs.
  check    exit status of `drift check`, against the expectation from the gold: 1 exactly when
           the gold holds MAJOR INJECTED CONTENT, i.e. a finding of a kind that `drift check`
           fails on by default (insertion, inserted-note, claim-change, name-change,
           number-change, quote-change; docs/cli.md) whose severity is major (default major,
           as in score.py); otherwise 0.
Group means are plain means over the group's pairs (each pair weighs the same).

Thresholds (--min-precision, --min-major-recall) apply to the mean of each group scored
(`--group all`: the tuning mean and the held-aside mean separately); --require-check fails
when any `drift check` status disagrees with the gold. Without them the run only reports.

Exit status: 0 report (thresholds met), 1 a threshold failed (one line per failure saying by
how much), 2 trouble: texts, scorer, drift or an annotation missing, or the scorer failing.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVSET = os.path.join(ROOT, "eval", "devset")
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
VALIDATOR = os.path.join(ROOT, "..", "shared", "eval", "validate_gold.py")
TEXTS = os.path.join(ROOT, "..", "shared", "eval", "devtexts")
# `drift check`'s default --fail-on kinds (docs/cli.md); with its default --min-severity major.
INJECTED = {"insertion", "inserted-note", "claim-change", "name-change", "number-change", "quote-change"}


def die(msg):
    print(f"score_devset: {msg}", file=sys.stderr)
    sys.exit(2)


def expected_check(gold):
    """1 when the gold holds major injected content, else 0 (see the module doc)."""
    return int(any(F["kind"] in INJECTED and F.get("severity", "major") == "major"
                   for F in gold["findings"]))


def ratio(s):
    a, b = s.split("/")
    return int(a), int(b)


def score_pair(pid, drift, timeout):
    gpath = os.path.join(DEVSET, pid + ".json")
    if not os.path.exists(gpath):
        die(f"{os.path.relpath(gpath, ROOT)} missing (named in split.json)")
    gold = json.load(open(gpath, encoding="utf-8"))
    v = subprocess.run([sys.executable, VALIDATOR, gpath, TEXTS, "--quiet"], capture_output=True, text=True)
    if v.returncode != 0:
        errors = [ln for ln in v.stdout.splitlines() if ln.startswith("ERROR") or ln.startswith("GAP")]
        die(f"{pid}: the annotation does not validate:\n" + "\n".join(errors[:10] or [v.stdout[-400:]]))
    p = subprocess.run([sys.executable, SCORER, gpath, "--texts", TEXTS, "--drift", drift],
                       capture_output=True, text=True, timeout=timeout)
    out = p.stdout
    if p.returncode != 0:
        die(f"{pid}: score.py exited {p.returncode}: {(out + p.stderr).strip()[-400:]}")
    m = re.search(r"^alignment pairs: precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)", out, re.M)
    f = re.search(r"^findings: recall [\d.]+ \((\d+/\d+)\), major recall [\d.]+ \((\d+/\d+)\), "
                  r"precision [\d.]+ \((\d+/\d+)\)", out, re.M)
    k = re.search(r"^findings recall by kind: ?(.*)$", out, re.M)
    if not (m and f and k):
        die(f"{pid}: could not read score.py's output:\n{out[-800:]}")
    (ra, rb), (ma, mb), (pa, pb) = ratio(f.group(1)), ratio(f.group(2)), ratio(f.group(3))
    kinds = {}
    for part in filter(None, (x.strip() for x in k.group(1).split(","))):
        name, frac = part.rsplit(" ", 1)
        kinds[name] = list(ratio(frac))
    opath = os.path.join(TEXTS, gold["original"])
    cpath = os.path.join(TEXTS, gold["copy"])
    c = subprocess.run(drift.split() + ["check", opath, cpath], capture_output=True, timeout=timeout)
    if c.returncode not in (0, 1):
        die(f"{pid}: drift check exited {c.returncode}: {c.stderr.decode(errors='replace').strip()[-400:]}")
    exp = expected_check(gold)
    return {
        "pair": pid,
        "f1": float(m.group(3)),
        "precision": pa / pb if pb else 1.0, "precision_counts": [pa, pb],
        "major_recall": ma / mb if mb else 1.0, "major_counts": [ma, mb],
        "recall": ra / rb if rb else 1.0, "recall_counts": [ra, rb],
        "kinds": kinds,
        "check": c.returncode, "check_expected": exp, "check_agrees": c.returncode == exp,
    }


def summarize(rows):
    n = len(rows)
    kinds = {}
    for r in rows:
        for name, (a, b) in r["kinds"].items():
            t = kinds.setdefault(name, [0, 0])
            t[0] += a
            t[1] += b
    return {
        "pairs": n,
        "f1": sum(r["f1"] for r in rows) / n,
        "precision": sum(r["precision"] for r in rows) / n,
        "major_recall": sum(r["major_recall"] for r in rows) / n,
        "recall": sum(r["recall"] for r in rows) / n,
        "kinds": kinds,
        "check_agrees": sum(r["check_agrees"] for r in rows),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--drift", default=".build/release/drift",
                    help="drift command (relative to the repository; default .build/release/drift)")
    ap.add_argument("--set", choices=["dev", "xl"], default="dev",
                    help="dev: eval/devset (issue #11); xl: the cross-language set eval/devset-xl (issue #16)")
    ap.add_argument("--group", choices=["tune", "held", "all"], default="all")
    ap.add_argument("--min-precision", type=float, metavar="P", help="least mean findings precision per group")
    ap.add_argument("--min-major-recall", type=float, metavar="R", help="least mean major recall per group")
    ap.add_argument("--require-check", action="store_true",
                    help="fail when a `drift check` status disagrees with the gold")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per drift/scorer run (default 600)")
    a = ap.parse_args()
    global DEVSET, TEXTS
    if a.set == "xl":
        DEVSET = os.path.join(ROOT, "eval", "devset-xl")
        TEXTS = os.path.join(ROOT, "..", "shared", "eval", "devtexts-xl")

    needs = [("texts", TEXTS), ("scorer", SCORER), ("validator", VALIDATOR)]
    if a.set == "dev":
        needs.append(("split", os.path.join(DEVSET, "split.json")))
    for what, path in needs:
        if not os.path.exists(path):
            die(f"{what} not found: {os.path.normpath(path)} (the development set needs ../shared/eval beside the repository)")
    drift = a.drift
    first = drift.split()[0]
    if not os.path.isabs(first) and os.sep in first:
        drift = os.path.join(ROOT, drift)
        first = drift.split()[0]
    if os.sep in first and not os.access(first, os.X_OK):
        die(f"drift not found or not executable: {first}")

    if a.set == "xl":
        split = {"tune": sorted(f[:-5] for f in os.listdir(DEVSET) if f.startswith("x") and f.endswith(".json")), "held": []}
    else:
        split = json.load(open(os.path.join(DEVSET, "split.json"), encoding="utf-8"))
    groups = ["tune", "held"] if a.group == "all" else [a.group]
    # A group with no pairs (the cross-language set has no held-aside part yet) is not scored.
    groups = [g for g in groups if split.get(g)]
    if not groups:
        die(f"no pairs in group {a.group}")
    results = {g: [score_pair(pid, drift, a.timeout) for pid in split[g]] for g in groups}
    summary = {g: summarize(rows) for g, rows in results.items()}

    failures = []
    for g in groups:
        s = summary[g]
        if a.min_precision is not None and s["precision"] < a.min_precision:
            failures.append(f"{g}: mean precision {s['precision']:.3f} < {a.min_precision:.3f} "
                            f"(short by {a.min_precision - s['precision']:.3f})")
        if a.min_major_recall is not None and s["major_recall"] < a.min_major_recall:
            failures.append(f"{g}: mean major recall {s['major_recall']:.3f} < {a.min_major_recall:.3f} "
                            f"(short by {a.min_major_recall - s['major_recall']:.3f})")
        if a.require_check and s["check_agrees"] < s["pairs"]:
            bad = [r["pair"] for r in results[g] if not r["check_agrees"]]
            failures.append(f"{g}: drift check disagrees with the gold on {len(bad)} of {s['pairs']} pairs ({', '.join(bad)})")

    if a.json:
        json.dump({"groups": {g: {"pairs": results[g], "mean": summary[g]} for g in groups},
                   "failures": failures}, sys.stdout, indent=1)
        print()
    else:
        print(f"{'pair':5} {'group':5} {'F1':>6} {'prec':>6} {'(m/n)':>8} {'majR':>6} {'(a/b)':>7} "
              f"{'recall':>6} {'check':>9}  recall by kind")
        for g in groups:
            for r in results[g]:
                chk = f"{r['check']}/{r['check_expected']}" + ("" if r["check_agrees"] else " !")
                kinds = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(r["kinds"].items()))
                print(f"{r['pair']:5} {g:5} {r['f1']:6.3f} {r['precision']:6.3f} "
                      f"{'%d/%d' % tuple(r['precision_counts']):>8} {r['major_recall']:6.3f} "
                      f"{'%d/%d' % tuple(r['major_counts']):>7} {r['recall']:6.3f} {chk:>9}  {kinds}")
        print("check: drift check's exit status / the one the gold expects ('!' marks a disagreement)")
        for g in groups:
            s = summary[g]
            kinds = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(s["kinds"].items()))
            print(f"mean {g} ({s['pairs']} pairs): alignment F1 {s['f1']:.3f} · precision {s['precision']:.3f} · "
                  f"major recall {s['major_recall']:.3f} · recall {s['recall']:.3f} · "
                  f"check agrees {s['check_agrees']}/{s['pairs']}")
            print(f"  recall by kind ({g}, pooled): {kinds}")
        for line in failures:
            print(f"FAILED {line}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
