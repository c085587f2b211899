import Foundation
import Testing
@testable import DriftKit

/// Markdown input: front matter becomes metadata, markup is masked but offsets still index
/// the file as written.
@Suite("Markdown")
struct MarkdownTests {
    static let reportName = "004_39e626f757b2e1ff.txt"

    @Test func frontMatterIsSniffedEvenWithATxtName() throws {
        let doc = try Fixtures.seed(Self.reportName)
        #expect(doc.source.format == .markdown)
    }

    @Test func frontMatterFieldsBecomeMetadata() throws {
        let doc = try Fixtures.seed(Self.reportName)
        let meta = Dictionary(doc.source.metadata, uniquingKeysWith: { a, _ in a })
        #expect(meta["title"] == "Negotiating with Putin's Russia - Atlantic Council")
        #expect(meta["source"] == "https://www.atlanticcouncil.org/content-series/russia-tomorrow/negotiating-with-putins-russia/")
        #expect(meta["date"] == "2025-08-15")
        #expect(meta["description"]?.hasPrefix("The latest report in the Atlantic Council") == true)
    }

    @Test func noSentenceContainsFrontMatter() throws {
        let doc = try Fixtures.seed(Self.reportName)
        let text = doc.source.text
        // The closing "---" line of the front matter.
        let close = try #require(text.occurrences(of: Array("\n---\n".utf8)).first) + 5
        #expect(doc.sentences.allSatisfy { $0.start >= close })
        for s in doc.sentenceTexts {
            #expect(!s.contains("title:") && !s.contains("word_count") && !s.contains("---"), "\(s.debugDescription)")
        }
        #expect(doc.sentenceTexts.first == "Mail   Facebook   Twitter / X   LinkedIn")
    }

    @Test func listItemsStartTheirOwnSentences() throws {
        let doc = try Fixtures.seed(Self.reportName)
        let text = doc.source.text
        // Every "* " item at the start of a line: a sentence starts right after the marker.
        var items = 0
        for lineStart in [0] + text.indices.filter({ text[$0] == 10 }).map({ $0 + 1 }) where lineStart + 2 < text.count {
            guard text[lineStart] == 0x2A, text[lineStart + 1] == 0x20 else { continue }
            items += 1
            let first = lineStart + 2 // "* **Step 1: …**": the sentence shows the bold markers
            #expect(doc.sentences.contains { $0.start == first }, "no sentence starts at the list item at byte \(lineStart): \(doc.describeSentences(around: first..<(first + 1)))")
            #expect(!doc.sentences.contains { $0.start < lineStart && $0.end > lineStart }, "a sentence runs into the list item at byte \(lineStart)")
        }
        #expect(items >= 30)
        // A list item without final punctuation is a line unit of its own.
        let heading = try #require(doc.sentences.first { doc.text(of: $0) == "Russian behavior at the negotiating table: Theory and practice" })
        #expect(heading.isLine)
    }

    @Test func boldMarkersDoNotSplitSentences() throws {
        let doc = try Fixtures.seed(Self.reportName)
        let texts = doc.sentenceTexts
        #expect(texts.contains("The **Eurasia Center’s** mission is to promote policies that strengthen stability, democratic values, and prosperity in Eurasia, from Eastern Europe in the West to the Caucasus, Russia, and Central Asia in the East."))
        #expect(texts.contains { $0.hasPrefix("**Donald N. Jensen** is an adjunct professor at Johns Hopkins University") })
        // A bold lead-in ending in a period is a sentence of its own, shown with both markers.
        #expect(texts.contains("**Step 2: Ask questions.**"))
        #expect(texts.contains("Russian negotiators ask questions quickly, in an interrogatory manner, to establish control."))
        // Regression: ranges found in the masked text stopped short of markup touching a word,
        // so sentences were shown with one "**" of a pair.
        for s in texts {
            let pairs = s.components(separatedBy: "**").count - 1
            #expect(pairs % 2 == 0, "unbalanced ** in \(s.debugDescription)")
        }
        // Markup is not text: the first and last tokens are words or sentence punctuation.
        for s in doc.sentences {
            #expect(s.tokens.first.map { doc.source.analysis[$0.start] != 0x20 } == true)
        }
    }

    @Test func headingsListsAndEmphasisInASmallDocument() throws {
        let md = """
        ---
        title: "Talks stall"
        author: Jane Doe
        ---

        # Talks stall in Moscow

        The envoy met **Vladimir Putin** for five hours. He left _without_ a deal.

        ## What comes next

        * A second round in [Istanbul](https://example.com/istanbul)
        * Sanctions remain
        1. First point. It has two sentences.

        > “Are we done?” he asked.
        """
        let doc = try Fixtures.document(md, path: "talks.md")
        #expect(doc.source.format == .markdown)
        #expect(doc.source.metadata.map(\.0) == ["title", "author"])
        #expect(doc.source.metadata.first?.1 == "Talks stall")
        #expect(doc.sentenceTexts == [
            "Talks stall in Moscow",
            "The envoy met **Vladimir Putin** for five hours.",
            "He left _without_ a deal.",
            "What comes next",
            "A second round in [Istanbul](https://example.com/istanbul)",
            "Sanctions remain",
            "First point.",
            "It has two sentences.",
            "“Are we done?” he asked.",
        ])
        #expect(doc.sentences.map(\.isLine) == [true, false, false, true, true, true, false, false, false])
        // Link targets are masked: no token of the URL.
        let link = doc.sentences[4]
        #expect(!link.tokens.contains { $0.key == "https" || $0.key == "example" })
    }
}
