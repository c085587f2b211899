import Foundation
import Testing
import DriftTestSupport

/// End to end: the `drift` binary on samples/ and on bad input.
@Suite("drift segment, end to end")
struct CLITests {
    static let original = CLI.samples.appendingPathComponent("cnn-putin-negotiations.original.txt").path

    @Test func binaryIsFound() throws {
        let bin = try #require(CLI.binary, "no drift binary; looked next to \(CommandLine.arguments.first ?? "?")")
        #expect(bin.lastPathComponent == "drift")
    }

    @Test("every sample segments, exit 0, nothing on stderr", arguments: [
        "cnn-putin-negotiations.original.txt",
        "cnn-putin-negotiations.inosmi-retranslation.txt",
        "cnn-putin-negotiations.blog-repost.txt",
        "wapo-trump-diplomacy.republished.txt",
        "atlantic-council-negotiating-with-putin.report.md",
    ])
    func samplesSegment(name: String) throws {
        let path = CLI.samples.appendingPathComponent(name).path
        let (r, obj) = try CLI.segmentJSON([path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        let o = try #require(obj, "stdout is not JSON: \(r.stdout.prefix(200))")
        #expect(o["schema"] as? String == "drift.segments/1")
        #expect(o["encoding"] as? String == "UTF-8")
        #expect(o["format"] as? String == (name.hasSuffix(".md") ? "markdown" : "text"))
        #expect(CLI.sentenceTexts(obj).count > 20)
        // Offsets index the file.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for s in (o["sentences"] as? [[String: Any]]) ?? [] {
            let start = s["start"] as? Int ?? -1, end = s["end"] as? Int ?? -1
            #expect(start >= 0 && start < end && end <= bytes.count)
            if start >= 0, start < end, end <= bytes.count {
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == s["text"] as? String)
            }
        }
    }

    @Test func textOutputHasAHeaderAndOneLinePerSentence() throws {
        let r = try CLI.run(["segment", Self.original])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# \(Self.original): text, UTF-8, en, \(lines.count - 1) sentences")
        // Not a terminal: no column header, the first row is sentence 0.
        #expect(lines.dropFirst().first?.hasPrefix("0\t0\t") == true)
        #expect(lines.dropFirst().first?.contains("\tline\tdateline\tCNN") == true)
    }

    @Test("every segment row has the same six tab-separated columns, so cut -f5 is the zone and cut -f6 the text")
    func segmentRowsHaveFixedColumns() throws {
        let path = CLI.samples.appendingPathComponent("wapo-trump-diplomacy.republished.txt").path
        let r = try CLI.run(["segment", path])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map(String.init).dropFirst()
        #expect(!rows.isEmpty)
        let zones = Set(["headline", "deck", "byline", "dateline", "credit", "caption", "action", "navigation", "body"])
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cols.count == 6, "\(row)")
            #expect(Int(cols[0]) != nil && Int(cols[1]) != nil && Int(cols[2]) != nil, "\(row)")
            #expect(cols[3] == "sentence" || cols[3] == "line", "\(row)")
            #expect(zones.contains(String(cols[4])), "\(row)")
        }
        // A tab inside the text is shown, not written: the columns stay six.
        let t = try CLI.run(["segment", "-"], stdin: Array("Share\nOne\tsentence here with a tab inside it for the test.\n".utf8))
        let trows = t.stdout.split(separator: "\n").dropFirst()
        #expect(trows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 }, "\(t.stdout)")
        #expect(trows.first?.split(separator: "\t")[4] == "action")
    }

    @Test("segment --format json gives every sentence a zone")
    func segmentJSONHasZones() throws {
        let (r, obj) = try CLI.segmentJSON([Self.original])
        #expect(r.status == 0)
        let sentences = try #require(obj?["sentences"] as? [[String: Any]])
        #expect(sentences.allSatisfy { $0["zone"] is String })
        #expect(sentences.first?["zone"] as? String == "dateline")
    }

    static let page = """
    <html><head><title>Storm | Example</title></head><body><nav><a href="/">Home</a></nav>
    <article><h1>Storm closes the coast road</h1><div class="byline">By Ana Lima</div>
    <p>A winter storm washed away part of the coast road on Friday night, cutting off three villages.</p>
    <figure><figcaption>The road near the harbour.</figcaption></figure>
    <p>Engineers said the repairs would take at least six weeks, and a ferry will run until then.</p>
    <div id="comments"><p>Great reporting, thanks, I drive that road every day, and it was bad.</p></div>
    </article></body></html>
    """

    @Test func htmlRolesAndDroppedTextInJSON() throws {
        let dir = try TempDir()
        let path = try dir.file("storm.html", Array(Self.page.utf8))
        let (r, obj) = try CLI.segmentJSON([path, "--show-dropped"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let sentences = (obj?["sentences"] as? [[String: Any]]) ?? []
        #expect(sentences.map { $0["role"] as? String ?? "-" } == ["headline", "byline", "body", "caption", "body"])
        let dropped = (obj?["dropped"] as? [[String: Any]]) ?? []
        #expect(dropped.contains { $0["rule"] as? String == "nav-element" && $0["text"] as? String == "Home" })
        #expect(dropped.contains { $0["rule"] as? String == "furniture-class" && ($0["text"] as? String)?.hasPrefix("Great reporting") == true })
        // Without the option there is no list; text and Markdown sentences carry no role.
        let (_, plain) = try CLI.segmentJSON([path])
        #expect(plain?["dropped"] == nil)
        let (_, txt) = try CLI.segmentJSON([Self.original])
        #expect(((txt?["sentences"] as? [[String: Any]]) ?? []).allSatisfy { $0["role"] == nil })
    }

    @Test func htmlTextOutputShowsRolesAndWhatWasDropped() throws {
        let dir = try TempDir()
        let path = try dir.file("storm.html", Array(Self.page.utf8))
        let r = try CLI.run(["segment", path, "--show-dropped"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        // The markup's role feeds the zone column; dropped pieces are comment rows.
        #expect(lines.contains("0\t0\t27\tline\theadline\tStorm closes the coast road"))
        #expect(lines.contains("3\t138\t164\tsentence\tcaption\tThe road near the harbour."))
        #expect(lines.filter { $0.hasPrefix("# dropped\t") } == [
            "# dropped\tnav-element\tHome",
            "# dropped\tfurniture-class\tGreat reporting, thanks, I drive that road every day, and it was bad.",
        ])
    }

    @Test func markdownMetadataInJSON() throws {
        let path = CLI.samples.appendingPathComponent("atlantic-council-negotiating-with-putin.report.md").path
        let (r, obj) = try CLI.segmentJSON([path])
        #expect(r.status == 0)
        let meta = try #require(obj?["metadata"] as? [String: Any])
        #expect(meta["title"] as? String == "Negotiating with Putin's Russia - Atlantic Council")
        #expect(meta["date"] as? String == "2025-08-15")
        #expect(meta["source"] as? String == "https://www.atlanticcouncil.org/content-series/russia-tomorrow/negotiating-with-putins-russia/")
    }

    @Test func standardInput() throws {
        let r = try CLI.run(["segment", "-"], stdin: Array("One sentence here. Another one.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("\tOne sentence here.\n") && r.stdout.contains("\tAnother one.\n"))
    }

    @Test func languageOption() throws {
        let dir = try TempDir()
        let path = try dir.file("ru.txt", Array("Встреча прошла в 2024 г. в Москве. В. В. Путин заявил об этом.".utf8))
        let (r, obj) = try CLI.segmentJSON([path, "--lang", "ru"])
        #expect(r.status == 0)
        #expect(obj?["language"] as? String == "ru")
        #expect(CLI.sentenceTexts(obj) == ["Встреча прошла в 2024 г. в Москве.", "В. В. Путин заявил об этом."])
    }

    @Test func inputFormatOption() throws {
        let dir = try TempDir()
        let path = try dir.file("page.txt", Array("<p>First block here.</p><script>x()</script><p>Second block.</p>".utf8))
        let (r, obj) = try CLI.segmentJSON([path, "--input-format", "html"])
        #expect(r.status == 0)
        #expect(obj?["format"] as? String == "html")
        #expect(CLI.sentenceTexts(obj) == ["First block here.", "Second block."])
    }
}
