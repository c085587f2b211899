#!/usr/bin/env python3
"""The quality gates of CI on the shared gold pairs, with reasons.

    scripts/gold_gate.py [--drift .build/release/drift] [--shared ../shared]

Runs ../shared/eval/score.py on every ../shared/eval/gold/*.json (read-only; this script
only wraps it) and checks each pair against the project's thresholds:

    alignment F1   >= 0.97   (issue #3)
    major recall   >= 0.90   (issue #4; 0.94 on 000-001, where it stands today)
    precision      >= 0.85   (issue #4)

Prints, per pair, the figures and the recall of each finding kind; for a gate that fails,
which threshold it missed and by how much. Exit 0 when every gate holds, 1 when one fails
or the gold files are missing (a missing ../shared/eval is a failure, not a skip), 2 when
score.py cannot score a pair.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

GATES = {"alignment F1": 0.97, "major recall": 0.90, "precision": 0.85}
# Stricter floors for particular pairs (where the figure stands well above the general gate).
PAIR_GATES = {"000-001": {"major recall": 0.94}}


def parse(out):
    figs = {}
    m = re.search(r"alignment pairs: precision [\d.]+ recall [\d.]+ F1 ([\d.]+)", out)
    if m:
        figs["alignment F1"] = float(m.group(1))
    m = re.search(r"findings: recall ([\d.]+) \((\d+)/(\d+)\), major recall ([\d.]+) \((\d+)/(\d+)\), precision ([\d.]+) \((\d+)/(\d+)\)", out)
    if m:
        figs["recall"] = float(m.group(1))
        figs["major recall"] = float(m.group(4))
        figs["precision"] = float(m.group(7))
        figs["counts"] = f"major {m.group(5)}/{m.group(6)}, precision {m.group(8)}/{m.group(9)}"
    m = re.search(r"findings recall by kind: (.*)", out)
    figs["by kind"] = m.group(1).strip() if m else ""
    return figs


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--drift", default=os.path.join(root, ".build", "release", "drift"))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("-v", "--verbose", action="store_true", help="pass -v to score.py (missed and unmatched findings)")
    a = ap.parse_args()

    score = os.path.join(a.shared, "eval", "score.py")
    golds = sorted(glob.glob(os.path.join(a.shared, "eval", "gold", "*.json")))
    if not os.path.isfile(score) or not golds:
        print(f"gold: FAIL: no gold pairs at {os.path.join(a.shared, 'eval')} (score.py and gold/*.json); "
              "the quality gates cannot run — put the shared folder beside the checkout")
        return 1
    if not os.access(a.drift, os.X_OK):
        print(f"gold: FAIL: {a.drift} is not an executable drift (build it first)")
        return 1

    failed = []
    for g in golds:
        name = os.path.splitext(os.path.basename(g))[0]
        cmd = [sys.executable, score, g, "--texts", os.path.join(a.shared, "seeds"), "--drift", a.drift] + (["-v"] if a.verbose else [])
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        figs = parse(p.stdout)
        if p.returncode == 2 or "alignment F1" not in figs or "precision" not in figs:
            print(p.stdout[-2000:])
            print(f"gold: {name}: score.py could not score the pair (exit {p.returncode})")
            return 2
        if a.verbose:
            print(p.stdout, end="")
        print(f"gold: {name}: alignment F1 {figs['alignment F1']:.3f} · recall {figs['recall']:.3f} · "
              f"major recall {figs['major recall']:.3f} · precision {figs['precision']:.3f} ({figs['counts']})")
        print(f"gold: {name}: recall by kind: {figs['by kind']}")
        gates = dict(GATES, **PAIR_GATES.get(name, {}))
        for what, floor in gates.items():
            got = figs[what]
            if got < floor:
                failed.append(name)
                print(f"gold: {name}: FAIL: {what} {got:.3f} is below the gate {floor:.2f} by {floor - got:.3f}")
            else:
                print(f"gold: {name}: {what} {got:.3f} >= {floor:.2f} (margin {got - floor:.3f})")
    if failed:
        print(f"gold: FAIL on {', '.join(sorted(set(failed)))}")
        return 1
    print(f"gold: all gates hold on {len(golds)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
