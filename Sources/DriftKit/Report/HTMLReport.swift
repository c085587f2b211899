import Foundation

/// The self-contained HTML report: one file with inline CSS, a small inline script and the
/// `drift.report/3` JSON embedded, that opens offline anywhere.
///
/// Safety: every piece of input text goes through `HTMLEscape`; the embedded JSON escapes
/// `<`, `>` and `&`, so it cannot close its `<script>` element; a Content-Security-Policy
/// forbids every source except the report's own style and script (pinned by their SHA-256
/// hashes), so even markup that slipped through could not run or load anything.
/// Long documents stay usable: rows are plain blocks with `content-visibility: auto`, so the
/// browser lays out only the rows on screen.
public enum HTMLReport {
    /// The report as one string (tests, small reports; a file or pipe goes through `write`).
    public static func render(_ r: Report, check: CheckPolicy.Result? = nil) -> String {
        let w = ReportWriter.inMemory()
        write(r, check: check, to: w)
        return w.string
    }

    /// Writes the report as it is produced: rows, findings and the embedded JSON go through
    /// `w` a piece at a time, so memory stays at the report's data (issue #12 item 8: the page
    /// was built as one string, ≈ 880 bytes a sentence; docs/security.md "Memory bound").
    ///
    /// - Complexity: O(size of the report); memory O(1) beyond the writer's buffer and one row.
    public static func write(_ r: Report, check: CheckPolicy.Result? = nil, to w: ReportWriter) {
        let title = r.copies.count == 1 ? "drift: \(shortName(r.original.path)) → \(shortName(r.copies[0].document.path))" : "drift: \(shortName(r.original.path)) and \(r.copies.count) copies"
        let csp = "default-src 'none'; style-src '\(hash(css))'; script-src '\(hash(script))'; img-src data:; base-uri 'none'; form-action 'none'"
        w.write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">\n")
        w.write("<meta name=\"generator\" content=\"drift \(DriftVersion.string)\">\n")
        w.write("<title>\(esc(title))</title>\n<style>\(css)</style>\n</head>\n<body>\n")
        w.write(header(r))
        if r.copies.count > 1 {
            w.write("<nav class=\"tabs\" role=\"tablist\" aria-label=\"Copies\">")
            for (k, c) in r.copies.enumerated() {
                w.write("<button type=\"button\" role=\"tab\" data-tab=\"copy-\(k)\"\(k == 0 ? " aria-selected=\"true\"" : "")>Copy \(k + 1): \(esc(shortName(c.document.path)))</button>")
            }
            w.write("<button type=\"button\" role=\"tab\" data-tab=\"collation\">Collation</button></nav>")
        }
        w.write("<main>")
        for (k, c) in r.copies.enumerated() { copySection(k, c, r.original, failing: check.map { Set($0.failing[k]) }, to: w) }
        if r.copies.count > 1 { collation(r, to: w) }
        w.write("</main>")
        w.write("\n<script type=\"application/json\" id=\"drift-report\">")
        let json = HTMLEscape.InvisibleInJSON(w)
        JSONReport.write(r, check: check, to: json.writer, pretty: false)
        json.finish()
        w.write("</script>\n<script>\(script)</script>\n</body>\n</html>\n")
    }

    static func esc(_ s: String) -> String { HTMLEscape.text(s) }

    static func hash(_ s: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(s.utf8))).base64EncodedString()
    }

    /// A path that may wrap after each separator (`<wbr>`), escaped.
    static func path(_ p: String) -> String {
        p.split(separator: "/", omittingEmptySubsequences: false).map { esc(String($0)) }.joined(separator: "/<wbr>")
    }

    static func shortName(_ p: String) -> String { p.split(separator: "/").last.map(String.init) ?? p }

    static func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    // MARK: header

    static func header(_ r: Report) -> String {
        var h = "<header><h1>drift report</h1><div class=\"scroll\"><table class=\"docs\"><caption>Documents compared</caption><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">File</th><th scope=\"col\">Format</th><th scope=\"col\">Encoding</th><th scope=\"col\">Language</th><th scope=\"col\">Size</th><th scope=\"col\">Sentences</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>"
        func row(_ role: String, _ d: Document) {
            h += "<tr><td>\(role)</td><td class=\"path\" title=\"\(esc(d.path))\">\(path(d.path))</td><td>\(d.source.format.rawValue)</td><td>\(esc(d.source.encoding))</td><td>\(esc(d.language))</td><td>\(d.source.byteCount) B</td><td>\(d.sentences.count)</td><td class=\"hash\" title=\"\(d.source.sha256)\">\(d.source.sha256.prefix(12))…</td></tr>"
        }
        row("original", r.original)
        for (k, c) in r.copies.enumerated() { row("copy \(k + 1)", c.document) }
        h += "</tbody></table></div></header>"
        return h
    }

    // MARK: one copy

    static func copySection(_ k: Int, _ c: CopyReport, _ o: Document, failing: Set<Int>?, to w: ReportWriter) {
        let s = c.summary
        var h = "<section class=\"copy\" id=\"copy-\(k)\" data-copy=\"\(k)\"\(k > 0 ? " hidden" : "")>"
        h += "<h2>Copy \(k + 1): <span class=\"path\" title=\"\(esc(c.document.path))\">\(path(c.document.path))</span></h2>"
        h += "<dl class=\"summary\">"
        for (label, value, cls) in [("Similarity", pct(s.similarity), ""), ("Traced to original", pct(s.traced), ""), ("Kept", "\(s.kept)", "rel-identical"),
                                    ("Edited", "\(s.edited)", "rel-edited"), ("Reworded", "\(s.reworded)", "rel-paraphrase"), ("Moved", "\(s.moved)", "rel-moved"),
                                    ("Dropped", "\(s.dropped)", "rel-omitted"), ("Added", "\(s.added)", "rel-inserted")] {
            h += "<div class=\"\(cls)\"><dt>\(label)</dt><dd>\(value)</dd></div>"
        }
        for sev in Finding.Severity.allCases {
            h += "<div class=\"sev-\(sev.rawValue)\"><dt>\(sev.rawValue.capitalized) findings</dt><dd>\(c.findings.count { $0.severity == sev })</dd></div>"
        }
        h += "</dl>"
        if let u = c.unrelated { h += "<p class=\"note unrelated\" role=\"note\">\(esc(u))</p>" }
        if s.typographyOnly { h += "<p class=\"note\">The copy differs from the original only in typography.</p>" }
        for n in c.alignment.notes { h += "<p class=\"note\">\(esc(n))</p>" }
        w.write(h)
        minimap(k, c, to: w)
        findingsPanel(k, c, o, failing: failing, to: w)
        aligned(k, c, o, to: w)
        w.write("</section>")
    }

    static func relationClass(_ b: Bead) -> String {
        b.duplicateOf != nil ? "rel-repeat" : "rel-\(b.relation.rawValue)"
    }

    /// A bar of the copy's entries, coloured by relation, with ticks where findings are.
    static func minimap(_ k: Int, _ c: CopyReport, to w: ReportWriter) {
        let out = w
        let beads = c.alignment.beads
        let total = max(1, beads.reduce(0) { $0 + max($1.original.count, $1.copy.count) })
        var x = 0.0
        var h = "<figure class=\"minimap\"><figcaption>Where the drift is (left: start of the text)</figcaption><svg viewBox=\"0 0 1000 24\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Minimap of the alignment\">"
        let flagged = Set(c.findings.compactMap(\.bead))
        for (i, b) in beads.enumerated() {
            let w = Double(max(b.original.count, b.copy.count)) / Double(total) * 1000
            h += "<a href=\"#c\(k)-b\(i)\"><rect class=\"\(relationClass(b))\" x=\"\(String(format: "%.2f", x))\" y=\"8\" width=\"\(String(format: "%.2f", max(w, 0.5)))\" height=\"16\"><title>\(b.relation.rawValue)</title></rect></a>"
            if flagged.contains(i) { h += "<rect class=\"tick\" x=\"\(String(format: "%.2f", x))\" y=\"0\" width=\"\(String(format: "%.2f", max(w, 2)))\" height=\"6\"/>" }
            x += w
            out.write(h); h.removeAll(keepingCapacity: true)
        }
        h += "</svg><ul class=\"legend\" aria-label=\"Colours of the minimap\">"
        for (cls, label) in [("rel-identical", "kept"), ("rel-edited", "edited"), ("rel-paraphrase", "reworded"), ("rel-moved", "moved"),
                             ("rel-inserted", "added"), ("rel-omitted", "dropped"), ("rel-repeat", "repeated in the original"), ("tick", "finding")] {
            h += "<li><svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect class=\"\(cls)\" width=\"10\" height=\"10\"/></svg>\(label)</li>"
        }
        h += "</ul></figure>"
        out.write(h)
    }

    /// A compact list of the findings, numbered in display order (`CopyReport.displayOrder`,
    /// as in the terminal): one line each, expanding (`<details>`) to the whole sentences on
    /// both sides with the change highlighted, their sentence ids and line:column, and why.
    static func findingsPanel(_ k: Int, _ c: CopyReport, _ o: Document, failing: Set<Int>?, to w: ReportWriter) {
        let order = c.displayOrder
        var h = "<section class=\"findings\" aria-labelledby=\"fh-\(k)\"><h3 id=\"fh-\(k)\">Findings (\(c.findings.count))</h3>"
        if c.findings.isEmpty { w.write(h + "<p>No findings.</p></section>"); return }
        h += "<p class=\"order\">Most severe first, then in the order of the copy. Open a finding for its sentences; its row link jumps to the aligned text.</p>"
        let kinds = Finding.Kind.allCases.filter { kd in c.findings.contains { $0.kind == kd } }
        h += "<fieldset class=\"filters\"><legend>Show</legend>"
        for kd in kinds { h += "<label><input type=\"checkbox\" data-filter-kind=\"\(kd.rawValue)\" checked> \(kd.rawValue) (\(c.findings.count { $0.kind == kd }))</label>" }
        h += "<span class=\"sep\"></span>"
        for sev in Finding.Severity.allCases where c.findings.contains(where: { $0.severity == sev }) {
            h += "<label><input type=\"checkbox\" data-filter-sev=\"\(sev.rawValue)\" checked> \(sev.rawValue)</label>"
        }
        h += "<span class=\"hint\">Keys: n / p next and previous finding</span></fieldset><ol class=\"finding-list\">"
        let lines = (LineIndex(o), LineIndex(c.document))
        for (n, i) in order.enumerated() {
            let f = c.findings[i]
            let row = f.bead.map { "c\(k)-b\($0)" } ?? ""
            let fails = failing?.contains(i) == true
            h += "<li class=\"finding sev-\(f.severity.rawValue)\(fails ? " failing" : "")\" id=\"c\(k)-f\(n + 1)\" data-kind=\"\(f.kind.rawValue)\" data-sev=\"\(f.severity.rawValue)\" data-row=\"\(row)\" tabindex=\"-1\">"
            h += "<details><summary><span class=\"num\">#\(n + 1)</span> <span class=\"badge sev-\(f.severity.rawValue)\">\(f.severity.rawValue)</span> <span class=\"kind\">\(f.kind.rawValue)</span>"
            if let a = f.from, let b = f.to { h += " <span class=\"change\"><del>\(esc(a))</del> → <ins>\(esc(b))</ins></span>" }
            h += " <span class=\"msg\">\(esc(f.message))</span>"
            if !row.isEmpty { h += " <a class=\"goto\" href=\"#\(row)\">row</a>" }
            h += "</summary><div class=\"spans\">"
            for (label, isOriginal, d, li) in [("Original", true, o, lines.0), ("Copy", false, c.document, lines.1)] {
                h += "<div class=\"span-\(isOriginal ? "o" : "c")\"><span class=\"lbl\">\(label)"
                if let e = Evidence.of(f, original: isOriginal, in: c, o), let sp = isOriginal ? f.original : f.copy {
                    let ids = e.sentences.isEmpty ? "" : (e.sentences.count == 1 ? " sentence " : " sentences ") + sentenceIDs(e.sentences) + ","
                    h += "\(ids) line \(li.describe(sp.start))</span><span class=\"quote\">" + marked(d, e.range, e.marks, tag: isOriginal ? "del" : "ins") + "</span>"
                } else {
                    h += "</span><em>—</em>"
                }
                h += "</div>"
            }
            h += "</div><p class=\"why\">Why: \(esc(f.why)) <code>\(esc(f.rule))</code>"
            let more = f.occurrences.filter { $0.start != f.copy?.start }
            if !more.isEmpty { h += " · also in the copy at line " + more.map { lines.1.describe($0.start) }.joined(separator: ", ") }
            h += "</p></details></li>"
            w.write(h); h.removeAll(keepingCapacity: true)
        }
        h += "</ol></section>"
        w.write(h)
    }

    /// "12", "12–14", "3, 7".
    static func sentenceIDs(_ xs: [Int]) -> String {
        guard let lo = xs.min(), let hi = xs.max() else { return "—" }
        if xs.count == 1 { return "\(lo)" }
        return hi - lo + 1 == xs.count ? "\(lo)–\(hi)" : xs.map(String.init).joined(separator: ", ")
    }

    /// The text of `range`, escaped, the byte ranges `marks` wrapped in `tag`.
    static func marked(_ d: Document, _ range: Range<Int>, _ marks: [Range<Int>], tag: String) -> String {
        var h = "", pos = range.lowerBound
        for m in marks where m.lowerBound >= pos && m.upperBound <= range.upperBound {
            h += esc(d.text(pos, m.lowerBound)) + "<\(tag)>" + esc(d.text(m.lowerBound, m.upperBound)) + "</\(tag)>"
            pos = m.upperBound
        }
        return h + esc(d.text(pos, range.upperBound))
    }

    static func aligned(_ k: Int, _ c: CopyReport, _ o: Document, to w: ReportWriter) {
        let d = c.document
        var h = "<section class=\"aligned\" aria-labelledby=\"ah-\(k)\"><h3 id=\"ah-\(k)\">Aligned text</h3>"
        h += "<div class=\"row head\" role=\"row\"><div class=\"ids\">#</div><div>Original</div><div>Copy</div><div class=\"rel\">Relation</div></div>"
        let numbers = c.findingNumbersByBead(original: o)
        let order = c.displayOrder
        for (i, b) in c.alignment.beads.enumerated() {
            let marks = numbers[i].map { c.findings[order[$0 - 1]] }
            let worst = marks.map(\.severity).min()
            h += "<div class=\"row \(relationClass(b))\(worst.map { " has-\($0.rawValue)" } ?? "")\" id=\"c\(k)-b\(i)\" role=\"row\">"
            let ids = (b.original.isEmpty ? "—" : b.original.map(String.init).joined(separator: ",")) + " ↔ " + (b.copy.isEmpty ? "—" : b.copy.map(String.init).joined(separator: ","))
            h += "<div class=\"ids\">\(ids)</div>"
            h += "<div class=\"o\">" + side(o, b.original, b.diff, original: true) + "</div>"
            h += "<div class=\"c\">" + side(d, b.copy, b.diff, original: false) + "</div>"
            var rel = b.duplicateOf != nil ? (b.copy.isEmpty ? "repeated in the original" : "repeated in the copy") : b.relation == .paraphrase ? "reworded" : b.relation.rawValue
            if !b.original.isEmpty && !b.copy.isEmpty { rel += TerminalReport.similarity(b) }
            if b.relation == .moved, let src = b.original.first { rel += " (from #\(src))" }
            if let dup = b.duplicateOf { rel += " (of #\(dup.map(String.init).joined(separator: ",")))" }
            if !marks.isEmpty {
                rel += "<br><span class=\"flags\">" + zip(numbers[i], marks).map { "<a href=\"#c\(k)-f\($0)\" title=\"\(esc($1.message))\">#\($0) \(esc($1.kind.rawValue))</a>" }.joined(separator: ", ") + "</span>"
            }
            h += "<div class=\"rel\">\(rel)</div></div>"
            w.write(h); h.removeAll(keepingCapacity: true)
        }
        h += "</section>"
        w.write(h)
    }

    /// One side of a bead: its sentences with the diff's changes marked.
    static func side(_ d: Document, _ ids: [Int], _ diff: [DiffOp], original: Bool) -> String {
        guard let lo = ids.min(), let hi = ids.max() else { return "<span class=\"gap\" aria-label=\"nothing here\"></span>" }
        let start = d.sentences[lo].start, end = d.sentences[hi].end
        var marks: [(Range<Int>, String)] = []
        for op in diff {
            guard let r = original ? op.original : op.copy else { continue }
            switch op.op {
            case .equal: continue
            case .typography: marks.append((r, "typo"))
            case .delete: marks.append((r, "del"))
            case .insert: marks.append((r, "ins"))
            }
        }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var h = ""
        var pos = start
        for (r, kind) in marks where r.lowerBound >= pos && r.upperBound <= end {
            h += esc(d.text(pos, r.lowerBound))
            let t = esc(d.text(r.lowerBound, r.upperBound))
            switch kind {
            case "del": h += "<del>\(t)</del>"
            case "ins": h += "<ins>\(t)</ins>"
            default: h += "<span class=\"typo\" title=\"typography only\">\(t)</span>"
            }
            pos = r.upperBound
        }
        h += esc(d.text(pos, end))
        return h
    }

    // MARK: collation

    static func collation(_ r: Report, to w: ReportWriter) {
        var h = "<section class=\"collation\" id=\"collation\" hidden><h2>Collation</h2>"
        if let col = r.collation {
            if col.hints.isEmpty { h += "<p class=\"note\">No two copies share changes the original does not have.</p>" }
            for hint in col.hints {
                h += "<div class=\"note provenance\"><p><strong>Provenance:</strong> \(esc(hint.message))</p>"
                if !hint.examples.isEmpty { h += "<ul>" + hint.examples.map { "<li>\(esc($0))</li>" }.joined() + "</ul>" }
                h += "</div>"
            }
        }
        h += "<p>One row per sentence of the original; a column per copy with its relation there.</p>"
        h += "<div class=\"scroll\"><table class=\"coll\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Original</th>"
        for (k, c) in r.copies.enumerated() { h += "<th scope=\"col\">Copy \(k + 1)<br><span class=\"path\">\(esc(shortName(c.document.path)))</span></th>" }
        h += "</tr></thead><tbody>"
        let maps: [[Int: (Bead, Int)]] = r.copies.map { c in
            var m: [Int: (Bead, Int)] = [:]
            for (i, b) in c.alignment.beads.enumerated() { for o in b.original { m[o] = (b, i) } }
            return m
        }
        for s in r.original.sentences {
            h += "<tr><td>\(s.id)</td><td class=\"otext\">\(esc(r.original.text(of: s)))</td>"
            for (k, m) in maps.enumerated() {
                if let (b, i) = m[s.id] {
                    let rel = b.duplicateOf != nil ? "repeat" : b.relation.rawValue
                    h += "<td class=\"\(relationClass(b))\"><a href=\"#c\(k)-b\(i)\" data-copy-link=\"copy-\(k)\">\(rel)</a></td>"
                } else { h += "<td>—</td>" }
            }
            h += "</tr>"
            w.write(h); h.removeAll(keepingCapacity: true)
        }
        h += "</tbody></table></div></section>"
        w.write(h)
    }
}

/// Escaping for untrusted text in HTML text and attribute values.
public enum HTMLEscape {
    /// The embedded JSON with every invisible character (`Invisible.mustEscape`) written as a
    /// JSON `\uXXXX` escape (a surrogate pair above U+FFFF): the same JSON value, but no raw
    /// TAG character or zero-width space anywhere in the page's bytes.
    /// `invisibleInJSON` as a stream: a writer whose bytes reach `out` with every invisible
    /// character escaped. Chunks may end inside a character; its first bytes wait for the rest.
    final class InvisibleInJSON {
        let out: ReportWriter
        private var pending: [UInt8] = []
        private(set) var writer: ReportWriter!

        /// `capacity`: bytes buffered before they are escaped and passed on (ReportWriter's).
        init(_ out: ReportWriter, capacity: Int = 1 << 16) {
            self.out = out
            writer = ReportWriter(capacity: capacity) { [unowned self] chunk in self.take(chunk) }
        }

        /// Flushes the JSON through; call once after the last write.
        func finish() {
            try? writer.finish()
            if !pending.isEmpty { out.write(HTMLEscape.invisibleInJSON(String(decoding: pending, as: UTF8.self))); pending = [] }
        }

        private func take(_ chunk: UnsafeRawBufferPointer) {
            var bytes = pending
            bytes.append(contentsOf: chunk)
            // Keep back an incomplete UTF-8 sequence at the end for the next chunk.
            var cut = bytes.count
            var back = 0
            while back < 3 && cut - back - 1 >= 0 && bytes[cut - back - 1] & 0xC0 == 0x80 { back += 1 }
            if cut - back - 1 >= 0 {
                let lead = bytes[cut - back - 1]
                let need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                if need > back + 1 { cut -= back + 1 }
            }
            pending = Array(bytes[cut...])
            let head = bytes[..<cut]
            if !head.contains(where: { $0 >= 0xC2 }) {
                head.withUnsafeBufferPointer { out.write($0) }
            } else {
                out.write(HTMLEscape.invisibleInJSON(String(decoding: head, as: UTF8.self)))
            }
        }
    }

    static func invisibleInJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0xA0 && Invisible.mustEscape($0.value) }) else { return json }
        var out = String.UnicodeScalarView()
        func hex(_ v: UInt32) {
            let h = String(v, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - h.count) + h).unicodeScalars)
        }
        for u in json.unicodeScalars {
            guard u.value >= 0xA0 && Invisible.mustEscape(u.value) else { out.append(u); continue }
            if u.value > 0xFFFF {
                let v = u.value - 0x10000
                hex(0xD800 + (v >> 10)); hex(0xDC00 + (v & 0x3FF))
            } else {
                hex(u.value)
            }
        }
        return String(out)
    }

    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default:
                // Bidirectional controls would reorder what the reader sees: show them.
                // So would invisible characters hide what the text says: show those too.
                // (The same set as the terminal: `Invisible.mustEscape`, controls aside.)
                if c.value >= 0xA0 && Invisible.mustEscape(c.value) {
                    out += "<span class=\"ctl\" title=\"U+\(String(c.value, radix: 16, uppercase: true))\">[U+\(String(c.value, radix: 16, uppercase: true))]</span>"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}
