import Foundation
import Testing
@testable import DriftKit

/// Findings quote names and numbers as the text writes them, not as internal keys.
@Suite("names and numbers as written")
struct WrittenNamesTests {
    @Test func keysBecomeTheTextsPhrases() throws {
        let d = try Document.from(text: "Officials of the United States met the White House press office in St. Petersburg for the third time.")
        let ctx = FindingContext(original: d, copy: d, alignment: Comparison.align(d, d))
        let ts = d.sentences[0].tokens
        let keys = ts.map { NameIndex.key($0) }
        #expect(keys.contains("united") && keys.contains("white") && keys.contains("petersburg"))
        let third = try #require(ts.compactMap(Terms.term).first { $0.hasPrefix("#") })
        #expect(ctx.written(.original, ts, ["united", "states", "white", "petersburg", third]) == ["United States", "White House", "St. Petersburg", "third"])
        // Cut to the tokens given: only "White" of "White House" when only it changed.
        let white = ts.filter { NameIndex.key($0) == "white" }
        #expect(ctx.written(.original, white, ["white"]) == ["White"])
    }
}
