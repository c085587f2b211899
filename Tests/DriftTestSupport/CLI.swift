import Foundation

/// Runs the built `drift` executable, for the end-to-end tests (driftTests, DriftCorpusTests).
///
/// Finding the binary: `swift test` builds every product into the same directory as the test
/// bundle (`<scratch>/<triple>/debug/`, with `<scratch>/debug` a link to it), so the binary is
/// looked up next to the running test executable (`CommandLine.arguments[0]`, then
/// `Bundle.main`). `DRIFT_BIN` overrides the search. As a last resort the package root is
/// found from this file's path (`#filePath`) and the newest `.build*/debug/drift` is used,
/// which covers both the default `.build` and `--scratch-path .build-tests`.
package enum CLI {
    package static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static let samples: URL = packageRoot.appendingPathComponent("samples", isDirectory: true)

    /// The path of a file in samples/.
    package static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }

    package static let binary: URL? = {
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

    /// The binary was not found (the test fails with this message).
    package struct NotFound: Error, CustomStringConvertible {
        package var description: String {
            "drift binary not found next to the test bundle (\(CommandLine.arguments.first ?? "?")); set DRIFT_BIN"
        }
    }

    package struct Result: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        package var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
        package var stderrLines: [String] { stderr.split(separator: "\n").map(String.init).filter { !$0.isEmpty } }
    }

    /// Runs `drift` with `arguments`; standard output and error go through files, so large
    /// outputs cannot fill a pipe and stall the child. `directory` (or `cwd`, as a path) is the
    /// working directory.
    package static func run(_ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:],
                            directory: URL? = nil, cwd: String? = nil) throws -> Result {
        guard let bin = binary else { throw NotFound() }
        return try runProgram([bin.path] + arguments, stdin: stdin, environment: environment,
                              directory: directory ?? cwd.map { URL(fileURLWithPath: $0) })
    }

    /// Runs any program (`command[0]`, an absolute path) the way `run` runs drift.
    package static func runProgram(_ command: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Result {
        let dir = try TempDir()
        let (p, o, e) = try launch(command, in: dir, stdin: stdin, environment: environment, directory: directory)
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: o), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: e), as: UTF8.self))
    }

    /// Starts `drift` with `arguments` and returns at once: the process and the files its
    /// standard output and error go to (in `dir`), for tests that run several at a time.
    package static func start(_ arguments: [String], in dir: TempDir, stdin: [UInt8]? = nil, cwd: String? = nil) throws -> (Process, URL, URL) {
        guard let bin = binary else { throw NotFound() }
        return try launch([bin.path] + arguments, in: dir, stdin: stdin, environment: [:], directory: cwd.map { URL(fileURLWithPath: $0) })
    }

    static func launch(_ command: [String], in dir: TempDir, stdin: [UInt8]?, environment: [String: String], directory: URL?) throws -> (Process, URL, URL) {
        let tag = UUID().uuidString
        let outURL = dir.url.appendingPathComponent("stdout-\(tag)")
        let errURL = dir.url.appendingPathComponent("stderr-\(tag)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { p.currentDirectoryURL = directory }
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let inURL = dir.url.appendingPathComponent("stdin-\(tag)")
            try Data(stdin).write(to: inURL)
            p.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        return (p, outURL, errURL)
    }

    /// `drift segment FILE --format json …` parsed: the run and the whole object.
    package static func segmentJSON(_ arguments: [String]) throws -> (Result, [String: Any]?) {
        let r = try run(["segment", "--format", "json"] + arguments)
        let obj = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (r, obj)
    }

    /// The sentence texts of a `segmentJSON` object.
    package static func sentenceTexts(_ obj: [String: Any]?) -> [String] {
        ((obj?["sentences"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    }
}

/// A temporary directory removed when the value is released.
package final class TempDir: @unchecked Sendable {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("drift-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    package var path: String { url.path }
    /// The path of `name` in this directory (not created).
    package func sub(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to a file in this directory (its folders created) and returns its path.
    @discardableResult
    package func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let u = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: u)
        return u.path
    }

    /// The same for text, as UTF-8.
    @discardableResult
    package func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }
}
