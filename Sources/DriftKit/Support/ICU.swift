import CICU

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

    /// Sentence boundary offsets (exclusive ends) of `text`, per ICU's sentence rules.
    /// - Complexity: O(n).
    static func sentenceBreaks(_ text: UnsafeBufferPointer<UInt8>, locale: String) -> [Int] {
        guard text.count > 0 else { return [] }
        var cap = text.count / 40 + 16
        while true {
            var out = [Int32](repeating: 0, count: cap)
            let n = text.baseAddress!.withMemoryRebound(to: CChar.self, capacity: text.count) { p in
                cicu_sentence_breaks(p, Int32(text.count), locale, &out, Int32(cap))
            }
            if n < 0 { return [text.count] }
            if Int(n) <= cap { return out[0..<Int(n)].map { Int($0) } }
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
