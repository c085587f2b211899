/// Bead similarity: how much of each side's term weight the other side shares.
extension Aligner {
    /// Similarity of a bead's two sides in [0, 1]: 0 for a one-sided bead, 1 for the same
    /// words (courtesy titles aside), else the Dice similarity of their terms (`Space.sim`).
    func similarity(_ b: Bead, _ sp: Space, _ a: Document, _ c: Document) -> Double {
        if b.original.isEmpty || b.copy.isEmpty { return 0 }
        let oTok = b.original.count == 1 ? a.sentences[b.original[0]].tokens : b.original.flatMap { a.sentences[$0].tokens }
        let cTok = b.copy.count == 1 ? c.sentences[b.copy[0]].tokens : b.copy.flatMap { c.sentences[$0].tokens }
        if Aligner.sameWords(oTok, cTok) { return 1 }
        let lo = b.original.min()!, ho = b.original.max()!, lc = b.copy.min()!, hc = b.copy.max()!
        return sp.sim(lo..<(ho + 1), lc..<(hc + 1))
    }

    /// True when two token runs have the same keys once courtesy titles are left out.
    static func sameWords(_ x: [Token], _ y: [Token]) -> Bool {
        // The same keys throughout (most beads of a copy): equal with or without the titles.
        if x.count == y.count && zip(x, y).allSatisfy({ $0.key == $1.key }) { return true }
        return IteratorSequence(KeysWithoutHonorifics(x)).elementsEqual(IteratorSequence(KeysWithoutHonorifics(y)))
    }
}
