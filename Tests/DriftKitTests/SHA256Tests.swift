import Testing
@testable import DriftKit

/// The content hash in every report (`documents[].sha256`): people compare it with
/// `sha256sum`, so it must be SHA-256 exactly (swift-crypto's, through `SHA256.hex`).
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
            #expect(hex(SHA256.digest(msg)) == want, "digest, \(msg.count) bytes")
        }
    }

    /// Lengths at the block and padding boundaries (a message of 55 bytes pads into one
    /// block, 56 into two), as `sha256sum` (and Python's hashlib) give them for runs of "a".
    @Test func paddingBoundaries() {
        let cases: [(Int, String)] = [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
            (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
            (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
            (127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
            (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
            (4095, "e2e8bab8dad4a3879ffed30a624fee2310f39141d454c57f89e908e527dfd8cd"),
            (4096, "c93eee2d0db02f10acc7460d9576e122dcf8cd53c4bf8dfcae1b3e74ebcfff5a"),
            (4097, "4e369b5618643c3abddd027b650bfa54810be3b418028a7c9d82299a59d008e8"),
        ]
        for (n, want) in cases {
            #expect(SHA256.hex([UInt8](repeating: 0x61, count: n)) == want, "\(n) bytes")
        }
    }

    private func hex(_ d: [UInt8]) -> String { d.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
}
