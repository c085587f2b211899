import Foundation
/// Which words are proper names, decided from the two documents themselves (never from a
/// list of known names): a word is a name when it is capitalised, is not only capitalised
/// because it starts a sentence, and never appears in lower case in either document.
struct NameIndex {
    /// The word keys of both documents, numbered (and the name keys `NameIndex.key` makes of
    /// them): the sets below are indexed by these numbers.
    private let keys: KeyInterner
    /// By key number: the key is written in lower case somewhere in running text (`common`),
    /// or capitalised inside a clause (`capitalizedInside`, by name key).
    private let common: [Bool]
    private let capitalizedInside: [Bool]
    /// Sentences written in Title Case (headings), per document: there a capital says
    /// nothing, so a word counts as a name only if running text capitalises it too.
    private var titleLines: [Set<Int>] = []
    let originalNames: Set<String>
    let copyNames: Set<String>
    /// Of every token of every sentence, per document (original, copy): the number of its
    /// name key (`NameIndex.key`) when it is a name (`isName`), else -1. Flat, the tokens of
    /// sentence `i` from `tokenBase[side][i]`. Made with the name sets, from the same test, so
    /// that the detectors that read whole sentences (`phrases(sentence:on:)`,
    /// `isName(sentence:token:on:)`, `nameKey(sentence:token:on:)`) do not test each token
    /// again per question.
    private var nameKeys: [[Int32]] = []
    private var tokenBase: [[Int]] = []
    /// The name phrases of the two whole documents the renames read, when the index's
    /// maker made them with it (`Comparison.run`, beside the alignment); else the renames
    /// make them (`NameChangeDetector.renames`).
    var documentPhrases: NameChangeDetector.DocumentPhrases? = nil
    /// Per document (original, copy), by its key numbers (`Document.keys`): the number here
    /// of each word key (-1 for other kinds); nil for a document without numbers.
    private let keyNumbers: [[Int32]?]

    init(_ o: Document, _ c: Document) {
        var space = KeySpace()
        var titles: [Set<Int>] = []
        for d in [o, c] {
            var t = Set<Int>()
            for s in d.sentences where NameIndex.isTitleCase(d, s) { t.insert(s.id) }
            titles.append(t)
        }
        // Every word key numbered; those written in lower case in running text are common,
        // those capitalised inside a clause are names there. A segmented document's word
        // keys are numbered here once each, by their numbers there (`Document.keys`); a
        // token's is then `remap[keyID]`, with no key string looked up.
        let remaps: [[Int32]?] = [o, c].map { d in
            guard let dk = d.keys else { return nil }
            return dk.keys.indices.map { dk.kinds[$0] == .word ? space.intern(dk.keys[$0]) : -1 }
        }
        for (di, d) in [o, c].enumerated() {
            let remap = remaps[di]
            d.source.text.withUnsafeBufferPointer { b in
                for s in d.sentences {
                    let ts = s.tokens, title = titles[di].contains(s.id)
                    for k in ts.indices where ts[k].kind == .word {
                        let id = remap?[Int(ts[k].keyID)] ?? space.intern(ts[k].key)
                        if title { continue }
                        if !NameIndex.isCapitalized(b, ts[k].start) { space.common[Int(id)] = true }
                        else if k > 0 && !NameIndex.startsClause(ts, k) { space.inside[Int(space.nameKey(id))] = true }
                    }
                }
            }
        }
        // The names of each document, and the name key of each of its tokens that is a name
        // (the same test as `isName`: `check`, then a name on a title line must be capitalised
        // in running text).
        func collect(_ d: Document, _ title: Set<Int>, _ remap: [Int32]?) -> (Set<Int32>, [Int32], [Int]) {
            var out = Set<Int32>()
            var flags: [Int32] = [], base: [Int] = []
            base.reserveCapacity(d.sentences.count + 1)
            flags.reserveCapacity(d.sentences.reduce(0) { $0 + $1.tokens.count })
            d.source.text.withUnsafeBufferPointer { b in
                for (si, s) in d.sentences.enumerated() {
                    base.append(flags.count)
                    let ts = s.tokens
                    for k in ts.indices {
                        // (`check` starts with these two tests: most tokens stop here.)
                        guard ts[k].kind == .word, NameIndex.isCapitalized(b, ts[k].start) else { flags.append(-1); continue }
                        let id = remap?[Int(ts[k].keyID)] ?? space.intern(ts[k].key), key = space.nameKey(id)
                        if space.common[Int(id)] || space.common[Int(key)] || space.isStopWord(key) { flags.append(-1); continue }
                        if (k == 0 || NameIndex.startsClause(ts, k)) && !space.inside[Int(key)] { flags.append(-1); continue }
                        out.insert(key)
                        // (The sentence holding the token, which `isName` finds by its offset.)
                        flags.append(!title.contains(si) || space.inside[Int(key)] ? key : -1)
                    }
                }
            }
            base.append(flags.count)
            return (out, flags, base)
        }
        let (on, of, ob) = collect(o, titles[0], remaps[0]), (cn, cf, cb) = collect(c, titles[1], remaps[1])
        keys = space.keys
        common = space.common
        capitalizedInside = space.inside
        originalNames = Set(on.map { space.keys[$0] })
        copyNames = Set(cn.map { space.keys[$0] })
        documents = (o, c)
        titleLines = titles
        nameKeys = [of, cf]
        tokenBase = [ob, cb]
        keyNumbers = remaps
    }

    /// The key numbers the index is built on, with what it records of each key.
    private struct KeySpace {
        var keys = KeyInterner()
        var common: [Bool] = [], inside: [Bool] = []
        /// By key number: the number of its name key (`NameIndex.key`), -1 until asked for.
        private var nameKeys: [Int32] = []
        /// By key number: whether it is a stop word, 0 until asked for (1 no, 2 yes).
        private var stop: [UInt8] = []

        mutating func intern(_ key: String) -> Int32 {
            let id = keys.intern(key)
            if Int(id) == common.count { common.append(false); inside.append(false); nameKeys.append(-1); stop.append(0) }
            return id
        }

        mutating func nameKey(_ id: Int32) -> Int32 {
            let known = nameKeys[Int(id)]
            if known >= 0 { return known }
            let k = keys[id], n = NameIndex.key(k)
            let made = n == k ? id : intern(n)
            nameKeys[Int(id)] = made
            return made
        }

        mutating func isStopWord(_ id: Int32) -> Bool {
            if stop[Int(id)] == 0 { stop[Int(id)] = Vocabulary.stopWords.contains(keys[id]) ? 2 : 1 }
            return stop[Int(id)] == 2
        }
    }

    /// A line unit whose words are mostly capitalised ("Putin's "Art of Manipulation"").
    static func isTitleCase(_ d: Document, _ s: Sentence) -> Bool {
        guard s.isLine else { return false }
        let words = s.tokens.filter { $0.kind == .word && !Vocabulary.stopWords.contains($0.key) }
        guard words.count >= 2 else { return false }
        return words.filter { isCapitalized(d, $0) }.count * 10 >= words.count * 8
    }

    static func key(_ t: Token) -> String { key(t.key) }

    /// `key` of a token whose key is `k`.
    static func key(_ k: String) -> String {
        var k = k
        // Only a key whose last byte is "s" or "'" can end in "'s" or "'" (neither has another
        // spelling in Unicode): the byte spares the two suffix tests for most words.
        guard let last = k.utf8.last, last == 0x73 || last == 0x27 else { return k }
        if k.hasSuffix("'s") { k.removeLast(2) } else if k.hasSuffix("'") { k.removeLast() }
        return k
    }

    /// `isCapitalized` of the token starting at byte `i` of `b`, the document's text.
    @inline(__always)
    static func isCapitalized(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c0 = b[i]
        if c0 < 0x80 { return c0 >= 65 && c0 <= 90 }
        return UTF8Scan.isUpper(UTF8Scan.scalar(b, i).0)
    }

    static func isCapitalized(_ d: Document, _ t: Token) -> Bool {
        let b = d.source.text
        let c0 = b[t.start]
        if c0 < 0x80 { return c0 >= 65 && c0 <= 90 }
        return b.withUnsafeBufferPointer { UTF8Scan.isUpper(UTF8Scan.scalar($0, t.start).0) }
    }

    /// True when the token at k follows an opening quote, colon or dash: a capital there
    /// says nothing about the word.
    static func startsClause(_ ts: [Token], _ k: Int) -> Bool {
        guard k > 0 else { return true }
        let p = ts[k - 1]
        // The dot of an abbreviation or initial ("St. Petersburg", "George W. Bush") does
        // not start a clause.
        if p.key == ".", k >= 2, ts[k - 2].kind == .word, ts[k - 2].end - ts[k - 2].start <= 3 { return false }
        return p.kind == .punctuation && clauseOpeners.contains(p.key)
    }

    /// Punctuation after which a capital says nothing (`startsClause`).
    static let clauseOpeners: Set<String> = ["\"", "'", ":", "-", "(", "[", "...", ".", "?", "!"]

    private func check(_ t: Token, _ k: Int, _ ts: [Token], _ d: Document) -> Bool {
        guard t.kind == .word, NameIndex.isCapitalized(d, t) else { return false }
        let key = NameIndex.key(t)
        if isCommon(t.key) || isCommon(key) || Vocabulary.stopWords.contains(key) { return false }
        if k == 0 || NameIndex.startsClause(ts, k) { return isCapitalizedInside(key) }
        return true
    }

    private func isCommon(_ key: String) -> Bool { keys.id(of: key).map { common[Int($0)] } ?? false }
    private func isCapitalizedInside(_ key: String) -> Bool { keys.id(of: key).map { capitalizedInside[Int($0)] } ?? false }

    /// True when token `t`, at index `k` of the tokens `ts` of a sentence of document `side`,
    /// is a name.
    func isName(_ t: Token, at k: Int, in ts: [Token], on side: Side) -> Bool {
        let d = document(side)
        guard check(t, k, ts, d) else { return false }
        if titleLines.count == 2, let s = NameIndex.sentence(of: t, in: d), titleLines[side == .original ? 0 : 1].contains(s) {
            return isCapitalizedInside(NameIndex.key(t))
        }
        return true
    }

    /// The two documents the index was built from.
    private let documents: (original: Document, copy: Document)
    func document(_ side: Side) -> Document { side == .original ? documents.original : documents.copy }
    private static func sentence(of t: Token, in d: Document) -> Int? {
        var lo = 0, hi = d.sentences.count
        while lo < hi { let mid = (lo + hi) / 2; if d.sentences[mid].end <= t.start { lo = mid + 1 } else { hi = mid } }
        return lo < d.sentences.count && d.sentences[lo].start <= t.start ? lo : nil
    }

    /// Maximal names of a token list, as token index ranges ("New Eurasian Strategies Centre",
    /// "Center for New Eurasian Initiatives", "St. Petersburg").
    func phrases(_ ts: [Token], on side: Side) -> [Range<Int>] {
        NameIndex.phrases(ts, document(side)) { k in isName(ts[k], at: k, in: ts, on: side) }
    }

    /// `isName(t, at: k, in: d.sentences[id].tokens, on: side)` for token `k` of sentence `id`
    /// of the side's document, read from the index.
    func isName(sentence id: Int, token k: Int, on side: Side) -> Bool {
        let i = side == .original ? 0 : 1
        return nameKeys[i][tokenBase[i][id] + k] >= 0
    }

    /// For a token that is a name (`isName(sentence:token:on:)`), the number of its name key
    /// (`NameIndex.key`; `nameKey(_:)` gives it back): equal numbers, equal keys, in both
    /// documents. Nil for a token that is not a name.
    func nameKey(sentence id: Int, token k: Int, on side: Side) -> Int32? {
        let i = side == .original ? 0 : 1
        let key = nameKeys[i][tokenBase[i][id] + k]
        return key >= 0 ? key : nil
    }

    /// The number of a name key (`nameKey(sentence:token:on:)`), nil for a key of neither document.
    func nameKeyNumber(_ key: String) -> Int32? { keys.id(of: key) }

    /// By name key number: the first word of the side's document whose name key
    /// (`NameIndex.key`) it is — a name there or not — or nil.
    /// - Complexity: O(tokens of the document), one key look-up per word.
    func firstWords(on side: Side) -> [Token?] {
        var first = [Token?](repeating: nil, count: keys.count)
        // By key number: the number of the key's name key, -1 for one that is no key here,
        // -2 until asked for.
        var nameKeyOf = [Int32](repeating: -2, count: keys.count)
        let remap = keyNumbers[side == .original ? 0 : 1]
        for s in document(side).sentences {
            for t in s.tokens where t.kind == .word {
                let id: Int32
                if let remap { id = remap[Int(t.keyID)] } else {
                    guard let known = keys.id(of: t.key) else { continue }
                    id = known
                }
                var key = nameKeyOf[Int(id)]
                if key == -2 {
                    let k = keys[id], n = NameIndex.key(k)
                    key = n == k ? id : keys.id(of: n) ?? -1
                    nameKeyOf[Int(id)] = key
                }
                if key >= 0 && first[Int(key)] == nil { first[Int(key)] = t }
            }
        }
        return first
    }

    /// The name key numbered `id` (`nameKey(sentence:token:on:)`).
    func nameKey(_ id: Int32) -> String { keys[id] }
    /// Key numbers are below this.
    var keyCount: Int { keys.count }

    /// `phrases(d.sentences[id].tokens, on: side)`, each token's test read from the index.
    func phrases(sentence id: Int, on side: Side) -> [Range<Int>] {
        let i = side == .original ? 0 : 1
        let base = tokenBase[i][id], end = tokenBase[i][id + 1]
        return nameKeys[i].withUnsafeBufferPointer { f in
            // Most sentences hold no name: one pass over their flags settles it (before the
            // document is read: a `Document` copied, a dozen references, for each sentence).
            guard f[base..<end].contains(where: { $0 >= 0 }) else { return [] }
            let d = document(side)
            return NameIndex.phrases(d.sentences[id].tokens, d) { k in f[base + k] >= 0 }
        }
    }

    /// Maximal names of `ts` (tokens of `d`), `isName(k)` saying whether token k is a name.
    private static func phrases(_ ts: [Token], _ d: Document, _ isName: (Int) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        while k < ts.count {
            guard isName(k) else { k += 1; continue }
            var end = k + 1
            var j = end
            while j < ts.count {
                if isName(j) { j += 1; end = j; continue }
                // A capitalised common word right after a name is part of it ("Deutsche Bank").
                // (The capital first: it spares the stop-word look-up for most words.)
                if j == end, ts[j].kind == .word, NameIndex.isCapitalized(d, ts[j]), !Vocabulary.stopWords.contains(ts[j].key) { j += 1; end = j; continue }
                // An initial or abbreviation dot ("St. Petersburg", "George W. Bush").
                if ts[j].key == ".", j > 0, ts[j - 1].end - ts[j - 1].start <= 3, j + 1 < ts.count, isName(j + 1) { j += 1; continue }
                // A connector between two names ("Bank of England"), but not before a date
                // ("Vienna on Thursday" is a place and a day).
                if j + 1 < ts.count, isName(j + 1), Vocabulary.nameConnectors.contains(ts[j].key),
                   !Vocabulary.calendarWords.contains(ts[j + 1].key) { j += 1; continue }
                break
            }
            out.append(k..<end)
            k = end
        }
        return out
    }
}

/// String similarity for names (Jaro–Winkler over folded letters), in [0, 1].
enum NameSimilarity {
    /// Folds spelling that transliteration varies freely: diacritics and case, y/i, doubled
    /// letters, and a final silent e ("Greene"/"Green", "Kyiv"/"Kiev" stay apart only by vowels).
    static func fold(_ s: String) -> [UInt32] {
        foldLock.lock()
        if let f = folds[s] { foldLock.unlock(); return f }
        foldLock.unlock()
        let letters = computeFold(s)
        foldLock.lock()
        if folds.count >= maxFolds { folds.removeAll(keepingCapacity: true) }
        // Each letter as a number, so Jaro–Winkler compares integers: ASCII letters are their
        // byte, any other letter a number ≥ 0x80 given once per letter (a Character key, so
        // canonically equivalent spellings of one letter get one number, as `==` on
        // Characters says).
        let f = letters.map { ch -> UInt32 in
            if let a = ch.asciiValue { return UInt32(a) }
            if let code = letterCodes[ch] { return code }
            let code = UInt32(0x80 + letterCodes.count)
            letterCodes[ch] = code
            return code
        }
        folds[s] = f
        foldLock.unlock()
        return f
    }

    /// Folds already made: the name detectors compare every name of one document with every
    /// name of the other, so each name was folded once per comparison (≈ 40 M instructions
    /// on the seed pair 000→001). Per process; names of the documents compared only.
    nonisolated(unsafe) private static var folds: [String: [UInt32]] = [:]
    /// The numbers of the non-ASCII letters of the folds (see `fold`), under `foldLock`; never
    /// emptied (a fold made before `folds` was emptied must keep meaning the same letters),
    /// and bounded by the letters Unicode has.
    nonisolated(unsafe) private static var letterCodes: [Character: UInt32] = [:]
    private static let foldLock = NSLock()
    /// Folds kept at most (a long `drift batch` meets new names without end): 100,000 short
    /// names are a few MB; a news article has a few hundred.
    static let maxFolds = 100_000

    private static func computeFold(_ s: String) -> [Character] {
        var out: [Character] = []
        for ch in s.lowercased() {
            guard ch.isLetter else { continue }
            var c = ch
            if let a = ch.unicodeScalars.first, a.value > 0x7F {
                let base = Vocabulary.latinBase(ch)
                c = base ?? ch
            }
            if c == "y" { c = "i" }
            if out.last == c { continue }
            out.append(c)
        }
        if out.count > 3, out.last == "e" { out.removeLast() }
        return out
    }

    /// True when one name is the other with a derivational ending ("Ukraine"/"Ukrainian",
    /// "Russia"/"Russian", "Europe"/"European"): a different word, not a different name.
    static func isDerivation(_ a: String, _ b: String) -> Bool {
        a.hasPrefix(b) || b.hasPrefix(a) || hasDemonymEnding(a, b, Vocabulary.demonymSuffixes)
    }

    /// True when the longer of two words is the shorter with one of `endings` ("mexic" + "an"
    /// against "mexico"): the stem left must have three letters or more.
    static func hasDemonymEnding(_ a: String, _ b: String, _ endings: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        for suf in endings where long.hasSuffix(suf) {
            let base = String(long.dropLast(suf.count))
            if base.count >= 3 && (short.hasPrefix(base) || base.hasPrefix(short.dropLast())) { return true }
        }
        return false
    }

    static func jaroWinkler(_ a: String, _ b: String) -> Double { jaroWinkler(folded: fold(a), fold(b)) }

    /// `jaroWinkler` of two names already folded (`fold`): for loops that compare one name
    /// with many, without a trip through the shared cache (and its lock) per pair.
    static func jaroWinkler(folded s: [UInt32], _ t: [UInt32]) -> Double {
        if s.isEmpty || t.isEmpty { return 0 }
        if s == t { return 1 }
        let range = max(0, max(s.count, t.count) / 2 - 1)
        var sm = [Bool](repeating: false, count: s.count), tm = [Bool](repeating: false, count: t.count)
        var matches = 0
        for i in 0..<s.count {
            let lo = max(0, i - range), hi = min(t.count - 1, i + range)
            if lo > hi { continue }
            for j in lo...hi where !tm[j] && s[i] == t[j] { sm[i] = true; tm[j] = true; matches += 1; break }
        }
        if matches == 0 { return 0 }
        var trans = 0, j = 0
        for i in 0..<s.count where sm[i] {
            while !tm[j] { j += 1 }
            if s[i] != t[j] { trans += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(s.count) + m / Double(t.count) + (m - Double(trans) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, min(s.count, t.count)) && s[prefix] == t[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}

