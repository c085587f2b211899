/// Sentence text → tokens with matching keys.
///
/// A word is a run of letters and marks, digits, and inner apostrophes ("he’s"); inner dots
/// join single letters ("U.S." → key "us"). Hyphens and dashes separate words and are
/// punctuation tokens of their own, so "long-standing" and "long—standing" differ only in
/// typography. A number is a run of digits with inner separators ("1,000", "2.5") and trailing
/// letters ("2A6", "1990s").
struct Tokenizer {
    /// The script a mixed-script word is read in when its letters are split evenly
    /// (ICU UScriptCode: 25 Latin, 8 Cyrillic): the document's own.
    var preferredScript: Int32 = 25

    private var cache: [String: String] = [:]
    private var foldCache: [String: String] = [:]

    /// `SpellingFold.fold`, remembered: news text repeats its words.
    private mutating func folded(_ k: String) -> String {
        if !SpellingFold.mayFold(k) { return k }
        if let f = foldCache[k] { return f }
        let f = SpellingFold.fold(k)
        if foldCache.count < 200_000 { foldCache[k] = f }
        return f
    }

    mutating func tokens(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity((e - s) / 4 + 2) // news English: ~5 bytes a token
        var i = s
        while i < e {
            let (u, l) = UTF8Scan.scalar(b, i)
            if UTF8Scan.isSpace(u) || UTF8Scan.isIgnorable(u) { i += l; continue }
            if UTF8Scan.isLetter(u) {
                var j = i + l
                var ascii = u < 0x80
                var dotted = false
                while j < e {
                    let (v, m) = UTF8Scan.scalar(b, j)
                    if UTF8Scan.isLetter(v) || UTF8Scan.isDigit(v) { ascii = ascii && v < 0x80; j += m; continue }
                    // An invisible character inside a word ("Kyi\u{200B}v") hides nothing from
                    // matching: the word goes on, and the key drops it.
                    if UTF8Scan.isIgnorable(v), j + m < e, UTF8Scan.isLetter(UTF8Scan.scalar(b, j + m).0) { ascii = false; j += m; continue }
                    if (v == 0x27 || v == 0x2019 || v == 0x2E), j + m < e {
                        let (w, _) = UTF8Scan.scalar(b, j + m)
                        if UTF8Scan.isLetter(w) {
                            // Inner dot only between single letters: U.S, D.C (not "end.Next").
                            if v == 0x2E {
                                let prevSingle = j - i == 1 || (j - 2 >= i && b[j - 2] == 0x2E)
                                guard prevSingle else { break }
                                dotted = true
                            }
                            ascii = ascii && v < 0x80
                            j += m; continue
                        }
                    }
                    break
                }
                // A final dot after a dotted acronym belongs to it ("U.S.").
                out.append(Token(start: i, end: j, kind: .word, key: folded(key(b, i, j, ascii: ascii, dropDots: dotted))))
                i = j
            } else if UTF8Scan.isDigit(u) {
                var j = i + l
                while j < e {
                    let (v, m) = UTF8Scan.scalar(b, j)
                    if UTF8Scan.isDigit(v) || UTF8Scan.isLetter(v) { j += m; continue }
                    if (v == 0x2C || v == 0x2E || v == 0x3A), j + m < e, UTF8Scan.isDigit(UTF8Scan.scalar(b, j + m).0) { j += m; continue }
                    break
                }
                out.append(Token(start: i, end: j, kind: .number, key: key(b, i, j, ascii: true, dropDots: false)))
                i = j
            } else if (u == 0x2D || u == 0x2E), i + 1 < e, UInt32(b[i + 1]) == u {
                // "--" and "---" are typed dashes, "..." an ellipsis: one token each.
                var j = i + 1
                while j < e, UInt32(b[j]) == u { j += 1 }
                out.append(Token(start: i, end: j, kind: .punctuation, key: u == 0x2D ? "-" : "..."))
                i = j
            } else {
                out.append(Token(start: i, end: i + l, kind: .punctuation, key: Tokenizer.punctuationKey(u)))
                i += l
            }
        }
        return out
    }

    private mutating func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, ascii: Bool, dropDots: Bool) -> String {
        if ascii {
            // Lower-cased straight into the string's storage (no intermediate array).
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
        let raw = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        if let k = cache[raw] { return k }
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
        if Tokenizer.isMixedScript(folded) { folded = Tokenizer.unmix(folded, preferring: preferredScript) }
        if cache.count < 100_000 { cache[raw] = folded }
        return folded
    }

    /// True when the letters of a word come from more than one script (Common and Inherited
    /// characters do not count): the mark of a homoglyph disguise.
    static func isMixedScript(_ w: String) -> Bool {
        var first: Int32 = -1
        for u in w.unicodeScalars where u.value >= 0x80 || (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A {
            let s = ICU.script(u.value)
            if s <= 1 { continue }
            if first < 0 { first = s } else if s != first { return true }
        }
        return false
    }

    /// Replaces the letters of a mixed-script word that are not in its main script by their
    /// look-alikes in the main script, from ICU's confusables data (UTS #39 skeletons):
    /// "кyiv" (Cyrillic к) → "kyiv". A lower-case letter whose skeleton is not a letter of the
    /// main script is tried in upper case ("к" → "К" → "K" → "k").
    static func unmix(_ w: String, preferring preferred: Int32 = 25) -> String {
        guard let main = mainScript(w, preferring: preferred) else { return w }
        var out = ""
        for u in w.unicodeScalars {
            let s = ICU.script(u.value)
            if s <= 1 || s == main { out.unicodeScalars.append(u); continue }
            let c = String(u)
            var replaced = false
            // Prefer a plain ASCII look-alike ("к" → "k", not the Latin kra "ĸ").
            let cands = [ICU.skeleton(c), ICU.skeleton(c.uppercased()).lowercased()].filter { cand in
                let us = Array(cand.unicodeScalars)
                return us.count == 1 && ICU.script(us[0].value) == main
            }
            if let pick = cands.first(where: { $0.unicodeScalars.first!.value < 0x80 }) ?? cands.first {
                out += pick.lowercased(); replaced = true
            }
            if !replaced { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The script most letters of a word are in; a tie goes to `preferred`, then to the
    /// lower script code.
    static func mainScript(_ w: String, preferring preferred: Int32) -> Int32? {
        var counts: [Int32: Int] = [:]
        for u in w.unicodeScalars { let s = ICU.script(u.value); if s > 1 { counts[s, default: 0] += 1 } }
        guard let top = counts.values.max() else { return nil }
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

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        guard contains(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
