#if canImport(Glibc)
import Glibc
#endif

/// Measures the named phases of a comparison — time, and allocations when the program
/// supplies a counter (`drift-bench` counts calls to malloc) — for the benchmarks. Attach one
/// through `CompareOptions.probe`; without one, each phase costs a nil check.
///
/// Not for concurrent use: while a probe is attached, `Comparison` compares copies one after
/// another, so each figure is one phase's alone.
public final class PhaseProbe: @unchecked Sendable {
    /// One measured phase. Repeated names (a phase run once per copy) are summed by `total`.
    public struct Figure: Sendable {
        public var name: String
        public var seconds: Double
        /// Allocations (malloc, calloc, realloc, aligned allocations) during the phase.
        public var allocations: Int
        /// Bytes requested by those allocations.
        public var allocatedBytes: Int
    }

    /// Returns (allocations so far, bytes requested so far) for the whole process.
    public typealias Counter = () -> (calls: Int, bytes: Int)

    private let counter: Counter?
    public private(set) var figures: [Figure] = []

    public init(counter: Counter? = nil) { self.counter = counter }

    /// Runs `body` as the phase `name` and records its figure.
    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let a0: (calls: Int, bytes: Int) = counter?() ?? (0, 0)
        let t0 = PhaseProbe.now()
        let r = try body()
        let t1 = PhaseProbe.now()
        let a1: (calls: Int, bytes: Int) = counter?() ?? (0, 0)
        figures.append(Figure(name: name, seconds: t1 - t0, allocations: a1.calls - a0.calls, allocatedBytes: a1.bytes - a0.bytes))
        return r
    }

    /// The figures of each phase name summed, in the order the names first appeared.
    public var totals: [Figure] {
        var order: [String] = [], sum: [String: Figure] = [:]
        for f in figures {
            if var s = sum[f.name] {
                s.seconds += f.seconds; s.allocations += f.allocations; s.allocatedBytes += f.allocatedBytes
                sum[f.name] = s
            } else { order.append(f.name); sum[f.name] = f }
        }
        return order.map { sum[$0]! }
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension Optional where Wrapped == PhaseProbe {
    /// `body` measured as `name` when a probe is attached, else just run.
    @inline(__always)
    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        if let p = self { return try p.measure(name, body) }
        return try body()
    }
}
