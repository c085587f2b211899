/// The one order in which people are shown a copy's findings (terminal, HTML): most severe
/// first, then by position in the copy, so the renamed names sit together where they occur
/// and "#1" is the first major change a reader meets. Findings with no copy text (omissions)
/// sit where the copy would have had the text: after the copy sentence before their bead.
/// The JSON report keeps the detectors' order; its consumers sort as they need.
extension CopyReport {
    /// Indices into `findings`, in display order. Finding number N (as printed, "#N") is
    /// `findings[displayOrder[N - 1]]`.
    public var displayOrder: [Int] {
        func anchor(_ f: Finding) -> Int {
            if let c = f.copy { return c.start }
            guard let k = f.bead, k < alignment.beads.count else { return 0 }
            var j = k
            while j >= 0 {
                if let last = alignment.beads[j].copy.max() { return document.sentences[last].end }
                j -= 1
            }
            return 0
        }
        let keys = findings.map { (anchor($0), $0.original?.start ?? 0) }
        return findings.indices.sorted { a, b in
            let fa = findings[a], fb = findings[b]
            if fa.severity != fb.severity { return fa.severity < fb.severity }
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return a < b
        }
    }

    /// For each bead of the alignment, the numbers (from 1, as printed) of the findings it
    /// carries: the finding's own bead, or the beads whose sentences its spans overlap.
    public func findingNumbersByBead(original: Document) -> [[Int]] {
        var out = [[Int]](repeating: [], count: alignment.beads.count)
        var beadOfCopy = [Int](repeating: -1, count: document.sentences.count)
        var beadOfOriginal = [Int](repeating: -1, count: original.sentences.count)
        for (k, b) in alignment.beads.enumerated() {
            for j in b.copy { beadOfCopy[j] = k }
            for i in b.original where i < beadOfOriginal.count && beadOfOriginal[i] < 0 { beadOfOriginal[i] = k }
        }
        for (n, i) in displayOrder.enumerated() {
            let f = findings[i]
            var beads = Set<Int>()
            if let b = f.bead, b < out.count { beads.insert(b) }
            for sp in [f.copy].compactMap({ $0 }) + f.occurrences {
                for j in document.sentenceIDs(overlapping: sp.start..<sp.end) where beadOfCopy[j] >= 0 { beads.insert(beadOfCopy[j]) }
            }
            if let sp = f.original, f.copy == nil {
                for i in original.sentenceIDs(overlapping: sp.start..<sp.end) where beadOfOriginal[i] >= 0 { beads.insert(beadOfOriginal[i]) }
            }
            for b in beads.sorted() { out[b].append(n + 1) }
        }
        return out
    }
}

/// What a finding shows on one side, for people: the whole sentences that hold its span and
/// the byte ranges to mark in them. A finding about part of a sentence (a name, a number, a
/// clause) marks that part; one about whole sentences marks the words the alignment's diff
/// changed in them (deleted words on the original side, inserted ones on the copy side).
public struct Evidence: Sendable, Equatable {
    /// Ids of the sentences shown.
    public var sentences: [Int]
    /// The bytes shown: those sentences (and the span, should it reach past them).
    public var range: Range<Int>
    /// Byte ranges to mark, sorted, inside `range`.
    public var marks: [Range<Int>]

    /// The evidence of `f` on the original side (`original: true`) or the copy side.
    public static func of(_ f: Finding, original: Bool, in c: CopyReport, _ o: Document) -> Evidence? {
        guard let sp = original ? f.original : f.copy else { return nil }
        let d = original ? o : c.document
        let ids = d.sentenceIDs(overlapping: sp.start..<max(sp.end, sp.start + 1))
        guard let lo = ids.first, let hi = ids.last else { return Evidence(sentences: [], range: sp.start..<sp.end, marks: [sp.start..<sp.end]) }
        let range = min(sp.start, d.sentences[lo].start)..<max(sp.end, d.sentences[hi].end)
        let whole = sp.start <= d.sentences[lo].start && sp.end >= d.sentences[hi].end
        var marks: [Range<Int>] = []
        if whole, let k = f.bead, k < c.alignment.beads.count {
            marks = c.alignment.beads[k].diff.compactMap { op in
                op.op == (original ? .delete : .insert) ? (original ? op.original : op.copy) : nil
            }.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
        }
        if marks.isEmpty { marks = [sp.start..<sp.end] }
        return Evidence(sentences: ids, range: range, marks: marks.sorted { $0.lowerBound < $1.lowerBound })
    }
}
