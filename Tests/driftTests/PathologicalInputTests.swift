import Foundation
import Testing
import DriftTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken input: each case gives the right result or stops with a clean one-line
/// error and status 2. The sizes here are the smallest that take the same code paths (the
/// sentence-length cap, the banded alignment beyond `AlignOptions.exhaustiveCells`, ...);
/// time and memory at full size, one process per case, are measured by
/// `scripts/bench_limits.sh` against the bounds in docs/security.md (run in CI).
@Suite("Pathological input", .serialized)
struct PathologicalInputTests {
    struct Run { var result: CLI.Result }

    func timed(_ args: [String]) throws -> Run { Run(result: try CLI.run(args)) }

    static let words = ["negotiations", "Kremlin", "ceasefire", "envoy", "summit", "Moscow", "sanctions", "talks", "leverage", "Ukraine", "delegation", "proposal"]

    @Test("one 1 MB sentence with no punctuation is cut into bounded sentences")
    func hugeSentence() throws {
        let dir = try TempDir()
        var s = ""
        s.reserveCapacity(1_100_000)
        var k = 0
        while s.utf8.count < 1_000_000 { s += Self.words[k % Self.words.count]; s += " "; k += 7 }
        let f = try dir.file("sentence.txt", Array(s.utf8))
        let run = try timed(["segment", "--format", "json", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
        let sentences = try #require(obj?["sentences"] as? [[String: Any]])
        // The sentence-length cap (64 KiB) bounds every unit.
        #expect(sentences.allSatisfy { (($0["end"] as? Int) ?? 0) - (($0["start"] as? Int) ?? 0) <= 65536 })
        #expect(sentences.count >= 15)
    }

    @Test("100,000 one-word lines are 100,000 sentences")
    func manyLines() throws {
        let dir = try TempDir()
        var s = ""
        s.reserveCapacity(900_000)
        for i in 0..<100_000 { s += Self.words[i % Self.words.count]; s += "\n" }
        let f = try dir.file("lines.txt", Array(s.utf8))
        let run = try timed(["segment", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.hasPrefix("# \(f): text, UTF-8, en, 100000 sentences"))
    }

    /// 4,000 × 4,000 sentence pairs (16M) is over `AlignOptions.exhaustiveCells` (9M): the banded search.
    @Test("4,000 identical sentences compared with themselves: all identical, no findings")
    func identicalSentences() throws {
        let dir = try TempDir()
        let s = String(repeating: "The talks in Geneva ended without an agreement on the ceasefire. ", count: 4_000)
        let f = try dir.file("same.txt", Array(s.utf8))
        let g = try dir.file("same2.txt", Array(s.utf8))
        let run = try timed(["compare", "--format", "json", f, g])
        #expect(run.result.status == 0, "exit \(run.result.status): \(run.result.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
        let copy = try #require((obj?["copies"] as? [[String: Any]])?.first)
        #expect((copy["findings"] as? [Any])?.isEmpty == true)
        #expect((copy["alignment"] as? [Any])?.count == 4_000)
        #expect((copy["notes"] as? [String])?.contains { $0.hasPrefix("banded search") } == true, "the banded search ran")
    }

    @Test("HTML nested 10,000 levels deep is read whole")
    func deepHTML() throws {
        let dir = try TempDir()
        let html = "<!doctype html><html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep text here.</p>" + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let f = try dir.file("deep.html", Array(html.utf8))
        let run = try timed(["segment", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.contains("Deep text here."))
    }

    @Test("an entity-expansion bomb does not expand")
    func billionLaughs() throws {
        let dir = try TempDir()
        var decl = "<!ENTITY lol \"lol\">"
        for i in 1...9 { decl += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
        let html = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(decl)]><html><body><p>&lol9;</p><p>Some real text.</p></body></html>"
        let f = try dir.file("laughs.html", Array(html.utf8))
        let run = try timed(["segment", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.contains("Some real text."))
        #expect(run.result.stdout.utf8.count < 100_000, "entities were expanded")
    }

    @Test("a file that keeps growing while it is read stops at --max-bytes")
    func growingFile() throws {
        // /dev/zero never ends: the reader stops one byte past the limit.
        let run = try timed(["segment", "--max-bytes", "1000000", "/dev/zero"])
        #expect(run.result.status == 2)
        #expect(run.result.stdout.isEmpty)
        #expect(run.result.stderrLines.count == 1)
        #expect(run.result.stderr.hasPrefix("drift: error: /dev/zero: file is over the limit of 1000000 bytes"))
    }

    @Test("a copy 1,000 times longer than the original")
    func longCopy() throws {
        let dir = try TempDir()
        let para = "The Kremlin has signalled that its position has barely budged after the summit in Alaska. "
        let f = try dir.file("short.txt", Array(para.utf8))
        var long = ""
        for i in 0..<1000 { long += "Paragraph \(i) discusses \(Self.words[i % Self.words.count]) and the reactions in \(Self.words[(i * 5) % Self.words.count]). " }
        long += para
        let g = try dir.file("long.txt", Array(long.utf8))
        let run = try timed(["compare", "--format", "json", f, g])
        #expect(run.result.status == 1, "\(run.result.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
        let copy = try #require((obj?["copies"] as? [[String: Any]])?.first)
        let alignment = try #require(copy["alignment"] as? [[String: Any]])
        #expect(alignment.contains { ($0["relation"] as? String) == "identical" && ($0["original"] as? [Int]) == [0] })
        let summary = try #require(copy["summary"] as? [String: Any])
        // 99.9% of the copy is other text, but it carries the whole original: padding does not
        // make a copy unrelated (issue #12), so the other text is reported, not waved through.
        #expect(summary["unrelated"] is NSNull, "a copy carrying the whole original is not unrelated")
        #expect(((copy["findings"] as? [[String: Any]]) ?? []).contains { ($0["kind"] as? String) == "insertion" })
    }
}
