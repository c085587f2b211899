import Foundation

/// Tunables of the sentence aligner. Each states its scale and where its value came from.
public struct AlignOptions: Sendable {
    /// τ, on the Dice similarity scale [0, 1]: a pair of sentences is worth aligning when its
    /// similarity exceeds this; below it, leaving both unaligned (omitted + inserted) scores
    /// better. Calibrated on the seeds' gold (000→001 retranslation): true 1-1 pairs have
    /// IDF-weighted stem Dice 0.2–0.9 (median ≈0.45), unrelated sentences of the same article
    /// 0–0.12; inserted ledes and teasers peak at ≈0.15 against their best neighbour.
    public var threshold: Double = 0.16
    /// Score cost per extra sentence in a bead (1-2, 2-1, 2-2, 1-3, 3-1), on the same scale.
    /// Merging two sentences always raises Dice a little (more shared words by chance); this
    /// keeps 1-1 + inserted ahead of a 1-2 bead that glues an unrelated note onto a
    /// neighbour. 0.08: the smallest value at which no inserted seed sentence is merged.
    public var mergePenalty: Double = 0.08
    /// Score cost per unit of |ln(length ratio)| of a bead's two sides, lengths in bytes
    /// (the Gale–Church signal: translations and paraphrases keep length within a factor of
    /// ~1.5, ln 1.5 ≈ 0.4, costing ≈0.03). A five-letter dateline matched to a headline
    /// (ratio ≈ 18, ln ≈ 2.9) costs 0.23, more than its accidental word overlap earns.
    public var lengthPenalty: Double = 0.08
    /// A sentence left omitted and one left inserted are linked as `moved` when their
    /// similarity reaches this (Dice). Higher than τ because a move is asserted without the
    /// context of neighbours: 0.5 keeps only pairs that share most of their content words.
    public var moveThreshold: Double = 0.5
    /// Documents with at most this many sentence pairs (n × m) are aligned by exhaustive
    /// dynamic programming; larger ones by a band around anchors (9M cells ≈ 120 MB, ≈1 s:
    /// two 3,000-sentence reports, longer than almost any article).
    public var exhaustiveCells: Int = 9_000_000
    /// Half-width of the band, in sentences, around the anchor path for large documents.
    /// 40 covers local reordering and runs of up to ~40 inserted sentences between anchors;
    /// longer runs are covered anyway when anchors sit on both sides of them.
    public var bandHalfWidth: Int = 40
    /// Alignment of documents in different languages (`CrossLanguage`).
    public var crossLanguage = CrossLanguageOptions()
    /// Measures the search and the word diffs separately (benchmarks); nil normally.
    public var probe: PhaseProbe? = nil
    public init() {}
}

/// Sentence alignment: monotone dynamic programming over beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1,
/// 1-0 and 0-1, then a pass that links moved sentences and one that resolves passages the
/// original repeats.
/// - Complexity: O(n·m) for small inputs; O((n + m)·w) with a band of half-width w otherwise.
public struct Aligner {
    public var options: AlignOptions
    public init(options: AlignOptions = .init()) { self.options = options }

    struct Profile {
        var terms: [Int32]
        var weight: Float
        var hash: Int
        var wordCount: Int
        /// Length in bytes.
        var length: Int
    }

    /// Shared term statistics for one original and one copy.
    struct Space {
        var orig: [Profile]
        var copy: [Profile]
        var w: [Float]
        /// Document frequency of each term (sentences of both documents holding it).
        var df: [Int32]
        /// Weight of the Gale–Church length probability added to two-sided beads (0 for
        /// same-language alignment; see `CrossLanguage.lengthBonus`).
        var lengthBonus: Double = 0

        init(_ a: Document, _ b: Document) {
            let table = TermTable()
            // Each token's key is looked up once: its index gives the term and the identity hash.
            let ka = a.sentences.map { table.keys(of: $0) }, kb = b.sentences.map { table.keys(of: $0) }
            let ta = ka.map { table.terms(ofKeys: $0) }, tb = kb.map { table.terms(ofKeys: $0) }
            for t in ta { table.count(t) }
            for t in tb { table.count(t) }
            w = table.weights(sentences: ta.count + tb.count)
            df = table.df
            let ww = w
            func prof(_ s: Sentence, _ keys: [Int32], _ t: [Int32]) -> Profile {
                // Same words, courtesy titles aside: the identity used for repeats and shortcuts
                // (the keys of `KeysWithoutHonorifics`, hashed by their index in the table).
                var h = Hasher()
                var words = 0
                var k = 0
                while k < keys.count {
                    let x = Int(keys[k])
                    k += 1
                    if table.keyIsHonorific[x] {
                        if k < keys.count && table.keyIsPeriod[Int(keys[k])] { k += 1 }
                        continue
                    }
                    h.combine(x)
                }
                for tok in s.tokens where tok.kind != .punctuation { words += 1 }
                return Profile(terms: t, weight: t.reduce(0) { $0 + ww[Int($1)] }, hash: h.finalize(), wordCount: words, length: s.end - s.start)
            }
            orig = a.sentences.indices.map { prof(a.sentences[$0], ka[$0], ta[$0]) }
            copy = b.sentences.indices.map { prof(b.sentences[$0], kb[$0], tb[$0]) }
        }

        /// Weight of shared terms of two sorted term lists.
        @inline(__always)
        func shared(_ x: [Int32], _ y: [Int32]) -> Float {
            var i = 0, j = 0, s: Float = 0
            while i < x.count && j < y.count {
                let a = x[i], b = y[j]
                if a == b { s += w[Int(a)]; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
            }
            return s
        }

        /// Share of a sentence's term weight found in a set of terms, in [0, 1].
        func coverage(_ p: Profile, in terms: [Int32]) -> Double {
            p.weight > 0 ? Double(shared(p.terms, terms) / p.weight) : 0
        }

        /// `coverage(p, in: union(side[r].terms))` for up to three sentences, without building
        /// the union: the same terms are summed in the same (ascending) order, so the result is
        /// bit for bit the same. The bead search calls this millions of times on large inputs.
        func coverage(_ p: Profile, inAnyOf r: Range<Int>, _ side: [Profile]) -> Double {
            guard p.weight > 0 else { return 0 }
            precondition(r.count >= 1 && r.count <= 3)
            let x = side[r.lowerBound].terms
            let y = r.count > 1 ? side[r.lowerBound + 1].terms : []
            let z = r.count > 2 ? side[r.lowerBound + 2].terms : []
            var i = 0, j = 0, k = 0, s: Float = 0
            for t in p.terms {
                while i < x.count && x[i] < t { i += 1 }
                while j < y.count && y[j] < t { j += 1 }
                while k < z.count && z[k] < t { k += 1 }
                if (i < x.count && x[i] == t) || (j < y.count && y[j] == t) || (k < z.count && z[k] == t) { s += w[Int(t)] }
            }
            return Double(s / p.weight)
        }

        func sim11(_ i: Int, _ j: Int) -> Double {
            let a = orig[i], b = copy[j]
            let d = a.weight + b.weight
            if d <= 0 {
                // Neither side has content words (a dateline, a dash): equal text or nothing.
                return a.hash == b.hash ? 1 : 0
            }
            return Double(2 * shared(a.terms, b.terms) / d)
        }

        func union(_ lists: [[Int32]]) -> [Int32] {
            var all = lists.flatMap { $0 }
            all.sort()
            var w = 0
            for r in 0..<all.count where r == 0 || all[r] != all[r - 1] { all[w] = all[r]; w += 1 }
            all.removeSubrange(w...)
            return all
        }

        /// Dice similarity of two groups of sentences (term sets united).
        func sim(_ oi: Range<Int>, _ cj: Range<Int>) -> Double {
            if oi.count == 1 && cj.count == 1 { return sim11(oi.lowerBound, cj.lowerBound) }
            let ua = union(oi.map { orig[$0].terms }), ub = union(cj.map { copy[$0].terms })
            let wa = ua.reduce(Float(0)) { $0 + w[Int($1)] }, wb = ub.reduce(Float(0)) { $0 + w[Int($1)] }
            if wa + wb <= 0 { return 0 }
            return Double(2 * shared(ua, ub) / (wa + wb))
        }
    }

    static let beadShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]

    public func align(_ a: Document, _ b: Document) -> Alignment {
        // Documents in two languages share few words: their own terms (`CrossLanguage`).
        if a.language != b.language { return CrossLanguage.align(a, b, self) }
        return align(a, b, space: Space(a, b))
    }

    func align(_ a: Document, _ b: Document, space: Space) -> Alignment {
        // Passages a document repeats verbatim are set aside before the search: the copy
        // links to the first occurrence; the repeat becomes its own one-sided bead.
        let repO = Aligner.repeats(space.orig, other: space.copy), repC = Aligner.repeats(space.copy, other: space.orig)
        let oid = space.orig.indices.filter { repO[$0] < 0 }, cid = space.copy.indices.filter { repC[$0] < 0 }
        let n = oid.count, m = cid.count
        var notes: [String] = []
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: m, count: n + 1)
        if n * m > options.exhaustiveCells {
            let anchors = findAnchors(space, oid, cid)
            (lo, hi) = band(anchors: anchors, n: n, m: m, w: options.bandHalfWidth)
            notes.append("banded search: \(anchors.count) anchors, half-width \(options.bandHalfWidth) sentences (documents over \(options.exhaustiveCells) sentence pairs)")
        }
        var beads = dynamicProgram(space, oid, cid, lo: lo, hi: hi)
        beads = linkMoves(space, beads)
        beads = Aligner.insertRepeats(beads, repO, repC)
        options.probe.measure("word diff") {
            for k in beads.indices { finish(&beads[k], space, a, b) }
        }
        return Alignment(beads: beads, notes: notes)
    }

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

    // MARK: dynamic programming

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

    func score11(_ sp: Space, _ i: Int, _ j: Int) -> Double { score11(sp, i, j, marked: nil) }

    /// `score11`, optionally with the original sentence's terms flagged in `mark` (indexed by
    /// term id): the shared weight is then summed over the copy's terms that are flagged, in
    /// ascending order — the terms and order of `Space.shared` — so the score is bit for bit
    /// the same without the merge. The bead search scores a whole band row this way.
    @inline(__always)
    func score11(_ sp: Space, _ i: Int, _ j: Int, marked mark: UnsafeMutableBufferPointer<Bool>?) -> Double {
        let a = sp.orig[i], b = sp.copy[j]
        if a.hash == b.hash && a.length == b.length { return 1 - options.threshold }
        if a.weight <= 0 || b.weight <= 0 {
            if sp.lengthBonus > 0 { return sp.sim11(i, j) - options.threshold - lengthCost(sp, i..<(i + 1), j..<(j + 1)) + CrossLanguage.lengthScore(sp, i..<(i + 1), j..<(j + 1)) }
            return sp.sim11(i, j) - options.threshold
        }
        let sh: Double
        if let mark {
            var s: Float = 0
            for t in b.terms where mark[Int(t)] { s += sp.w[Int(t)] }
            sh = Double(s)
        } else {
            sh = Double(sp.shared(a.terms, b.terms))
        }
        // lengthCost(sp, i..<(i + 1), j..<(j + 1)), written out for this hot path.
        let lc = options.lengthPenalty * abs(log(Double(max(1, a.length)) / Double(max(1, b.length))))
        let base = 0.5 * (sh / Double(a.weight) + sh / Double(b.weight)) - options.threshold - lc
        if sp.lengthBonus > 0 { return base + CrossLanguage.lengthScore(sp, i..<(i + 1), j..<(j + 1)) }
        return base
    }

    /// Aligns the sentences `oid` of the original with `cid` of the copy (ids, increasing).
    func dynamicProgram(_ sp: Space, _ oid: [Int], _ cid: [Int], lo: [Int], hi: [Int]) -> [Bead] {
        let n = oid.count, m = cid.count
        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1) }
        let cells = rowStart[n + 1]
        // Cell tables, row bounds and ids as raw buffers: the loop below runs (n + m)·w times on
        // large inputs, and bounds-checked array reads from nested functions cost more than the
        // scoring itself (docs/benchmarks.md).
        // Only the back pointers are kept for every cell (1 byte each, for the backtrack). A
        // bead reaches at most 3 rows back, so scores and the 1-1 cache live in a window of
        // the last 4 rows: 13 bytes a cell became ~1 (2M sentences a side: 2.1 GB → 0.17 GB).
        var width = 1
        for i in 0...n { width = max(width, hi[i] - lo[i] + 1) }
        let window = 4 // rows kept: the current one and the 3 a bead can reach back
        let score = UnsafeMutableBufferPointer<Double>.allocate(capacity: window * width)
        let back = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: cells)
        let s11 = UnsafeMutableBufferPointer<Float>.allocate(capacity: window * width) // cache: 1-1 score of orig[i-1], copy[j-1] at cell (i, j)
        let loB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), hiB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        let rowB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 2)
        let oB = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), cB = UnsafeMutableBufferPointer<Int>.allocate(capacity: m + 1)
        let oHash = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1), cHash = UnsafeMutableBufferPointer<Int>.allocate(capacity: m + 1)
        defer { for b in [loB, hiB, rowB, oB, cB, oHash, cHash] { b.deallocate() }; score.deallocate(); back.deallocate(); s11.deallocate() }
        score.initialize(repeating: -.infinity); back.initialize(repeating: 255); s11.initialize(repeating: .nan)
        _ = loB.initialize(from: lo); _ = hiB.initialize(from: hi); _ = rowB.initialize(from: rowStart)
        _ = oB.initialize(from: oid); _ = cB.initialize(from: cid)
        for (k, o) in oid.enumerated() { oHash[k] = sp.orig[o].hash }
        for (k, c) in cid.enumerated() { cHash[k] = sp.copy[c].hash }
        /// Cell index of (i, j), or −1 outside the band.
        @inline(__always) func cell(_ i: Int, _ j: Int) -> Int {
            guard i >= 0 && i <= n else { return -1 }
            let l = loB[i]
            return j >= l && j <= hiB[i] ? rowB[i] + j - l : -1
        }
        /// Index of cell (i, j), inside the band and one of the last 4 rows, in `score` and `s11`.
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int { (i & (window - 1)) * width + j - loB[i] }
        @inline(__always) func pair(_ i: Int, _ j: Int) -> Double { // orig i, copy j (0-based)
            if cell(i + 1, j + 1) >= 0 {
                let c = slot(i + 1, j + 1)
                if s11[c].isNaN { s11[c] = Float(score11(sp, oB[i], cB[j])) }
                return Double(s11[c])
            }
            return score11(sp, oB[i], cB[j])
        }
        var shapeA = SIMD8<Int>(), shapeB = SIMD8<Int>()
        for (k, (da, db)) in Aligner.beadShapes.enumerated() { shapeA[k] = da; shapeB[k] = db }
        // The most a merged bead can score: `beadScore` with every coverage 1 and no length
        // cost, computed the same way, so that prev + bound <= best proves the bead cannot win
        // and its scoring can be skipped without changing any result.
        var bound = SIMD8<Double>()
        for k in 0..<8 where shapeA[k] + shapeB[k] > 2 {
            var total = 0.0
            for _ in 0..<(shapeA[k] + shapeB[k]) { total += 0.5 * (1.0 - options.threshold) }
            bound[k] = total - options.mergePenalty * Double(shapeA[k] + shapeB[k] - 2) + sp.lengthBonus
        }
        // Row by row, the 1-1 scores of the row are computed first, with the original
        // sentence's terms flagged (see `score11(_:_:_:marked:)`).
        let mark = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(1, sp.w.count))
        mark.initialize(repeating: false)
        defer { mark.deallocate() }
        for i in 0...n {
            // Row i takes the window slot of row i − 4: cleared first.
            let base = (i & (window - 1)) * width
            for k in base..<(base + width) { score[k] = -.infinity; s11[k] = .nan }
            if i == 0 { score[0] = 0 }
            if i > 0 {
                let o = oB[i - 1]
                for t in sp.orig[o].terms { mark[Int(t)] = true }
                for j in max(1, loB[i])...max(1, hiB[i]) where j <= hiB[i] {
                    s11[slot(i, j)] = Float(score11(sp, o, cB[j - 1], marked: mark))
                }
                for t in sp.orig[o].terms { mark[Int(t)] = false }
            }
            for j in loB[i]...hiB[i] where i + j > 0 {
                let c = rowB[i] + j - loB[i]
                var best = -Double.infinity, arg: UInt8 = 255
                let sameText = i > 0 && j > 0 && oHash[i - 1] == cHash[j - 1]
                for k in 0..<8 {
                    let da = shapeA[k], db = shapeB[k]
                    guard i >= da, j >= db else { continue }
                    guard cell(i - da, j - db) >= 0 else { continue }
                    let prev = score[slot(i - da, j - db)]
                    if prev == -.infinity { continue }
                    // Two sentences with the same words pair 1-1: no merge can beat that.
                    if (da > 1 || db > 1) && sameText { continue }
                    var g = 0.0
                    if da > 0 && db > 0 {
                        if da == 1 && db == 1 {
                            g = pair(i - 1, j - 1)
                        } else {
                            if prev + bound[k] <= best { continue }
                            // Only when some pair inside is worth aligning on its own.
                            var any = false
                            search: for x in (i - da)..<i { for y in (j - db)..<j where pair(x, y) > 0 { any = true; break search } }
                            if !any { continue }
                            // Only sentences next to each other (a repeat set aside can stand between).
                            let o0 = oB[i - da], o1 = oB[i - 1], c0 = cB[j - db], c1 = cB[j - 1]
                            guard o1 - o0 == da - 1, c1 - c0 == db - 1 else { continue }
                            g = beadScore(sp, o0..<(o1 + 1), c0..<(c1 + 1))
                        }
                    }
                    if prev + g > best { best = prev + g; arg = UInt8(k) }
                }
                score[slot(i, j)] = best
                back[c] = arg
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

    // MARK: anchors and band

    /// Confident matches: sentences whose exact token sequence occurs once on each side,
    /// kept in a longest increasing chain so the path through them is monotone.
    /// Positions are indices into `oid` / `cid`.
    func findAnchors(_ sp: Space, _ oid: [Int], _ cid: [Int]) -> [(Int, Int)] {
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
        pairs += rareTermAnchors(sp, oid, cid, skipO: anchoredO, skipC: anchoredC)
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        return Aligner.longestIncreasing(pairs)
    }

    /// Terms in at most this many sentences (of both documents) index the anchor search:
    /// names, numbers and unusual words, which survive translation.
    static let rareTermDF: Int32 = 4
    /// Dice similarity an anchor pair needs beyond being mutual best matches (0.5: the pair
    /// shares most of its content words; true pairs in the seeds' retranslation reach 0.4–0.9).
    static let anchorSimilarity = 0.5

    func rareTermAnchors(_ sp: Space, _ oid: [Int], _ cid: [Int], skipO: Set<Int>, skipC: Set<Int>) -> [(Int, Int)] {
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
        var bestO: [Int: (Int, Double)] = [:]
        for i in oid.indices where !skipO.contains(i) { if let b = best(i), b.1 >= Aligner.anchorSimilarity { bestO[i] = b } }
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

    // MARK: moves and duplicates

    /// Links an omitted original sentence and an inserted copy sentence that say the same
    /// thing (best pairs first, each sentence once) as one `moved` bead at the copy's place.
    func linkMoves(_ sp: Space, _ beads: [Bead]) -> [Bead] {
        var omitted: [Int: Int] = [:] // orig id → bead index
        var inserted: [(Int, Int)] = [] // (copy id, bead index)
        for (k, b) in beads.enumerated() {
            if b.copy.isEmpty, b.original.count == 1 { omitted[b.original[0]] = k }
            if b.original.isEmpty, b.copy.count == 1 { inserted.append((b.copy[0], k)) }
        }
        guard !omitted.isEmpty, !inserted.isEmpty else { return beads }
        var index: [Int32: [Int]] = [:]
        for o in omitted.keys { for t in sp.orig[o].terms { index[t, default: []].append(o) } }
        var cands: [(Double, Int, Int, Int)] = [] // sim, orig, copy, copy bead
        for (c, kb) in inserted {
            var seen = Set<Int>()
            for t in sp.copy[c].terms { for o in index[t] ?? [] where seen.insert(o).inserted {
                let s = sp.sim11(o, c)
                if s >= options.moveThreshold { cands.append((s, o, c, kb)) }
            } }
        }
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

    // MARK: relations

    /// Token keys with honorifics (and the period after one) left out.
    static func withoutHonorifics(_ ts: [Token]) -> [String] {
        Array(IteratorSequence(KeysWithoutHonorifics(ts)))
    }

    /// The keys of `withoutHonorifics`, one at a time (no array: the aligner hashes and
    /// compares every sentence this way).
    struct KeysWithoutHonorifics: IteratorProtocol {
        let tokens: [Token]
        var k = 0
        init(_ tokens: [Token]) { self.tokens = tokens }
        /// Longest honorific in UTF-8 bytes ("г-жа") and the bytes they start with: keys that
        /// fail either test need no set lookup.
        static let longest = Vocabulary.honorifics.map(\.utf8.count).max()!
        static let firstBytes: [Bool] = {
            var t = [Bool](repeating: false, count: 256)
            for h in Vocabulary.honorifics { t[Int(h.utf8.first!)] = true }
            return t
        }()
        @inline(__always) static func isHonorific(_ key: String) -> Bool {
            guard let f = key.utf8.first, firstBytes[Int(f)], key.utf8.count <= longest else { return false }
            return Vocabulary.honorifics.contains(key)
        }
        mutating func next() -> String? {
            while k < tokens.count {
                let t = tokens[k]
                k += 1
                if t.kind == .word && Self.isHonorific(t.key) {
                    if k < tokens.count && tokens[k].key == "." && tokens[k].kind == .punctuation { k += 1 }
                    continue
                }
                return t.key
            }
            return nil
        }
    }

    func finish(_ b: inout Bead, _ sp: Space, _ a: Document, _ c: Document) {
        if b.original.isEmpty || b.copy.isEmpty { b.similarity = 0; return }
        // One sentence a side (most beads): its token array as is, not a copy.
        let oTok = b.original.count == 1 ? a.sentences[b.original[0]].tokens : b.original.flatMap { a.sentences[$0].tokens }
        let cTok = b.copy.count == 1 ? c.sentences[b.copy[0]].tokens : b.copy.flatMap { c.sentences[$0].tokens }
        let lo = b.original.min()!, ho = b.original.max()!, lc = b.copy.min()!, hc = b.copy.max()!
        let moved = b.relation == .moved || b.original != Array(lo...ho)
        b.diff = WordDiff.diff(oTok, cTok, a.source.text, c.source.text)
        if IteratorSequence(KeysWithoutHonorifics(oTok)).elementsEqual(IteratorSequence(KeysWithoutHonorifics(cTok))) {
            // Same text: the same bytes, or failing that equal strings (canonical equivalence).
            let ra = a.sentences[lo].start..<a.sentences[ho].end, rb = c.sentences[lc].start..<c.sentences[hc].end
            let sameText = a.source.text[ra].elementsEqual(c.source.text[rb])
                || a.text(ra.lowerBound, ra.upperBound) == c.text(rb.lowerBound, rb.upperBound)
            b.relation = moved ? .moved : (sameText && b.original.count == b.copy.count ? .identical : .typographic)
            b.similarity = 1
            return
        }
        b.similarity = sp.sim(lo..<(ho + 1), lc..<(hc + 1))
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
