import Foundation
import Testing
import DriftTestSupport

/// The HTML report of a hostile copy, checked in the file itself (no browser needed): the
/// copy's file name and the text it hides are shown escaped.
@Suite("HTML report of a hostile copy, end to end")
struct HTMLReportTests {
    @Test("a hostile file name and hidden text in a message are escaped in the report")
    func hostileNameAndMessage() throws {
        let dir = try TempDir()
        let orig = try dir.file("original.txt", Array("""
        The talks in Geneva ended on Friday without an agreement.
        Both delegations said they would meet again next month.

        """.utf8))
        // A file name is any bytes but "/" and NUL on Linux.
        let name = #"copy <img src=x onerror=alert(1)> "q" 'a'.html"#
        let copy = try dir.file(name, Array("""
        <html><body><article>
        <p>The talks in Geneva ended on Friday without an agreement.</p>
        <div style="display:none">&lt;script&gt;alert(2)&lt;/script&gt; buy cheap followers at example dot com today</div>
        <p>Both delegations said they would meet again next month.</p>
        </article></body></html>
        """.utf8))
        let out = dir.url.appendingPathComponent("report.html").path
        let r = try CLI.run(["compare", "--format", "html", "-o", out, orig, copy])
        #expect(r.status != 2, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("data-kind=\"hidden-text\""), "the hidden text is reported")
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "a <script> from the copy reached the markup")
        #expect(!html.contains("<img"))
        #expect(!html.contains("alert(2)</script>"))
        // Shown, escaped: the file name in the header, the hidden text in the finding's message.
        #expect(html.contains("copy &lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &#39;a&#39;.html"))
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt; buy cheap followers"))
    }
}
