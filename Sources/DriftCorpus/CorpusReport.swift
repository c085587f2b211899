import DriftKit
import Foundation

/// One copy of the corpus with the original it was most likely copied from.
public struct CorpusPair: Sendable {
    public var copy: CorpusEntry
    /// The best source among the originals, or nil when none traces enough of the copy.
    public var source: CorpusMatch?
    /// The comparison as a `drift compare` report (nil without a source).
    public var report: Report?
    /// Base name (without extension) of the pair's files in the output directory.
    public var fileStem: String

    /// What the index lists about this pair (without the documents and the alignment).
    public var row: CorpusIndexRow {
        var c: [Finding.Severity: Int] = [:]
        for f in report?.copies.first?.findings ?? [] { c[f.severity, default: 0] += 1 }
        return CorpusIndexRow(copy: copy, source: source?.entry, traced: source?.traced ?? 0, jaccard: source?.jaccard ?? 0,
                              counts: c, fileStem: fileStem)
    }
}

/// One line of the corpus report's index.
public struct CorpusIndexRow: Sendable {
    public var copy: CorpusEntry
    public var source: CorpusEntry?
    public var traced: Double
    public var jaccard: Double
    public var counts: [Finding.Severity: Int]
    public var fileStem: String
}

/// `drift corpus report`: every copy with its best source, and an index of the pairs.
public enum CorpusReporter {
    /// The documents reported on: every document of role `copy`; with `all`, also every
    /// original whose best source is another original added before it (so of two stored
    /// originals that copy each other, the later one is reported as the copy).
    public static func targets(_ corpus: Corpus, all: Bool) throws -> [CorpusEntry] {
        try corpus.entries().filter { all || $0.role == .copy }
    }

    /// Finds the best source of `entry` among the originals (excluding itself).
    public static func pair(_ corpus: Corpus, _ entry: CorpusEntry) throws -> CorpusPair {
        let doc = try corpus.document(id: entry.id)
        var opts = FindOptions()
        opts.top = 1
        opts.role = .original
        opts.exclude = [entry.id]
        var match = try corpus.find(doc, options: opts).first
        // An original is reported only against an earlier original.
        if entry.role == .original, let m = match, m.entry.id > entry.id { match = nil }
        let stem = String(format: "%05lld-", entry.id) + slug(entry.path)
        let report = match.map { Report(original: $0.document, copies: [$0.report]) }
        return CorpusPair(copy: entry, source: match, report: report, fileStem: stem)
    }

    /// Pairs in index order: most major findings first, then minor, then info, then by path;
    /// copies without a source last.
    public static func sorted(_ pairs: [CorpusIndexRow]) -> [CorpusIndexRow] {
        pairs.sorted { a, b in
            if (a.source == nil) != (b.source == nil) { return a.source != nil }
            let ca = a.counts, cb = b.counts
            for s in [Finding.Severity.major, .minor, .info] where ca[s, default: 0] != cb[s, default: 0] {
                return ca[s, default: 0] > cb[s, default: 0]
            }
            return a.copy.path < b.copy.path
        }
    }

    /// `index.json` (schema `drift.corpus-index/1`, see docs/corpus.md).
    public static func indexJSON(_ pairs: [CorpusIndexRow], database: String) -> JSON {
        .object([
            ("schema", "drift.corpus-index/1"),
            ("tool", .object([("name", "drift"), ("version", .string(DriftVersion.string))])),
            ("database", .string(database)),
            ("pairs", .array(sorted(pairs).map { p in
                var f: [(String, JSON)] = [("copy", CorpusJSON.entry(p.copy))]
                if let m = p.source {
                    f.append(("original", CorpusJSON.entry(m)))
                    f.append(("traced", .double(p.traced)))
                    f.append(("jaccard", .double(p.jaccard)))
                    let c = p.counts
                    f.append(("findings", .object(Finding.Severity.allCases.map { ($0.rawValue, JSON.int(c[$0, default: 0])) })))
                    f.append(("json", .string(p.fileStem + ".json")))
                    f.append(("html", .string(p.fileStem + ".html")))
                } else {
                    f.append(("original", .null))
                }
                return .object(f)
            })),
        ])
    }

    /// `index.html`: the pairs as a table linking to each pair's HTML report.
    public static func indexHTML(_ pairs: [CorpusIndexRow], database: String) -> String {
        let e = HTMLEscape.text
        var rows: [String] = []
        for p in sorted(pairs) {
            if let m = p.source {
                let c = p.counts
                rows.append("<tr><td><a href=\"\(e(p.fileStem)).html\">\(e(p.copy.path))</a></td><td>\(e(m.path))</td>"
                            + "<td class=n>\(String(format: "%.0f%%", p.traced * 100))</td><td class=n>\(String(format: "%.2f", p.jaccard))</td>"
                            + "<td class=\"n major\">\(c[.major, default: 0])</td><td class=n>\(c[.minor, default: 0])</td><td class=n>\(c[.info, default: 0])</td>"
                            + "<td><a href=\"\(e(p.fileStem)).json\">json</a></td></tr>")
            } else {
                rows.append("<tr class=none><td>\(e(p.copy.path))</td><td colspan=7>no source found among the originals</td></tr>")
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>drift corpus report</title>
        <style>
        body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse}th,td{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}td.major{font-weight:bold;color:#b00}
        tr.none td{color:#888}
        </style></head><body>
        <h1>drift corpus report</h1>
        <p>\(e(database)): \(pairs.count) copies, \(pairs.filter { $0.source != nil }.count) with a source. Most major findings first.</p>
        <table><thead><tr><th>copy</th><th>original</th><th>traced</th><th>jaccard</th><th>major</th><th>minor</th><th>info</th><th></th></tr></thead>
        <tbody>
        \(rows.joined(separator: "\n"))
        </tbody></table>
        </body></html>

        """
    }

    /// A file-name-safe form of a path's base name: `news/A Story.html` → `a-story-html`.
    static func slug(_ path: String) -> String {
        let base = (path as NSString).lastPathComponent.lowercased()
        var out = ""
        for u in base.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") { out.unicodeScalars.append(u) }
            else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60)).isEmpty ? "document" : String(out.prefix(60))
    }
}

/// JSON renderings of corpus results.
public enum CorpusJSON {
    public static func entry(_ e: CorpusEntry) -> JSON {
        .object([
            ("id", .int(Int(e.id))), ("path", .string(e.path)), ("sha256", .string(e.sha256)), ("role", .string(e.role.rawValue)),
            ("title", e.title.map { .string($0) } ?? .null), ("source_url", e.sourceURL.map { .string($0) } ?? .null),
            ("date", e.date.map { .string($0) } ?? .null),
        ])
    }

    /// `drift corpus find --format json` (schema `drift.corpus-find/1`).
    public static func find(_ query: Document, _ matches: [CorpusMatch]) -> JSON {
        .object([
            ("schema", "drift.corpus-find/1"),
            ("query", .object([("path", .string(query.path)), ("sha256", .string(query.source.sha256)), ("sentences", .int(query.sentences.count)),
                               ("language", .string(query.language))])),
            ("matches", .array(matches.map { m in
                var f: [(String, JSON)] = []
                if case .object(let ef) = entry(m.entry) { f = ef }
                f += [("traced", .double(m.traced)), ("jaccard", .double(m.jaccard)), ("containment", .double(m.containment)), ("bands", .int(m.bands))]
                f += [("language", .string(m.language)), ("evidence", evidence(m.evidence))]
                return .object(f)
            })),
        ])
    }

    /// `{"kind": "shingles"}` or `{"kind": "names-and-numbers", "shared": 12, "score": 0.41}`.
    public static func evidence(_ e: CorpusEvidence) -> JSON {
        switch e {
        case .shingles: return .object([("kind", "shingles")])
        case .namesAndNumbers(let shared, let score):
            return .object([("kind", "names-and-numbers"), ("shared", .int(shared)), ("score", .double(score))])
        }
    }

    /// The text form of the evidence: `shingles`, `names and numbers: 12 shared (score 0.41)`.
    public static func evidenceText(_ e: CorpusEvidence) -> String {
        switch e {
        case .shingles: return "shingles"
        case .namesAndNumbers(let shared, let score): return "names and numbers: \(shared) shared (score \(String(format: "%.2f", score)))"
        }
    }
}
