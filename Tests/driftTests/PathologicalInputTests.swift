import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken input at full size: each case either completes within its stated bound
/// or stops with a clean one-line error and status 2. The bounds (docs/security.md) are for
/// the release build; these checks allow several times more, since `swift test` runs a debug
/// build on a busy machine — they catch runaway behaviour, not slowness.
@Suite("Pathological input", .serialized)
struct PathologicalInputTests {
    struct Run { var result: CLI.Result; var seconds: Double }

    func timed(_ args: [String]) throws -> Run {
        let t0 = Date()
        let r = try CLI.run(args)
        return Run(result: r, seconds: Date().timeIntervalSince(t0))
    }

    /// Largest resident set of any child process so far, in bytes.
    func childPeakRSS() -> Int {
        var u = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &u)
        return Int(u.ru_maxrss) * 1024
    }

    static let words = ["negotiations", "Kremlin", "ceasefire", "envoy", "summit", "Moscow", "sanctions", "talks", "leverage", "Ukraine", "delegation", "proposal"]

    @Test("one 10 MB sentence with no punctuation is cut into bounded sentences")
    func hugeSentence() throws {
        let dir = try TempDir()
        var s = ""
        s.reserveCapacity(10_100_000)
        var k = 0
        while s.utf8.count < 10_000_000 { s += Self.words[k % Self.words.count]; s += " "; k += 7 }
        let f = try dir.file("sentence.txt", Array(s.utf8))
        let run = try timed(["segment", "--format", "json", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
        let sentences = try #require(obj?["sentences"] as? [[String: Any]])
        // The sentence-length cap (64 KiB) bounds every unit.
        #expect(sentences.allSatisfy { (($0["end"] as? Int) ?? 0) - (($0["start"] as? Int) ?? 0) <= 65536 })
        #expect(sentences.count >= 150)
        #expect(run.seconds < 120)
        #expect(childPeakRSS() < 2 << 30)
    }

    @Test("a million one-word lines")
    func millionLines() throws {
        let dir = try TempDir()
        var s = ""
        s.reserveCapacity(9_000_000)
        for i in 0..<1_000_000 { s += Self.words[i % Self.words.count]; s += "\n" }
        let f = try dir.file("lines.txt", Array(s.utf8))
        let run = try timed(["segment", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.hasPrefix("# \(f): text, UTF-8, en, 1000000 sentences"))
        #expect(run.seconds < 240)
        #expect(childPeakRSS() < 3 << 30)
    }

    @Test("100,000 identical sentences compared with themselves: all typographic-or-identical, no findings")
    func identicalSentences() throws {
        let dir = try TempDir()
        let s = String(repeating: "The talks in Geneva ended without an agreement on the ceasefire. ", count: 100_000)
        let f = try dir.file("same.txt", Array(s.utf8))
        let g = try dir.file("same2.txt", Array(s.utf8))
        let run = try timed(["compare", "--format", "json", f, g])
        #expect(run.result.status == 0, "exit \(run.result.status): \(run.result.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
        let copy = try #require((obj?["copies"] as? [[String: Any]])?.first)
        #expect((copy["findings"] as? [Any])?.isEmpty == true)
        #expect((copy["alignment"] as? [Any])?.count == 100_000)
        #expect(run.seconds < 300)
        #expect(childPeakRSS() < 3 << 30)
    }

    @Test("HTML nested 10,000 levels deep is read whole")
    func deepHTML() throws {
        let dir = try TempDir()
        let html = "<!doctype html><html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep text here.</p>" + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let f = try dir.file("deep.html", Array(html.utf8))
        let run = try timed(["segment", f])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.contains("Deep text here."))
        #expect(run.seconds < 30)
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
        #expect(run.seconds < 30)
    }

    @Test("a file that keeps growing while it is read stops at --max-bytes")
    func growingFile() throws {
        // /dev/zero never ends: the reader stops one byte past the limit.
        let run = try timed(["segment", "--max-bytes", "1000000", "/dev/zero"])
        #expect(run.result.status == 2)
        #expect(run.result.stdout.isEmpty)
        #expect(run.result.stderrLines.count == 1)
        #expect(run.result.stderr.hasPrefix("drift: error: /dev/zero: file is over the limit of 1000000 bytes"))
        #expect(run.seconds < 30)
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
        #expect(run.seconds < 60)
    }

    @Test("writing to a closed pipe ends quietly")
    func closedPipe() throws {
        let bin = try #require(CLI.binary)
        let orig = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
        let copy = CLI.samples.appendingPathComponent("cnn-putin-negotiations.inosmi-retranslation.txt").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\"$0\" compare --format json \"$1\" \"$2\" | head -c 10 >/dev/null", bin.path, orig, copy]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.isEmpty, "drift printed on a closed pipe: \(stderr)")
    }

    @Test("-o writes through a temporary file: a failed write leaves no partial report")
    func atomicOutput() throws {
        let dir = try TempDir()
        let orig = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path
        let copy = CLI.samples.appendingPathComponent("cnn-putin-negotiations.blog-repost.txt").path
        let out = dir.url.appendingPathComponent("report.json").path
        let ok = try CLI.run(["compare", "--format", "json", "-o", out, orig, copy])
        #expect(ok.status == 1)
        #expect(FileManager.default.fileExists(atPath: out))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("drift-tmp") }
        #expect(leftovers.isEmpty)
        // A directory that does not exist: one error line, status 2, nothing written.
        let bad = dir.url.appendingPathComponent("missing/report.json").path
        let r = try CLI.run(["compare", "--format", "json", "-o", bad, orig, copy])
        #expect(r.status == 2)
        #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("drift: error: \(bad): cannot write"))
        #expect(!FileManager.default.fileExists(atPath: bad))
    }
}
