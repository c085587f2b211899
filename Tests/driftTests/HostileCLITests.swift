import Foundation
import Testing
import DriftTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Regression tests for issue #12 (hostile and broken input, round two) through the `drift`
/// executable: crashes, output files, standard output failures, FIFOs, temporaries.
/// Library-level cases are in `Tests/DriftKitTests/HostileInputTests.swift`.
@Suite("Hostile input, CLI (issue #12)", .serialized)
struct HostileCLITests {
    static let original = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
    static let repost = CLI.samples.appendingPathComponent("cnn-putin-negotiations.blog-repost.txt").path

    struct Shell { var status: Int32; var stdout: String; var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `script` with /bin/sh; `$DRIFT` is the binary, `$O` the original, `$C` a copy.
    static func sh(_ script: String, in dir: TempDir) throws -> Shell {
        let bin = try #require(CLI.binary)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = dir.url
        var env = ProcessInfo.processInfo.environment
        env["DRIFT"] = bin.path; env["O"] = original; env["C"] = repost
        p.environment = env
        let out = dir.url.appendingPathComponent(".sh-out"), err = dir.url.appendingPathComponent(".sh-err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return Shell(status: p.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func nestedMarkdown(_ n: Int = 50_000) -> String {
        "Intro sentence here. " + String(repeating: "[", count: n) + "x" + String(repeating: "](u)", count: n) + "\n"
    }

    // MARK: 1, 3: crashes and bounds per document

    @Test("issue 12.1: 50,000 nested Markdown links: compare answers, no crash")
    func nestedLinksCompare() throws {
        let dir = try TempDir()
        let nest = try dir.file("nest.md", Array(Self.nestedMarkdown().utf8))
        let r = try CLI.run(["compare", Self.original, nest])
        #expect(r.status == 1, "status \(r.status): \(r.stderr.prefix(300))")
        #expect(r.stderr.isEmpty)
    }

    @Test("issue 12.1, 12.3: in batch a bad line costs only that line (nested links, an over-long line)")
    func batchLineCostsOnlyItself() throws {
        func line(_ copy: String, format: String = "text", id: Int) throws -> String {
            let obj: [String: Any] = ["id": id, "original": ["text": "The talks ended. Both sides left Geneva."], "copy": ["text": copy, "format": format]]
            return String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self)
        }
        let lines = [
            try line("The talks ended. Both sides left Geneva.", id: 1),
            try line(Self.nestedMarkdown(), format: "markdown", id: 2),
            try line(String(repeating: "The talks ended again. ", count: 20_000), id: 3), // ~460 KB: over the limit below
            try line("The talks ended. Both sides left Geneva at night.", id: 4),
        ]
        let r = try CLI.run(["batch", "--max-bytes", "400000"], stdin: Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        let out = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        try #require(out.count == 4, "\(r.stdout.prefix(300)) \(r.stderr.prefix(300))")
        #expect((out[0]?["id"] as? Int) == 1 && out[0]?["copies"] != nil)
        #expect((out[1]?["id"] as? Int) == 2 && out[1]?["copies"] != nil, "the nested-link document is compared")
        #expect((out[2]?["error"] as? String)?.contains("over the limit of 400000 bytes") == true, "\(String(describing: out[2]))")
        #expect((out[3]?["id"] as? Int) == 4 && out[3]?["copies"] != nil)
    }

    @Test("issue 12.1, 12.10: corpus add of a folder with a nested-link file and a FIFO adds the good files and skips the FIFO")
    func corpusAddFolder() throws {
        let dir = try TempDir()
        let docs = dir.url.appendingPathComponent("docs").path
        try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.original, toPath: docs + "/a.txt")
        try FileManager.default.copyItem(atPath: Self.repost, toPath: docs + "/b.txt")
        try Data(Self.nestedMarkdown().utf8).write(to: URL(fileURLWithPath: docs + "/nest.md"))
        #expect(mkfifo(docs + "/pipe.txt", 0o644) == 0)
        let r = try Self.sh("timeout 120 \"$DRIFT\" corpus add --db corpus.db docs", in: dir)
        #expect(r.status == 0, "status \(r.status): \(r.stderr)")
        #expect(r.stdout.contains("3 added"), "\(r.stdout)")
        #expect(r.stderrLines == ["drift: warning: docs/pipe.txt: skipped: not a regular file (a FIFO)"], "\(r.stderr)")
    }

    @Test("issue 12.10: a FIFO named on the command line is read as cat would")
    func explicitFIFO() throws {
        let dir = try TempDir()
        let r = try Self.sh("mkfifo in.txt && (cat \"$C\" > in.txt &) && timeout 60 \"$DRIFT\" compare \"$O\" in.txt", in: dir)
        #expect(r.status == 1, "status \(r.status): \(r.stderr)")
        #expect(r.stdout.contains("in.txt"))
    }

    @Test("issue 12.3: a copy of one sentence repeated 100,000 times is compared in linear time")
    func hundredThousandRepeats() throws {
        let dir = try TempDir()
        let copy = try dir.file("repeats.txt", Array(String(repeating: "Talks ended without agreement. ", count: 100_000).utf8))
        let t0 = Date()
        let r = try CLI.run(["compare", "--format", "json", Self.original, copy])
        let t = Date().timeIntervalSince(t0)
        #expect(r.status == 1, "\(r.stderr)")
        // 97 s before in the release build (quadratic, so a debug build took far longer); now
        // 1 s in the release build. The ceiling is for a debug build on a busy machine.
        #expect(t < 240, "took \(t) s")
    }

    // MARK: 4, 11: -o

    @Test("issue 12.4: -o writes through a symbolic link to its target")
    func outputThroughSymlink() throws {
        let dir = try TempDir()
        let target = try dir.file("target.json", Array("old".utf8))
        let link = dir.url.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        let r = try CLI.run(["compare", "--format", "json", "-o", link, Self.original, Self.repost])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.json", "the link is still a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["link.json", "target.json"])
    }

    @Test("issue 12.4: -o writes straight into a FIFO, which stays a FIFO")
    func outputIntoFIFO() throws {
        let dir = try TempDir()
        let r = try Self.sh("mkfifo out.fifo && (cat out.fifo > got.txt &) && \"$DRIFT\" compare -o out.fifo \"$O\" \"$C\"; s=$?; sleep 1; test -p out.fifo && echo fifo; exit $s", in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout == "fifo\n")
        let got = try String(contentsOfFile: dir.url.appendingPathComponent("got.txt").path, encoding: .utf8)
        #expect(got.contains("drift:"), "the reader got the report: \(got.prefix(200))")
    }

    @Test("issue 12.4: -o naming an input is refused with one line; the input is untouched")
    func outputOverInputRefused() throws {
        let dir = try TempDir()
        let copy = try dir.file("copy.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.repost))))
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let r = try CLI.run(["compare", "-o", copy, Self.original, copy])
        #expect(r.status == 2)
        #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("drift: error: \(copy): is one of the inputs"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        // Through a symbolic link too.
        let link = dir.url.appendingPathComponent("alias.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: copy)
        let r2 = try CLI.run(["check", "-o", link, Self.original, copy])
        #expect(r2.status == 2 && r2.stderrLines.count == 1, "\(r2.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test("issue 12.4: -o keeps an existing file's mode")
    func outputKeepsMode() throws {
        let dir = try TempDir()
        let out = try dir.file("report.txt", Array("old".utf8))
        #expect(chmod(out, 0o600) == 0)
        let r = try CLI.run(["compare", "-o", out, Self.original, Self.repost])
        #expect(r.status == 1, "\(r.stderr)")
        var st = stat()
        #expect(stat(out, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: out, encoding: .utf8) != "old")
    }

    @Test("issue 12.4: -o /dev/full reports the error and leaves the device alone")
    func outputToDevice() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let r = try CLI.run(["compare", "-o", "/dev/full", Self.original, Self.repost])
        #expect(r.status == 2)
        #expect(r.stderrLines == ["drift: error: /dev/full: cannot write: No space left on device"], "\(r.stderr)")
        var st = stat()
        #expect(stat("/dev/full", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "/dev/full is still a device")
    }

    @Test("issue 12.11: a stale temporary of a dead run is removed; a live one is kept")
    func staleTemporaryRemoved() throws {
        let dir = try TempDir()
        // PIDs above the kernel's pid_max cannot be alive.
        let stale = try dir.file(".report.json.drift-tmp-2147483000", Array("half a report".utf8))
        let live = try dir.file(".report.json.drift-tmp-\(getpid())", Array("ours".utf8))
        let other = try dir.file(".other.json.drift-tmp-2147483000", Array("not ours".utf8))
        let r = try CLI.run(["compare", "--format", "json", "-o", dir.url.appendingPathComponent("report.json").path, Self.original, Self.repost])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other), "only temporaries of the file written are looked at")
    }

    @Test("issue 12.11: SIGTERM while the report is being written removes the temporary")
    func signalRemovesTemporary() throws {
        let dir = try TempDir()
        // Few, long sentences: little to align, much to write (a report of ~2 MB).
        var text = ""
        for k in 0..<120 {
            for j in 0..<400 { text += "word\(k)x\(j) " }
            text += "ends here. "
        }
        let input = try dir.file("in.txt", Array(text.utf8))
        let outDir = dir.url.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        // Watch the output folder and stop the run the moment its temporary appears, so the
        // signal lands while the report is being written. Should the run finish writing
        // before it is stopped (a busy machine), the attempt is repeated.
        var caught = false
        for _ in 0..<6 where !caught {
            for f in try FileManager.default.contentsOfDirectory(atPath: outDir) { try FileManager.default.removeItem(atPath: outDir + "/" + f) }
            let ifd = inotify_init1(Int32(IN_CLOEXEC))
            #expect(ifd >= 0)
            defer { close(ifd) }
            #expect(inotify_add_watch(ifd, outDir, UInt32(IN_CREATE)) >= 0)
            let p = Process()
            // Through python3, which clears the signal mask the test runner's threads hand
            // down (a blocked SIGTERM would only be delivered after the run), then execs drift.
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", "-c", "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])",
                           try #require(CLI.binary).path, "compare", "--format", "html", "-o", outDir + "/report.html", input, input]
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run()
            var pfd = pollfd(fd: ifd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 300_000) == 1 else { kill(p.processIdentifier, SIGKILL); p.waitUntilExit(); continue }
            kill(p.processIdentifier, SIGSTOP)
            let names = try FileManager.default.contentsOfDirectory(atPath: outDir)
            guard names.count == 1, names[0].hasPrefix(".report.html.drift-tmp-") else {
                kill(p.processIdentifier, SIGCONT); p.waitUntilExit(); continue // finished first
            }
            caught = true
            kill(p.processIdentifier, SIGTERM)
            kill(p.processIdentifier, SIGCONT)
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGTERM)
            #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == [], "the temporary was left behind")
        }
        #expect(caught, "the run was never stopped while it wrote")
    }

    // MARK: 5: standard output

    @Test("issue 12.5: a failed write on standard output is status 2 with one line")
    func stdoutFull() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let dir = try TempDir()
        for (cmd, what) in [("\"$DRIFT\" compare \"$O\" \"$C\"", "compare"), ("\"$DRIFT\" check \"$O\" \"$O\"", "check"), ("\"$DRIFT\" segment --format json \"$O\"", "segment")] {
            let r = try Self.sh(cmd + " > /dev/full", in: dir)
            #expect(r.status == 2, "\(what): status \(r.status)")
            #expect(r.stderrLines == ["drift: error: standard output: cannot write: No space left on device"], "\(what): \(r.stderr)")
        }
    }

    @Test("issue 12.5: a closed pipe is quiet, and check keeps its verdict")
    func closedPipeKeepsVerdict() throws {
        let dir = try TempDir()
        let copy = try dir.file("injected.txt", Array((try String(contentsOfFile: Self.original, encoding: .utf8) + "\nThe Kremlin secretly agreed to hand back Crimea by the end of the year, officials said.\n").utf8))
        _ = copy
        // POSIX sh has no PIPESTATUS: the subshell records drift's status.
        let r2 = try Self.sh("( \"$DRIFT\" check --format json \"$O\" injected.txt; echo $? > status ) | head -c 1 > /dev/null; cat status", in: dir)
        #expect(r2.stdout == "1\n", "check's status through a closed pipe: \(r2.stdout) \(r2.stderr)")
        #expect(r2.stderr.isEmpty)
        let r3 = try Self.sh("( \"$DRIFT\" check --format json \"$O\" \"$O\"; echo $? > status ) | head -c 1 > /dev/null; cat status", in: dir)
        #expect(r3.stdout == "0\n")
    }
}
