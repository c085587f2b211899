/// Writes JSON as it is produced, through a `ReportWriter`: no tree, no whole-document string.
/// The layout is the one `JSON.serialized` has always produced (which now goes through this
/// writer too): with `pretty`, two-space indentation, one key per line, and arrays whose
/// elements are all scalars on one line (`[1, 2]`); without it, no white space at all.
///
///     var j = JSONWriter(w, pretty: true)
///     j.object {
///         j.key("schema"); j.string("drift.report/3")
///         j.key("ids"); j.array(flat: true) { for i in 0..<3 { j.int(i) } }
///     }
///
/// The caller says whether an array is flat (holds scalars only), because the writer cannot
/// look ahead. Strings are escaped as `JSON.serialized` escapes them: `"`, `\`, control
/// characters, `<`, `>`, `&`, U+007F and U+2028/9 (so the output can sit in an HTML `<script>`).
///
/// - Complexity: O(n) in the bytes written; memory is the nesting depth.
public struct JSONWriter {
    public let out: ReportWriter
    public let pretty: Bool
    /// An open object or array.
    private struct Frame {
        /// Members or elements written so far.
        var count = 0
        /// An array of scalars: on one line.
        var flat = false
        /// Inside an element of a `lines` array: on one line, no white space between parts.
        var inline = false
        /// An array whose elements each take one line.
        var lines = false
    }
    private var stack: [Frame] = []

    public init(_ out: ReportWriter, pretty: Bool = true) {
        self.out = out
        self.pretty = pretty
        stack.reserveCapacity(16)
    }

    /// A writer to `out` in the state of `other` (its open containers, its place in them).
    private init(_ out: ReportWriter, continuing other: JSONWriter) {
        self.out = out
        pretty = other.pretty
        stack = other.stack
        afterKey = other.afterKey
    }

    // MARK: many elements

    /// Arrays of at least this many elements are written on every core by `elements`. 4,096:
    /// below it the writing takes a few milliseconds (the seed pairs' reports, a few hundred
    /// sentences, write in about 1 ms), less than handing runs of it to other threads is
    /// worth; the 100k-sentence pair's two lists of 100,000 are where the single-threaded
    /// writer took a tenth of `drift compare`'s wall time (docs/benchmarks.md, "Issue #13, 2026-12-04").
    static let parallelElements = 4_096
    /// Elements per run written by one thread (about 0.1–0.3 MB of an alignment or sentence
    /// list), and runs written side by side before they are copied out: the memory held is
    /// one batch of runs (a few MB), whatever the size of the array.
    static let elementsPerRun = 1_024, runsPerBatch = 8

    /// Elements `0..<n` of the open array, element `k` written by `element(k, &writer)`; the
    /// bytes are those of calling `element` for each `k` in turn on this writer. From
    /// `parallelElements` elements on, runs of consecutive elements are written into memory on
    /// every core, each by a writer in the state this one would be in at the run's first
    /// element, and copied out in order. `element` must write exactly one value and read only
    /// data no one writes meanwhile (it is called from several threads at once).
    public mutating func elements(_ n: Int, _ element: @escaping (Int, inout JSONWriter) -> Void) {
        guard n >= JSONWriter.parallelElements, !stack.isEmpty, !afterKey else {
            for k in 0..<n { element(k, &self) }
            return
        }
        let base = stack[stack.count - 1].count
        let runs = RunWriter(element, state: self, base: base)
        // Each batch is copied out (to the sink: a file, a pipe) on this thread while the
        // next one is rendered on the others, so the sink's writes do not leave a core idle.
        var start = 0, previous: [[UInt8]] = []
        while true {
            let from = start
            let batch = (0..<JSONWriter.runsPerBatch).map { r in
                min(n, from + r * JSONWriter.elementsPerRun)..<min(n, from + (r + 1) * JSONWriter.elementsPerRun)
            }.filter { !$0.isEmpty }
            let done = previous
            let sink = out
            (previous, _) = ParallelMap.beside({ batch.isEmpty ? [] : ParallelMap.map(batch, runs.bytes) }) {
                for bytes in done { bytes.withUnsafeBufferPointer { sink.write($0) } }
            }
            guard let last = batch.last else { break }
            start = last.upperBound
        }
        stack[stack.count - 1].count = base + n
    }

    /// Writes runs of an array's elements into memory, as `elements` would write them
    /// from the writer state it was made with (read by several threads, written by none).
    private final class RunWriter: @unchecked Sendable {
        let element: (Int, inout JSONWriter) -> Void
        let state: JSONWriter
        let base: Int
        init(_ element: @escaping (Int, inout JSONWriter) -> Void, state: JSONWriter, base: Int) {
            self.element = element
            self.state = state
            self.base = base
        }
        @Sendable func bytes(_ run: Range<Int>) -> [UInt8] {
            let memory = ReportWriter.inMemory()
            var j = JSONWriter(memory, continuing: state)
            j.stack[j.stack.count - 1].count = base + run.lowerBound
            for k in run { element(k, &j) }
            return memory.bytes
        }
    }

    // MARK: containers

    /// An object; write its members with `key(_:)` followed by a value.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        out.write(byte: 123) // {
        stack.append(Frame(inline: childInline))
        body(&self)
        let open = stack.removeLast()
        if open.count > 0 && !open.inline { newline(stack.count) }
        out.write(byte: 125) // }
    }

    /// An array. `flat` when every element is a scalar (then it stays on one line); `lines`
    /// to write each element on one line of its own (`[`, then one line per entry, with no
    /// white space inside it, then `]`): long lists of small records stay readable and take
    /// a fraction of the space of one member per line.
    public mutating func array(flat: Bool = false, lines: Bool = false, _ body: (inout JSONWriter) -> Void) {
        beginValue()
        out.write(byte: 91) // [
        stack.append(Frame(flat: flat, inline: childInline, lines: lines && pretty))
        body(&self)
        let open = stack.removeLast()
        if open.count > 0 && !open.flat && !open.inline { newline(stack.count) }
        out.write(byte: 93) // ]
    }

    /// Whether a container opened now goes on the current line.
    private var childInline: Bool {
        guard pretty, let top = stack.last else { return false }
        return top.inline || top.lines
    }

    /// A member name inside an object; the next value written is its value.
    public mutating func key(_ k: StaticString) {
        memberSeparator()
        out.write(byte: 34)
        out.write(UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        out.write(byte: 34)
        keySuffix()
    }

    /// A member name that is not a literal (metadata fields): escaped.
    public mutating func key(string k: String) {
        memberSeparator()
        JSONWriter.escape(k, into: out)
        keySuffix()
    }

    private mutating func memberSeparator() {
        let top = stack[stack.count - 1]
        if top.count > 0 { out.write(byte: 44) }
        stack[stack.count - 1].count = top.count + 1
        if !top.inline { newline(stack.count) }
    }

    private mutating func keySuffix() {
        out.write(byte: 58)
        if pretty && !stack[stack.count - 1].inline { out.write(byte: 32) }
        afterKey = true
    }

    /// Set between a key and its value: the value then needs no separator.
    private var afterKey = false

    /// Separator and line break before a value (none right after a key).
    @inline(__always)
    private mutating func beginValue() {
        if afterKey { afterKey = false; return }
        guard let top = stack.last else { return }
        let oneLine = top.flat || top.inline
        if top.count > 0 {
            out.write(byte: 44)
            if top.flat && !top.inline && pretty { out.write(byte: 32) }
        }
        stack[stack.count - 1].count = top.count + 1
        if !oneLine { newline(stack.count) }
    }

    @inline(__always)
    private func newline(_ depth: Int) {
        guard pretty else { return }
        out.write(byte: 10)
        out.write(byte: 32, count: depth * 2)
    }

    // MARK: scalars

    public mutating func null() { beginValue(); out.write(JSONWriter.nullBytes) }

    public mutating func bool(_ b: Bool) { beginValue(); out.write(b ? "true" : "false") }

    public mutating func int(_ i: Int) {
        beginValue()
        if i >= 0 && i < 10 { out.write(byte: 48 + UInt8(i)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            var k = raw.count
            var v = i.magnitude
            repeat { k -= 1; raw[k] = 48 + UInt8(v % 10); v /= 10 } while v > 0
            if i < 0 { k -= 1; raw[k] = 45 }
            out.write(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + k, count: raw.count - k))
        }
    }

    /// A score: four decimals (reports state scores at that precision), trailing zeros
    /// dropped (`1`, `0.5`, `0.8333`); not finite → null.
    public mutating func double(_ d: Double) {
        beginValue()
        out.write(JSONWriter.format(d))
    }

    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        var s = String(Double((d * 10000).rounded()) / 10000)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    public mutating func string(_ s: String) {
        beginValue()
        JSONWriter.escape(s, into: out)
    }

    /// A string given as UTF-8 bytes (a slice of a document's text), written without making
    /// a `String` of it. Invalid UTF-8 is written as `String(decoding:as:)` would read it
    /// (U+FFFD for each bad sequence).
    public mutating func string(utf8 bytes: ArraySlice<UInt8>) {
        beginValue()
        bytes.withUnsafeBufferPointer { p in
            if UTF8Check.isValid(p) { JSONWriter.escape(p, into: out) } else { JSONWriter.escape(String(decoding: p, as: UTF8.self), into: out) }
        }
    }

    /// A string or null.
    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    /// A value already built as a tree.
    public mutating func value(_ v: JSON) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let a):
            let flat = a.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            array(flat: flat) { j in for x in a { j.value(x) } }
        case .object(let o):
            object { j in for (k, x) in o { j.key(string: k); j.value(x) } }
        }
    }

    // MARK: escaping

    private static let nullBytes: String = "null"
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Bytes that cannot go out as they are: controls, `"`, `\`, `<`, `>`, `&`, DEL, and the
    /// lead byte 0xE2 (U+2028/9 start with it; checked in full on the slow path).
    private static let special: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in 0..<0x20 { t[b] = true }
        for b in [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x7F, 0xE2] { t[b] = true }
        return t
    }()

    static func escape(_ s: String, into out: ReportWriter) {
        var s = s
        s.withUTF8 { escape($0, into: out) }
    }

    /// Escapes valid UTF-8: runs of ordinary bytes are copied in one piece.
    static func escape(_ p: UnsafeBufferPointer<UInt8>, into out: ReportWriter) {
        out.write(byte: 34)
        special.withUnsafeBufferPointer { sp in
            var runStart = 0, i = 0
            let n = p.count
            let raw = UnsafeRawPointer(p.baseAddress)
            while i < n {
                if i + 8 <= n, let raw, SWAR.plain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8; continue }
                let b = p[i]
                if !sp[Int(b)] { i += 1; continue }
                if b == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9; other E2 sequences pass.
                    if i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) {
                        if i > runStart { out.write(UnsafeBufferPointer(rebasing: p[runStart..<i])) }
                        unicodeEscape(p[i + 2] == 0xA8 ? 0x2028 : 0x2029, out)
                        i += 3; runStart = i
                    } else {
                        i += 1
                    }
                    continue
                }
                if i > runStart { out.write(UnsafeBufferPointer(rebasing: p[runStart..<i])) }
                switch b {
                case 0x22: out.write(byte: 92); out.write(byte: 34)
                case 0x5C: out.write(byte: 92); out.write(byte: 92)
                case 0x0A: out.write(byte: 92); out.write(byte: 110)
                case 0x0D: out.write(byte: 92); out.write(byte: 114)
                case 0x09: out.write(byte: 92); out.write(byte: 116)
                default: unicodeEscape(UInt32(b), out)
                }
                i += 1; runStart = i
            }
            if n > runStart { out.write(UnsafeBufferPointer(rebasing: p[runStart..<n])) }
        }
        out.write(byte: 34)
    }

    private static func unicodeEscape(_ v: UInt32, _ out: ReportWriter) {
        out.write(byte: 92); out.write(byte: 117) // \u
        for sh: UInt32 in [12, 8, 4, 0] { out.write(byte: hex[Int((v >> sh) & 0xF)]) }
    }
}

/// UTF-8 validity of a byte range (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Check {
    static func isValid(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        let raw = UnsafeRawPointer(p.baseAddress)
        while i < n {
            // Eight ASCII bytes at a time (most of a news text).
            if i + 8 <= n, let raw, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & SWAR.high == 0 { i += 8; continue }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let len: Int, lo: UInt8, hi: UInt8
            switch b {
            case 0xC2...0xDF: len = 2; lo = 0x80; hi = 0xBF
            case 0xE0: len = 3; lo = 0xA0; hi = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: len = 3; lo = 0x80; hi = 0xBF
            case 0xED: len = 3; lo = 0x80; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90; hi = 0xBF
            case 0xF1...0xF3: len = 4; lo = 0x80; hi = 0xBF
            case 0xF4: len = 4; lo = 0x80; hi = 0x8F
            default: return false
            }
            guard i + len <= n, p[i + 1] >= lo, p[i + 1] <= hi else { return false }
            for k in 2..<max(2, len) where p[i + k] & 0xC0 != 0x80 { return false }
            i += len
        }
        return true
    }
}
