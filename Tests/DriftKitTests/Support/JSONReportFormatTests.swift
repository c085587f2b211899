import Foundation
import Testing
@testable import DriftKit

/// What drift.report/2 and /3 changed: no second copy of text already in the sentences, one
/// line per list entry, no white space inside it, no `zone` for body text, no `similarity` for
/// identical entries, and on request no text for the copy's identical sentences
/// (docs/json-format.md, "Version history").
@Suite("drift.report/3 layout and spans")
struct JSONReportFormatTests {
    /// A seed text, segmented (`Fixtures.seed`).
    static func seed(_ name: String) throws -> Document { try Fixtures.seed(name) }

    /// The blog repost: mostly verbatim (identical entries), some curly/straight quote changes.
    static func report(_ text: JSONReport.SentenceText = .all) throws -> (Report, [String: Any], String) {
        let o = try seed("000_38827089d7ed5e23.txt")
        let c = try Document.from(text: String(decoding: try seed("002_b574043853d4dd9c.txt").source.text, as: UTF8.self)
            .replacingOccurrences(of: "’", with: "'"), path: "straight-quotes.txt")
        let r = Comparison.run(original: o, copies: [c])
        let s = JSONReport.string(r, sentenceText: text)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
        return (r, obj, s)
    }

    /// The text of a span read as docs/json-format.md says: from the sentence holding it.
    static func spanText(_ span: [String: Any], _ sentences: [[String: Any]]) -> String? {
        let a = span["start"] as! Int, b = span["end"] as! Int
        guard let s = sentences.first(where: { ($0["start"] as! Int) <= a && b <= ($0["end"] as! Int) }) else { return nil }
        let bytes = Array((s["text"] as! String).utf8), st = s["start"] as! Int
        return String(decoding: bytes[(a - st)..<(b - st)], as: UTF8.self)
    }

    @Test func identicalEntriesHaveNoDiffAndTheirSentencesAreEqual() throws {
        let (_, obj, _) = try Self.report()
        let orig = (obj["original"] as! [String: Any])["sentences"] as! [[String: Any]]
        let copy = (obj["copies"] as! [[String: Any]])[0]
        let sents = copy["sentences"] as! [[String: Any]]
        let identical = (copy["alignment"] as! [[String: Any]]).filter { $0["relation"] as? String == "identical" }
        #expect(identical.count > 10)
        for e in identical {
            #expect(e["diff"] == nil)
            #expect(e["similarity"] == nil)
            let o = (e["original"] as! [Int]).map { orig[$0]["text"] as! String }, c = (e["copy"] as! [Int]).map { sents[$0]["text"] as! String }
            #expect(o == c)
        }
    }

    @Test func typographySpansAreReadFromTheSentences() throws {
        let (r, obj, _) = try Self.report()
        let orig = (obj["original"] as! [String: Any])["sentences"] as! [[String: Any]]
        let copy = (obj["copies"] as! [[String: Any]])[0]
        let sents = copy["sentences"] as! [[String: Any]]
        var checked = 0
        for e in copy["alignment"] as! [[String: Any]] {
            for op in (e["diff"] as? [[String: Any]]) ?? [] where op["op"] as? String == "typography" {
                let o = op["original"] as! [String: Any], c = op["copy"] as! [String: Any]
                let ot = o["text"] as? String ?? Self.spanText(o, orig), ct = c["text"] as? String ?? Self.spanText(c, sents)
                // The same bytes as the documents hold at those offsets.
                #expect(ot == r.original.text(o["start"] as! Int, o["end"] as! Int))
                #expect(ct == r.copies[0].document.text(c["start"] as! Int, c["end"] as! Int))
                #expect(ot != ct)
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    @Test func everyListEntryTakesOneLine() throws {
        let (r, _, s) = try Self.report()
        let lines = s.split(separator: "\n")
        let c = r.copies[0]
        #expect(lines.filter { $0.hasPrefix("      {\"id\":") }.count == r.original.sentences.count)
        #expect(lines.filter { $0.hasPrefix("        {\"id\":") }.count == c.document.sentences.count)
        #expect(lines.filter { $0.hasPrefix("        {\"original\":[") }.count == c.alignment.beads.count)
        #expect(lines.filter { $0.hasPrefix("        {\"kind\":") }.count == c.findings.count)
        // No white space between the parts of an entry; the rest keeps its indentation.
        #expect(s.contains("{\"id\":0,\"start\":0,\"end\":"))
        #expect(s.contains("\"schema\": \"drift.report/3\""))
    }

    @Test func onlySentencesOutsideTheBodyNameTheirZone() throws {
        let (r, obj, _) = try Self.report()
        let orig = (obj["original"] as! [String: Any])["sentences"] as! [[String: Any]]
        #expect(orig.count == r.original.sentences.count)
        for (s, z) in zip(orig, r.originalZones) {
            #expect((s["zone"] as? String ?? "body") == z.rawValue)
        }
        #expect(orig.contains { $0["zone"] == nil } && orig.contains { $0["zone"] != nil })
    }

    /// `.unshared`: every copy sentence of an identical entry loses its text, which is the
    /// original sentence's; every other sentence keeps it; nothing else changes.
    @Test func unsharedLeavesOutTheCopysIdenticalSentences() throws {
        let (r, all, full) = try Self.report()
        let (_, obj, small) = try Self.report(.unshared)
        #expect(all["sentence_text"] as? String == "all" && obj["sentence_text"] as? String == "unshared")
        let orig = (obj["original"] as! [String: Any])["sentences"] as! [[String: Any]]
        let copy = (obj["copies"] as! [[String: Any]])[0]
        let sents = copy["sentences"] as! [[String: Any]]
        #expect(orig.allSatisfy { $0["text"] is String })
        var textOf: [Int: String] = [:]
        for e in copy["alignment"] as! [[String: Any]] where e["relation"] as? String == "identical" {
            for (i, k) in zip(e["original"] as! [Int], e["copy"] as! [Int]) { textOf[k] = orig[i]["text"] as? String }
        }
        #expect(textOf.count > 10)
        let c = r.copies[0].document
        for s in sents {
            let id = s["id"] as! Int
            #expect((s["text"] == nil) == (textOf[id] != nil))
            // Read as the format says: from the original sentence of its identical entry.
            #expect((s["text"] as? String ?? textOf[id]) == c.text(s["start"] as! Int, s["end"] as! Int))
        }
        #expect(small.utf8.count < full.utf8.count)
        // Everything but the sentences is the same.
        for key in ["alignment", "findings", "summary"] {
            let a = ((all["copies"] as! [[String: Any]])[0][key]).map { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
            let b = (copy[key]).map { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
            #expect(a == b)
        }
    }
}

/// A probe attached for the benchmarks (copies and detectors one after another, each phase
/// measured) must not change the report, byte for byte: without one, the detectors run on
/// both cores.
@Suite("Phase probe")
struct PhaseProbeTests {
    @Test(arguments: ["001_1108ccf958a2eb64.txt", "002_b574043853d4dd9c.txt", "003_997a19e539cccc32.txt"])
    func reportsWithAndWithoutAProbeAreIdentical(_ copy: String) throws {
        let o = try JSONReportFormatTests.seed("000_38827089d7ed5e23.txt"), c = try JSONReportFormatTests.seed(copy)
        var sequential = CompareOptions()
        let probe = PhaseProbe()
        sequential.probe = probe
        let a = JSONReport.string(Comparison.run(original: o, copies: [c]))
        let b = JSONReport.string(Comparison.run(original: o, copies: [c], options: sequential))
        #expect(a == b)
        // The probe saw every phase, each detector by name.
        let names = Set(probe.figures.map(\.name))
        #expect(names.isSuperset(of: ["align", "word diff", "duplicate", "hidden-text", "name-change", "quote-change", "zone policy"]))
    }
}
