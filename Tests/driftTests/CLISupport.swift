import Foundation
import Testing

/// Runs the built `drift` executable.
///
/// Finding the binary: `swift test` builds every product into the same directory as the test
/// bundle (`<scratch>/<triple>/debug/`, with `<scratch>/debug` a link to it), so the binary is
/// looked up next to the running test executable (`CommandLine.arguments[0]`, then
/// `Bundle.main`). `DRIFT_BIN` overrides the search. As a last resort the package root is
/// found from this file's path (`#filePath`) and the newest `.build*/debug/drift` is used,
/// which covers both the default `.build` and `--scratch-path .build-tests`.
enum CLI {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples: URL = packageRoot.appendingPathComponent("samples", isDirectory: true)

    static let binary: URL? = {
        let fm = FileManager.default
        func executable(_ u: URL) -> URL? {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: u.path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: u.path) else { return nil }
            return u
        }
        if let env = ProcessInfo.processInfo.environment["DRIFT_BIN"], !env.isEmpty {
            return executable(URL(fileURLWithPath: env))
        }
        var dirs: [URL] = []
        if let arg0 = CommandLine.arguments.first, !arg0.isEmpty {
            let u = URL(fileURLWithPath: arg0).resolvingSymlinksInPath()
            dirs.append(u.deletingLastPathComponent())
            dirs.append(u.deletingLastPathComponent().deletingLastPathComponent())
        }
        let main = Bundle.main.bundleURL.resolvingSymlinksInPath()
        dirs += [main, main.deletingLastPathComponent()]
        for d in dirs {
            if let b = executable(d.appendingPathComponent("drift")) { return b }
        }
        // Fallback: <package>/.build*/debug/drift, newest first.
        let builds = (try? fm.contentsOfDirectory(at: packageRoot, includingPropertiesForKeys: nil, options: [])) ?? []
        let candidates = builds.filter { $0.lastPathComponent.hasPrefix(".build") }
            .compactMap { executable($0.appendingPathComponent("debug/drift")) }
        func mtime(_ u: URL) -> Date {
            (try? fm.attributesOfItem(atPath: u.path)[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { mtime($0) < mtime($1) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// Runs `drift` with `arguments`; standard output and error go through files, so large
    /// outputs cannot fill a pipe and stall the child.
    static func run(_ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Result {
        let bin = try #require(binary, "drift binary not found next to the test bundle (\(CommandLine.arguments.first ?? "?")); set DRIFT_BIN")
        return try runProgram([bin.path] + arguments, stdin: stdin, environment: environment, directory: directory)
    }

    /// Runs any program (`command[0]`, an absolute path) the way `run` runs drift.
    static func runProgram(_ command: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Result {
        let bin = URL(fileURLWithPath: command[0])
        let arguments = Array(command.dropFirst())
        let dir = try TempDir()
        let outURL = dir.url.appendingPathComponent("stdout")
        let errURL = dir.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = bin
        p.arguments = arguments
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { p.currentDirectoryURL = directory }
        p.standardOutput = out
        p.standardError = err
        if let stdin {
            let inURL = dir.url.appendingPathComponent("stdin")
            try Data(stdin).write(to: inURL)
            p.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `drift segment FILE --format json …` parsed: (encoding, sentence texts, whole object).
    static func segmentJSON(_ arguments: [String]) throws -> (Result, [String: Any]?) {
        let r = try run(["segment", "--format", "json"] + arguments)
        let obj = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (r, obj)
    }

    static func sentenceTexts(_ obj: [String: Any]?) -> [String] {
        ((obj?["sentences"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    }
}

/// A temporary directory removed when the value is released.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("drift-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a file in this directory and returns its path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let u = url.appendingPathComponent(name)
        try Data(bytes).write(to: u)
        return u.path
    }
}
