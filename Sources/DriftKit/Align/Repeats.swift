import Foundation

/// Repeats: passages a document repeats verbatim, set aside before the search and put back after.
extension Aligner {
    /// For each sentence, the id of an earlier sentence with the same tokens (−1 if none),
    /// for repeats beyond the number of times the other document has that sentence (a copy
    /// that repeats the passage as often as the original is aligned repeat to repeat).
    /// Only sentences of four words or more count: short lines ("Advertisement", "—")
    /// repeat by nature and are not passages.
    static func repeats(_ ps: [Profile], other: [Profile]) -> [Int] {
        var otherCount: [Int: Int] = [:]
        for p in other where p.wordCount >= 4 { otherCount[p.hash, default: 0] += 1 }
        var first: [Int: Int] = [:], seen: [Int: Int] = [:]
        var out = [Int](repeating: -1, count: ps.count)
        for (i, p) in ps.enumerated() where p.wordCount >= 4 {
            let n = seen[p.hash, default: 0]
            seen[p.hash] = n + 1
            if let f = first[p.hash] { if n >= max(1, otherCount[p.hash] ?? 0) { out[i] = f } } else { first[p.hash] = i }
        }
        return out
    }

    /// Puts the set-aside repeats back as one-sided beads, each after the bead holding the
    /// nearest earlier sentence that is not itself set aside (at the start if none).
    /// - Complexity: O(sentences + beads): one forward pass per side carries the bead of the
    ///   last placed sentence (a walk back from each repeat made 100k repeats quadratic).
    static func insertRepeats(_ beads: [Bead], _ repO: [Int], _ repC: [Int]) -> [Bead] {
        guard repO.contains(where: { $0 >= 0 }) || repC.contains(where: { $0 >= 0 }) else { return beads }
        var after = [[Bead]](repeating: [], count: beads.count + 1) // bead index + 1 → beads to put after it (0: at the start)
        var beadOfO = [Int](repeating: -1, count: repO.count), beadOfC = [Int](repeating: -1, count: repC.count)
        for (k, b) in beads.enumerated() { for o in b.original { beadOfO[o] = k }; for c in b.copy { beadOfC[c] = k } }
        var last = -1
        for (i, f) in repO.enumerated() {
            if f >= 0 { after[last + 1].append(Bead(original: [i], copy: [], relation: .omitted, similarity: 0, duplicateOf: [f])) }
            else if beadOfO[i] >= 0 { last = beadOfO[i] }
        }
        last = -1
        for (j, f) in repC.enumerated() {
            if f >= 0 { after[last + 1].append(Bead(original: [], copy: [j], relation: .inserted, similarity: 0, duplicateOf: [f])) }
            else if beadOfC[j] >= 0 { last = beadOfC[j] }
        }
        var out = after[0]
        out.reserveCapacity(beads.count + after.reduce(0) { $0 + $1.count })
        for (k, b) in beads.enumerated() { out.append(b); out += after[k + 1] }
        return out
    }
}
