/// `insertion`: copy text with no source in the original.
/// - Whole sentences: each run of inserted sentences (not furniture, notes or repeats) is
///   one finding.
/// - Clauses inside an aligned sentence: an inserted stretch that brings a new entity — a
///   name the original never mentions, or a number the original sentence lacks — while
///   deleting nothing of substance ("in Moscow" → "in Moscow and St. Petersburg").
enum InsertionDetector {
    static func detect(_ ctx: FindingContext, claimed: Set<Int>, notes: [Span] = [], clauses: Bool = true) -> [Finding] {
        var out: [Finding] = []
        // Sentence runs.
        var run: [Int] = [], runBead = 0
        func flush() {
            guard !run.isEmpty else { return }
            let words = run.reduce(0) { $0 + ctx.c.sentences[$1].tokens.count { $0.kind != .punctuation } }
            var f = Finding(Rules.insertionUnalignedSentences, original: nil, copy: ctx.span(ctx.c, run),
                            message: run.count == 1 ? "a sentence with no source in the original (\(words) words)" : "\(run.count) sentences with no source in the original (\(words) words)",
                            why: "no sentence of the original shares enough content words with \(run.count == 1 ? "it" : "them") to be its source")
            f.bead = runBead
            out.append(f)
            run = []
        }
        for (k, b) in ctx.al.beads.enumerated() {
            if b.original.isEmpty && b.duplicateOf == nil {
                for j in b.copy {
                    if claimed.contains(j) { flush(); continue }
                    if run.isEmpty { runBead = k }
                    run.append(j)
                }
            } else if !b.copy.isEmpty { flush() }
        }
        flush()
        // Clauses (from word diffs: not across languages).
        for bf in clauses ? BeadFacts.all(ctx) : [] {
            for r in bf.regions where !r.inserted.isEmpty {
                let newNames = newEntities(ctx, bf, r.inserted)
                let newNumbers = Set(r.inserted.compactMap(Terms.term).filter { $0.hasPrefix("#") && !bf.oTerms.contains($0) })
                guard !newNames.isEmpty || !newNumbers.isEmpty else { continue }
                // Deleting names or numbers makes it a substitution (name/number/claim change).
                let deletedNamesOrNumbers = r.deleted.contains { t in
                    let term = Terms.term(t) ?? ""
                    return (term.hasPrefix("#") && !bf.cTerms.contains(term)) || bf.oNames.contains(NameIndex.key(t)) && !bf.cNames.contains(NameIndex.key(t))
                }
                if deletedNamesOrNumbers { continue }
                let lost = bf.lost(r.deleted, against: bf.cTerms)
                if lost.count > 1 { continue }
                guard let hull = BeadFacts.hull(r.insertedRanges) else { continue }
                // A wire credit added to the dateline ("(@CNN)") is page material.
                let groups = InsertedNoteDetector.groups(bf.cTokens)
                if groups.contains(where: { g in bf.cTokens[g.lowerBound].start <= hull.lowerBound && hull.upperBound <= bf.cTokens[g.upperBound - 1].end
                    && InsertedNoteDetector.isCredit(ctx.c, bf.cTokens, g) }) { continue }
                // Inside an inserted note: already reported as the note.
                if notes.contains(where: { $0.start <= hull.lowerBound && hull.upperBound <= $0.end }) { continue }
                let shown = ctx.written(ctx.c, r.inserted, newNames + newNumbers.sorted())
                let what = shown.map { "“\($0)”" }.joined(separator: ", ")
                var f = Finding(Rules.insertionNewEntityClause, original: ctx.originalSpan(bf.bead), copy: ctx.span(ctx.c, hull),
                                message: "words added inside an aligned sentence bring in \(what), which the original sentence does not have",
                                why: "inserted words “\(ctx.c.text(hull.lowerBound, hull.upperBound))” name \(what); nothing of substance was removed in exchange")
                f.words = shown
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }

    /// Names in `tokens` that the original never mentions and that do not merely expand a
    /// name the original sentence has ("Vladimir Putin" for "Putin").
    static func newEntities(_ ctx: FindingContext, _ bf: BeadFacts, _ tokens: [Token]) -> [String] {
        var out: [String] = []
        let ts = bf.cTokens
        for t in tokens {
            guard let k = ts.firstIndex(where: { $0.start == t.start }), ctx.names.isName(t, at: k, in: ts, of: ctx.c) else { continue }
            let key = NameIndex.key(t)
            if ctx.names.originalNames.contains(key) || bf.oNames.contains(key) { continue }
            // Spelling variant of an original name: a rename, not a new entity.
            if ctx.names.originalNames.contains(where: { NameSimilarity.jaroWinkler($0, key) >= 0.85 }) { continue }
            // A qualifier of a name the original sentence has ("the FIFA World Cup"), the same
            // stem ("Russia" → "the Russian side"), or an acronym spelled out ("US" → "United States").
            if ClaimChangeDetector.expands(key, bf) || ClaimChangeDetector.sameStem(key, bf) || ClaimChangeDetector.expandsAcronym(key, bf, ctx.c) { continue }
            if !out.contains(key) { out.append(key) }
        }
        return out
    }
}
