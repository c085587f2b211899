/// `claim-change`: an aligned sentence that says something materially different — more
/// certain or more intense, with its causality reversed, or about other actors.
/// Paraphrase from translation is not a finding, so the detector looks only for changes that
/// translation does not explain:
/// - certainty: a booster the original sentence lacks (`Lexicon.boosters`: "direct proof",
///   "exclusive", "convincingly"), or a hedge dropped for a firmer modal ("may" → "will");
/// - causality: a cause marker ("because") turned into a result marker ("as a result");
/// - actors: two or more names the original sentence does not mention, or one new name put
///   in place of deleted words ("the transatlantic relationship" → "NATO").
/// A hedge dropped with nothing added is reported as an omitted qualifier instead.
enum ClaimChangeDetector {
    /// Boosters strong enough to make the change major on their own.
    static let strong: Set<String> = ["proof", "proves", "proved", "proven", "prove", "exclusive", "exclusively", "existential",
                                      "undoubtedly", "certainly", "definitely", "clearly", "obviously", "undeniably", "direct", "directly"]
    static let modalHedges: Set<String> = ["may", "might", "could", "perhaps", "possibly", "probably", "likely"]

    static func detect(_ ctx: FindingContext, renamed: [Finding]) -> [Finding] {
        var out: [Finding] = []
        let renamedTo = Set(renamed.flatMap { f in (f.to ?? "").lowercased().split(separator: " ").map(String.init) })
        for bf in BeadFacts.all(ctx) where bf.bead.relation == .edited || bf.bead.relation == .paraphrase || bf.bead.relation == .moved {
            var signals: [String] = []
            var major = false
            // Certainty.
            // Capitalised words are names ("Russian Direct Investment Fund"), not boosters.
            let lowerC = Set(bf.cTokens.filter { $0.kind == .word && !NameIndex.isCapitalized(ctx.c, $0) }.map(\.key))
            let boosters = lowerC.filter { Lexicon.boosters.contains($0) && !bf.oKeys.contains($0) }.sorted()
            let hedgesO = bf.oKeys.filter { Lexicon.hedges.contains($0) }
            let hedgesC = bf.cKeys.filter { Lexicon.hedges.contains($0) }
            let dropped = hedgesO.filter { !bf.cKeys.contains($0) }.sorted()
            // A modal hedge ("may give") dropped with no hedge left ("gives", "will give").
            let modalDropped = dropped.filter { modalHedges.contains($0) }
            let willAdded = bf.cKeys.contains("will") && !bf.oKeys.contains("will")
            let firmer = !modalDropped.isEmpty && !bf.cKeys.contains(where: { modalHedges.contains($0) || Lexicon.hedges.contains($0) && !bf.oKeys.contains($0) })
            if !boosters.isEmpty {
                signals.append("intensified: the copy adds \(boosters.map { "“\($0)”" }.joined(separator: ", "))")
                if boosters.contains(where: strong.contains) { major = true }
            }
            if firmer {
                signals.append("more certain: \(modalDropped.map { "“\($0)”" }.joined(separator: ", ")) dropped" + (willAdded ? " and “will” added" : ", with no hedge left"))
                if willAdded { major = true }
            }
            // Causality.
            let causeO = bf.oKeys.contains { Lexicon.causeMarkers.contains($0) }, causeC = bf.cKeys.contains { Lexicon.causeMarkers.contains($0) }
            let resultO = bf.oKeys.contains { Lexicon.resultMarkers.contains($0) }, resultC = bf.cKeys.contains { Lexicon.resultMarkers.contains($0) }
            if (causeO && !causeC && resultC && !resultO) || (resultO && !resultC && causeC && !causeO) {
                signals.append("causality changed: the original says \(causeO ? "“because”" : "“as a result”"), the copy \(causeC ? "“because”" : "“as a result”")")
                major = true
            }
            // Actors.
            let newNames = InsertionDetector.newEntities(ctx, bf, bf.cTokens).filter { !renamedTo.contains($0) }
            let freshInBead = Set(bf.cNames.filter { n in !bf.oNames.contains(n) && !renamedTo.contains(n) && !expands(n, bf) && !sameStem(n, bf) && !expandsAcronym(n, bf, ctx.c) })
            if freshInBead.count >= 2 {
                signals.append("other actors: the copy sentence names \(ctx.written(ctx.c, bf.cTokens, freshInBead.sorted()).map { "“\($0)”" }.joined(separator: ", ")), which the original sentence does not")
                major = true
            } else if newNames.count == 1, let r = bf.regions.first(where: { r in r.inserted.contains { NameIndex.key($0) == newNames[0] } }),
                      bf.lost(r.deleted, against: bf.cTerms).count >= 2 {
                signals.append("another referent: “\(ctx.written(ctx.c, bf.cTokens, [newNames[0]])[0])” takes the place of “\(r.deleted.map { ctx.o.text($0.start, $0.end) }.joined(separator: " "))”")
                major = true
            }
            // Qualifiers dropped beyond those replaced by another adverb ("largely" → "effectively").
            let qualifiersDropped = dropped.filter { Lexicon.qualifiers.contains($0) }
            let newAdverbs = bf.cKeys.filter { ($0.hasSuffix("ly") || Lexicon.qualifiers.contains($0)) && !bf.oKeys.contains($0) }.count
            let netDropped = qualifiersDropped.count - newAdverbs
            if netDropped > 0 && hedgesC.count < hedgesO.count && !firmer {
                var f = Finding(kind: .omission, severity: .minor, confidence: 0.6, original: ctx.originalSpan(bf.bead), copy: ctx.copySpan(bf.bead),
                                message: "a qualifier of the original is dropped: \(qualifiersDropped.map { "“\($0)”" }.joined(separator: ", "))",
                                rule: "omission.dropped-qualifier",
                                why: "the original sentence qualifies its statement with \(qualifiersDropped.joined(separator: ", ")); the copy sentence has no such qualifier")
                f.words = qualifiersDropped
                f.bead = bf.index
                out.append(f)
            }
            if signals.isEmpty {
                continue
            }
            var f = Finding(kind: .claimChange, severity: major ? .major : .minor, confidence: major ? 0.75 : 0.55,
                            original: ctx.originalSpan(bf.bead), copy: ctx.copySpan(bf.bead),
                            message: signals[0] + (signals.count > 1 ? " (and \(signals.count - 1) more)" : ""),
                            rule: "claim-change." + (firmer ? "certainty" : !boosters.isEmpty ? "intensity" : signals[0].hasPrefix("causality") ? "causality" : "actors"),
                            why: signals.joined(separator: "; "))
            f.words = boosters + (firmer ? modalDropped + (willAdded ? ["will"] : []) : []) + ctx.written(ctx.c, bf.cTokens, freshInBead.sorted())
            f.bead = bf.index
            out.append(f)
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
        func cap(_ t: Token) -> Bool { t.kind == .word && NameIndex.isCapitalized(d, t) && !Terms.stopWords.contains(t.key) }
        while lo > 0, cap(bf.cTokens[lo - 1]) || NameIndex.connectors.contains(bf.cTokens[lo - 1].key) { lo -= 1 }
        while hi + 1 < bf.cTokens.count, cap(bf.cTokens[hi + 1]) || NameIndex.connectors.contains(bf.cTokens[hi + 1].key) { hi += 1 }
        let words = bf.cTokens[lo...hi].filter { !NameIndex.connectors.contains($0.key) }
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
            if t.kind == .word, !Terms.stopWords.contains(t.key), bf.oKeys.contains(t.key), t.key.first.map({ $0.isLetter }) == true,
               bf.cTokens.count > j { if let d = bf.copyDoc, NameIndex.isCapitalized(d, t) { return true } }
        }
        return false
    }
}
