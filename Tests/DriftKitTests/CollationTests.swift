import Foundation
import Testing
@testable import DriftKit

/// Several copies at once: the collation table and the provenance hints.
@Suite("Collation of several copies")
struct CollationTests {
    /// A seed text, segmented (`Fixtures.seed`).
    static func seed(_ name: String) throws -> Document { try Fixtures.seed(name) }

    /// 000 with its retranslation (001), its blog repost (002) and a copy of the
    /// retranslation with two more edits (a reworded sentence and an added line).
    static func report() throws -> Report {
        let o = try seed("000_38827089d7ed5e23.txt")
        let r1 = try seed("001_1108ccf958a2eb64.txt")
        let r2 = try seed("002_b574043853d4dd9c.txt")
        var t = r1.source.text
        let text = String(decoding: t, as: UTF8.self)
            .replacingOccurrences(of: "It is not surprising to many watching", with: "It is hardly surprising to many watching")
            .replacingOccurrences(of: "Author: Ivana Kottasova.", with: "Author: Ivana Kottasova. Translated by our staff.")
        t = Array(text.utf8)
        let r3 = try Document.from(text: String(decoding: t, as: UTF8.self), path: "copy-of-retranslation.txt")
        return Comparison.run(original: o, copies: [r1, r2, r3])
    }

    @Test func collationHasARowPerOriginalSentenceAndAColumnPerCopy() throws {
        let r = try Self.report()
        let col = try #require(r.collation)
        #expect(col.rows.count == r.original.sentences.count)
        #expect(col.rows.allSatisfy { $0.cells.count == 3 })
        // The opening sentence: reworded by the retranslation, kept verbatim by the repost.
        let opening = try #require(col.rows.first { r.original.text(of: r.original.sentences[$0.original]).hasPrefix("US President Donald Trump") })
        #expect(opening.cells[1].relation == "identical")
        #expect(["edited", "paraphrase"].contains(opening.cells[0].relation))
        #expect(opening.cells[0].relation == opening.cells[2].relation)
        // A passage the repost cut: omitted there, present in the retranslation.
        let cut = try #require(col.rows.first { r.original.text(of: r.original.sentences[$0.original]).hasPrefix("When the two met in Helsinki") })
        #expect(cut.cells[1].relation == "omitted")
        #expect(cut.cells[0].relation != "omitted")
        // The original's repeated passage is a repeat in every copy.
        #expect(col.rows.suffix(8).allSatisfy { $0.cells.allSatisfy { $0.relation == "repeat" } })
    }

    @Test func provenanceLinksTheCopyOfTheRetranslationToIt() throws {
        let r = try Self.report()
        let hints = try #require(r.collation?.hints)
        let h = try #require(hints.first { $0.a == 0 && $0.b == 2 }, "\(hints.map(\.message))")
        #expect(h.sharedRenames >= 3, "shares the retranslation's renamed names (Lough → Lowe …)")
        #expect(h.sharedInsertions >= 2)
        #expect(h.derived == "3 from 1", "the copy with more changes derives from the one with fewer")
        // The repost shares nothing with the retranslation beyond chance.
        #expect(!hints.contains { ($0.a == 0 && $0.b == 1) || ($0.a == 1 && $0.b == 2) })
    }

    @Test func collationAppearsInAllThreeOutputs() throws {
        let r = try Self.report()
        let json = JSONReport.string(r)
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let col = try #require(obj?["collation"] as? [String: Any])
        #expect((col["rows"] as? [Any])?.count == r.original.sentences.count)
        let prov = try #require(col["provenance"] as? [[String: Any]])
        #expect(prov.contains { ($0["derived"] as? [String: Int]) == ["copy": 2, "from": 0] })
        let text = TerminalReport.render(r, color: false)
        #expect(text.contains("Collation"))
        #expect(text.contains("provenance: copies 1 and 3 share"))
        let html = HTMLReport.render(r)
        #expect(html.contains("id=\"collation\""))
        #expect(html.contains("Provenance:"))
    }

    @Test func copiesAreComparedInParallelButReportedInOrder() throws {
        let o = try Self.seed("000_38827089d7ed5e23.txt")
        let copies = try ["002_b574043853d4dd9c.txt", "001_1108ccf958a2eb64.txt", "003_997a19e539cccc32.txt"].map(Self.seed)
        let a = Comparison.run(original: o, copies: copies)
        let b = Comparison.run(original: o, copies: copies)
        #expect(a.copies.map(\.document.path) == copies.map(\.path))
        #expect(JSONReport.string(a) == JSONReport.string(b))
    }
}
