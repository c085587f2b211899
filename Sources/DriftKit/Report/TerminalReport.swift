/// How the terminal report is laid out (the CLI fills this from its flags and the terminal).
public struct TerminalOptions: Sendable {
    public enum View: String, Sendable, CaseIterable {
        /// Summary, numbered findings, then every aligned sentence.
        case full
        /// Summary and findings, no alignment.
        case findings
        /// One screen: counts per relation and per finding kind.
        case stat
    }
    /// ANSI colour for marks and headings; without it marks are `[-…-]` and `{+…+}`.
    public var color = false
    /// Columns to wrap to (at least 40 is used).
    public var width = 80
    public var view: View = .full
    /// Print the aligned sentences of a copy judged unrelated to the original too (by
    /// default such a copy gets its note, its findings if any, and nothing else).
    public var showUnrelated = false
    public init(color: Bool = false, width: Int = 80, view: View = .full, showUnrelated: Bool = false) {
        self.color = color; self.width = width; self.view = view; self.showUnrelated = showUnrelated
    }
}

/// The human-readable report for a terminal: summary, numbered findings (most severe first,
/// then in the order of the copy), then the aligned sentences, each row naming the findings it
/// carries. Evidence is whole sentences wrapped to the width with the changed words marked;
/// positions are sentence ids and `line:column` (`LineIndex`) on both sides. Input text is
/// escaped (`TerminalText`), so no control sequence from a document reaches the terminal.
///
/// The report is written piece by piece to a `TextOutputStream` (the CLI's is buffered over
/// the file descriptor), never built as one string.
public enum TerminalReport {
    /// The report as one string (tests, small reports).
    public static func render(_ r: Report, color: Bool, width: Int = 80) -> String {
        var s = ""
        write(r, TerminalOptions(color: color, width: width), to: &s)
        return s
    }

    public static func write<W: TextOutputStream>(_ r: Report, _ opt: TerminalOptions, to out: inout W) {
        let p = Printer(opt)
        for c in r.copies {
            switch opt.view {
            case .stat: p.stat(c, r.original, &out)
            case .full, .findings: p.copy(c, r.original, &out)
            }
        }
        if let col = r.collation, opt.view == .full { p.collation(col, r, &out) }
    }

    /// `drift check` output: one line per copy, and the findings that fail the check.
    public static func writeCheck<W: TextOutputStream>(_ r: Report, _ result: CheckPolicy.Result, _ opt: TerminalOptions, to out: inout W) {
        let p = Printer(opt)
        for (c, failing) in zip(r.copies, result.failing) {
            let head = "\(TerminalText.escapeLine(c.document.path)): "
            if let u = c.unrelated { out.write(head + p.w.paint("note: \(u)", .yellow) + "\n") }
            if failing.isEmpty { out.write(head + "ok, nothing found that fails the check\n"); continue }
            let failingSet = Set(failing)
            let order = c.displayOrder.filter { failingSet.contains($0) }
            out.write(head + p.w.paint("\(count(order.count, "finding")) \(order.count == 1 ? "fails" : "fail") the check: \(kindCounts(order.map { c.findings[$0] }))", .bold) + "\n")
            let number = Dictionary(uniqueKeysWithValues: c.displayOrder.enumerated().map { ($1, $0 + 1) })
            let lines = (LineIndex(r.original), LineIndex(c.document))
            for i in order { p.finding(c.findings[i], number: number[i]!, c, r.original, lines, &out) }
        }
    }

    /// `drift check` output as one string.
    public static func renderCheck(_ r: Report, _ result: CheckPolicy.Result, color: Bool, width: Int = 80) -> String {
        var s = ""
        writeCheck(r, result, TerminalOptions(color: color, width: width), to: &s)
        return s
    }

    /// "1 finding", "3 findings".
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
    }

    /// "2 name-change, 1 insertion", most frequent first.
    static func kindCounts(_ fs: [Finding]) -> String {
        var n: [Finding.Kind: Int] = [:]
        for f in fs { n[f.kind, default: 0] += 1 }
        return n.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
    }

    /// "12 major, 3 minor".
    static func severityCounts(_ fs: [Finding]) -> String {
        Finding.Severity.allCases.compactMap { s in
            let n = fs.filter { $0.severity == s }.count
            return n > 0 ? "\(n) \(s.rawValue)" : nil
        }.joined(separator: ", ")
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// A bead's similarity as people read it: an edited pair never shows 100%.
    static func similarity(_ b: Bead) -> String {
        guard !b.original.isEmpty, !b.copy.isEmpty else { return "" }
        var p = Int((b.similarity * 100).rounded(.down))
        if b.relation != .identical && b.relation != .typographic { p = min(p, 99) }
        return " \(p)%"
    }

    /// Ids as people read them: "12", "12–14", "3, 7".
    static func ids(_ xs: [Int]) -> String {
        guard let lo = xs.min(), let hi = xs.max() else { return "—" }
        if xs.count == 1 { return "\(lo)" }
        if hi - lo + 1 == xs.count { return "\(lo)–\(hi)" }
        return xs.map(String.init).joined(separator: ", ")
    }

    struct Printer {
        let opt: TerminalOptions
        let w: TextWrap
        var width: Int { max(40, opt.width) }
        init(_ opt: TerminalOptions) { self.opt = opt; w = TextWrap(color: opt.color) }

        func severity(_ s: Finding.Severity) -> String {
            switch s {
            case .major: return w.paint("MAJOR", .alarm)
            case .minor: return w.paint("minor", .yellow)
            case .info: return w.paint("info", .dim)
            }
        }

        /// "drift: ORIGINAL → COPY", wrapped (ending in a newline).
        func header(_ c: CopyReport, _ o: Document) -> String {
            // Languages are named when they differ (a translated copy); same-language output is unchanged.
            w.wrap([Self.run("drift: \(TerminalText.escapeLine(o.path)) → \(TerminalText.escapeLine(c.document.path))"
                             + (o.language != c.document.language ? " [\(TerminalText.escapeLine(o.language)) → \(TerminalText.escapeLine(c.document.language))]" : ""), .bold)], width: width, indent: 2, first: "")
        }

        func summaryLines(_ c: CopyReport) -> String {
            let s = c.summary
            var parts = ["\(s.kept) kept", "\(s.edited) edited", "\(s.reworded) reworded", "\(s.moved) moved", "\(s.dropped) dropped"]
            if s.duplicated > 0 { parts.append("\(s.duplicated) repeated in the original") }
            var out = w.wrap([.plain("original \(count(s.originalSentences, "sentence")): " + parts.joined(separator: ", ")
                                     + "; copy \(count(s.copySentences, "sentence")), \(s.added) added")], width: width, indent: 2)
            out += "  similarity \(percent(s.similarity)); \(percent(s.traced)) of the copy's sentences trace to the original\n"
            return out
        }

        func copy<W: TextOutputStream>(_ c: CopyReport, _ o: Document, _ out: inout W) {
            out.write(header(c, o))
            if c.document.source.sha256 == o.source.sha256 {
                out.write("  identical: the two files have the same bytes\n\n")
                return
            }
            out.write(summaryLines(c))
            if let u = c.unrelated { out.write(w.wrap([Self.run("note: \(u)", .yellow)], width: width, indent: 2)) }
            for n in c.alignment.notes { out.write(w.wrap([.dim("note: \(n)")], width: width, indent: 2)) }
            let typographyOnly = c.summary.typographyOnly && c.findings.isEmpty
            if typographyOnly { out.write("  the copy differs from the original only in typography\n") }
            guard opt.view == .full else { findings(c, o, typographyOnly: typographyOnly, &out); out.write("\n"); return }
            if c.unrelated != nil && !opt.showUnrelated {
                findings(c, o, typographyOnly: typographyOnly, &out)
                out.write(w.wrap([.dim("the aligned sentences of an unrelated copy are not shown")], width: width, indent: 2) + "\n")
                return
            }
            if c.alignment.beads.count <= Self.sideBySideBeads {
                // A report of this size is formatted on both cores, each section into a
                // string, written in order: the same bytes as one after the other.
                let me = Unchecked((self, c, o))
                let (found, aligned) = ParallelMap.beside({ () -> String in
                    var s = ""; me.value.0.findings(me.value.1, me.value.2, typographyOnly: typographyOnly, &s); return s
                }, { () -> String in
                    var s = ""; alignment(c, o, typographyOnly: typographyOnly, &s); return s
                })
                out.write(found)
                out.write(aligned)
            } else {
                findings(c, o, typographyOnly: typographyOnly, &out)
                alignment(c, o, typographyOnly: typographyOnly, &out)
            }
            out.write("\n")
        }

        /// Reports of at most this many sentence pairs are formatted a section per core (as
        /// strings); larger ones stream as they are formatted, one section after the other.
        /// 5,000 pairs: a long article has a few hundred; a 5,000-pair report is ~2 MB of
        /// text held at once, against ~23 MB for the 100k-sentence benchmark pair.
        static let sideBySideBeads = 5_000

        /// The findings section ("Findings: N (…)" and each finding), when the copy has
        /// findings or could have had some.
        func findings<W: TextOutputStream>(_ c: CopyReport, _ o: Document, typographyOnly: Bool, _ out: inout W) {
            guard !c.findings.isEmpty || (!typographyOnly && c.unrelated == nil) else { return }
            let lines = (LineIndex(o), LineIndex(c.document))
            let title = "Findings: \(c.findings.count)"
            out.write("\n" + wrapAfter(w.paint(title, .bold) + " ", visible: title.count + 1,
                                        c.findings.isEmpty ? [] : [.plain("(\(severityCounts(c.findings))), most severe first, then in the order of the copy")], indent: 2))
            if c.findings.isEmpty { out.write("  none\n") }
            for (n, i) in c.displayOrder.enumerated() { finding(c.findings[i], number: n + 1, c, o, lines, &out) }
        }

        static func run(_ s: String, _ st: TextWrap.Style) -> TextWrap.Run { TextWrap.Run(text: s, style: st) }

        /// One finding: number, severity, kind, message; each side's position and whole
        /// sentences with the changed words marked; other occurrences; why and the rule.
        func finding<W: TextOutputStream>(_ f: Finding, number: Int, _ c: CopyReport, _ o: Document, _ lines: (LineIndex, LineIndex), _ out: inout W) {
            let tag = "#\(number)"
            var head = " " + tag.paddedTo(max(4, tag.count + 1)) + severity(f.severity) + " " + f.kind.rawValue + ": "
            let visible = 1 + max(4, tag.count + 1) + f.severity.rawValue.count + 1 + f.kind.rawValue.count + 2
            if opt.color { head = head.replacingAll(tag, with: w.paint(tag, .bold)) }
            out.write(wrapAfter(head, visible: visible, [.plain(f.message)], indent: 6))
            if let e = Evidence.of(f, original: true, in: c, o) { out.write(evidence("original", o, f.original!, e, style: .deleted, lines.0)) }
            if let e = Evidence.of(f, original: false, in: c, o) { out.write(evidence("copy", c.document, f.copy!, e, style: .inserted, lines.1)) }
            let more = f.occurrences.filter { $0.start != f.copy?.start }
            if !more.isEmpty {
                let at = more.map { lines.1.describe($0.start) }.joined(separator: ", ")
                out.write(w.wrap([.dim("also in the copy at \(at)")], width: width, indent: 6))
            }
            out.write(w.wrap([.dim("why: \(f.why) [\(f.rule)]")], width: width, indent: 6))
        }

        /// A first line whose prefix is already styled (`visible` columns wide), then the
        /// wrapped runs.
        func wrapAfter(_ prefix: String, visible: Int, _ runs: [TextWrap.Run], indent: Int) -> String {
            let placeholder = String(repeating: "\u{1}", count: visible)
            let text = w.wrap(runs, width: width, indent: indent, first: placeholder)
            return prefix + text.dropFirst(visible)
        }

        /// "original sentence 12, line 14:5" and the evidence's sentences, wrapped, marked.
        func evidence(_ side: String, _ d: Document, _ sp: Span, _ e: Evidence, style: TextWrap.Style, _ li: LineIndex) -> String {
            let where_ = e.sentences.isEmpty ? "" : (e.sentences.count == 1 ? "sentence " : "sentences ") + TerminalReport.ids(e.sentences) + ", "
            return w.wrap([.dim("\(side) \(where_)line \(li.describe(sp.start))")], width: width, indent: 6)
                + w.wrap(marked(d, e.range, e.marks, style), width: width, indent: 8)
        }

        /// The text of `range` as runs, the byte ranges `marks` in `style`.
        func marked(_ d: Document, _ range: Range<Int>, _ marks: [Range<Int>], _ style: TextWrap.Style) -> [TextWrap.Run] {
            var runs: [TextWrap.Run] = []
            var pos = range.lowerBound
            for m in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) where m.lowerBound >= pos && m.upperBound <= range.upperBound {
                if m.lowerBound > pos { runs.append(.plain(d.text(pos, m.lowerBound))) }
                runs.append(Self.run(d.text(m.lowerBound, m.upperBound), style))
                pos = m.upperBound
            }
            if pos < range.upperBound { runs.append(.plain(d.text(pos, range.upperBound))) }
            return runs
        }

        func groupRange(_ d: Document, _ ids: [Int]) -> Range<Int> {
            d.sentences[ids.min()!].start..<d.sentences[ids.max()!].end
        }

        /// A bead's label: "edited 85%", "repeated in the copy (of copy sentence 3)".
        func label(_ b: Bead) -> String {
            if let dup = b.duplicateOf {
                return b.copy.isEmpty
                    ? "repeated in the original (of original \(dup.count == 1 ? "sentence" : "sentences") \(TerminalReport.ids(dup)))"
                    : "repeated in the copy (of copy \(dup.count == 1 ? "sentence" : "sentences") \(TerminalReport.ids(dup)))"
            }
            switch b.relation {
            case .paraphrase: return "reworded" + similarity(b)
            case .omitted: return "dropped"
            case .inserted: return "added"
            default: return b.relation.rawValue + similarity(b)
            }
        }

        func alignment<W: TextOutputStream>(_ c: CopyReport, _ o: Document, typographyOnly: Bool, _ out: inout W) {
            let doc = c.document
            let numbers = c.findingNumbersByBead(original: o)
            out.write("\n" + w.paint("Alignment", .bold) + " (original sentence ↔ copy sentence, relation, findings)\n")
            var skipped = 0
            for (k, b) in c.alignment.beads.enumerated() {
                if typographyOnly && b.relation == .identical { skipped += 1; continue }
                let nums = numbers[k].isEmpty ? "" : "  " + numbers[k].map { "#\($0)" }.joined(separator: " ")
                out.write("  \(TerminalReport.ids(b.original)) ↔ \(TerminalReport.ids(b.copy))  " + w.paint(label(b), .dim) + (opt.color ? w.paint(nums, .bold) : nums) + "\n")
                switch b.relation {
                case .identical, .typographic:
                    out.write(w.wrap([.dim(doc.text(groupRange(doc, b.copy).lowerBound, groupRange(doc, b.copy).upperBound))], width: width, indent: 6))
                case .inserted:
                    let r = groupRange(doc, b.copy)
                    out.write(wrapAfter("    + ", visible: 6, b.duplicateOf != nil ? [.dim(doc.text(r.lowerBound, r.upperBound))] : [.inserted(doc.text(r.lowerBound, r.upperBound))], indent: 6))
                case .omitted:
                    let r = groupRange(o, b.original)
                    out.write(wrapAfter("    - ", visible: 6, b.duplicateOf != nil ? [.dim(o.text(r.lowerBound, r.upperBound))] : [.deleted(o.text(r.lowerBound, r.upperBound))], indent: 6))
                case .edited, .moved, .paraphrase:
                    let dels = b.diff.compactMap { $0.op == .delete ? $0.original : nil }
                    let ins = b.diff.compactMap { $0.op == .insert ? $0.copy : nil }
                    let ro = groupRange(o, b.original), rc = groupRange(doc, b.copy)
                    out.write(wrapAfter("    O ", visible: 6, b.relation == .paraphrase ? [.plain(o.text(ro.lowerBound, ro.upperBound))] : marked(o, ro, dels, .deleted), indent: 6))
                    out.write(wrapAfter("    C ", visible: 6, b.relation == .paraphrase ? [.plain(doc.text(rc.lowerBound, rc.upperBound))] : marked(doc, rc, ins, .inserted), indent: 6))
                }
            }
            if skipped > 0 { out.write("  (\(count(skipped, "identical sentence")) not shown)\n") }
        }

        /// `--stat`: one screen of counts, like `git diff --stat`.
        func stat<W: TextOutputStream>(_ c: CopyReport, _ o: Document, _ out: inout W) {
            out.write(header(c, o))
            if c.document.source.sha256 == o.source.sha256 { out.write("  identical: the two files have the same bytes\n\n"); return }
            let s = c.summary
            if let u = c.unrelated { out.write(w.wrap([Self.run("note: \(u)", .yellow)], width: width, indent: 2)) }
            let rows: [(String, Int)] = [("kept", s.kept), ("edited", s.edited), ("reworded", s.reworded), ("moved", s.moved),
                                         ("dropped", s.dropped), ("repeated in the original", s.duplicated), ("added in the copy", s.added)]
            let total = max(1, rows.map(\.1).max() ?? 1)
            let barWidth = max(10, min(40, width - 40))
            out.write("  sentences (original \(s.originalSentences), copy \(s.copySentences)):\n")
            for (name, n) in rows where n > 0 || ["kept", "edited", "dropped", "added in the copy"].contains(name) {
                let bar = String(repeating: "#", count: n == 0 ? 0 : max(1, n * barWidth / total))
                let colored = name == "dropped" ? w.paint(bar, .deleted) : name == "added in the copy" ? w.paint(bar, .inserted) : bar
                out.write("    " + name.paddedTo(25) + String(repeating: " ", count: max(0, 5 - String(n).count)) + "\(n)" + (bar.isEmpty ? "" : " " + colored) + "\n")
            }
            out.write("  findings: \(c.findings.count)" + (c.findings.isEmpty ? "" : " (\(severityCounts(c.findings)))") + "\n")
            for k in Finding.Kind.allCases {
                let fs = c.findings.filter { $0.kind == k }
                guard !fs.isEmpty else { continue }
                out.write("    " + k.rawValue.paddedTo(25) + String(repeating: " ", count: max(0, 5 - String(fs.count).count)) + "\(fs.count)  " + severityCounts(fs) + "\n")
            }
            out.write("\n")
        }

        /// One line per original sentence, a column per copy.
        func collation<W: TextOutputStream>(_ col: Collation, _ r: Report, _ out: inout W) {
            out.write(wrapAfter(w.paint("Collation", .bold) + " ", visible: 10,
                                [.plain("(= same, ~ typography, e edited, p reworded, m moved, - dropped, r repeated in the original)")], indent: 2))
            for (k, c) in r.copies.enumerated() { out.write("  copy \(k + 1): \(TerminalText.escapeLine(c.document.path))\n") }
            let code: [String: String] = ["identical": "=", "typographic": "~", "edited": "e", "paraphrase": "p", "moved": "m", "omitted": "-", "repeat": "r", "none": "?"]
            for row in col.rows {
                let cells = row.cells.map { code[$0.relation] ?? "?" }.joined(separator: " ")
                let lead = "  " + String(row.original).paddedTo(5) + " " + cells + "  "
                let s = r.original.sentences[row.original]
                out.write(wrapAfter(lead, visible: lead.count, [.dim(r.original.text(of: s))], indent: lead.count))
            }
            if col.hints.isEmpty { out.write("  no two copies share changes the original does not have\n") }
            for h in col.hints {
                out.write(w.wrap([Self.run("provenance: \(h.message)", .yellow)], width: width, indent: 2))
                for e in h.examples { out.write(w.wrap([.dim("e.g. \(e)")], width: width, indent: 6)) }
            }
            out.write("\n")
        }
    }
}
