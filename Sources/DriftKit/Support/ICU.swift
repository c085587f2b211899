import CICU
import Foundation


/// Swift face of the `CICU` wrapper. All text is UTF-8; all offsets are UTF-8 byte offsets.
enum ICU {
    static func cString(_ a: [CChar]) -> String {
        String(decoding: a.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls a pre-flighting C function with a growing buffer.
    private static func fill(initial: Int, _ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> [UInt8]? {
        var cap = max(16, initial)
        for _ in 0..<3 {
            var out = [UInt8](repeating: 0, count: cap)
            let n = out.withUnsafeMutableBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: cap) { body($0, Int32(cap)) }
            }
            if n < 0 { return nil }
            if Int(n) <= cap { out.removeSubrange(Int(n)...); return out }
            cap = Int(n) + 1
        }
        return nil
    }

    /// ICU breaks a long text in chunks of at least this many bytes (UTF-8), each ending just
    /// after a line feed, where a sentence always ends (`cicu_sentence_chunk_end`). 1 MiB:
    /// texts of news size (under 1 MiB) stay one chunk; the UTF-16 buffer reused from chunk to
    /// chunk (2 MiB) is small against the 20 MB a 10 MB text took whole; not tuned further.
    package static let breakChunkBytes = 1 << 20

    /// The processors a long text's chunks are broken on (`ParallelMap.cores`).
    package static let breakWorkers = ParallelMap.cores

    /// Sentence boundary offsets (exclusive ends) of `text`, per ICU's sentence rules.
    ///
    /// A text longer than one chunk (`chunkBytes`) is cut at chunk ends into up to `workers`
    /// runs of whole chunks, of about equal length, broken side by side (`ParallelMap`), each
    /// with its own iterator, and their breaks are joined in order: every run is cut into the
    /// same chunks as the whole text (`cicu_sentence_chunk_end`), so the breaks are the same
    /// as from one run, whatever `workers` is.
    /// - Complexity: O(n).
    static func sentenceBreaks(_ text: UnsafeBufferPointer<UInt8>, locale: String,
                               chunkBytes: Int = breakChunkBytes, workers: Int = breakWorkers) -> [Int] {
        guard let base = text.baseAddress, text.count > 0 else { return [] }
        let n = text.count
        let chunk = Int32(clamping: max(1, chunkBytes))
        // The chunk ends, when there is more than one chunk and more than one worker.
        var ends: [Int] = []
        if workers > 1 && n > Int(chunk) {
            base.withMemoryRebound(to: CChar.self, capacity: n) { p in
                var c0 = 0
                while c0 < n {
                    c0 = Int(cicu_sentence_chunk_end(p, Int32(n), Int32(c0), chunk))
                    ends.append(c0)
                }
            }
        }
        guard ends.count > 1 else { return breaks(text, 0, n, locale: locale, chunk: chunk) }
        // Runs of whole chunks: each ends at the chunk end nearest to its share of the text.
        let k = min(workers, ends.count)
        var runs: [Range<Int>] = []
        var from = 0, e = 0
        for j in 1...k {
            let target = n * j / k
            if j == k { runs.append(from..<n); break }
            while e + 1 < ends.count, abs(ends[e + 1] - target) <= abs(ends[e] - target) { e += 1 }
            if ends[e] > from && ends[e] < n { runs.append(from..<ends[e]); from = ends[e]; e += 1 }
            if e >= ends.count { runs.append(from..<n); break }
        }
        let text = Unchecked(text)
        let parts = ParallelMap.map(runs) { r in breaks(text.value, r.lowerBound, r.upperBound, locale: locale, chunk: chunk) }
        return Array(parts.joined())
    }

    /// The breaks of `text[from..<to]` (one run of whole chunks), as offsets into `text`.
    private static func breaks(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, locale: String, chunk: Int32) -> [Int] {
        let len = to - from
        var cap = len / 40 + 16
        while true {
            var out = [Int32](repeating: 0, count: cap)
            let n = (text.baseAddress! + from).withMemoryRebound(to: CChar.self, capacity: len) { p in
                cicu_sentence_breaks(p, Int32(len), locale, chunk, &out, Int32(cap))
            }
            if n < 0 { return [to] }
            if Int(n) <= cap { return out[0..<Int(n)].map { Int($0) + from } }
            cap = Int(n)
        }
    }

    /// NFKC_Casefold of a UTF-8 string ("Straße" → "strasse", "ﬁle" → "file").
    static func nfkcCasefold(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u in
            let r = fill(initial: u.count + 8) { out, cap in
                u.baseAddress!.withMemoryRebound(to: CChar.self, capacity: u.count) {
                    cicu_nfkc_casefold($0, Int32(u.count), out, cap)
                }
            }
            return r.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: u, as: UTF8.self).lowercased()
        }
    }

    /// ICU's charset guess for `bytes`: name and confidence (0–100).
    static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var conf: Int32 = 0
        let sample = bytes.count > 65536 ? Array(bytes[0..<65536]) : bytes
        let r = sample.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                cicu_detect_charset($0, Int32(p.count), &name, 64, &conf)
            }
        }
        guard r == 0 else { return nil }
        return (cString(name), Int(conf))
    }

    enum ConvertResult { case ok([UInt8]), invalid(offset: Int), failed }

    /// Converts bytes in `charset` to UTF-8; `strict` stops at the first invalid sequence.
    static func toUTF8(_ bytes: [UInt8], charset: String, strict: Bool) -> ConvertResult {
        if bytes.isEmpty { return .ok([]) }
        var cap = bytes.count * 3 + 16
        for _ in 0..<3 {
            var out = [UInt8](repeating: 0, count: cap)
            var bad: Int32 = -1
            let n = bytes.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { src in
                    out.withUnsafeMutableBufferPointer { o in
                        o.baseAddress!.withMemoryRebound(to: CChar.self, capacity: cap) {
                            cicu_to_utf8(charset, src, Int32(p.count), $0, Int32(cap), strict ? 1 : 0, &bad)
                        }
                    }
                }
            }
            if n == -2 { return .invalid(offset: Int(max(0, bad))) }
            if n < 0 { return .failed }
            if Int(n) <= cap { out.removeSubrange(Int(n)...); return .ok(out) }
            cap = Int(n) + 1
        }
        return .failed
    }

    static func canonicalCharset(_ name: String) -> String? {
        var out = [CChar](repeating: 0, count: 64)
        return cicu_charset_canonical(name, &out, 64) == 0 ? cString(out) : nil
    }

    /// Unicode script code of a code point (ICU's UScriptCode; the ones DriftKit names are
    /// `Script`: 0 Common, 1 Inherited, 8 Cyrillic, 14 Greek, 25 Latin).
    static func script(_ u: UInt32) -> Int32 { cicu_script(u) }

    /// The Unicode name of a code point, e.g. "ZERO WIDTH SPACE".
    static func charName(_ u: UInt32) -> String {
        var out = [CChar](repeating: 0, count: 128)
        let n = cicu_char_name(u, &out, 128)
        return n > 0 ? cString(out) : "U+" + String(u, radix: 16, uppercase: true)
    }

    /// The UTS #39 confusable skeleton of a string.
    static func skeleton(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u in
            guard u.count > 0 else { return "" }
            let r = fill(initial: u.count * 3 + 8) { out, cap in
                u.baseAddress!.withMemoryRebound(to: CChar.self, capacity: u.count) { cicu_skeleton($0, Int32(u.count), out, cap) }
            }
            return r.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: u, as: UTF8.self)
        }
    }
}
