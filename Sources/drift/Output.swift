import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error.
///
/// A closed pipe (`drift … | head`) ends the program quietly, with the status the command
/// has decided on (`statusOnClosedPipe`: `drift check` keeps its verdict). Any other failed
/// write on standard output (a full disk, `/dev/full`) ends it with one error line and
/// status 2: a truncated report must not look like a finished one.
enum Output {
    /// The exit status when standard output turns out to be a closed pipe; commands set it
    /// to their verdict before they print their report.
    nonisolated(unsafe) static var statusOnClosedPipe: Int32 = 0

    static func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd, $0) }
    }
    static func write(_ fd: Int32, _ p: UnsafeBufferPointer<UInt8>) {
        failed(fd, OutputFile.writeAll(fd, p))
    }

    /// Ends the program after a failed write (errno `e`) on standard output; does nothing
    /// for `e == 0` or for standard error (nothing more can be said when it fails).
    static func failed(_ fd: Int32, _ e: Int32) {
        guard e != 0, fd != 2 else { return }
        if e == EPIPE { exit(statusOnClosedPipe) }
        err("drift: error: standard output: cannot write: \(String(cString: strerror(e)))")
        exit(2)
    }
    static func out(_ s: String) { write(1, s) }
    static func err(_ s: String) { write(2, s.hasSuffix("\n") ? s : s + "\n") }
}

extension Output {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Writes a report file (see `OutputFile`: atomic, through links, never over an input).
    static func writeFileAtomically(_ path: String, _ text: String, inputs: [String] = []) throws {
        try OutputFile.write(path, text, inputs: inputs)
    }

    /// The same, with the content written piece by piece through a buffered writer.
    static func writeFileAtomically(_ path: String, inputs: [String] = [], _ body: (inout FDWriter) -> Void) throws {
        try OutputFile.write(path, inputs: inputs) { fd in
            var w = FDWriter(fd: fd)
            body(&w)
            w.flush()
            return w.failure
        }
    }

    /// The same, for a library renderer that streams through a `ReportWriter`.
    static func writeFileAtomically(_ path: String, inputs: [String] = [], _ render: (ReportWriter) -> Void) throws {
        try OutputFile.write(path, inputs: inputs) { fd in
            var failed: Int32 = 0
            let w = ReportWriter { chunk in
                let e = OutputFile.writeAll(fd, UnsafeBufferPointer(start: chunk.bindMemory(to: UInt8.self).baseAddress, count: chunk.count))
                if e != 0 { failed = e; throw DriftError(path, "cannot write: \(String(cString: strerror(e)))") }
            }
            render(w)
            do { try w.finish() } catch { return failed != 0 ? failed : EIO }
            return 0
        }
    }

    /// Streams a library renderer's output to standard output (see `write`: a closed pipe ends
    /// the program with `statusOnClosedPipe`, another failure with status 2) or, with a path,
    /// atomically to that file.
    static func stream(to path: String?, inputs: [String] = [], _ render: (ReportWriter) -> Void) throws {
        if let path { try writeFileAtomically(path, inputs: inputs, render); return }
        let w = ReportWriter { chunk in
            if let p = chunk.bindMemory(to: UInt8.self).baseAddress { write(1, UnsafeBufferPointer(start: p, count: chunk.count)) }
        }
        render(w)
        try w.finish()
    }

    /// Columns of the terminal on `fd`, if it is one.
    static func terminalWidth(_ fd: Int32) -> Int? {
        var ws = winsize()
        guard isatty(fd) != 0, ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
        return Int(ws.ws_col)
    }
}

/// A buffered `TextOutputStream` over a file descriptor: reports are written through it piece
/// by piece (64 KiB at a time), never held as one string. On standard output a failed write
/// ends the program as `Output.write` does; on a file the first error is kept in `failure`.
struct FDWriter: TextOutputStream {
    let fd: Int32
    private var buffer: [UInt8] = []
    /// errno of the first failed write, or 0.
    private(set) var failure: Int32 = 0
    static let capacity = 1 << 16

    init(fd: Int32) { self.fd = fd; buffer.reserveCapacity(Self.capacity) }

    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.capacity { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty, failure == 0 else { buffer.removeAll(keepingCapacity: true); return }
        failure = buffer.withUnsafeBufferPointer { OutputFile.writeAll(fd, $0) }
        // Standard output: a closed pipe ends quietly with the command's verdict, any other
        // failure with one line and status 2 (`Output.failed`).
        if fd == 1 { Output.failed(1, failure) }
        buffer.removeAll(keepingCapacity: true)
    }
}

func getenvString(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    return String(cString: v)
}
