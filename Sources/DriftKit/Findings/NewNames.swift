/// Names a copy sentence brings that its original sentence lacks, and the ways a name can be
/// new in form only (a first name added, the same stem, an acronym spelled out). Shared by the
/// insertion and claim-change detectors, which call each other for none of it.
enum NewNames {
    /// Names in `tokens` that the original never mentions and that do not merely expand a
    /// name the original sentence has ("Vladimir Putin" for "Putin").
    static func newEntities(_ ctx: FindingContext, _ bf: BeadFacts, _ tokens: [Token]) -> [String] {
        var out: [String] = []
        let ts = bf.cTokens
        for t in tokens {
            guard let k = ts.firstIndex(where: { $0.start == t.start }), ctx.names.isName(t, at: k, in: ts, on: .copy) else { continue }
            let key = NameIndex.key(t)
            if ctx.names.originalNames.contains(key) || bf.oNames.contains(key) { continue }
            // Spelling variant of an original name: a rename, not a new entity.
            if ctx.names.originalNames.contains(where: { NameSimilarity.jaroWinkler($0, key) >= 0.85 }) { continue }
            // A qualifier of a name the original sentence has ("the FIFA World Cup"), the same
            // stem ("Russia" → "the Russian side"), or an acronym spelled out ("US" → "United States").
            if expands(key, bf) || sameStem(key, bf) || expandsAcronym(key, bf, ctx.copy) { continue }
            if !out.contains(key) { out.append(key) }
        }
        return out
    }

    /// A name whose stem the original sentence has ("Russian" for "Russia").
    static func sameStem(_ n: String, _ bf: BeadFacts) -> Bool {
        let stem = n.count <= Terms.stemLength ? n : String(n.prefix(Terms.stemLength))
        return bf.oTerms.contains(stem) || bf.oNames.contains { $0.hasPrefix(stem) || stem.hasPrefix($0) }
    }

    /// Part of a spelled-out acronym the original sentence has ("United States" for "US").
    static func expandsAcronym(_ n: String, _ bf: BeadFacts, _ d: Document) -> Bool {
        guard let k = bf.cTokens.firstIndex(where: { NameIndex.key($0) == n }) else { return false }
        // The run of capitalised words around k, connectors skipped, gives the initials.
        var lo = k, hi = k
        func cap(_ t: Token) -> Bool { t.kind == .word && NameIndex.isCapitalized(d, t) && !Vocabulary.stopWords.contains(t.key) }
        while lo > 0, cap(bf.cTokens[lo - 1]) || Vocabulary.nameConnectors.contains(bf.cTokens[lo - 1].key) { lo -= 1 }
        while hi + 1 < bf.cTokens.count, cap(bf.cTokens[hi + 1]) || Vocabulary.nameConnectors.contains(bf.cTokens[hi + 1].key) { hi += 1 }
        let words = bf.cTokens[lo...hi].filter { !Vocabulary.nameConnectors.contains($0.key) }
        guard words.count >= 2 else { return false }
        for s in 0..<words.count { for e in stride(from: s + 2, through: words.count, by: 1) {
            let initials = String(words[s..<e].compactMap(\.key.first))
            if bf.oKeys.contains(initials) { return true }
        } }
        return false
    }

    /// A first name or title added to a name the original sentence has ("Vladimir" before "Putin").
    static func expands(_ n: String, _ bf: BeadFacts) -> Bool {
        guard let k = bf.cTokens.firstIndex(where: { NameIndex.key($0) == n }) else { return false }
        for j in [k - 1, k + 1] where j >= 0 && j < bf.cTokens.count {
            let t = bf.cTokens[j]
            if bf.oNames.contains(NameIndex.key(t)) { return true }
            // A capitalised neighbour the original sentence has ("FIFA" before "World Cup").
            if t.kind == .word, !Vocabulary.stopWords.contains(t.key), bf.oKeys.contains(t.key), t.key.first.map({ $0.isLetter }) == true,
               bf.cTokens.count > j { if let d = bf.copyDoc, NameIndex.isCapitalized(d, t) { return true } }
        }
        return false
    }
}
