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
        return "\u{1B}[\(Self.code(st))m\(s)\u{1B}[0m"
    }

    /// The SGR parameters of a style ("" for plain).
    static func code(_ st: Style) -> String {
        switch st {
        case .plain: return ""
        case .deleted: return "31"
        case .inserted: return "32"
        case .dim: return "2"
        case .bold: return "1"
        case .yellow: return "33"
        case .alarm: return "1;31"
        }
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

    /// A fragment of a word: escaped text, its style, and its width in characters.
    struct Piece {
        var text: String
        var style: Style
        var width: Int
    }

    /// The runs as words (maximal runs of non-space characters): styled, escaped fragments
    /// in one array, and where each word's fragments end in it. Spaces, tabs and line ends
    /// separate words — as characters (extended grapheme clusters): a space that a combining
    /// mark follows is part of a word. Each piece is escaped on its own after the split, so
    /// an escaped control character never splits or joins words.
    func words(_ runs: [Run]) -> (pieces: [Piece], ends: [Int]) {
        var pieces: [Piece] = [], ends: [Int] = []
        for r in normalized(runs) {
            var text = r.text
            text.withUTF8 { u in
                // The scan reads bytes: a tab or line end is always a character of its own
                // (grapheme rules GB3–GB5), and so is a space between ASCII bytes; only a
                // space next to a non-ASCII scalar is asked of the grapheme rules.
                func separates(_ k: Int) -> Bool {
                    let b = u[k]
                    if b == 0x09 || b == 0x0A || b == 0x0D { return true }
                    guard b == 0x20 else { return false }
                    if k + 1 < u.count && u[k + 1] >= 0x80 {
                        var e = k + 2
                        while e < u.count && u[e] & 0xC0 == 0x80 { e += 1 }
                        if String(decoding: UnsafeBufferPointer(rebasing: u[k..<e]), as: UTF8.self).count == 1 { return false }
                    }
                    if k > 0 && u[k - 1] >= 0x80 {
                        var s = k - 1
                        while s > 0 && u[s] & 0xC0 == 0x80 { s -= 1 }
                        if String(decoding: UnsafeBufferPointer(rebasing: u[s...k]), as: UTF8.self).count == 1 { return false }
                    }
                    return true
                }
                // `printable`: every byte of the piece is printable ASCII (0x21–0x7E), which
                // has nothing to escape and one character a byte.
                func add(_ lo: Int, _ hi: Int, printable: Bool) {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
                    if printable { pieces.append(Piece(text: raw, style: r.style, width: hi - lo)); return }
                    let escaped = TerminalText.escape(raw)
                    pieces.append(Piece(text: escaped, style: r.style, width: escaped.count))
                }
                var start = 0, printable = true
                for k in 0..<u.count {
                    if separates(k) {
                        if k > start { add(start, k, printable: printable) }
                        if pieces.count > (ends.last ?? 0) { ends.append(pieces.count) }
                        start = k + 1
                        printable = true
                    } else if u[k] < 0x21 || u[k] > 0x7E {
                        printable = false
                    }
                }
                if u.count > start { add(start, u.count, printable: printable) }
            }
        }
        if pieces.count > (ends.last ?? 0) { ends.append(pieces.count) }
        return (pieces, ends)
    }

    /// The runs as lines of at most `width` columns, each starting with `indent` spaces
    /// (`first` replaces the indent of the first line when given), each ending in "\n".
    func wrap(_ runs: [Run], width: Int, indent: Int, first: String? = nil) -> String {
        let avail = max(20, width - indent)
        let firstWidth = first.map { max(20, width - $0.count) } ?? avail
        let (pieces, ends) = words(runs)

        // Written as UTF-8 bytes and made a String once: appending each fragment to a String
        // cost ≈ 400 instructions (the seed pair's report: 18,600 appends, 7 M instructions).
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.text.utf8.count + 1 } + indent + 16)
        if let first { out.append(contentsOf: first.utf8) } else { out.append(contentsOf: repeatElement(0x20, count: indent)) }
        var firstLine = true
        var used = 0
        // The current line's bytes and where each fragment of one style starts in them;
        // adjacent fragments of one style are painted together.
        var line: [UInt8] = []
        var fragments: [(start: Int, style: Style)] = []
        var lineWidth: Int { firstLine ? firstWidth : avail }
        func put<S: StringProtocol>(_ s: S, _ st: Style) {
            if fragments.last?.style != st { fragments.append((line.count, st)) }
            line.append(contentsOf: s.utf8)
        }
        func flushLine() {
            for (k, f) in fragments.enumerated() {
                let bytes = line[f.start..<(k + 1 < fragments.count ? fragments[k + 1].start : line.count)]
                paint(bytes, f.style, into: &out)
            }
            line.removeAll(keepingCapacity: true)
            fragments.removeAll(keepingCapacity: true)
        }
        func newline() {
            flushLine()
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: indent))
            used = 0; firstLine = false
        }
        var wordStart = 0
        for wordEnd in ends {
            let w = pieces[wordStart..<wordEnd]
            wordStart = wordEnd
            let len = w.reduce(0) { $0 + $1.width }
            if used > 0 && used + 1 + len > lineWidth {
                newline()
            } else if used > 0 {
                // A space inside a marked passage takes the passage's style.
                let st = fragments.last?.style == w.first?.style ? w.first!.style : .plain
                put(" ", st); used += 1
            }
            for p in w {
                guard len > lineWidth && used + p.width > lineWidth else {
                    put(p.text, p.style)
                    used += p.width
                    continue
                }
                // A word longer than a line is cut at the line width.
                var rest = Substring(p.text)
                while len > lineWidth && used + rest.count > lineWidth {
                    let room = lineWidth - used
                    if room <= 0 { newline(); continue }
                    put(rest.prefix(room), p.style)
                    rest = rest.dropFirst(room)
                    newline()
                }
                put(rest, p.style)
                used += rest.count
            }
        }
        flushLine()
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// `paint(s, st)`'s bytes, appended to `out`.
    private func paint(_ s: ArraySlice<UInt8>, _ st: Style, into out: inout [UInt8]) {
        guard color, st != .plain, !s.isEmpty else { out.append(contentsOf: s); return }
        out.append(contentsOf: "\u{1B}[\(Self.code(st))m".utf8)
        out.append(contentsOf: s)
        out.append(contentsOf: "\u{1B}[0m".utf8)
    }
}
