/// `name-change`: a person, organisation, place or title rendered differently in the copy —
/// a spelling or transliteration variant (Lough → Lowe, Kyiv → Kiev) or another name in the
/// same role ("Democratic Resilience" → "Democratic Sustainability").
///
/// Found from aligned pairs: in a changed region of a bead, a name phrase of the original
/// and a name phrase of the copy are paired when the original's name never appears in the
/// copy and the copy's never appears in the original (so "Putin" → "the Russian leader" or a
/// first name added are not renames). Across the whole copy, each (from, to) pair is one
/// finding listing every occurrence.
enum NameChangeDetector: Detector {
    static let phase = "name-change"

    /// Jaro–Winkler similarity above which two names are spelling variants even when they do
    /// not sit in the same changed region (0.85: Kyiv/Kiev 0.92, Dimitriev/Dmitriev 0.97,
    /// while unrelated surnames of similar length score 0.4–0.7).
    static let variantSimilarity = 0.85
    /// Stricter threshold for variants found across the document without an aligned
    /// sentence to pair them (0.9: Kavanagh/Kavanaugh 0.96; Russia/Prussia-like pairs of
    /// different names sit below).
    static let documentVariantSimilarity = 0.9

    struct Phrase { var key: String; var text: String; var range: Range<Int>; var tokens: [Token] }

    static func phrases(_ ctx: FindingContext, _ side: Side, _ ids: [Int]) -> [Phrase] {
        let d = ctx.document(side)
        var out: [Phrase] = []
        for i in ids {
            let ts = d.sentences[i].tokens
            for r in ctx.names.phrases(sentence: i, on: side) {
                let toks = Array(ts[r])
                let key = phraseKey(ts[r])
                var end = toks.last!.end
                // Drop a possessive ending from the shown text.
                let text = d.text(toks.first!.start, end)
                if text.hasSuffix("’s") || text.hasSuffix("'s") { end -= text.hasSuffix("’s") ? 4 : 2 }
                out.append(Phrase(key: key, text: d.text(toks.first!.start, end), range: toks.first!.start..<end, tokens: toks))
            }
        }
        return out
    }

    /// The key of a name phrase: its words' name keys (`NameIndex.key`) without the dots, or,
    /// when it has none, its tokens' keys run together.
    static func phraseKey(_ toks: ArraySlice<Token>) -> String {
        // One token (most names): its name key, or its key when that is a dot or empty.
        if toks.count == 1, let t = toks.first {
            if t.key == "." { return t.key }
            let k = NameIndex.key(t)
            return k.isEmpty ? t.key : k
        }
        let key = toks.filter { $0.key != "." }.map { NameIndex.key($0) }.joined(separator: " ")
        return key.isEmpty ? toks.map(\.key).joined() : key
    }

    /// The keys of every name phrase of one whole document (`phrases(ctx, side, all).map(\.key)`,
    /// without the phrases' texts).
    static func phraseKeys(_ names: NameIndex, _ side: Side) -> Set<String> {
        let sentences = names.document(side).sentences
        var out = Set<String>()
        // A one-word phrase (most names) has its word's name key for key (`phraseKey`): by
        // key number, 0 for a key not met yet, 1 for one already in `out`, 2 for one whose
        // phrase key is made every time (an empty name key).
        var met = [UInt8](repeating: 0, count: names.keyCount)
        for i in sentences.indices {
            let ts = sentences[i].tokens
            for r in names.phrases(sentence: i, on: side) {
                if r.count == 1, let id = names.nameKey(sentence: i, token: r.lowerBound, on: side) {
                    if met[Int(id)] == 1 { continue }
                    if met[Int(id)] == 0 { met[Int(id)] = names.nameKey(id).isEmpty ? 2 : 1 }
                }
                out.insert(phraseKey(ts[r]))
            }
        }
        return out
    }

    /// What the renames read of the two whole documents: every name phrase key of each, and
    /// an index of the runs of whole words of those phrases. Made from the name index alone
    /// (no alignment), so `Comparison.run` makes it beside the alignment, on the core the
    /// aligner leaves idle while its last phase runs (docs/benchmarks.md, "Issue #13, 2026-12-04").
    struct DocumentPhrases: @unchecked Sendable {
        let original: Set<String>, copy: Set<String>
        let originalRuns: WordRuns, copyRuns: WordRuns
        init(_ names: NameIndex) {
            original = phraseKeys(names, .original)
            copy = phraseKeys(names, .copy)
            originalRuns = WordRuns(original)
            copyRuns = WordRuns(copy)
        }
    }

    /// A name of the original the copy writes otherwise: a spelling variant or another name
    /// in the same place.
    struct Rename { var from: String; var to: String; var orig: Span; var copies: [Span]; var bead: Int; var sim: Double; var why: String }

    /// The renamed names, in the order found (built once, into the fact set).
    static func renames(_ ctx: FindingContext) -> [Rename] {
        // Every name phrase key of each whole document, for the exclusivity test. A key is
        // "in" a document when it is one of its name phrases or a run of whole words of one
        // ("Lough" in "John Lough"): looked up in an index of those runs, built once (or
        // beside the alignment: `NameIndex.documentPhrases`).
        let whole = ctx.names.documentPhrases ?? DocumentPhrases(ctx.names)
        let allO = whole.original, allC = whole.copy, runsO = whole.originalRuns, runsC = whole.copyRuns
        func inCopy(_ key: String) -> Bool { allC.contains(key) || (!key.containsBytes(" ") && ctx.names.copyNames.contains(key)) || runsC.contains(key) }
        func inOrig(_ key: String) -> Bool { allO.contains(key) || (!key.containsBytes(" ") && ctx.names.originalNames.contains(key)) || runsO.contains(key) }

        typealias Pair = Rename
        var pairs: [String: Pair] = [:]
        var order: [String] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation != .identical && bf.bead.relation != .typographic {
            let po = phrases(ctx, .original, bf.bead.original), pc = phrases(ctx, .copy, bf.bead.copy)
            let oKeys = Set(po.map(\.key)), cKeys = Set(pc.map(\.key))
            var usedC = Set<Int>()
            for p in po where !cKeys.contains(p.key) {
                // Core: strip the tokens shared at both ends ("John Lough" / "John Lowe" → Lough / Lowe).
                var best: (Int, Double, String, String, Span, Span)? = nil
                for (ci, q) in pc.enumerated() where !oKeys.contains(q.key) && !usedC.contains(ci) {
                    let (fromT, toT) = core(p, q)
                    guard !fromT.isEmpty, !toT.isEmpty else { continue }
                    let fk = fromT.filter { $0.key != "." }.map { NameIndex.key($0) }.joined(separator: " ")
                    let tk = toT.filter { $0.key != "." }.map { NameIndex.key($0) }.joined(separator: " ")
                    guard !fk.isEmpty, !tk.isEmpty, fk != tk else { continue }
                    // The same referent in another house style ("Calif." / "California",
                    // "Oct." / "October"), the same letters without their accents ("Chrétien" /
                    // "Chretien"), or a place and its people ("Mexico" / "Mexican").
                    if HouseStyle.sameReferent(fk, tk) || sameLettersBut(fk, tk) || isDemonym(fk, of: tk) { continue }
                    // Exclusivity: the old name is gone from the copy and the new one is not in the original.
                    guard !inCopy(fk), !inOrig(tk) else { continue }
                    // An acronym against a word ("UK" / "British", "US" / "American") is a
                    // way of writing, not another name.
                    if isAcronym(fromT, ctx.original) != isAcronym(toT, ctx.copy) && NameSimilarity.jaroWinkler(fk, tk) < variantSimilarity { continue }
                    let sim = NameSimilarity.jaroWinkler(fk, tk)
                    let sameRegion = bf.regions.contains { r in
                        r.deleted.contains { $0.start >= fromT.first!.start && $0.end <= fromT.last!.end } &&
                        r.inserted.contains { $0.start >= toT.first!.start && $0.end <= toT.last!.end }
                    }
                    let shared = Set(p.tokens.map(\.key)).intersection(q.tokens.map(\.key)).subtracting(Vocabulary.nameConnectors).count
                    guard sim >= variantSimilarity || sameRegion || shared > 0 else { continue }
                    let score = sim + (sameRegion ? 0.5 : 0) + Double(shared) * 0.2
                    if best == nil || score > best!.1 {
                        let fs = Span(start: fromT.first!.start, end: fromT.last!.end, text: ctx.original.text(fromT.first!.start, fromT.last!.end))
                        let ts = Span(start: toT.first!.start, end: toT.last!.end, text: ctx.copy.text(toT.first!.start, toT.last!.end))
                        best = (ci, score, fk, tk, fs, ts)
                    }
                }
                guard let (ci, _, fk, tk, fs, ts) = best else { continue }
                usedC.insert(ci)
                let id = fk + "\u{1}" + tk
                let sim = NameSimilarity.jaroWinkler(fk, tk)
                if pairs[id] == nil {
                    order.append(id)
                    let why = sim >= variantSimilarity
                        ? "spelling variant (similarity \(String.fixed(sim, places: 2))); “\(fs.text)” never appears in the copy and “\(ts.text)” never in the original"
                        : "a different name in the same place of an aligned sentence; “\(fs.text)” never appears in the copy and “\(ts.text)” never in the original"
                    pairs[id] = Pair(from: fs.text, to: ts.text, orig: fs, copies: [ts], bead: bf.index, sim: sim, why: why)
                } else {
                    pairs[id]!.copies.append(ts)
                }
            }
        }
        // Across the document: a copy spelling of a name that the original never uses,
        // close to one the original does use ("Kavanaugh" beside the original's "Kavanagh"),
        // even where the copy also keeps the original spelling elsewhere.
        var reported = Set(pairs.values.map { $0.to.lowercased() })
        // The closest original name of each copy name, computed once per spelling (a name
        // recurs); the first occurrence of each original key, indexed once when needed.
        var closest: [String: (String, Double)] = [:]
        var firstInOriginal: [Token?]? = nil
        // The original names a copy spelling may vary, folded once (not once per copy name).
        var candidates: [(name: String, folded: [UInt32])]? = nil
        // Only the first occurrence of a name key can be reported: every later one is then
        // reported already or fails the same tests. By name key number.
        var met = [Bool](repeating: false, count: ctx.names.keyCount)
        for (si, s) in ctx.copy.sentences.enumerated() {
            for k in s.tokens.indices {
                guard let nk = ctx.names.nameKey(sentence: si, token: k, on: .copy), !met[Int(nk)] else { continue }
                met[Int(nk)] = true
                let t = s.tokens[k], key = ctx.names.nameKey(nk)
                guard !ctx.names.originalNames.contains(key), !reported.contains(key), key.count >= 4 else { continue }
                let best: (String, Double)
                if let b = closest[key] { best = b } else {
                    var b: (String, Double) = ("", 0)
                    if candidates == nil {
                        candidates = ctx.names.originalNames.filter { $0.count >= 4 }.map { ($0, NameSimilarity.fold($0)) }
                    }
                    let kf = NameSimilarity.fold(key)
                    // A name that holds the other whole ("Borussia" / "Russia") is another word.
                    for (n, nf) in candidates! where !NameSimilarity.isDerivation(n, key) && !key.hasSuffix(n) && !n.hasSuffix(key) {
                        let sim = NameSimilarity.jaroWinkler(folded: nf, kf)
                        // Equally close names ("james4", "james5" for "james9"): the first in
                        // code-point order, not the first the set's hash order (which changes
                        // from run to run) gives.
                        if sim > b.1 || (sim == b.1 && sim > 0 && n < b.0) { b = (n, sim) }
                    }
                    closest[key] = b
                    best = b
                }
                guard best.1 >= documentVariantSimilarity, !sameLettersBut(best.0, key), !HouseStyle.sameReferent(best.0, key) else { continue }
                reported.insert(key)
                // The original's spelling as written, at its first occurrence.
                if firstInOriginal == nil { firstInOriginal = ctx.names.firstWords(on: .original) }
                guard let b = ctx.names.nameKeyNumber(best.0), let ot = firstInOriginal![Int(b)] else { continue }
                let fromText = ctx.original.text(ot.start, ot.end).replacingAll("’s", with: "").replacingAll("'s", with: "")
                let toText = ctx.copy.text(t.start, t.end).replacingAll("’s", with: "").replacingAll("'s", with: "")
                let id = best.0 + "\u{1}" + key
                order.append(id)
                pairs[id] = Pair(from: fromText, to: toText, orig: Span(start: ot.start, end: ot.end, text: ctx.original.text(ot.start, ot.end)),
                                 copies: [Span(start: t.start, end: t.end, text: ctx.copy.text(t.start, t.end))], bead: ctx.beadOfCopy[s.id], sim: best.1,
                                 why: "spelling variant (similarity \(String.fixed(best.1, places: 2))): the original always writes “\(fromText)”, the copy also writes “\(toText)”")
            }
        }
        return order.map { pairs[$0]! }
    }

    /// True when two name keys differ only in diacritics ("chrétien" / "chretien"): the same
    /// letters by the ICU Latin-ASCII fold of `Vocabulary.latinBase`, which is typography.
    /// (Not `NameSimilarity.fold`, which also folds y/i and doubled letters: "Zelenskyy" /
    /// "Zelensky" is a transliteration variant, reported.)
    static func sameLettersBut(_ a: String, _ b: String) -> Bool {
        guard a != b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in x == y || (Vocabulary.latinBase(x) ?? x) == (Vocabulary.latinBase(y) ?? y) }
    }

    /// Endings that make a people or an adjective of a place's name ("Mexico" → "Mexican",
    /// "China" → "Chinese", "Britain" → "British", "Iraq" → "Iraqi"): the demonym endings of
    /// `Vocabulary.demonymSuffixes` less the plural-only ones ("s", "es", "ns"), which would
    /// also join "John" and "Johns".
    static let peopleEndings = ["ians", "ian", "ans", "an", "ese", "ish", "i"]

    /// True when one single-word name is the people or adjective of the other, a place WordNet
    /// knows (most noun senses in noun.location): "Mexican" of "Mexico", not "Johnson" of "John".
    static func isDemonym(_ a: String, of b: String) -> Bool {
        guard !a.containsBytes(" "), !b.containsBytes(" "), a != b, NameSimilarity.hasDemonymEnding(a, b, peopleEndings), let wn = WordNet.shared else { return false }
        return wn.lexeme(a.count <= b.count ? a : b).isPlace
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        ctx.renames.map { p in
            var f = Finding(p.sim >= variantSimilarity ? Rules.nameChangeSpellingVariant : Rules.nameChangeSubstitutedName,
                            original: p.orig, copy: p.copies[0], from: p.from, to: p.to,
                            message: "“\(p.from)” is rendered as “\(p.to)”" + (p.copies.count > 1 ? " (\(p.copies.count) times)" : ""),
                            why: p.why)
            f.occurrences = p.copies
            f.words = [p.from, p.to]
            f.bead = p.bead
            return f
        }
    }

    /// A single all-capital word of two to five letters ("UK", "NATO").
    static func isAcronym(_ ts: [Token], _ d: Document) -> Bool {
        let words = ts.filter { $0.kind == .word }
        guard words.count == 1 else { return false }
        let raw = d.text(words[0].start, words[0].end).filter { $0 != "." }
        return (2...5).contains(raw.count) && raw.allSatisfy { $0.isUppercase }
    }

    /// The two phrases without the tokens they share at the start and at the end.
    static func core(_ p: Phrase, _ q: Phrase) -> ([Token], [Token]) {
        var a = p.tokens[...], b = q.tokens[...]
        while let x = a.first, let y = b.first, NameIndex.key(x) == NameIndex.key(y) { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, NameIndex.key(x) == NameIndex.key(y) { a = a.dropLast(); b = b.dropLast() }
        while let x = a.first, x.kind == .punctuation || Vocabulary.nameConnectors.contains(x.key) { a = a.dropFirst() }
        while let x = b.first, x.kind == .punctuation || Vocabulary.nameConnectors.contains(x.key) { b = b.dropFirst() }
        while let x = a.last, x.kind == .punctuation || Vocabulary.nameConnectors.contains(x.key) { a = a.dropLast() }
        while let x = b.last, x.kind == .punctuation || Vocabulary.nameConnectors.contains(x.key) { b = b.dropLast() }
        return (Array(a), Array(b))
    }
}

/// The runs of whole words of a set of phrase keys ("john f kennedy" → "john", "f",
/// "kennedy", "john f", "f kennedy", "john f kennedy"; words are separated by one space), for
/// asking whether a key occurs inside any phrase at word boundaries — what
/// `phrase == key || phrase.hasPrefix(key + " ") || phrase.hasSuffix(" " + key) ||
/// phrase.contains(" " + key + " ")` answers for one phrase — in one lookup instead of a scan
/// of every phrase for every key.
///
/// - Complexity: building, O(total words × `maxWords`); `contains`, O(key) — except a key of
///   more than `maxWords` words, which is looked for by that scan over the phrases.
struct WordRuns {
    /// Longest run indexed. 8 words: a name core is one to four words; runs are capped so that
    /// a pathological "phrase" (a long Title Case line) costs linear space, not quadratic.
    static let maxWords = 8
    private var runs = Set<String>()
    private let long: [String]

    init(_ phrases: Set<String>) {
        var long: [String] = []
        for p in phrases {
            // A one-word phrase is its only run.
            if !p.utf8.contains(0x20) { runs.insert(p); continue }
            // An ASCII phrase (no CR: "\r\n" is the one ASCII pair read as one character) is
            // split by its bytes, as the characters below would split it.
            // A run of its words is the bytes from the first one's start to the last one's end.
            if p.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                let bytes = Array(p.utf8)
                var starts = [0], ends: [Int] = []
                for (k, c) in bytes.enumerated() where c == 0x20 { ends.append(k); starts.append(k + 1) }
                ends.append(bytes.count)
                if starts.count > WordRuns.maxWords { long.append(p) }
                for i in starts.indices {
                    for j in i..<min(starts.count, i + WordRuns.maxWords) {
                        runs.insert(String(decoding: bytes[starts[i]..<ends[j]], as: UTF8.self))
                    }
                }
                continue
            }
            let words = p.split(separator: " ", omittingEmptySubsequences: false)
            if words.count > WordRuns.maxWords { long.append(p) }
            for i in words.indices {
                var run = ""
                for j in i..<min(words.count, i + WordRuns.maxWords) {
                    if j > i { run += " " }
                    run += words[j]
                    runs.insert(run)
                }
            }
        }
        self.long = long
    }

    func contains(_ key: String) -> Bool {
        if runs.contains(key) { return true }
        guard key.split(separator: " ", omittingEmptySubsequences: false).count > WordRuns.maxWords else { return false }
        return long.contains { $0 == key || $0.hasSuffix(" " + key) || $0.hasPrefix(key + " ") || $0.contains(" " + key + " ") }
    }
}

