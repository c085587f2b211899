import Foundation

/// Document text → sentences with UTF-8 byte offsets.
///
/// Phases: (1) decide which line ends are hard (a line of its own: heading, dateline, list
/// item, paragraph-per-line text) and which are soft (hard-wrapped prose), (2) ICU sentence
/// breaks over the text with soft line ends read as spaces, (3) a repair pass for what ICU gets
/// wrong on news text (titles and initials before names, dotted acronyms, a question in quotes
/// followed by "he asked", an ellipsis before a new sentence), (4) a length cap, (5) tokens.
/// - Complexity: O(n) time and memory in the text length.
public enum Segmenter {
    /// A line counts as short (a heading or caption in hard-wrapped text) below this share of
    /// the document's wrap width. 0.6: the last line of a wrapped paragraph is often shorter,
    /// but it ends in punctuation; headings in 72-column text run under 40 columns.
    static let shortLineShare = 0.6
    /// Text counts as hard-wrapped when the lines followed by another line in the same block
    /// are at most this many characters long (80th percentile). Paragraph-per-line text has
    /// most such lines far longer (the seeds: 200–600).
    static let maxWrapWidth = 100
    /// …and at least this many: prose is wrapped at 60–80 columns (40 in narrow e-mail
    /// quotes); shorter lines are lists, verse or one word per line, each a unit of its own.
    static let minWrapWidth = 30

    /// US states' AP abbreviations as written ("Calif", "Fla"; `HouseStyle.states`): in a
    /// dateline one stands before the wire's credit in brackets, which does not start a sentence.
    static let stateAbbreviations: Set<String> = Set(HouseStyle.states.compactMap(\.ap).map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// Splits a decoded input into sentences and tokens.
    /// - Throws: `DriftError` with `Remedy.maxSentences` when the input has more than
    ///   `options.maxSentences` sentences; it is found before any token is made, and the break
    ///   scan stops once twice the cap is passed (repairs only ever join pieces, rarely halving
    ///   them), so a refused input costs a few bytes per piece, not the ≈ 400 of a sentence.
    public static func segment(_ src: SourceText, options: SegmentOptions = .init()) throws -> Document {
        try segment(src, options: options, split: .init())
    }

    /// How a long text is shared among processors. Neither changes the result: ICU's breaks
    /// are the whole text's wherever it is cut into chunks (`ICU.sentenceBreaks`), and a
    /// sentence's tokens and keys depend only on its own bytes (a key table only saves making
    /// a key again), so the sentences can be tokenized in runs, one `Tokenizer` each.
    package struct Split: Sendable {
        /// ICU breaks the text in chunks of at least this many bytes (`ICU.breakChunkBytes`).
        package var chunkBytes: Int
        /// Processors to share the work among (`ICU.breakWorkers`: the machine's).
        package var workers: Int
        /// Texts shorter than this (bytes) are tokenized on one processor. 1 MiB, as one ICU
        /// chunk: a second tokenizer starts with an empty key table and a thread to wake,
        /// which a news text (10–100 KB; tokens take ≈ 0.4 ms per 100 KB) does not repay.
        /// (`Document.load(paths:)` gives each of several inputs its share of the cores.)
        package var minParallelBytes: Int

        package init(chunkBytes: Int = ICU.breakChunkBytes, workers: Int = ICU.breakWorkers, minParallelBytes: Int = ICU.breakChunkBytes) {
            self.chunkBytes = chunkBytes; self.workers = workers; self.minParallelBytes = minParallelBytes
        }
    }

    /// `segment(_:options:)` with the work shared as `split` says (drift-bench and the tests
    /// compare one processor with several).
    package static func segment(_ src: SourceText, options: SegmentOptions, split: Split) throws -> Document {
        let lang = options.language ?? detectLanguage(src.analysis)
        var buf = src.analysis
        let n = buf.count
        joinSoftLineEnds(&buf)
        let locale = lang == "en" ? "en@ss=standard" : lang
        let breaks = buf.withUnsafeBufferPointer { ICU.sentenceBreaks($0, locale: locale, chunkBytes: split.chunkBytes, workers: split.workers) }

        let cap = max(1, options.maxSentences)
        func tooMany(_ count: String) -> DriftError {
            DriftError(src.path, "has \(count) sentences, over the limit of \(cap)", hint: "split the input", remedy: .maxSentences)
        }
        var segs: [(Int, Int)] = []
        if src.format == .lines { segs = lineSegments(src.analysis) } else {
        var overflow = false
        buf.withUnsafeBufferPointer { b in
            var prev = 0
            for br in breaks where br > prev {
                if let t = trim(b, prev, br) { segs.append(t) }
                prev = br
                if segs.count > 2 * cap { overflow = true; return }
            }
            if prev < n, let t = trim(b, prev, n) { segs.append(t) }
            segs = repair(b, segs)
            segs = attachMarks(b, segs)
            segs = splitLong(b, segs, max: max(64, options.maxSentenceBytes))
        }
        if overflow { throw tooMany("more than \(2 * cap)") }
        }
        if segs.count > cap { throw tooMany("\(segs.count)") }
        let script = lang == "ru" || lang == "uk" || lang == "bg" || lang == "sr" ? Script.cyrillic.code : Script.latin.code
        let shown = widenOverMarkup(src.text, src.analysis, segs)
        let units = segs
        // Runs of sentences of about equal bytes, one per worker when the text is long.
        let runs = split.workers > 1 && n >= split.minParallelBytes && units.count >= split.workers
            ? sentenceRuns(units, split.workers, n) : [0..<units.count]
        // Each run initializes its own slots of the result in place: no copy of the sentences
        // (and no retain and release of every token array) when the runs are joined.
        var keys = DocumentKeys()
        let sentences = [Sentence](unsafeUninitializedCapacity: units.count) { slots, count in
            guard let base = slots.baseAddress, !units.isEmpty else { count = 0; return }
            src.analysis.withUnsafeBufferPointer { a in
                buf.withUnsafeBufferPointer { b in
                    let a = Unchecked(a), b = Unchecked(b), out = Unchecked(base)
                    /// Tokenizes the run's sentences into their slots; the kinds and keys its
                    /// tokens were numbered with.
                    @Sendable func fill(_ run: Range<Int>) -> DocumentKeys {
                        var tokenizer = Tokenizer()
                        tokenizer.preferredScript = script
                        for i in run {
                            let (s, e) = units[i]
                            let nextStart = i + 1 < units.count ? units[i + 1].0 : n
                            let hard = hasNewline(b.value, e, nextStart) || nextStart == n
                            let line = hard && !endsWithSentencePunctuation(b.value, s, e)
                            let (ws, we) = shown[i]
                            (out.value + i).initialize(to: Sentence(id: i, start: ws, end: we, isLine: line, tokens: tokenizer.tokens(a.value, ws, we)))
                        }
                        return tokenizer.numbered
                    }
                    if runs.count == 1 { keys = fill(runs[0]); return }
                    // Each run numbered its keys on its own: the document's numbers are the
                    // runs' keys numbered again in run order (the order one pass meets them),
                    // and each run's tokens are given theirs in place.
                    let local = ParallelMap.map(runs, fill)
                    var numbers = KeyNumbers()
                    let remaps = local.map { r in r.keys.indices.map { numbers.number(r.kinds[$0], r.keys[$0]) } }
                    keys = numbers.numbered
                    _ = ParallelMap.map(Array(runs.indices)) { r -> Int in
                        let remap = remaps[r]
                        for i in runs[r] {
                            (out.value + i).pointee.tokens.withUnsafeMutableBufferPointer { ts in
                                for k in ts.indices { ts[k].keyID = remap[Int(ts[k].keyID)] }
                            }
                        }
                        return 0
                    }
                }
            }
            count = units.count
        }
        return Document(source: src, language: lang, sentences: sentences, keys: keys)
    }

    /// `segs` cut into `k` runs of consecutive sentences with about `n / k` bytes each.
    static func sentenceRuns(_ segs: [(Int, Int)], _ k: Int, _ n: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var from = 0
        for j in 1..<k {
            let target = n * j / k
            var i = from
            while i < segs.count, segs[i].0 < target { i += 1 }
            if i > from && i < segs.count { runs.append(from..<i); from = i }
        }
        runs.append(from..<segs.count)
        return runs
    }

    /// Markdown masking blanks syntax in `analysis`, so ranges found there stop short of markup
    /// written against a word, and the sentence shown from `text` was unbalanced
    /// ("[Istanbul](https://x)" → "[Istanbul", "**Jensen** is" → "Jensen** is"). Widens each
    /// range over touching masked bytes (printable ASCII in `text`, a space in `analysis`),
    /// never into a neighbour. A no-op when nothing is masked (plain text, HTML).
    /// - Complexity: O(n).
    static func widenOverMarkup(_ text: [UInt8], _ analysis: [UInt8], _ segs: [(Int, Int)]) -> [(Int, Int)] {
        guard text.count == analysis.count, text != analysis else { return segs }
        func masked(_ i: Int) -> Bool { analysis[i] == 0x20 && text[i] > 0x20 && text[i] < 0x7F }
        var out = segs
        for k in out.indices {
            let limit = k + 1 < out.count ? out[k + 1].0 : text.count
            while out[k].1 < limit, masked(out[k].1) { out[k].1 += 1 }
        }
        for k in out.indices {
            let limit = k > 0 ? out[k - 1].1 : 0
            while out[k].0 > limit, masked(out[k].0 - 1) { out[k].0 -= 1 }
        }
        return out
    }

    /// The language by script and function words (`LanguageDetector`).
    static func detectLanguage(_ b: [UInt8]) -> String { LanguageDetector.detect(b) }

    // MARK: line ends

    /// Replaces soft line ends (inside hard-wrapped paragraphs) with spaces, in place. The
    /// array is written (and so copied, when shared) only when there is a line end to join:
    /// most news text has none.
    static func joinSoftLineEnds(_ buf: inout [UInt8]) {
        let joins = buf.withUnsafeBufferPointer { softLineEnds($0) }
        guard !joins.isEmpty else { return }
        buf.withUnsafeMutableBufferPointer { b in
            for r in joins { for i in r { b[i] = 32 } }
        }
    }

    /// The soft line ends (the newline, and a CR before it) of hard-wrapped paragraphs.
    static func softLineEnds(_ buf: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Lines as (start, end) without the newline, and their width: code points from the
        // first to the last visible one (blanked markup and indentation do not count), or -1
        // for a blank line.
        guard let base = buf.baseAddress, !buf.isEmpty else { return [] }
        var joins: [Range<Int>] = []
        var lines: [(Int, Int, Int)] = []
        let n = buf.count
        var s = 0
        while s <= n {
            var nl = n
            if s < n, let p = memchr(base + s, 10, n - s) { nl = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base }
            if nl == n && s == n { break }
            var e = nl
            if e > s, buf[e - 1] == 13 { e -= 1 }
            lines.append((s, e, visibleWidth(buf, s, e)))
            s = nl + 1
        }
        func blankLine(_ l: (Int, Int, Int)) -> Bool { l.2 < 0 }
        var followed: [Int] = []
        for k in 0..<max(0, lines.count - 1) where !blankLine(lines[k]) && !blankLine(lines[k + 1]) {
            followed.append(lines[k].2)
        }
        guard followed.count >= 3 else { return [] }
        followed.sort()
        let p80 = followed[(followed.count * 8) / 10 - (followed.count * 8 % 10 == 0 ? 1 : 0)]
        guard p80 <= maxWrapWidth, p80 >= minWrapWidth else { return [] }
        // The wrap width: the 95th percentile, so one long unbreakable line (a URL) does
        // not make every other line look short.
        let wrap = followed[min(followed.count - 1, (followed.count * 95) / 100)]
        for k in 0..<(lines.count - 1) {
            let l = lines[k], next = lines[k + 1]
            if blankLine(l) || blankLine(next) { continue }
            if Double(l.2) < Double(wrap) * shortLineShare { continue }
            // Join: the newline (and a CR before it) becomes a space.
            joins.append(l.1..<next.0)
        }
        return joins
    }

    /// Code points from the first to the last visible byte of `s..<e` (space, tab and CR are
    /// not visible), or -1 when there is none.
    static func visibleWidth(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        @inline(__always) func invisible(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 13 }
        var i = s
        while i < e, invisible(b[i]) { i += 1 }
        if i == e { return -1 }
        var j = e
        while invisible(b[j - 1]) { j -= 1 }
        // Code points in i..<j: bytes that are not continuation bytes (10xxxxxx).
        var count = j - i
        let raw = UnsafeRawPointer(b.baseAddress!)
        var k = i
        while k + 8 <= j {
            let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if x & 0x8080_8080_8080_8080 != 0 { count -= (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount }
            k += 8
        }
        while k < j { if b[k] & 0xC0 == 0x80 { count -= 1 }; k += 1 }
        return count
    }

    @inline(__always)
    static func hasNewline(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to { if b[i] == 10 { return true }; i += 1 }
        return false
    }

    /// The range without leading and trailing white space, or nil when nothing is left.
    /// Each non-blank line, trimmed (`InputFormat.lines`: the input is already one sentence a line).
    static func lineSegments(_ a: [UInt8]) -> [(Int, Int)] {
        a.withUnsafeBufferPointer { b in
            var out: [(Int, Int)] = []
            var s = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                if let t = trim(b, s, i) { out.append(t) }
                s = i + 1
            }
            return out
        }
    }

    static func trim(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (Int, Int)? {
        var i = s
        while i < e {
            let (u, l) = UTF8Scan.scalar(b, i)
            if !UTF8Scan.isSpace(u) { break }
            i += l
        }
        if i >= e { return nil }
        var j = e
        while j > i {
            var k = j - 1
            while k > i, b[k] & 0xC0 == 0x80 { k -= 1 }
            let (u, _) = UTF8Scan.scalar(b, k)
            if !UTF8Scan.isSpace(u) { break }
            j = k
        }
        return (i, j)
    }

    /// The scalar that ends at `end` (exclusive) and its start offset.
    static func lastScalar(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> (UInt32, Int) {
        var k = end - 1
        while k > 0, b[k] & 0xC0 == 0x80 { k -= 1 }
        return (UTF8Scan.scalar(b, k).0, k)
    }

    static func isClosingQuote(_ u: UInt32) -> Bool {
        u == 0x22 || u == 0x27 || u == 0x201D || u == 0x2019 || u == 0xBB || u == 0x29 || u == 0x5D
    }

    static func endsWithSentencePunctuation(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var end = e
        while end > s {
            let (u, k) = lastScalar(b, before: end)
            if isClosingQuote(u) { end = k; continue }
            return u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 || u == 0x3B || u == 0x3A
        }
        return false
    }

    /// The word before a final period of `s..<e` (letters and inner dots), without the period.
    static func wordBeforeFinalPeriod(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String? {
        guard e > s, b[e - 1] == 0x2E else { return nil }
        if e - 2 >= s, b[e - 2] == 0x2E { return nil } // "..": an ellipsis, not an abbreviation
        var k = e - 1
        while k > s {
            let (u, p) = lastScalar(b, before: k)
            if UTF8Scan.isLetter(u) || u == 0x2E { k = p } else { break }
        }
        guard k < e - 1 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: b[k..<(e - 1)]), as: UTF8.self)
    }

    /// The first word of `s..<e` and its first scalar.
    static func firstWord(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (String, UInt32) {
        let (u0, _) = UTF8Scan.scalar(b, s)
        var k = s
        while k < e {
            let (u, l) = UTF8Scan.scalar(b, k)
            if !UTF8Scan.isLetter(u) { break }
            k += l
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: b[s..<k]), as: UTF8.self), u0)
    }

    static func repair(_ b: UnsafeBufferPointer<UInt8>, _ segs: [(Int, Int)]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        out.reserveCapacity(segs.count)
        for seg in segs {
            guard let last = out.last, !hasNewline(b, last.1, seg.0) else {
                splitAtEllipses(b, seg, into: &out); continue
            }
            if shouldJoin(b, last, seg) {
                out[out.count - 1].1 = seg.1
            } else {
                splitAtEllipses(b, seg, into: &out)
            }
        }
        return out
    }

    /// The longest spelling (UTF-8 bytes) among the abbreviations `shouldJoin` looks up: a
    /// longer word before a final period is none of them, without hashing it.
    static let longestAbbreviation = Vocabulary.sentenceAbbreviations.union(Vocabulary.numberAbbreviations)
        .union(stateAbbreviations).map(\.utf8.count).max() ?? 0

    static func shouldJoin(_ b: UnsafeBufferPointer<UInt8>, _ a: (Int, Int), _ next: (Int, Int)) -> Bool {
        let (u0, _) = UTF8Scan.scalar(b, next.0)
        // Lowercase start: the previous "sentence" did not end ("“Are we done?” he asked.").
        if UTF8Scan.isLower(u0) { return true }
        // Closing punctuation or a continuing mark.
        if u0 == 0x29 || u0 == 0x5D || u0 == 0x2C || u0 == 0x3B || u0 == 0x201D || u0 == 0xBB { return true }
        // An opening bracket or quote never ends a sentence: ICU counts "(" as closing
        // punctuation after a period, so "with him…..(Trump-ish?)" broke after the "(".
        let (uz, _) = lastScalar(b, before: a.1)
        if uz == 0x28 || uz == 0x5B || uz == 0x201C || uz == 0xAB || uz == 0x201E { return true }
        guard let w = wordBeforeFinalPeriod(b, a.0, a.1) else { return false }
        // A state's abbreviation in a dateline before the wire's credit: "ALHAMBRA, Calif. (AP) —".
        if u0 == 0x28, stateAbbreviations.contains(w) { return true }
        let isDigit = UTF8Scan.isDigit(u0)
        if w.utf8.contains(0x2E) {
            // U.S., D.C., U.S.A.: part of a name unless a sentence visibly starts next.
            let (word, _) = firstWord(b, next.0, next.1)
            return !Vocabulary.sentenceStarters.contains(word.lowercased()) && (UTF8Scan.isUpper(u0) || isDigit)
        }
        let scalars = w.unicodeScalars
        if scalars.count == 1, let c = scalars.first, UTF8Scan.isUpper(c.value) { return true } // initial: "George W. Bush"
        // Every abbreviation is capitalised ("Mr", "No"): a word that starts with a lower-case
        // ASCII letter, or is longer than all of them, is none (most sentences end so).
        if let f = w.utf8.first, f >= 0x61 && f <= 0x7A { return false }
        if w.utf8.count > longestAbbreviation { return false }
        if Vocabulary.numberAbbreviations.contains(w) {
            return isDigit
        }
        return Vocabulary.sentenceAbbreviations.contains(w)
    }

    /// A unit with no letter or digit (a lone "…" marking a cut, a dash under a dateline)
    /// is not a sentence: it joins the unit before it (the first one joins the next).
    static func attachMarks(_ b: UnsafeBufferPointer<UInt8>, _ segs: [(Int, Int)]) -> [(Int, Int)] {
        func hasText(_ s: (Int, Int)) -> Bool {
            var i = s.0
            while i < s.1 {
                let (u, l) = UTF8Scan.scalar(b, i)
                if UTF8Scan.isLetter(u) || UTF8Scan.isDigit(u) { return true }
                i += l
            }
            return false
        }
        guard segs.count > 1, segs.contains(where: { !hasText($0) }) else { return segs }
        var out: [(Int, Int)] = []
        var pendingStart: Int? = nil
        for s in segs {
            if hasText(s) {
                out.append((pendingStart ?? s.0, s.1)); pendingStart = nil
            } else if !out.isEmpty {
                out[out.count - 1].1 = s.1
            } else if pendingStart == nil {
                pendingStart = s.0
            }
        }
        if let p = pendingStart { out.append((p, segs.last!.1)) }
        return out
    }

    /// Splits after "…" or "..." followed by white space and a capitalised word, which ICU
    /// never treats as a sentence end ("It was over… The next day").
    /// The pieces are appended to `out` (no array per sentence).
    static func splitAtEllipses(_ b: UnsafeBufferPointer<UInt8>, _ seg: (Int, Int), into out: inout [(Int, Int)]) {
        var start = seg.0
        var i = seg.0
        let raw = UnsafeRawPointer(b.baseAddress!)
        @inline(__always) func hasByte(_ x: UInt64, _ c: UInt64) -> Bool {
            let v = x ^ (c &* 0x0101_0101_0101_0101)
            return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
        }
        while i < seg.1 {
            // Eight bytes at a time while there is no "." and no first byte of "…" (E2).
            if i + 8 <= seg.1 {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !hasByte(x, 0x2E) && !hasByte(x, 0xE2) { i += 8; continue }
            }
            var after = -1
            if b[i] == 0xE2, i + 2 < seg.1, b[i + 1] == 0x80, b[i + 2] == 0xA6 { after = i + 3 }
            else if b[i] == 0x2E, i + 2 < seg.1, b[i + 1] == 0x2E, b[i + 2] == 0x2E { after = i + 3 }
            if after > 0 {
                var j = after
                while j < seg.1, b[j] == 0x2E { j += 1 }
                var k = j
                var sawSpace = false
                while k < seg.1 {
                    let (u, l) = UTF8Scan.scalar(b, k)
                    if UTF8Scan.isSpace(u) { sawSpace = true; k += l } else { break }
                }
                if sawSpace, k < seg.1, i > start {
                    var (u, l) = UTF8Scan.scalar(b, k)
                    if u == 0x201C || u == 0x22 || u == 0xAB, k + l < seg.1 { u = UTF8Scan.scalar(b, k + l).0 }
                    if UTF8Scan.isUpper(u) {
                        out.append((start, j))
                        start = k
                    }
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        out.append((start, seg.1))
    }

    /// Cuts sentences longer than `max` bytes at the last white space before the limit.
    static func splitLong(_ b: UnsafeBufferPointer<UInt8>, _ segs: [(Int, Int)], max: Int) -> [(Int, Int)] {
        guard segs.contains(where: { $0.1 - $0.0 > max }) else { return segs }
        var out: [(Int, Int)] = []
        for (s0, e) in segs {
            var s = s0
            while e - s > max {
                var cut = s + max
                while cut > s + max / 2, b[cut] != 32, b[cut] != 10, b[cut] != 9 { cut -= 1 }
                if cut <= s + max / 2 { cut = s + max; while cut > s, b[cut] & 0xC0 == 0x80 { cut -= 1 } }
                if let t = trim(b, s, cut) { out.append(t) }
                s = cut
                if let t = trim(b, s, e) { s = t.0 } else { s = e }
            }
            if e > s, let t = trim(b, s, e) { out.append(t) }
        }
        return out
    }
}
