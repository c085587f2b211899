/// Sentence text → tokens with matching keys.
///
/// A word is a run of letters and marks, digits, and inner apostrophes ("he’s"); inner dots
/// join single letters ("U.S." → key "us"). Hyphens and dashes separate words and are
/// punctuation tokens of their own, so "long-standing" and "long—standing" differ only in
/// typography. A number is a run of digits with inner separators ("1,000", "2.5") and trailing
/// letters ("2A6", "1990s").
struct Tokenizer {
    /// The script a mixed-script word is read in when its letters are split evenly
    /// (ICU UScriptCode, `Script`): the document's own.
    var preferredScript: Int32 = Script.latin.code

    /// Keys already made, by the bytes of the word or number as written.
    private var keys = KeyTable()

    /// Keys of the ASCII punctuation marks, by byte (nil for letters, digits and controls).
    private static let asciiPunctuationKeys: [String?] = (0..<128).map { c -> String? in
        let u = UInt32(c)
        if u <= 0x20 || u == 0x7F || UTF8Scan.isLetter(u) || UTF8Scan.isDigit(u) { return nil }
        return punctuationKey(u)
    }

    /// Where tokens are written before they are moved into an array of exactly their number
    /// (no spare capacity kept per sentence, no reference counting on the move).
    private let scratch = TokenScratch()

    mutating func tokens(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [Token] {
        // A sentence has at most one token per byte.
        let out = scratch.reserve(e - s)
        var n = 0
        let punctuation = Tokenizer.asciiPunctuationKeys
        let script = preferredScript
        var i = s
        while i < e {
            let c = b[i]
            // ASCII first: most bytes of most news text.
            if c < 0x80 {
                if isASCIILetter(c) {
                    let j = wordEnd(b, i + 1, e, start: i)
                    (out + n).initialize(to: Token(start: i, end: j, kind: .word, key: keys.key(b, i, j) { Tokenizer.wordKey(b, i, j, script) }))
                    n += 1; i = j; continue
                }
                if isASCIIDigit(c) {
                    let j = numberEnd(b, i + 1, e)
                    (out + n).initialize(to: Token(start: i, end: j, kind: .number, key: keys.key(b, i, j) { Tokenizer.numberKey(b, i, j) }))
                    n += 1; i = j; continue
                }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) { i += 1; continue }
                if (c == 0x2D || c == 0x2E), i + 1 < e, b[i + 1] == c {
                    // "--" and "---" are typed dashes, "..." an ellipsis: one token each.
                    var j = i + 1
                    while j < e, b[j] == c { j += 1 }
                    (out + n).initialize(to: Token(start: i, end: j, kind: .punctuation, key: c == 0x2D ? "-" : "..."))
                    n += 1; i = j; continue
                }
                if let k = punctuation[Int(c)] {
                    (out + n).initialize(to: Token(start: i, end: i + 1, kind: .punctuation, key: k))
                    n += 1; i += 1; continue
                }
                // Other control characters: as any other scalar.
            }
            i = Tokenizer.otherToken(b, i, e, out, &n, &keys, script)
        }
        guard n > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: n) { buf, count in
            buf.baseAddress!.moveInitialize(from: out, count: n)
            count = n
        }
    }

    /// The token (if any) at a byte that is not ASCII (or an ASCII control character), written
    /// at `out[n]`; returns where the next one starts. Kept out of the ASCII loop above.
    @inline(never)
    private static func otherToken(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int, _ out: UnsafeMutablePointer<Token>,
                                   _ n: inout Int, _ keys: inout KeyTable, _ script: Int32) -> Int {
        let (u, l) = UTF8Scan.scalar(b, i)
        if UTF8Scan.isSpace(u) || UTF8Scan.isIgnorable(u) { return i + l }
        if UTF8Scan.isLetter(u) {
            let j = wordEndSlow(b, i + l, e, start: i)
            (out + n).initialize(to: Token(start: i, end: j, kind: .word, key: keys.key(b, i, j) { Tokenizer.wordKey(b, i, j, script) }))
            n += 1
            return j
        }
        if UTF8Scan.isDigit(u) {
            let j = numberEndSlow(b, i + l, e)
            (out + n).initialize(to: Token(start: i, end: j, kind: .number, key: keys.key(b, i, j) { Tokenizer.numberKey(b, i, j) }))
            n += 1
            return j
        }
        (out + n).initialize(to: Token(start: i, end: i + l, kind: .punctuation, key: Tokenizer.punctuationKey(u)))
        n += 1
        return i + l
    }

    @inline(__always) private func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) private func isASCIIDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    /// The end of the word that starts at `start` and goes on at `from`: letters, marks and
    /// digits, inner apostrophes ("he’s"), inner dots between single letters ("U.S"), and
    /// invisible characters between letters ("Kyi\u{200B}v"). ASCII letters and digits are
    /// read here; anything else that may go on a word, in `wordEndSlow`.
    @inline(__always)
    private func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int, start i: Int) -> Int {
        var j = from
        while j < e {
            let c = b[j]
            if isASCIILetter(c) || isASCIIDigit(c) { j += 1; continue }
            if c < 0x80 && c != 0x27 && c != 0x2E { return j }
            return Tokenizer.wordEndSlow(b, j, e, start: i)
        }
        return j
    }

    @inline(never)
    private static func wordEndSlow(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int, start i: Int) -> Int {
        var j = from
        while j < e {
            let (v, m) = UTF8Scan.scalar(b, j)
            if UTF8Scan.isLetter(v) || UTF8Scan.isDigit(v) { j += m; continue }
            // An invisible character inside a word hides nothing from matching: the word goes
            // on, and the key drops it.
            if UTF8Scan.isIgnorable(v), j + m < e, UTF8Scan.isLetter(UTF8Scan.scalar(b, j + m).0) { j += m; continue }
            if (v == 0x27 || v == 0x2019 || v == 0x2E), j + m < e {
                let (w, _) = UTF8Scan.scalar(b, j + m)
                if UTF8Scan.isLetter(w) {
                    // Inner dot only between single letters: U.S, D.C (not "end.Next").
                    if v == 0x2E {
                        let prevSingle = j - i == 1 || (j - 2 >= i && b[j - 2] == 0x2E)
                        guard prevSingle else { break }
                    }
                    j += m; continue
                }
            }
            break
        }
        return j
    }

    /// The end of a number going on at `from`: digits and letters ("2A6", "1990s"), and inner
    /// separators between digits ("1,000", "2.5", "10:30").
    @inline(__always)
    private func numberEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Int {
        var j = from
        while j < e {
            let c = b[j]
            if isASCIILetter(c) || isASCIIDigit(c) { j += 1; continue }
            if c < 0x80 && c != 0x2C && c != 0x2E && c != 0x3A { return j }
            return Tokenizer.numberEndSlow(b, j, e)
        }
        return j
    }

    @inline(never)
    private static func numberEndSlow(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Int {
        var j = from
        while j < e {
            let (v, m) = UTF8Scan.scalar(b, j)
            if UTF8Scan.isDigit(v) || UTF8Scan.isLetter(v) { j += m; continue }
            if (v == 0x2C || v == 0x2E || v == 0x3A), j + m < e, UTF8Scan.isDigit(UTF8Scan.scalar(b, j + m).0) { j += m; continue }
            break
        }
        return j
    }

    /// A word's key, made once per distinct spelling (then found in `keys`): lower-cased (NFKC
    /// case-folded beyond ASCII), inner dots of acronyms dropped ("U.S" → "us"), look-alike
    /// letters of another script replaced, British spellings folded.
    private static func wordKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ script: Int32) -> String {
        var ascii = true, dotted = false
        for k in s..<e { if b[k] >= 0x80 { ascii = false } else if b[k] == 0x2E { dotted = true } }
        let k = makeKey(b, s, e, ascii: ascii, dropDots: dotted, script: script)
        return SpellingFold.mayFold(k) ? SpellingFold.fold(k) : k
    }

    /// A number's key: its characters, lower-cased ("2A6" → "2a6").
    private static func numberKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        makeKey(b, s, e, ascii: true, dropDots: false, script: 25)
    }

    private static func makeKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, ascii: Bool, dropDots: Bool, script: Int32) -> String {
        if ascii {
            return String(unsafeUninitializedCapacity: e - s) { out in
                var n = 0
                for k in s..<e {
                    var c = b[k]
                    if dropDots && c == 0x2E { continue }
                    if c >= 65 && c <= 90 { c |= 0x20 }
                    out[n] = c; n += 1
                }
                return n
            }
        }
        // The typographic apostrophe (U+2019, E2 80 99) becomes "'" before folding.
        var bytes = [UInt8]()
        bytes.reserveCapacity(e - s)
        var k = s
        while k < e {
            if b[k] == 0xE2, k + 2 < e, b[k + 1] == 0x80, b[k + 2] == 0x99 { bytes.append(0x27); k += 3 } else { bytes.append(b[k]); k += 1 }
        }
        var folded = ICU.nfkcCasefold(String(decoding: bytes, as: UTF8.self))
        if dropDots { folded.removeAll { $0 == "." } }
        // Look-alike letters from another script inside a word ("Кyiv" with a Cyrillic К):
        // match by the confusable skeleton, so the disguised word still aligns.
        if Tokenizer.isMixedScript(folded) { folded = Tokenizer.unmix(folded, preferring: script) }
        return folded
    }

    /// True when the letters of a word come from more than one script (Common and Inherited
    /// characters do not count): the mark of a homoglyph disguise.
    static func isMixedScript(_ w: String) -> Bool {
        var first: Int32 = -1
        for u in w.unicodeScalars where u.value >= 0x80 || (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A {
            let s = ICU.script(u.value)
            if Script.isShared(s) { continue }
            if first < 0 { first = s } else if s != first { return true }
        }
        return false
    }

    /// Replaces the letters of a mixed-script word that are not in its main script by their
    /// look-alikes in the main script, from ICU's confusables data (UTS #39 skeletons):
    /// "кyiv" (Cyrillic к) → "kyiv". A lower-case letter whose skeleton is not a letter of the
    /// main script is tried in upper case ("к" → "К" → "K" → "k").
    static func unmix(_ w: String, preferring preferred: Int32 = Script.latin.code) -> String {
        guard let main = mainScript(w, preferring: preferred) else { return w }
        var out = ""
        for u in w.unicodeScalars {
            let s = ICU.script(u.value)
            if Script.isShared(s) || s == main { out.unicodeScalars.append(u); continue }
            if let pick = lookAlike(u, in: main) { out += pick.lowercased() } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The letter of script `main` that `u` looks like, from ICU's confusables data, if any.
    /// Prefers a plain ASCII look-alike ("к" → "k", not the Latin kra "ĸ").
    static func lookAlike(_ u: Unicode.Scalar, in main: Int32) -> String? {
        let c = String(u)
        let cands = [ICU.skeleton(c), ICU.skeleton(c.uppercased()).lowercased()].filter { cand in
            let us = Array(cand.unicodeScalars)
            return us.count == 1 && ICU.script(us[0].value) == main
        }
        return cands.first(where: { $0.unicodeScalars.first!.value < 0x80 }) ?? cands.first
    }

    /// The script a mixed-script word is meant in: `preferred` (the document's script) when
    /// the word has letters of it and every other letter looks like one of its letters
    /// ("NΑΤΟ", Latin N and Greek ΑΤΟ, in an English text is Latin); otherwise the script most
    /// letters are in, a tie going to `preferred`, then to the lower script code.
    static func mainScript(_ w: String, preferring preferred: Int32) -> Int32? {
        var counts: [Int32: Int] = [:]
        for u in w.unicodeScalars { let s = ICU.script(u.value); if !Script.isShared(s) { counts[s, default: 0] += 1 } }
        guard let top = counts.values.max() else { return nil }
        if counts[preferred] != nil, counts.count > 1,
           w.unicodeScalars.allSatisfy({ u in let s = ICU.script(u.value); return Script.isShared(s) || s == preferred || lookAlike(u, in: preferred) != nil }) {
            return preferred
        }
        let tied = counts.filter { $0.value == top }.map(\.key)
        return tied.contains(preferred) ? preferred : tied.min()
    }

    /// Folds typographic variants: curly and angled quotes → `"` / `'`, dashes → `-`,
    /// "…" → "...".
    static func punctuationKey(_ u: UInt32) -> String {
        switch u {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0x22: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x27, 0x60, 0xB4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A, 0x2E3B, 0x2D: return "-"
        case 0x2026: return "..."
        default: return String(Unicode.Scalar(u).map { Character($0) } ?? "\u{FFFD}")
        }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        guard contains(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

/// Matching keys by the bytes they were made from, for one document: news text repeats its
/// words, so most tokens find their key here instead of building (and folding) it again.
/// Open addressing with linear probing over a power-of-two slot array.
/// - Complexity: O(length of the word) per lookup; at most `maxProbes` slots are looked at, so
///   inputs crafted to collide cost no more than a miss (`maxProbes`).
struct KeyTable {
    /// Distinct spellings kept (default 2^16 = 65,536): beyond it keys are made each time.
    /// Spellings are kept as first seen, so the frequent words of a text are in the table
    /// early. The bound keeps the table (2^17 slots of 16 bytes, as many keys of 16, and the
    /// spellings' bytes: ~5 MB) near the processor caches: with 2^19 kept, a text of nothing but
    /// distinct words spent half of tokenizing waiting for slot loads (perf, 20 MB).
    let maxEntries: Int
    /// Slots looked at before a lookup counts as a miss and the key is made, not stored
    /// (default 32; with the table at most half full a probe run is ~2 slots on average).
    let maxProbes: Int

    init(maxEntries: Int = 1 << 16, maxProbes: Int = 32) {
        self.maxEntries = maxEntries; self.maxProbes = max(1, maxProbes)
    }

    /// A slot: the hash of a spelling and where its bytes are in `arena` (count -1: empty).
    /// Looked at in place, so a lookup touches the slot, the bytes and (on a hit) the key.
    private struct Slot { var hash: UInt64 = 0; var start: Int32 = 0; var count: Int32 = -1 }
    private var slots = ContiguousArray<Slot>(repeating: Slot(), count: 1 << 12)
    /// The key of each slot's spelling, by slot.
    private var keys = ContiguousArray<String>(repeating: "", count: 1 << 12)
    private var arena: ContiguousArray<UInt8> = []
    private var used = 0

    @inline(__always)
    mutating func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, make: () -> String) -> String {
        let n = e - s
        let p = UnsafeRawPointer(b.baseAddress! + s)
        let h = KeyTable.hash(p, n)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        var probes = 0
        while probes < maxProbes {
            let en = slots[slot]
            if en.count < 0 { break }
            if en.hash == h && Int(en.count) == n && arena.withUnsafeBufferPointer({ KeyTable.same(UnsafeRawPointer($0.baseAddress! + Int(en.start)), p, n) }) {
                return keys[slot]
            }
            slot = (slot + 1) & mask; probes += 1
        }
        let k = make()
        if probes < maxProbes, used < maxEntries, arena.count + n <= Int(Int32.max) {
            slots[slot] = Slot(hash: h, start: Int32(arena.count), count: Int32(n))
            keys[slot] = k
            arena.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
            used += 1
            if used * 2 > slots.count { grow() }
        }
        return k
    }

    /// Byte equality of two runs of `n` bytes, eight at a time (words are short: a call to
    /// memcmp costs more).
    @inline(__always)
    private static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2, mask = size - 1
        var fresh = ContiguousArray<Slot>(repeating: Slot(), count: size)
        var freshKeys = ContiguousArray<String>(repeating: "", count: size)
        for i in slots.indices where slots[i].count >= 0 {
            var slot = Int(truncatingIfNeeded: slots[i].hash) & mask
            while fresh[slot].count >= 0 { slot = (slot + 1) & mask }
            fresh[slot] = slots[i]
            freshKeys[slot] = keys[i]
        }
        slots = fresh
        keys = freshKeys
    }

    /// 64-bit multiplicative hash of `n` bytes, eight at a time.
    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* m
            h ^= h >> 32
            i += 8
        }
        var t: UInt64 = 0, shift: UInt64 = 0
        while i < n { t |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift; shift += 8; i += 1 }
        h = (h ^ t) &* m
        return h ^ (h >> 29)
    }
}

/// Uninitialized room for the tokens of one sentence, reused from sentence to sentence. Tokens
/// written here are always moved out (`Tokenizer.tokens`), so it never holds live tokens
/// between calls and frees only memory.
final class TokenScratch {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int

    init() {
        capacity = 1024
        base = .allocate(capacity: capacity)
    }

    /// Room for `count` tokens (the previous room's contents are not kept).
    func reserve(_ count: Int) -> UnsafeMutablePointer<Token> {
        if count > capacity {
            base.deallocate()
            capacity = max(count, capacity * 2)
            base = .allocate(capacity: capacity)
        }
        return base
    }

    deinit { base.deallocate() }
}
