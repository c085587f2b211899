/// Tokens → matching terms: the content words of a sentence reduced to comparable stems.
///
/// Back-translation rewrites most function words and many inflections ("Unsurprisingly to many
/// Kremlin-watchers" → "It is not surprising to many watching the Kremlin's actions"), while
/// names, numbers, rare content words and word stems survive. So a term is:
/// - a content word (not in `stopWords`) cut to its first `stemLength` letters, after dropping
///   a possessive ("Kremlin’s" → "kreml", "negotiations"/"negotiator" → "negot");
/// - a number, keyed by its digits, with number words read as numbers ("five" → "#5").
enum Terms {
    /// Letters kept of a content word. Prefix truncation is a crude but language-neutral
    /// stemmer; 5 is the length found best for English and Russian retrieval in the
    /// truncation-stemming literature (e.g. Savoy; McNamee & Mayfield, "Character N-Gram
    /// Tokenization for European Language Text Retrieval"), and it keeps
    /// "recognizing"/"recognition" and "stalled"/"stalling" together on the seeds.
    static let stemLength = 5

    /// The term of a token, or nil for punctuation and function words.
    static func term(_ t: Token) -> String? {
        switch t.kind {
        case .punctuation: return nil
        case .number: return "#" + t.key.filter { $0 != "," }
        case .word:
            return wordTerm(t.key)
        }
    }

    /// Terms of word keys already made (per process; "" for none): the aligner, the fact set
    /// and several detectors ask for the terms of the same words, and each uncached answer
    /// costs two to four set look-ups (≈ 2,300 instructions; 10,000 calls on the seed pair).
    nonisolated(unsafe) private static var wordTerms: [String: String] = [:]
    private static let wordTermsLock = NSLock()
    /// Word keys kept at most (a long `drift batch` meets new words without end; a news
    /// article has a few thousand).
    static let maxWordTerms = 100_000

    private static func wordTerm(_ key: String) -> String? {
        wordTermsLock.lock()
        let known = wordTerms[key]
        wordTermsLock.unlock()
        if let known { return known.isEmpty ? nil : known }
        let made = makeWordTerm(key)
        wordTermsLock.lock()
        if wordTerms.count >= maxWordTerms { wordTerms.removeAll(keepingCapacity: true) }
        wordTerms[key] = made ?? ""
        wordTermsLock.unlock()
        return made
    }

    /// The term of a word key (never empty), or nil for a function word.
    private static func makeWordTerm(_ key: String) -> String? {
        var k = key
        if let n = Vocabulary.numberWords[k] { return "#" + n }
        if Vocabulary.stopWords.contains(k) { return nil }
        if k.hasSuffix("'s") { k.removeLast(2) } else if k.hasSuffix("'") { k.removeLast() }
        if k.isEmpty || Vocabulary.stopWords.contains(k) { return nil }
        // A house-style abbreviation weighs as the word it stands for ("Sen." as
        // "senator", "Neb." as "nebraska", "Aug." as "august"; `HouseStyle.termAliases`).
        if let full = HouseStyle.termAliases[k] { k = full }
        if k.count <= stemLength { return k }
        return String(k.prefix(stemLength))
    }
}

/// Interned terms with inverse document frequencies over a set of sentences.
final class TermTable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var df: [Int32] = []

    func id(_ s: String) -> Int32 {
        if let i = ids[s] { return i }
        let i = Int32(df.count)
        ids[s] = i
        df.append(0)
        return i
    }

    /// Token keys seen, interned per kind (`Token.Kind.rawValue`; a key's number there → its
    /// index): index → the key's term id (−1: none), whether it is an honorific
    /// (`Vocabulary.honorifics`), whether it is a period.
    private var keyIndex = KindKeys()
    private(set) var keyTerm: [Int32] = []
    private(set) var keyIsHonorific: [Bool] = []
    private(set) var keyIsPeriod: [Bool] = []

    /// The index of a token's key (one dictionary lookup per token).
    func key(_ t: Token) -> Int32 {
        let (known, number) = keyIndex.find(t)
        if let known { return known }
        let i = Int32(keyTerm.count)
        keyIndex.set(t, number, i)
        keyTerm.append(Terms.term(t).map { id($0) } ?? -1) // Terms.term depends on kind and key only
        keyIsHonorific.append(t.kind == .word && Vocabulary.honorifics.contains(t.key))
        keyIsPeriod.append(t.kind == .punctuation && t.key == ".")
        return i
    }

    /// The key indices of a sentence's tokens, in order.
    func keys(of s: Sentence) -> [Int32] { s.tokens.map { key($0) } }

    /// The key index of each of a document's numbered keys (`DocumentKeys`), given in number
    /// order — the order a pass over its tokens first meets them, so the table ends as
    /// `keys(of:)` over every sentence leaves it — after which a token's index is
    /// `remap[token.keyID]`, with no key string looked up.
    func keys(numbered d: DocumentKeys) -> [Int32] {
        d.keys.indices.map { key(Token(start: 0, end: 0, kind: d.kinds[$0], key: d.keys[$0])) }
    }

    /// The keys of one run of sentences, interned in a table of the run's own (for
    /// `keys(ofRuns:)`): each sentence's local key indices, and the local keys in the order
    /// the run first meets them (the token that first had each).
    struct RunKeys: @unchecked Sendable {
        var keys: [[Int32]] = []
        var fresh: [Token] = []
    }

    static func runKeys(_ sentences: ArraySlice<Sentence>) -> RunKeys {
        var local = KindKeys()
        var out = RunKeys()
        out.keys.reserveCapacity(sentences.count)
        for s in sentences {
            out.keys.append(s.tokens.map { t in
                let (known, number) = local.find(t)
                if let known { return known }
                let i = Int32(out.fresh.count)
                local.set(t, number, i)
                out.fresh.append(t)
                return i
            })
        }
        return out
    }

    /// An index given to each (kind, key) of tokens, as a `[String: Int32]` per kind would
    /// keep them, with the keys numbered by a `KeyInterner` per kind.
    struct KindKeys {
        private var keys = [KeyInterner(), KeyInterner(), KeyInterner()]
        /// Per kind, by key number: the index given (-1: none yet).
        private var index: [[Int32]] = [[], [], []]

        /// The index given to the token's kind and key, if any, and the key's number.
        mutating func find(_ t: Token) -> (Int32?, Int32) {
            let kind = Int(t.kind.rawValue)
            let n = keys[kind].intern(t.key)
            if Int(n) < index[kind].count, index[kind][Int(n)] >= 0 { return (index[kind][Int(n)], n) }
            return (nil, n)
        }

        /// Gives `i` to the token's kind and key, numbered `n` by `find`.
        mutating func set(_ t: Token, _ n: Int32, _ i: Int32) {
            let kind = Int(t.kind.rawValue)
            while index[kind].count <= Int(n) { index[kind].append(-1) }
            index[kind][Int(n)] = i
        }
    }

    /// `runs.flatMap { $0.map { keys(of: $0) } }` — the same key indices and term ids, bit
    /// for bit — with the tokens read on all cores: each run of sentences is interned in a
    /// table of its own (`runKeys`), then the runs' keys join this table run by run, in the
    /// order each run first met them, which is the order one pass over the runs meets them
    /// (a run's keys are a few per cent of its tokens; the terms of the keys new to this
    /// table are made here, on one core, once each as in `keys(of:)`).
    func keys(ofRuns runs: [ArraySlice<Sentence>]) -> [[Int32]] {
        let local = ParallelMap.map(runs.map { Unchecked($0) }) { Unchecked(TermTable.runKeys($0.value)) }
        var remaps: [[Int32]] = []
        for r in local {
            remaps.append(r.value.fresh.map { key($0) }) // a key new to the table gets its term here, as in `keys(of:)`
        }
        let parts = ParallelMap.map(Array(zip(local, remaps)).map { Unchecked($0) }) { p -> Unchecked<[[Int32]]> in
            let remap = p.value.1
            return Unchecked(p.value.0.value.keys.map { $0.map { remap[Int($0)] } })
        }
        return parts.flatMap { $0.value }
    }

    /// A sentence's sorted, de-duplicated term ids, from its key indices.
    func terms(ofKeys keys: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(keys.count)
        for k in keys where keyTerm[Int(k)] >= 0 { out.append(keyTerm[Int(k)]) }
        out.sort()
        var w = 0
        for r in 0..<out.count where r == 0 || out[r] != out[r - 1] { out[w] = out[r]; w += 1 }
        out.removeSubrange(w...)
        return out
    }

    func count(_ terms: [Int32]) { for t in terms { df[Int(t)] += 1 } }

    /// idf(t) = ln(1 + N / df(t)): a term in every sentence weighs ln 2 ≈ 0.69, a term in one
    /// sentence of 100 weighs ln 101 ≈ 4.6 (the smoothed form of Robertson & Spärck Jones).
    func weights(sentences n: Int) -> [Float] {
        df.map { d in Float(log(1.0 + Double(n) / Double(max(1, d)))) }
    }
}

import Foundation

/// The words sentence matching treats as function words, for the package's article generator
/// (DriftTestSupport: it keeps them when it respins a sentence). `package`, not public: no
/// user of the library needs them.
package enum MatchingVocabulary {
    /// English function words: never terms of alignment (`Vocabulary.englishFunctionWords`).
    package static var englishFunctionWords: Set<String> { Vocabulary.englishFunctionWords }
    /// Every spelled number, read as a number or not ("five", "one", "second";
    /// `Vocabulary.spelledNumbers`): never vocabulary of a generated article.
    package static var spelledNumbers: Set<String> { Vocabulary.spelledNumbers }
}
