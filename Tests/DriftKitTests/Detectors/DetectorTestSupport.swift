import Foundation
import Testing
import DriftKit

/// One original/copy pair compared in memory, as `drift compare ORIGINAL COPY` would:
/// the detector tests assert on what a user sees — the findings' kind, severity, rule,
/// spans and from/to — never on alignment internals.
///
/// The article pairs in these tests are written for them: short news stories (3–8
/// sentences) on varied topics, each copy changed in one way the detector under test
/// should (or should not) report.
struct ComparedPair {
    let original: Document
    let copy: Document
    let report: CopyReport

    init(_ original: String, _ copy: String, format: InputFormat = .text) throws {
        self.original = try Document.from(text: original, path: "original.txt", format: format)
        self.copy = try Document.from(text: copy, path: "copy.txt", format: format)
        report = Comparison.compare(self.original, self.copy)
    }

    var findings: [Finding] { report.findings }

    func findings(_ kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// Findings a user would see flagged as major.
    var majors: [Finding] { findings.filter { $0.severity == .major } }

    /// The findings one per line (kind, severity, rule, from → to, spans), for failure messages.
    var listing: String {
        if findings.isEmpty { return "(no findings)" }
        return findings.map { f in
            var s = "\(f.kind.rawValue) \(f.severity.rawValue) [\(f.rule)]"
            if let a = f.from, let b = f.to { s += " “\(a)” → “\(b)”" }
            if let o = f.original { s += "\n    original: \(o.text.debugDescription)" }
            if let c = f.copy { s += "\n    copy:     \(c.text.debugDescription)" }
            s += "\n    \(f.message)"
            return s
        }.joined(separator: "\n")
    }
}

extension Finding {
    /// True when the finding's copy span contains every one of `words`.
    func copyContains(_ words: String...) -> Bool {
        guard let t = copy?.text else { return false }
        return words.allSatisfy { t.contains($0) }
    }

    /// True when the finding's original span contains every one of `words`.
    func originalContains(_ words: String...) -> Bool {
        guard let t = original?.text else { return false }
        return words.allSatisfy { t.contains($0) }
    }

    /// True when the two byte ranges of the copy overlap.
    func copyOverlaps(_ other: Finding) -> Bool {
        guard let a = copy, let b = other.copy else { return false }
        return a.start < b.end && b.start < a.end
    }
}
