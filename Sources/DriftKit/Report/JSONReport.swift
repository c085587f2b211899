/// The `drift.report/1` JSON report (specified in docs/json-format.md).
public enum JSONReport {
    public static let schema = "drift.report/1"

    /// The report; with `check`, a top-level `check` object says what `drift check` gated on.
    public static func json(_ r: Report, check: CheckPolicy.Result? = nil) -> JSON {
        var f: [(String, JSON)] = [
            ("schema", .string(schema)),
            ("tool", .object([("name", "drift"), ("version", .string(DriftVersion.string))])),
            ("original", document(r.original, zones: r.originalZones) as JSON),
            ("copies", .array(r.copies.map { copy($0, r.original) })),
        ]
        if let col = r.collation {
            f.append(("collation", .object([
                ("rows", .array(col.rows.map { row in
                    .object([("original", .int(row.original)), ("copies", .array(row.cells.map { c in
                        .object([("relation", .string(c.relation)), ("alignment_index", c.bead.map { .int($0) } ?? .null)])
                    }))])
                })),
                ("provenance", .array(col.hints.map { h in
                    .object([("copies", .array([.int(h.a), .int(h.b)])), ("shared", .int(h.shared)),
                             ("shared_insertions", .int(h.sharedInsertions)), ("shared_renames", .int(h.sharedRenames)),
                             ("shared_rewordings", .int(h.sharedRewordings)),
                             ("derived", h.derived.map { d -> JSON in
                                 let p = d.split(separator: " ")
                                 return .object([("copy", .int(Int(p[0])! - 1)), ("from", .int(Int(p[2])! - 1))])
                             } ?? .null),
                             ("examples", .array(h.examples.map { .string($0) })), ("message", .string(h.message))])
                })),
            ])))
        }
        if let c = check {
            f.append(("check", .object([
                ("fail_on", .array(Finding.Kind.allCases.filter { c.policy.kinds.contains($0) }.map { .string($0.rawValue) })),
                ("min_severity", .string(c.policy.minSeverity.rawValue)),
                ("failed", .bool(c.failed)),
                ("failing", .array(c.failing.map { .array($0.map { .int($0) }) })),
            ])))
        }
        return .object(f)
    }

    static func documentFields(_ d: Document, zones: [Zone]) -> [(String, JSON)] {
        [
            ("path", .string(d.path)),
            ("encoding", .string(d.source.encoding)),
            ("format", .string(d.source.format.rawValue)),
            ("language", .string(d.language)),
            ("sha256", .string(d.source.sha256)),
            ("bytes", .int(d.source.byteCount)),
            ("metadata", .object(d.source.metadata.map { ($0.0, JSON.string($0.1)) })),
            ("sentences", .array(d.sentences.map { s in
                .object([("id", .int(s.id)), ("start", .int(s.start)), ("end", .int(s.end)), ("text", .string(d.text(of: s))),
                         ("zone", .string(zones[s.id].rawValue))])
            })),
        ]
    }

    static func document(_ d: Document, zones: [Zone]) -> JSON { .object(documentFields(d, zones: zones)) }

    static func span(_ s: Span?) -> JSON {
        guard let s else { return .null }
        return .object([("start", .int(s.start)), ("end", .int(s.end)), ("text", .string(s.text))])
    }

    static func copy(_ c: CopyReport, _ o: Document) -> JSON {
        var fields = documentFields(c.document, zones: c.zones)
        fields.append(("alignment", .array(c.alignment.beads.map { bead($0, o, c.document) })))
        fields.append(("findings", .array(c.findings.map(finding))))
        let s = c.summary
        fields.append(("summary", .object([
            ("original_sentences", .int(s.originalSentences)), ("copy_sentences", .int(s.copySentences)),
            ("kept", .int(s.kept)), ("edited", .int(s.edited)), ("reworded", .int(s.reworded)), ("moved", .int(s.moved)),
            ("dropped", .int(s.dropped)), ("duplicated", .int(s.duplicated)), ("added", .int(s.added)),
            ("traced", .double(s.traced)), ("similarity", .double(s.similarity)),
            ("typography_only", .bool(s.typographyOnly)),
            ("findings", .object(Finding.Severity.allCases.map { sev in (sev.rawValue, JSON.int(c.findings.count { $0.severity == sev })) })),
            ("unrelated", JSON.opt(c.unrelated)),
        ])))
        fields.append(("notes", .array(c.alignment.notes.map { .string($0) })))
        return .object(fields)
    }

    static func bead(_ b: Bead, _ o: Document, _ c: Document) -> JSON {
        var f: [(String, JSON)] = [
            ("original", .array(b.original.map { .int($0) })),
            ("copy", .array(b.copy.map { .int($0) })),
            ("relation", .string(b.relation.rawValue)),
            ("similarity", .double(b.similarity)),
        ]
        if let d = b.duplicateOf { f.append(("duplicate_of", .array(d.map { .int($0) }))) }
        f.append(("diff", .array(b.diff.map { op in
            var x: [(String, JSON)] = [("op", .string(op.op.rawValue))]
            // Equal spans carry offsets only (their text is the sentence's); changes carry text.
            let withText = op.op != .equal
            func span(_ r: Range<Int>?, _ d: Document) -> JSON {
                guard let r else { return .null }
                var f: [(String, JSON)] = [("start", .int(r.lowerBound)), ("end", .int(r.upperBound))]
                if withText { f.append(("text", .string(d.text(r.lowerBound, r.upperBound)))) }
                return .object(f)
            }
            x.append(("original", span(op.original, o)))
            x.append(("copy", span(op.copy, c)))
            return .object(x)
        })))
        return .object(f)
    }

    static func finding(_ f: Finding) -> JSON {
        var x: [(String, JSON)] = [
            ("kind", .string(f.kind.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("confidence", .double(f.confidence)),
            ("original", span(f.original)),
            ("copy", span(f.copy)),
        ]
        if let from = f.from { x.append(("from", .string(from))) }
        if let to = f.to { x.append(("to", .string(to))) }
        x.append(("message", .string(f.message)))
        x.append(("evidence", .object([("rule", .string(f.rule)), ("why", .string(f.why)), ("words", .array(f.words.map { .string($0) }))])))
        if !f.occurrences.isEmpty { x.append(("occurrences", .array(f.occurrences.map { span($0) }))) }
        if let b = f.bead { x.append(("alignment_index", .int(b))) }
        return .object(x)
    }
}
