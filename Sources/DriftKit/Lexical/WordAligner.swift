/// METEOR-style word alignment inside one aligned sentence pair (Banerjee & Lavie, "METEOR",
/// 2005; Denkowski & Lavie, "Meteor Universal", 2014): words are matched one to one in
/// stages — the same word, the same stem or lemma, a WordNet synonym, a WordNet derivation
/// ("decided" ↔ "decision") — each stage only among the words earlier stages left. What no
/// stage matches is the residue, the part of the pair a paraphrase does not explain; the
/// claim-change rules judge only the residue. Antonym pairs in the residue ("rose" ↔ "fell")
/// are reported separately.
///
///     original: "Officials bought the land."   copy: "The officials purchased the site."
///     exact: officials, the   synonym: bought ↔ purchased   residue: land | site
///
/// Within a stage, candidate pairs are taken closest relative position first (METEOR picks
/// the alignment with the fewest crossings; nearest-position-first is its greedy form).
///
/// Given no WordNet (`wordNet: nil`: not installed, or a caller that needs only words and
/// stems), the WordNet stages are skipped.
///
/// - Complexity: O(n·m) comparisons of cached lexemes for n and m residue words; one WordNet
///   look-up per distinct word form per process.
struct WordAlignment {
    enum Stage: String { case exact, stem, synonym, derivation }
    struct Pair { let o: Int; let c: Int; let stage: Stage }
    /// Matched words: indices into the two token arrays.
    var pairs: [Pair] = []
    /// Word and number tokens no stage matched (indices into the token arrays).
    var oResidue: [Int] = []
    var cResidue: [Int] = []
    /// Residue pairs WordNet calls antonyms.
    var antonyms: [(o: Int, c: Int)] = []
    /// The stage that matched each token, if any.
    var oStage: [Stage?] = []
    var cStage: [Stage?] = []
}

enum WordAligner {
    /// No word matched: every word and number is residue (for a caller that needs no matching).
    static func unaligned(_ o: [Token], _ c: [Token]) -> WordAlignment {
        var a = WordAlignment()
        a.oStage = Array(repeating: nil, count: o.count)
        a.cStage = Array(repeating: nil, count: c.count)
        a.oResidue = o.indices.filter { o[$0].kind != .punctuation }
        a.cResidue = c.indices.filter { c[$0].kind != .punctuation }
        return a
    }

    static func align(_ o: [Token], _ c: [Token], wordNet: WordNet? = WordNet.forMatching()) -> WordAlignment {
        var a = WordAlignment()
        a.oStage = Array(repeating: nil, count: o.count)
        a.cStage = Array(repeating: nil, count: c.count)
        let oi = o.indices.filter { o[$0].kind != .punctuation }, ci = c.indices.filter { c[$0].kind != .punctuation }
        let n = Double(max(o.count, 1)), m = Double(max(c.count, 1))

        /// Takes the candidate pairs closest in relative position first.
        func take(_ s: WordAlignment.Stage, _ cands: [(Int, Int)]) {
            let sorted = cands.map { (abs(Double($0.0) / n - Double($0.1) / m), $0.0, $0.1) }
                .sorted { $0.0 < $1.0 || $0.0 == $1.0 && ($0.1, $0.2) < ($1.1, $1.2) }
            for (_, i, j) in sorted where a.oStage[i] == nil && a.cStage[j] == nil {
                a.oStage[i] = s; a.cStage[j] = s
                a.pairs.append(.init(o: i, c: j, stage: s))
            }
        }
        /// Candidates whose keys under `key` are equal (nil: the token takes no part).
        func byKey(_ s: WordAlignment.Stage, _ key: (Token) -> String?) {
            var where_: [String: [Int]] = [:]
            for j in ci where a.cStage[j] == nil { if let k = key(c[j]) { where_[k, default: []].append(j) } }
            guard !where_.isEmpty else { return }
            var cands: [(Int, Int)] = []
            for i in oi where a.oStage[i] == nil { if let k = key(o[i]), let js = where_[k] { for j in js { cands.append((i, j)) } } }
            take(s, cands)
        }
        // The same word (numbers by value: "5" and "five"), then the same stem.
        byKey(.exact) { t in t.kind == .number || Vocabulary.numberWords[t.key] != nil ? Terms.term(t) : t.key }
        byKey(.stem) { t in t.kind == .word && Vocabulary.numberWords[t.key] == nil ? Terms.term(t) : nil }
        if let wn = wordNet {
            // Only content words: function words are matched exactly or not at all.
            func content(_ t: Token) -> Bool { t.kind == .word && !Vocabulary.stopWords.contains(t.key) && Vocabulary.numberWords[t.key] == nil }
            var lo: [Int: WordNet.Lexeme] = [:], lc: [Int: WordNet.Lexeme] = [:]
            // A word can only be related to a word of the other side: when one side has no
            // content word left, nothing is looked up (most identical and lightly edited pairs).
            let oLeft = oi.filter { a.oStage[$0] == nil && content(o[$0]) }, cLeft = ci.filter { a.cStage[$0] == nil && content(c[$0]) }
            if !oLeft.isEmpty && !cLeft.isEmpty {
                for i in oLeft { lo[i] = wn.lexeme(o[i].key) }
                for j in cLeft { lc[j] = wn.lexeme(c[j].key) }
            }
            var rel: [Int: [Int: WordNet.Relation]] = [:]
            for (i, x) in lo where x.known { for (j, y) in lc where y.known { if let r = x.related(y) { rel[i, default: [:]][j] = r } } }
            for (s, r) in [(WordAlignment.Stage.stem, WordNet.Relation.sameLemma), (.synonym, .synonym), (.derivation, .derivation)] {
                take(s, rel.flatMap { i, row in row.compactMap { j, x in x == r ? (i, j) : nil } })
            }
            for (i, row) in rel { for (j, r) in row where r == .antonym && a.oStage[i] == nil && a.cStage[j] == nil { a.antonyms.append((i, j)) } }
            a.antonyms.sort { ($0.o, $0.c) < ($1.o, $1.c) }
        }
        a.oResidue = oi.filter { a.oStage[$0] == nil }
        a.cResidue = ci.filter { a.cStage[$0] == nil }
        return a
    }
}
