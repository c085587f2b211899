/// The human-readable report for a terminal: summary, findings (most severe first), then
/// the aligned sentences with word-level highlights. Input text is escaped
/// (`TerminalText`), so no control sequence from a document reaches the terminal.
public enum TerminalReport {
    struct Style {
        let on: Bool
        func wrap(_ s: String, _ code: String) -> String { on ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        func bold(_ s: String) -> String { wrap(s, "1") }
        func dim(_ s: String) -> String { wrap(s, "2") }
        func red(_ s: String) -> String { on ? wrap(s, "31") : "[-\(s)-]" }
        func green(_ s: String) -> String { on ? wrap(s, "32") : "{+\(s)+}" }
        func yellow(_ s: String) -> String { wrap(s, "33") }
        func severity(_ sev: Finding.Severity) -> String {
            switch sev {
            case .major: return on ? wrap("MAJOR", "1;31") : "MAJOR"
            case .minor: return on ? wrap("minor", "33") : "minor"
            case .info: return on ? wrap("info ", "2") : "info "
            }
        }
    }

    public static func render(_ r: Report, color: Bool) -> String {
        let st = Style(on: color)
        var out = ""
        for c in r.copies { out += renderCopy(c, r.original, st) }
        if let col = r.collation { out += renderCollation(col, r, st) }
        return out
    }

    /// `drift check` output: only the findings that fail the check, one block each.
    public static func renderCheck(_ r: Report, _ result: CheckPolicy.Result, color: Bool) -> String {
        let st = Style(on: color)
        var out = ""
        for (c, failing) in zip(r.copies, result.failing) {
            let head = "\(TerminalText.escape(c.document.path)): "
            if let u = c.unrelated { out += head + st.yellow("note: \(u)") + "\n" }
            if failing.isEmpty { out += head + "ok, no injected content found\n"; continue }
            out += head + st.bold("\(failing.count) finding(s) of injected content") + "\n"
            for i in failing.map({ c.findings[$0] }).sorted(by: { ($0.severity, -$0.confidence) < ($1.severity, -$1.confidence) }) {
                out += findingBlock(i, st)
            }
        }
        return out
    }

    static func findingBlock(_ f: Finding, _ st: Style) -> String {
        var out = "  \(st.severity(f.severity)) \(f.kind.rawValue)"
        if let a = f.from, let b = f.to { out += ": “\(clip(a, 60))” → “\(clip(b, 60))”" }
        out += " — " + clip(f.message, 120) + "\n"
        if let sp = f.original { out += "      original [\(sp.start),\(sp.end)): " + clip(sp.text) + "\n" }
        if let sp = f.copy { out += "      copy     [\(sp.start),\(sp.end)): " + clip(sp.text) + "\n" }
        if f.occurrences.count > 1 { out += st.dim("      \(f.occurrences.count) occurrences") + "\n" }
        out += st.dim("      why: \(clip(f.why, 140)) [\(f.rule)]") + "\n"
        return out
    }

    /// One line per original sentence, a column per copy: = identical, ~ typography,
    /// e edited, p reworded, m moved, - dropped, r repeat in the original.
    static func renderCollation(_ col: Collation, _ r: Report, _ st: Style) -> String {
        var out = st.bold("Collation") + " (= same  ~ typography  e edited  p reworded  m moved  - dropped  r repeat)\n"
        for (k, c) in r.copies.enumerated() { out += "  copy \(k + 1): \(TerminalText.escape(c.document.path))\n" }
        let code: [String: String] = ["identical": "=", "typographic": "~", "edited": "e", "paraphrase": "p", "moved": "m", "omitted": "-", "repeat": "r", "none": "?"]
        for row in col.rows {
            let cells = row.cells.map { code[$0.relation] ?? "?" }.joined(separator: " ")
            out += "  \(String(row.original).padding(toLength: 5, withPad: " ", startingAt: 0)) \(cells)  " + st.dim(clip(r.original.text(of: r.original.sentences[row.original]), 70)) + "\n"
        }
        if col.hints.isEmpty { out += "  no two copies share changes the original does not have\n" }
        for h in col.hints {
            out += "  " + st.yellow("provenance: \(h.message)") + "\n"
            for e in h.examples { out += st.dim("      e.g. \(clip(e, 120))") + "\n" }
        }
        return out + "\n"
    }

    static func clip(_ s: String, _ n: Int = 160) -> String {
        let one = TerminalText.escape(s).split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        return one.count > n ? String(one.prefix(n - 1)) + "…" : one
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    static func renderCopy(_ c: CopyReport, _ o: Document, _ st: Style) -> String {
        let s = c.summary
        var out = st.bold("drift: \(TerminalText.escape(o.path)) → \(TerminalText.escape(c.document.path))") + "\n"
        out += "  original \(s.originalSentences) sentences, copy \(s.copySentences) · kept \(s.kept) · edited \(s.edited) · reworded \(s.reworded) · moved \(s.moved) · dropped \(s.dropped) · added \(s.added)"
        if s.duplicated > 0 { out += " · repeated in original \(s.duplicated)" }
        out += "\n  similarity \(percent(s.similarity)) · \(percent(s.traced)) of the copy traces to the original\n"
        if let u = c.unrelated { out += "  " + st.yellow("note: \(u)") + "\n" }
        for n in c.alignment.notes { out += st.dim("  note: \(n)") + "\n" }
        if s.typographyOnly { out += "  the copy differs from the original only in typography\n" }

        let findings = c.findings.enumerated().sorted { ($0.element.severity, -$0.element.confidence, $0.offset) < ($1.element.severity, -$1.element.confidence, $1.offset) }.map(\.element)
        out += "\n" + st.bold("Findings (\(findings.count))") + "\n"
        if findings.isEmpty { out += "  none\n" }
        for f in findings { out += findingBlock(f, st) }

        out += "\n" + st.bold("Alignment") + "\n"
        let doc = c.document
        for b in c.alignment.beads {
            let oid = b.original.isEmpty ? "—" : b.original.map(String.init).joined(separator: ",")
            let cid = b.copy.isEmpty ? "—" : b.copy.map(String.init).joined(separator: ",")
            let sim = b.original.isEmpty || b.copy.isEmpty ? "" : " " + String(Int((b.similarity * 100).rounded())) + "%"
            var rel = b.relation.rawValue
            if b.duplicateOf != nil { rel = "repeat in original" }
            out += "  \(oid) ↔ \(cid)  " + st.dim(rel + sim) + "\n"
            switch b.relation {
            case .identical, .typographic:
                out += "      " + st.dim(clip(groupText(doc, b.copy), 120)) + "\n"
            case .inserted:
                out += "      + " + st.green(clip(groupText(doc, b.copy))) + "\n"
            case .omitted:
                out += "      - " + (b.duplicateOf != nil ? st.dim(clip(groupText(o, b.original))) : st.red(clip(groupText(o, b.original)))) + "\n"
            case .edited, .moved:
                out += "      O " + highlighted(o, b.original, b.diff.compactMap { $0.op == .delete ? $0.original : nil }, st.red) + "\n"
                out += "      C " + highlighted(doc, b.copy, b.diff.compactMap { $0.op == .insert ? $0.copy : nil }, st.green) + "\n"
            case .paraphrase:
                out += "      O " + clip(groupText(o, b.original), 400) + "\n"
                out += "      C " + clip(groupText(doc, b.copy), 400) + "\n"
            }
        }
        return out + "\n"
    }

    static func groupText(_ d: Document, _ ids: [Int]) -> String {
        ids.map { d.text(of: d.sentences[$0]) }.joined(separator: " ")
    }

    /// The sentences' text with the given byte ranges marked.
    static func highlighted(_ d: Document, _ ids: [Int], _ marks: [Range<Int>], _ mark: (String) -> String) -> String {
        var out = ""
        for (k, id) in ids.enumerated() {
            let s = d.sentences[id]
            var pos = s.start
            if k > 0 { out += " " }
            for r in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound >= s.start && r.upperBound <= s.end && r.lowerBound >= pos {
                out += clip(d.text(pos, r.lowerBound), 10_000)
                out += mark(clip(d.text(r.lowerBound, r.upperBound), 10_000))
                pos = r.upperBound
            }
            out += clip(d.text(pos, s.end), 10_000)
        }
        return out
    }
}
