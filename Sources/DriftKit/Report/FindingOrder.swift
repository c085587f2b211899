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
