import Foundation
import Testing
@testable import DriftKit

/// A saved web page: only the article comes out; site furniture, scripts and hidden elements
/// never reach the comparison.
@Suite("HTML extraction")
struct HTMLTests {
    static func page() throws -> Document {
        try Fixtures.document(try Fixtures.bytes("fixtures/article-page.html"), path: "article-page.html")
    }

    @Test func onlyTheArticleTextComesOut() throws {
        let doc = try Self.page()
        #expect(doc.source.format == .html)
        #expect(doc.sentenceTexts == [
            "Putin plays for time",
            "Talks in Moscow ended without a deal on Friday.",
            "Officials said the next round could start soon.",
            "What the experts say",
            "Gen. Keith Kellogg was sidelined.",
            "Experts see a familiar pattern in the Kremlin’s tactics.",
            "Stalling on details",
            "Repeating talking points",
            "“Time is on his side,” one analyst said.",
            "An unclosed paragraph about sanctions.",
            "Russia will not disappear, the analysts agree.",
        ])
    }

    @Test func headingsAndListItemsAreLineUnits() throws {
        let doc = try Self.page()
        let lines = doc.sentences.filter(\.isLine).map { doc.text(of: $0) }
        #expect(lines == ["Putin plays for time", "What the experts say", "Stalling on details", "Repeating talking points"])
    }

    @Test("dropped and hidden content never appears", arguments: [
        "SCRIPT TEXT", "STYLE TEXT", "dataLayer", "font-family", "World news menu", "Home", "Related:",
        "newsletter", "Hidden teaser", "Invisible tracking", "Decorative pull quote", "Copyright", "Example News",
    ])
    func droppedContent(fragment: String) throws {
        let doc = try Self.page()
        let text = String(decoding: doc.source.text, as: UTF8.self)
        #expect(!text.contains(fragment), "\(fragment.debugDescription) leaked into: \(text.debugDescription)")
    }

    /// Regression: the <title> sits in <head>, which extraction skips, so it was never found.
    @Test func titleBecomesMetadata() throws {
        let doc = try Self.page()
        #expect(doc.source.metadata.first { $0.0 == "title" }?.1 == "Putin plays for time | Example News")
    }

    @Test func offsetsIndexTheExtractedText() throws {
        let doc = try Self.page()
        #expect(doc.source.text == doc.source.analysis)
        for s in doc.sentences {
            #expect(String(validating: doc.source.text[s.start..<s.end], as: UTF8.self) == doc.text(of: s))
        }
        // Blocks are separated by a blank line, inline white space is collapsed.
        let text = String(decoding: doc.source.text, as: UTF8.self)
        #expect(text.hasPrefix("Putin plays for time\n\nTalks in Moscow"))
        #expect(text.contains("familiar pattern in the Kremlin’s tactics."))
    }

    @Test func sniffedWithoutAnHTMLName() throws {
        let html = "<html><body><p>First paragraph here.</p><p>Second one.</p></body></html>"
        let doc = try Fixtures.document(html, path: "saved-page.txt")
        #expect(doc.source.format == .html)
        #expect(doc.sentenceTexts == ["First paragraph here.", "Second one."])
    }

    @Test func cyrillicPage() throws {
        let html = "<!doctype html><meta charset=utf-8><title>Итоги</title><p>Президент России В. В. Путин заявил, что переговоры идут.<p>Встреча прошла в 2024 г. в Москве."
        let doc = try Fixtures.document(html, path: "ru.html")
        #expect(doc.language == "ru")
        #expect(doc.sentenceTexts == ["Президент России В. В. Путин заявил, что переговоры идут.", "Встреча прошла в 2024 г. в Москве."])
    }

    @Test func pageWithoutReadableTextIsAnError() throws {
        let html = "<html><head><script>render()</script></head><body><nav>Home</nav><div id=app></div></body></html>"
        #expect(throws: DriftError.self) { try Fixtures.document(html, path: "app.html") }
        do {
            _ = try Fixtures.document(html, path: "app.html")
        } catch let e as DriftError {
            #expect(e.subject == "app.html")
            #expect(e.message == "HTML page has no readable text")
        }
    }

    @Test func forcedTextFormatKeepsTheMarkup() throws {
        let html = "<p>Kept as written.</p>"
        let doc = try Fixtures.document(html, path: "x.html", format: .text)
        #expect(doc.source.format == .text)
        #expect(doc.sentenceTexts == ["<p>Kept as written.</p>"])
    }
}
