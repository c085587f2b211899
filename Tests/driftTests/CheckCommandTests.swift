import Foundation
import Testing
import DriftTestSupport

/// `drift check`, end to end: the gate exits 1 when a copy holds injected content, 0 when it
/// does not, 2 on trouble; `--fail-on` and `--min-severity` choose what counts.
@Suite("drift check, end to end")
struct CheckCommandTests {
    /// A Reuters-style economy story (`TestTexts.economy`).
    static let original = TestTexts.economy

    static let insertedSentence = "This is what happens when a country abandons cheap energy."

    /// The original with one editorial sentence added.
    static let injected = original.replacingOccurrences(
        of: "as demand from China weakened. ", with: "as demand from China weakened. \(insertedSentence) ")

    /// The original with straight quotes, a doubled space and its one paragraph re-wrapped.
    static let typographic = """
    Germany's economy shrank by 0.3 percent in the second quarter, the
    Federal Statistical Office said on Tuesday.  Exports fell for a third
    consecutive month as demand from China weakened. Economists polled by
    Reuters had expected a contraction of 0.1 percent. Finance Minister
    Christian Lindner said the government would present a growth package in
    the autumn. The Bundesbank has warned that the recovery may take longer
    than expected.

    """

    /// The original with two sentences cut.
    static let cut = original.replacingOccurrences(
        of: "Economists polled by Reuters had expected a contraction of 0.1 percent. " +
            "Finance Minister Christian Lindner said the government would present a growth package in the autumn. ",
        with: "")

    /// The original with a weak booster added ("sharply"): a minor claim change.
    static let minorOnly = original.replacingOccurrences(of: "Exports fell for", with: "Exports fell sharply for")

    /// Writes the original and the copies into a temporary directory; returns their paths.
    static func files(_ dir: TempDir, _ copies: [String: String]) throws -> (original: String, copies: [String: String]) {
        let o = try dir.file("original.txt", Array(original.utf8))
        var paths: [String: String] = [:]
        for (name, text) in copies { paths[name] = try dir.file(name, Array(text.utf8)) }
        return (o, paths)
    }

    @Test("a copy with an inserted sentence fails: exit 1, the finding printed")
    func insertedSentenceFails() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.injected])
        let r = try CLI.run(["check", "--color", "never", o, c["copy.txt"]!])
        #expect(r.status == 1, "stdout: \(r.stdout) stderr: \(r.stderr)")
        #expect(r.stdout.contains("1 finding fails the check: 1 insertion"), "\(r.stdout)")
        #expect(r.stdout.contains("insertion"))
        #expect(r.stdout.contains(Self.insertedSentence))
        #expect(r.stdout.contains("[insertion.unaligned-sentences]"))
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test("a typographic copy passes: exit 0")
    func typographicCopyPasses() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.typographic])
        let r = try CLI.run(["check", "--color", "never", o, c["copy.txt"]!])
        #expect(r.status == 0, "stdout: \(r.stdout) stderr: \(r.stderr)")
        #expect(r.stdout.contains("ok, nothing found that fails the check"), "\(r.stdout)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test("a cut copy passes by default and fails with --fail-on omission")
    func omissionOnlyWhenAsked() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["cut.txt": Self.cut])
        let plain = try CLI.run(["check", "--color", "never", o, c["cut.txt"]!])
        #expect(plain.status == 0, "omissions are not gated by default: \(plain.stdout)")
        let gated = try CLI.run(["check", "--color", "never", "--fail-on", "omission", o, c["cut.txt"]!])
        #expect(gated.status == 1, "stdout: \(gated.stdout) stderr: \(gated.stderr)")
        #expect(gated.stdout.contains("1 finding fails the check: 1 omission"), "names what was found: \(gated.stdout)")
        #expect(gated.stdout.contains("omission"))
        #expect(!gated.stdout.contains("injected content"), "an omission is not called injected content: \(gated.stdout)")
        #expect(gated.stdout.contains("Economists polled by Reuters"))
        #expect(gated.stdout.contains("[omission.unaligned-sentences]"))
    }

    @Test("--fail-on takes a list and `all`")
    func failOnListAndAll() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["cut.txt": Self.cut])
        #expect(try CLI.run(["check", "--fail-on", "insertion, omission", o, c["cut.txt"]!]).status == 1)
        #expect(try CLI.run(["check", "--fail-on", "all", o, c["cut.txt"]!]).status == 1)
        #expect(try CLI.run(["check", "--fail-on", "insertion,claim-change", o, c["cut.txt"]!]).status == 0)
    }

    @Test("a minor finding fails only with --min-severity minor")
    func minSeverity() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.minorOnly])
        let major = try CLI.run(["check", "--color", "never", o, c["copy.txt"]!])
        #expect(major.status == 0, "a minor claim change is below the default gate: \(major.stdout)")
        let minor = try CLI.run(["check", "--color", "never", "--min-severity", "minor", o, c["copy.txt"]!])
        #expect(minor.status == 1, "stdout: \(minor.stdout) stderr: \(minor.stderr)")
        #expect(minor.stdout.contains("claim-change"))
        #expect(minor.stdout.contains("sharply"))
    }

    @Test("--format json: a drift.report/3 report with a check object")
    func jsonReport() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.injected, "typo.txt": Self.typographic])
        let r = try CLI.run(["check", "--format", "json", o, c["copy.txt"]!, c["typo.txt"]!])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "not JSON: \(r.stdout.prefix(200))")
        #expect(obj["schema"] as? String == "drift.report/3")
        let check = try #require(obj["check"] as? [String: Any], "no check object")
        #expect(check["failed"] as? Bool == true)
        #expect(check["min_severity"] as? String == "major")
        // The default gate: content a re-publisher put in or changed; not cuts, furniture or repeats.
        let failOn = Set(try #require(check["fail_on"] as? [String]))
        #expect(failOn.isSuperset(of: ["insertion", "inserted-note", "name-change", "number-change", "claim-change", "quote-change"]), "\(failOn)")
        #expect(failOn.isDisjoint(with: ["omission", "boilerplate", "duplicate"]), "\(failOn)")
        // One list of failing finding indices per copy, in the order of the copies.
        let failing = try #require(check["failing"] as? [[Int]])
        #expect(failing.count == 2)
        #expect(failing.last == [], "the typographic copy fails on nothing")
        let copies = try #require(obj["copies"] as? [[String: Any]])
        #expect(copies.count == 2)
        let findings = try #require(copies.first?["findings"] as? [[String: Any]])
        let failed = try #require(failing.first)
        #expect(failed.count == 1)
        for i in failed {
            let f = try #require(i < findings.count ? findings[i] : nil, "index \(i) out of range")
            #expect(f["kind"] as? String == "insertion")
            #expect((f["copy"] as? [String: Any])?["text"] as? String == Self.insertedSentence)
        }
    }

    @Test("--format json on a passing copy: failed is false, exit 0")
    func jsonReportPassing() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["typo.txt": Self.typographic])
        let r = try CLI.run(["check", "--format", "json", "--fail-on", "insertion", o, c["typo.txt"]!])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let check = try #require(obj["check"] as? [String: Any])
        #expect(check["failed"] as? Bool == false)
        #expect(check["fail_on"] as? [String] == ["insertion"])
        #expect(check["failing"] as? [[Int]] == [[]])
    }

    @Test("an unknown --fail-on kind is trouble: exit 2, one line “drift: error: …”")
    func unknownKind() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.injected])
        let r = try CLI.run(["check", "--fail-on", "insertion,bogus", o, c["copy.txt"]!])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty, "nothing on standard output: \(r.stdout)")
        #expect(r.stderrLines.count == 1, "\(r.stderr)")
        let line = try #require(r.stderrLines.first)
        #expect(line.hasPrefix("drift: error: --fail-on: unknown finding kind 'bogus'"), "\(line)")
        #expect(line.contains("name-change"), "the hint lists the kinds: \(line)")
    }

    @Test("an unknown --min-severity is trouble: exit 2, one line")
    func unknownSeverity() throws {
        let dir = try TempDir()
        let (o, c) = try Self.files(dir, ["copy.txt": Self.injected])
        let r = try CLI.run(["check", "--min-severity", "critical", o, c["copy.txt"]!])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines.count == 1, "\(r.stderr)")
        #expect(r.stderrLines.first?.hasPrefix("drift: error: The value 'critical' is invalid for '--min-severity") == true, "\(r.stderr)")
        #expect(r.stderrLines.first?.contains("'major', 'minor' or 'info'") == true, "the values are listed: \(r.stderr)")
        #expect(r.stderrLines.first?.hasSuffix("(see 'drift check --help')") == true, "points to the subcommand's help: \(r.stderr)")
    }

    @Test("check without a copy is trouble: exit 2")
    func missingCopy() throws {
        let dir = try TempDir()
        let (o, _) = try Self.files(dir, [:])
        let r = try CLI.run(["check", o])
        #expect(r.status == 2)
        #expect(r.stderrLines.first?.hasPrefix("drift: error: ") == true, "\(r.stderr)")
    }
}
