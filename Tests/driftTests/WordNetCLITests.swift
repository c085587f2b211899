import Foundation
import Testing
import DriftTestSupport

/// drift without WordNet: it still compares, and says so once on standard error.
@Suite("WordNetCLI")
struct WordNetCLITests {
    static let original = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
    static let copy = CLI.samples.appendingPathComponent("cnn-putin-negotiations.inosmi-retranslation.txt").path

    @Test("without the WordNet files drift compares and notes it once on standard error")
    func withoutWordNet() throws {
        let r = try CLI.run(["compare", "--color", "never", Self.original, Self.copy], environment: ["WNSEARCHDIR": "/nonexistent-wordnet"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("Findings"))
        #expect(r.stderr.components(separatedBy: "working without WordNet").count - 1 == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("wordnet-base"))
    }

    @Test("a command that compares nothing says nothing about WordNet")
    func segmentIsQuiet() throws {
        let r = try CLI.run(["segment", Self.original], environment: ["WNSEARCHDIR": "/nonexistent-wordnet"])
        #expect(r.status == 0)
        #expect(!r.stderr.contains("WordNet"), "stderr: \(r.stderr)")
    }
}
