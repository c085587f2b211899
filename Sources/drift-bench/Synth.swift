import DriftKit
import Foundation

/// Generated article pairs of any size for the alignment benchmark.
///
/// The same idea as the property tests' generator (Tests/DriftKitTests/Support/ArticleGenerator.swift),
/// scaled up: sentences of the seed texts (segmented by DriftKit) are used once each, and the
/// rest are "respun" from them, keeping function words, punctuation and shape and drawing every
/// content word and number afresh from the seeds' vocabulary. Every sentence of a document is
/// distinct, and no two neighbours share more than a quarter of their content stems.
///
/// The copy carries about 5% edits: 1.5% of sentences deleted, 1.5% inserted (fresh sentences),
/// 1.5% with one or two words substituted, 0.25% split at a comma, 0.25% merged with the next,
/// and one sentence in a thousand (at least two) moved 10–500 sentences away.
struct Synth {
    struct Piece {
        enum Kind { case space, punctuation, function, content, possessive, number }
        var text: String
        var kind: Kind
    }

    /// English function words of the aligner's terms (Align/Terms.swift): kept when respinning.
    static let functionWords = MatchingVocabulary.englishFunctionWords
    /// Spelled numbers (DriftKit's `Vocabulary.spelledNumbers`): never vocabulary.
    static let numberWords = MatchingVocabulary.spelledNumbers
    /// Words ICU takes for abbreviations before a capital ("…to NATO. Both…" stays one sentence).
    static let noFinalWords: Set<String> = ["NATO"]

    static func key(_ w: String) -> String { String(w.lowercased().map { $0 == "’" ? "'" : $0 }) }
    static func stem(_ w: String) -> String { String(key(w).prefix(5)) }

    static func scan(_ s: String) -> [Piece] {
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
                    out.append(Piece(text: w, kind: .function))
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
                out.append(Piece(text: " ", kind: .space)); i += 1
            } else {
                out.append(Piece(text: String(x), kind: .punctuation)); i += 1
            }
        }
        return out
    }

    static func stems(_ pieces: [Piece]) -> Set<String> {
        var out = Set<String>()
        for p in pieces where p.kind == .content || p.kind == .number { out.insert(p.kind == .number ? "#" + p.text : stem(p.text)) }
        return out
    }

    var real: [String] = []
    var shapes: [[Piece]] = []
    var lower: [String] = []
    var capital: [String] = []

    /// Reads the seed texts (`.txt`, `.md`) of a folder: their sentences (as DriftKit segments
    /// them) that make good shapes, and their vocabulary.
    init(seeds dir: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        guard !names.isEmpty else { throw BenchError("no .txt or .md seed texts in \(dir)") }
        var seen = Set<String>()
        for name in names {
            let doc = try Document.load(path: "\(dir)/\(name)")
            for s in doc.sentences {
                let t = doc.text(of: s)
                let inner = t.dropLast(2)
                guard !seen.contains(t), t.count < 400, !t.contains("\n"),
                      !t.contains(where: { "*_#[]|<>{}\\…".contains($0) }),
                      !inner.contains("."), !inner.contains("?"), !inner.contains("!"), !t.contains("http"),
                      let last = t.last, ".?!”\"".contains(last) else { continue }
                let p = Synth.scan(t)
                let words = p.count { $0.kind == .function || $0.kind == .content || $0.kind == .number }
                guard words >= 6, Synth.stems(p).count >= 3 else { continue }
                seen.insert(t)
                real.append(t); shapes.append(p)
            }
        }
        guard shapes.count >= 20 else { throw BenchError("too few usable sentences in the seed texts of \(dir) (\(shapes.count))") }
        var lo = Set<String>(), cap = Set<String>()
        for shape in shapes {
            var sawWord = false
            for p in shape {
                if p.kind == .content && !Synth.numberWords.contains(Synth.key(p.text)) && p.text.count >= 3 {
                    if p.text.first!.isUppercase {
                        if sawWord && !Synth.noFinalWords.contains(p.text) && (p.text.count >= 4 || p.text.allSatisfy(\.isUppercase)) { cap.insert(p.text) }
                    } else if p.text.allSatisfy(\.isLetter) {
                        lo.insert(p.text)
                    }
                }
                if p.kind == .function || p.kind == .content || p.kind == .number { sawWord = true }
            }
        }
        lower = lo.sorted(); capital = cap.sorted()
    }

    /// A respun sentence and its stems.
    func respin(_ rng: inout some RandomNumberGenerator) -> (String, Set<String>) {
        let shape = shapes.randomElement(using: &rng)!
        var out = ""
        var st = Set<String>()
        var sawWord = false
        for p in shape {
            switch p.kind {
            case .content:
                var w: String
                if !sawWord {
                    w = Int.random(in: 0..<3, using: &rng) == 0 ? capital.randomElement(using: &rng)! : lower.randomElement(using: &rng)!
                    w = w.prefix(1).uppercased() + w.dropFirst()
                } else {
                    w = (p.text.first!.isUppercase ? capital : lower).randomElement(using: &rng)!
                }
                out += w; st.insert(Synth.stem(w)); sawWord = true
            case .number:
                let digits = p.text.count(where: \.isNumber)
                let n = digits == 4 ? Int.random(in: 1950...2025, using: &rng) : Int.random(in: 1...(digits >= 3 ? 999 : digits == 2 ? 99 : 9), using: &rng)
                out += String(n); st.insert("#\(n)"); sawWord = true
            case .function:
                out += sawWord ? p.text : p.text.prefix(1).uppercased() + p.text.dropFirst()
                sawWord = true
            default:
                out += p.text
            }
        }
        return (out, st)
    }

    /// `n` distinct sentences: the real ones once each (shuffled in), the rest respun.
    func sentences(_ n: Int, _ rng: inout some RandomNumberGenerator, avoiding used: inout Set<String>) -> [String] {
        var realLeft = real.shuffled(using: &rng)
        var out: [String] = []
        var recent: [Set<String>] = []
        out.reserveCapacity(n)
        while out.count < n {
            var s: String, st: Set<String>
            if !realLeft.isEmpty && Int.random(in: 0..<8, using: &rng) == 0 {
                s = realLeft.removeLast(); st = Synth.stems(Synth.scan(s))
            } else {
                (s, st) = respin(&rng)
            }
            if used.contains(s) || recent.contains(where: { Synth.clashes($0, st) }) { continue }
            used.insert(s)
            out.append(s)
            recent.append(st)
            if recent.count > 3 { recent.removeFirst() }
        }
        return out
    }

    static func clashes(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 4 || (shared >= 2 && Double(shared) >= 0.25 * Double(min(a.count, b.count)))
    }

    // MARK: edits

    static func split(_ s: String) -> (String, String)? {
        guard s.hasSuffix("."), !s.contains(where: { "“”\"‘()".contains($0) }) else { return nil }
        let p = scan(s)
        let isWord: (Piece) -> Bool = { $0.kind == .function || $0.kind == .content || $0.kind == .number }
        for (k, q) in p.enumerated() where q.text == "," && k + 2 < p.count && p[k + 1].kind == .space && (p[k + 2].kind == .function || p[k + 2].kind == .content) {
            let left = Array(p[..<k]), right = Array(p[(k + 2)...])
            if left.count(where: isWord) >= 4 && right.count(where: isWord) >= 4 && stems(left).count >= 2 && stems(right).count >= 2 {
                let rest = right.map(\.text).joined()
                return (left.map(\.text).joined() + ".", rest.prefix(1).uppercased() + rest.dropFirst())
            }
        }
        return nil
    }

    static func merge(_ a: String, _ b: String, _ rng: inout some RandomNumberGenerator) -> String? {
        guard a.hasSuffix("."), let last = a.dropLast().last, last.isLetter || last.isNumber,
              let first = scan(b).first, first.kind == .function || first.kind == .content else { return nil }
        let b2 = first.kind == .function && first.text != "I" ? b.prefix(1).lowercased() + b.dropFirst() : b
        return String(a.dropLast()) + (Bool.random(using: &rng) ? "; " : ", and ") + b2
    }

    func substitute(_ s: String, count: Int, _ rng: inout some RandomNumberGenerator) -> String? {
        var p = Synth.scan(s)
        var used = Synth.stems(p)
        let cand = p.indices.filter { p[$0].kind == .content && ($0 + 1 == p.count || p[$0 + 1].kind != .possessive) }
        var chosen: [Int] = []
        for i in cand.shuffled(using: &rng) where chosen.count < count {
            if chosen.allSatisfy({ abs($0 - i) >= 4 }) { chosen.append(i) }
        }
        guard !chosen.isEmpty else { return nil }
        for i in chosen {
            let old = p[i].text
            let pool = old.first!.isUppercase && i > 0 ? capital : lower
            var pick: String? = nil
            for _ in 0..<20 {
                let w = pool.randomElement(using: &rng)!
                if !used.contains(Synth.stem(w)) { pick = w; break }
            }
            guard let w = pick else { return nil }
            used.insert(Synth.stem(w))
            p[i].text = old.first!.isUppercase ? w.prefix(1).uppercased() + w.dropFirst() : w
        }
        return p.map(\.text).joined()
    }

    /// An original of `n` sentences and a copy with about 5% edits; counts of each edit.
    func pair(_ n: Int, seed: UInt64) -> (original: [String], copy: [String], edits: [String: Int]) {
        var rng = SplitMix64(seed: seed)
        var used = Set<String>()
        let orig = sentences(n, &rng, avoiding: &used)
        var fresh = sentences(max(8, n * 2 / 100), &rng, avoiding: &used)
        var copy: [String] = []
        copy.reserveCapacity(n + n / 20)
        var edits: [String: Int] = [:]
        var movers: [(Int, String)] = [] // (place in the copy, sentence)
        let moveEvery = max(1, min(1000, n / 2))
        var i = 0
        while i < orig.count {
            let r = Int.random(in: 0..<10_000, using: &rng)
            let s = orig[i]
            if i % moveEvery == moveEvery / 2 && n >= 40 {
                movers.append((copy.count, s)); edits["moved", default: 0] += 1
            } else if r < 150 {
                edits["deleted", default: 0] += 1
            } else if r < 300, let f = fresh.popLast() {
                copy.append(f); copy.append(s); edits["inserted", default: 0] += 1
            } else if r < 450, let t = substitute(s, count: Int.random(in: 1...2, using: &rng), &rng) {
                copy.append(t); edits["substituted", default: 0] += 1
            } else if r < 475, let (a, b) = Synth.split(s) {
                copy.append(a); copy.append(b); edits["split", default: 0] += 1
            } else if r < 500, i + 1 < orig.count, let m = Synth.merge(s, orig[i + 1], &rng) {
                copy.append(m); i += 1; edits["merged", default: 0] += 1
            } else {
                copy.append(s)
            }
            i += 1
        }
        // Moves: back in 10–500 sentences away from where they stood, in either direction
        // (last ones first, so the places of the others stay put).
        for (src, s) in movers.reversed() {
            let dist = Int.random(in: 10...min(500, max(10, copy.count / 2)), using: &rng)
            let forward = Bool.random(using: &rng)
            let dst = (forward && src + dist <= copy.count) || src - dist < 0 ? min(copy.count, src + dist) : src - dist
            copy.insert(s, at: dst)
        }
        return (orig, copy, edits)
    }

    /// Paragraphs of one to four sentences, separated by blank lines.
    static func layout(_ sentences: [String], seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var out = ""
        var k = 0
        while k < sentences.count {
            let len = min(sentences.count - k, Int.random(in: 1...4, using: &rng))
            out += sentences[k..<(k + len)].joined(separator: " ")
            out += "\n\n"
            k += len
        }
        return out
    }
}
