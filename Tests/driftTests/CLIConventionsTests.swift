import Foundation
import Testing
import DriftTestSupport

/// The command line behaves like the tools people know (issue 14): mistyped commands get a
/// suggestion, errors are one line that points to the subcommand's help, `--fail-on` adds up,
/// `-o` follows the file name, `batch` takes a file.
@Suite("command-line conventions")
struct CLIConventionsTests {
    static let original = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
    static let repost = CLI.samples.appendingPathComponent("cnn-putin-negotiations.blog-repost.txt").path

    @Test func mistypedSubcommandGetsTheNearestCommand() throws {
        let r = try CLI.run(["comapre", Self.original, Self.repost])
        #expect(r.status == 2)
        #expect(r.stderrLines == ["drift: error: 'comapre' is not a drift command (did you mean 'compare'?)"])
        let c = try CLI.run(["corpus", "ad", "samples"])
        #expect(c.status == 2)
        #expect(c.stderrLines == ["drift: error: 'ad' is not a corpus command (did you mean 'drift corpus add'?)"])
        let v = try CLI.run(["version"])
        #expect(v.stderrLines == ["drift: error: 'version' is not a drift command (did you mean 'drift --version'?)"])
    }

    @Test func theShorthandStillComparesTwoFiles() throws {
        let r = try CLI.run([Self.original, Self.repost, "--findings-only"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Findings: "))
        // A missing path is reported as a missing file, not as a command.
        let m = try CLI.run(["missing-file.txt", Self.repost])
        #expect(m.status == 2)
        #expect(m.stderrLines.first?.contains("missing-file.txt") == true && m.stderrLines.first?.contains("not a drift command") == false, "\(m.stderr)")
    }

    @Test func bareDriftPrintsUsageAndVersionIsNamed() throws {
        let r = try CLI.run([])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: drift <subcommand>"))
        #expect(r.stdout.contains("compare"))
        #expect(r.stderr.isEmpty)
        #expect(try CLI.run(["--version"]).stdout == "drift 0.1.0\n")
    }

    @Test("one-line errors that say what is wrong", arguments: [
        (["compare", "--format", "xml", "O", "C"], "drift: error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'html'. (see 'drift compare --help')"),
        (["compare", "--color", "sometimes", "O", "C"], "drift: error: The value 'sometimes' is invalid for '--color <color>'. Please provide one of 'auto', 'always' or 'never'. (see 'drift compare --help')"),
        (["compare", "--max-bytes", "-5", "O", "C"], "drift: error: --max-bytes: must be a positive number of bytes, got -5 (see 'drift compare --help')"),
        (["compare", "--max-sentences", "0", "O", "C"], "drift: error: --max-sentences: must be a positive number of sentences, got 0 (see 'drift compare --help')"),
        (["check", "O", "-", "-"], "drift: error: -: standard input can be read only once"),
        (["compare", "--encoding", "no-such-charset", "O", "C"], "drift: error: --encoding: unknown encoding 'no-such-charset' (hint: use a name such as UTF-8, UTF-16LE, windows-1251, ISO-8859-1; see 'drift compare --help')"),
        (["compare", "--lang", "zz", "O", "C"], "drift: error: --lang: unknown language 'zz' (hint: use an ISO 639 code such as en, ru, uk, de; see 'drift compare --help')"),
        (["segment", "--bogus", "O"], "drift: error: Unknown option '--bogus' (see 'drift segment --help')"),
    ])
    func oneLineErrors(args: [String], line: String) throws {
        let a = args.map { $0 == "O" ? Self.original : $0 == "C" ? Self.repost : $0 }
        let r = try CLI.run(a)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == [line])
    }

    @Test func langAcceptsARealLanguage() throws {
        #expect(try CLI.run(["compare", "--lang", "en", "--stat", Self.original, Self.repost]).status == 1)
    }

    /// The original and a copy whose only change is a renamed person.
    static func renamePair(_ dir: TempDir) throws -> (String, String) {
        let text = """
        The talks in Geneva ended without an agreement on Tuesday, officials said. \
        John Lough, an analyst at a London think tank, said both sides had hardened their positions. \
        A further round is planned for the spring, according to the foreign ministry. \
        Markets barely moved on the news, with the main index closing flat.

        """
        let o = try dir.file("o.txt", Array(text.utf8))
        let c = try dir.file("c.txt", Array(text.replacingOccurrences(of: "John Lough", with: "John Lowe").utf8))
        return (o, c)
    }

    /// (`--min-severity minor`: a name change is minor in the measured rules table.)
    @Test func failOnAddsUpWhenRepeated() throws {
        let dir = try TempDir()
        let (o, c) = try Self.renamePair(dir)
        let only = try CLI.run(["check", "--min-severity", "minor", "--color", "never", "--fail-on", "insertion", o, c])
        #expect(only.status == 0, "\(only.stdout)")
        let both = try CLI.run(["check", "--min-severity", "minor", "--color", "never", "--fail-on", "name-change", "--fail-on", "insertion", o, c])
        #expect(both.status == 1, "the name change fails the check: \(both.stdout)")
        #expect(both.stdout.contains("1 finding fails the check: 1 name-change"), "\(both.stdout)")
        let json = try CLI.run(["check", "--min-severity", "minor", "--format", "json", "--fail-on", "insertion", "--fail-on", "name-change,quote-change", o, c])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let check = try #require(obj["check"] as? [String: Any])
        #expect(Set(check["fail_on"] as? [String] ?? []) == ["insertion", "name-change", "quote-change"])
    }

    @Test func outputFollowsTheFileNameAndDashIsStandardOutput() throws {
        let dir = try TempDir()
        let html = dir.url.appendingPathComponent("report.html").path
        let r = try CLI.run(["compare", "-o", html, Self.original, Self.repost])
        #expect(r.status == 1 && r.stdout.isEmpty && r.stderr.isEmpty, "\(r.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!doctype html>"))
        let json = dir.url.appendingPathComponent("report.json").path
        _ = try CLI.run(["compare", "-o", json, Self.original, Self.repost])
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"schema\": \"drift.report/3\""))
        // --format wins, with a warning.
        let odd = dir.url.appendingPathComponent("odd.html").path
        let w = try CLI.run(["compare", "--format", "json", "-o", odd, Self.original, Self.repost])
        #expect(w.stderrLines.count == 1 && w.stderrLines[0].hasPrefix("drift: warning: ") && w.stderrLines[0].contains(".html"), "\(w.stderr)")
        #expect(try String(contentsOfFile: odd, encoding: .utf8).contains("drift.report/3"))
        let dash = try CLI.run(["compare", "-o", "-", "--stat", Self.original, Self.repost])
        #expect(dash.stdout.contains("findings: "))
        #expect(!FileManager.default.fileExists(atPath: "-"))
    }

    /// `--json-text unshared`: the copy's sentences kept byte for byte carry no text, the
    /// rest of the report is the default's; a bad value is refused with the list.
    @Test func jsonTextUnsharedLeavesOutTheKeptSentences() throws {
        let full = try CLI.run(["compare", "--format", "json", Self.original, Self.repost])
        let small = try CLI.run(["compare", "--format", "json", "--json-text", "unshared", Self.original, Self.repost])
        #expect(full.status == small.status && small.stderr.isEmpty, "\(small.stderr)")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(small.stdout.utf8)) as? [String: Any])
        #expect(a["sentence_text"] as? String == "all" && b["sentence_text"] as? String == "unshared")
        let sa = ((a["copies"] as! [[String: Any]])[0]["sentences"] as! [[String: Any]])
        let sb = ((b["copies"] as! [[String: Any]])[0]["sentences"] as! [[String: Any]])
        #expect(sa.allSatisfy { $0["text"] is String })
        #expect(sb.contains { $0["text"] == nil } && sb.contains { $0["text"] != nil })
        #expect(small.stdout.utf8.count < full.stdout.utf8.count)
        let bad = try CLI.run(["compare", "--format", "json", "--json-text", "some", Self.original, Self.repost])
        #expect(bad.status == 2 && bad.stderr.contains("unshared"), "\(bad.stderr)")
    }

    @Test func batchTakesAFileOrStandardInput() throws {
        let dir = try TempDir()
        let line = "{\"original\": \"\(Self.original)\", \"copy\": \"\(Self.repost)\", \"id\": 7}\n"
        let file = try dir.file("pairs.jsonl", Array(line.utf8))
        let a = try CLI.run(["batch", file])
        let b = try CLI.run(["batch", "-"], stdin: Array(line.utf8))
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("\"id\":7"))
        let missing = try CLI.run(["batch", dir.url.appendingPathComponent("nope.jsonl").path])
        #expect(missing.status == 2 && missing.stderrLines.count == 1)
    }

    @Test func reAddingWithAnotherRoleSaysSoAndCanChangeIt() throws {
        let dir = try TempDir()
        let db = dir.url.appendingPathComponent("c.db").path
        #expect(try CLI.run(["corpus", "add", "--db", db, Self.original, Self.repost]).status == 0)
        let again = try CLI.run(["corpus", "add", "--db", db, "--role", "copy", Self.repost])
        #expect(again.stdout == "0 added, 1 already present\n")
        #expect(again.stderrLines == ["drift: warning: 1 of the documents already present is stored as original and kept so (add --change-role to store it as copy)"])
        let changed = try CLI.run(["corpus", "add", "--db", db, "--role", "copy", "--change-role", Self.repost])
        #expect(changed.stdout.contains("1 stored document changed to copy"), "\(changed.stdout)")
        let find = try CLI.run(["corpus", "find", "--db", db, "--role", "copy", Self.original])
        #expect(find.stdout.contains("copy"), "\(find.stdout)")
    }

    @Test func aCorpusThatIsADirectorySaysWhy() throws {
        let dir = try TempDir()
        let r = try CLI.run(["corpus", "find", "--db", dir.url.path, Self.repost])
        #expect(r.status == 2)
        #expect(r.stderrLines.count == 1 && r.stderrLines[0].contains("it is a directory"), "\(r.stderr)")
    }

    @Test func controlCharactersInFileNamesAreEscaped() throws {
        let dir = try TempDir()
        let name = "evil\u{1B}]0;pwned\u{07}\u{202E}.txt"
        let empty = try dir.file(name, [])
        let r = try CLI.run(["compare", Self.original, empty])
        #expect(r.status == 2)
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{07}") && !r.stderr.contains("\u{202E}"), "raw control characters: \(r.stderr.debugDescription)")
        #expect(r.stderr.contains("evil\\u{1B}]0;pwned\\u{7}\\u{202E}.txt"))
        // corpus find lists stored paths escaped.
        let db = dir.url.appendingPathComponent("c.db").path
        let copyName = try dir.file("copy\u{1B}[2J.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.repost))))
        #expect(try CLI.run(["corpus", "add", "--db", db, copyName]).status == 0)
        let f = try CLI.run(["corpus", "find", "--db", db, Self.original])
        #expect(f.stdout.contains("copy\\u{1B}[2J.txt") && !f.stdout.contains("\u{1B}"), "\(f.stdout.debugDescription)")
    }

    @Test func invisibleCharactersInTheTextAreShownEscaped() throws {
        let dir = try TempDir()
        let (o, _) = try Self.renamePair(dir)
        let base = try String(contentsOfFile: o, encoding: .utf8)
        let tags = String(String.UnicodeScalarView("Crimea".unicodeScalars.map { Unicode.Scalar(0xE0000 + $0.value)! }))
        let hidden = base.replacingOccurrences(of: "both sides", with: "bo\u{AD}th si\u{34F}des\u{180E} \(tags)")
        let c = try dir.file("hidden.txt", Array(hidden.utf8))
        let r = try CLI.run(["compare", "--color", "never", o, c])
        for raw in ["\u{AD}", "\u{34F}", "\u{180E}", "\u{E0043}"] { #expect(!r.stdout.contains(raw), "raw \(raw.unicodeScalars.first!) printed") }
        for shown in ["\\u{AD}", "\\u{34F}", "\\u{180E}", "\\u{E0043}"] { #expect(r.stdout.contains(shown), "\(shown) not shown") }
    }
}

/// A corpus on a read-only folder can be searched, and adding to it says why it cannot. Root
/// writes anywhere, so as root the commands run as `nobody` (through runuser); the test is
/// skipped when that is not possible.
@Suite("read-only corpus")
struct ReadOnlyCorpusTests {
    static let asUser: [String]? = {
        if getuid() != 0 { return [] }
        return FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : nil
    }()

    @Test(.enabled(if: asUser != nil, "cannot drop root privileges here"))
    func readOnlyCorpusCanBeSearched() throws {
        let dir = try TempDir()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.url.path)
        let ro = dir.url.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
        let db = ro.appendingPathComponent("c.db").path
        #expect(try CLI.run(["corpus", "add", "--db", db, CLIConventionsTests.original]).status == 0)
        // Readable by everyone, writable by no one: the database and its folder.
        for f in try FileManager.default.contentsOfDirectory(atPath: ro.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: ro.appendingPathComponent(f).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: ro.path)
        let query = dir.url.appendingPathComponent("q.txt").path
        try FileManager.default.copyItem(atPath: CLIConventionsTests.repost, toPath: query)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: query)
        let bin = try #require(CLI.binary).path
        func run(_ args: [String]) throws -> CLI.Result {
            let prefix = Self.asUser!
            if prefix.isEmpty { return try CLI.run(args) }
            return try CLI.runProgram(prefix + [bin] + args)
        }
        let find = try run(["corpus", "find", "--db", db, query])
        #expect(find.status == 0, "\(find.stderr)")
        #expect(find.stdout.contains("cnn-putin-negotiations.original.txt"), "\(find.stdout)")
        let add = try run(["corpus", "add", "--db", ro.appendingPathComponent("new.db").path, query])
        #expect(add.status == 2)
        #expect(add.stderrLines.count == 1 && add.stderrLines[0].contains("permission denied: cannot create files in"), "\(add.stderr)")
    }
}
