import Foundation

/// Anchors and band: for documents too large for the exhaustive search, confident sentence
/// pairs and the band of cells around the path through them.
extension Aligner {
    /// Confident matches: sentences whose exact token sequence occurs once on each side,
    /// kept in a longest increasing chain so the path through them is monotone.
    /// Positions are indices into `oid` / `cid`.
    func findAnchors(_ sp: Space, _ oid: [Int], _ cid: [Int], parallel: Bool = false) -> [(Int, Int)] {
        var oc: [Int: Int] = [:], cc: [Int: Int] = [:]
        var opos: [Int: Int] = [:], cpos: [Int: Int] = [:]
        for (i, o) in oid.enumerated() where sp.orig[o].wordCount >= 3 { oc[sp.orig[o].hash, default: 0] += 1; opos[sp.orig[o].hash] = i }
        for (j, c) in cid.enumerated() where sp.copy[c].wordCount >= 3 { cc[sp.copy[c].hash, default: 0] += 1; cpos[sp.copy[c].hash] = j }
        var pairs: [(Int, Int)] = []
        var anchoredO = Set<Int>(), anchoredC = Set<Int>()
        for (h, c) in oc where c == 1 && cc[h] == 1 {
            pairs.append((opos[h]!, cpos[h]!)); anchoredO.insert(opos[h]!); anchoredC.insert(cpos[h]!)
        }
        // Reworded documents (retranslations) have few verbatim sentences: add pairs that are
        // each other's best match through rare terms, with similarity of at least
        // `anchorSimilarity`.
        pairs += rareTermAnchors(sp, oid, cid, skipO: anchoredO, skipC: anchoredC, parallel: parallel)
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        return Aligner.longestIncreasing(pairs)
    }

    /// Terms in at most this many sentences (of both documents) index the anchor search:
    /// names, numbers and unusual words, which survive translation.
    static let rareTermDF: Int32 = 4
    /// Dice similarity an anchor pair needs beyond being mutual best matches (0.5: the pair
    /// shares most of its content words; true pairs in the seeds' retranslation reach 0.4–0.9).
    static let anchorSimilarity = 0.5

    /// - Parameter parallel: each original sentence's best match sought on all cores (the
    ///   matches are then kept in the same order as one after another).
    func rareTermAnchors(_ sp: Space, _ oid: [Int], _ cid: [Int], skipO: Set<Int>, skipC: Set<Int>, parallel: Bool = false) -> [(Int, Int)] {
        var index: [Int32: [Int]] = [:] // term → positions in cid
        for (j, c) in cid.enumerated() where !skipC.contains(j) {
            for t in sp.copy[c].terms where sp.df[Int(t)] <= Aligner.rareTermDF { index[t, default: []].append(j) }
        }
        func best(_ i: Int) -> (Int, Double)? {
            var seen = Set<Int>(), top: (Int, Double)? = nil
            for t in sp.orig[oid[i]].terms where sp.df[Int(t)] <= Aligner.rareTermDF {
                for j in index[t] ?? [] where seen.insert(j).inserted {
                    let s = sp.sim11(oid[i], cid[j])
                    if top == nil || s > top!.1 { top = (j, s) }
                }
            }
            return top
        }
        let found = Aligner.map(oid.count, parallel: parallel) { i in skipO.contains(i) ? nil : best(i) }
        var bestO: [Int: (Int, Double)] = [:]
        for i in oid.indices { if let b = found[i], b.1 >= Aligner.anchorSimilarity { bestO[i] = b } }
        // Mutual: no other original sentence is a better match for that copy sentence.
        var bestC: [Int: (Int, Double)] = [:]
        for (i, (j, s)) in bestO { if bestC[j] == nil || s > bestC[j]!.1 { bestC[j] = (i, s) } }
        return bestC.map { ($0.value.0, $0.key) }
    }

    /// Longest chain of pairs increasing in both coordinates (patience sorting, O(k log k)).
    static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = [], tailIdx: [Int] = [], prev = [Int](repeating: -1, count: pairs.count)
        for (k, p) in pairs.enumerated() {
            var l = 0, h = tails.count
            while l < h { let mid = (l + h) / 2; if tails[mid] < p.1 { l = mid + 1 } else { h = mid } }
            if l > 0 { prev[k] = tailIdx[l - 1] }
            if l == tails.count { tails.append(p.1); tailIdx.append(k) } else { tails[l] = p.1; tailIdx[l] = k }
        }
        var out: [(Int, Int)] = []
        var k = tailIdx.last ?? -1
        while k >= 0 { out.append(pairs[k]); k = prev[k] }
        return out.reversed()
    }

    /// Row ranges of a band of half-width `w` around the piecewise-linear path through the
    /// anchors (in prefix coordinates: anchor (i, j) passes through cells (i, j) and (i+1, j+1)).
    func band(anchors: [(Int, Int)], n: Int, m: Int, w: Int) -> ([Int], [Int]) {
        var pts: [(Int, Int)] = [(0, 0)]
        for (i, j) in anchors { pts.append((i, j)); pts.append((i + 1, j + 1)) }
        pts.append((n, m))
        var center = [Int](repeating: 0, count: n + 1)
        var k = 0
        for i in 0...n {
            while k + 1 < pts.count - 1 && pts[k + 1].0 <= i && pts[k + 1].0 < n { k += 1 }
            let (i0, j0) = pts[k], (i1, j1) = pts[min(k + 1, pts.count - 1)]
            center[i] = i1 == i0 ? j1 : j0 + (j1 - j0) * (i - i0) / (i1 - i0)
        }
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: 0, count: n + 1)
        for i in 0...n {
            let a = min(center[i], i > 0 ? center[i - 1] : 0), b = max(center[i], i < n ? center[i + 1] : m)
            lo[i] = max(0, a - w); hi[i] = min(m, b + w)
        }
        lo[0] = 0; hi[n] = m
        for i in 1...max(1, n) where i <= n { lo[i] = max(lo[i], lo[i - 1]) }
        if n > 0 { for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) } }
        for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        return (lo, hi)
    }
}
