import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error. A closed pipe (`drift … | head`) ends the program quietly.
enum Output {
    static func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { p in
            var off = 0
            while off < p.count {
                let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                off += n
            }
        }
    }
    static func out(_ s: String) { write(1, s) }
    static func err(_ s: String) { write(2, s.hasSuffix("\n") ? s : s + "\n") }
}

extension Output {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Writes to a temporary file beside `path` and renames it into place, so an interrupted
    /// run never leaves a half-written report.
    static func writeFileAtomically(_ path: String, _ text: String) throws {
        try writeFileAtomically(path) { $0.write(text) }
    }

    /// The same, with the content written piece by piece through a buffered writer.
    static func writeFileAtomically(_ path: String, _ body: (inout FDWriter) throws -> Void) throws {
        let tmp = path + ".drift-tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        var w = FDWriter(fd: fd)
        do { try body(&w) } catch { close(fd); unlink(tmp); throw error }
        w.flush()
        var ok = w.failure == 0
        if fsync(fd) != 0 { ok = false }
        close(fd)
        if !ok || rename(tmp, path) != 0 {
            let msg = String(cString: strerror(w.failure != 0 ? w.failure : errno))
            unlink(tmp)
            throw DriftError(path, "cannot write: \(msg)")
        }
    }

    /// Columns of the terminal on `fd`, if it is one.
    static func terminalWidth(_ fd: Int32) -> Int? {
        var ws = winsize()
        guard isatty(fd) != 0, ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
        return Int(ws.ws_col)
    }
}

/// A buffered `TextOutputStream` over a file descriptor: reports are written through it piece
/// by piece (64 KiB at a time), never held as one string. On standard output a closed pipe
/// ends the program quietly, like `Output.write`; other write errors are kept in `failure`.
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
        buffer.withUnsafeBufferPointer { p in
            var off = 0
            while off < p.count {
                let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE && fd == 1 { exit(0) }
                    failure = errno
                    return
                }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

func getenvString(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    return String(cString: v)
}
