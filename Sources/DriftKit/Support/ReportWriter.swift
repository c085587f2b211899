/// Buffered output for renderers: they append text as they produce it, and every full buffer
/// goes to a sink (a file descriptor, a pipe, memory), so no report is ever held whole.
///
/// Appending never throws, so a renderer stays a plain walk over the report: the first error
/// of the sink is kept, later output is dropped, and `finish()` throws it.
///
///     let w = ReportWriter { chunk in try file.write(chunk) }
///     JSONReport.write(report, to: w)
///     try w.finish()
///
/// - Complexity: O(n) in the bytes written; memory is the buffer (`capacity`, 64 KiB by default).
public final class ReportWriter {
    /// Receives each full buffer, then the rest at `finish()`; a thrown error stops the output.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    // The three fields every write touches are exempt from run-time exclusivity checks: a
    // class's stored `var` is otherwise checked at each access (swift_beginAccess), which was
    // 15% of writing the 100k pair's JSON report (perf, docs/benchmarks.md, "Issue #13,
    // 2026-12-04"). Nothing here lends them out across a call (no `inout` to a field while
    // another method runs), and a writer is used by one thread at a time.
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var count = 0
    private let capacity: Int
    private let sink: Sink
    /// The sink's first error; output after it is dropped.
    public private(set) var error: Error?
    /// Bytes accepted so far (written or buffered).
    @exclusivity(unchecked) public private(set) var bytesWritten = 0

    /// A writer that hands its buffer to `sink` whenever `capacity` bytes are waiting.
    public init(capacity: Int = 1 << 16, sink: @escaping Sink) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
        self.sink = sink
    }

    deinit { buffer.deallocate() }

    /// A writer that keeps everything in memory (tests, small reports, embedding one report
    /// in another); read it back with `string` or `bytes`.
    public static func inMemory() -> ReportWriter {
        let store = ByteStore()
        let w = ReportWriter { chunk in store.bytes.append(contentsOf: chunk) }
        w.store = store
        return w
    }

    private final class ByteStore { var bytes: [UInt8] = [] }
    private var store: ByteStore?

    /// What an `inMemory()` writer received (flushed first); empty for other writers.
    public var bytes: [UInt8] {
        try? flush()
        return store?.bytes ?? []
    }

    /// `bytes` as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends UTF-8 bytes.
    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        bytesWritten += bytes.count
        if count + bytes.count <= capacity {
            if bytes.count > 0 { (buffer + count).update(from: bytes.baseAddress!, count: bytes.count) }
            count += bytes.count
            return
        }
        writeSlow(bytes)
    }

    private func writeSlow(_ bytes: UnsafeBufferPointer<UInt8>) {
        var at = 0
        while at < bytes.count {
            if count == capacity { try? flush() }
            let n = min(capacity - count, bytes.count - at)
            (buffer + count).update(from: bytes.baseAddress! + at, count: n)
            count += n
            at += n
        }
    }

    /// Appends a string as UTF-8.
    public func write(_ s: String) {
        var s = s
        s.withUTF8 { write($0) }
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte b: UInt8) {
        if count == capacity { try? flush() }
        buffer[count] = b
        count += 1
        bytesWritten += 1
    }

    /// Appends `n` copies of one byte (indentation).
    public func write(byte b: UInt8, count n: Int) {
        for _ in 0..<n { write(byte: b) }
    }

    /// Hands what is buffered to the sink now.
    public func flush() throws {
        let n = count
        count = 0 // after an error, output is dropped
        if let error { throw error }
        guard n > 0 else { return }
        do { try sink(UnsafeRawBufferPointer(start: buffer, count: n)) } catch { self.error = error; throw error }
    }

    /// Flushes, then throws the sink's first error if there was one.
    public func finish() throws {
        try flush()
    }
}
