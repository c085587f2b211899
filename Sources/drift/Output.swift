import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error. A closed pipe (`drift … | head`) ends the program quietly.
enum Output {
    static func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd, $0) }
    }
    static func write(_ fd: Int32, _ p: UnsafeBufferPointer<UInt8>) {
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

    /// The same, for a renderer that streams its output through a buffered writer.
    static func writeFileAtomically(_ path: String, _ render: (ReportWriter) -> Void) throws {
        let tmp = path + ".drift-tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        let w = ReportWriter { chunk in
            var off = 0
            while off < chunk.count {
                let n = Glibc.write(fd, chunk.baseAddress! + off, chunk.count - off)
                if n < 0 { if errno == EINTR { continue }; throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
                off += n
            }
        }
        render(w)
        var failure: Error? = nil
        do { try w.finish() } catch { failure = error }
        if failure == nil && fsync(fd) != 0 { failure = DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        close(fd)
        if failure == nil && rename(tmp, path) != 0 { failure = DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        if let failure {
            unlink(tmp)
            throw failure
        }
    }

    /// Streams a renderer's output to standard output (a closed pipe ends the program quietly,
    /// as `out` does) or, with a path, atomically to that file.
    static func stream(to path: String?, _ render: (ReportWriter) -> Void) throws {
        if let path { try writeFileAtomically(path, render); return }
        let w = ReportWriter { chunk in
            if let p = chunk.bindMemory(to: UInt8.self).baseAddress { write(1, UnsafeBufferPointer(start: p, count: chunk.count)) }
        }
        render(w)
        try w.finish()
    }
}

func getenvString(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    return String(cString: v)
}
