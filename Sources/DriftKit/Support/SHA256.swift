import Crypto

/// SHA-256 (FIPS 180-4), for the report's content hashes (`documents[].sha256`, the HTML
/// report's script and style hashes). Foundation on Linux has none, so the digest comes from
/// swift-crypto (`Crypto.SHA256`: CryptoKit on Apple platforms, BoringSSL, with its x86 SHA
/// extension and AVX paths chosen at run time, elsewhere).
/// - Complexity: O(n).
enum SHA256 {
    /// Lower-case hex of the digest: `hex(Array("abc".utf8))` → `"ba7816bf…f20015ad"`.
    static func hex(_ data: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest(data) { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xf)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest.
    static func digest(_ data: [UInt8]) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }
}
