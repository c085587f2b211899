/// How the two sides of each bead relate (`Relation`), from the bead's word diff: the phase
/// after the word diff. Reads the alignment, the word diff and the documents; calls nothing of
/// Diff's.
enum Relations {
    /// Classifies every bead of an alignment whose word diffs are done.
    /// Above `parallelBeads` beads the beads are classified on every core (`Aligner.map`, in
    /// runs of consecutive beads); each bead's relation depends on that bead alone, so the
    /// result is the serial one. 2,000: the aligner's own switch to its parallel parts (`Aligner`); at the
    /// 100k-sentence pair this phase took 0.1 s of one core, serial (docs/benchmarks.md).
    static let parallelBeads = 2_000

    /// (`parallelAbove`: the tests' way to take the parallel path on a small pair.)
    static func classify(_ al: inout Alignment, _ a: Document, _ c: Document, parallelAbove: Int = parallelBeads) {
        guard al.beads.count > parallelAbove else {
            for k in al.beads.indices { classify(&al.beads[k], a, c) }
            return
        }
        let beads = al.beads
        let relations = Aligner.map(beads.count, parallel: true) { k -> Relation in
            var b = beads[k]
            classify(&b, a, c)
            return b.relation
        }
        for (k, relation) in relations.enumerated() { al.beads[k].relation = relation }
    }

    static func classify(_ b: inout Bead, _ a: Document, _ c: Document) {
        if b.original.isEmpty || b.copy.isEmpty { return }
        // One sentence a side (most beads): its token array as is, not a copy.
        let oTok = b.original.count == 1 ? a.sentences[b.original[0]].tokens : b.original.flatMap { a.sentences[$0].tokens }
        let cTok = b.copy.count == 1 ? c.sentences[b.copy[0]].tokens : b.copy.flatMap { c.sentences[$0].tokens }
        let lo = b.original.min()!, ho = b.original.max()!, lc = b.copy.min()!, hc = b.copy.max()!
        let moved = b.relation == .moved || b.original != Array(lo...ho)
        if Aligner.sameWords(oTok, cTok) {
            // Same text: the same bytes, or failing that equal strings (canonical equivalence).
            let ra = a.sentences[lo].start..<a.sentences[ho].end, rb = c.sentences[lc].start..<c.sentences[hc].end
            let sameText = a.source.text[ra].elementsEqual(c.source.text[rb])
                || a.text(ra.lowerBound, ra.upperBound) == c.text(rb.lowerBound, rb.upperBound)
            b.relation = moved ? .moved : (sameText && b.original.count == b.copy.count ? .identical : .typographic)
            return
        }
        if moved { b.relation = .moved; return }
        // Only typography and house style (`HouseStyle`) differ: the same sentence.
        if !b.diff.contains(where: { $0.op == .delete || $0.op == .insert }) { b.relation = .typographic; return }
        let changed = b.diff.reduce(0) { $0 + ($1.op == .equal || $1.op == .typography ? 0 : $1.wordCount) }
        let total = oTok.count { $0.kind != .punctuation } + cTok.count { $0.kind != .punctuation }
        // Edited: at most a third of the words on both sides changed; beyond that the
        // sentence was reworded (retranslation changes 50–80% of words in the seeds).
        b.relation = Double(changed) <= Double(max(1, total)) / 3 ? .edited : .paraphrase
    }
}
