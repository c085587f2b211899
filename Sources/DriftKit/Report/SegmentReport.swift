/// `drift segment` output: what drift sees in one document.
public enum SegmentReport {
    /// `drift.segments/1`: the document's facts and its sentences with UTF-8 byte offsets.
    public static func json(_ doc: Document) -> JSON {
        let zones = doc.zones()
        return .object([
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
                         ("kind", .string(s.isLine ? "line" : "sentence")), ("zone", .string(zones[s.id].rawValue)),
                         ("text", .string(doc.text(of: s)))])
            })),
        ])
    }

    /// The columns of `text`, in order, tab-separated.
    public static let columns = ["id", "start", "end", "kind", "zone", "text"]

    /// One sentence a row, always the same six tab-separated columns (`columns`): id, start
    /// and end (UTF-8 byte offsets, end exclusive), kind (`sentence`, or `line` for a unit
    /// without sentence punctuation at a line end), zone (`Zone`), and the text with line
    /// breaks inside shown as ⏎ and tabs as `\t`. A `#` comment line with the document's facts
    /// comes first; with `header`, a line naming the columns follows it.
    /// Example row: `3\t120\t188\tsentence\tbody\tPolice say the fire erupted early Saturday.`
    public static func text(_ doc: Document, header: Bool = false) -> String {
        let zones = doc.zones()
        var out = "# \(doc.path): \(doc.source.format.rawValue), \(doc.source.encoding), \(doc.language), \(doc.sentences.count) sentences\n"
        if header { out += columns.joined(separator: "\t") + "\n" }
        for s in doc.sentences {
            let t = TerminalText.escape(doc.text(of: s)).replacingOccurrences(of: "\n", with: " ⏎ ").replacingOccurrences(of: "\t", with: "\\t")
            out += "\(s.id)\t\(s.start)\t\(s.end)\t\(s.isLine ? "line" : "sentence")\t\(zones[s.id].rawValue)\t\(t)\n"
        }
        return out
    }
}

/// Makes untrusted text safe for a terminal: control characters, escape sequences and
/// bidirectional overrides are shown as `\u{…}` instead of being emitted.
public enum TerminalText {
    public static func escape(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u.value) { needs = true; break }
        guard needs else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u.value == 0x0A { out.append("\n"); continue }
            if isUnsafe(u.value) { out += "\\u{\(String(u.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    static func isUnsafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A: return false
        case 0..<0x20, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }
}
