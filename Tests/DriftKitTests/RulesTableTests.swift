import Foundation
import Testing
@testable import DriftKit

/// The rules table (`Rules.all`) is the one place severities and confidences come from, and
/// docs/findings.md is what users read about them: the two must agree.
@Suite("RulesTable")
struct RulesTableTests {
    /// docs/findings.md of this checkout, found from this file's path.
    static func findingsDoc() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("docs/findings.md"), encoding: .utf8)
    }

    /// The rule rows of the docs' per-kind tables: rule id → the "severity · confidence" cell.
    static func documentedRules() throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try findingsDoc().split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") else { continue }
            let id = String(cells[1].dropFirst().dropLast())
            guard id.contains("."), out[id] == nil else { continue }
            out[id] = cells[cells.count - 2]
        }
        return out
    }

    @Test("every rule in the table is documented in docs/findings.md with the same severity")
    func docsAgree() throws {
        let doc = try Self.documentedRules()
        for r in Rules.all {
            let cell = try #require(doc[r.id], "docs/findings.md has no row for \(r.id)")
            #expect(cell.hasPrefix(r.severity.rawValue), "\(r.id): the docs say “\(cell)”, the table \(r.severity.rawValue)")
            if let w = r.weaker, w.severity != r.severity {
                #expect(cell.contains(w.severity.rawValue), "\(r.id): the docs do not mention its weaker grade \(w.severity.rawValue): “\(cell)”")
            }
        }
    }

    @Test("every rule documented in the kinds' tables is in the rules table")
    func noStaleDocs() throws {
        let ids = Set(Rules.all.map(\.id))
        for id in try Self.documentedRules().keys where Finding.Kind(rawValue: String(id.split(separator: ".")[0])) != nil {
            #expect(ids.contains(id), "docs/findings.md documents \(id), which the rules table does not have")
        }
    }

    @Test("rule ids are unique, start with their kind, and every grade is in [0, 1] with a stated reason")
    func wellFormed() {
        #expect(Set(Rules.all.map(\.id)).count == Rules.all.count)
        for r in Rules.all {
            #expect(r.id.hasPrefix(r.kind.rawValue + "."), "\(r.id) is not a \(r.kind.rawValue) rule")
            for g in [r.grade] + (r.weaker.map { [$0] } ?? []) { #expect((0...1).contains(g.confidence), "\(r.id)") }
            #expect(!r.reason.isEmpty, "\(r.id) states no reason for its grade")
        }
    }

    @Test("findings carry the severity and confidence of their rule in the table")
    func findingsFollowTable() throws {
        let o = "The council approved the plan on Monday. Officials said the budget may rise next year. The mayor welcomed the vote."
        let c = "The council approved the plan on Monday. Officials said the budget will rise next year. The mayor welcomed the vote. Subscribe to our newsletter for more."
        let r = Comparison.compare(try Document.from(text: o, path: "o.txt", format: .text), try Document.from(text: c, path: "c.txt", format: .text))
        #expect(!r.findings.isEmpty)
        for f in r.findings {
            let rule = try #require(Rules.rule(f.rule), "finding with unknown rule \(f.rule)")
            let grades = [rule.grade] + (rule.weaker.map { [$0] } ?? [])
            #expect(grades.contains { $0.severity == f.severity && $0.confidence == f.confidence }, "\(f.rule): \(f.severity) \(f.confidence)")
            #expect(f.kind == rule.kind)
        }
    }
}
