import Testing
@testable import DriftKit

/// The key numbers that the name index, the name-change detector and the aligner's key tables
/// read instead of strings: equal numbers must mean equal strings — as `==` says, canonical
/// equivalence included — and different strings different numbers, however many keys there
/// are, or names would be found (and sentences paired) differently than with `Set<String>`.
@Suite("Key numbers")
struct KeyInternerTests {
    @Test func numbersFollowFirstSightAndRepeat() {
        var keys = KeyInterner()
        #expect(keys.intern("putin") == 0)
        #expect(keys.intern("moscow") == 1)
        #expect(keys.intern("putin") == 0)
        #expect(keys.intern("") == 2)
        #expect(keys.intern("") == 2)
        #expect(keys.id(of: "kremlin") == nil)
        #expect(keys.id(of: "moscow") == 1)
        #expect(keys[1] == "moscow")
        #expect(keys.count == 3)
    }

    /// Canonically equivalent spellings share a number whichever comes first, ASCII or not:
    /// "e" + U+0301 and "é"; U+037E (Greek question mark) and ";"; U+212A (Kelvin sign) and "K".
    @Test func canonicalEquivalentsShareANumber() {
        let pairs: [(String, String)] = [("caf\u{E9}", "cafe\u{301}"), (";", "\u{37E}"), ("\u{212A}", "K")]
        for (a, b) in pairs {
            for (first, second) in [(a, b), (b, a)] {
                var keys = KeyInterner()
                let x = keys.intern("before"), f = keys.intern(first), s = keys.intern(second)
                #expect(f == s, "\(first.unicodeScalars.map(\.value)) / \(second.unicodeScalars.map(\.value))")
                #expect(x != f)
                #expect(keys.id(of: second) == f)
                #expect(keys.count == 2)
            }
        }
    }

    /// Many keys (the byte table grows many times), long and short, ASCII and not: each gets
    /// one number, the same one on every look-up, as a dictionary would give.
    @Test func manyKeysAgreeWithADictionary() {
        var keys = KeyInterner()
        var reference: [String: Int32] = [:]
        let words = (0..<20_000).map { i -> String in
            switch i % 4 {
            case 0: return "w\(i)"
            case 1: return "long-key-number-\(i)-with-more-than-sixteen-bytes"
            case 2: return "ключ\(i)"
            default: return "w\(i / 2)"    // repeats of earlier keys
            }
        }
        for w in words {
            let id = keys.intern(w)
            if let known = reference[w] { #expect(id == known, "\(w)") } else { reference[w] = id }
        }
        #expect(keys.count == reference.count)
        for (w, id) in reference {
            #expect(keys.id(of: w) == id)
            #expect(keys[id] == w)
        }
        #expect(keys.id(of: "w-absent") == nil)
    }
}
