/// Word wrapping of styled text for the terminal report.
///
/// Text arrives as runs (`Run`: text and a style); the wrapper breaks it at spaces so no line
/// is wider than `width` columns, indents every line, and styles each fragment on its own, so
/// a colour never bleeds past a line end. Without colour the marks are written as
/// `[-deleted-]` and `{+inserted+}`, like `git diff --word-diff=plain`.
///
///     wrap([.plain("Talks with "), .deleted("Lough"), .inserted("Lowe"), .plain(" went on")],
///          width: 20, indent: 2, color: false)
///     // "  Talks with [-Lough-]\n  {+Lowe+} went on\n"
///
/// Widths count characters (extended grapheme clusters): a wide (East Asian) character counts
/// as one, so such lines can come out wider than `width`.
///
/// - Complexity: O(n) in the length of the text.
struct TextWrap {
    enum Style: Equatable { case plain, deleted, inserted, dim, bold, yellow, alarm }

    struct Run {
        var text: String
        var style: Style
        static func plain(_ s: String) -> Run { Run(text: s, style: .plain) }
        static func deleted(_ s: String) -> Run { Run(text: s, style: .deleted) }
        static func inserted(_ s: String) -> Run { Run(text: s, style: .inserted) }
        static func dim(_ s: String) -> Run { Run(text: s, style: .dim) }
    }

    let color: Bool

    func paint(_ s: String, _ st: Style) -> String {
        guard color, st != .plain, !s.isEmpty else { return s }
        let code: String
        switch st {
        case .plain: return s
        case .deleted: code = "31"
        case .inserted: code = "32"
        case .dim: code = "2"
        case .bold: code = "1"
        case .yellow: code = "33"
        case .alarm: code = "1;31"
        }
        return "\u{1B}[\(code)m\(s)\u{1B}[0m"
    }

    /// Without colour, deleted and inserted runs carry their marks as text.
    func normalized(_ runs: [Run]) -> [Run] {
        if color { return runs }
        return runs.map { r in
            switch r.style {
            case .deleted: return .plain("[-" + r.text + "-]")
            case .inserted: return .plain("{+" + r.text + "+}")
            default: return .plain(r.text)
            }
        }
    }

    /// The runs as lines of at most `width` columns, each starting with `indent` spaces
    /// (`first` replaces the indent of the first line when given), each ending in "\n".
    func wrap(_ runs: [Run], width: Int, indent: Int, first: String? = nil) -> String {
        let pad = String(repeating: " ", count: indent)
        let avail = max(20, width - indent)
        // Words: maximal runs of non-space characters, as styled fragments.
        var words: [[(String, Style)]] = []
        var cur: [(String, Style)] = []
        for r in normalized(runs) {
            // Break at white space first (tabs and line ends are spaces here), then escape
            // each piece, so an escaped control character never splits or joins words.
            var frag = ""
            for ch in r.text {
                if ch == " " || ch == "\n" || ch == "\t" || ch == "\r\n" || ch == "\r" {
                    if !frag.isEmpty { cur.append((TerminalText.escape(frag), r.style)); frag = "" }
                    if !cur.isEmpty { words.append(cur); cur = [] }
                } else {
                    frag.append(ch)
                }
            }
            if !frag.isEmpty { cur.append((TerminalText.escape(frag), r.style)) }
        }
        if !cur.isEmpty { words.append(cur) }

        var out = first ?? pad
        var firstLine = true
        var used = 0
        // The current line's fragments; adjacent ones of one style are painted together.
        var line: [(String, Style)] = []
        var lineWidth: Int { firstLine && first != nil ? max(20, width - first!.count) : avail }
        func put(_ s: String, _ st: Style) {
            if let last = line.last, last.1 == st { line[line.count - 1].0 += s } else { line.append((s, st)) }
        }
        func flushLine() { for (t, st) in line { out += paint(t, st) }; line = [] }
        func newline() { flushLine(); out += "\n" + pad; used = 0; firstLine = false }
        for w in words {
            let len = w.reduce(0) { $0 + $1.0.count }
            if used > 0 && used + 1 + len > lineWidth {
                newline()
            } else if used > 0 {
                // A space inside a marked passage takes the passage's style.
                let st = line.last?.1 == w.first?.1 ? w.first!.1 : .plain
                put(" ", st); used += 1
            }
            for (text, st) in w {
                var rest = Substring(text)
                // A word longer than a line is cut at the line width.
                while len > lineWidth && used + rest.count > lineWidth {
                    let room = lineWidth - used
                    if room <= 0 { newline(); continue }
                    put(String(rest.prefix(room)), st)
                    rest = rest.dropFirst(room)
                    newline()
                }
                put(String(rest), st)
                used += rest.count
            }
        }
        flushLine()
        return out + "\n"
    }
}
