/// Facts about one two-sided bead that several detectors read: which names and numbers
/// each side has, and which words the diff says were deleted and inserted.
struct BeadFacts {
    let index: Int
    /// The copy document (for capitalisation checks).
    let copyDoc: Document?
    let bead: Bead
    let oTokens: [Token]
    let cTokens: [Token]
    let oKeys: Set<String>
    let cKeys: Set<String>
    let oTerms: Set<String>
    let cTerms: Set<String>
    /// Name keys (possessive stripped) on each side.
    let oNames: [String]
    let cNames: [String]
    /// Changed regions as tokens.
    let regions: [(deleted: [Token], inserted: [Token], deletedRanges: [Range<Int>], insertedRanges: [Range<Int>])]

    init(_ ctx: FindingContext, _ k: Int) {
        let b = ctx.alignment.beads[k]
        index = k; bead = b; copyDoc = ctx.copy
        oTokens = ctx.tokens(ctx.original, b.original)
        cTokens = ctx.tokens(ctx.copy, b.copy)
        oKeys = Set(oTokens.map(\.key)); cKeys = Set(cTokens.map(\.key))
        oTerms = Set(oTokens.compactMap(Terms.term)); cTerms = Set(cTokens.compactMap(Terms.term))
        func names(_ side: Side, _ ids: [Int]) -> [String] {
            let d = ctx.document(side)
            var out: [String] = []
            for i in ids { let ts = d.sentences[i].tokens; for (j, t) in ts.enumerated() where ctx.names.isName(sentence: i, token: j, on: side) { out.append(NameIndex.key(t)) } }
            return out
        }
        // Names inside a typography step are the same names written in another house style
        // ("Calif." / "California", "Sen." / "Senator"): neither new nor lost.
        let styledO = b.diff.compactMap { $0.op == .typography ? $0.original : nil }
        let styledC = b.diff.compactMap { $0.op == .typography ? $0.copy : nil }
        func styled(_ d: Document, _ rs: [Range<Int>], _ key: String, _ ids: [Int]) -> Bool {
            ids.contains { i in d.sentences[i].tokens.contains { t in NameIndex.key(t) == key && rs.contains { $0.contains(t.start) } } }
                && !ids.contains { i in d.sentences[i].tokens.contains { t in NameIndex.key(t) == key && !rs.contains { $0.contains(t.start) } } }
        }
        let on = names(.original, b.original), cn = names(.copy, b.copy)
        let ok = Set(on), ck = Set(cn)
        oNames = on.filter { ck.contains($0) || !styled(ctx.original, styledO, $0, b.original) }
        cNames = cn.filter { ok.contains($0) || !styled(ctx.copy, styledC, $0, b.copy) }
        regions = ctx.regions(b).map { r in
            (r.deleted.flatMap { ctx.tokens(ctx.original, in: $0) }, r.inserted.flatMap { ctx.tokens(ctx.copy, in: $0) }, r.deleted, r.inserted)
        }
    }

    /// Content terms of `tokens` that the other side of the bead does not have at all.
    func lost(_ tokens: [Token], against terms: Set<String>) -> [String] {
        var seen = Set<String>()
        return tokens.compactMap(Terms.term).filter { !terms.contains($0) && seen.insert($0).inserted }
    }

    static func hull(_ rs: [Range<Int>]) -> Range<Int>? {
        guard let lo = rs.map(\.lowerBound).min(), let hi = rs.map(\.upperBound).max() else { return nil }
        return lo..<hi
    }

    /// Facts of the two-sided beads, computed once per copy (`FindingContext.facts`).
    static func all(_ ctx: FindingContext) -> [BeadFacts] { ctx.facts }

    static func compute(_ ctx: FindingContext) -> [BeadFacts] {
        // Identical pairs have nothing for a detector to find.
        let beads = ctx.alignment.beads.indices.filter { !ctx.alignment.beads[$0].original.isEmpty && !ctx.alignment.beads[$0].copy.isEmpty && ctx.alignment.beads[$0].relation != .identical }
        // Each bead's facts read only the context: built on both cores, kept in bead order.
        let shared = Unchecked(ctx)
        return ParallelMap.map(beads) { Unchecked(BeadFacts(shared.value, $0)) }.map(\.value)
    }
}
