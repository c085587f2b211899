/// Which document of a comparison.
enum Side: Sendable { case original, copy }

/// The read-only fact set every detector reads, built once per copy before any detector
/// runs: the two documents, the alignment, zones, the name index, the facts of each
/// two-sided bead and the names the copy renames. No detector writes to it and none reads
/// another's findings; what one detector's findings mean for another's is settled after they
/// all ran (`Reconcile`).
struct FindingContext {
    let original: Document
    let copy: Document
    let alignment: Alignment
    let names: NameIndex
    /// Zone of every original and every copy sentence (`ZoneClassifier`).
    let oz: [Zone]
    /// The copy's zones also mark author notes (`AuthorNotes`), which only the pair shows.
    let cz: [Zone]
    /// Bead index of each copy sentence and of each original sentence.
    let beadOfCopy: [Int]
    let beadOfOrig: [Int]
    /// Facts of every two-sided, non-identical bead (set once by `Detectors.facts`); for an
    /// unrelated copy, only of the beads it carries from the original.
    var facts: [BeadFacts] = []
    /// Names the copy renames (`NameChangeDetector.renames`; set once by `Detectors.facts`,
    /// same-language comparisons only): the name-change findings, and names the claim-change
    /// rules must not count as new actors.
    var renames: [NameChangeDetector.Rename] = []
    /// The words of the renamed names as the copy writes them, lower-cased.
    var renamedTo: Set<String> { Set(renames.flatMap { $0.to.lowercased().split(separator: " ").map(String.init) }) }
    /// True when the documents are in different languages: word diffs mean nothing, and
    /// detectors keep to what survives translation.
    var crossLanguage: Bool { original.language != copy.language }

    /// `names`: the documents' name index when the caller built it already (it reads the
    /// documents alone, so `Comparison.run` builds it beside the alignment).
    init(original: Document, copy: Document, alignment: Alignment, oz: [Zone]? = nil, cz: [Zone]? = nil, names: NameIndex? = nil) {
        self.original = original; self.copy = copy; self.alignment = alignment
        self.oz = oz ?? original.zones()
        let cz0 = cz ?? copy.zones()
        self.names = names ?? NameIndex(original, copy)
        var bc = [Int](repeating: -1, count: copy.sentences.count), bo = [Int](repeating: -1, count: original.sentences.count)
        for (k, b) in alignment.beads.enumerated() { for j in b.copy { bc[j] = k }; for i in b.original { bo[i] = k } }
        beadOfCopy = bc; beadOfOrig = bo
        self.cz = AuthorNotes.refine(original: original, copy: copy, alignment: alignment, oz: self.oz, cz: cz0, beadOfCopy: bc, beadOfOriginal: bo)
    }

    /// The document of one side.
    func document(_ side: Side) -> Document { side == .original ? original : copy }

    func span(_ d: Document, _ ids: [Int]) -> Span? {
        guard let lo = ids.min(), let hi = ids.max() else { return nil }
        let s = d.sentences[lo].start, e = d.sentences[hi].end
        return Span(start: s, end: e, text: d.text(s, e))
    }
    func span(_ d: Document, _ r: Range<Int>) -> Span { Span(start: r.lowerBound, end: r.upperBound, text: d.text(r.lowerBound, r.upperBound)) }
    func originalSpan(_ b: Bead) -> Span? { span(original, b.original) }
    func copySpan(_ b: Bead) -> Span? { span(copy, b.copy) }

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
    ///     written(.copy, cTokens, ["russia", "united"])   // ["Russia", "United States"]
    func written(_ side: Side, _ tokens: [Token], _ keys: [String]) -> [String] {
        let d = document(side)
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
                   let r = names.phrases(ts, on: side).first(where: { $0.contains(k) }) {
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

/// A finding detector: one kind of change, found from the fact set alone. Detectors are peers:
/// none reads another's findings, and their order in `Detectors.run` decides nothing but the
/// order of the list `Reconcile` gets.
protocol Detector {
    /// The phase name (benchmarks' per-phase figures).
    static var phase: String { get }
    static func detect(_ ctx: FindingContext) -> [Finding]
    /// Parts `Detectors.run` may split the detector into, run side by side (1: whole).
    static var parts: Int { get }
    /// The findings of part `part` of `parts`; the parts' findings, in part order, are
    /// `detect(ctx)`'s.
    static func detect(_ ctx: FindingContext, part: Int, of parts: Int) -> [Finding]
}

extension Detector {
    static var parts: Int { 1 }
    static func detect(_ ctx: FindingContext, part: Int, of parts: Int) -> [Finding] { part == 0 ? detect(ctx) : [] }
}

/// Runs the finding detectors over one aligned copy: the fact set, every detector that
/// applies, then the reconciling pass and the zone policy.
enum Detectors {
    /// Same-language comparisons: every detector.
    // Immutable lists of types: safe to share (the metatypes carry no state).
    nonisolated(unsafe) static let sameLanguage: [any Detector.Type] = [
        DuplicateDetector.self, HiddenTextDetector.self, BoilerplateDetector.self, InsertedNoteDetector.self,
        InsertionDetector.self, OmissionDetector.self, NameChangeDetector.self, NumberChangeDetector.self,
        ClaimChangeDetector.self, DroppedQualifierDetector.self, QuoteChangeDetector.self,
    ]
    /// Across languages word diffs mean nothing: the findings that survive translation
    /// (the insertion and omission detectors keep to whole sentences there).
    nonisolated(unsafe) static let crossLanguage: [any Detector.Type] = [
        DuplicateDetector.self, HiddenTextDetector.self, BoilerplateDetector.self, CrossLanguageNoteDetector.self,
        InsertionDetector.self, OmissionDetector.self, CrossLanguageNumberDetector.self,
    ]
    /// An unrelated "copy" gets the plain statement of how little traces to the original
    /// (CopyReport.unrelated), not a finding for each of its sentences; but the sentences it
    /// does carry from the original (kept, edited or moved: not the chance paraphrase matches
    /// two articles on one topic have) are always checked, by the pair detectors: padding a
    /// copy with other text must not turn them off (issue #12).
    nonisolated(unsafe) static let unrelated: [any Detector.Type] = [
        DuplicateDetector.self, HiddenTextDetector.self, NameChangeDetector.self, NumberChangeDetector.self,
        ClaimChangeDetector.self, DroppedQualifierDetector.self, QuoteChangeDetector.self,
    ]

    static func run(original: Document, copy: Document, alignment: Alignment, unrelated: Bool,
                    originalZones: [Zone]? = nil, copyZones: [Zone]? = nil, names: NameIndex? = nil, probe: PhaseProbe? = nil) -> [Finding] {
        var ctx = facts(original: original, copy: copy, alignment: alignment, unrelated: unrelated,
                        originalZones: originalZones, copyZones: copyZones, names: names, probe: probe, renames: probe != nil)
        let list: DetectorList = unrelated ? .unrelated : ctx.crossLanguage ? .crossLanguage : .sameLanguage
        let detectors = list.detectors
        var found: [ObjectIdentifier: [Finding]] = [:]
        if let probe {
            // Measured phase by phase: one after another.
            for d in detectors { found[ObjectIdentifier(d)] = probe.measure(d.phase) { d.detect(ctx) } }
        } else {
            // Detectors are peers over an immutable fact set (their caches — WordNet's
            // lexemes, name folds, word terms — are locked): both cores share them. Results are
            // keyed by detector, so the order they finish in changes nothing. Two rounds: the
            // renames (`NameChangeDetector.renames`) beside every detector that does not read
            // them and beside claim-change's analysis (the costliest work by far, in
            // `claimParts` interleaved parts of its beads); then the detectors that read the
            // renames, claim-change's `finish` (in as many parts) among them. Tasks are taken
            // in list order as the cores come free: the longest single task (the renames) first.
            // A detector that splits into parts (`Detector.parts`: a long pass over every
            // sentence) has its parts taken early, after the renames.
            let wantRenames = unrelated || !ctx.crossLanguage
            let claim = detectors.firstIndex { ObjectIdentifier($0) == ObjectIdentifier(ClaimChangeDetector.self) }
            let first = detectors.indices.filter { !Detectors.readsRenames(detectors[$0]) }
            let split = first.filter { detectors[$0].parts > 1 }, whole = first.filter { detectors[$0].parts == 1 }
            let tasks: [RoundTask] = (wantRenames ? [.renames] : []) + split.flatMap { k in (0..<detectors[k].parts).map { .detector(k, part: $0) } }
                + (claim == nil ? [] : (0..<Detectors.claimParts).map { .claimAnalysis($0) }) + whole.map { .detector($0, part: 0) }
            let shared = Unchecked(ctx)
            let round1 = ParallelMap.map(tasks) { task in
                switch task {
                case .renames: return Unchecked(RoundResult.renames(NameChangeDetector.renames(shared.value)))
                case .claimAnalysis(let part): return Unchecked(.claim(ClaimChangeDetector.analyze(shared.value, part: part, of: Detectors.claimParts)))
                case .detector(let k, let part):
                    let d = list.detectors[k]
                    return Unchecked(.findings(d.detect(shared.value, part: part, of: d.parts)))
                }
            }
            var analyses: [ClaimChangeDetector.Analysis] = []
            for (task, r) in zip(tasks, round1) {
                switch (task, r.value) {
                case (_, .renames(let x)): ctx.renames = x
                case (_, .claim(let a)): analyses += a
                case (.detector(let k, _), .findings(let f)): found[ObjectIdentifier(detectors[k]), default: []] += f // (parts in order)
                default: break
                }
            }
            analyses.sort { $0.fact < $1.fact } // `finish` takes them in bead order
            // The second round: claim-change's `finish` (its actors' tests) in parts, beside the
            // other detectors that read the renames.
            let second = detectors.indices.filter { Detectors.readsRenames(detectors[$0]) }
            let items = second.flatMap { k in k == claim ? (0..<Detectors.claimParts).map { [k, $0] } : [[k, -1]] }
            let withRenames = Unchecked(ctx)
            let claimAnalyses = Unchecked(analyses)
            let round2 = ParallelMap.map(items) { item in
                item[1] < 0 ? list.detectors[item[0]].detect(withRenames.value)
                    : ClaimChangeDetector.finish(withRenames.value, claimAnalyses.value, part: item[1], of: Detectors.claimParts)
            }
            var claimFindings: [Finding] = []
            for (item, r) in zip(items, round2) {
                if item[1] < 0 { found[ObjectIdentifier(detectors[item[0]])] = r } else { claimFindings += r }
            }
            if let claim { found[ObjectIdentifier(detectors[claim])] = claimFindings.sorted { ($0.bead ?? 0) < ($1.bead ?? 0) } }
        }
        let reconciled = probe.measure("reconcile") { Reconcile.apply(found, ctx, unrelated: unrelated) }
        return probe.measure("zone policy") { ZonePolicy.apply(reconciled, ctx) }
    }

    /// Parts claim-change's analysis and its finish are split into (every fourth bead each):
    /// the cores take parts as they come free, so one core does not end a round alone on a
    /// costly half. 4 on 2 cores: the seed pair 000→001's halves differed by 18% (callgrind,
    /// 36.3 M against 30.8 M instructions); the findings do not depend on it (they are put
    /// back in bead order).
    static let claimParts = 4

    /// The detectors that read `FindingContext.renames` (the others run while it is made).
    static func readsRenames(_ d: any Detector.Type) -> Bool {
        ObjectIdentifier(d) == ObjectIdentifier(ClaimChangeDetector.self) || ObjectIdentifier(d) == ObjectIdentifier(NameChangeDetector.self)
    }

    /// One task of the first round: the renames, a part of claim-change's analysis, or a part
    /// of the detector at an index of the list (part 0 of 1: all of it).
    enum RoundTask: Sendable { case renames, claimAnalysis(Int), detector(Int, part: Int) }
    /// What one task of the first round gives.
    enum RoundResult { case renames([NameChangeDetector.Rename]), claim([ClaimChangeDetector.Analysis]), findings([Finding]) }

    /// Which list of detectors a comparison runs (a value that can cross threads).
    enum DetectorList: Sendable {
        case sameLanguage, crossLanguage, unrelated
        var detectors: [any Detector.Type] {
            switch self {
            case .sameLanguage: return Detectors.sameLanguage
            case .crossLanguage: return Detectors.crossLanguage
            case .unrelated: return Detectors.unrelated
            }
        }
    }

    /// The fact set, built once.
    /// `renames`: false leaves `ctx.renames` empty for the caller to fill (`run` makes it
    /// beside the detectors that do not read it).
    static func facts(original: Document, copy: Document, alignment: Alignment, unrelated: Bool,
                      originalZones: [Zone]?, copyZones: [Zone]?, names: NameIndex? = nil, probe: PhaseProbe?, renames: Bool = true) -> FindingContext {
        var ctx = probe.measure("findings: name index") { FindingContext(original: original, copy: copy, alignment: alignment, oz: originalZones, cz: copyZones, names: names) }
        let wantRenames = unrelated || !ctx.crossLanguage
        ctx.facts = probe.measure("findings: bead facts") { BeadFacts.compute(ctx) }
        if unrelated { ctx.facts.removeAll { $0.bead.relation == .paraphrase } }
        if wantRenames && renames { ctx.renames = probe.measure("findings: renames") { NameChangeDetector.renames(ctx) } }
        return ctx
    }
}
