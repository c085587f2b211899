/// `omission`: original text missing from the copy.
/// - Whole sentences: each run of omitted sentences (not the original's own repeats) is one
///   finding, saying whether the copy marks the cut with an ellipsis.
/// - Clauses: a deleted stretch of an aligned sentence that carries names or numbers the
///   copy sentence no longer has ("a think tank based in London and Washington").
/// - Qualifiers: a hedge of the original ("widely", "somewhat", "privately") the copy
///   sentence drops without adding certainty (that is a claim change instead).
enum OmissionDetector: Detector {
    static let phase = "omission"

    /// Share of a clause's words the diff must delete for the clause to count as dropped
    /// (0.8: a clause reworded around one surviving word is not dropped).
    static let minDeletedShare = 0.8
    /// Share of a describing clause's content terms (stems) that must be absent from the copy
    /// sentence for it to count as dropped rather than reworded. 0.6: retranslation keeps
    /// most stems of a description it rewords ("a think tank" → "think tank").
    static let minLostDescriptionShare = 0.6

    /// Token ranges of the clauses of a token list: stretches between commas, semicolons,
    /// colons, dashes, brackets and sentence ends.
    static func clauses(_ ts: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (k, t) in ts.enumerated() where t.kind == .punctuation && [",", ";", ":", "-", "(", ")", "[", "]", ".", "?", "!", "\""].contains(t.key) {
            if k > start { out.append(start..<k) }
            start = k + 1
        }
        if start < ts.count { out.append(start..<ts.count) }
        return out
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        // Clause rules read word diffs: not across languages.
        let clauseRules = !ctx.crossLanguage
        var out: [Finding] = []
        let beads = ctx.alignment.beads
        var k = 0
        while k < beads.count {
            guard beads[k].copy.isEmpty, beads[k].duplicateOf == nil else { k += 1; continue }
            var ids = beads[k].original
            var e = k + 1
            while e < beads.count, beads[e].copy.isEmpty, beads[e].duplicateOf == nil { ids += beads[e].original; e += 1 }
            let marked = ellipsisAround(ctx, before: k, after: e)
            // The run split where page structure changes: furniture of the original
            // (headline, byline, caption, credits) missing from the copy is a minor note.
            var part: [Int] = []
            func emit() {
                guard !part.isEmpty else { return }
                defer { part = [] }
                let ids = part
                let words = ids.reduce(0) { $0 + ctx.original.sentences[$1].tokens.count { $0.kind != .punctuation } }
                if ctx.oz[ids[0]].isFurniture {
                    // A lone dateline ("CNN —") is not something a reader misses.
                    guard words > 0, words >= 3 || ids.contains(where: { ctx.oz[$0] != .dateline }) else { return }
                    var zs: [Zone] = []
                    for i in ids where !zs.contains(ctx.oz[i]) { zs.append(ctx.oz[i]) }
                    let what = zs.map(BoilerplateDetector.label).joined(separator: ", ")
                                        var f = Finding(Rules.omissionFurniture,
                                    original: ctx.span(ctx.original, ids), copy: nil,
                                    message: "page furniture of the original (\(what)) is not in the copy",
                                    why: "no sentence of the copy shares enough content words with \(ids.count == 1 ? "it" : "them"), and the page structure marks \(ids.count == 1 ? "it" : "them") as \(what), not article text")
                    f.bead = ctx.beadOfOrig[ids[0]]
                    f.words = zs.map(\.rawValue)
                    out.append(f)
                    return
                }
                let onlyLines = ids.allSatisfy { ctx.original.sentences[$0].isLine }
                // A lone dateline or label ("CNN —") is not content a reader misses.
                if onlyLines && words < 3 { return }
                var f = Finding(Rules.omissionUnalignedSentences, weaker: onlyLines || words < 5,
                                original: ctx.span(ctx.original, ids), copy: nil,
                                message: (ids.count == 1 ? "a sentence of the original (\(words) words) is missing from the copy" : "\(ids.count) sentences of the original (\(words) words) are missing from the copy")
                                    + (marked ? "; the copy marks the cut with an ellipsis" : "; the copy does not mark the cut"),
                                why: "no sentence of the copy shares enough content words with \(ids.count == 1 ? "it" : "them")")
                f.bead = ctx.beadOfOrig[ids[0]]
                out.append(f)
            }
            for i in ids {
                if let last = part.last, ctx.oz[last].isFurniture != ctx.oz[i].isFurniture { emit() }
                part.append(i)
            }
            emit()
            k = e
        }
        for bf in clauseRules ? BeadFacts.all(ctx) : [] {
            let deleted = bf.bead.diff.compactMap { $0.op == .delete ? $0.original : nil }
            func isDeleted(_ t: Token) -> Bool { deleted.contains { $0.lowerBound <= t.start && t.end <= $0.upperBound } }
            for clause in clauses(bf.oTokens) {
                let toks = bf.oTokens[clause]
                let words = toks.filter { $0.kind != .punctuation }
                guard words.count >= 3 else { continue }
                let gone = words.filter(isDeleted)
                guard Double(gone.count) >= Double(words.count) * minDeletedShare else { continue }
                let lostNames = Set(gone.compactMap { t -> String? in
                    let key = NameIndex.key(t)
                    guard bf.oNames.contains(key), !bf.cNames.contains(key), !bf.cKeys.contains(t.key) else { return nil }
                    // A renamed name is a name change, not an omission.
                    if bf.cNames.contains(where: { NameSimilarity.jaroWinkler($0, key) >= NameChangeDetector.variantSimilarity }) { return nil }
                    // An abbreviation written out ("Gen." → "General"), or the same stem ("Russia" → "Russian").
                    let stem = key.count <= Terms.stemLength ? key : String(key.prefix(Terms.stemLength))
                    if bf.cKeys.contains(where: { $0.hasPrefix(key) || $0.hasPrefix(stem) }) { return nil }
                    return key
                })
                let lostNumbers = gone.filter { $0.kind == .number && !bf.cTerms.contains(Terms.term($0) ?? "") }
                // A description dropped: an appositive or relative clause ("…, a think tank
                // that advocates …", "…, who studied at …") whose content words are gone.
                let opener = toks.first!.key
                let lostTerms = bf.lost(Array(toks), against: bf.cTerms)
                let allTerms = Set(toks.compactMap(Terms.term))
                let description = clause.lowerBound > 0 && bf.oTokens[clause.lowerBound - 1].key == "," &&
                    Vocabulary.descriptionOpeners.contains(opener) && words.count >= 4 &&
                    Double(lostTerms.count) >= Double(allTerms.count) * minLostDescriptionShare
                guard !(lostNames.isEmpty && lostNumbers.isEmpty) || description else { continue }
                let r = toks.first!.start..<toks.last!.end
                let shownNames = ctx.written(.original, Array(toks), lostNames.sorted())
                var what = (shownNames.map { "“\($0)”" } + lostNumbers.map { "“\(ctx.original.text($0.start, $0.end))”" }).joined(separator: ", ")
                if what.isEmpty { what = "a description (\(lostTerms.count) of its \(allTerms.count) content words are gone)" }
                var f = Finding(Rules.omissionClauseWithEntity, weaker: words.count < 4,
                                original: ctx.span(ctx.original, r), copy: ctx.copySpan(bf.bead),
                                message: "a clause of the original is missing from the copy sentence; it mentioned \(what)",
                                why: "\(gone.count) of the \(words.count) words of the clause “\(ctx.original.text(r.lowerBound, r.upperBound))” are gone from the copy, which no longer mentions \(what)")
                f.words = shownNames + lostNumbers.map { ctx.original.text($0.start, $0.end) }
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }

    /// True when the copy text next to the gap (the copy sentence before it, or after it)
    /// carries an ellipsis at the join.
    static func ellipsisAround(_ ctx: FindingContext, before k: Int, after e: Int) -> Bool {
        var prev: Int? = nil, next: Int? = nil
        for b in ctx.alignment.beads[..<k].reversed() where !b.copy.isEmpty { prev = b.copy.max(); break }
        for b in ctx.alignment.beads[e...] where !b.copy.isEmpty { next = b.copy.min(); break }
        func isEllipsis(_ t: Token?) -> Bool { t?.key == "..." }
        if let p = prev {
            let ts = ctx.copy.sentences[p].tokens
            if ts.suffix(3).contains(where: { $0.key == "..." }) { return true }
            let tail = ctx.copy.text(ctx.copy.sentences[p].end - min(8, ctx.copy.sentences[p].end - ctx.copy.sentences[p].start), ctx.copy.sentences[p].end)
            if tail.hasSuffix("...") || tail.hasSuffix("....") { return true }
        }
        if let n = next, isEllipsis(ctx.copy.sentences[n].tokens.first) { return true }
        return false
    }
}
