import Foundation

/// The bead search: bead scores and the monotone dynamic program over them.
extension Aligner {
    /// Score of a bead: each sentence in it earns (coverage − τ)/2, where coverage is the
    /// share of its term weight found on the other side; extra sentences pay the merge
    /// penalty. A sentence glued on without shared words earns −τ/2, so it is better left
    /// alone as inserted or omitted (score 0).
    func beadScore(_ sp: Space, _ oi: Range<Int>, _ cj: Range<Int>) -> Double {
        var total = 0.0
        for i in oi { total += 0.5 * (sp.coverage(sp.orig[i], inAnyOf: cj, sp.copy) - options.threshold) }
        for j in cj { total += 0.5 * (sp.coverage(sp.copy[j], inAnyOf: oi, sp.orig) - options.threshold) }
        let base = total - options.mergePenalty * Double(oi.count + cj.count - 2) - lengthCost(sp, oi, cj)
        if sp.lengthBonus > 0 { return base + CrossLanguage.lengthScore(sp, oi, cj) }
        return base
    }

    func lengthCost(_ sp: Space, _ oi: Range<Int>, _ cj: Range<Int>) -> Double {
        var la = 0, lb = 0
        for i in oi { la += sp.orig[i].length }
        for j in cj { lb += sp.copy[j].length }
        return options.lengthPenalty * abs(log(Double(max(1, la)) / Double(max(1, lb))))
    }

    func score11(_ sp: Space, _ i: Int, _ j: Int) -> Double { score11(sp, i, j, shared: nil) }

    /// The weight of the terms `sp.copy[j]` shares with the original sentence whose terms are
    /// flagged in `mark` (indexed by term id): summed over the copy's terms that are flagged,
    /// in ascending order — the terms and order of `Space.shared` — so it is bit for bit
    /// `sp.shared(orig.terms, copy[j].terms)` without the merge. The bead search scores a
    /// whole band row this way.
    @inline(__always)
    static func sharedWeight(_ sp: Space, _ j: Int, marked mark: UnsafeMutableBufferPointer<Bool>) -> Float {
        var s: Float = 0
        for t in sp.copy[j].terms where mark[Int(t)] { s += sp.w[Int(t)] }
        return s
    }

    /// `score11`, optionally with the shared term weight of the two sentences already summed
    /// (`sharedWeight`, the same value as `Space.shared`): the same score, bit for bit.
    @inline(__always)
    func score11(_ sp: Space, _ i: Int, _ j: Int, shared: Float?) -> Double {
        let a = sp.orig[i], b = sp.copy[j]
        if a.hash == b.hash && a.length == b.length { return 1 - options.threshold }
        if a.weight <= 0 || b.weight <= 0 {
            if sp.lengthBonus > 0 { return sp.sim11(i, j) - options.threshold - lengthCost(sp, i..<(i + 1), j..<(j + 1)) + CrossLanguage.lengthScore(sp, i..<(i + 1), j..<(j + 1)) }
            return sp.sim11(i, j) - options.threshold
        }
        let sh: Double
        if let shared {
            sh = Double(shared)
        } else {
            sh = Double(sp.shared(a.terms, b.terms))
        }
        // lengthCost(sp, i..<(i + 1), j..<(j + 1)), as a difference of logarithms made once
        // per sentence (equal to it but for rounding in the last bits).
        let lc = options.lengthPenalty * abs(a.logLength - b.logLength)
        let base = 0.5 * (sh / Double(a.weight) + sh / Double(b.weight)) - options.threshold - lc
        if sp.lengthBonus > 0 { return base + CrossLanguage.lengthScore(sp, i..<(i + 1), j..<(j + 1)) }
        return base
    }

    /// Aligns the sentences `oid` of the original with `cid` of the copy (ids, increasing).
    /// With `parallel`, the 1-1 scores of the next block of rows are computed on the other
    /// cores while the recurrence runs through the current one (the same scores: each is
    /// `score11` of its cell whoever computes it).
    func dynamicProgram(_ sp: Space, _ oid: [Int], _ cid: [Int], lo: [Int], hi: [Int], parallel: Bool = false) -> [Bead] {
        let n = oid.count, m = cid.count
        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1) }
        let cells = rowStart[n + 1]
        // Cell tables, row bounds and ids as raw buffers: the loop below runs (n + m)·w times on
        // large inputs, and bounds-checked array reads from nested functions cost more than the
        // scoring itself (docs/benchmarks.md).
        // Only the back pointers are kept for every cell (1 byte each, for the backtrack). A
        // bead reaches at most 3 rows back, so the scores live in a window of the last 4 rows,
        // and the 1-1 scores in a ring of 4 blocks of rows (the block being scored ahead, the
        // one the recurrence runs through, and the rows a bead reaches back to): 13 bytes a
        // cell became ~1 (2M sentences a side: 2.1 GB → 0.17 GB).
        let width = (0...n).reduce(1) { max($0, hi[$1] - lo[$1] + 1) }
        let window = 4 // score rows kept: the current one and the 3 a bead can reach back
        // Rows per block of 1-1 scores (`blockCells`).
        let block = sequence(first: 4) { $0 * 2 }.first { $0 * width >= blockCells || $0 >= 1 << 12 }!
        // Rows of 1-1 scores kept (a power of two): 4 blocks, but never more rows than the
        // search has — a small pair's whole table (the seed pair: 128 rows, not 4,096, and
        // 64 KB written instead of 2 MB).
        var allRows = 1
        while allRows < n + 1 { allRows <<= 1 }
        let ring = min(4 * block, allRows)
        let score = UnsafeMutableBufferPointer<Double>.allocate(capacity: window * width)
        let back = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: cells)
        let s11 = UnsafeMutableBufferPointer<Float>.allocate(capacity: ring * width) // cache: 1-1 score of orig[i-1], copy[j-1] at cell (i, j)
        // Beside each cached score: whether a pair of cells (i, j − 2 ... j) may score above 0
        // (see `scoreRows`).
        let near = UnsafeMutableBufferPointer<Bool>.allocate(capacity: ring * width)
        // Beside each cached score: the shared term weight of its two sentences
        // (`sharedWeight`), from which a merged bead's score is bounded before it is made.
        let shr = UnsafeMutableBufferPointer<Float>.allocate(capacity: ring * width)
        let loB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), hiB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        let rowB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 2)
        let oB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), cB = UnsafeMutableBufferPointer<Int>.allocate(capacity: m + 1)
        let oHash = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), cHash = UnsafeMutableBufferPointer<Int>.allocate(capacity: m + 1)
        let oW = UnsafeMutableBufferPointer<Float>.allocate(capacity: n + 1), cW = UnsafeMutableBufferPointer<Float>.allocate(capacity: m + 1)
        // One term-flag table (`score11(_:_:_:marked:)`) per lane scoring at the same time.
        let lanes = parallel ? max(1, Aligner.cores - 1) : 1
        let marks = (0..<lanes).map { _ in UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(1, sp.w.count)) }
        defer {
            for b in [loB, hiB, rowB, oB, cB, oHash, cHash] { b.deallocate() }
            for b in marks { b.deallocate() }
            score.deallocate(); back.deallocate(); s11.deallocate(); near.deallocate(); shr.deallocate(); oW.deallocate(); cW.deallocate()
        }
        for b in marks { b.initialize(repeating: false) }
        score.initialize(repeating: -.infinity); back.initialize(repeating: 255); s11.initialize(repeating: .nan); near.initialize(repeating: true); shr.initialize(repeating: 0)
        _ = loB.initialize(from: lo); _ = hiB.initialize(from: hi); _ = rowB.initialize(from: rowStart)
        _ = oB.initialize(from: oid); _ = cB.initialize(from: cid)
        for (k, o) in oid.enumerated() { oHash[k] = sp.orig[o].hash; oW[k] = sp.orig[o].weight }
        for (k, c) in cid.enumerated() { cHash[k] = sp.copy[c].hash; cW[k] = sp.copy[c].weight }
        /// Cell index of (i, j), or −1 outside the band.
        @inline(__always) func cell(_ i: Int, _ j: Int) -> Int {
            guard i >= 0 && i <= n else { return -1 }
            let l = loB[i]
            return j >= l && j <= hiB[i] ? rowB[i] + j - l : -1
        }
        /// Index of cell (i, j), inside the band and one of the last 4 rows, in `score`.
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int { (i & (window - 1)) * width + j - loB[i] }
        /// Index of cell (i, j), inside the band and one of the last `ring` rows, in `s11`.
        @inline(__always) func slot11(_ i: Int, _ j: Int) -> Int { (i & (ring - 1)) * width + j - loB[i] }
        @inline(__always) func pair(_ i: Int, _ j: Int) -> Double { // orig i, copy j (0-based)
            if cell(i + 1, j + 1) >= 0 {
                let c = slot11(i + 1, j + 1)
                if s11[c].isNaN { s11[c] = Float(score11(sp, oB[i], cB[j])); shr[c] = sp.shared(sp.orig[oB[i]].terms, sp.copy[cB[j]].terms) }
                return Double(s11[c])
            }
            return score11(sp, oB[i], cB[j])
        }
        /// The shared term weight of orig i and copy j (0-based), as `pair` finds their score.
        @inline(__always) func sharedWeight(_ i: Int, _ j: Int) -> Float {
            if cell(i + 1, j + 1) >= 0 {
                let c = slot11(i + 1, j + 1)
                if s11[c].isNaN { _ = pair(i, j) }
                return shr[c]
            }
            return sp.shared(sp.orig[oB[i]].terms, sp.copy[cB[j]].terms)
        }
        /// The 1-1 scores of rows `rows`, each computed with its original sentence's terms
        /// flagged in `mark` (see `score11(_:_:_:marked:)`), and `near`: at cell (i, j), true
        /// when one of the cells (i, j − 2 ... j) that are pairs (column 1 on) scores above 0
        /// or lies outside the band (its score is not cached: it may).
        func scoreRows(_ rows: Range<Int>, _ mark: UnsafeMutableBufferPointer<Bool>) {
            for i in rows where i > 0 {
                // Row i takes the ring slot of row i − ring: its cells cleared first.
                let base = (i & (ring - 1)) * width
                for k in base..<(base + hiB[i] - loB[i] + 1) { s11[k] = .nan }
                let o = oB[i - 1]
                for t in sp.orig[o].terms { mark[Int(t)] = true }
                for j in max(1, loB[i])...max(1, hiB[i]) where j <= hiB[i] {
                    let sh = Aligner.sharedWeight(sp, cB[j - 1], marked: mark)
                    s11[slot11(i, j)] = Float(score11(sp, o, cB[j - 1], shared: sh))
                    shr[slot11(i, j)] = sh
                }
                for t in sp.orig[o].terms { mark[Int(t)] = false }
                for j in loB[i]...hiB[i] {
                    var maybe = false
                    for y in max(1, j - 2)..<(j + 1) where y < loB[i] || s11[slot11(i, y)] > 0 { maybe = true; break }
                    near[slot11(i, j)] = maybe
                }
            }
        }
        // The most a merged bead can score: `beadScore` with every coverage 1 and no length
        // cost, computed the same way, so that prev + bound <= best proves the bead cannot win
        // and its scoring can be skipped without changing any result.
        let bound = Aligner.beadShapes.map { (da, db) -> Double in
            guard da + db > 2 else { return 0 }
            var total = 0.0
            for _ in 0..<(da + db) { total += 0.5 * (1.0 - options.threshold) }
            return total - options.mergePenalty * Double(da + db - 2) + sp.lengthBonus
        }
        /// A bound on `beadScore` of the merged bead of orig rows `x0 ..< x1` and copy columns
        /// `y0 ..< y1` (0-based) from the pairs' shared weights: a sentence's coverage of the
        /// other side's terms is at most the sum of its shared weight with each of their
        /// sentences over its own weight, and at most 1 (exact for a side of one sentence);
        /// no length cost; the length score at most `lengthBonus`.
        let threshold = options.threshold, mergePenalty = options.mergePenalty, lengthBonus = sp.lengthBonus
        let boundMerged = boundMergedBeads
        @inline(__always) func mergedBound(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> Double {
            var total = 0.0
            for x in x0..<x1 {
                var s: Float = 0
                for y in y0..<y1 { s += sharedWeight(x, y) }
                total += 0.5 * ((oW[x] > 0 ? min(1, Double(s / oW[x])) : 0) - threshold)
            }
            for y in y0..<y1 {
                var s: Float = 0
                for x in x0..<x1 { s += sharedWeight(x, y) }
                total += 0.5 * ((cW[y] > 0 ? min(1, Double(s / cW[y])) : 0) - threshold)
            }
            return total - mergePenalty * Double(x1 - x0 + y1 - y0 - 2) + lengthBonus
        }
        /// What float rounding may put between `mergedBound` and the score it bounds: the
        /// bound sums a sentence's shared weights pair by pair, the score over the union of
        /// the terms, each in single precision (≈ 6·10⁻⁸ of a sum of at most a few hundred
        /// terms); 10⁻⁴ is far above that and far below any score difference that decides
        /// a bead (scores are sums of at most 8 coverages in [0, 1]).
        let boundSlack = 1e-4
        /// The recurrence through rows `rows` (the rows before them done).
        func recur(_ rows: Range<Int>) {
            for i in rows {
                // Row i takes the window slot of row i − 4: its cells cleared first.
                let base = (i & (window - 1)) * width
                for k in base..<(base + hiB[i] - loB[i] + 1) { score[k] = -.infinity }
                if i == 0 { score[0] = 0 }
                for j in loB[i]...hiB[i] where i + j > 0 {
                    var best = -Double.infinity, arg: UInt8 = 255
                    let sameText = i > 0 && j > 0 && oHash[i - 1] == cHash[j - 1]
                    /// Bead shape k (`beadShapes[k]` = (da, db)) ending at cell (i, j), tried in
                    /// the order of `beadShapes` (written out per shape for the compiler; the
                    /// best so far passed inout, as a captured variable would be checked for
                    /// exclusive access at run time on every call).
                    @inline(__always) func shape(_ k: UInt8, _ da: Int, _ db: Int, _ best: inout Double, _ arg: inout UInt8) {
                        guard i >= da, j >= db else { return }
                        guard cell(i - da, j - db) >= 0 else { return }
                        let prev = score[slot(i - da, j - db)]
                        if prev == -.infinity { return }
                        // Two sentences with the same words pair 1-1: no merge can beat that.
                        if (da > 1 || db > 1) && sameText { return }
                        var g = 0.0
                        if da > 0 && db > 0 {
                            if da == 1 && db == 1 {
                                g = pair(i - 1, j - 1)
                            } else {
                                if prev + bound[Int(k)] <= best { return }
                                // Only when some pair inside is worth aligning on its own.
                                var any = false
                                search: for x in (i - da)..<i { for y in (j - db)..<j where pair(x, y) > 0 { any = true; break search } }
                                if !any { return }
                                // Only sentences next to each other (a repeat set aside can stand between).
                                let o0 = oB[i - da], o1 = oB[i - 1], c0 = cB[j - db], c1 = cB[j - 1]
                                guard o1 - o0 == da - 1, c1 - c0 == db - 1 else { return }
                                if boundMerged && prev + mergedBound(i - da, i, j - db, j) + boundSlack <= best { return }
                                g = beadScore(sp, o0..<(o1 + 1), c0..<(c1 + 1))
                            }
                        }
                        if prev + g > best { best = prev + g; arg = k }
                    }
                    shape(0, 1, 1, &best, &arg); shape(1, 1, 0, &best, &arg); shape(2, 0, 1, &best, &arg)
                    // A merged bead is tried only when some pair inside it may score above 0
                    // (`any` above); the pairs of the merged beads ending at (i, j) are the
                    // cells (i − 2 ... i, j − 2 ... j), which `near` covers row by row. Rows
                    // before 1 hold no pairs (the shapes' guards keep them out); a row whose
                    // band does not reach column j may hold uncached pairs.
                    @inline(__always) func mayPair(_ r: Int) -> Bool {
                        guard r >= 1 else { return false }
                        guard j >= loB[r] && j <= hiB[r] else { return true }
                        return near[slot11(r, j)]
                    }
                    if mayPair(i) || mayPair(i - 1) || mayPair(i - 2) {
                        shape(3, 1, 2, &best, &arg); shape(4, 2, 1, &best, &arg); shape(5, 2, 2, &best, &arg)
                        shape(6, 1, 3, &best, &arg); shape(7, 3, 1, &best, &arg)
                    }
                    score[slot(i, j)] = best
                    back[rowB[i] + j - loB[i]] = arg
                }
            }
        }
        // Blocks of rows: block b is rows b·block ..< (b + 1)·block. The 1-1 scores of block
        // b + 1 are made while the recurrence runs through block b: on the other cores with
        // `parallel` (rows the recurrence reads are never the ones being written: the ring
        // holds 4 blocks), else one after the other.
        let blocks = n / block + 1
        func rows(_ b: Int) -> Range<Int> { (b * block)..<min((b + 1) * block, n + 1) }
        scoreRows(rows(0), marks[0])
        for b in 0..<blocks {
            if parallel && b + 1 < blocks {
                let next = rows(b + 1)
                let parts = (0..<lanes).map { t in (next.lowerBound + next.count * t / lanes)..<(next.lowerBound + next.count * (t + 1) / lanes) }
                let work = Unchecked((recur, scoreRows, marks)), current = rows(b)
                _ = ParallelMap.map(Array(-1..<lanes)) { t in
                    if t < 0 { work.value.0(current) } else { work.value.1(parts[t], work.value.2[t]) }
                }
            } else {
                recur(rows(b))
                if b + 1 < blocks { scoreRows(rows(b + 1), marks[0]) }
            }
        }
        // Backtrack.
        var beads: [Bead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let c = cell(i, j)
            guard c >= 0, back[c] != 255 else {
                // Unreachable cell (cannot happen with a connected band): fall back to gaps.
                if i > 0 { beads.append(Bead(original: [oid[i - 1]], copy: [], relation: .omitted, similarity: 0)); i -= 1 }
                else { beads.append(Bead(original: [], copy: [cid[j - 1]], relation: .inserted, similarity: 0)); j -= 1 }
                continue
            }
            let (da, db) = Aligner.beadShapes[Int(back[c])]
            let o = ((i - da)..<i).map { oid[$0] }, cp = ((j - db)..<j).map { cid[$0] }
            let rel: Relation = da == 0 ? .inserted : (db == 0 ? .omitted : .paraphrase)
            beads.append(Bead(original: o, copy: cp, relation: rel, similarity: 0))
            i -= da; j -= db
        }
        return beads.reversed()
    }
}
