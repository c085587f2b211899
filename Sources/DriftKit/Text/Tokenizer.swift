/// Sentence text → tokens with matching keys.
///
/// A word is a run of letters and marks, digits, and inner apostrophes ("he’s"); inner dots
/// join single letters ("U.S." → key "us"). Hyphens and dashes separate words and are
/// punctuation tokens of their own, so "long-standing" and "long—standing" differ only in
/// typography. A number is a run of digits with inner separators ("1,000", "2.5") and trailing
/// letters ("2A6", "1990s").
struct Tokenizer {
    /// The script a mixed-script word is read in when its letters are split evenly
    /// (ICU UScriptCode, `Script`): the document's own.
    var preferredScript: Int32 = Script.latin.code

    /// Keys already made, by the bytes of the word or number as written; and every token's
    /// kind and key numbered (`Token.keyID`).
    private var keys = KeyTable()

    /// The kinds and keys of the tokens made so far, by the numbers they were given.
    var numbered: DocumentKeys { keys.numbers.numbered }

    /// Keys of the ASCII punctuation marks, by byte (nil for letters, digits and controls).
    private static let asciiPunctuationKeys: [String?] = (0..<128).map { c -> String? in
        let u = UInt32(c)
        if u <= 0x20 || u == 0x7F || UTF8Scan.isLetter(u) || UTF8Scan.isDigit(u) { return nil }
        return punctuationKey(u)
    }

    /// Where tokens are written before they are moved into an array of exactly their number
    /// (no spare capacity kept per sentence, no reference counting on the move).
    private let scratch = TokenScratch()

    mutating func tokens(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [Token] {
        // A sentence has at most one token per byte.
        let out = scratch.reserve(e - s)
        var n = 0
        let punctuation = Tokenizer.asciiPunctuationKeys
        let script = preferredScript
        var i = s
        while i < e {
            let c = b[i]
            // ASCII first: most bytes of most news text.
            if c < 0x80 {
                if isASCIILetter(c) {
                    let j = wordEnd(b, i + 1, e, start: i)
                    let (k, id) = keys.key(b, i, j, kind: .word) { Tokenizer.wordKey(b, i, j, script) }
                    (out + n).initialize(to: Token(start: i, end: j, kind: .word, key: k, keyID: id))
                    n += 1; i = j; continue
                }
                if isASCIIDigit(c) {
                    let j = numberEnd(b, i + 1, e)
                    let (k, id) = keys.key(b, i, j, kind: .number) { Tokenizer.numberKey(b, i, j) }
                    (out + n).initialize(to: Token(start: i, end: j, kind: .number, key: k, keyID: id))
                    n += 1; i = j; continue
                }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) { i += 1; continue }
                if (c == 0x2D || c == 0x2E), i + 1 < e, b[i + 1] == c {
                    // "--" and "---" are typed dashes, "..." an ellipsis: one token each.
                    var j = i + 1
                    while j < e, b[j] == c { j += 1 }
                    let k = c == 0x2D ? "-" : "..."
                    (out + n).initialize(to: Token(start: i, end: j, kind: .punctuation, key: k, keyID: keys.punctuation(k, byte: c == 0x2D ? c : nil)))
                    n += 1; i = j; continue
                }
                if let k = punctuation[Int(c)] {
                    (out + n).initialize(to: Token(start: i, end: i + 1, kind: .punctuation, key: k, keyID: keys.punctuation(k, byte: c)))
                    n += 1; i += 1; continue
                }
                // Other control characters: as any other scalar.
            }
            i = Tokenizer.otherToken(b, i, e, out, &n, &keys, script)
        }
        guard n > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: n) { buf, count in
            buf.baseAddress!.moveInitialize(from: out, count: n)
            count = n
        }
    }

    /// The token (if any) at a byte that is not ASCII (or an ASCII control character), written
    /// at `out[n]`; returns where the next one starts. Kept out of the ASCII loop above.
    @inline(never)
    private static func otherToken(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int, _ out: UnsafeMutablePointer<Token>,
                                   _ n: inout Int, _ keys: inout KeyTable, _ script: Int32) -> Int {
        let (u, l) = UTF8Scan.scalar(b, i)
        if UTF8Scan.isSpace(u) || UTF8Scan.isIgnorable(u) { return i + l }
        if UTF8Scan.isLetter(u) {
            let j = wordEndSlow(b, i + l, e, start: i)
            let (k, id) = keys.key(b, i, j, kind: .word) { Tokenizer.wordKey(b, i, j, script) }
            (out + n).initialize(to: Token(start: i, end: j, kind: .word, key: k, keyID: id))
            n += 1
            return j
        }
        if UTF8Scan.isDigit(u) {
            let j = numberEndSlow(b, i + l, e)
            let (k, id) = keys.key(b, i, j, kind: .number) { Tokenizer.numberKey(b, i, j) }
            (out + n).initialize(to: Token(start: i, end: j, kind: .number, key: k, keyID: id))
            n += 1
            return j
        }
        let k = Tokenizer.punctuationKey(u)
        (out + n).initialize(to: Token(start: i, end: i + l, kind: .punctuation, key: k, keyID: keys.punctuation(k, byte: nil)))
        n += 1
        return i + l
    }

    @inline(__always) private func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) private func isASCIIDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    /// The end of the word that starts at `start` and goes on at `from`: letters, marks and
    /// digits, inner apostrophes ("he’s"), inner dots between single letters ("U.S"), and
    /// invisible characters between letters ("Kyi\u{200B}v"). ASCII letters and digits are
    /// read here; anything else that may go on a word, in `wordEndSlow`.
    @inline(__always)
    private func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int, start i: Int) -> Int {
        var j = from
        while j < e {
            let c = b[j]
            if isASCIILetter(c) || isASCIIDigit(c) { j += 1; continue }
            if c < 0x80 && c != 0x27 && c != 0x2E { return j }
            return Tokenizer.wordEndSlow(b, j, e, start: i)
        }
        return j
    }

    @inline(never)
    private static func wordEndSlow(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int, start i: Int) -> Int {
        var j = from
        while j < e {
            let (v, m) = UTF8Scan.scalar(b, j)
            if UTF8Scan.isLetter(v) || UTF8Scan.isDigit(v) { j += m; continue }
            // An invisible character inside a word hides nothing from matching: the word goes
            // on, and the key drops it.
            if UTF8Scan.isIgnorable(v), j + m < e, UTF8Scan.isLetter(UTF8Scan.scalar(b, j + m).0) { j += m; continue }
            if (v == 0x27 || v == 0x2019 || v == 0x2E), j + m < e {
                let (w, _) = UTF8Scan.scalar(b, j + m)
                if UTF8Scan.isLetter(w) {
                    // Inner dot only between single letters: U.S, D.C (not "end.Next").
                    if v == 0x2E {
                        let prevSingle = j - i == 1 || (j - 2 >= i && b[j - 2] == 0x2E)
                        guard prevSingle else { break }
                    }
                    j += m; continue
                }
            }
            break
        }
        return j
    }

    /// The end of a number going on at `from`: digits and letters ("2A6", "1990s"), and inner
    /// separators between digits ("1,000", "2.5", "10:30").
    @inline(__always)
    private func numberEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Int {
        var j = from
        while j < e {
            let c = b[j]
            if isASCIILetter(c) || isASCIIDigit(c) { j += 1; continue }
            if c < 0x80 && c != 0x2C && c != 0x2E && c != 0x3A { return j }
            return Tokenizer.numberEndSlow(b, j, e)
        }
        return j
    }

    @inline(never)
    private static func numberEndSlow(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Int {
        var j = from
        while j < e {
            let (v, m) = UTF8Scan.scalar(b, j)
            if UTF8Scan.isDigit(v) || UTF8Scan.isLetter(v) { j += m; continue }
            if (v == 0x2C || v == 0x2E || v == 0x3A), j + m < e, UTF8Scan.isDigit(UTF8Scan.scalar(b, j + m).0) { j += m; continue }
            break
        }
        return j
    }

    /// A word's key, made once per distinct spelling (then found in `keys`): lower-cased (NFKC
    /// case-folded beyond ASCII), inner dots of acronyms dropped ("U.S" → "us"), look-alike
    /// letters of another script replaced, British spellings folded.
    private static func wordKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ script: Int32) -> String {
        var ascii = true, dotted = false
        for k in s..<e { if b[k] >= 0x80 { ascii = false } else if b[k] == 0x2E { dotted = true } }
        let k = makeKey(b, s, e, ascii: ascii, dropDots: dotted, script: script)
        return SpellingFold.mayFold(k) ? SpellingFold.fold(k) : k
    }

    /// A number's key: its characters, lower-cased ("2A6" → "2a6").
    private static func numberKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        makeKey(b, s, e, ascii: true, dropDots: false, script: 25)
    }

    private static func makeKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, ascii: Bool, dropDots: Bool, script: Int32) -> String {
        if ascii {
            return String(unsafeUninitializedCapacity: e - s) { out in
                var n = 0
                for k in s..<e {
                    var c = b[k]
                    if dropDots && c == 0x2E { continue }
                    if c >= 65 && c <= 90 { c |= 0x20 }
                    out[n] = c; n += 1
                }
                return n
            }
        }
        // The typographic apostrophe (U+2019, E2 80 99) becomes "'" before folding.
        var bytes = [UInt8]()
        bytes.reserveCapacity(e - s)
        var k = s
        while k < e {
            if b[k] == 0xE2, k + 2 < e, b[k + 1] == 0x80, b[k + 2] == 0x99 { bytes.append(0x27); k += 3 } else { bytes.append(b[k]); k += 1 }
        }
        var folded = ICU.nfkcCasefold(String(decoding: bytes, as: UTF8.self))
        if dropDots { folded.removeAll { $0 == "." } }
        // Look-alike letters from another script inside a word ("Кyiv" with a Cyrillic К):
        // match by the confusable skeleton, so the disguised word still aligns.
        if Tokenizer.isMixedScript(folded) { folded = Tokenizer.unmix(folded, preferring: script) }
        return folded
    }

    /// True when the letters of a word come from more than one script (Common and Inherited
    /// characters do not count): the mark of a homoglyph disguise.
    static func isMixedScript(_ w: String) -> Bool {
        var first: Int32 = -1
        for u in w.unicodeScalars where u.value >= 0x80 || (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A {
            let s = ICU.script(u.value)
            if Script.isShared(s) { continue }
            if first < 0 { first = s } else if s != first { return true }
        }
        return false
    }

    /// Replaces the letters of a mixed-script word that are not in its main script by their
    /// look-alikes in the main script, from ICU's confusables data (UTS #39 skeletons):
    /// "кyiv" (Cyrillic к) → "kyiv". A lower-case letter whose skeleton is not a letter of the
    /// main script is tried in upper case ("к" → "К" → "K" → "k").
    static func unmix(_ w: String, preferring preferred: Int32 = Script.latin.code) -> String {
        guard let main = mainScript(w, preferring: preferred) else { return w }
        var out = ""
        for u in w.unicodeScalars {
            let s = ICU.script(u.value)
            if Script.isShared(s) || s == main { out.unicodeScalars.append(u); continue }
            if let pick = lookAlike(u, in: main) { out += pick.lowercased() } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The letter of script `main` that `u` looks like, from ICU's confusables data, if any.
    /// Prefers a plain ASCII look-alike ("к" → "k", not the Latin kra "ĸ").
    static func lookAlike(_ u: Unicode.Scalar, in main: Int32) -> String? {
        let c = String(u)
        let cands = [ICU.skeleton(c), ICU.skeleton(c.uppercased()).lowercased()].filter { cand in
            let us = Array(cand.unicodeScalars)
            return us.count == 1 && ICU.script(us[0].value) == main
        }
        return cands.first(where: { $0.unicodeScalars.first!.value < 0x80 }) ?? cands.first
    }

    /// The script a mixed-script word is meant in: `preferred` (the document's script) when
    /// the word has letters of it and every other letter looks like one of its letters
    /// ("NΑΤΟ", Latin N and Greek ΑΤΟ, in an English text is Latin); otherwise the script most
    /// letters are in, a tie going to `preferred`, then to the lower script code.
    static func mainScript(_ w: String, preferring preferred: Int32) -> Int32? {
        var counts: [Int32: Int] = [:]
        for u in w.unicodeScalars { let s = ICU.script(u.value); if !Script.isShared(s) { counts[s, default: 0] += 1 } }
        guard let top = counts.values.max() else { return nil }
        if counts[preferred] != nil, counts.count > 1,
           w.unicodeScalars.allSatisfy({ u in let s = ICU.script(u.value); return Script.isShared(s) || s == preferred || lookAlike(u, in: preferred) != nil }) {
            return preferred
        }
        let tied = counts.filter { $0.value == top }.map(\.key)
        return tied.contains(preferred) ? preferred : tied.min()
    }

    /// Folds typographic variants: curly and angled quotes → `"` / `'`, dashes → `-`,
    /// "…" → "...".
    static func punctuationKey(_ u: UInt32) -> String {
        switch u {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0x22: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x27, 0x60, 0xB4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A, 0x2E3B, 0x2D: return "-"
        case 0x2026: return "..."
        default: return String(Unicode.Scalar(u).map { Character($0) } ?? "\u{FFFD}")
        }
    }
}
