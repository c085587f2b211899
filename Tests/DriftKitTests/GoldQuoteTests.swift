import Foundation
import Testing
@testable import DriftKit

/// The gold files identify sentences by quotes that lie inside one sentence (GOLD-FORMAT.md).
/// If drift's segmentation cuts a quote in two, the scorer cannot match drift's sentence to the
/// gold sentence and a correct alignment is scored as wrong: every quote must fall inside one
/// sentence of drift's segmentation of its seed.
@Suite("Gold quotes lie inside one sentence")
struct GoldQuoteTests {
    /// Each seed segmented once for the whole suite.
    static let documents: [String: Document] = {
        var out: [String: Document] = [:]
        for name in Fixtures.seedNames { out[name] = try? Fixtures.seed(name) }
        return out
    }()

    @Test("gold files read and name seeds we have", arguments: Gold.files)
    func goldFilesParse(gold: String) throws {
        let quotes = try Gold.quotes(gold)
        #expect(quotes.count > 50, "suspiciously few quotes in \(gold): \(quotes.count)")
        for q in quotes { #expect(Fixtures.seedNames.contains(q.file), "\(q): unknown file \(q.file)") }
    }

    @Test("every link and finding quote lies in one sentence", arguments: Gold.files)
    func quotesInsideOneSentence(gold: String) throws {
        let quotes = try Gold.quotes(gold)
        var checked = 0
        for q in quotes {
            let doc = try #require(Self.documents[q.file], "could not segment \(q.file)")
            let needle = Array(q.text.utf8)
            let starts = doc.source.text.occurrences(of: needle)
            #expect(!starts.isEmpty, "\(q): not found in \(q.file)")
            if let occ = q.occurrence {
                #expect(occ >= 1 && occ <= starts.count, "\(q): occurrence \(occ) of \(starts.count)")
            } else {
                #expect(starts.count <= 1, "\(q): occurs \(starts.count) times but names no occurrence")
            }
            // Every occurrence, not only the one named: a repeated passage must segment alike.
            for start in starts {
                let range = start..<(start + needle.count)
                let hit = doc.sentence(containing: range)
                #expect(hit != nil, "\(q) at bytes \(range) is cut by a sentence boundary:\n\(doc.describeSentences(around: range))")
                checked += 1
            }
        }
        #expect(checked >= quotes.count)
    }

    /// Regression: ICU reads "(" after "….." as closing punctuation and broke the blog's inline
    /// remark into "…with him…..(" and "Trump-ish?)" (gold 000-002, finding 2).
    @Test func inlineRemarkAfterEllipsisStaysInItsSentence() throws {
        let doc = try #require(Self.documents["002_b574043853d4dd9c.txt"])
        let quote = "makes it even more difficult to negotiate with him…..(Trump-ish?)"
        let start = try #require(doc.source.text.occurrences(of: Array(quote.utf8)).first)
        let s = try #require(doc.sentence(containing: start..<(start + quote.utf8.count)))
        #expect(doc.text(of: s).contains("negotiate with him…..(Trump-ish?)"))
        #expect(!doc.sentenceTexts.contains("Trump-ish?)"))
    }
}
