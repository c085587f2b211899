/// The names and numbers of a document as keys that do not depend on its language: what a
/// translation keeps of its source when it shares no words with it. Read by the corpus's
/// cross-language sketch (`DriftCorpus`'s `NameSketch`), built from the same pieces as
/// cross-language alignment (`CrossLanguage.Tagger`), so that both read a name the same way:
///
/// - a number (digits of any script, a number word) → `#` and its ASCII digits:
///   `2018`, `٢٠١٨` → `#2018`; `восемь` → `#8`;
/// - a name — a capitalised word that is not a function word (the first word of a sentence
///   only when the document also writes it capitalised elsewhere; every word in a caseless
///   script, by its Arabic stem) — transliterated with ICU `Any-Latin; Latin-ASCII` and
///   reduced to its consonant skeleton (`CrossLanguage.Tagger.skeleton`) → `n:`:
///   `Медведева`, `Medvedev` → `n:mdfd`; `فريلاند`, `Freeland` → `n:frln`;
/// - an acronym (two to five capitals) by its UTS #39 confusable skeleton → `a:`:
///   Cyrillic `ВР`, Latin `BP` → `a:BP` (and, as transliterated, `a:VR`, `a:BP`).
///
/// `"In 2018 Sechin met Medvedev."` → `["#2018", "n:mdfd", "n:skn"]`.
///
/// - Complexity: O(tokens), one ICU transliteration per distinct name.
public enum NameNumberKeys {
    /// The distinct keys of a document, sorted.
    public static func keys(_ d: Document) -> [String] {
        let lang = d.language
        let caseless = lang == "ar"
        let tr = Transliterator("Any-Latin; Latin-ASCII")
        var out = Set<String>()
        // Candidate names: (matching key, text as written), and which were seen capitalised
        // away from a sentence start.
        var initial: [(String, String)] = []
        var inner = Set<String>()
        var names: [String: String] = [:] // key → text to transliterate
        for s in d.sentences {
            var first = true
            for t in s.tokens {
                switch t.kind {
                case .punctuation: continue
                case .number:
                    out.insert("#" + CrossLanguage.Tagger.asciiDigits(t.key).filter { $0 != "," && $0 != " " })
                case .word:
                    defer { first = false }
                    if let n = Vocabulary.numberWords[t.key] { out.insert("#" + n); continue }
                    if t.key.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                        out.insert("#" + CrossLanguage.Tagger.asciiDigits(t.key)); continue
                    }
                    if StopWords.isStop(t.key, lang) || t.key.count < 2 { continue }
                    let written = d.text(t.start, t.end)
                    let cap = written.first?.isUppercase ?? false
                    if cap, written.count <= 5, written.allSatisfy({ $0.isUppercase }) {
                        // As cross-language alignment reads them: look-alike letters (Cyrillic
                        // "ВР" ~ "BP") and transliterated ones ("США" → "SSA").
                        out.insert("a:" + ICU.skeleton(written))
                        if let tr { out.insert("a:" + tr.apply(written).uppercased()) }
                        continue
                    }
                    guard cap || caseless else { continue }
                    // English possessives: "Putin's" is the name Putin.
                    let key = t.key.hasSuffix("'s") ? String(t.key.dropLast(2)) : t.key
                    let base = caseless ? Stemmer.stem(key, lang) : key
                    if first && !caseless { initial.append((key, base)) } else { inner.insert(key); names[key] = base }
                }
            }
        }
        for (k, base) in initial where inner.contains(k) { names[k] = base }
        var seen: [String: String?] = [:]
        for (_, base) in names {
            if seen[base] != nil { continue }
            let sk = CrossLanguage.Tagger.skeleton(tr.map { $0.apply(base) } ?? base)
            seen[base] = sk
            if let sk { out.insert("n:" + sk) }
        }
        return out.sorted()
    }
}
