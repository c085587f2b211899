/// Options for the finding detectors.
public struct FindingOptions: Sendable {
    public init() {}
}

/// What every detector reads: the two documents, the alignment and indexes over them.
struct FindingContext {
    let o: Document
    let c: Document
    let al: Alignment
    let names: NameIndex
    /// Zone of every original and every copy sentence (`ZoneClassifier`).
    let oz: [Zone]
    let cz: [Zone]
    /// Bead index of each copy sentence and of each original sentence.
    let beadOfCopy: [Int]
    let beadOfOrig: [Int]
    /// Facts of every two-sided, non-identical bead (set once by `Detectors.run`).
    var facts: [BeadFacts] = []

    init(o: Document, c: Document, al: Alignment, oz: [Zone]? = nil, cz: [Zone]? = nil) {
        self.o = o; self.c = c; self.al = al
        self.oz = oz ?? o.zones(); self.cz = cz ?? c.zones()
        names = NameIndex(o, c)
        var bc = [Int](repeating: -1, count: c.sentences.count), bo = [Int](repeating: -1, count: o.sentences.count)
        for (k, b) in al.beads.enumerated() { for j in b.copy { bc[j] = k }; for i in b.original { bo[i] = k } }
        beadOfCopy = bc; beadOfOrig = bo
    }

    func span(_ d: Document, _ ids: [Int]) -> Span? {
        guard let lo = ids.min(), let hi = ids.max() else { return nil }
        let s = d.sentences[lo].start, e = d.sentences[hi].end
        return Span(start: s, end: e, text: d.text(s, e))
    }
    func span(_ d: Document, _ r: Range<Int>) -> Span { Span(start: r.lowerBound, end: r.upperBound, text: d.text(r.lowerBound, r.upperBound)) }
    func originalSpan(_ b: Bead) -> Span? { span(o, b.original) }
    func copySpan(_ b: Bead) -> Span? { span(c, b.copy) }

    func tokens(_ d: Document, _ ids: [Int]) -> [Token] { ids.flatMap { d.sentences[$0].tokens } }
    func keys(_ d: Document, _ ids: [Int]) -> Set<String> { Set(tokens(d, ids).map(\.key)) }

    /// Changed regions of a bead's diff: the ops between two equal (or typography) ops.
    func regions(_ b: Bead) -> [(deleted: [Range<Int>], inserted: [Range<Int>])] {
        var out: [([Range<Int>], [Range<Int>])] = []
        var d: [Range<Int>] = [], i: [Range<Int>] = []
        for op in b.diff {
            switch op.op {
            case .equal, .typography:
                if !d.isEmpty || !i.isEmpty { out.append((d, i)); d = []; i = [] }
            case .delete: d.append(op.original!)
            case .insert: i.append(op.copy!)
            }
        }
        if !d.isEmpty || !i.isEmpty { out.append((d, i)) }
        return out
    }

    /// Name and number keys as the text writes them, for people: each key becomes the name
    /// phrase holding its first token among `tokens` ("united", "states" → "United States";
    /// "white", "house" → "White House"; "#3rd" → "third"), duplicates removed, order kept.
    /// The phrase is cut to the tokens among `tokens`. A key with no token (should not happen)
    /// is kept as it is.
    ///
    ///     written(ctx.c, cTokens, ["russia", "united"])   // ["Russia", "United States"]
    func written(_ d: Document, _ tokens: [Token], _ keys: [String]) -> [String] {
        var out: [String] = []
        for key in keys {
            let isTerm = key.hasPrefix("#")
            guard let t = tokens.first(where: { isTerm ? Terms.term($0) == key : NameIndex.key($0) == key }) else {
                if !out.contains(key) { out.append(key) }
                continue
            }
            var text = d.text(t.start, t.end)
            if !isTerm, let sid = d.sentenceIDs(overlapping: t.start..<t.end).first {
                let ts = d.sentences[sid].tokens
                if let k = ts.firstIndex(where: { $0.start == t.start }),
                   let r = names.phrases(ts, of: d).first(where: { $0.contains(k) }) {
                    // Only the part of the phrase among `tokens` ("Vienna", not "Vienna on
                    // Thursday" when only "and Vienna" was inserted).
                    let inside = Set(tokens.map(\.start))
                    var lo = k, hi = k
                    while lo > r.lowerBound, inside.contains(ts[lo - 1].start) { lo -= 1 }
                    while hi + 1 < r.upperBound, inside.contains(ts[hi + 1].start) { hi += 1 }
                    while hi > lo, ts[hi].kind == .punctuation || Vocabulary.nameConnectors.contains(ts[hi].key) { hi -= 1 }
                    while lo < hi, ts[lo].kind == .punctuation || Vocabulary.nameConnectors.contains(ts[lo].key) { lo += 1 }
                    text = d.text(ts[lo].start, ts[hi].end)
                }
            }
            for suffix in ["’s", "'s"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            if !out.contains(text) { out.append(text) }
        }
        return out
    }

    /// Tokens of document `d` inside a byte range.
    func tokens(_ d: Document, in r: Range<Int>) -> [Token] {
        var out: [Token] = []
        // Binary search the sentence holding r.lowerBound.
        var lo = 0, hi = d.sentences.count
        while lo < hi { let mid = (lo + hi) / 2; if d.sentences[mid].end <= r.lowerBound { lo = mid + 1 } else { hi = mid } }
        var k = lo
        while k < d.sentences.count, d.sentences[k].start < r.upperBound {
            for t in d.sentences[k].tokens where t.start >= r.lowerBound && t.end <= r.upperBound { out.append(t) }
            k += 1
        }
        return out
    }
}

/// Runs every finding detector over one aligned copy.
enum Detectors {
    static func run(original: Document, copy: Document, alignment: Alignment, unrelated: Bool, options: FindingOptions,
                    originalZones: [Zone]? = nil, copyZones: [Zone]? = nil, probe: PhaseProbe? = nil) -> [Finding] {
        var ctx = probe.measure("findings: name index") { FindingContext(o: original, c: copy, al: alignment, oz: originalZones, cz: copyZones) }
        ctx.facts = probe.measure("findings: bead facts") { BeadFacts.compute(ctx) }
        var claimed = Set<Int>() // copy sentences already explained (boilerplate, notes, duplicates)
        var out: [Finding] = []
        out += probe.measure("duplicate") { DuplicateDetector.detect(ctx, claimed: &claimed) }
        out += probe.measure("hidden-text") { HiddenTextDetector.detect(ctx) }
        // An unrelated "copy" gets the plain statement of how little traces to the original
        // (CopyReport.unrelated), not a finding for each of its sentences; but the sentences
        // it does carry from the original (kept, edited or moved: not the chance paraphrase
        // matches two articles on one topic have) are always checked, by the pair detectors
        // below: padding a copy with other text must not turn them off (issue #12).
        if unrelated {
            ctx.facts.removeAll { $0.bead.relation == .paraphrase }
        } else if original.language != copy.language {
            // Across languages word diffs mean nothing: the findings that survive translation.
            out += CrossLanguageFindings.detect(ctx, claimed: &claimed)
            return ZonePolicy.apply(out, ctx)
        } else {
            out += probe.measure("boilerplate") { BoilerplateDetector.detect(ctx, claimed: &claimed) }
            let notes = probe.measure("inserted-note") { InsertedNoteDetector.detect(ctx, claimed: &claimed) }
            out += notes
            out += probe.measure("insertion") { InsertionDetector.detect(ctx, claimed: claimed, notes: notes.compactMap(\.copy)) }
            out += probe.measure("omission") { OmissionDetector.detect(ctx) }
        }
        let names = probe.measure("name-change") { NameChangeDetector.detect(ctx) }
        var pairs = names
        pairs += probe.measure("number-change") { NumberChangeDetector.detect(ctx) }
        pairs += probe.measure("claim-change") { ClaimChangeDetector.detect(ctx, renamed: names) }
        pairs += probe.measure("quote-change") { QuoteChangeDetector.detect(ctx) }
        if unrelated {
            // Only findings on the carried sentences (some detectors also look document-wide).
            let checked = Set(ctx.facts.map(\.index))
            pairs.removeAll { f in !(f.bead.map(checked.contains) ?? false) }
        }
        return probe.measure("zone policy") { ZonePolicy.apply(out + pairs, ctx) }
    }
}
