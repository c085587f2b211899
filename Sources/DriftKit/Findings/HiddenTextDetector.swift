/// `hidden-text`: text that reads the same but is not, in the copy.
/// - invisible characters inside the text: zero-width spaces and joiners, word joiners,
///   soft hyphens inside words, a byte-order mark after the start;
/// - bidirectional controls that reorder what is displayed (the "Trojan Source" trick);
/// - look-alike letters from another script inside a word (a Latin "Kyiv" spelled with a
///   Cyrillic "К"), found from the letters' Unicode scripts and reported with ICU's
///   confusable skeleton;
/// - in HTML, text hidden from readers (`hidden`, `aria-hidden`, `display:none`,
///   `visibility:hidden`, zero font size) that a copy-paste would carry.
/// Matching already sees through the first three (see `Tokenizer`), so the disguised text
/// still aligns with its source; this detector says it was disguised, with the code points.
/// A disguise the original has at the same place is the original's, not the copy's.
enum HiddenTextDetector {
    static func codePoint(_ u: UInt32) -> String {
        let hex = String(u, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " " + ICU.charName(u)
    }

    static func isBidiControl(_ u: UInt32) -> Bool { (0x202A...0x202E).contains(u) || (0x2066...0x2069).contains(u) || u == 0x061C }

    /// Zero-width joiners are part of some scripts and of emoji sequences: only between two
    /// letters of Latin, Cyrillic or Greek are they a disguise.
    static func isSuspiciousIgnorable(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ u: UInt32, _ l: Int, lo: Int, hi: Int) -> Bool {
        guard UTF8Scan.isIgnorable(u), !isBidiControl(u) else { return false }
        if u == 0xFEFF && i == 0 { return false }
        if u == 0xAD {
            // A soft hyphen inside a word (between two letters) hides a word from search.
            return i > lo && i + l < hi && UTF8Scan.isLetter(Segmenter.lastScalar(b, before: i).0) && UTF8Scan.isLetter(UTF8Scan.scalar(b, i + l).0)
        }
        if u == 0x200C || u == 0x200D {
            guard i > lo, i + l < hi else { return false }
            let p = Segmenter.lastScalar(b, before: i).0, n = UTF8Scan.scalar(b, i + l).0
            let simple: Set<Int32> = [25, 8, 14] // Latin, Cyrillic, Greek
            return simple.contains(ICU.script(p)) && simple.contains(ICU.script(n))
        }
        if u == 0x200E || u == 0x200F { return false } // direction marks: legitimate in mixed-direction text
        return true
    }

    struct Hit { var offset: Int; var cp: UInt32; var what: String }

    static func scan(_ d: Document, _ s: Sentence) -> [Hit] {
        var hits: [Hit] = []
        d.source.text.withUnsafeBufferPointer { b in
            var i = s.start
            while i < s.end {
                let (u, l) = UTF8Scan.scalar(b, i)
                if isBidiControl(u) { hits.append(Hit(offset: i, cp: u, what: "bidirectional control")) }
                else if isSuspiciousIgnorable(b, i, u, l, lo: s.start, hi: s.end) { hits.append(Hit(offset: i, cp: u, what: "invisible character")) }
                i += l
            }
            for t in s.tokens where t.kind == .word {
                let raw = String(decoding: UnsafeBufferPointer(rebasing: b[t.start..<t.end]), as: UTF8.self)
                guard Tokenizer.isMixedScript(raw) else { continue }
                // The letters outside the word's main script.
                let preferred: Int32 = ["ru", "uk", "bg", "sr"].contains(d.language) ? 8 : 25
                guard let main = Tokenizer.mainScript(raw, preferring: preferred) else { continue }
                var off = t.start
                for u in raw.unicodeScalars {
                    let sc = ICU.script(u.value)
                    if sc > 1 && sc != main { hits.append(Hit(offset: off, cp: u.value, what: "look-alike letter in “\(Tokenizer.unmix(raw, preferring: preferred))”")) }
                    off += UTF8.width(u)
                }
            }
        }
        return hits.sorted { $0.offset < $1.offset }
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for s in ctx.c.sentences {
            var hits = scan(ctx.c, s)
            guard !hits.isEmpty else { continue }
            let k = ctx.beadOfCopy[s.id]
            let bead = k >= 0 ? ctx.al.beads[k] : nil
            // Disguises the original sentence has too are not the copy's doing.
            if let b = bead {
                let origCPs = Set(b.original.flatMap { scan(ctx.o, ctx.o.sentences[$0]).map(\.cp) })
                hits.removeAll { origCPs.contains($0.cp) }
            }
            guard !hits.isEmpty else { continue }
            let kinds = Set(hits.map { $0.what.hasPrefix("look-alike") ? "look-alike letters" : $0.what + "s" }).sorted()
            let listed = hits.prefix(8).map { "\(codePoint($0.cp)) at byte \($0.offset) (\($0.what))" }.joined(separator: "; ") + (hits.count > 8 ? "; …" : "")
            var f = Finding(Rules.hiddenTextCharacters,
                            original: bead.flatMap { ctx.originalSpan($0) }, copy: ctx.span(ctx.c, [s.id]),
                            message: "the copy hides characters in this sentence: \(kinds.joined(separator: ", ")) (\(hits.count))",
                            why: listed)
            f.words = hits.map { codePoint($0.cp) }
            f.bead = k >= 0 ? k : nil
            out.append(f)
        }
        for block in ctx.c.source.hiddenBlocks {
            let words = block.split(whereSeparator: { $0.isWhitespace }).count
            let shown = block.count > 300 ? String(block.prefix(299)) + "…" : block
            var f = Finding(Rules.hiddenTextHTMLHiddenElement, weaker: words < 5, original: nil, copy: nil,
                            message: "the HTML page hides text from readers that a copy-paste would carry: “\(shown)”",
                            why: "an element marked hidden (hidden attribute, aria-hidden, display:none, visibility:hidden or zero font size) holds \(words) words; drift leaves it out of the compared text")
            f.words = [block]
            out.append(f)
        }
        return out
    }
}
