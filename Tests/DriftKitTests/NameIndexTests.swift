import Testing
@testable import DriftKit

/// The name index answers for whole sentences from a table made once (`isName(sentence:token:on:)`,
/// `phrases(sentence:on:)`): the name-change detector and the bead facts read it instead of
/// testing each token again. The table must say exactly what the token-by-token test says —
/// on title lines, at clause starts, for possessives and abbreviation dots — or names found
/// (and renames reported) would change.
@Suite("Name index")
struct NameIndexTests {
    static let original = """
    Putin's New Hermit Kingdom
    By Jane Roe and John Doe
    MOSCOW (AP) — President Vladimir Putin met Chancellor Olaf Scholz in St. Petersburg on Thursday.
    "Russia will not retreat," Putin said. The Bank of England and Deutsche Bank were not consulted.
    George W. Bush's former adviser, Condoleezza Rice, said: Moscow misread Berlin.
    Related Stories From The Wire
    Officials in Kyiv and Vienna on Thursday said the talks failed.
    """

    static let copy = """
    Putin's New Hermit Kingdom
    By Jane Roe
    MOSCOW (AP) — President Vladimir Putin met Chancellor Olaf Scholtz in Saint Petersburg on Thursday.
    "Russia won't retreat," Putin said. The Bank of England and Deutsche Bank were not consulted.
    Officials in Kiev and Vienna on Thursday said the talks failed — (Reuters) reported.
    """

    /// Every token and every sentence of both documents: the table against the test, and the
    /// name key numbers against the keys (equal numbers in both documents exactly for equal
    /// keys; the first word of the original with each key found by its number).
    func check(_ o: Document, _ c: Document) {
        let names = NameIndex(o, c)
        var numbers: [String: Int32] = [:]
        for (side, d) in [(Side.original, o), (Side.copy, c)] {
            for (i, s) in d.sentences.enumerated() {
                for (k, t) in s.tokens.enumerated() {
                    #expect(names.isName(sentence: i, token: k, on: side) == names.isName(t, at: k, in: s.tokens, on: side),
                            "\(side) sentence \(i) token \(k) “\(t.key)”")
                    if let n = names.nameKey(sentence: i, token: k, on: side) {
                        #expect(names.nameKey(n) == NameIndex.key(t))
                        #expect(numbers[NameIndex.key(t), default: n] == n, "“\(t.key)” numbered twice")
                        numbers[NameIndex.key(t)] = n
                    } else {
                        #expect(!names.isName(sentence: i, token: k, on: side))
                    }
                }
                #expect(names.phrases(sentence: i, on: side) == names.phrases(s.tokens, on: side), "\(side) sentence \(i)")
            }
        }
        #expect(Set(numbers.values).count == numbers.count)
        let first = names.firstWords(on: .original)
        for name in names.originalNames {
            let want = o.sentences.lazy.flatMap(\.tokens).first { $0.kind == .word && NameIndex.key($0) == name }
            #expect(names.nameKeyNumber(name).flatMap { first[Int($0)] } == want, "\(name)")
        }
    }

    @Test("the per-sentence table says what the token test says, title lines and clause starts included")
    func tableMatchesTest() throws {
        let o = try Document.from(text: Self.original, path: "original.txt")
        let c = try Document.from(text: Self.copy, path: "copy.txt")
        // The example has names, and title lines that change the answer.
        let names = NameIndex(o, c)
        #expect(names.originalNames.contains("putin") && names.copyNames.contains("scholtz"))
        check(o, c)
    }

    @Test("on the seed pair 000 → 001 the table says what the token test says")
    func seedPair() throws {
        check(try Fixtures.seed("000_38827089d7ed5e23.txt"), try Fixtures.seed("001_1108ccf958a2eb64.txt"))
    }

    /// The index takes a segmented document's word keys once each by their numbers
    /// (`Document.keys`); without them (sentences changed after segmentation) it looks each
    /// token's key up. Both must find the same names, token by token.
    @Test("numbered keys find the names that key lookups find")
    func numberedKeysAsLookups() throws {
        for (o, c) in [(try Document.from(text: Self.original, path: "original.txt"), try Document.from(text: Self.copy, path: "copy.txt")),
                       (try Fixtures.seed("000_38827089d7ed5e23.txt"), try Fixtures.seed("001_1108ccf958a2eb64.txt"))] {
            var lo = o, lc = c
            lo.sentences = o.sentences; lc.sentences = c.sentences
            #expect(o.keys != nil && lo.keys == nil)
            let numbered = NameIndex(o, c), looked = NameIndex(lo, lc)
            #expect(numbered.originalNames == looked.originalNames && numbered.copyNames == looked.copyNames)
            #expect(!numbered.originalNames.isEmpty)
            for (side, d) in [(Side.original, o), (Side.copy, c)] {
                for (i, s) in d.sentences.enumerated() {
                    for k in s.tokens.indices {
                        #expect(numbered.isName(sentence: i, token: k, on: side) == looked.isName(sentence: i, token: k, on: side))
                        #expect(numbered.nameKey(sentence: i, token: k, on: side).map { numbered.nameKey($0) }
                                == looked.nameKey(sentence: i, token: k, on: side).map { looked.nameKey($0) })
                    }
                }
            }
        }
    }
}

/// The note-signature test reads a byte pre-test before Foundation's search: it must find
/// every marker wherever the search does, in any case and beside curly quotes and Cyrillic.
@Suite("Note markers")
struct NoteMarkerTests {
    @Test("every marker is found in running text, and a marker inside a longer word is not")
    func markers() {
        for m in Vocabulary.noteMarkers {
            #expect(InsertedNoteDetector.hasNoteMarker("Some text — \(m) here."), "\(m)")
            #expect(InsertedNoteDetector.hasNoteMarker("It’s “quoted” (\(m.uppercased()))"), "\(m) upper-cased")
        }
        #expect(InsertedNoteDetector.hasNoteMarker("Санкции продлены. Прим. ред."))
        #expect(!InsertedNoteDetector.hasNoteMarker("The toll was approximately 40, officials said."))
        #expect(!InsertedNoteDetector.hasNoteMarker("It’s the editor’s choice."))
        #expect(!InsertedNoteDetector.hasNoteMarker("Редактор сказал, что это правда."))
    }
}

/// `WordRuns` splits ASCII phrases by bytes and others by characters: both must answer what
/// the scan over the phrases answers.
@Suite("Word runs")
struct WordRunsTests {
    @Test("a key is a run of whole words of a phrase exactly when the phrase scan says so")
    func runs() {
        let phrases: Set<String> = ["john f kennedy", "bank of england", "kyiv", "zelenskyy", "josé maría aznar", "a b c d e f g h i j", ""]
        let runs = WordRuns(phrases)
        func scan(_ key: String) -> Bool {
            phrases.contains { $0 == key || $0.hasPrefix(key + " ") || $0.hasSuffix(" " + key) || $0.contains(" " + key + " ") }
        }
        for key in ["john", "f kennedy", "john f", "kennedy", "of", "bank of", "of england", "england", "ken", "john kennedy",
                    "kyiv", "zelensky", "maría", "josé maría", "maría aznar", "aznar", "jose", "c d e", "a b c d e f g h i", "a b c d e f g h i j", "b c d e f g h i j", ""] {
            #expect(runs.contains(key) == scan(key), "\(key)")
        }
    }
}
