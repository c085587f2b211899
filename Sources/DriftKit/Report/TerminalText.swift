/// Makes untrusted text safe for a terminal: every control and invisible character is shown
/// as `\u{…}` instead of being emitted, so no escape sequence, bidirectional override or
/// hidden character from a document or a file name reaches the terminal.
///
/// Escaped: C0 and C1 controls (ESC included, so `ESC ] 0;…` cannot retitle the terminal)
/// except the line feed; format characters (general category Cf: soft hyphen U+00AD, U+180E,
/// bidi controls, TAG characters U+E0000–E007F, zero-width characters); line and paragraph
/// separators; private-use and unassigned code points; and every code point with Unicode's
/// Default_Ignorable_Code_Point property (U+034F, variation selectors, fillers) — the one
/// table of them (`Invisible`, from ICU), not a hand list.
///
///     TerminalText.escape("Pu\u{AD}tin\u{1B}]0;x")   // "Pu\\u{AD}tin\\u{1B}]0;x"
///
/// - Complexity: O(n) in the length of the string; strings with nothing to escape are
///   returned as they are after one scan.
public enum TerminalText {
    public static func escape(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u) { needs = true; break }
        guard needs else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isUnsafe(u) { out += "\\u{\(String(u.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The same, with line breaks escaped too: for one-line contexts (error messages, file
    /// names in a table).
    public static func escapeLine(_ s: String) -> String {
        escape(s).replacingAll("\n", with: "\\n")
    }

    static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v == 0x0A { return false }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if v < 0xA0 { return false } // printable ASCII: the common case, no property lookup
        let p = u.properties
        if Invisible.isDefaultIgnorable(v) { return true }
        switch p.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate: return true
        default: return false
        }
    }
}
