import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// Writing a report to `-o FILE`, the one place drift writes a file it was told to write.
///
/// Like `sort -o`, `tee` and editors:
/// - a symbolic link is written *through*: its target gets the report, the link stays;
/// - anything that is not a regular file (a FIFO, `/dev/stdout`, a device) is opened and
///   written straight into, never replaced;
/// - a regular file is replaced atomically: the report goes to a temporary file beside it
///   (`.NAME.drift-tmp-PID`), is synced, given the existing file's permission bits, and
///   renamed over it, so an interrupted run never leaves half a report;
/// - a file that is one of the inputs is refused (status 2), before anything is written.
///
/// Temporaries are removed on error and on SIGINT/SIGTERM (`TempCleanup`); one left behind
/// by a killed run (SIGKILL, power loss) is removed by the next run that writes beside it,
/// once no process of its PID is alive.
enum OutputFile {
    static let tempMarker = ".drift-tmp-"

    /// The file a path names once symbolic links are followed (up to 40, as the kernel does);
    /// a dangling link gives the path it points to, which is then created.
    static func resolve(_ path: String) throws -> String {
        var p = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(p, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return p }
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(p, &buf, buf.count - 1)
            guard n > 0 else { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
            let target = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            p = target.hasPrefix("/") ? target : directory(of: p) + "/" + target
        }
        throw DriftError(path, "cannot write: too many levels of symbolic links")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Throws when `path` (after links) is the same file as one of `inputs` (standard input,
    /// `-`, is never a file here).
    static func refuseInput(_ path: String, shown: String, inputs: [String]) throws {
        var out = stat()
        guard stat(path, &out) == 0 else { return }
        for i in inputs where i != "-" {
            var st = stat()
            if stat(i, &st) == 0, st.st_dev == out.st_dev, st.st_ino == out.st_ino {
                throw DriftError(shown, "is one of the inputs (\(i)); not overwriting it", hint: "name another file with -o")
            }
        }
    }

    /// Writes `text` to `path` as described above. `inputs` are the files the report was made
    /// from.
    static func write(_ path: String, _ text: String, inputs: [String] = []) throws {
        try write(path, inputs: inputs) { fd in
            var t = text
            return t.withUTF8 { writeAll(fd, $0) }
        }
    }

    /// The same with a writer that streams into the open descriptor and returns 0 or errno.
    static func write(_ path: String, inputs: [String] = [], _ body: (Int32) -> Int32) throws {
        let target = try resolve(path)
        try refuseInput(target, shown: path, inputs: inputs)
        var st = stat()
        let exists = stat(target, &st) == 0
        if exists && (st.st_mode & S_IFMT) == S_IFDIR { throw DriftError(path, "cannot write: is a directory") }
        if exists && (st.st_mode & S_IFMT) != S_IFREG {
            // A FIFO, a terminal, a device: write into it as it is.
            let fd = open(target, O_WRONLY | O_CLOEXEC)
            if fd < 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
            let e = body(fd)
            let c = close(fd) == 0 ? 0 : errno
            if e != 0 || c != 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(e != 0 ? e : c)))") }
            return
        }
        let dir = directory(of: target)
        removeStaleTemporaries(in: dir, for: name(of: target))
        let tmp = dir + "/." + name(of: target) + tempMarker + "\(getpid())"
        TempCleanup.register(tmp)
        defer { TempCleanup.unregister() }
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if fd < 0 { throw DriftError(path, "cannot write: \(String(cString: strerror(errno)))") }
        var e = body(fd)
        // Keep the permission bits of the file replaced (a 0600 report stays 0600).
        if e == 0 && exists && fchmod(fd, st.st_mode & 0o7777) != 0 { e = errno }
        if e == 0 && fsync(fd) != 0 { e = errno }
        if close(fd) != 0 && e == 0 { e = errno }
        if e == 0 && rename(tmp, target) != 0 { e = errno }
        if e != 0 {
            unlink(tmp)
            throw DriftError(path, "cannot write: \(String(cString: strerror(e)))")
        }
    }

    /// Writes all bytes, retrying on EINTR; 0 or errno.
    static func writeAll(_ fd: Int32, _ p: UnsafeBufferPointer<UInt8>) -> Int32 {
        var off = 0
        while off < p.count {
            let n = Glibc.write(fd, p.baseAddress! + off, p.count - off)
            if n < 0 { if errno == EINTR { continue }; return errno }
            off += n
        }
        return 0
    }

    /// Removes `.NAME.drift-tmp-PID` files beside `NAME` whose process is gone: what a
    /// killed run (SIGKILL, a crash, power loss) left.
    static func removeStaleTemporaries(in dir: String, for name: String) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        let prefix = "." + name + tempMarker
        while let e = readdir(d) {
            let entry = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
            unlink(dir + "/" + entry)
        }
    }
}

/// Removes the temporary file being written when SIGINT or SIGTERM arrives, then lets the
/// signal end the process as it would have (status 128 + signal for the shell).
enum TempCleanup {
    /// The temporary's path as a C string, read by the signal handler (set before the file
    /// is created, cleared after it is renamed or removed).
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>? = nil
    nonisolated(unsafe) static var installed = false

    static func register(_ p: String) {
        if !installed {
            installed = true
            for sig in [SIGINT, SIGTERM, SIGHUP] {
                signal(sig) { s in
                    if let p = TempCleanup.path { unlink(p) }
                    signal(s, SIG_DFL)
                    raise(s)
                }
            }
        }
        path = strdup(p)
    }

    static func unregister() {
        let p = path
        path = nil
        free(p)
    }
}
