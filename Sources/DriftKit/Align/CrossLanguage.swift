import CICU
import Foundation

/// Sentence alignment of an original and a copy in different languages (`Document.language`
/// differs). The same bead search as same-language alignment, over other terms: instead of
/// shared word stems, a sentence's terms are
/// - numbers (digits of any script, number words): `#2018`;
/// - English concepts of its content words (`ConceptLexicon`: FreeDict, English as pivot): `e:gover`;
/// - acronyms by look-alike and transliterated letters: `a:BP`;
/// - name skeletons: a capitalised word (any word in a caseless script; every word of five
///   letters or more, for cognates) transliterated with ICU
///   `Any-Latin; Latin-ASCII` and reduced to consonant classes (`Лоу`/`Lowe`, `Київ`/`Kyiv`,
///   `فريلاند`/`Freeland`): `n:frln`;
/// - quotation marks, parentheses and question marks: `p:"`;
/// - after a first alignment, word pairs learnt from its confident beads (Hunalign's method:
///   a copy word whose occurrences follow one original word's across beads): `x:stem`.
/// Lengths are compared in characters, scaled by the documents' ratio (Gale & Church's model:
/// a translation's length is proportional to its source's).
enum CrossLanguage {
    /// Weight factor, in [0, 1], of a term found in one document only: it can never match,
    /// and at full weight a sentence with many words no dictionary knows could not reach the
    /// threshold however well its names and numbers match. 0.3: tuned on the Bleualign
    /// development document (dev.de/dev.fr).
    static let unmatchableWeight: Float = 0.3
    /// Tunables of the bead search across languages (the same-language ones assume shared
    /// words; across languages the evidence is sparser and length counts more). Tuned on the
    /// Bleualign development document (dev.de/dev.fr, strict F1: τ 0.1 → 0.54, τ 0.02 with
    /// length weight 0.3 and length penalty 0.05 → 0.80; 0.6 → 0.77; penalty 0.2 → 0.70) and
    /// checked on the cross-language development set (unchanged for τ 0–0.04, weight 0.2–0.3).
    static func options(_ base: AlignOptions) -> AlignOptions {
        var o = base
        // τ near 0: across languages a true pair's term overlap is small (Dice 0.1–0.4 on
        // Bleualign), and the length model below carries the pairs no term links.
        o.threshold = 0.02
        o.mergePenalty = 0.05
        // Smaller than the same-language 0.08: the Gale–Church term below already scores length.
        o.lengthPenalty = 0.05
        o.moveThreshold = 0.6
        return o
    }
    /// A learnt word pair needs this many confident beads in common (2: once is chance) and
    /// a Dice coefficient over beads of at least `learnDice` (0.6: the two words go together
    /// most of the time they occur at all).
    static let learnMinCount = 2
    static let learnDice = 0.6
    /// A bead is confident for learning when its similarity reaches this (Dice over terms).
    static let confidentSimilarity = 0.3

    /// Weight, on the bead-score scale, of the Gale–Church probability of a two-sided bead's
    /// lengths (2·(1 − Φ(|δ|)), δ = (l₂ − l₁)/√(s²·(l₁ + l₂)/2), s² = 6.8 as in Gale & Church
    /// 1993, lengths in characters scaled to the documents' ratio): the floor that aligns
    /// sentences no dictionary word links. Tuned on the Bleualign development document.
    static let lengthBonusWeight = 0.3
    static let gcVariance = 6.8

    static func lengthScore(_ sp: Aligner.Space, _ oi: Range<Int>, _ cj: Range<Int>) -> Double {
        var la = 0, lb = 0
        for i in oi { la += sp.orig[i].length }
        for j in cj { lb += sp.copy[j].length }
        let a = Double(la) / 16, b = Double(lb) / 16
        let mean = max(1, (a + b) / 2)
        let delta = (b - a) / (mean * gcVariance).squareRoot()
        return sp.lengthBonus * erfc(abs(delta) / 2.0.squareRoot())
    }

    static func align(_ a: Document, _ b: Document, _ base: Aligner) -> Alignment {
        let aligner = Aligner(options: options(base.options))
        let ta = Tagger(a, base.options.crossLanguage, other: b.language)
        let tb = Tagger(b, base.options.crossLanguage, other: a.language)
        var space = Aligner.Space(crossA: ta.features(learnt: [:], source: true), crossB: tb.features(learnt: [:], source: false), a, b)
        space.lengthBonus = lengthBonusWeight
        var notes = ["cross-language alignment (\(a.language) → \(b.language)): \(ta.dictionaryWords + tb.dictionaryWords) words found in bilingual dictionaries"]
        if base.options.crossLanguage.learnLexicon {
            let first = aligner.align(a, b, space: space)
            let learnt = learn(first, ta, tb, space)
            if !learnt.isEmpty {
                space = Aligner.Space(crossA: ta.features(learnt: learnt, source: true), crossB: tb.features(learnt: learnt, source: false), a, b)
                space.lengthBonus = lengthBonusWeight
                notes.append("\(learnt.count) word pairs learnt from the first pass")
            }
        }
        var al = aligner.align(a, b, space: space)
        al.notes = notes + al.notes
        return al
    }

    /// Word pairs (copy stem → original stems) that co-occur in confident 1-1 beads.
    static func learn(_ al: Alignment, _ ta: Tagger, _ tb: Tagger, _ sp: Aligner.Space) -> [String: [String]] {
        var cs: [String: Int] = [:], ct: [String: Int] = [:], cst: [String: [String: Int]] = [:]
        for bead in al.beads where bead.original.count == 1 && bead.copy.count == 1 && bead.similarity >= confidentSimilarity {
            let s = Set(ta.stems[bead.original[0]]), t = Set(tb.stems[bead.copy[0]])
            for x in s { cs[x, default: 0] += 1 }
            for y in t { ct[y, default: 0] += 1; for x in s { cst[y, default: [:]][x, default: 0] += 1 } }
        }
        var out: [String: [String]] = [:]
        for (y, m) in cst {
            for (x, c) in m where c >= learnMinCount {
                let dice = 2 * Double(c) / Double(cs[x]! + ct[y]!)
                if dice >= learnDice { out[y, default: []].append(x) }
            }
        }
        for k in out.keys { out[k]!.sort() }
        return out
    }

    /// The terms of each sentence of one document.
    struct Tagger {
        let doc: Document
        let lang: String
        /// Content-word stems of each sentence (for learning).
        var stems: [[String]] = []
        /// Per sentence, per content word: (stem, dictionary concepts, name skeleton).
        var words: [[(String, [String], String?)]] = []
        var other: [[String]] = [] // numbers and punctuation anchors per sentence
        var dictionaryWords = 0

        init(_ d: Document, _ opts: CrossLanguageOptions, other otherLang: String) {
            doc = d
            lang = d.language
            let caseless = d.language == "ar"
            let tr = Transliterator("Any-Latin; Latin-ASCII")
            var allStems = Set<String>()
            var raw: [[(String, Bool, String)]] = [] // (key, capitalised, stem)
            for s in d.sentences {
                var ws: [(String, Bool, String)] = []
                var o: [String] = []
                for t in s.tokens {
                    switch t.kind {
                    case .punctuation:
                        if let p = Tagger.anchor(t.key) { o.append(p) }
                    case .number:
                        o.append("#" + Tagger.asciiDigits(t.key).filter { $0 != "," && $0 != " " })
                    case .word:
                        if let n = Vocabulary.numberWords[t.key] { o.append("#" + n); continue }
                        if t.key.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { o.append("#" + Tagger.asciiDigits(t.key)); continue }
                        if StopWords.isStop(t.key, lang) || t.key.count < 2 { continue }
                        let first = d.text(t.start, min(t.end, t.start + 4)).first
                        let cap = first?.isUppercase ?? false
                        let st = Stemmer.stem(t.key, lang)
                        allStems.insert(st)
                        // Acronyms, in any script: "ААР" ~ "AAR", Cyrillic "ВР" ~ "BP" (look-alike letters).
                        if cap, t.key.count >= 2, t.key.count <= 5, d.text(t.start, t.end).allSatisfy({ $0.isUppercase }) {
                            o.append("a:" + ICU.skeleton(d.text(t.start, t.end)))
                            if let tr { o.append("a:" + tr.apply(d.text(t.start, t.end)).uppercased()) }
                        }
                        ws.append((t.key, cap || caseless || t.key.count >= Tagger.cognateLength, st))
                    }
                }
                raw.append(ws)
                other.append(o)
            }
            let lex = lang == "en" ? [:] : ConceptLexicon.concepts(lang: lang, stems: allStems, directory: opts.dictionaryDirectory)
            var skeletons: [String: String?] = [:]
            for ws in raw {
                var row: [(String, [String], String?)] = []
                for (key, nameLike, st) in ws {
                    let concepts: [String]
                    if lang == "en" { concepts = ConceptLexicon.english(key).map { [$0] } ?? [] } else { concepts = lex[st] ?? [] }
                    if lang != "en" && !concepts.isEmpty { dictionaryWords += 1 }
                    var sk: String? = nil
                    if nameLike {
                        let base = lang == "ar" ? st : key
                        if let c = skeletons[base] { sk = c } else {
                            let v = Tagger.skeleton(tr.map { $0.apply(base) } ?? base)
                            skeletons[base] = v
                            sk = v
                        }
                    }
                    row.append((st, concepts, sk))
                }
                words.append(row)
                stems.append(row.map(\.0))
            }
        }

        /// Letters from which any word gets a name skeleton too: international words keep their
        /// consonants across languages and scripts ("конфликт"/"conflict", "politique"/"political").
        /// 5: shorter words' skeletons (two or three consonants) collide by chance.
        static let cognateLength = 5

        /// Terms of each sentence; `learnt` maps copy stems to original stems.
        func features(learnt: [String: [String]], source: Bool) -> [[String]] {
            var learntSources = Set<String>()
            if source { for v in learnt.values { learntSources.formUnion(v) } }
            return words.indices.map { i in
                var f = other[i]
                for (st, concepts, sk) in words[i] {
                    for c in concepts { f.append("e:" + c) }
                    if let sk { f.append("n:" + sk) }
                    if source { if learntSources.contains(st) { f.append("x:" + st) } } else { for x in learnt[st] ?? [] { f.append("x:" + x) } }
                }
                return f
            }
        }

        /// Quotation marks, parentheses, question marks: kept across translation.
        static func anchor(_ p: String) -> String? {
            switch p {
            case "\"", "«", "»", "„", "“", "”", "'": return "p:q"
            case "(", ")": return "p:("
            case "?", "؟": return "p:?"
            case "!": return "p:!"
            case "%", "٪": return "p:%"
            default: return nil
            }
        }

        /// Arabic-Indic and extended Arabic-Indic digits as ASCII digits.
        static func asciiDigits(_ s: String) -> String {
            String(s.unicodeScalars.map { u -> Character in
                if (0x660...0x669).contains(u.value) { return Character(Unicode.Scalar(u.value - 0x660 + 0x30)!) }
                if (0x6F0...0x6F9).contains(u.value) { return Character(Unicode.Scalar(u.value - 0x6F0 + 0x30)!) }
                return Character(u)
            })
        }

        /// Consonant skeleton of a romanised word, at most `skeletonLength` classes: vowels,
        /// h, w, y and marks dropped; c/k/q → k, g/j kept apart; f/v/ph → f; p/b → b; s/z/x → s;
        /// doubled classes once (Freeland, Фриланд → "frln"; Badawi, بدوي → "bd"). Nil when
        /// fewer than two classes remain (too short to tell names apart).
        static func skeleton(_ latin: String) -> String? {
            var out: [Character] = []
            var prev: Character = " "
            let l = Array(latin.lowercased())
            var i = 0
            while i < l.count {
                var c = l[i]
                if c == "p" && i + 1 < l.count && l[i + 1] == "h" { c = "f"; i += 1 }
                i += 1
                switch c {
                case "a", "e", "i", "o", "u", "y", "h", "w", "'", "`", "-": continue
                case "c", "k", "q": c = "k"
                case "v", "f": c = "f"
                case "p", "b": c = "b"
                case "z", "x", "s": c = "s"
                default: if !c.isASCII || !c.isLetter { continue }
                }
                if c != prev { out.append(c); prev = c }
            }
            guard out.count >= 2 else { return nil }
            return String(out.prefix(skeletonLength))
        }
        /// Consonant classes kept (4: enough to tell most names apart, few enough that endings
        /// added by declension or a different romanisation fall beyond it).
        static let skeletonLength = 4
    }
}

/// An ICU transliterator (one per use; not shared between threads).
final class Transliterator {
    private let handle: UnsafeMutableRawPointer
    init?(_ id: String) {
        guard let h = cicu_translit_open(id) else { return nil }
        handle = h
    }
    deinit { cicu_translit_close(handle) }

    func apply(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u -> String in
            guard u.count > 0 else { return "" }
            var cap = Int32(u.count * 4 + 16)
            while true {
                var out = [CChar](repeating: 0, count: Int(cap))
                let n = u.baseAddress!.withMemoryRebound(to: CChar.self, capacity: u.count) { cicu_translit(handle, $0, Int32(u.count), &out, cap) }
                if n < 0 { return String(decoding: u, as: UTF8.self) }
                if n <= cap { return String(decoding: out[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
                cap = n + 1
            }
        }
    }
}

extension Aligner.Space {
    /// A term space over cross-language terms (`CrossLanguage.Tagger.features`).
    init(crossA fa: [[String]], crossB fb: [[String]], _ a: Document, _ b: Document) {
        var ids: [String: Int32] = [:]
        var df: [Int32] = []
        var inA: [Bool] = [], inB: [Bool] = []
        func intern(_ f: [String], _ sideA: Bool) -> [Int32] {
            var t: [Int32] = []
            for s in f {
                let id: Int32
                if let x = ids[s] { id = x } else { id = Int32(df.count); ids[s] = id; df.append(0); inA.append(false); inB.append(false) }
                t.append(id)
            }
            t.sort()
            var w = 0
            for r in 0..<t.count where r == 0 || t[r] != t[r - 1] { t[w] = t[r]; w += 1 }
            t.removeSubrange(w...)
            for x in t { df[Int(x)] += 1; if sideA { inA[Int(x)] = true } else { inB[Int(x)] = true } }
            return t
        }
        let ta = fa.map { intern($0, true) }, tb = fb.map { intern($0, false) }
        let n = Double(ta.count + tb.count)
        var w = df.map { d in Float(log(1.0 + n / Double(max(1, d)))) }
        for k in w.indices where !(inA[k] && inB[k]) { w[k] *= CrossLanguage.unmatchableWeight }
        self.w = w
        self.df = df
        // Lengths in characters, the copy's scaled to the original's total.
        let ca = a.sentences.map { a.text(of: $0).unicodeScalars.count }, cb = b.sentences.map { b.text(of: $0).unicodeScalars.count }
        let scale = Double(max(1, ca.reduce(0, +))) / Double(max(1, cb.reduce(0, +)))
        func prof(_ s: Sentence, _ t: [Int32], _ len: Int) -> Aligner.Profile {
            var h = Hasher()
            var words = 0
            for tok in s.tokens { h.combine(tok.key); if tok.kind != .punctuation { words += 1 } }
            return Aligner.Profile(terms: t, weight: t.reduce(0) { $0 + w[Int($1)] }, hash: h.finalize(), wordCount: words, length: max(1, len))
        }
        orig = a.sentences.indices.map { prof(a.sentences[$0], ta[$0], ca[$0] * 16) }
        copy = b.sentences.indices.map { prof(b.sentences[$0], tb[$0], Int((Double(cb[$0]) * scale * 16).rounded())) }
    }
}
