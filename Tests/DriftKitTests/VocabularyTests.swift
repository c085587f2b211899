import Foundation
import Testing
@testable import DriftKit
import DriftTestSupport

/// The word lists of `Sources/DriftKit/Vocabulary/`, checked the way ripgrep checks its type
/// list: one test case per list that its keys are in the form the code compares with, one
/// that no literal names a word twice, and one per intended subset that it really is one.
@Suite("Vocabulary")
struct VocabularyTests {
    /// How a list's words are compared, so what form they must be written in.
    enum Form: Sendable {
        /// Token keys (`Token.key`): NFKC case folded, as the tokenizer writes them.
        case tokenKey
        /// Lower-case substrings of a sentence's text (`String.lowercased()`).
        case lowerCasePhrase
        /// The word before a full stop as written (case matters): letters only.
        case asWritten
    }

    /// Every list of the room: name (as declared), words, form.
    static let lists: [String: ([String], Form)] = [
        "englishFunctionWords": (Array(Vocabulary.englishFunctionWords), .tokenKey),
        "russianFunctionWords": (Array(Vocabulary.russianFunctionWords), .tokenKey),
        "nonTermWords": (Array(Vocabulary.nonTermWords), .tokenKey),
        "stopWords": (Array(Vocabulary.stopWords), .tokenKey),
        "sentenceStarters": (Array(Vocabulary.sentenceStarters), .tokenKey),
        "clauseOpeners": (Array(Vocabulary.clauseOpeners), .tokenKey),
        "pronouns": (Array(Vocabulary.pronouns), .tokenKey),
        "descriptionOpeners": (Array(Vocabulary.descriptionOpeners), .tokenKey),
        "honorifics": (Array(Vocabulary.honorifics), .tokenKey),
        "stopWordHonorifics": (Array(Vocabulary.stopWordHonorifics), .tokenKey),
        "honorificAbbreviations": (Array(Vocabulary.honorificAbbreviations), .tokenKey),
        "numberAbbreviations": (Array(Vocabulary.numberAbbreviations), .asWritten),
        "sentenceAbbreviations": (Array(Vocabulary.sentenceAbbreviations), .asWritten),
        "numberWords": (Array(Vocabulary.numberWords.keys), .tokenKey),
        "numberMultipliers": (Array(Vocabulary.numberMultipliers.keys), .tokenKey),
        "currencySigns": (Array(Vocabulary.currencySigns), .tokenKey),
        "currencyWords": (Array(Vocabulary.currencyWords), .tokenKey),
        "percentWords": (Array(Vocabulary.percentWords), .tokenKey),
        "stockExchanges": (Array(Vocabulary.stockExchanges), .tokenKey),
        "exceptiveWords": (Array(Vocabulary.exceptiveWords), .tokenKey),
        "negativeNouns": (Array(Vocabulary.negativeNouns), .tokenKey),
        "spelledNumbers": (Array(Vocabulary.spelledNumbers), .tokenKey),
        "hedges": (Array(Vocabulary.hedges), .tokenKey),
        "modalHedges": (Array(Vocabulary.modalHedges), .tokenKey),
        "qualifiers": (Array(Vocabulary.qualifiers), .tokenKey),
        "boosters": (Array(Vocabulary.boosters), .tokenKey),
        "strongBoosters": (Array(Vocabulary.strongBoosters), .tokenKey),
        "causeMarkers": (Array(Vocabulary.causeMarkers), .tokenKey),
        "resultMarkers": (Array(Vocabulary.resultMarkers), .tokenKey),
        "negators": (Array(Vocabulary.negators), .tokenKey),
        "focusingWords": (Array(Vocabulary.focusingWords), .tokenKey),
        "negativeVerbs": (Array(Vocabulary.negativeVerbs), .tokenKey),
        "reportingVerbs": (Array(Vocabulary.reportingVerbs), .tokenKey),
        "finiteVerbs": (Array(Vocabulary.finiteVerbs), .tokenKey),
        "months": (Vocabulary.months.map(\.0), .tokenKey),
        "weekdays": (Array(Vocabulary.weekdays), .tokenKey),
        "calendarWords": (Array(Vocabulary.calendarWords), .tokenKey),
        "timestampLabels": (Array(Vocabulary.timestampLabels), .tokenKey),
        "agoUnits": (Array(Vocabulary.agoUnits), .tokenKey),
        "furniture": (Array(Vocabulary.furniture), .tokenKey),
        "adWords": (Array(Vocabulary.adWords), .tokenKey),
        "controlVerbs": (Array(Vocabulary.controlVerbs), .tokenKey),
        "navigationLabels": (Array(Vocabulary.navigationLabels), .tokenKey),
        "navigationOpeners": (Array(Vocabulary.navigationOpeners), .tokenKey),
        "navigationNouns": (Array(Vocabulary.navigationNouns), .tokenKey),
        "rightsVerbs": (Array(Vocabulary.rightsVerbs), .tokenKey),
        "photoWords": (Array(Vocabulary.photoWords), .tokenKey),
        "noteMarkers": (Vocabulary.noteMarkers, .lowerCasePhrase),
        "translatedNoteMarkers": (Vocabulary.translatedNoteMarkers, .lowerCasePhrase),
        "nameConnectors": (Array(Vocabulary.nameConnectors), .tokenKey),
        "demonymSuffixes": (Vocabulary.demonymSuffixes, .tokenKey),
        "languageProfiles": (Vocabulary.languageProfiles.flatMap(\.1), .tokenKey),
        "germanFunctionWords": (Array(Vocabulary.germanFunctionWords), .tokenKey),
        "frenchFunctionWords": (Array(Vocabulary.frenchFunctionWords), .tokenKey),
        "italianFunctionWords": (Array(Vocabulary.italianFunctionWords), .tokenKey),
        "spanishFunctionWords": (Array(Vocabulary.spanishFunctionWords), .tokenKey),
        "ukrainianFunctionWords": (Array(Vocabulary.ukrainianFunctionWords), .tokenKey),
        "arabicFunctionWords": (Array(Vocabulary.arabicFunctionWords), .tokenKey),
    ]

    @Test("every word is in the form the code compares with", arguments: lists.keys.sorted())
    func form(_ name: String) throws {
        let (words, form) = try #require(Self.lists[name])
        #expect(!words.isEmpty)
        for w in words {
            #expect(!w.isEmpty && w.trimmingCharacters(in: .whitespaces) == w, "\(name): “\(w)”")
            switch form {
            case .tokenKey: #expect(ICU.nfkcCasefold(w) == w, "\(name): “\(w)” is not a token key (NFKC case folded)")
            case .lowerCasePhrase: #expect(w.lowercased() == w, "\(name): “\(w)” is not lower case")
            case .asWritten: #expect(w.allSatisfy { $0.isLetter }, "\(name): “\(w)” is not a word as written")
            }
        }
    }

    /// The literals of the room's sources, by the name of the list they are declared in: each
    /// quoted word (for a dictionary literal, each key), comments left out; a list of sets by
    /// language ("(\"en\", [...])") gives one group per set.
    static let literals: [String: [[String]]] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/DriftKit/Vocabulary").standardized
        var out: [String: [[String]]] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for f in files where f.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8) else { continue }
            var current: String? = nil
            var body = ""
            func flush() {
                guard let c = current else { return }
                // A language code before its set ("("es", [") is not a word of the list.
                let groups = body.replacing(/\("[^"]*",\s*\[/, with: "\u{1}").split(separator: "\u{1}").map(String.init)
                out[c] = (groups.count > 1 ? Array(groups.dropFirst()) : groups).map { g in
                    let keyed = g.matches(of: /"([^"]*)"\s*:/).map { String($0.1) }
                    return keyed.isEmpty ? g.matches(of: /"([^"]*)"/).map { String($0.1) } : keyed
                }
            }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                if code.contains("static let ") {
                    // A word list (of strings); any other declaration ends the one before.
                    flush(); body = ""
                    current = code.firstMatch(of: /static let (\w+)\s*:\s*(Set<String>|\[String\]|\[String: \w+\]|\[\(String, Int\)\]|\[\(String, Set<String>\)\])/).map { String($0.1) }
                }
                body += code.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                body += "\n"
            }
            flush()
        }
        return out
    }()

    @Test("no literal names a word twice", arguments: lists.keys.sorted())
    func noDuplicates(_ name: String) throws {
        let groups = try #require(Self.literals[name], "\(name) is not declared in Sources/DriftKit/Vocabulary")
        for written in groups {
            var seen = Set<String>()
            let twice = written.filter { !seen.insert($0).inserted }
            #expect(twice.isEmpty, "\(name) names \(twice) twice")
        }
    }

    @Test("every list of the room is checked here")
    func everyListChecked() {
        let declared = Set(Self.literals.keys)
        #expect(declared.subtracting(Self.lists.keys).isEmpty, "unchecked: \(declared.subtracting(Self.lists.keys).sorted())")
    }

    // MARK: intended subsets and derived lists

    @Test("subsets are subsets of the lists they are declared from", arguments: [
        ("modalHedges", "hedges"), ("qualifiers", "hedges"), ("strongBoosters", "boosters"),
        ("stopWordHonorifics", "honorifics"), ("honorificAbbreviations", "honorifics"),
        ("numberAbbreviations", "sentenceAbbreviations"), ("numberMultipliers", "numberWords"),
        ("adWords", "furniture"), ("englishFunctionWords", "stopWords"), ("russianFunctionWords", "stopWords"),
        ("nonTermWords", "stopWords"), ("stopWordHonorifics", "stopWords"), ("weekdays", "calendarWords"),
        ("months", "calendarWords"), ("numberWords", "spelledNumbers"),
    ])
    func subset(_ part: String, _ whole: String) throws {
        let p = Set(try #require(Self.lists[part]).0), w = Set(try #require(Self.lists[whole]).0)
        #expect(p.isSubset(of: w), "\(part) ⊄ \(whole): \(p.subtracting(w).sorted())")
    }

    @Test("derived lists are exactly their parts")
    func derived() {
        #expect(Vocabulary.stopWords == Vocabulary.englishFunctionWords.union(Vocabulary.nonTermWords)
            .union(Vocabulary.stopWordHonorifics).union(Vocabulary.russianFunctionWords))
        #expect(Vocabulary.calendarWords == Vocabulary.weekdays.union(Vocabulary.months.map(\.0)))
        // The honorifics the segmenter joins across, capitalised as written before a name.
        for h in Vocabulary.honorificAbbreviations {
            #expect(Vocabulary.sentenceAbbreviations.contains(h.prefix(1).uppercased() + h.dropFirst()), "\(h)")
        }
        // Multipliers are the values of their number words.
        for (w, v) in Vocabulary.numberMultipliers { #expect(Vocabulary.numberWords[w].flatMap(Double.init) == v, "\(w)") }
        // The spelled numbers term extraction does not read as numbers, and why: "one" and
        // "first" are too common (stop words), "second" is also a unit of time.
        #expect(Vocabulary.spelledNumbers.subtracting(Vocabulary.numberWords.keys) == ["one", "first", "second"])
        #expect(Vocabulary.nonTermWords.isSuperset(of: ["one", "first"]))
        // The generators of the tests and the benchmark read the room's lists, not copies.
        #expect(ArticleGen.numberWords == Vocabulary.spelledNumbers)
        #expect(ArticleGen.functionWords == Vocabulary.englishFunctionWords)
        // Cross-language stop words: each profile with its language's list.
        for (l, p) in Vocabulary.languageProfiles { #expect(Vocabulary.functionWordsByLanguage[l]?.isSuperset(of: p) == true, "\(l)") }
        #expect(Vocabulary.languageProfiles.map(\.0) == ["en", "de", "fr", "it", "es"])
        // House style reads the one table of months.
        #expect(HouseStyle.months.map(\.0) == Vocabulary.months.map(\.0) && HouseStyle.months.map(\.1) == Vocabulary.months.map(\.1))
    }

    @Test("months: numbers 1–12, every month named in full")
    func months() {
        #expect(Vocabulary.months.allSatisfy { (1...12).contains($0.1) })
        #expect(Set(Vocabulary.months.filter { $0.0.count > 4 || $0.0 == "may" || $0.0 == "june" || $0.0 == "july" }.map(\.1)) == Set(1...12))
    }

    // MARK: Unicode classes (UnicodeClasses.swift)

    @Test("the named classes are parts of the one default-ignorable table, which every escaper reads")
    func invisibleClasses() {
        var bidi: [UInt32] = [0x061C]; bidi += Array(0x202A...0x202E); bidi += Array(0x2066...0x2069)
        for u in bidi { #expect(Invisible.isBidiControl(u) && Invisible.isDefaultIgnorable(u), "U+\(String(u, radix: 16))") }
        // The direction marks are default-ignorable but not bidi controls here (legitimate).
        for u: UInt32 in [0x200E, 0x200F] { #expect(!Invisible.isBidiControl(u) && Invisible.isDefaultIgnorable(u)) }
        for u in UInt32(0xE0000)...0xE007F { #expect(Invisible.isTag(u) && Invisible.isDefaultIgnorable(u)) }
        var selectors: [UInt32] = Array(0xFE00...0xFE0F) + Array(0x180B...0x180D) + [0x180F]; selectors += Array(0xE0100...0xE01EF)
        for u in selectors { #expect(Invisible.isVariationSelector(u) && Invisible.isDefaultIgnorable(u), "U+\(String(u, radix: 16))") }
        // The terminal, the HTML report and the tokenizer escape or skip every code point of it.
        for u in UInt32(0xA0)..<0x30000 where Invisible.isDefaultIgnorable(u) {
            guard let sc = Unicode.Scalar(u) else { continue }
            #expect(TerminalText.isUnsafe(sc) && Invisible.mustEscape(u) && UTF8Scan.isIgnorable(u), "U+\(String(u, radix: 16))")
        }
    }

    @Test("white space is Unicode's White_Space and the three invisible separators of the one table")
    func whitespace() {
        let invisible: Set<UInt32> = [0x200B, 0x2060, 0xFEFF]
        for u in invisible { #expect(Invisible.isDefaultIgnorable(u)) }
        for u in UInt32(0)...0x10FFFF {
            guard let sc = Unicode.Scalar(u) else { continue }
            if Whitespace.contains(u) != (sc.properties.isWhitespace || invisible.contains(u)) { Issue.record("U+\(String(u, radix: 16))") }
        }
    }

    @Test("script names are ICU's UScriptCode values")
    func scriptCodes() {
        #expect(ICU.script(0x41) == Script.latin.code)       // A
        #expect(ICU.script(0x430) == Script.cyrillic.code)   // а
        #expect(ICU.script(0x3B1) == Script.greek.code)      // α
        #expect(ICU.script(0x31) == Script.common.code)      // 1
        #expect(ICU.script(0x301) == Script.inherited.code)  // combining acute
        #expect(Script.isShared(Script.common.code) && Script.isShared(Script.inherited.code) && !Script.isShared(Script.latin.code))
    }

    // MARK: diacritics (Diacritics.swift)

    @Test("ICU's Latin-ASCII fold gives every letter of the hand table it replaced the same base letter")
    func diacriticFold() {
        // The 50 letters of the hand-written table NameIndex.swift had (issue #15).
        let before: [Character: Character] = ["á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ā": "a", "č": "c", "ç": "c", "ć": "c",
            "é": "e", "è": "e", "ê": "e", "ë": "e", "ē": "e", "ě": "e", "í": "i", "ì": "i", "î": "i", "ï": "i", "ī": "i",
            "ñ": "n", "ń": "n", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "ø": "o", "ō": "o", "ř": "r", "š": "s",
            "ś": "s", "ú": "u", "ù": "u", "û": "u", "ü": "u", "ū": "u", "ý": "y", "ÿ": "y", "ž": "z", "ź": "z", "ż": "z", "ł": "l"]
        for (letter, base) in before { #expect(Vocabulary.latinBase(letter) == base, "\(letter)") }
        // …and more than it: Polish, Romanian, Turkish, Hungarian, Vietnamese letters.
        for (letter, base): (Character, Character) in [("ą", "a"), ("ș", "s"), ("ş", "s"), ("ő", "o"), ("đ", "d"), ("ệ", "e")] {
            #expect(Vocabulary.latinBase(letter) == base, "\(letter)")
        }
        // Not folded: ASCII, other scripts, letters ICU writes as two ("æ" → "ae", "ß" → "ss"),
        // a letter with a separate combining mark (the fold reads only precomposed letters).
        for ch: Character in ["e", "й", "ё", "α", "æ", "ß", "e\u{301}"] { #expect(Vocabulary.latinBase(ch) == nil, "\(ch)") }
        #expect(NameSimilarity.fold("Zelenskýy") == NameSimilarity.fold("Zelenskyy"))
    }

    /// Names in other scripts compare letter by letter as people read them: one letter
    /// written precomposed or with a combining mark ("Зеленский" with "й" as U+0439 or as
    /// "и" + U+0306) is the same name, and two different letters stay different.
    @Test func nameSimilarityComparesLettersNotTheirEncoding() {
        let precomposed = "Зеленски\u{439}", combining = "Зеленски\u{438}\u{306}"
        #expect(NameSimilarity.jaroWinkler(precomposed, combining) == 1)
        #expect(NameSimilarity.jaroWinkler("Зеленский", "Зеленская") < 1)
        #expect(NameSimilarity.jaroWinkler("Зеленский", "Зеленская") > 0.85)
        #expect(NameSimilarity.jaroWinkler("Шольц", "Шульц") < NameSimilarity.jaroWinkler("Шольц", "Шольц"))
    }
}
