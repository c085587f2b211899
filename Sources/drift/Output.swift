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
        let e = s.withUTF8 { OutputFile.writeAll(fd, $0) }
        guard e != 0, fd != 2 else { return } // nothing more can be said when standard error fails
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
}

func getenvString(_ name: String) -> String? {
    guard let v = getenv(name) else { return nil }
    return String(cString: v)
}
