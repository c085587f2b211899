/// `hidden-text`: text that reads the same but is not, in the copy.
/// - invisible characters inside the text: zero-width spaces and joiners, word joiners,
///   soft hyphens inside words, a byte-order mark after the start;
/// - bidirectional controls that reorder what is displayed (the "Trojan Source" trick);
/// - look-alike letters from another script inside a word (a Latin "Kyiv" spelled with a
///   Cyrillic "К"), found from the letters' Unicode scripts and reported with ICU's
///   confusable skeleton;
/// - in HTML, text hidden from readers (`hidden`, `aria-hidden`, `display:none`,
///   `visibility:hidden`, zero font size, opacity 0, off-screen, classes the page's own CSS hides) that a copy-paste would carry.
/// Matching already sees through the first three (see `Tokenizer`), so the disguised text
/// still aligns with its source; this detector says it was disguised, with the code points.
/// A disguise the original has at the same place is the original's, not the copy's.
enum HiddenTextDetector: Detector {
    static let phase = "hidden-text"

    static func codePoint(_ u: UInt32) -> String {
        let hex = String(u, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " " + ICU.charName(u)
    }

    static func isBidiControl(_ u: UInt32) -> Bool { Invisible.isBidiControl(u) }

    /// Scripts whose words a joiner or a variation selector has no business inside.
    static let simpleScripts: Set<Int32> = [Script.latin.code, Script.cyrillic.code, Script.greek.code]

    /// Every default-ignorable code point (ICU's property) is hidden text, except where it
    /// does a job: zero-width joiners and variation selectors belong to emoji, to some
    /// scripts and to CJK ideographs (only after a Latin, Cyrillic or Greek letter are they a
    /// disguise); direction marks belong to mixed-direction text; a soft hyphen is a
    /// disguise only inside a word; a BOM at the very start is an encoding mark.
    static func isSuspiciousIgnorable(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ u: UInt32, _ l: Int, lo: Int, hi: Int) -> Bool {
        if Invisible.isBlankSymbol(u) { return true }
        guard UTF8Scan.isIgnorable(u), !isBidiControl(u) else { return false }
        if u == 0xFEFF && i == 0 { return false }
        if u == 0xAD {
            // A soft hyphen inside a word (between two letters) hides a word from search.
            return i > lo && i + l < hi && UTF8Scan.isLetter(Segmenter.lastScalar(b, before: i).0) && UTF8Scan.isLetter(UTF8Scan.scalar(b, i + l).0)
        }
        if Invisible.isVariationSelector(u) {
            guard i > lo else { return false }
            let p = Segmenter.lastScalar(b, before: i).0
            return UTF8Scan.isLetter(p) && simpleScripts.contains(ICU.script(p))
        }
        if u == 0x200C || u == 0x200D {
            guard i > lo, i + l < hi else { return false }
            let p = Segmenter.lastScalar(b, before: i).0, n = UTF8Scan.scalar(b, i + l).0
            return simpleScripts.contains(ICU.script(p)) && simpleScripts.contains(ICU.script(n))
        }
        if u == 0x200E || u == 0x200F { return false } // direction marks: legitimate in mixed-direction text
        return true
    }

    struct Hit { var offset: Int; var cp: UInt32; var what: String }

    /// What one sentence hides: the hits, and the ASCII text that runs of TAG characters
    /// spell ("ASCII smuggling": invisible to readers, read by machines).
    struct Scan { var hits: [Hit] = []; var smuggled: [String] = [] }

    /// The script a document's words are expected in: Cyrillic for Russian, Ukrainian,
    /// Bulgarian and Serbian, Greek for Greek, Latin otherwise.
    static func preferredScript(_ d: Document) -> Int32 {
        if ["ru", "uk", "bg", "sr", "be", "mk"].contains(d.language) { return Script.cyrillic.code }
        return d.language == "el" ? Script.greek.code : Script.latin.code
    }

    /// Languages that write fullwidth Latin letters and digits as a matter of course.
    static let fullwidthLanguages: Set<String> = ["zh", "ja", "ko"]

    /// Words of a sentence as written: runs between white space, outer punctuation trimmed
    /// ("(2О18)," → "2О18"), with their byte offsets.
    static func runs(_ b: UnsafeBufferPointer<UInt8>, _ s: Sentence) -> [(start: Int, text: String)] {
        runRanges(b, s).map { r in (r.lowerBound, String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)) }
    }

    /// True when a byte of `b[r]` is not ASCII: the text of those bytes has a scalar
    /// from U+0080 up (a lone invalid byte decodes to U+FFFD, also above).
    @inline(__always)
    static func hasNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        SWAR.firstNonASCII(b, from: r.lowerBound, to: r.upperBound) < r.upperBound
    }

    /// The byte ranges of `runs` (no text made). An ASCII byte is looked up in a table of the
    /// same tests' answers instead of being decoded (the generated 10k pair, whose sentences
    /// nearly all hold a curly quote or a dash: 17,500 instructions a sentence before, in
    /// callgrind).
    static func runRanges(_ b: UnsafeBufferPointer<UInt8>, _ s: Sentence) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = s.start
        let space = asciiSpace, kept = asciiKept
        // The scalar starting at byte k: a space? kept? its length.
        func at(_ k: Int) -> (space: Bool, keep: Bool, length: Int) {
            let c = b[k]
            if c < 0x80 { return (space[Int(c)], kept[Int(c)], 1) }
            let (u, l) = UTF8Scan.scalar(b, k)
            return (UTF8Scan.isSpace(u), keep(u), l)
        }
        // The scalar ending at byte k: kept? its length.
        func before(_ k: Int) -> (keep: Bool, length: Int) {
            let c = b[k - 1]
            if c < 0x80 { return (kept[Int(c)], 1) }
            let (u, l) = Segmenter.lastScalar(b, before: k)
            return (keep(u), l)
        }
        while i < s.end {
            while i < s.end, case let x = at(i), x.space { i += x.length }
            var j = i
            while j < s.end, case let x = at(j), !x.space { j += x.length }
            var a = i, e = j
            while a < e, case let x = at(a), !x.keep { a += x.length }
            while e > a, case let x = before(e), !x.keep { e -= x.length }
            if a < e { out.append(a..<e) }
            i = j
        }
        return out
    }

    /// What a run keeps at its ends: letters, digits and invisible characters.
    private static func keep(_ u: UInt32) -> Bool { UTF8Scan.isLetter(u) || UTF8Scan.isDigit(u) || UTF8Scan.isIgnorable(u) }
    /// `UTF8Scan.isSpace` and `keep` of each ASCII scalar, by byte.
    private static let asciiSpace: [Bool] = (0..<128).map { UTF8Scan.isSpace(UInt32($0)) }
    private static let asciiKept: [Bool] = (0..<128).map { keep(UInt32($0)) }

    /// The hidden text in one sentence of `d`. `reference`, when given, holds the words of the
    /// original sentences it is aligned with: a word of the copy that reads the same as one
    /// of them (equal UTS #39 confusable skeletons, from ICU) but is written with other
    /// letters or digits is a look-alike disguise, even when every letter of it is in one
    /// script (a Greek "ΝΑΤΟ" for "NATO", a Cyrillic "О" in "2О18").
    ///
    /// `reference(false)` may leave out the words written in ASCII alone (`reference(true)`
    /// gives them all): a copy word found among the others is the original's and is skipped
    /// before the whole list is made.
    static func scan(_ d: Document, _ s: Sentence, reference: ((_ all: Bool) -> [String])? = nil) -> Scan {
        var out = Scan()
        let preferred = preferredScript(d)
        let checkWidth = !fullwidthLanguages.contains(d.language)
        d.source.text.withUnsafeBufferPointer { b in
            var i = s.start
            while i < s.end {
                // ASCII (most bytes of most text): no tag, control, invisible or width variant.
                if b[i] < 0x80 { i = SWAR.firstNonASCII(b, from: i + 1, to: s.end); continue }
                let (u, l) = UTF8Scan.scalar(b, i)
                if Invisible.isTag(u) {
                    // A run of TAG characters: after U+1F3F4 and ended by CANCEL TAG it is an
                    // emoji subdivision flag (England, Scotland, Wales); otherwise smuggled text.
                    var j = i, spelled: [UInt8] = [], last: UInt32 = 0
                    while j < s.end, case let (v, m) = UTF8Scan.scalar(b, j), Invisible.isTag(v) {
                        if let a = Invisible.tagASCII(v) { spelled.append(a) }
                        last = v; j += m
                    }
                    let flag = i > s.start && Segmenter.lastScalar(b, before: i).0 == 0x1F3F4 && last == 0xE007F
                    if !flag {
                        var k = i
                        while k < j { let (v, m) = UTF8Scan.scalar(b, k); out.hits.append(Hit(offset: k, cp: v, what: "TAG character")); k += m }
                        if !spelled.isEmpty { out.smuggled.append(String(decoding: spelled, as: UTF8.self)) }
                    }
                    i = j; continue
                }
                if isBidiControl(u) { out.hits.append(Hit(offset: i, cp: u, what: "bidirectional control")) }
                else if isSuspiciousIgnorable(b, i, u, l, lo: s.start, hi: s.end) {
                    out.hits.append(Hit(offset: i, cp: u, what: Invisible.isBlankSymbol(u) ? "blank symbol" : "invisible character"))
                } else if checkWidth && Invisible.isCompatibilityVariant(u) {
                    let plain = ICU.nfkcCasefold(String(Unicode.Scalar(u)!))
                    out.hits.append(Hit(offset: i, cp: u, what: "font or width variant of “\(plain)”"))
                }
                i += l
            }
            var named = Set(out.hits.map(\.offset))
            // Words that read like a word of the original but are written with other characters.
            if let reference {
                // Only words with a letter beyond ASCII can be written with other letters
                // (the text of a run is made only for those).
                let candidates = hasNonASCII(b, s.start..<s.end)
                    ? runRanges(b, s).filter { hasNonASCII(b, $0) }.map { r in (r.lowerBound, String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)) }
                    : []
                // Every candidate written as in the original (its words beyond ASCII, a subset
                // of all its words): nothing to look for.
                let some = candidates.isEmpty ? [] : reference(false)
                let settled = candidates.isEmpty || { let known = Set(some); return candidates.allSatisfy { known.contains($0.1) } }()
                let words = settled ? [] : reference(true)
                let plain = Set(words)
                var skeletons: [String: String]? = nil
                for (start, w) in candidates where !plain.contains(w) && !words.isEmpty {
                    if skeletons == nil {
                        var m: [String: String] = [:]
                        for r in words { let k = ICU.skeleton(r); if m[k] == nil { m[k] = r } }
                        skeletons = m
                    }
                    guard let o = skeletons![ICU.skeleton(w)] else { continue }
                    let theirs = Set(o.unicodeScalars)
                    var off = start
                    for u in w.unicodeScalars {
                        if !theirs.contains(u), UTF8Scan.isLetter(u.value) || UTF8Scan.isDigit(u.value), !named.contains(off) {
                            out.hits.append(Hit(offset: off, cp: u.value, what: "look-alike letter in “\(o)”"))
                            named.insert(off)
                        }
                        off += UTF8.width(u)
                    }
                }
            }
            // Words mixing scripts: the letters outside the script the word is meant in.
            for t in s.tokens where t.kind == .word && hasNonASCII(b, t.start..<t.end) {
                // (An ASCII word is all Latin letters and digits: never mixed.)
                let raw = String(decoding: UnsafeBufferPointer(rebasing: b[t.start..<t.end]), as: UTF8.self)
                guard Tokenizer.isMixedScript(raw) else { continue }
                guard let main = Tokenizer.mainScript(raw, preferring: preferred) else { continue }
                var off = t.start
                for u in raw.unicodeScalars {
                    let sc = ICU.script(u.value)
                    if !Script.isShared(sc) && sc != main && !named.contains(off) {
                        out.hits.append(Hit(offset: off, cp: u.value, what: "look-alike letter in “\(Tokenizer.unmix(raw, preferring: preferred))”"))
                        named.insert(off)
                    }
                    off += UTF8.width(u)
                }
            }
        }
        out.hits.sort { $0.offset < $1.offset }
        return out
    }

    static func detect(_ ctx: FindingContext) -> [Finding] { detect(ctx, part: 0, of: 1) }

    /// Runs of copy sentences `Detectors.run` splits the pass into. 4 on 2 cores, as
    /// `Detectors.claimParts`: on the 100k-sentence pair it was the one detector still running,
    /// on one core, after all others had finished (perf timeline, docs/benchmarks.md, "Issue
    /// #13, 2026-12-04"); the findings do not depend on it (the runs are put back in order).
    static let parts = 4

    /// The findings of one part of the copy: part `part` of `parts` runs of consecutive
    /// sentences (the hidden HTML elements with the last part); the parts' findings, put
    /// together in part order, are `detect(ctx)`'s.
    static func detect(_ ctx: FindingContext, part: Int, of parts: Int) -> [Finding] {
        var out: [Finding] = []
        // The documents read once (`ctx.copy` in the loop copied a `Document` per sentence).
        let original = ctx.original, copy = ctx.copy, sameLanguage = original.language == copy.language
        let n = copy.sentences.count
        for s in copy.sentences[(n * part / parts)..<(n * (part + 1) / parts)] {
            let k = ctx.beadOfCopy[s.id]
            let bead = k >= 0 ? ctx.alignment.beads[k] : nil
            // Across languages a word written in the copy's own script that looks like one of the
            // original's is a transliteration (Cyrillic "ВР" for "BP"), not a disguise; words that
            // mix scripts are still caught below.
            let reference: ((Bool) -> [String])? = !sameLanguage ? nil : bead.flatMap { b in
                b.original.isEmpty ? nil : { all in
                    original.source.text.withUnsafeBufferPointer { ob in
                        b.original.flatMap { i -> [String] in
                            let os = original.sentences[i]
                            if !all && !hasNonASCII(ob, os.start..<os.end) { return [] }
                            return runRanges(ob, os).filter { all || hasNonASCII(ob, $0) }.map { r in String(decoding: UnsafeBufferPointer(rebasing: ob[r]), as: UTF8.self) }
                        }
                    }
                }
            }
            let found = scan(copy, s, reference: reference)
            var hits = found.hits
            guard !hits.isEmpty else { continue }
            // Disguises the original sentence has too are not the copy's doing.
            if let b = bead {
                let origCPs = Set(b.original.flatMap { scan(original, original.sentences[$0]).hits.map(\.cp) })
                hits.removeAll { origCPs.contains($0.cp) }
            }
            guard !hits.isEmpty else { continue }
            let kinds = Set(hits.map { $0.what.hasPrefix("look-alike") ? "look-alike letters" : $0.what.hasPrefix("font or width") ? "font or width variants" : $0.what + "s" }).sorted()
            var listed = hits.prefix(8).map { "\(codePoint($0.cp)) at byte \($0.offset) (\($0.what))" }.joined(separator: "; ") + (hits.count > 8 ? "; …" : "")
            let smuggled = found.smuggled.filter { !$0.allSatisfy { $0 == " " } }
            if !smuggled.isEmpty && hits.contains(where: { $0.what == "TAG character" }) {
                listed = "invisible TAG characters spell " + smuggled.map { "“\($0)”" }.joined(separator: ", ") + "; " + listed
            }
            var f = Finding(Rules.hiddenTextCharacters,
                            original: bead.flatMap { ctx.originalSpan($0) }, copy: ctx.span(ctx.copy, [s.id]),
                            message: "the copy hides characters in this sentence: \(kinds.joined(separator: ", ")) (\(hits.count))",
                            why: listed)
            f.words = hits.map { codePoint($0.cp) }
            f.bead = k >= 0 ? k : nil
            out.append(f)
        }
        for block in ctx.copy.source.hiddenBlocks where part == parts - 1 {
            let words = block.split(whereSeparator: { $0.isWhitespace }).count
            let shown = block.count > 300 ? String(block.prefix(299)) + "…" : block
            var f = Finding(Rules.hiddenTextHTMLHiddenElement, weaker: words < 5, original: nil, copy: nil,
                            message: "the HTML page hides text from readers that a copy-paste would carry: “\(shown)”",
                            why: "an element hidden from readers (hidden attribute, aria-hidden, display:none, visibility:hidden, zero font size, opacity 0, off-screen, or a class the page hides) holds \(words) words; drift leaves it out of the compared text")
            f.words = [block]
            out.append(f)
        }
        return out
    }
}
