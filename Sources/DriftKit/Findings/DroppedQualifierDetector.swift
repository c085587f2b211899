/// `omission.dropped-qualifier`: an aligned sentence whose copy drops a qualifier of the
/// original ("largely", "reportedly") without putting another adverb in its place — and
/// without stating the claim more firmly, which is a claim change (`ClaimChangeDetector`).
/// The same sentences as the claim-change detector: edited, reworded or moved pairs.
enum DroppedQualifierDetector: Detector {
    static let phase = "dropped-qualifier"

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation == .edited || bf.bead.relation == .paraphrase || bf.bead.relation == .moved {
            let hedging = Hedging(bf, ctx)
            // Qualifiers dropped beyond those replaced by another adverb ("largely" → "effectively").
            let qualifiersDropped = hedging.dropped.filter { Vocabulary.qualifiers.contains($0) }
            let newAdverbs = bf.cKeys.filter { ($0.hasSuffix("ly") || Vocabulary.qualifiers.contains($0)) && !bf.oKeys.contains($0) }.count
            let netDropped = qualifiersDropped.count - newAdverbs
            guard netDropped > 0 && hedging.copy.count < hedging.original.count && !hedging.firmer else { continue }
            var f = Finding(Rules.omissionDroppedQualifier, original: ctx.originalSpan(bf.bead), copy: ctx.copySpan(bf.bead),
                            message: "a qualifier of the original is dropped: \(qualifiersDropped.map { "“\($0)”" }.joined(separator: ", "))",
                            why: "the original sentence qualifies its statement with \(qualifiersDropped.joined(separator: ", ")); the copy sentence has no such qualifier")
            f.words = qualifiersDropped
            f.bead = bf.index
            out.append(f)
        }
        return out
    }
}
