import Foundation

/// Sentence profiles (terms, weight, identity hash, length) of one original and one copy, and
/// the similarities the search scores with.
extension Aligner {
    struct Profile {
        var terms: [Int32]
        var weight: Float
        var hash: Int
        var wordCount: Int
        /// Length in bytes.
        var length: Int
        /// ln(max(1, length)): the 1-1 length cost is the difference of two of these, not a
        /// logarithm per pair of sentences (it was a quarter of scoring the bead search's
        /// band on the 100k pair).
        var logLength: Double

        init(terms: [Int32], weight: Float, hash: Int, wordCount: Int, length: Int) {
            self.terms = terms; self.weight = weight; self.hash = hash; self.wordCount = wordCount; self.length = length
            logLength = log(Double(max(1, length)))
        }
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

        /// - Parameter parallel: the keys, terms and profiles made on all cores (the same
        ///   ones: `TermTable.keys(ofRuns:)`, `Aligner.map`).
        init(_ a: Document, _ b: Document, parallel: Bool = false) {
            let table = TermTable()
            // Each token's key is looked up once: its index gives the term and the identity hash.
            let ka: [[Int32]], kb: [[Int32]]
            if let dka = a.keys, let dkb = b.keys {
                // Each distinct key of each document once, then the tokens by their numbers.
                let ra = table.keys(numbered: dka), rb = table.keys(numbered: dkb)
                ka = Aligner.map(a.sentences.count, parallel: parallel) { a.sentences[$0].tokens.map { ra[Int($0.keyID)] } }
                kb = Aligner.map(b.sentences.count, parallel: parallel) { b.sentences[$0].tokens.map { rb[Int($0.keyID)] } }
            } else if parallel {
                let na = a.sentences.count
                let k = table.keys(ofRuns: Aligner.runs(na).map { a.sentences[$0] } + Aligner.runs(b.sentences.count).map { b.sentences[$0] })
                ka = Array(k[..<na]); kb = Array(k[na...])
            } else {
                ka = a.sentences.map { table.keys(of: $0) }; kb = b.sentences.map { table.keys(of: $0) }
            }
            let ta = Aligner.map(ka.count, parallel: parallel) { table.terms(ofKeys: ka[$0]) }
            let tb = Aligner.map(kb.count, parallel: parallel) { table.terms(ofKeys: kb[$0]) }
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
            orig = Aligner.map(a.sentences.count, parallel: parallel) { prof(a.sentences[$0], ka[$0], ta[$0]) }
            copy = Aligner.map(b.sentences.count, parallel: parallel) { prof(b.sentences[$0], kb[$0], tb[$0]) }
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
}
