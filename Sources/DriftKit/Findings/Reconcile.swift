/// The reconciling pass: what the detectors' findings mean for one another, settled once after
/// all of them ran (instead of a detector reading what the ones before it claimed):
/// - a copy sentence that is a repeat (`duplicate`) or page furniture (`boilerplate`) is not
///   also an inserted note of its own: such notes go;
/// - a copy sentence explained by any of those or by a note is not also inserted text: runs of
///   inserted sentences are split around it;
/// - words inserted inside a note are the note: clause insertions within a note's span go;
/// - an unrelated copy keeps the pair findings (names, numbers, claims, quotes, dropped
///   qualifiers) of the sentences it carries from the original only.
/// It also fixes the order of the list (the JSON report keeps it): duplicates, hidden text,
/// boilerplate, notes, insertions, omissions, then the pair findings — the claim changes and
/// dropped qualifiers of one sentence together, the dropped qualifier first.
enum Reconcile {
    static func apply(_ found: [ObjectIdentifier: [Finding]], _ ctx: FindingContext, unrelated: Bool) -> [Finding] {
        func of(_ d: any Detector.Type) -> [Finding] { found[ObjectIdentifier(d)] ?? [] }
        let duplicates = of(DuplicateDetector.self), boilerplate = of(BoilerplateDetector.self)
        // Copy sentences explained before any note: repeats and page furniture.
        let furnitureOrRepeat = Set((duplicates + boilerplate).flatMap(\.explains))
        // A whole inserted sentence is no note when it is furniture; across languages, no
        // sentence with a note signature is.
        let notes = of(InsertedNoteDetector.self).filter { f in
            guard let k = f.bead, ctx.alignment.beads[k].original.isEmpty else { return true }
            return !ctx.alignment.beads[k].copy.allSatisfy(furnitureOrRepeat.contains)
        } + of(CrossLanguageNoteDetector.self).filter { f in !f.explains.allSatisfy(furnitureOrRepeat.contains) }
        let explained = furnitureOrRepeat.union(notes.flatMap(\.explains))
        let noteSpans = notes.compactMap(\.copy)
        var insertions: [Finding] = []
        for f in of(InsertionDetector.self) {
            if f.rule == Rules.insertionUnalignedSentences.id {
                // The run, split around the sentences something else explains.
                var run: [Int] = []
                for j in f.explains {
                    if explained.contains(j) {
                        if !run.isEmpty { insertions.append(InsertionDetector.runFinding(ctx, run)); run = [] }
                    } else { run.append(j) }
                }
                if !run.isEmpty { insertions.append(InsertionDetector.runFinding(ctx, run)) }
            } else if let c = f.copy, noteSpans.contains(where: { $0.start <= c.start && c.end <= $0.end }) {
                continue
            } else {
                insertions.append(f)
            }
        }
        var pairs = of(NameChangeDetector.self) + of(NumberChangeDetector.self)
            + mergeByBead(of(DroppedQualifierDetector.self), before: of(ClaimChangeDetector.self)) + of(QuoteChangeDetector.self)
        if unrelated {
            // Only findings on the carried sentences (some detectors also look document-wide).
            let checked = Set(ctx.facts.map(\.index))
            pairs.removeAll { f in !(f.bead.map(checked.contains) ?? false) }
        }
        return duplicates + of(HiddenTextDetector.self) + boilerplate + notes + insertions + of(OmissionDetector.self)
            + of(CrossLanguageNumberDetector.self) + pairs
    }

    /// Two lists of findings in bead order, merged in bead order; on the same bead, `first`'s
    /// finding comes first.
    static func mergeByBead(_ first: [Finding], before second: [Finding]) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && (first[i].bead ?? 0) <= (second[j].bead ?? 0)) {
                out.append(first[i]); i += 1
            } else {
                out.append(second[j]); j += 1
            }
        }
        return out
    }
}
