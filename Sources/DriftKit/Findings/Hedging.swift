/// How the two sides of a bead hedge their statement ("may", "reportedly", "largely"): read
/// by the claim-change certainty rule and by the dropped-qualifier rule, which call each other
/// for none of it.
struct Hedging {
    /// Hedge keys each side uses.
    let original: Set<String>
    let copy: Set<String>
    /// Hedges of the original the copy does not use, sorted.
    let dropped: [String]
    /// The modal ones among them ("may", "could", "probably").
    let modalDropped: [String]
    /// A modal hedge dropped with no hedge left or added in its place: the copy states firmly
    /// what the original hedged.
    let firmer: Bool

    init(_ bf: BeadFacts, _ ctx: FindingContext) {
        original = Hedging.hedges(bf.oTokens, ctx.original)
        copy = Hedging.hedges(bf.cTokens, ctx.copy)
        let o = original
        dropped = o.subtracting(copy).sorted()
        modalDropped = dropped.filter { Vocabulary.modalHedges.contains($0) }
        firmer = !modalDropped.isEmpty && !copy.contains(where: { Vocabulary.modalHedges.contains($0) || Vocabulary.hedges.contains($0) && !o.contains($0) })
    }

    /// The hedge keys a sentence uses: "May" as a month ("May 9", "in May") and "could"/"can"
    /// negated ("could not", an ability) are not hedges.
    static func hedges(_ ts: [Token], _ d: Document) -> Set<String> {
        var out = Set<String>()
        for (k, t) in ts.enumerated() where Vocabulary.hedges.contains(t.key) {
            let next = k + 1 < ts.count ? ts[k + 1] : nil
            if t.key == "may", NameIndex.isCapitalized(d, t), k > 0 || next?.kind == .number { continue }
            if t.key == "may", next?.kind == .number { continue }
            if t.key == "could", let n = next, n.key == "not" || n.key == "never" { continue }
            out.insert(t.key)
        }
        return out
    }
}
