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
        let tmp = path + ".drift-tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        var t = text
        var ok = true
        t.withUTF8 { p in
            var off = 0
            while off < p.count {
                let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
                if n < 0 { if errno == EINTR { continue }; ok = false; return }
                off += n
            }
        }
        if fsync(fd) != 0 { ok = false }
        close(fd)
        if !ok || rename(tmp, path) != 0 {
            let msg = String(cString: strerror(errno))
            unlink(tmp)
            throw DriftError(path, "cannot write: \(msg)")
        }
    }
}

func getenvString(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    return String(cString: v)
}
