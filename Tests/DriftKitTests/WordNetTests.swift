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

    @Test("every entry of the verb, adjective and adverb indexes is found where it is")
    func searchEveryEntry() throws {
        guard let wn = try Self.wordNet() else { return }
        // Every search of a file starts down the same first probes, made once per file
        // (`MappedFile.topOfSearch`); each entry is found through them, at its own line.
        for pos in [WordNet.POS.verb, .adj, .adv] {
            let text = try String(contentsOfFile: wn.directory + "/index." + pos.rawValue, encoding: .utf8)
            var missed: [String] = []
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                let f = line.split(separator: " ")
                let synsets = try #require(Int(f[2]))
                let offsets = f[(f.count - synsets)...].compactMap { Int($0) }
                if wn.synsetOffsets(String(f[0]), pos) != offsets { missed.append(String(f[0])) }
            }
            #expect(missed.isEmpty, "index.\(pos.rawValue): \(missed.count) entries not found, e.g. \(missed.prefix(5))")
        }
        #expect(wn.synsetOffsets("aaaaaa", .adv).isEmpty)
        #expect(wn.synsetOffsets("zzzzzzzz", .verb).isEmpty)
    }

    @Test("lexemes relate words as the claim rules read them: synonyms, derivations, antonyms")
    func lexemes() throws {
        guard let wn = try Self.wordNet() else { return }
        #expect(wn.lexeme("bought").related(wn.lexeme("purchased")) == .synonym)
        #expect(wn.lexeme("decided").related(wn.lexeme("decision")) == .derivation)
        // Antonyms are lexical pointers (from one word of a synset): "rise" ↔ "fall".
        #expect(wn.lexeme("rise").related(wn.lexeme("fall")) == .antonym)
        #expect(wn.lexeme("increased").related(wn.lexeme("decreased")) == .antonym)
        #expect(wn.lexeme("geese").related(wn.lexeme("goose")) == .sameLemma)
        #expect(wn.lexeme("dog").related(wn.lexeme("parliament")) == nil)
        #expect(wn.lexeme("Mexico").isPlace && !wn.lexeme("point").isPlace)
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
