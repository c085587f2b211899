#!/usr/bin/env python3
"""Measure every finding rule: hits and precision per rule id on the MSRP training split and
on the development pairs drift is tuned on (issue #11). The table docs/findings.md prints
("Rule measurements") comes from this script; the severities and confidences of
Sources/DriftKit/Findings/Rules.swift are derived from it.

    python3 scripts/rule_precision.py [--drift .build/release/drift] [--msrp TSV] [--gold-dir DIR]
                                      [--group tune|held] [--markdown]

MSRP (../shared/eval/external/msrp/msr_paraphrase_train.txt by default; the test split is for
reporting only): every pair goes through one `drift batch`. Convention: a finding on a pair the
annotators call a paraphrase (label 1) is false; on a pair they call not a paraphrase (label 0)
it is counted true for the meaning-change kinds (insertion, inserted-note, omission, name-change,
number-change, claim-change, quote-change) — the pair does differ in meaning, though not
necessarily where the rule says, so this is an upper bound. The page-level kinds (boilerplate,
duplicate, hidden-text) and rules (omission.furniture) have no meaning to check against a
sentence label: their MSRP hits are counted and their precision is not given.

Development pairs (the gold files of eval/devset named in its split.json, texts from
../shared/eval/devtexts): each pair is compared (`drift compare --format json`) and scored with
the shared scorer (../shared/eval/score.py -v); a finding is true when the scorer matches it to
a gold finding (same kind or an accepted kind, overlapping the gold place; for name and number
changes the same from/to) and false when the scorer lists it as UNMATCHED. Only the tuning
group is read unless --group held is given (held-aside pairs are for reporting only).

Also printed, for the MSRP split read: the share of paraphrase pairs with a major claim-change
and how often "meaning differs" (a major finding of a `drift check` default kind, exit 1)
agrees with the human label — the acceptance figures of issue #11.

Exit status 0; 2 on trouble (drift, texts or scorer missing).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "eval")
SCORER = os.path.join(SHARED, "score.py")
TEXTS = os.path.join(SHARED, "devtexts")
MEANING = {"insertion", "inserted-note", "omission", "name-change", "number-change", "claim-change", "quote-change"}
# Rules about page structure, not meaning: no MSRP label to check them against.
PAGE_RULES = {"omission.furniture"}
# `drift check`'s default --fail-on kinds (docs/cli.md, CheckPolicy.defaultKinds), at major.
GATE = {"insertion", "inserted-note", "claim-change", "name-change", "number-change", "quote-change", "hidden-text"}


def die(msg):
    print(f"rule_precision: {msg}", file=sys.stderr)
    sys.exit(2)


def rule_of(f):
    """The rule id and the grade (severity) of a finding: rules with a weaker grade are
    measured per grade, since the table sets each grade's severity."""
    return ((f.get("evidence") or {}).get("rule", f.get("kind", "?")), f.get("severity", "?"))


def msrp(drift, tsv):
    rows = []
    for line in open(tsv, encoding="utf-8-sig").read().split("\n")[1:]:
        if line.strip():
            q, i1, i2, s1, s2 = line.split("\t")
            rows.append((int(q), i1, i2, s1, s2))
    jsonl = "".join(json.dumps({"id": n, "original": {"text": s1, "path": f"{i1}.txt", "format": "text"},
                                "copy": {"text": s2, "path": f"{i2}.txt", "format": "text"}}) + "\n"
                    for n, (q, i1, i2, s1, s2) in enumerate(rows))
    r = subprocess.run([drift, "batch"], input=jsonl.encode(), capture_output=True)
    if r.returncode != 0:
        die(f"drift batch exited {r.returncode}: {r.stderr.decode(errors='replace')[-400:]}")
    hits = collections.defaultdict(lambda: [0, 0])  # (rule, severity) -> [hits, true]
    seen = para = para_claim = agree = 0
    for line in r.stdout.decode().splitlines():
        d = json.loads(line)
        if "error" in d:
            continue
        q = rows[d["id"]][0]
        fs = d["copies"][0]["findings"]
        seen += 1
        for f in fs:
            h = hits[rule_of(f)]
            h[0] += 1
            h[1] += int(q == 0 and f["kind"] in MEANING and rule_of(f)[0] not in PAGE_RULES)
        differs = any(f["kind"] in GATE and f["severity"] == "major" for f in fs)
        agree += differs == (q == 0)
        if q == 1:
            para += 1
            para_claim += any(f["kind"] == "claim-change" and f["severity"] == "major" for f in fs)
    if seen < len(rows) * 0.9:
        die(f"only {seen} of {len(rows)} MSRP reports read")
    summary = (f"MSRP {os.path.basename(tsv)} ({seen} pairs, {para} paraphrases): paraphrases with a major "
               f"claim-change {100 * para_claim / max(para, 1):.1f}% (goal <= 5%); `drift check` agrees with "
               f"the human label on {100 * agree / seen:.1f}% (goal >= 70%)")
    return hits, summary


def dev(drift, gold_dir, group):
    split = json.load(open(os.path.join(gold_dir, "split.json"), encoding="utf-8"))
    hits = collections.defaultdict(lambda: [0, 0])
    for pid in split[group]:
        gpath = os.path.join(gold_dir, pid + ".json")
        gold = json.load(open(gpath, encoding="utf-8"))
        o, c = os.path.join(TEXTS, gold["original"]), os.path.join(TEXTS, gold["copy"])
        p = subprocess.run([drift, "compare", "--format", "json", o, c], capture_output=True)
        if p.returncode not in (0, 1):
            die(f"{pid}: drift compare exited {p.returncode}")
        report = json.loads(p.stdout)
        with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as t:
            t.write(p.stdout)
        try:
            s = subprocess.run([sys.executable, SCORER, gpath, "--texts", TEXTS, "--report", t.name, "-v"],
                               capture_output=True, text=True)
        finally:
            os.unlink(t.name)
        if "alignment F1" not in s.stdout:
            die(f"{pid}: the scorer failed: {s.stdout[-400:]}{s.stderr[-400:]}")
        unmatched = collections.Counter(ln.strip() for ln in s.stdout.splitlines() if ln.strip().startswith("UNMATCHED "))
        for f in report["copies"][0]["findings"]:
            loc = (f.get("copy") or f.get("original") or {}).get("text", "")
            # The scorer's own line for this finding (score.py, -v).
            key = f"UNMATCHED {f.get('kind')} {f.get('severity', '')}: {f.get('from', '')}->{f.get('to', '')} {loc[:90]!r}".strip()
            false = unmatched[key] > 0
            if false:
                unmatched[key] -= 1
            h = hits[rule_of(f)]
            h[0] += 1
            h[1] += int(not false)
    return hits


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--drift", default=os.path.join(ROOT, ".build", "release", "drift"))
    ap.add_argument("--msrp", default=os.path.join(SHARED, "external", "msrp", "msr_paraphrase_train.txt"))
    ap.add_argument("--gold-dir", default=os.path.join(ROOT, "eval", "devset"))
    ap.add_argument("--group", default="tune", choices=["tune", "held"])
    ap.add_argument("--no-msrp", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.drift):
        die(f"no drift at {a.drift} (swift build -c release)")
    m, summary = ({}, None) if a.no_msrp else msrp(a.drift, a.msrp)
    d = {} if a.no_dev or not os.path.exists(os.path.join(a.gold_dir, "split.json")) else dev(a.drift, a.gold_dir, a.group)
    rules = sorted(set(m) | set(d))

    def prec(h, ok=True):
        return "–" if not h else (f"{h[1] / h[0]:.2f}" if ok else "n/a")

    print(f"| rule | grade | MSRP hits | MSRP precision | dev {a.group} hits | dev precision | pooled hits | pooled precision |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rules:
        mh, dh = m.get(r), d.get(r)
        meaning = r[0].split(".")[0] in MEANING and r[0] not in PAGE_RULES
        # Pooled: MSRP hits count only for the meaning-change kinds (the others have no label).
        pool = [(mh[0] if mh and meaning else 0) + (dh[0] if dh else 0), (mh[1] if mh and meaning else 0) + (dh[1] if dh else 0)]
        print(f"| `{r[0]}` | {r[1]} | {mh[0] if mh else 0} | {prec(mh, meaning)} | {dh[0] if dh else 0} | {prec(dh)} | {pool[0]} | {prec(pool if pool[0] else None)} |")
    if summary:
        print()
        print(summary)


if __name__ == "__main__":
    main()
