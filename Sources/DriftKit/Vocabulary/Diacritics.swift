import CICU

/// The diacritic fold of name matching: a Latin letter with diacritics → its ASCII base letter
/// ("é" → "e", "ł" → "l", "ø" → "o", "ș" → "s"), so that "Zelenskyy"/"Zelenskýy" and
/// "Malmö"/"Malmo" compare equal.
///
/// Source: ICU's `Latin-ASCII` transliteration (CLDR transform data), asked once per letter of
/// the Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional blocks
/// (U+00C0–U+024F, U+1E00–U+1EFF); a letter is folded only when ICU writes it as one ASCII
/// letter ("æ" → "ae" and "ß" → "ss" stay as they are: a fold keeps one letter for one).
/// It replaces a hand-written table of 50 letters, every one of which folds as before (tested).
/// Scale: one `Character` in, one out; read by `NameSimilarity.fold`.
extension Vocabulary {
    /// Letter (Unicode scalar value) → ASCII base letter, from ICU; built on first use.
    static let latinBases: [UInt32: Character] = {
        guard let handle = cicu_translit_open("Latin-ASCII") else { return [:] }
        defer { cicu_translit_close(handle) }
        var out: [UInt32: Character] = [:]
        var buf = [CChar](repeating: 0, count: 16)
        for u in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let s = Unicode.Scalar(u), s.properties.isAlphabetic else { continue }
            let src = String(s).utf8.map { CChar(bitPattern: $0) }
            let n = cicu_translit(handle, src, Int32(src.count), &buf, Int32(buf.count))
            guard n == 1 else { continue }
            let b = UInt8(bitPattern: buf[0])
            guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A else { continue }
            out[u] = Character(Unicode.Scalar(b))
        }
        return out
    }()

    /// The ASCII base letter of a Latin letter with diacritics written as one code point
    /// ("é" → "e"), or nil (ASCII, other scripts, letters ICU does not fold to one letter).
    static func latinBase(_ ch: Character) -> Character? {
        let us = ch.unicodeScalars
        guard us.count == 1, let u = us.first, u.value >= 0xC0 else { return nil }
        return latinBases[u.value]
    }
}
