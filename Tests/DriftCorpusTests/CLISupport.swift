import Foundation
import Testing

/// Runs the built `drift` executable (found as in Tests/driftTests/CLISupport.swift: next to
/// the test bundle, `DRIFT_BIN`, or the newest `<package>/.build*/debug/drift`).
enum CLI {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples: URL = packageRoot.appendingPathComponent("samples", isDirectory: true)
    static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }

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
        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init).filter { !$0.isEmpty } }
    }

    /// Starts `drift` with `arguments`; output goes to files in `dir`.
    static func start(_ arguments: [String], in dir: TempDir, stdin: [UInt8]? = nil, cwd: String? = nil) throws -> (Process, URL, URL) {
        let bin = try #require(binary, "drift binary not found next to the test bundle; set DRIFT_BIN")
        let tag = UUID().uuidString
        let outURL = dir.url.appendingPathComponent("stdout-\(tag)")
        let errURL = dir.url.appendingPathComponent("stderr-\(tag)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = bin
        p.arguments = arguments
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
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

    static func run(_ arguments: [String], stdin: [UInt8]? = nil, cwd: String? = nil) throws -> Result {
        let dir = try TempDir()
        let (p, o, e) = try start(arguments, in: dir, stdin: stdin, cwd: cwd)
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: o), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: e), as: UTF8.self))
    }
}

/// A temporary directory removed when the value is released.
final class TempDir: @unchecked Sendable {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("drift-corpus-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    var path: String { url.path }
    func sub(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func file(_ name: String, _ text: String) throws -> String {
        let u = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: u)
        return u.path
    }
}
