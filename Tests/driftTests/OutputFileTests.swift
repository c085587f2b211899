import Foundation
import Testing
import DriftTestSupport

/// `-o FILE`: the report is written whole or not at all, never over what was there before
/// unless it is complete; a closed pipe on standard output ends quietly.
@Suite("Output files and pipes")
struct OutputFileTests {
    static let orig = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
    static let copy = CLI.samples.appendingPathComponent("cnn-putin-negotiations.blog-repost.txt").path

    static func leftovers(_ dir: TempDir) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("drift-tmp") }
    }

    @Test("-o writes through a temporary file: a report appears whole and nothing else is left")
    func atomicOutput() throws {
        let dir = try TempDir()
        let out = dir.url.appendingPathComponent("report.json").path
        let ok = try CLI.run(["compare", "--format", "json", "-o", out, Self.orig, Self.copy])
        #expect(ok.status == 1)
        #expect(ok.stdout.isEmpty)
        let written = try #require(FileManager.default.contents(atPath: out))
        #expect((try? JSONSerialization.jsonObject(with: written)) != nil, "the report is complete JSON")
        #expect(try Self.leftovers(dir).isEmpty)
        // A directory that does not exist: one error line, status 2, nothing written.
        let bad = dir.url.appendingPathComponent("missing/report.json").path
        let r = try CLI.run(["compare", "--format", "json", "-o", bad, Self.orig, Self.copy])
        #expect(r.status == 2)
        #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("drift: error: \(bad): cannot write"))
        #expect(!FileManager.default.fileExists(atPath: bad))
    }

    /// The write is made to fail part-way with a file-size limit (`ulimit -f`, SIGXFSZ
    /// ignored so that write(2) returns EFBIG instead of killing drift): the report is far
    /// larger than the limit, the previous report far smaller.
    @Test("-o over an existing report, failing mid-write: the old report is intact and no temporary file is left")
    func failedWriteKeepsOldReport() throws {
        let bin = try #require(CLI.binary)
        let dir = try TempDir()
        let old = "the previous report, which a failed run must not destroy\n"
        let out = try dir.file("report.json", Array(old.utf8))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", #"trap '' XFSZ; ulimit -f 8; exec "$0" compare --format json -o "$1" "$2" "$3""#, bin.path, out, Self.orig, Self.copy]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "stderr: \(stderr)")
        #expect(stderr.hasPrefix("drift: error: \(out): cannot write"), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == old, "the previous report was damaged")
        #expect(try Self.leftovers(dir).isEmpty, "a temporary file was left behind")
    }

    @Test("writing to a closed pipe ends quietly")
    func closedPipe() throws {
        let bin = try #require(CLI.binary)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\"$0\" compare --format json \"$1\" \"$2\" | head -c 10 >/dev/null", bin.path, Self.orig,
                       CLI.samples.appendingPathComponent("cnn-putin-negotiations.inosmi-retranslation.txt").path]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.isEmpty, "drift printed on a closed pipe: \(stderr)")
    }
}
