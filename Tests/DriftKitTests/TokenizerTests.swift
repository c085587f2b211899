import Testing
@testable import DriftKit

/// The matching keys people rely on without seeing them: two spellings that differ only in
/// case, typography, British/American spelling, acronym dots or disguised letters must get the
/// same key (else a cosmetic copy reports edits), and different words must not.
@Suite("Tokens and their matching keys")
struct TokenizerTests {
    static func tokens(_ text: String) throws -> [Token] {
        let doc = try Document.from(text: text)
        return doc.sentences.flatMap(\.tokens)
    }
    static func keys(_ text: String) throws -> [String] { try tokens(text).map(\.key) }

    @Test func keysFoldCaseTypographyAndSpelling() throws {
        // The period after an acronym stays a token of its own (it may end the sentence).
        let want = ["the", "us", ".", "color", "-", "don't", "\"", "center", "\"", "organization", "traveled"]
        #expect(try Self.keys("The U.S. colour—don’t “Centre” organisation travelled") == want)
        #expect(try Self.keys("THE US. Colour -- don't \"CENTER\" Organization traveled") == want)
    }

    @Test func numbersKeepSeparatorsAndSuffixes() throws {
        let t = try Self.tokens("In the 1990s 1,000.5 troops and 2A6 tanks… ٣٤٥ more.")
        let numbers = t.filter { $0.kind == .number }.map(\.key)
        #expect(numbers == ["1990s", "1,000.5", "2a6", "٣٤٥"])
        #expect(t.contains { $0.kind == .punctuation && $0.key == "..." })
    }

    @Test func disguisedLettersMatchThePlainWord() throws {
        // Cyrillic К and а inside a Latin word; a zero-width space and a soft hyphen inside words.
        let k = try Self.keys("Кyiv and Pаris; Kyi\u{200B}v and Pa\u{00AD}ris.")
        #expect(k.filter { $0.count > 3 } == ["kyiv", "paris", "kyiv", "paris"])
    }

    @Test func russianWordsFoldCase() throws {
        #expect(try Self.keys("Москва и МОСКВА.") == ["москва", "и", "москва", "."])
    }

    /// A word seen again gets the stored key; the same text tokenized with a table too small
    /// to store anything (every key made afresh) gives the same keys.
    @Test func keyTableLimitsDoNotChangeKeys() {
        let text = Array("Putin met Trump. putin MET trump again; U.S. U.S. colour colour Кyiv Кyiv 1,000 1,000".utf8)
        text.withUnsafeBufferPointer { b in
            var spans: [(Int, Int)] = []
            var s = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 {
                if i > s { spans.append((s, i)) }
                s = i + 1
            }
            func make(_ s: Int, _ e: Int) -> String { "k:" + String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }
            var big = KeyTable(), tiny = KeyTable(maxEntries: 2, maxProbes: 1)
            var made = 0
            for (s, e) in spans {
                let a = big.key(b, s, e, kind: .word) { made += 1; return make(s, e) }
                let c = tiny.key(b, s, e, kind: .word) { make(s, e) }
                #expect(a.key == make(s, e))
                #expect(c.key == make(s, e))
                // The key's number too: the table that keeps nothing numbers each key once.
                #expect(a.id == c.id)
            }
            // 15 spans, 11 distinct spellings ("U.S.", "colour", "Кyiv", "1,000" repeat).
            #expect(spans.count == 15)
            #expect(made == 11)
        }
    }

    /// Spellings of up to 8 bytes are told apart by their hash alone (no byte comparison): every
    /// spelling of 1–8 bytes, 60,000 of them (9,840 distinct, many differing in one letter),
    /// gets its own key, and a spelling seen for the first time is never taken for another.
    @Test func shortSpellingsNeverShareAKey() {
        var text: [UInt8] = []
        var spans: [(Int, Int)] = []
        var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in 0..<60_000 {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            let n = 1 + k % 8
            let s = text.count
            for i in 0..<n { text.append(UInt8(97 + (rng >> UInt64(8 * i + 3)) % 3)) } // a, b, c only: many near-collisions
            spans.append((s, text.count))
            text.append(0x20)
        }
        text.withUnsafeBufferPointer { b in
            var table = KeyTable()
            var seen: [String: Int] = [:]
            for (s, e) in spans {
                let spelling = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
                var made = false
                let key = table.key(b, s, e, kind: .word) { made = true; return "k:" + spelling }.key
                #expect(key == "k:" + spelling)
                if seen[spelling] == nil { #expect(made) }
                seen[spelling, default: 0] += 1
            }
        }
    }
}
