import Foundation
import Testing
import DriftKit
import DriftTestSupport

/// Golden files of the terminal report, as swift-argument-parser keeps its help snapshots:
/// `Tests/driftTests/Snapshots/NAME.txt`, compared byte for byte; on a mismatch the test
/// prints a unified diff. Re-record after an intended change with
/// `DRIFT_RECORD_SNAPSHOTS=1 swift test --filter TerminalReportSnapshotTests` and review the
/// diff of the golden files in git.
enum Snapshot {
    static let directory = CLI.packageRoot.appendingPathComponent("Tests/driftTests/Snapshots", isDirectory: true)
    static var recording: Bool { !(ProcessInfo.processInfo.environment["DRIFT_RECORD_SNAPSHOTS"] ?? "").isEmpty }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("drift: recorded snapshot \(url.path)")
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "snapshot \(name).txt missing; record it with DRIFT_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        if expected != actual {
            Issue.record("terminal report differs from \(url.path) (re-record with DRIFT_RECORD_SNAPSHOTS=1 if intended):\n\(diff(expected, actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// `diff -u` of the two texts (the first 200 lines of it).
    static func diff(_ a: String, _ b: String) -> String {
        guard let dir = try? TempDir() else { return "(no diff)" }
        let fa = dir.url.appendingPathComponent("expected.txt"), fb = dir.url.appendingPathComponent("actual.txt")
        try? Data(a.utf8).write(to: fa); try? Data(b.utf8).write(to: fb)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        p.arguments = ["-u", fa.path, fb.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        guard (try? p.run()) != nil else { return "(diff not available)" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(200).joined(separator: "\n")
    }
}

/// The seed pair (CNN original → InoSMI retranslation) as a fact-checker reads it in a terminal.
@Suite("terminal report of the seed pair")
struct TerminalReportSnapshotTests {
    static let original = "Tests/DriftKitTests/Resources/seeds/000_38827089d7ed5e23.txt"
    static let copy = "Tests/DriftKitTests/Resources/seeds/001_1108ccf958a2eb64.txt"

    static func report(columns: Int, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["compare", "--color", "never"] + extra + [original, copy], environment: ["COLUMNS": "\(columns)"], directory: CLI.packageRoot)
    }

    @Test(arguments: [80, 120])
    func seedPairSnapshot(columns: Int) throws {
        let r = try Self.report(columns: columns)
        #expect(r.status == 1)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        try Snapshot.assertMatches(r.stdout, named: "compare-000-001-\(columns)")
    }

    @Test(arguments: [80, 120])
    func linesFitTheWidthAndNothingIsCut(columns: Int) throws {
        let r = try Self.report(columns: columns)
        let lines = r.stdout.split(separator: "\n")
        let widest = lines.map(\.count).max() ?? 0
        #expect(widest <= columns, "a line is \(widest) characters wide: \(lines.first { $0.count == widest } ?? "")")
        // Nothing is clipped: the original itself has two "…", the report as many per quote of them.
        #expect(!r.stdout.contains("adding tha…"), "evidence is cut")
        // The inserted note is shown to its end, past the clause it contradicts.
        let flat = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("has been officially confirmed. — Approx. InoSMI)"), "the InoSMI note is shown whole")
    }

    @Test func twoCopiesAndTheirCollationFitTheWidth() throws {
        let r = try CLI.run(["compare", "--color", "never", Self.original, Self.copy, "samples/cnn-putin-negotiations.blog-repost.txt"],
                            environment: ["COLUMNS": "80"], directory: CLI.packageRoot)
        #expect(r.status == 1)
        #expect(r.stdout.contains("\nCollation "))
        let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 80, "a line is \(widest) characters wide")
    }

    /// Number `n`'s block: from " #n " to the next finding.
    static func block(_ text: String, _ n: Int) -> String? {
        guard let r = text.range(of: "\n #\(n) ") else { return nil }
        let rest = text[r.lowerBound...].dropFirst()
        let end = rest.range(of: "\n #\(n + 1) ")?.lowerBound ?? rest.range(of: "\n\nAlignment")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func findingsAreNumberedBySeverityThenPositionWithLinesAndSentences() throws {
        let text = try Self.report(columns: 100).stdout
        #expect(text.contains("most severe first, then in the order of the copy"))
        var severities: [String] = []
        var n = 1
        while let b = Self.block(text, n) {
            severities.append(b.split(separator: " ").dropFirst().first.map(String.init) ?? "")
            // Both sides name their sentence and line:column.
            if b.contains("name-change") {
                #expect(b.range(of: #"original sentence \d+, line \d+:\d+"#, options: .regularExpression) != nil, "\(b)")
                #expect(b.range(of: #"copy sentences? [\d–]+, line \d+:\d+"#, options: .regularExpression) != nil, "\(b)")
            }
            n += 1
        }
        let total = try #require(text.range(of: #"Findings: (\d+)"#, options: .regularExpression).flatMap { Int(text[$0].dropFirst(10)) })
        #expect(total > 20)
        #expect(severities.count == total, "\(total) numbered findings, got \(severities.count)")
        let rank = ["MAJOR": 0, "minor": 1, "info": 2]
        #expect(severities.map { rank[$0] ?? 9 } == severities.map { rank[$0] ?? 9 }.sorted(), "most severe first: \(severities)")
        // The rename is numbered with its severity's group (name changes are minor in the measured
        // rules table), in position order within it.
        let lough = try #require((1...total).first { Self.block(text, $0)?.contains("“Lough” is rendered as “Lowe”") == true })
        let grade = Rules.rule("name-change.substituted-name")?.severity == .major ? "MAJOR" : "minor"
        #expect(Self.block(text, lough)?.contains(grade) == true, "Lough → Lowe is #\(lough)")
        // The aligned row holding the rename lists its number.
        let rows = text.components(separatedBy: "\nAlignment")[1]
        #expect(rows.contains("#\(lough)"), "the aligned row carries #\(lough)")
    }

    @Test func wordsAreQuotedAsWritten() throws {
        let text = try Self.report(columns: 200, ["--findings-only"]).stdout
        for w in ["“St. Petersburg”", "“third”", "“London”"] {
            #expect(text.contains(w), "\(w) quoted as written")
        }
        for key in ["“united”", "“house”", "“white”", "“petersburg”", "“russia”", "“3rd”"] {
            #expect(!text.contains(key), "internal key \(key) shown")
        }
    }

    @Test func labelsReadRight() throws {
        let text = try Self.report(columns: 120).stdout
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(!text.contains("(s)"))
        #expect(!text.contains("repeat in original"))
        #expect(text.contains("repeated in the original (of original sentence 64)"))
        #expect(flat.contains("sentences 72–79 repeat sentences 64–71"), "duplicate message")
        #expect(text.range(of: #"(edited|reworded|moved) 100%"#, options: .regularExpression) == nil, "a changed pair shows 100%")
    }

    @Test func findingsOnlyAndStatAreShort() throws {
        let full = try Self.report(columns: 80)
        let findings = try Self.report(columns: 80, ["--findings-only"])
        let stat = try Self.report(columns: 80, ["--stat"])
        #expect(findings.status == 1 && stat.status == 1)
        #expect(!findings.stdout.contains("\nAlignment"))
        let total = try #require(findings.stdout.range(of: #"Findings: (\d+)"#, options: .regularExpression).flatMap { Int(findings.stdout[$0].dropFirst(10)) })
        #expect(findings.stdout.contains(" #\(total) "), "every finding is listed")
        #expect(findings.stdout.count < full.stdout.count * 2 / 3)
        let statLines = stat.stdout.split(separator: "\n")
        #expect(statLines.count <= 24, "one screen: \(statLines.count) lines")
        #expect(stat.stdout.contains("name-change"))
        #expect(stat.stdout.contains("reworded"))
        #expect(try CLI.run(["compare", "--stat", "--findings-only", Self.original, Self.copy], directory: CLI.packageRoot).status == 2)
    }

    @Test func identicalFilesSayIdentical() throws {
        let r = try CLI.run(["compare", Self.original, Self.original], directory: CLI.packageRoot)
        #expect(r.status == 0)
        #expect(r.stdout.contains("identical"))
        #expect(r.stdout.split(separator: "\n").count <= 4, "\(r.stdout)")
    }

    @Test func anUnrelatedCopyGetsItsNoteOnly() throws {
        let dir = try TempDir()
        var other = ""
        for k in 1...12 { other += "Sentence number \(k) of a recipe says to stir the soup gently for \(k + 2) minutes over low heat. " }
        let copy = try dir.file("recipe.txt", Array(other.utf8))
        let r = try CLI.run(["compare", "--color", "never", Self.original, copy], directory: CLI.packageRoot)
        #expect(r.stdout.contains("does not look like a copy"), "\(r.stdout)")
        #expect(!r.stdout.contains("stir the soup"), "the unrelated copy's sentences are not printed")
        let full = try CLI.run(["compare", "--color", "never", "--full", Self.original, copy], directory: CLI.packageRoot)
        #expect(full.stdout.contains("stir the soup"), "--full prints them")
    }

    @Test func colourMarksWithoutBleedingAndBracketsWithout() throws {
        let plain = try Self.report(columns: 80).stdout
        #expect(plain.contains("[-Kyiv-]") && plain.contains("{+Kiev+}"))
        #expect(!plain.contains("\u{1B}["))
        let colour = try CLI.run(["compare", "--color", "always", Self.original, Self.copy], environment: ["COLUMNS": "80"], directory: CLI.packageRoot).stdout
        for line in colour.split(separator: "\n") where line.contains("\u{1B}[") {
            #expect(line.hasSuffix("\u{1B}[0m") || line.components(separatedBy: "\u{1B}[0m").last?.contains("\u{1B}[") == false, "a colour runs past the line end: \(line)")
        }
    }
}
