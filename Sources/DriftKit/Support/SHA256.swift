import CICU

/// SHA-256 (FIPS 180-4), for the report's content hashes. Foundation on Linux has none.
/// - Complexity: O(n).
enum SHA256 {
    static func hex(_ data: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest(data) { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xf)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest (computed in C: `cicu_sha256`; `portable` forces the plain-C block
    /// function even where the CPU has SHA extensions, for tests).
    static func digest(_ data: [UInt8], portable: Bool = false) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                if portable { cicu_sha256_portable(p.baseAddress, Int64(p.count), o.baseAddress) }
                else { cicu_sha256(p.baseAddress, Int64(p.count), o.baseAddress) }
            }
        }
        return out
    }
}
