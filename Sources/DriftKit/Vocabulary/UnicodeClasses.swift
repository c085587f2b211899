import CICU

/// Unicode character classes: the one table of code points that show nothing or show as
/// something they are not, and ICU's script codes by name.
///
/// Source: ICU's Unicode properties (Default_Ignorable_Code_Point, the decomposition types of
/// compatibility variants, UScriptCode), asked through CICU; the ranges written here are
/// Unicode's own: its Bidi_Control property less the two direction marks, the TAG block
/// U+E0000–E007F, the variation selectors, and one symbol that draws as nothing (U+2800).
/// Scale: Unicode scalar values.

/// Characters that show nothing, or show as something they are not: the one place that says
/// which code points are hidden text. The tokenizer ignores them in matching
/// (`UTF8Scan.isIgnorable`), the `hidden-text` detector names them, and every renderer shows
/// them escaped (`TerminalText.escape`, `HTMLEscape.text`) — so the sets cannot drift apart.
public enum Invisible {
    /// Default_Ignorable_Code_Point from ICU, one bit per code point of the Basic
    /// Multilingual Plane (8 KiB, filled once from ICU's ranges of the property: asking ICU
    /// code point by code point cost ≈ 4 M instructions at start-up); above it ICU is asked
    /// directly (rare).
    private static let bmp: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        var ranges = [UInt32](repeating: 0, count: 512)
        let n = Int(cicu_default_ignorable_ranges(&ranges, Int32(ranges.count)))
        if n < 0 || 2 * n > ranges.count {
            for u in UInt32(0xAD)..<0x10000 where cicu_is_default_ignorable(u) != 0 { bits[Int(u >> 6)] |= 1 << UInt64(u & 63) }
            return bits
        }
        for k in 0..<n where ranges[2 * k] < 0x10000 {
            for u in ranges[2 * k]...min(ranges[2 * k + 1], 0xFFFF) { bits[Int(u >> 6)] |= 1 << UInt64(u & 63) }
        }
        return bits
    }()

    /// True for a code point with ICU's Default_Ignorable_Code_Point property: invisible
    /// format characters (U+00AD, U+200B–U+200F, U+2060–U+206F, U+FEFF, …), variation
    /// selectors, Hangul fillers and the TAG characters U+E0000–U+E0FFF.
    @inline(__always)
    public static func isDefaultIgnorable(_ u: UInt32) -> Bool {
        if u < 0x10000 { return bmp[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0 }
        return cicu_is_default_ignorable(u) != 0
    }

    /// Bidirectional controls: embeddings, overrides, isolates and the Arabic letter mark
    /// (Unicode's Bidi_Control less U+200E/U+200F, the direction marks, which are legitimate
    /// in mixed-direction text).
    public static func isBidiControl(_ u: UInt32) -> Bool { (0x202A...0x202E).contains(u) || (0x2066...0x2069).contains(u) || u == 0x061C }

    /// Variation selectors (standard, Mongolian and ideographic): legitimate after an emoji,
    /// a CJK ideograph or a Mongolian letter, a disguise after a Latin, Cyrillic or Greek one.
    public static func isVariationSelector(_ u: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(u) || (0xE0100...0xE01EF).contains(u) || (0x180B...0x180D).contains(u) || u == 0x180F
    }

    /// TAG characters (U+E0000–U+E007F): invisible copies of ASCII ("ASCII smuggling"); the
    /// ASCII character a TAG stands for, if any.
    public static func isTag(_ u: UInt32) -> Bool { (0xE0000...0xE007F).contains(u) }
    public static func tagASCII(_ u: UInt32) -> UInt8? { (0xE0020...0xE007E).contains(u) ? UInt8(u - 0xE0000) : nil }

    /// Characters that are not default-ignorable but draw as nothing at all: U+2800 BRAILLE
    /// PATTERN BLANK (a symbol, so neither space nor format character in Unicode's data,
    /// used to pass blank-looking text through filters). Hangul fillers need no entry here:
    /// they are default-ignorable.
    public static func isBlankSymbol(_ u: UInt32) -> Bool { u == 0x2800 }

    /// True for a code point a terminal or a browser must not be handed raw: C0 and C1
    /// controls (not the newline), DEL, every default-ignorable code point (bidirectional
    /// controls included), and blank symbols.
    public static func mustEscape(_ u: UInt32) -> Bool {
        if u < 0x20 { return u != 0x0A }
        if u < 0x7F { return false }
        if u <= 0x9F { return true }
        return isDefaultIgnorable(u) || isBlankSymbol(u)
    }

    /// A letter or digit written as a font or width variant of another (mathematical bold
    /// "𝐍", fullwidth "Ｎ", "２"), which NFKC folds to the plain one.
    public static func isCompatibilityVariant(_ u: UInt32) -> Bool {
        u >= 0xFF00 && cicu_is_compatibility_alnum(u) != 0
    }
}

/// White space for trimming and token separation: ASCII space characters, NBSP, the
/// U+2000 spaces, line/paragraph separators, ideographic space, and the invisible format
/// characters that carry no text and stand between words (ZWSP U+200B, word joiner U+2060,
/// BOM U+FEFF; default-ignorable too). Source: Unicode's White_Space property (PropList.txt)
/// plus those three (tested against the standard library's property). Read by every byte scan (`UTF8Scan.isSpace`).
enum Whitespace {
    @inline(__always)
    static func contains(_ u: UInt32) -> Bool {
        switch u {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

/// Unicode scripts by name: ICU's `UScriptCode` values (uscript.h), as `cicu_script` and
/// `ICU.script` return them. Only the scripts DriftKit names are listed; any other code is
/// compared as a number.
enum Script: Int32 {
    /// Punctuation, digits, symbols shared by all scripts.
    case common = 0
    /// Combining marks that take the script of the letter before them.
    case inherited = 1
    case cyrillic = 8
    case greek = 14
    case latin = 25

    /// The ICU code, for comparison with `ICU.script`.
    var code: Int32 { rawValue }

    /// True for Common and Inherited: characters that belong to no one script, so never make a
    /// word mixed-script.
    static func isShared(_ code: Int32) -> Bool { code <= Script.inherited.rawValue }
}
