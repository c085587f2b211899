/// `insertion`: copy text with no source in the original.
/// - Whole sentences: each run of inserted sentences (not furniture, notes or repeats) is
///   one finding.
/// - Clauses inside an aligned sentence: an inserted stretch that brings a new entity — a
///   name the original never mentions, or a number the original sentence lacks — while
///   deleting nothing of substance ("in Moscow" → "in Moscow and St. Petersburg").
enum InsertionDetector: Detector {
    static let phase = "insertion"

    /// One finding for a run of inserted copy sentences (ids in order).
    static func runFinding(_ ctx: FindingContext, _ run: [Int]) -> Finding {
        let words = run.reduce(0) { $0 + ctx.copy.sentences[$1].tokens.count { $0.kind != .punctuation } }
        var f = Finding(Rules.insertionUnalignedSentences, original: nil, copy: ctx.span(ctx.copy, run),
                        message: run.count == 1 ? "a sentence with no source in the original (\(words) words)" : "\(run.count) sentences with no source in the original (\(words) words)",
                        why: "no sentence of the original shares enough content words with \(run.count == 1 ? "it" : "them") to be its source")
        f.bead = ctx.beadOfCopy[run[0]]
        f.explains = run
        return f
    }

    /// True when a bead pairs copy sentences of article text — body zone, at least
    /// `ZoneClassifier.minBodyWords` words — with nothing but the original's byline or
    /// timestamp lines.
    static func pairedOnlyWithByline(_ ctx: FindingContext, _ b: Bead) -> Bool {
        guard !b.original.isEmpty, b.original.allSatisfy({ ctx.oz[$0] == .byline || ctx.oz[$0] == .dateline }) else { return false }
        return b.copy.allSatisfy { j in
            ctx.cz[j] == .body && ctx.copy.sentences[j].tokens.count { $0.kind != .punctuation } >= ZoneClassifier.minBodyWords
        }
    }

    /// Every run of inserted sentences, whole: sentences another finding explains (furniture,
    /// a note) are taken out of the runs by `Reconcile`, which splits a run around them.
    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        // Sentence runs.
        var run: [Int] = []
        func flush() {
            guard !run.isEmpty else { return }
            out.append(runFinding(ctx, run))
            run = []
        }
        for b in ctx.alignment.beads {
            if b.original.isEmpty && b.duplicateOf == nil {
                run += b.copy
            } else if !b.copy.isEmpty, pairedOnlyWithByline(ctx, b) {
                // A statement paired with the original's byline because it names an author:
                // a byline states nothing, so the statement has no source.
                flush()
                var f = runFinding(ctx, b.copy)
                f.why = "its only counterpart in the original is the byline (“\(ctx.originalSpan(b)?.text ?? "")”), which makes no statement"
                out.append(f)
            } else if !b.copy.isEmpty { flush() }
        }
        flush()
        // Clauses (from word diffs: not across languages).
        for bf in ctx.crossLanguage ? [] : BeadFacts.all(ctx) {
            for r in bf.regions where !r.inserted.isEmpty {
                let newNames = NewNames.newEntities(ctx, bf, r.inserted)
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
                let groups = Brackets.groups(bf.cTokens)
                if groups.contains(where: { g in bf.cTokens[g.lowerBound].start <= hull.lowerBound && hull.upperBound <= bf.cTokens[g.upperBound - 1].end
                    && Brackets.isCredit(ctx.copy, bf.cTokens, g) }) { continue }
                // Inside an inserted note it is reported as the note (`Reconcile`).
                let shown = ctx.written(.copy, r.inserted, newNames + newNumbers.sorted())
                let what = shown.map { "“\($0)”" }.joined(separator: ", ")
                var f = Finding(Rules.insertionNewEntityClause, original: ctx.originalSpan(bf.bead), copy: ctx.span(ctx.copy, hull),
                                message: "words added inside an aligned sentence bring in \(what), which the original sentence does not have",
                                why: "inserted words “\(ctx.copy.text(hull.lowerBound, hull.upperBound))” name \(what); nothing of substance was removed in exchange")
                f.words = shown
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }
}
