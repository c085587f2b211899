/// Tests of eight bytes at once, in a 64-bit word (SIMD within a register): the JSON writer
/// skips runs of text that need no escaping, and the scans for bytes beyond ASCII skip
/// ASCII text, this way rather than byte by byte.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when some byte of `v` is zero (exact as a yes/no answer).
    @inline(__always) static func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }

    /// True when all eight bytes are ASCII and none is one `JSONWriter.escape` treats
    /// specially: a control (below 0x20), `"`, `\`, `<`, `>`, `&` or DEL. Each byte below 0x80,
    /// so "some byte below 0x20" is exact as `(w − 0x20…) & high` (no byte wraps alone).
    @inline(__always) static func plain(_ w: UInt64) -> Bool {
        guard w & high == 0 else { return false }
        let any = ((w &- ones &* 0x20) & high)
            | zeroByte(w ^ (ones &* 0x22)) | zeroByte(w ^ (ones &* 0x5C)) | zeroByte(w ^ (ones &* 0x3C))
            | zeroByte(w ^ (ones &* 0x3E)) | zeroByte(w ^ (ones &* 0x26)) | zeroByte(w ^ (ones &* 0x7F))
        return any == 0
    }
}

extension SWAR {
    /// The first index in `from ..< to` of `b` holding a byte beyond ASCII, or `to`.
    @inline(__always)
    static func firstNonASCII(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= to, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & high == 0 { i += 8 }
        }
        while i < to, b[i] < 0x80 { i += 1 }
        return i
    }
}
