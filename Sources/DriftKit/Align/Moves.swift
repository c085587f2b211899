import Foundation

/// Moves: an omitted and an inserted sentence that say the same thing become one `moved` bead.
extension Aligner {
    /// Links an omitted original sentence and an inserted copy sentence that say the same
    /// thing (best pairs first, each sentence once) as one `moved` bead at the copy's place.
    /// - Parameter parallel: the candidates of each inserted sentence found on all cores (their
    ///   order does not matter: they are sorted by a total order).
    func linkMoves(_ sp: Space, _ beads: [Bead], parallel: Bool = false) -> [Bead] {
        var omitted: [Int: Int] = [:] // orig id → bead index
        var inserted: [(Int, Int)] = [] // (copy id, bead index)
        for (k, b) in beads.enumerated() {
            if b.copy.isEmpty, b.original.count == 1 { omitted[b.original[0]] = k }
            if b.original.isEmpty, b.copy.count == 1 { inserted.append((b.copy[0], k)) }
        }
        guard !omitted.isEmpty, !inserted.isEmpty else { return beads }
        var index: [Int32: [Int]] = [:]
        for o in omitted.keys { for t in sp.orig[o].terms { index[t, default: []].append(o) } }
        var cands: [(Double, Int, Int, Int)] = Aligner.map(inserted.count, parallel: parallel) { k in // sim, orig, copy, copy bead
            let (c, kb) = inserted[k]
            var seen = Set<Int>(), found: [(Double, Int, Int, Int)] = []
            for t in sp.copy[c].terms { for o in index[t] ?? [] where seen.insert(o).inserted {
                let s = sp.sim11(o, c)
                if s >= options.moveThreshold { found.append((s, o, c, kb)) }
            } }
            return found
        }.flatMap { $0 }
        cands.sort { $0.0 > $1.0 || ($0.0 == $1.0 && ($0.1, $0.2) < ($1.1, $1.2)) }
        var out = beads
        var usedO = Set<Int>(), usedC = Set<Int>(), drop = Set<Int>()
        for (s, o, c, kb) in cands where !usedO.contains(o) && !usedC.contains(c) {
            usedO.insert(o); usedC.insert(c)
            out[kb] = Bead(original: [o], copy: [c], relation: .moved, similarity: s)
            drop.insert(omitted[o]!)
        }
        return out.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
    }
}
