import Foundation
/// Which words are proper names, decided from the two documents themselves (never from a
/// list of known names): a word is a name when it is capitalised, is not only capitalised
/// because it starts a sentence, and never appears in lower case in either document.
struct NameIndex {
    private let common: Set<String>
    private let capitalizedInside: Set<String>
    /// Sentences written in Title Case (headings), per document: there a capital says
    /// nothing, so a word counts as a name only if running text capitalises it too.
    private var titleLines: [Set<Int>] = []
    let originalNames: Set<String>
    let copyNames: Set<String>
    /// `isName` of every token of every sentence, per document (original, copy): flat, the
    /// tokens of sentence `i` from `tokenBase[side][i]`. Made with the name sets, from the same
    /// test, so that the detectors that read whole sentences (`phrases(sentence:on:)`,
    /// `isName(sentence:token:on:)`) do not test each token again per question.
    private var nameFlags: [[Bool]] = []
    private var tokenBase: [[Int]] = []

    init(_ o: Document, _ c: Document) {
        var common = Set<String>(), inside = Set<String>()
        var titles: [Set<Int>] = []
        for d in [o, c] {
            var t = Set<Int>()
            for s in d.sentences where NameIndex.isTitleCase(d, s) { t.insert(s.id) }
            titles.append(t)
        }
        for (di, d) in [o, c].enumerated() {
            d.source.text.withUnsafeBufferPointer { b in
                for s in d.sentences where !titles[di].contains(s.id) {
                    let ts = s.tokens
                    for k in ts.indices where ts[k].kind == .word {
                        if !NameIndex.isCapitalized(b, ts[k].start) { common.insert(ts[k].key) }
                        else if k > 0 && !NameIndex.startsClause(ts, k) { inside.insert(NameIndex.key(ts[k])) }
                    }
                }
            }
        }
        self.common = common
        self.capitalizedInside = inside
        documents = (o, c)
        self.titleLines = titles
        // The names of each document, and `isName` of each of its tokens (the same test as
        // `isName`: `check`, then a name on a title line must be capitalised in running text).
        func collect(_ d: Document, _ title: Set<Int>) -> (Set<String>, [Bool], [Int]) {
            var out = Set<String>()
            var flags: [Bool] = [], base: [Int] = []
            base.reserveCapacity(d.sentences.count + 1)
            flags.reserveCapacity(d.sentences.reduce(0) { $0 + $1.tokens.count })
            d.source.text.withUnsafeBufferPointer { b in
                for s in d.sentences {
                    base.append(flags.count)
                    let ts = s.tokens
                    for k in ts.indices {
                        // (`check` starts with these two tests: most tokens stop here, uncopied.)
                        guard ts[k].kind == .word, NameIndex.isCapitalized(b, ts[k].start) else { flags.append(false); continue }
                        let t = ts[k]
                        guard NameIndex.check(t, k, ts, d, common, inside) else { flags.append(false); continue }
                        let key = NameIndex.key(t)
                        out.insert(key)
                        if let si = NameIndex.sentence(of: t, in: d), title.contains(si) { flags.append(inside.contains(key)) } else { flags.append(true) }
                    }
                }
            }
            base.append(flags.count)
            return (out, flags, base)
        }
        let (on, of, ob) = collect(o, titles[0]), (cn, cf, cb) = collect(c, titles[1])
        originalNames = on
        copyNames = cn
        nameFlags = [of, cf]
        tokenBase = [ob, cb]
    }

    /// A line unit whose words are mostly capitalised ("Putin's "Art of Manipulation"").
    static func isTitleCase(_ d: Document, _ s: Sentence) -> Bool {
        guard s.isLine else { return false }
        let words = s.tokens.filter { $0.kind == .word && !Vocabulary.stopWords.contains($0.key) }
        guard words.count >= 2 else { return false }
        return words.filter { isCapitalized(d, $0) }.count * 10 >= words.count * 8
    }

    static func key(_ t: Token) -> String {
        var k = t.key
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

    private static func check(_ t: Token, _ k: Int, _ ts: [Token], _ d: Document, _ common: Set<String>, _ inside: Set<String>) -> Bool {
        guard t.kind == .word, isCapitalized(d, t) else { return false }
        let key = NameIndex.key(t)
        if common.contains(t.key) || common.contains(key) || Vocabulary.stopWords.contains(key) { return false }
        if k == 0 || startsClause(ts, k) { return inside.contains(key) }
        return true
    }

    /// True when token `t`, at index `k` of the tokens `ts` of a sentence of document `side`,
    /// is a name.
    func isName(_ t: Token, at k: Int, in ts: [Token], on side: Side) -> Bool {
        let d = document(side)
        guard NameIndex.check(t, k, ts, d, common, capitalizedInside) else { return false }
        if titleLines.count == 2, let s = NameIndex.sentence(of: t, in: d), titleLines[side == .original ? 0 : 1].contains(s) {
            return capitalizedInside.contains(NameIndex.key(t))
        }
        return true
    }

    /// The two documents the index was built from.
    private let documents: (original: Document, copy: Document)
    private func document(_ side: Side) -> Document { side == .original ? documents.original : documents.copy }
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
        return nameFlags[i][tokenBase[i][id] + k]
    }

    /// `phrases(d.sentences[id].tokens, on: side)`, each token's test read from the index.
    func phrases(sentence id: Int, on side: Side) -> [Range<Int>] {
        let d = document(side), i = side == .original ? 0 : 1
        let base = tokenBase[i][id]
        return nameFlags[i].withUnsafeBufferPointer { f in NameIndex.phrases(d.sentences[id].tokens, d) { k in f[base + k] } }
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
                if j == end, ts[j].kind == .word, !Vocabulary.stopWords.contains(ts[j].key), NameIndex.isCapitalized(d, ts[j]) { j += 1; end = j; continue }
                // An initial or abbreviation dot ("St. Petersburg", "George W. Bush").
                if ts[j].key == ".", j > 0, ts[j - 1].end - ts[j - 1].start <= 3, j + 1 < ts.count, isName(j + 1) { j += 1; continue }
                // A connector between two names ("Bank of England"), but not before a date
                // ("Vienna on Thursday" is a place and a day).
                if Vocabulary.nameConnectors.contains(ts[j].key), j + 1 < ts.count, isName(j + 1),
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

