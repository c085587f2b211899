/// Byte-level helpers for UTF-8 text. Hot loops work on bytes, not `String`.
enum UTF8Scan {
    /// Decodes the scalar at `i`; returns it and its length in bytes (invalid bytes → U+FFFD, 1).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        let n = b.count
        if c0 & 0xE0 == 0xC0, i + 1 < n { return ((c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c0 & 0xF0 == 0xE0, i + 2 < n { return ((c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if c0 & 0xF8 == 0xF0, i + 3 < n {
            return ((c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// White space for trimming and token separation (`Whitespace`, the table in
    /// Vocabulary/UnicodeClasses.swift).
    @inline(__always)
    static func isSpace(_ u: UInt32) -> Bool { Whitespace.contains(u) }

    /// Invisible characters that change no visible text: every code point ICU gives the
    /// Default_Ignorable_Code_Point property (soft hyphen, zero-width space/joiners, direction
    /// marks and embeddings, word joiner, BOM/ZWNBSP, variation selectors, Hangul fillers, TAG
    /// characters, …). Inside a word they are part of it (and vanish from its matching key);
    /// between words they are ignored.
    @inline(__always)
    static func isIgnorable(_ u: UInt32) -> Bool {
        if u < 0xAD { return false } // the first default-ignorable code point is U+00AD
        return Invisible.isDefaultIgnorable(u)
    }

    @inline(__always)
    static func isLetter(_ u: UInt32) -> Bool {
        if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
        // General Punctuation (curly quotes, dashes, spaces): no letters or marks there.
        if u >= 0x2000 && u <= 0x206F { return false }
        guard let s = Unicode.Scalar(u) else { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isDigit(_ u: UInt32) -> Bool {
        if u < 0x80 { return u >= 0x30 && u <= 0x39 }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isUpper(_ u: UInt32) -> Bool {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ u: UInt32) -> Bool {
        if u < 0x80 { return u >= 0x61 && u <= 0x7A }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isLowercase
    }
}
