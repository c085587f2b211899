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

    /// The JSON writer's own check (`UTF8Check`, which skips eight ASCII bytes at a time)
    /// on the same damaged text, at every alignment of its words: the standard library's verdict.
    @Test func jsonWritersCheckAgreesWithTheStandardLibrary() {
        let base = Array("Plain words first, then Путин и Трамп — “переговоры” 😀 €5, and more plain words. ".utf8)
        var x: UInt64 = 0x9E3779B97F4A7C15
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
            #expect(b.withUnsafeBufferPointer { UTF8Check.isValid($0) } == Self.stdlib(b), "\(b)")
        }
    }

    /// `SWAR.plain` passes a word of eight bytes exactly when the JSON writer would copy each
    /// of them as it is: all ASCII, no control, no `"`, `\\`, `<`, `>`, `&` or DEL. Words
    /// drawn mostly from ordinary letters with one or two other bytes put anywhere.
    @Test func plainWordsAreExactlyThoseWithNothingToEscape() {
        let special: Set<UInt8> = [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x7F]
        func plain(_ b: [UInt8]) -> Bool { b.allSatisfy { $0 >= 0x20 && $0 < 0x80 && !special.contains($0) } }
        var x: UInt64 = 0x2545F4914F6CDD1D
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        var plainSeen = 0, wrong: [[UInt8]] = []
        for _ in 0..<100_000 {
            var b = (0..<8).map { _ in UInt8(0x20 + next(0x5F)) }
            for _ in 0..<next(3) { b[next(8)] = UInt8(next(256)) }
            let w = b.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            if SWAR.plain(w) != plain(b) { wrong.append(b) }
            if plain(b) { plainSeen += 1 }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(plainSeen > 5_000 && plainSeen < 95_000)
    }
}
