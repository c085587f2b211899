import DriftKit

/// Generated articles for tests and benchmarks: one sentence model, three recipes.
///
/// Every recipe writes sentences that look like news prose and are distinct by construction:
/// a sentence is cut into pieces (`scan`: function words, content words, numbers,
/// punctuation, spaces), and a "respun" sentence keeps the function words, punctuation and
/// shape of a real one while every content word and number is drawn afresh ("Graham, who
/// served as a special assistant to Bush" → "Witkoff, who served as a distinctive instruction
/// to Kellogg"). Two sentences clash (`clashes`) when they share too many content stems.
///
/// The recipes, each deterministic for a seed (`SplitMix64`):
/// - `makePair` (ArticleGen+Planted.swift): a short pair with planted edits and where each
///   went, for the alignment property tests and the hard cases (Tests/DriftKitTests);
/// - `Scaled` (ArticleGen+Scaled.swift): a pair of any size with about 5% edits, for
///   `drift-bench align` and `phases`;
/// - `SyntheticCorpus` (SyntheticCorpus.swift): many originals of real sentences and an
///   edited copy of each, for the corpus tests and `drift-bench corpus-synth`.
package enum ArticleGen {
    /// Words kept as they are when a sentence is respun: the English function words of the
    /// aligner's term extraction (Align/Terms.swift), which never count as terms. Keeping only
    /// these means two sentences respun from one line share no term by construction.
    package static let functionWords = MatchingVocabulary.englishFunctionWords
    /// Number words: terms of their own ("five" → #5), so never vocabulary (DriftKit's
    /// `Vocabulary.spelledNumbers`; the fixture holds none of its words beyond the old list, so
    /// the articles generated are the same).
    package static let numberWords = MatchingVocabulary.spelledNumbers

    // MARK: scanning

    /// A piece of a sentence as the generator sees it; the kinds mirror DriftKit's tokens
    /// (a word with an inner apostrophe is one token; a hyphen is a token of its own).
    package struct Piece: Sendable {
        package enum Kind: Sendable { case space, punctuation, function, content, possessive, number }
        package var text: String
        package var kind: Kind
    }

    /// Lower case, curly apostrophe straightened: `"Russia’s"` → `"russia's"`.
    package static func key(_ w: String) -> String { String(w.lowercased().map { $0 == "’" ? "'" : $0 }) }
    /// The aligner's stem: the key's first five letters.
    package static func stem(_ w: String) -> String { String(key(w).prefix(5)) }

    /// Splits a sentence into pieces. `normalizingSpace`: every white-space character becomes
    /// a plain space (the scaled recipe's seeds may hold others).
    package static func scan(_ s: String, normalizingSpace: Bool = false) -> [Piece] {
        let c = Array(s)
        var out: [Piece] = []
        var i = 0
        func isApostrophe(_ x: Character) -> Bool { x == "'" || x == "’" }
        while i < c.count {
            let x = c[i]
            if x.isLetter {
                var j = i + 1
                while j < c.count && (c[j].isLetter || (isApostrophe(c[j]) && j + 1 < c.count && c[j + 1].isLetter)) { j += 1 }
                let w = String(c[i..<j]), k = key(w)
                if functionWords.contains(k) {
                    out.append(Piece(text: w, kind: .function))
                } else if k.hasSuffix("'s"), k.count > 2 {
                    out.append(Piece(text: String(w.dropLast(2)), kind: .content))
                    out.append(Piece(text: String(w.suffix(2)), kind: .possessive))
                } else if k.contains("'") {
                    out.append(Piece(text: w, kind: .function)) // they’re, I’m: kept as written
                } else {
                    out.append(Piece(text: w, kind: .content))
                }
                i = j
            } else if x.isASCII && x.isNumber {
                var j = i + 1
                while j < c.count && ((c[j].isASCII && (c[j].isNumber || c[j].isLetter))
                        || ((c[j] == "," || c[j] == ".") && j + 1 < c.count && c[j + 1].isASCII && c[j + 1].isNumber)) { j += 1 }
                out.append(Piece(text: String(c[i..<j]), kind: .number))
                i = j
            } else if x.isWhitespace {
                out.append(Piece(text: normalizingSpace ? " " : String(x), kind: .space)); i += 1
            } else {
                out.append(Piece(text: String(x), kind: .punctuation)); i += 1
            }
        }
        return out
    }

    /// The term-like stems of a sentence: content words cut to five letters (as the aligner
    /// does) and numbers (`#1964`).
    package static func stems(_ pieces: [Piece]) -> Set<String> {
        var out = Set<String>()
        for p in pieces {
            switch p.kind {
            case .content: out.insert(stem(p.text))
            case .number: out.insert("#" + p.text)
            default: break
            }
        }
        return out
    }

    /// Two sentences' stems clash when they share 4 or more, or 2 or more and at least a
    /// quarter of the smaller set: a planted edit would then have more than one right answer.
    package static func clashes(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 4 || (shared >= 2 && Double(shared) >= 0.25 * Double(min(a.count, b.count)))
    }

    // MARK: edits shared by the recipes

    /// Where a sentence can be split into two of four words or more each, both with content:
    /// the indices of its commas that qualify (`"A, b c."` → the comma after A). Nil when the
    /// sentence does not end in a period or has quotes or brackets. `afterPunctuation`: a comma
    /// right after punctuation ("D.C.,") qualifies too; `normalizingSpace` as in `scan`.
    package static func splitPoints(_ s: String, afterPunctuation: Bool = false, normalizingSpace: Bool = false) -> (pieces: [Piece], commas: [Int])? {
        guard s.hasSuffix("."), !s.contains(where: { "“”\"‘()".contains($0) }) else { return nil }
        let p = scan(s, normalizingSpace: normalizingSpace)
        let wordKinds: Set<Piece.Kind> = [.function, .content, .number]
        var options: [Int] = []
        for (k, q) in p.enumerated() where q.text == "," && k + 2 < p.count && p[k + 1].kind == .space && (p[k + 2].kind == .function || p[k + 2].kind == .content) {
            let left = p[..<k], right = p[(k + 2)...]
            if left.count(where: { wordKinds.contains($0.kind) }) >= 4 && right.count(where: { wordKinds.contains($0.kind) }) >= 4
                && stems(Array(left)).count >= 2 && stems(Array(right)).count >= 2
                && (afterPunctuation || left.last!.kind != .punctuation) {
                options.append(k)
            }
        }
        return (p, options)
    }

    /// The two sentences of a split at comma `k` of `p` (`"A, b c."` → `"A."`, `"B c."`).
    package static func split(_ p: [Piece], at k: Int) -> (String, String) {
        let a = p[..<k].map(\.text).joined() + "."
        let rest = p[(k + 2)...].map(\.text).joined()
        return (a, rest.prefix(1).uppercased() + rest.dropFirst())
    }

    /// Joins two sentences into one (`"A."`, `"The b."` → `"A; the b."` or `"A, and the b."`).
    package static func merge(_ a: String, _ b: String, _ rng: inout some RandomNumberGenerator) -> String? {
        guard a.hasSuffix("."), let last = a.dropLast().last, last.isLetter || last.isNumber,
              let first = scan(b).first(where: { $0.kind != .space }), first.kind == .function || first.kind == .content else { return nil }
        let b2 = first.kind == .function && first.text != "I" ? b.prefix(1).lowercased() + b.dropFirst() : b
        return String(a.dropLast()) + (Bool.random(using: &rng) ? "; " : ", and ") + b2
    }
}
