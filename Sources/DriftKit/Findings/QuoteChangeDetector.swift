/// `quote-change`: words inside quotation marks altered in a copy that presents them as a
/// quote. Only for copies that otherwise reproduce the original (reposts, syndication): in a
/// retranslated copy every quote is reworded by translation and saying so helps nobody, so
/// the detector stays silent when most aligned sentences are paraphrases.
enum QuoteChangeDetector: Detector {
    static let phase = "quote-change"

    /// Largest share of reworded (paraphrase) aligned sentences for which the copy still
    /// counts as a reproduction. 0.5: reposts on the seeds reword under 5%, retranslations
    /// over 60%.
    static let maxParaphraseShare = 0.5

    static func detect(_ ctx: FindingContext) -> [Finding] {
        let two = ctx.alignment.beads.filter { !$0.original.isEmpty && !$0.copy.isEmpty }
        guard !two.isEmpty else { return [] }
        let para = two.filter { $0.relation == .paraphrase }.count
        guard Double(para) / Double(two.count) <= maxParaphraseShare else { return [] }
        var out: [Finding] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation == .edited {
            let quoted = quotedRanges(bf.cTokens), quotedO = quotedRanges(bf.oTokens)
            guard !quoted.isEmpty, !quotedO.isEmpty else { continue }
            for r in bf.regions {
                // Content words added inside the copy's quotation, or taken out of the original's.
                let changed = r.inserted.filter { t in t.kind != .punctuation && !Vocabulary.stopWords.contains(t.key) && quoted.contains { $0.contains(t.start) } }
                let removed = r.deleted.filter { t in t.kind != .punctuation && !Vocabulary.stopWords.contains(t.key) && quotedO.contains { $0.contains(t.start) } }
                guard !changed.isEmpty || !removed.isEmpty else { continue }
                let ins = r.insertedRanges.isEmpty ? nil : BeadFacts.hull(r.insertedRanges)
                let del = r.deletedRanges.isEmpty ? nil : BeadFacts.hull(r.deletedRanges)
                var f = Finding(Rules.quoteChangeAlteredQuotation,
                                original: del.map { ctx.span(ctx.original, $0) } ?? ctx.originalSpan(bf.bead),
                                copy: ins.map { ctx.span(ctx.copy, $0) } ?? ctx.copySpan(bf.bead),
                                from: del.map { ctx.original.text($0.lowerBound, $0.upperBound) }, to: ins.map { ctx.copy.text($0.lowerBound, $0.upperBound) },
                                message: "words inside a quotation differ from the original",
                                why: "the copy presents these words in quotation marks; the original quote reads differently")
                f.words = (removed.map { ctx.original.text($0.start, $0.end) }) + changed.map { ctx.copy.text($0.start, $0.end) }
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }

    /// Byte ranges between paired quotation marks in a token list.
    static func quotedRanges(_ ts: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        for t in ts where t.kind == .punctuation && t.key == "\"" {
            if let o = open { out.append(o..<t.start); open = nil } else { open = t.end }
        }
        if let o = open, let last = ts.last { out.append(o..<last.end) }
        return out
    }
}
