import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Clocks, memory figures and child processes for the benchmarks (Linux: /proc and wait4).
enum Measure {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// A field of /proc/self/status in KiB ("VmHWM": peak resident set, "VmRSS": current).
    static func status(_ field: String) -> Int? {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// The path of this executable.
    static func selfPath() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        return n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    struct Child {
        var seconds: Double
        /// Peak resident set of the child, KiB (wait4's ru_maxrss).
        var maxRSSKiB: Int
        var exitStatus: Int32
        var output: String
    }

    /// Runs a program (looked up on PATH), its standard output to a temporary file that is
    /// read back (or discarded with `captureOutput: false`), and measures wall time and peak RSS.
    static func run(_ argv: [String], captureOutput: Bool = true) throws -> Child {
        let outPath = captureOutput ? NSTemporaryDirectory() + "drift-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out" : "/dev/null"
        defer { if captureOutput { unlink(outPath) } }
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_addopen(&fa, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cargs.append(nil)
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let t0 = now()
        let rc = posix_spawnp(&pid, argv[0], &fa, nil, cargs, environ)
        guard rc == 0 else { throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        var st: Int32 = 0
        var ru = rusage()
        while wait4(pid, &st, 0, &ru) < 0 && errno == EINTR {}
        let t1 = now()
        let exited = st & 0x7f == 0
        let code: Int32 = exited ? (st >> 8) & 0xff : 128 + (st & 0x7f)
        let out = captureOutput ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
        return Child(seconds: t1 - t0, maxRSSKiB: Int(ru.ru_maxrss), exitStatus: code, output: out)
    }

    /// Whether a program is on PATH.
    static func onPath(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }

    /// One line about the machine: cores, CPU model, memory.
    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memKiB = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") } ?? 0
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(model), \(String(format: "%.1f", Double(memKiB) / 1_048_576)) GiB RAM"
    }

    /// The 1-minute load average (/proc/loadavg): other work on the machine skews wall times.
    static func load() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").first.map(String.init) ?? "?"
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }

    static func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
