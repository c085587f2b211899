/// `drift segment` output: what drift sees in one document.
public enum SegmentReport {
    /// `drift.segments/1`: the document's facts and its sentences with UTF-8 byte offsets.
    /// Each sentence carries its `zone` (`Zone`), and for HTML the `role` its markup gives it
    /// (`body`, `headline`, `byline`, …); with `dropped` the text extraction left out is listed
    /// with its rule.
    public static func json(_ doc: Document, dropped: Bool = false) -> JSON {
        let zones = doc.zones()
        var fields: [(String, JSON)] = [
            ("schema", "drift.segments/1"),
            ("path", .string(doc.path)),
            ("encoding", .string(doc.source.encoding)),
            ("format", .string(doc.source.format.rawValue)),
            ("language", .string(doc.language)),
            ("sha256", .string(doc.source.sha256)),
            ("bytes", .int(doc.source.byteCount)),
            ("metadata", .object(doc.source.metadata.map { ($0.0, JSON.string($0.1)) })),
            ("sentences", .array(doc.sentences.map { s in
                var f: [(String, JSON)] = [("id", .int(s.id)), ("start", .int(s.start)), ("end", .int(s.end)),
                                           ("kind", .string(s.isLine ? "line" : "sentence")), ("zone", .string(zones[s.id].rawValue))]
                if let role = doc.source.markupRole(at: s.start) { f.append(("role", .string(role.rawValue))) }
                f.append(("text", .string(doc.text(of: s))))
                return .object(f)
            })),
        ]
        if dropped {
            fields.append(("dropped", .array(doc.source.dropped.map { .object([("rule", .string($0.rule)), ("text", .string($0.text))]) })))
        }
        return .object(fields)
    }

    /// The columns of `text`, in order, tab-separated.
    public static let columns = ["id", "start", "end", "kind", "zone", "text"]

    /// One sentence a row, always the same six tab-separated columns (`columns`): id, start
    /// and end (UTF-8 byte offsets, end exclusive), kind (`sentence`, or `line` for a unit
    /// without sentence punctuation at a line end), zone (`Zone`; for HTML the markup's role
    /// feeds it), and the text with line breaks inside shown as ⏎ and tabs as `\t`. A `#`
    /// comment line with the document's facts comes first; with `header`, a line naming the
    /// columns follows it. With `dropped`, each piece of text extraction left out follows as a
    /// comment line `# dropped<TAB>rule<TAB>text`, so the sentence rows keep their columns.
    /// Example row: `3\t120\t188\tsentence\tbody\tPolice say the fire erupted early Saturday.`
    public static func text(_ doc: Document, header: Bool = false, dropped: Bool = false) -> String {
        let zones = doc.zones()
        var out = "# \(TerminalText.escapeLine(doc.path)): \(doc.source.format.rawValue), \(doc.source.encoding), \(doc.language), \(doc.sentences.count) sentence\(doc.sentences.count == 1 ? "" : "s")\n"
        if header { out += columns.joined(separator: "\t") + "\n" }
        for s in doc.sentences {
            let t = TerminalText.escape(doc.text(of: s)).replacingAll("\n", with: " ⏎ ").replacingAll("\t", with: "\\t")
            out += "\(s.id)\t\(s.start)\t\(s.end)\t\(s.isLine ? "line" : "sentence")\t\(zones[s.id].rawValue)\t\(t)\n"
        }
        if dropped {
            for d in doc.source.dropped {
                let t = TerminalText.escape(d.text).replacingAll("\n", with: " ⏎ ").replacingAll("\t", with: "\\t")
                out += "# dropped\t\(d.rule)\t\(t)\n"
            }
        }
        return out
    }
}
