/// Markdown → the same bytes with markup blanked out.
///
/// Offsets must keep indexing the source (`source[start..<end]` is the sentence as written), so
/// instead of rewriting Markdown into plain text this replaces syntax with spaces in a copy of
/// the same length: heading and list markers, block quotes, emphasis, code spans, link targets,
/// images, inline HTML tags, reference definitions and YAML front matter (kept as metadata).
/// Example: `## The **big** [deal](http://x)` → `   The   big    deal           `.
/// - Complexity: O(n).
enum MarkdownMasker {
    struct Result {
        var analysis: [UInt8]
        var frontMatter: [(String, String)]
    }

    /// End offset (after the closing line) of YAML front matter at the very start, if any.
    static func frontMatterEnd(_ b: [UInt8]) -> Int? {
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard b.count >= i + 4, b[i] == 45, b[i + 1] == 45, b[i + 2] == 45, b[i + 3] == 10 || b[i + 3] == 13 else { return nil }
        i += 3
        while i < b.count, b[i] != 10 { i += 1 }
        i += 1
        var sawKey = false
        var lineStart = i
        while lineStart < b.count {
            var e = lineStart
            while e < b.count, b[e] != 10 { e += 1 }
            let line = b[lineStart..<e].filter { $0 != 13 }
            if line.elementsEqual([45, 45, 45]) || line.elementsEqual([46, 46, 46]) {
                return sawKey ? min(b.count, e + 1) : nil
            }
            if line.contains(58) { sawKey = true }
            else if !line.isEmpty && !(line.first == 32 || line.first == 45 || line.first == 35) { return nil }
            lineStart = e + 1
            if lineStart - i > 65536 { return nil }
        }
        return nil
    }

    static func mask(_ src: [UInt8]) -> Result {
        var a = src
        var meta: [(String, String)] = []
        var pos = 0
        if let fmEnd = frontMatterEnd(src) {
            let body = String(decoding: src[0..<fmEnd], as: UTF8.self)
            for line in body.split(separator: "\n").dropFirst() {
                guard let c = line.firstIndex(of: ":"), line.first != " ", line.first != "-" else { continue }
                let key = line[..<c].trimmingCharacters(in: " \t\r")
                var val = line[line.index(after: c)...].trimmingCharacters(in: " \t\r")
                if val.count >= 2, let f = val.first, f == "\"" || f == "'", val.last == f { val = String(val.dropFirst().dropLast()) }
                if !key.isEmpty && !val.isEmpty { meta.append((key, val)) }
            }
            for i in 0..<fmEnd where a[i] != 10 { a[i] = 32 }
            pos = fmEnd
        }
        // Block syntax line by line; inline syntax per paragraph, since a link or emphasis
        // may wrap onto the next line.
        var inFence = false
        var para: (Int, Int)? = nil
        func flush() { if let p = para { maskInline(src, &a, p.0, p.1) }; para = nil }
        while pos < src.count {
            var end = pos
            while end < src.count, src[end] != 10 { end += 1 }
            if let code = maskLine(src, &a, pos, end, &inFence) {
                let inlineStart = code < 0 ? -code - 1 : code
                if code < 0 { flush() }
                if let p = para { para = (p.0, end) } else { para = (inlineStart, end) }
            } else {
                flush()
            }
            pos = end + 1
        }
        flush()
        return Result(analysis: a, frontMatter: meta)
    }

    private static func blank(_ a: inout [UInt8], _ r: Range<Int>) {
        for i in r where a[i] != 10 { a[i] = 32 }
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80
    }

    /// Blanks a line's block syntax; returns where its inline text starts, or nil for a line
    /// that ends a paragraph (blank, fence, rule, heading, definition).
    private static func maskLine(_ s: [UInt8], _ a: inout [UInt8], _ start: Int, _ end: Int, _ inFence: inout Bool) -> Int? {
        var i = start
        while i < end, s[i] == 32 || s[i] == 9 { i += 1 }
        // Fences and thematic breaks.
        if end - i >= 3, (s[i] == 96 && s[i + 1] == 96 && s[i + 2] == 96) || (s[i] == 126 && s[i + 1] == 126 && s[i + 2] == 126) {
            inFence.toggle(); blank(&a, start..<end); return nil
        }
        if inFence { return nil }
        if i >= end || s[i..<end].allSatisfy({ $0 == 13 }) { return nil }
        let rest = s[i..<end].filter { $0 != 32 && $0 != 13 }
        if rest.count >= 3, let f = rest.first, f == 45 || f == 42 || f == 95 || f == 61, rest.allSatisfy({ $0 == f }) {
            blank(&a, start..<end); return nil
        }
        // Reference definitions: [id]: url
        if i < end, s[i] == 91, let close = s[i..<end].firstIndex(of: 93), close + 1 < end, s[close + 1] == 58 {
            blank(&a, start..<end); return nil
        }
        // Block quotes, headings, list markers (possibly nested: "> * ").
        var changed = true
        var heading = false
        var item = false
        while changed && i < end {
            changed = false
            if s[i] == 62 { a[i] = 32; i += 1; while i < end, s[i] == 32 { i += 1 }; changed = true; continue }
            if s[i] == 35 {
                var j = i
                while j < end, s[j] == 35 { j += 1 }
                if j - i <= 6, j == end || s[j] == 32 {
                    blank(&a, i..<j); i = j; heading = true
                    // Closing hashes.
                    var e = end
                    while e > i, s[e - 1] == 32 || s[e - 1] == 13 { e -= 1 }
                    var h = e
                    while h > i, s[h - 1] == 35 { h -= 1 }
                    if h < e, h > i, s[h - 1] == 32 { blank(&a, h..<e) }
                    changed = true; continue
                }
            }
            if (s[i] == 42 || s[i] == 45 || s[i] == 43), i + 1 < end, s[i + 1] == 32 {
                a[i] = 32; i += 2; changed = true; item = true; continue
            }
            var j = i
            while j < end, s[j] >= 48, s[j] <= 57, j - i < 9 { j += 1 }
            if j > i, j + 1 < end, s[j] == 46 || s[j] == 41, s[j + 1] == 32 {
                blank(&a, i..<(j + 1)); i = j + 2; changed = true; item = true; continue
            }
        }
        // A heading is a paragraph of its own; a list item starts one.
        if heading { maskInline(s, &a, i, end); return nil }
        return item ? -(i + 1) : i
    }

    /// Blanks inline syntax in `s[start..<end]`. Links nest (`[a [b](u) c](v)`): the text of
    /// a link is masked in the same pass, with an explicit stack of the links still open, so
    /// no input depth reaches the call stack.
    /// - Complexity: O(end − start): brackets are matched once up front (`LinkIndex`).
    private static func maskInline(_ s: [UInt8], _ a: inout [UInt8], _ start: Int, _ end: Int) {
        guard start < end else { return }
        var index: LinkIndex? = nil // built at the first `[`: most paragraphs have none
        func links() -> LinkIndex {
            if let x = index { return x }
            index = LinkIndex(s, start, end)
            return index!
        }
        // Open links: where their text starts, its closing `]`, and the end of the construct.
        var open: [(textStart: Int, closeText: Int, closeAll: Int)] = []
        var lo = start, hi = end
        var i = start
        while true {
            if i >= hi {
                guard let top = open.popLast() else { break }
                blank(&a, top.closeText..<top.closeAll)
                i = top.closeAll
                lo = open.last?.textStart ?? start
                hi = open.last?.closeText ?? end
                continue
            }
            let c = s[i]
            switch c {
            case 33 where i + 1 < hi && s[i + 1] == 91: // ![alt](url)
                if let (_, closeAll) = links().extent(s, i + 1, hi) { blank(&a, i..<closeAll); i = closeAll; continue }
            case 91: // [text](url) or [text][ref]
                if let (closeText, closeAll) = links().extent(s, i, hi) {
                    a[i] = 32
                    open.append((i + 1, closeText, closeAll))
                    lo = i + 1; hi = closeText
                    i += 1; continue
                }
            case 96: // `code`
                a[i] = 32
            case 42, 126: // * ** ~~ emphasis and strike
                a[i] = 32
            case 95: // _ emphasis only at a word edge (snake_case stays)
                let prevWord = i > lo && isWordByte(s[i - 1])
                let nextWord = i + 1 < hi && isWordByte(s[i + 1])
                if !(prevWord && nextWord) { a[i] = 32 }
            case 60: // inline HTML tag or autolink
                var j = i + 1
                while j < hi, s[j] != 62, s[j] != 60 { j += 1 }
                if j < hi, s[j] == 62, j > i + 1, isWordByte(s[i + 1]) || s[i + 1] == 47 || s[i + 1] == 33 {
                    let inner = String(decoding: s[(i + 1)..<j], as: UTF8.self)
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.contains("@") && !inner.contains(" ") {
                        a[i] = 32; a[j] = 32
                    } else {
                        blank(&a, i..<(j + 1))
                    }
                    i = j + 1; continue
                }
            case 92 where i + 1 < hi && s[i + 1] < 0x80 && !isWordByte(s[i + 1]) && s[i + 1] != 32: // backslash escape
                a[i] = 32; i += 2; continue
            default: break
            }
            i += 1
        }
    }

    /// Bracket and parenthesis matches of one paragraph, found in one pass with a stack, so
    /// that finding a link's extent costs O(1) instead of a scan to the end of the paragraph
    /// for every `[` (which made `[x](` repeated quadratic).
    struct LinkIndex {
        let base: Int
        /// For each `[` / `(`: the offset of its matching `]` / `)` (by depth), or −1.
        var closeOf: [Int32]
        /// For each offset: the first `]` at or after it, or −1.
        var nextClose: [Int32]

        init(_ s: [UInt8], _ start: Int, _ end: Int) {
            base = start
            closeOf = [Int32](repeating: -1, count: end - start)
            nextClose = [Int32](repeating: -1, count: end - start + 1)
            var brackets: [Int32] = [], parens: [Int32] = []
            for j in start..<end {
                switch s[j] {
                case 91: brackets.append(Int32(j))
                case 93: if let o = brackets.popLast() { closeOf[Int(o) - start] = Int32(j) }
                case 40: parens.append(Int32(j))
                case 41: if let o = parens.popLast() { closeOf[Int(o) - start] = Int32(j) }
                default: break
                }
            }
            var next: Int32 = -1
            for j in stride(from: end - 1, through: start, by: -1) {
                if s[j] == 93 { next = Int32(j) }
                nextClose[j - start] = next
            }
        }

        /// For `[` at `open`: the offset of the matching `]` and the end of the link
        /// construct, both before `end`.
        func extent(_ s: [UInt8], _ open: Int, _ end: Int) -> (Int, Int)? {
            let j = Int(closeOf[open - base])
            guard j >= 0, j + 1 < end else { return nil }
            if s[j + 1] == 40 { // (url "title")
                let k = Int(closeOf[j + 1 - base])
                return k >= 0 && k < end ? (j, k + 1) : nil
            }
            if s[j + 1] == 91, j + 2 < end { // [text][ref]
                let k = Int(nextClose[j + 2 - base])
                return k >= 0 && k < end ? (j, k + 1) : nil
            }
            return nil
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var a = self[...]
        while let f = a.first, set.contains(f) { a = a.dropFirst() }
        while let l = a.last, set.contains(l) { a = a.dropLast() }
        return String(a)
    }
}
