import Foundation

/// Counts that summarise one copy against the original.
public struct Summary: Sendable, Equatable {
    /// Original sentences kept word for word (identical or typographic only).
    public var kept = 0
    /// Original sentences kept with some words changed.
    public var edited = 0
    /// Original sentences reworded.
    public var reworded = 0
    /// Original sentences found elsewhere in the copy.
    public var moved = 0
    /// Original sentences missing from the copy (not counting the original's own repeats).
    public var dropped = 0
    /// Original sentences that repeat an earlier passage of the original.
    public var duplicated = 0
    /// Copy sentences with no source in the original.
    public var added = 0
    public var originalSentences = 0
    public var copySentences = 0
    /// Share of the copy's sentences that trace to the original, in [0, 1].
    public var traced: Double = 0
    /// Share of the original's sentences the copy carries (in two-sided alignment entries),
    /// the original's own repeats not counted, in [0, 1].
    public var carried: Double = 0
    /// `hidden-text` findings: a copy that hides text differs in more than typography.
    public var hidden = 0
    /// Mean similarity over aligned original sentences, in [0, 1], omitted ones counting 0.
    public var similarity: Double = 0

    /// True when the copy differs from the original only in typography.
    public var typographyOnly: Bool { edited == 0 && reworded == 0 && moved == 0 && dropped == 0 && added == 0 && hidden == 0 }

    static func of(_ al: Alignment, original n: Int, copy m: Int) -> Summary {
        var s = Summary(originalSentences: n, copySentences: m)
        var simSum = 0.0, tracedCopy = 0, carriedOriginal = 0
        for b in al.beads {
            let k = b.original.count
            switch b.relation {
            case .identical, .typographic: s.kept += k
            case .edited: s.edited += k
            case .paraphrase: s.reworded += k
            case .moved: s.moved += k
            case .omitted: if b.duplicateOf != nil { s.duplicated += k } else { s.dropped += k }
            case .inserted: s.added += b.copy.count
            }
            if !b.original.isEmpty && !b.copy.isEmpty { tracedCopy += b.copy.count; carriedOriginal += k; simSum += b.similarity * Double(k) }
        }
        s.traced = m > 0 ? Double(tracedCopy) / Double(m) : 0
        let counted = n - s.duplicated
        s.carried = counted > 0 ? min(1, Double(carriedOriginal) / Double(counted)) : 0
        s.similarity = counted > 0 ? simSum / Double(counted) : 0
        return s
    }
}

/// One copy compared with the original.
public struct CopyReport: Sendable {
    public var document: Document
    /// Zone of each copy sentence (`ZoneClassifier`).
    public var zones: [Zone]
    public var alignment: Alignment
    public var findings: [Finding]
    public var summary: Summary
    /// Set when the copy barely traces to the original: the reason, for people.
    public var unrelated: String?
}

/// The result of `drift compare`: data only; renderers turn it into text, JSON or HTML.
public struct Report: Sendable {
    public var original: Document
    /// Zone of each original sentence (`ZoneClassifier`).
    public var originalZones: [Zone]
    public var copies: [CopyReport]
    /// With two copies or more: the collation table and provenance hints.
    public var collation: Collation?

    public init(original: Document, copies: [CopyReport], originalZones: [Zone]? = nil) {
        self.init(original: original, copies: copies, originalZones: originalZones, probe: nil)
    }

    init(original: Document, copies: [CopyReport], originalZones: [Zone]?, probe: PhaseProbe?) {
        self.original = original
        self.originalZones = originalZones ?? original.zones()
        self.copies = copies
        collation = copies.count > 1 ? probe.measure("collation") { Collation.of(original, copies) } : nil
    }
}

/// Options for a comparison.
public struct CompareOptions: Sendable {
    public var align = AlignOptions()
    public var findings = FindingOptions()
    /// Measures each phase (benchmarks); nil normally. With a probe, copies are compared
    /// one after another so that each figure is one phase's alone.
    public var probe: PhaseProbe? = nil
    public init() {}
}

public enum Comparison {
    /// Copies traced below this share (of their sentences) are reported as unrelated to the
    /// original instead of as a pile of insertions — if they also carry little of the
    /// original (`unrelatedCarried`). 0.2: a repost with heavy commentary still traces 40% or
    /// more on the seeds; an unrelated article on the same topic traces under 10% (chance
    /// matches of a few sentences).
    static let unrelatedShare = 0.2

    /// ... and copies that carry at least this share of the original's sentences are never
    /// unrelated, however much other text surrounds them: otherwise padding a faithful copy
    /// with five times its length of other text would turn the detectors off (issue #12).
    /// 0.2, the same scale as `unrelatedShare`: the unrelated article among the samples
    /// (Washington Post against the CNN original) carries 1 of 80 original sentences (chance matches),
    /// while the most loosely related real copy (the InoSMI retranslation) carries 0.8 or more.
    static let unrelatedCarried = 0.2

    /// Aligns each copy with the original and runs the finding detectors. Copies are
    /// processed in parallel; the result keeps their order.
    public static func run(original: Document, copies: [Document], options: CompareOptions = .init()) -> Report {
        let oz = options.probe.measure("zones") { original.zones() }
        let results = options.probe != nil ? copies.map { compare(original, $0, options: options, originalZones: oz) }
            : ParallelMap.map(copies) { copy -> CopyReport in compare(original, copy, options: options, originalZones: oz) }
        return Report(original: original, copies: results, originalZones: oz, probe: options.probe)
    }

    /// One copy against the original; `originalZones` saves classifying the original again
    /// for each copy.
    public static func compare(_ original: Document, _ copy: Document, options: CompareOptions = .init(), originalZones: [Zone]? = nil) -> CopyReport {
        let oz = originalZones ?? original.zones(), cz = options.probe.measure("zones") { copy.zones() }
        var alignOptions = options.align
        alignOptions.probe = options.probe
        let al = options.probe.measure("align") { Aligner(options: alignOptions).align(original, copy) }
        var summary = Summary.of(al, original: original.sentences.count, copy: copy.sentences.count)
        var unrelated: String? = nil
        if summary.traced < unrelatedShare && summary.carried < unrelatedCarried && copy.sentences.count >= 5 {
            unrelated = String(format: "only %.0f%% of the copy's sentences (%d of %d) trace to the original: this does not look like a copy of it",
                               summary.traced * 100, Int((summary.traced * Double(copy.sentences.count)).rounded()), copy.sentences.count)
        }
        let findings = Detectors.run(original: original, copy: copy, alignment: al, unrelated: unrelated != nil, options: options.findings,
                                     originalZones: oz, copyZones: cz, probe: options.probe)
        summary.hidden = findings.filter { $0.kind == .hiddenText }.count
        return CopyReport(document: copy, zones: cz, alignment: al, findings: findings, summary: summary, unrelated: unrelated)
    }
}

/// Order-preserving parallel map over the machine's cores.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ f: @Sendable (T) -> U) -> [U] {
        if items.count <= 1 { return items.map(f) }
        let box = ResultBox<U>(items.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: items.count) { k in
            let r = f(items[k])
            lock.lock(); box.out[k] = r; lock.unlock()
        }
        return box.out.map { $0! }
    }
}

final class ResultBox<U>: @unchecked Sendable {
    var out: [U?]
    init(_ n: Int) { out = Array(repeating: nil, count: n) }
}
