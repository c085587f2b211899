/// `drift segment` output: what drift sees in one document.
public enum SegmentReport {
    /// `drift.segments/1`: the document's facts and its sentences with UTF-8 byte offsets.
    public static func json(_ doc: Document) -> JSON {
        .object([
            ("schema", "drift.segments/1"),
            ("path", .string(doc.path)),
            ("encoding", .string(doc.source.encoding)),
            ("format", .string(doc.source.format.rawValue)),
            ("language", .string(doc.language)),
            ("sha256", .string(doc.source.sha256)),
            ("bytes", .int(doc.source.byteCount)),
            ("metadata", .object(doc.source.metadata.map { ($0.0, JSON.string($0.1)) })),
            ("sentences", .array(doc.sentences.map { s in
                .object([("id", .int(s.id)), ("start", .int(s.start)), ("end", .int(s.end)),
                         ("kind", .string(s.isLine ? "line" : "sentence")), ("text", .string(doc.text(of: s)))])
            })),
        ])
    }

    /// One sentence a line: `id [start,end) text`, with line breaks inside shown as ⏎.
    public static func text(_ doc: Document) -> String {
        var out = "# \(doc.path): \(doc.source.format.rawValue), \(doc.source.encoding), \(doc.language), \(doc.sentences.count) sentences\n"
        for s in doc.sentences {
            let t = TerminalText.escape(doc.text(of: s)).replacingOccurrences(of: "\n", with: " ⏎ ")
            out += "\(s.id)\t[\(s.start),\(s.end))\t\(s.isLine ? "line\t" : "")\(t)\n"
        }
        return out
    }
}

