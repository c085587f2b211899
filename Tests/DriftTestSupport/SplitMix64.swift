/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast, seedable generator, so a seed
/// gives the same generated text on every platform and run. The one copy for the tests, the
/// generated corpus and drift-bench.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    package var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `r` by reduction modulo its size (slightly biased for huge ranges; kept
    /// because the generated corpus's documents depend on it): `int(8...14)`.
    package mutating func int(_ r: ClosedRange<Int>) -> Int {
        r.lowerBound + Int(next() % UInt64(r.count))
    }
}
