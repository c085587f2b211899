/// Sentence text → tokens with matching keys.
///
/// A word is a run of letters and marks, digits, and inner apostrophes ("he’s"); inner dots
/// join single letters ("U.S." → key "us"). Hyphens and dashes separate words and are
/// punctuation tokens of their own, so "long-standing" and "long—standing" differ only in
/// typography. A number is a run of digits with inner separators ("1,000", "2.5") and trailing
/// letters ("2A6", "1990s").
struct Tokenizer {
    private var cache: [String: String] = [:]

    mutating func tokens(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [Token] {
        var out: [Token] = []
        var i = s
        while i < e {
            let (u, l) = UTF8Scan.scalar(b, i)
            if UTF8Scan.isSpace(u) { i += l; continue }
            if UTF8Scan.isLetter(u) {
                var j = i + l
                var ascii = u < 0x80
                var dotted = false
                while j < e {
                    let (v, m) = UTF8Scan.scalar(b, j)
                    if UTF8Scan.isLetter(v) || UTF8Scan.isDigit(v) { ascii = ascii && v < 0x80; j += m; continue }
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
                out.append(Token(start: i, end: j, kind: .word, key: SpellingFold.fold(key(b, i, j, ascii: ascii, dropDots: dotted))))
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
            var bytes = [UInt8]()
            bytes.reserveCapacity(e - s)
            for k in s..<e {
                var c = b[k]
                if dropDots && c == 0x2E { continue }
                if c >= 65 && c <= 90 { c |= 0x20 }
                bytes.append(c)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        if let k = cache[raw] { return k }
        var folded = ICU.nfkcCasefold(raw.replacingOccurrences(of: "\u{2019}", with: "'"))
        if dropDots { folded.removeAll { $0 == "." } }
        if cache.count < 100_000 { cache[raw] = folded }
        return folded
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
