import Testing
@testable import DriftKit

/// The HTML report keeps document text inert without help from a browser: every field of a
/// finding and every file name is escaped in the markup itself, so the report is safe to open
/// even where the Content-Security-Policy is not honoured (a mail client, an old viewer).
/// The browser suite (`HTMLReportBrowserTests`) checks the rendered page; this one checks the
/// text of the file, and runs everywhere.
@Suite("HTML report escaping, without a browser")
struct HTMLReportEscapingTests {
    /// Markup a hostile copy could carry: a script, an element with a handler, quotes that
    /// would close an attribute, and an entity.
    static let hostile = #"<script>alert("x")</script><img src=x onerror=alert('y')>&amp;"#
    /// The same, as the report must show it.
    static let shown = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(&#39;y&#39;)&gt;&amp;amp;"

    /// The page without the embedded JSON report (whose escaping `embeddedJSON` checks).
    static func markup(_ html: String) -> String {
        guard let a = html.range(of: #"<script type="application/json" id="drift-report">"#),
              let b = html.range(of: "</script>", range: a.upperBound..<html.endIndex) else { return html }
        return String(html[..<a.upperBound] + html[b.lowerBound...])
    }

    static func report() throws -> String {
        let o = try Document.from(text: "The talks in Geneva ended without an agreement.\n", path: "original " + hostile + ".txt")
        let c = try Document.from(text: "The talks in Geneva ended without any agreement.\n", path: "copy " + hostile + ".txt")
        var cr = Comparison.compare(o, c)
        var f = Finding(kind: .quoteChange, severity: .major, confidence: 0.8,
                        original: Span(start: 0, end: 9, text: "quote-o " + hostile), copy: Span(start: 0, end: 9, text: "quote-c " + hostile),
                        from: "from " + hostile, to: "to " + hostile,
                        message: "message " + hostile, rule: "rule " + hostile, why: "why " + hostile)
        f.bead = 0
        cr.findings = [f]
        return HTMLReport.render(Report(original: o, copies: [cr]))
    }

    @Test("hostile text in a finding's message, explanation, rule, quotes and from/to, and in file names, is escaped")
    func everyFieldEscaped() throws {
        let full = try Self.report()
        let html = Self.markup(full)
        #expect(full.components(separatedBy: "<script").count - 1 == 2)
        // Only the report's own two scripts; no element from the documents.
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "a <script> from a document reached the markup")
        #expect(!html.contains("<img"), "an <img> from a document reached the markup")
        #expect(!html.contains("alert('y')"), "an unescaped quote could end an attribute")
        // (The quotes of a finding's spans are shown from the documents themselves: their
        // escaping is checked end to end in HTMLReportTests, with a hostile copy.)
        for field in ["message", "why", "rule", "from", "to", "original", "copy"] {
            #expect(html.contains(field + " " + Self.shown), "the \(field) is not shown escaped")
        }
    }

    @Test("the embedded JSON cannot close its script element")
    func embeddedJSON() throws {
        let html = try Self.report()
        let start = try #require(html.range(of: #"<script type="application/json" id="drift-report">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = html[start.upperBound..<end.lowerBound]
        #expect(json.contains(#"message \u003cscript\u003ealert"#), "the JSON holds the message, with < and > escaped")
        #expect(!json.contains("<"))
    }

    @Test("bidirectional controls and zero-width characters are shown as code points")
    func bidiShown() throws {
        let o = try Document.from(text: "Officials said the deal was signed.\n", path: "o.txt")
        let c = try Document.from(text: "Officials said the deal was \u{202E}dengis\u{202C} never signed.\n", path: "c.txt")
        let html = Self.markup(HTMLReport.render(Report(original: o, copies: [Comparison.compare(o, c)])))
        #expect(!html.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202C })
        #expect(html.contains("[U+202E]"))
    }

    /// The page is streamed (issue #12 item 8), so the embedded JSON's invisible characters are
    /// escaped chunk by chunk; a chunk ending inside a character must give the same bytes as
    /// escaping the whole JSON at once.
    @Test("invisible characters in the JSON are escaped the same when a chunk ends inside one")
    func invisibleEscapingAcrossChunks() throws {
        // Zero-width space, TAG letters (4 bytes), Cyrillic and CJK (2 and 3 bytes) in every
        // position relative to the 64-byte chunks.
        var json = "{\"text\":\""
        for i in 0..<400 { json += ["a", "\u{200B}", "\u{E0041}", "ж", "語", "\u{00AD}", "b"][i % 7] + (i % 5 == 0 ? "x" : "") }
        json += "\"}"
        for capacity in [64, 65, 66, 67, 100] {
            let out = ReportWriter.inMemory()
            let stream = HTMLEscape.InvisibleInJSON(out, capacity: capacity)
            stream.writer.write(json)
            stream.finish()
            #expect(out.string == HTMLEscape.invisibleInJSON(json), "capacity \(capacity)")
        }
        #expect(!HTMLEscape.invisibleInJSON(json).unicodeScalars.contains { $0.value == 0x200B || $0.value == 0xE0041 })
    }
}
