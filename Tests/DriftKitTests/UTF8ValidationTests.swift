import Testing
@testable import DriftKit

/// Input that is not valid UTF-8 must never be read as UTF-8 (it goes to the charset detector
/// or is refused), and valid UTF-8 must never be sent there: the byte-level validator has to
/// accept exactly what the standard library accepts.
@Suite("UTF-8 validation of inputs")
struct UTF8ValidationTests {
    static func stdlib(_ b: [UInt8]) -> Bool { String(validating: b, as: UTF8.self) != nil }

    @Test func edgeCasesOfTheStandard() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII text, longer than eight bytes".utf8), Array("Кyiv — “quoted” 😀".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF],             // overlong / smallest two-byte
            [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],          // overlong three-byte
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],          // surrogates
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
            [0x80], [0x41, 0xBF, 0x41], [0xE2, 0x80], [0xF0, 0x9F, 0x98], Array("abcdefg".utf8) + [0xE2, 0x80],
            Array("abcdefgh".utf8) + [0xC3], [0xC3, 0x41], [0xE2, 0x41, 0x80],
        ]
        for c in cases {
            #expect(UTF8Validation.isValid(c) == Self.stdlib(c), "\(c)")
        }
        #expect(UTF8Validation.isValid([0xEF, 0xBB, 0xBF, 0x41], from: 3))
        #expect(!UTF8Validation.isValid([0xEF, 0xBB, 0xBF, 0xFF], from: 3))
    }

    /// Valid text with bytes changed, cut or inserted at random places: same verdict.
    @Test func agreesWithTheStandardLibraryOnDamagedText() {
        let base = Array("Путин и Трамп — “переговоры” in Gen. Kellogg’s words: 1,000 😀 €5. ".utf8)
        var x: UInt64 = 0x2545F4914F6CDD1D
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        for _ in 0..<20_000 {
            var b = Array(base[next(base.count)...]) + Array(base[0..<next(base.count)])
            for _ in 0..<next(3) {
                let i = next(b.count)
                switch next(3) {
                case 0: b[i] = UInt8(truncatingIfNeeded: next(256))
                case 1: b.remove(at: i)
                default: b.insert(UInt8(0x80 + next(0x80)), at: i)
                }
            }
            #expect(UTF8Validation.isValid(b) == Self.stdlib(b), "\(b)")
        }
    }
}
