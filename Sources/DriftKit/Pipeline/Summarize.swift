/// The summary phase: the counts of a copy's alignment (`Summary`).
extension Summary {
    /// Counts one copy's alignment: `n` and `m` are the original's and the copy's sentences.
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
