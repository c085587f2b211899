import Foundation
import Testing
@testable import DriftKit

/// Offsets are what a user cites ("sentence 12, bytes 1800–2048"): they must index the file,
/// and no text of the article may fall between sentences unseen.
@Suite("Sentence offsets and coverage on the seeds")
struct OffsetInvariantTests {
    @Test("source.text[start..<end] is the sentence text", arguments: Fixtures.seedNames)
    func offsetsIndexTheSource(seed: String) throws {
        let doc = try Fixtures.seed(seed)
        #expect(!doc.sentences.isEmpty)
        for s in doc.sentences {
            #expect(s.start >= 0 && s.start < s.end && s.end <= doc.source.text.count, "sentence \(s.id) [\(s.start),\(s.end))")
            let slice = Array(doc.source.text[s.start..<s.end])
            let decoded = try #require(String(validating: slice, as: UTF8.self), "sentence \(s.id) does not cut at character boundaries")
            #expect(decoded == doc.text(of: s))
            #expect(decoded == decoded.trimmingCharacters(in: .whitespacesAndNewlines), "sentence \(s.id) has untrimmed white space")
        }
    }

    @Test("for text files, source.text is the file's bytes", arguments: Fixtures.seedNames)
    func textIsTheFile(seed: String) throws {
        let doc = try Fixtures.seed(seed)
        #expect(doc.source.text == (try Fixtures.bytes("seeds/\(seed)")))
        #expect(doc.source.analysis.count == doc.source.text.count)
        #expect(doc.source.encoding == "UTF-8")
    }

    @Test("sentences are in order, numbered from 0 and do not overlap", arguments: Fixtures.seedNames)
    func orderedAndDisjoint(seed: String) throws {
        let doc = try Fixtures.seed(seed)
        for (i, s) in doc.sentences.enumerated() {
            #expect(s.id == i)
            if i > 0 {
                let prev = doc.sentences[i - 1]
                #expect(prev.end <= s.start, "sentences \(prev.id) [\(prev.start),\(prev.end)) and \(s.id) [\(s.start),\(s.end)) overlap")
            }
        }
    }

    @Test("every non-space character of the analysed text lies in a sentence", arguments: Fixtures.seedNames)
    func coverage(seed: String) throws {
        let doc = try Fixtures.seed(seed)
        let a = doc.source.analysis
        var covered = [Bool](repeating: false, count: a.count)
        for s in doc.sentences { for i in s.start..<s.end { covered[i] = true } }
        var uncovered: [(Int, Character)] = []
        var i = 0
        let scalars = String(decoding: a, as: UTF8.self).unicodeScalars
        for u in scalars {
            let w = UTF8.width(u)
            let space = u.properties.isWhitespace || u.value == 0x200B || u.value == 0xFEFF || u.value == 0x2060
            if !space && !covered[i] { uncovered.append((i, Character(u))) }
            i += w
        }
        #expect(i == a.count, "analysis is not valid UTF-8")
        #expect(uncovered.isEmpty, "\(uncovered.count) characters outside every sentence, first at byte \(uncovered.first?.0 ?? -1): \(String(uncovered.prefix(60).map(\.1)).debugDescription)")
    }

    @Test("tokens lie inside their sentence, in order", arguments: Fixtures.seedNames)
    func tokensInsideSentences(seed: String) throws {
        let doc = try Fixtures.seed(seed)
        for s in doc.sentences {
            #expect(!s.tokens.isEmpty, "sentence \(s.id) has no tokens")
            var last = s.start
            for t in s.tokens {
                #expect(t.start >= last && t.start < t.end && t.end <= s.end, "token [\(t.start),\(t.end)) in sentence \(s.id)")
                last = t.end
            }
        }
    }
}
