import Foundation

/// Whole-input byte checks, without building a String of the input.
enum UTF8Validation {
    /// True when `bytes[from...]` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF) — what `String(validating:as:)` accepts.
    /// Eight ASCII bytes at a time.
    /// - Complexity: O(n), no allocation.
    static func isValid(_ bytes: [UInt8], from start: Int = 0) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            guard n > start, let base = p.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var i = start
            @inline(__always) func cont(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                switch c {
                case 0xC2...0xDF:
                    guard cont(i + 1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    guard cont(i + 1), cont(i + 2) else { return false }
                    let c1 = p[i + 1]
                    if c == 0xE0 && c1 < 0xA0 { return false } // overlong
                    if c == 0xED && c1 >= 0xA0 { return false } // surrogate
                    i += 3
                case 0xF0...0xF4:
                    guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                    let c1 = p[i + 1]
                    if c == 0xF0 && c1 < 0x90 { return false } // overlong
                    if c == 0xF4 && c1 >= 0x90 { return false } // above U+10FFFF
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    /// True when a NUL byte occurs (memchr).
    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, !p.isEmpty else { return false }
            return memchr(base, 0, p.count) != nil
        }
    }
}
