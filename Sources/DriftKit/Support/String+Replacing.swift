#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Every occurrence of `a` replaced by `b`: a literal, non-overlapping replacement from the
    /// start (Foundation's `replacingOccurrences(of:with:)` without its NSString bridging).
    /// Named apart from Foundation's so that neither shadows the other.
    func replacingAll(_ a: String, with b: String) -> String {
        guard containsBytes(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }

    /// Whether the UTF-8 of `needle` occurs in this string, byte for byte: for ASCII needles
    /// and single code points, what `contains` answers, without Foundation's string search
    /// (≈ 20,000 instructions a call on a sentence, measured in the zone classifier).
    func containsBytes(_ needle: String) -> Bool {
        var hay = self
        return hay.withUTF8 { $0.containsBytes(needle) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these UTF-8 bytes hold those of `needle` (`String.containsBytes`).
    func containsBytes(_ needle: String) -> Bool {
        var pin = needle
        return pin.withUTF8 { p in
            guard let first = p.first else { return true }
            guard count >= p.count else { return false }
            for i in 0...(count - p.count) where self[i] == first {
                var k = 1
                while k < p.count && self[i + k] == p[k] { k += 1 }
                if k == p.count { return true }
            }
            return false
        }
    }
}

extension String {
    /// This string padded with spaces, or cut, to `length` UTF-16 units: Foundation's
    /// `padding(toLength:withPad: " ", startingAt: 0)` without its NSString bridging (≈ 0.3 ms
    /// of a seed pair's text report went to that bridging, perf, 2026-12-05).
    func paddedTo(_ length: Int) -> String {
        let n = utf16.count
        if n < length { return self + String(repeating: " ", count: length - n) }
        return n == length ? self : String(decoding: Array(utf16.prefix(length)), as: UTF16.self)
    }

    /// `x` with `places` decimals, as printf's "%.*f" writes it (C locale: a "." point):
    /// `String(format: "%.2f", x)` without Foundation's format parser.
    static func fixed(_ x: Double, places: Int) -> String {
        var buf = [CChar](repeating: 0, count: 64)
        let n = withVaList([Int32(places), x]) { vsnprintf(&buf, buf.count, "%.*f", $0) }
        if n >= buf.count { // a huge magnitude: room for every digit
            buf = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([Int32(places), x]) { vsnprintf(&buf, buf.count, "%.*f", $0) }
        }
        return String(cString: buf)
    }
}
