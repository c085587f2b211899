import Testing
@testable import DriftKit

/// The content hash in every report (`documents[].sha256`): people compare it with
/// `sha256sum`, so it must be SHA-256 exactly, on both code paths (SHA extensions or not).
@Suite("SHA-256 of inputs")
struct SHA256Tests {
    /// FIPS 180-4 / NIST CAVS example messages.
    @Test func nistVectors() {
        let cases: [([UInt8], String)] = [
            ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            ([UInt8](repeating: 0x61, count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        ]
        for (msg, want) in cases {
            #expect(SHA256.hex(msg) == want, "\(msg.count) bytes")
            #expect(hex(SHA256.digest(msg, portable: true)) == want, "portable, \(msg.count) bytes")
        }
    }

    /// Every length around the block and padding boundaries (55, 56, 63, 64, 119, 120, …) and
    /// a large buffer: the accelerated and the portable block functions agree.
    @Test func bothPathsAgree() {
        var x: UInt64 = 0x9E3779B97F4A7C15
        func next() -> UInt8 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return UInt8(truncatingIfNeeded: x) }
        let data = (0..<(1 << 20) + 37).map { _ in next() }
        for n in Array(0...300) + [4095, 4096, 4097, data.count] {
            let m = Array(data[0..<n])
            #expect(SHA256.digest(m) == SHA256.digest(m, portable: true), "\(n) bytes")
        }
    }

    private func hex(_ d: [UInt8]) -> String { d.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
}
