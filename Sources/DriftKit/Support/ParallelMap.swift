import Foundation

/// Order-preserving parallel map over the machine's cores: the one thread pool of the package
/// (copies compared side by side, inputs loaded side by side, DriftCorpus's batches and
/// searches).
package enum ParallelMap {
    /// `items.map(f)`, with the calls spread over the cores; the result keeps the items' order.
    package static func map<T: Sendable, U: Sendable>(_ items: [T], _ f: @Sendable (T) -> U) -> [U] {
        if items.count <= 1 { return items.map(f) }
        let box = ResultSlots<U>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in box.set(k, f(items[k])) }
        return box.values()
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
