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
