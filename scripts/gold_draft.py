#!/usr/bin/env python3
"""Draft and build gold annotations (../shared/eval/GOLD-FORMAT.md) for a development pair.

Two steps, with a human in between:

    scripts/gold_draft.py draft ORIGINAL COPY --drift .build/release/drift > /tmp/dNN.spec
    (read both texts in the spec, correct every link, write the findings by hand)
    scripts/gold_draft.py build /tmp/dNN.spec -o eval/devset/dNN.json

`draft` cuts both texts into sentences with the splitter of ../shared/eval/validate_gold.py (the
units the validator checks coverage against), runs `drift compare --format json`, and writes an
editable SPEC: every sentence as a comment (`#O3 ...`, `#C5 ...`), one `link` line per group of
the drift alignment mapped onto those sentences, and drift's own findings as comments (a draft
to judge, never gold). The spec holds the texts, so it is a scratch file: keep it out of the
repository.

`build` turns a spec into gold JSON, choosing every QUOTE itself: a window of 4-15 words inside
the sentence that occurs exactly once in the file (the first such window of at most 12 words);
a sentence of fewer than 4 words is quoted whole; a sentence repeated verbatim gets the
`*_occurrence` that selects it.

Spec lines (`#` starts a comment; blank lines are ignored):

    original FILE              copy FILE              texts DIR      (header)
    link O1 O2 | C3            one link: original sentences | copy sentences; `-` for none
    link O4 | - ; note text    anything after ` ; ` is the link's note (a draft's `drift: RELATION`
                               label is dropped)
    find KIND SEVERITY [o=O4|o="exact quote"] [c=C3|c="exact quote"] [from="x"] [to="y"]
         [accept=kind,kind] ; note text

Links are written in copy order (the validator warns otherwise).
"""
import argparse
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALIDATOR = os.path.join(HERE, "..", "..", "shared", "eval", "validate_gold.py")


def splitter():
    """The validator's sentence splitter, so that links cover the units it checks."""
    if not os.path.exists(VALIDATOR):
        sys.exit(f"gold_draft: {os.path.normpath(VALIDATOR)} not found (../shared must sit beside the repository)")
    spec = importlib.util.spec_from_file_location("validate_gold", VALIDATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.split_sentences


def occurrences(text, q):
    out, i = [], text.find(q)
    while i >= 0:
        out.append(i)
        i = text.find(q, i + 1)
    return out


class Doc:
    def __init__(self, path):
        with open(path, encoding="utf-8") as fh:
            self.text = fh.read()
        self.spans = splitter()(self.text)

    def sentence(self, i):
        a, b = self.spans[i]
        return self.text[a:b]

    def quote(self, i):
        """(quote, occurrence or None) identifying sentence i: 4-15 words, unique in the file if possible."""
        a, b = self.spans[i]
        words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", self.text[a:b])]
        n = len(words)
        if n < 4:
            q = self.text[a:b].strip()
            return q, self._occ(q, a)
        for length in range(min(12, n), 3, -1):
            for s in range(0, n - length + 1):
                q = self.text[words[s][0]:words[s + length - 1][1]]
                if len(occurrences(self.text, q)) == 1:
                    return q, None
        q = self.text[words[0][0]:words[min(12, n) - 1][1]]
        return q, self._occ(q, words[0][0])

    def _occ(self, q, at):
        occ = occurrences(self.text, q)
        if len(occ) <= 1:
            return None
        return occ.index(at) + 1 if at in occ else 1


def char_to_byte(text):
    """Table from character index to UTF-8 byte offset (one past the end included)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def draft(a):
    O, C = Doc(a.original), Doc(a.copy)
    p = subprocess.run(a.drift.split() + ["compare", "--format", "json", a.original, a.copy],
                       capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"gold_draft: drift exited {p.returncode}: {p.stderr.decode(errors='replace')[-500:]}")
    rep = json.loads(p.stdout)
    cp = rep["copies"][0]

    def entry_of(doc, sents, side):
        """Alignment entry index for each splitter sentence (by its first overlapping drift sentence)."""
        c2b = char_to_byte(doc.text)
        where = {}
        for k, e in enumerate(cp["alignment"]):
            for sid in e.get(side, []):
                where[sid] = k
        out = []
        for (s, e) in doc.spans:
            bs, be = c2b[s], c2b[e]
            hit = [d["id"] for d in sents if d["start"] < be and bs < d["end"]]
            out.append(where.get(hit[0]) if hit else None)
        return out

    eo = entry_of(O, rep["original"]["sentences"], "original")
    ec = entry_of(C, cp["sentences"], "copy")
    groups = {}
    for i, k in enumerate(eo):
        groups.setdefault(k, ([], []))[0].append(i)
    for i, k in enumerate(ec):
        groups.setdefault(k, ([], []))[1].append(i)
    out = [f"original {os.path.basename(a.original)}", f"copy {os.path.basename(a.copy)}",
           f"texts {os.path.dirname(os.path.abspath(a.original))}", ""]
    order = sorted(groups, key=lambda k: (k is None, k if k is not None else 0))
    for k in order:
        os_, cs = groups[k]
        rel = cp["alignment"][k]["relation"] if k is not None else "unmapped"
        for i in os_:
            out.append(f"#O{i} {O.sentence(i)}")
        for i in cs:
            out.append(f"#C{i} {C.sentence(i)}")
        lo = " ".join(f"O{i}" for i in os_) or "-"
        lc = " ".join(f"C{i}" for i in cs) or "-"
        out.append(f"link {lo} | {lc} ; drift: {rel}")
        out.append("")
    out.append("# drift's findings (a draft to judge, not gold):")
    for f in cp.get("findings", []):
        o = (f.get("original") or {}).get("text", "")[:80]
        c = (f.get("copy") or {}).get("text", "")[:80]
        out.append(f"#   {f['kind']} {f['severity']} {f.get('evidence', {}).get('rule', '')}"
                   f" from={f.get('from', '')!r} to={f.get('to', '')!r} o={o!r} c={c!r}")
    print("\n".join(out))


def parse_ids(tok, letter):
    if tok == "-":
        return []
    m = re.fullmatch(letter + r"(\d+)", tok)
    if not m:
        raise ValueError(f"expected {letter}<n> or -, got {tok!r}")
    return [int(m.group(1))]


def build(a):
    head, links, finds = {}, [], []
    for ln, raw in enumerate(open(a.spec, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, note = line.partition(" ; ")
        word, _, rest = body.strip().partition(" ")
        try:
            if word in ("original", "copy", "texts"):
                head[word] = rest.strip()
            elif word == "link":
                lo, _, lc = rest.partition("|")
                o = [i for t in lo.split() for i in parse_ids(t, "O")]
                c = [i for t in lc.split() for i in parse_ids(t, "C")]
                links.append((o, c, note.strip(), ln))
            elif word == "find":
                toks = shlex.split(rest)
                f = {"kind": toks[0], "severity": toks[1]}
                for t in toks[2:]:
                    k, _, v = t.partition("=")
                    f[k] = v
                f["note"] = note.strip()
                f["_line"] = ln
                finds.append(f)
            else:
                raise ValueError(f"unknown line kind {word!r}")
        except (ValueError, IndexError) as e:
            sys.exit(f"gold_draft: {a.spec}:{ln}: {e}")
    texts = a.texts or head.get("texts")
    O = Doc(os.path.join(texts, head["original"]))
    C = Doc(os.path.join(texts, head["copy"]))
    docs = {"original": O, "copy": C}
    seen = {"original": {}, "copy": {}}

    def side_quotes(doc, ids, ln, side):
        qs, occs = [], set()
        for i in ids:
            if i >= len(doc.spans):
                sys.exit(f"gold_draft: {a.spec}:{ln}: {side} sentence {i} does not exist")
            if i in seen[side]:
                sys.exit(f"gold_draft: {a.spec}:{ln}: {side} sentence {i} already linked on line {seen[side][i]}")
            seen[side][i] = ln
            q, occ = doc.quote(i)
            qs.append(q)
            occs.add(occ)
        if len(occs) > 1:
            sys.exit(f"gold_draft: {a.spec}:{ln}: quotes of one side need different occurrences")
        return qs, (occs.pop() if occs else None)

    gold = {"original": head["original"], "copy": head["copy"], "links": [], "findings": []}
    for o, c, note, ln in links:
        L = {}
        L["original"], oo = side_quotes(O, o, ln, "original")
        L["copy"], co = side_quotes(C, c, ln, "copy")
        if note and not note.startswith("drift:"):  # draft relation labels are not gold notes
            L["note"] = note
        if oo:
            L["original_occurrence"] = oo
        if co:
            L["copy_occurrence"] = co
        gold["links"].append(L)
    for side, doc in docs.items():
        missing = [i for i in range(len(doc.spans)) if i not in seen[side]]
        if missing:
            sys.exit(f"gold_draft: {side} sentences not linked: {missing}")
    for f in finds:
        ln = f.pop("_line")
        F = {"kind": f.pop("kind"), "severity": f.pop("severity")}
        for side, key in (("original", "o"), ("copy", "c")):
            v = f.pop(key, None)
            if v is None:
                F[side] = None
                continue
            m = re.fullmatch(r"[OC](\d+)", v)
            if m:
                q, occ = docs[side].quote(int(m.group(1)))
            else:
                q, occ = v, None
                n = len(occurrences(docs[side].text, q))
                if n != 1:
                    sys.exit(f"gold_draft: {a.spec}:{ln}: {side} quote occurs {n} times: {q!r}")
            F[side] = q
            if occ:
                F[f"{side}_occurrence"] = occ
        for k in ("from", "to"):
            if k in f:
                F[k] = f.pop(k)
        if "accept" in f:
            F["accept"] = [x for x in f.pop("accept").split(",") if x]
        note = f.pop("note")
        if f:
            sys.exit(f"gold_draft: {a.spec}:{ln}: unknown fields {sorted(f)}")
        if note:
            F["note"] = note
        gold["findings"].append(F)
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.replace(tmp, a.output)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draft", help="write an editable spec from a drift report")
    d.add_argument("original")
    d.add_argument("copy")
    d.add_argument("--drift", default=".build/release/drift")
    b = sub.add_parser("build", help="turn a spec into gold JSON")
    b.add_argument("spec")
    b.add_argument("-o", "--output", required=True)
    b.add_argument("--texts", help="folder of the texts (default: the spec's `texts` line)")
    a = ap.parse_args()
    draft(a) if a.cmd == "draft" else build(a)


if __name__ == "__main__":
    main()
