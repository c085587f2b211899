import Foundation

/// Order-preserving parallel map over the machine's cores: the one thread pool of the package
/// (copies compared side by side, inputs loaded side by side, DriftCorpus's batches and
/// searches).
package enum ParallelMap {
    /// The machine's cores (`ProcessInfo.activeProcessorCount`, which reads the cgroup's CPU
    /// quota): read once per process, for the aligner's lanes and the segmenter's chunks alike
    /// (each read costs ≈ 0.1 ms, most of it the cgroup files).
    package static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `items.map(f)`, with the calls spread over the cores; the result keeps the items' order.
    package static func map<T: Sendable, U: Sendable>(_ items: [T], _ f: @Sendable (T) -> U) -> [U] {
        if items.count <= 1 { return items.map(f) }
        let box = ResultSlots<U>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in box.set(k, f(items[k])) }
        return box.values()
    }

    /// `(a(), b())`, `a` on a Dispatch worker while `b` runs on the calling thread. Unlike
    /// `map` over two items, `b` runs outside any `concurrentPerform`, so a `map` inside it
    /// still spreads over every core: libdispatch runs a concurrentPerform nested in another
    /// on the cores divided by the outer one's width (2 items on 2 cores: 1 thread each).
    package static func beside<A, B>(_ a: @escaping @Sendable () -> A, _ b: () -> B) -> (A, B) {
        let box = ResultSlots<A>(1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.set(0, a()) }
        let second = b()
        group.wait()
        return (box.values()[0], second)
    }
}

/// Result slots filled from several threads.
final class ResultSlots<U>: @unchecked Sendable {
    private var out: [U?]
    private let lock = NSLock()
    init(_ n: Int) { out = Array(repeating: nil, count: n) }
    func set(_ k: Int, _ v: U) { lock.lock(); out[k] = v; lock.unlock() }
    func values() -> [U] { lock.lock(); defer { lock.unlock() }; return out.map { $0! } }
}

/// A value read by several threads and written by none while its owner waits for them (the
/// fact set while the detectors run, a text's bytes while its chunks are broken), or a
/// buffer whose disjoint parts they write (a segmenter's sentence slots).
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
