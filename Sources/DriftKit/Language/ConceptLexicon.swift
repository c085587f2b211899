import Foundation

/// Where cross-language alignment finds its bilingual dictionaries, and what it learns.
public struct CrossLanguageOptions: Sendable {
    /// Directory of dictd dictionaries (`freedict-deu-eng.index`, `.dict.dz`, …): where
    /// Debian's `dict-freedict-*` packages put them. Without them alignment still runs on
    /// numbers, names, punctuation anchors, length and the lexicon learnt from the pair.
    public var dictionaryDirectory: String = "/usr/share/dictd"
    /// Learn word pairs from a first alignment and align again (Hunalign's bootstrapping).
    public var learnLexicon: Bool = true
    public init() {}
}

/// Words of one language mapped to English "concepts" (English content words cut to
/// `Terms.stemLength` letters, as the same-language terms are): English is the pivot, so a
/// German and a French word meet when their dictionaries give them a common English word.
/// Read from FreeDict: `X-eng` (headword lookups for the document's words) and, for
/// dictionaries small enough to read whole, `eng-X` reversed.
enum ConceptLexicon {
    static let freedictCodes = ["en": "eng", "ru": "rus", "uk": "ukr", "it": "ita", "de": "deu", "fr": "fra", "es": "spa", "ar": "ara"]
    /// Largest `eng-X` dictionary read whole to be reversed, in compressed bytes (2 MB:
    /// eng-rus, eng-ita, eng-fra, eng-spa and eng-ara are 26 KB–1.1 MB; eng-deu, 15 MB, is
    /// left to deu-eng's lookups, which are cheaper).
    static let maxReverseBytes = 2_000_000
    /// English equivalents kept per word (the first ones a dictionary lists are its main senses).
    static let maxConcepts = 6

    /// The concept of an English word, or nil for a function word.
    static func english(_ w: String) -> String? {
        if Vocabulary.stopWords.contains(w) || w.count < 2 { return nil }
        return w.count <= Terms.stemLength ? w : String(w.prefix(Terms.stemLength))
    }

    /// English concepts of a phrase (each content word's).
    static func englishConcepts(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { !$0.isLetter }).compactMap { english(String($0)) }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var reverseCache: [String: [String: [String]]] = [:]

    /// Concepts for the stems `stems` of language `lang` (stems from `Stemmer.stem`).
    static func concepts(lang: String, stems: Set<String>, directory: String) -> [String: [String]] {
        guard lang != "en", let code = freedictCodes[lang], !stems.isEmpty else { return [:] }
        var out: [String: [String]] = [:]
        func add(_ s: String, _ cs: [String]) {
            var list = out[s] ?? []
            for c in cs where list.count < maxConcepts && !list.contains(c) { list.append(c) }
            out[s] = list
        }
        // X-eng: the headwords whose stem is one of the document's.
        let dir = directory.hasSuffix("/") ? directory : directory + "/"
        if let d = DictdDictionary(indexPath: dir + "freedict-\(code)-eng.index", dictPath: dir + "freedict-\(code)-eng.dict.dz") {
            var prefixes = Set<[UInt8]>()
            for s in stems { prefixes.insert(fold3(Array(s.utf8))) }
            let hits = d.index { head in
                if head.contains(0x20) { return false }
                return prefixes.contains(fold3(Array(head.prefix(3))))
            }
            for (head, off, len) in hits {
                let s = Stemmer.stem(head.lowercased(), lang)
                guard stems.contains(s) else { continue }
                add(s, DictdDictionary.translations(d.entry(offset: off, length: len)).flatMap(englishConcepts))
            }
        }
        // eng-X reversed (whole, cached per process).
        let key = dir + code
        lock.lock()
        var rev = reverseCache[key]
        lock.unlock()
        if rev == nil {
            var r: [String: [String]] = [:]
            let dz = dir + "freedict-eng-\(code).dict.dz"
            let size = (try? FileManager.default.attributesOfItem(atPath: dz)[.size] as? Int) ?? nil
            if let size, size <= maxReverseBytes, let d = DictdDictionary(indexPath: dir + "freedict-eng-\(code).index", dictPath: dz) {
                for (head, off, len) in d.index(accept: { _ in true }) where !head.hasPrefix("00") {
                    let cs = englishConcepts(head.lowercased())
                    guard !cs.isEmpty, cs.count <= 2 else { continue }
                    for t in DictdDictionary.translations(d.entry(offset: off, length: len)) {
                        let words = t.split(separator: " ")
                        guard words.count == 1 else { continue }
                        let s = Stemmer.stem(String(words[0]), lang)
                        var list = r[s] ?? []
                        for c in cs where !list.contains(c) { list.append(c) }
                        r[s] = list
                    }
                }
            }
            lock.lock(); reverseCache[key] = r; lock.unlock()
            rev = r
        }
        for s in stems { if let cs = rev![s] { add(s, cs) } }
        return out
    }

    /// The first three bytes with ASCII and Latin-1 capitals lowered (an index prefilter).
    static func fold3(_ b: [UInt8]) -> [UInt8] {
        var out = Array(b.prefix(3))
        for i in out.indices {
            if out[i] >= 0x41 && out[i] <= 0x5A { out[i] += 0x20 }
            else if i > 0 && out[i - 1] == 0xC3 && out[i] >= 0x80 && out[i] <= 0x9E && out[i] != 0x97 { out[i] += 0x20 }
        }
        return out
    }
}

/// Function words of the languages cross-language alignment reads (`Vocabulary.functionWordsByLanguage`,
/// besides the English and Russian ones of `Vocabulary.stopWords`): never lexical evidence.
enum StopWords {
    static let byLanguage: [String: Set<String>] = Vocabulary.functionWordsByLanguage

    static func isStop(_ w: String, _ lang: String) -> Bool {
        Vocabulary.stopWords.contains(w) || (byLanguage[lang]?.contains(w) ?? false)
    }
}
