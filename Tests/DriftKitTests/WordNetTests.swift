import Foundation
import Testing
@testable import DriftKit

/// The WordNet 3.0 reader (Debian's wordnet-base). Skipped, with a message, when the database is
/// not installed locally; under CI=1 a missing database fails instead (`.ci/run` installs it).
@Suite("WordNet")
struct WordNetTests {
    static func wordNet() throws -> WordNet? {
        if let wn = WordNet.shared { return wn }
        if ProcessInfo.processInfo.environment["CI"] == "1" {
            Issue.record("CI=1 but \(WordNet.unavailable ?? "WordNet is missing")")
        } else {
            print("WordNetTests: skipped — \(WordNet.unavailable ?? "")")
        }
        return nil
    }

    @Test("base forms through the exception lists and the detachment rules")
    func morphy() throws {
        guard let wn = try Self.wordNet() else { return }
        #expect(wn.baseForms("geese", .noun) == ["goose"])
        #expect(wn.baseForms("ran", .verb).contains("run"))
        #expect(wn.baseForms("walked", .verb) == ["walk"])
        #expect(wn.baseForms("churches", .noun) == ["church"])
        #expect(wn.baseForms("better", .adj).contains("good"))
        #expect(wn.baseForms("qwzx", .noun).isEmpty)
    }

    @Test("binary search finds the first and last entries of an index and nothing past them")
    func search() throws {
        guard let wn = try Self.wordNet() else { return }
        #expect(!wn.synsetOffsets("dog", .noun).isEmpty)
        #expect(!wn.synsetOffsets("'hood", .noun).isEmpty) // first entry of index.noun
        #expect(!wn.synsetOffsets("zymurgy", .noun).isEmpty) // near the end
        #expect(wn.synsetOffsets("aaaaaa", .noun).isEmpty)
        #expect(wn.synsetOffsets("zzzzzzzz", .noun).isEmpty)
    }

    @Test("a synset whose data line is longer than one read is read to its end")
    func longDataLine() throws {
        guard let wn = try Self.wordNet() else { return }
        // The longest line of data.noun (several KB: many more bytes than one read takes).
        let text = try String(contentsOfFile: wn.directory + "/data.noun", encoding: .utf8)
        let line = try #require(text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.max { $0.utf8.count < $1.utf8.count })
        #expect(line.utf8.count > 4 * 512)
        // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] | gloss
        let f = line.split(separator: "|")[0].split(separator: " ").map(String.init)
        let words = try #require(Int(f[3], radix: 16)), pointers = try #require(Int(f[4 + 2 * words]))
        let offset = try #require(Int(f[0]))
        let synset = try #require(wn.synset(at: offset, .noun))
        #expect(synset.words.count == words)
        #expect(synset.pointers.count == pointers)
        #expect(synset.pointers.last?.offset == Int(f[4 + 2 * words + 1 + 4 * (pointers - 1) + 1]))
    }

    @Test("synsets are read at their offsets: the first sense of dog is the domestic dog")
    func synsets() throws {
        guard let wn = try Self.wordNet() else { return }
        let first = try #require(wn.synsetOffsets("dog", .noun).first)
        let s = try #require(wn.synset(at: first, .noun))
        #expect(s.words.contains("domestic_dog"))
        #expect(s.pointers.contains { $0.symbol == "@" }) // a hypernym
    }

    @Test("relations a paraphrase uses and those a changed claim uses")
    func relations() throws {
        guard let wn = try Self.wordNet() else { return }
        #expect(wn.relation("bought", "purchased") == .synonym)
        #expect(wn.relation("automaker", "car_maker") == .synonym)
        #expect(wn.relation("decided", "decision") == .derivation)
        #expect(wn.relation("rise", "fall") == .antonym)
        #expect(wn.relation("increase", "decrease") == .antonym)
        #expect(wn.relation("geese", "goose") == .sameLemma)
        #expect(wn.relation("dog", "parliament") == nil)
    }

    @Test("a directory without the database opens nothing")
    func missing() {
        #expect(WordNet(directory: "/nonexistent-wordnet") == nil)
    }
}
