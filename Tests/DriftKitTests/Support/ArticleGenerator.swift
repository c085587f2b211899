import DriftKit
import PropertyBased
import Testing

/// Generated article pairs with known edits, for the alignment property tests.
///
/// Sentences are realistic and distinct: each is either a real sentence of the news fixture
/// below (used at most once per document) or a sentence "respun" from one: its function words,
/// punctuation and shape are kept ("… said that the only way forward is to understand that …")
/// and every content word and number is replaced by a random word of the topic's vocabulary
/// ("Graham, who served as a special assistant to Bush" → "Witkoff, who served as a
/// distinctive instruction to Kellogg"). Sentences of one document never share more than a
/// quarter of their content stems, so a planted edit has one right answer.
///
/// Planted insertions come from a second topic (harbours, marathons, museums) whose vocabulary
/// shares no 5-letter stem with the news vocabulary: an inserted sentence has nothing to align
/// with, so the expectation "comes out as 0-1" is fair.
///
/// Example: `ArticleGen.pairs(sentences: 10...60, mix: .mixed)` → a generator of `ArticleGen.Pair`
/// (original and copy texts, sentence lists, and where each planted edit went).
enum ArticleGen {

    // MARK: corpus

    /// One sentence a line. Sentences of the seed articles: the CNN original
    /// (samples/cnn-putin-negotiations.original.txt) and the Atlantic Council report
    /// (samples/atlantic-council-negotiating-with-putin.report.md).
    static let news = """
    US President Donald Trump is finding out that getting through to Russian President Vladimir Putin is not as easy as he might have thought.
    But he’s only the latest US leader to fail at an attempt to get Russia and its longtime president on board.
    The Trump administration’s attempts to reach a ceasefire agreement in Ukraine have largely stalled, despite a flurry of diplomatic activity.
    Since returning to the White House, Trump has held at least two lengthy phone calls with Putin and has repeatedly sent his envoy Steve Witkoff to meet the Russian leader in person in Moscow, with the latest trip on Friday.
    Unsurprisingly to many Kremlin-watchers, none of these meetings have led to an agreement.
    Not only did Witkoff come back empty-handed, he also repeated several key Kremlin talking points.
    The latest US proposal includes recognizing Russian control of Crimea – a long-standing red line for Ukraine and its European allies, officials familiar with the details have told CNN.
    Stalling, haggling over every detail, or saying no without explicitly saying “no” is a classic Russian tactic, employed by Putin and his top negotiators on several occasions in the past, such as during the negotiations for a ceasefire in Syria.
    It’s unclear whether the Trump administration didn’t see it coming because it doesn’t have the expertise that would have led it to expect such behavior, or if it has simply decided to play along.
    Ultimately, Trump has made it clear that he has little interest in the future of Ukraine – even suggesting Ukraine “might be Russia someday.”
    So, if Putin continues to drag the process along, it may give Trump a way out.
    Lough said that Putin’s KGB training has shaped the way he approaches negotiations.
    Putin has employed this technique on Trump in the past, according to Kalina Zhekova, an associate professor at University College London (UCL) who specializes in Russian foreign policy.
    When the two met in Helsinki in 2018, the Russian leader handed Trump a ball from the 2018 World Cup during the news conference, saying “now the ball is in your court,” in reference to efforts to improve the strained US-Russia relationship.
    Putin has many tricks in his diplomatic toolbox.
    He likes to keep his counterparts waiting by turning up late for meetings – sometimes by several hours.
    He often creates chaotic situations to get more options and can change his mind when it suits him, which makes it even more difficult to negotiate with him.
    Witkoff, a real estate magnate with zero previous experience in politics or diplomacy, has been trying to strike a deal with a former KGB lieutenant colonel who has outlasted five US presidents, eight UK prime ministers, three Chinese leaders and six NATO chiefs, having personally negotiated with many of them.
    The mismatch in expertise extends beyond Witkoff to the rest of the US negotiating team too.
    Instead of Kellogg, Witkoff was accompanied on some of his trips by Secretary of State Marco Rubio and national security adviser Mike Waltz.
    Both are experienced politicians but have no proven track record when it comes to Russia.
    Moscow might be dragging its feet in hopes that Trump will lose his patience and abandon his goal of ending the war.
    She added that, for Trump, getting the US out of Ukraine and stabilizing relations with Russia are more important than achieving peace.
    Russia’s launch of several major attacks against Ukraine over the past few weeks, including on Kyiv, indicates the Kremlin’s belief that the leverage US has – or is willing to use – is limited.
    Trump, of course, is not the first US president to believe he can build a good relationship with Russia.
    Greene, who is also a professor of Russian politics at King’s College London, said that this succession of failures has meant that Moscow “has come to see the United States as fundamentally inconsistent.”
    But while Putin was initially agreeable to cooperating with the Bush administration, being the first world leader to call Bush after the 9/11 attacks, their relationship soured fairly quickly.
    The key problem, experts say, is that the US and Russia simply do not understand each other – now or in decades past.
    Graham, who served as a special assistant to Bush, said that the only way forward is to understand that Russia and the US will always have a complex, competitive relationship.
    The point, Graham and others say, is that Russia will not disappear.
    It will continue to exist and have an interest in European security, in Ukraine and in competing with the Western world.
    The Russian state treats negotiations as political instruments for advancing the country’s strategic objectives.
    Today, these objectives include increasing Russian power over the countries of the former Soviet empire, dislodging US and Western influence in other strategic regions, enhancing Russia’s influence at a global level, and preserving the Russian regime.
    In pursuing these objectives, Russia views diplomacy very differently than the West.
    It does not apply to former colonial possessions close to the traditional Russian imperial heartland.
    This long-standing outlook derives from the Russian state’s historical experience of seeking domination over weaker neighbors.
    Russia’s view of negotiations also stems from its distinctive view of war and peace.
    Negotiations are a means to provide the Kremlin with an edge in a competitive process that can, theoretically, lead to conflict.
    After Mikhail Gorbachev, its influence waned, and Soviet foreign policy and negotiating behavior momentarily resembled the win-win approach long practiced by the West.
    This led to Russia and the United States achieving important arms control agreements and cooperation in other areas.
    Perceptions of threats from the West and resentment about Russia’s lost status grew, partly because of NATO enlargement and intervention in Serbia.
    After Putin became president in 2000, some cooperation with the West continued.
    Russia’s cynicism and sharp elbows have undermined international goodwill, and its repeated violation of international agreements has caused concern about the Kremlin’s good faith and durability in negotiations.
    The Kremlin can be highly pragmatic, transactional, and situational.
    Russian delegations are well-prepared, but delegation members have been called “rats in a box” by opposing diplomats, as they often have little discretion to interpret instructions from Moscow.
    For example, in 2022 those agencies were responsible for undermining an agreement on diplomatic visa reciprocity.
    Russian negotiators ask questions quickly, in an interrogatory manner, to establish control.
    Russian diplomats aim to leave opponents so exhausted, disoriented, and unable to concentrate that they agree to suboptimal outcomes.
    Also notorious is a Russian custom to keep interlocutors waiting for hours before talks begin.
    Lies and deception are justifiable tools to pursue the course of action.
    Spies operate under diplomatic cover, and Russian diplomats are encouraged to utilize the spy’s methods (maskirovka) to conceal, entrap, mislead, or swindle.
    """

    /// One sentence a line. Another topic, written for these tests: what a republisher might
    /// paste in (local news from elsewhere).
    static let elsewhere = """
    The harbour authority in Lowestoft opened a new tidal barrier on Saturday after four years of construction and repeated delays.
    Engineers say the steel gates can close within eleven minutes when forecasters warn of a storm surge in the North Sea.
    Local fishermen, who had complained that dredging disturbed their catch, were invited to watch the first test from the quayside.
    The barrier cost more than expected, largely because contractors discovered old timber foundations buried beneath the riverbed.
    A marathon through the old town drew nearly nine thousand runners, many of them raising money for a children’s hospice.
    The winner, a schoolteacher from Leeds, crossed the line in two hours and nineteen minutes despite a strong headwind along the promenade.
    Volunteers handed out bananas and paper cups of water at twelve stations, while a brass band played near the finish.
    Meanwhile, the county museum has reopened its natural history gallery with a restored skeleton of a woolly mammoth.
    Curators spent eighteen months cleaning the bones, which were dug out of a gravel quarry by workers in 1964.
    Visitors can now walk beneath the skeleton on a glass floor that shows layers of sediment, pollen and tiny freshwater shells.
    The gallery also features a reconstructed cave where children can sketch bison, deer and horses by torchlight.
    Farmers near the estuary reported an unusually early harvest of asparagus, helped by a mild spring and sandy soil.
    Growers warned, however, that a shortage of seasonal pickers could leave part of the crop rotting in the fields.
    At the annual flower show, a retired postman won the gold medal for a garden planted entirely with wild orchids and ferns.
    The judges praised his patient work with drainage, gravel paths and a small pond that attracts dragonflies in summer.
    Astronomers at the university observatory photographed a comet that will not return to the inner solar system for six thousand years.
    Its green glow, caused by carbon molecules breaking apart in sunlight, was visible with binoculars shortly after dusk.
    A bakery on the high street celebrated its centenary by baking a loaf shaped like the lighthouse that stands at the end of the pier.
    The owners, a family of four generations, still use a sourdough starter kept alive since the bakery first opened its doors.
    Residents queued around the corner for slices of the giant loaf, which took a team of six bakers most of the night to finish.
    """

    /// Words kept as they are when a sentence is respun: the English function words of the
    /// aligner's term extraction (Align/Terms.swift), which never count as terms. Keeping only
    /// these means two sentences respun from one line share no term by construction.
    static let functionWords = MatchingVocabulary.englishFunctionWords
    /// Number words: terms of their own ("five" → #5), so never vocabulary.
    static let numberWords = MatchingVocabulary.spelledNumbers

    // MARK: scanning

    /// A piece of a sentence as the generator sees it; the kinds mirror DriftKit's tokens
    /// (a word with an inner apostrophe is one token; a hyphen is a token of its own).
    struct Piece: Sendable {
        enum Kind: Sendable { case space, punctuation, function, content, possessive, number }
        var text: String
        var kind: Kind
    }

    static func key(_ w: String) -> String { String(w.lowercased().map { $0 == "’" ? "'" : $0 }) }

    /// Splits a sentence into pieces.
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
                out.append(Piece(text: String(x), kind: .space)); i += 1
            } else {
                out.append(Piece(text: String(x), kind: .punctuation)); i += 1
            }
        }
        return out
    }

    /// The term-like stems of a sentence: content words cut to five letters (as the aligner
    /// does) and numbers.
    static func stems(_ pieces: [Piece]) -> Set<String> {
        var out = Set<String>()
        for p in pieces {
            switch p.kind {
            case .content: out.insert(String(key(p.text).prefix(5)))
            case .number: out.insert("#" + p.text)
            default: break
            }
        }
        return out
    }

    // MARK: sources

    /// Sentences of one topic: real ones, their shapes, and the topic's vocabulary.
    struct Source: Sendable {
        var real: [String]
        var shapes: [[Piece]]
        var lower: [String]
        var capital: [String]

        init(_ corpus: String, excludingStems banned: Set<String> = []) {
            real = corpus.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            shapes = real.map { ArticleGen.scan($0) }
            var lo = Set<String>(), cap = Set<String>()
            for shape in shapes {
                for (k, p) in shape.enumerated() where p.kind == .content {
                    let stem = String(key(p.text).prefix(5))
                    if banned.contains(stem) || numberWords.contains(key(p.text)) { continue }
                    let initial = !shape[..<k].contains { $0.kind == .function || $0.kind == .content || $0.kind == .number }
                    if p.text.first!.isUppercase {
                        // Title-like abbreviations ("Gen") would end sentences: names of four letters or more, or acronyms.
                        if !initial && (p.text.count >= 4 || p.text.allSatisfy(\.isUppercase)) { cap.insert(p.text) }
                    } else if p.text.count >= 3 {
                        lo.insert(p.text)
                    }
                }
            }
            lower = lo.sorted(); capital = cap.sorted()
        }

        var stems: Set<String> { Set((lower + capital).map { String(key($0).prefix(5)) }) }

        /// A sentence: a real one (one time in four) or one respun from a real one.
        func sentence(_ rng: inout some RandomNumberGenerator) -> String {
            if Int.random(in: 0..<4, using: &rng) == 0 { return real.randomElement(using: &rng)! }
            let shape = shapes.randomElement(using: &rng)!
            var out = ""
            var sawWord = false
            for p in shape {
                switch p.kind {
                case .content:
                    if !sawWord {
                        let w = Int.random(in: 0..<3, using: &rng) == 0 ? capital.randomElement(using: &rng)! : lower.randomElement(using: &rng)!
                        out += w.prefix(1).uppercased() + w.dropFirst()
                    } else {
                        out += (p.text.first!.isUppercase ? capital : lower).randomElement(using: &rng)!
                    }
                    sawWord = true
                case .number:
                    let digits = p.text.filter(\.isNumber).count
                    if digits == 4 { out += String(Int.random(in: 1950...2025, using: &rng)) }
                    else { out += String(Int.random(in: 1...max(1, Int(pow10(digits)) - 1), using: &rng)) }
                    sawWord = true
                case .function:
                    out += sawWord ? p.text : p.text.prefix(1).uppercased() + p.text.dropFirst()
                    sawWord = true
                default:
                    out += p.text
                }
            }
            return out
        }
    }

    static func pow10(_ n: Int) -> Double { (0..<min(n, 9)).reduce(1.0) { r, _ in r * 10 } }

    static let newsSource = Source(news)
    static let elsewhereSource = Source(elsewhere, excludingStems: newsSource.stems)

    /// Sentences of one document, kept distinct: a new sentence may share at most a quarter
    /// of its stems (and never 4) with any sentence already written.
    struct Writer {
        var written: [Set<String>] = []
        var texts = Set<String>()

        static func clashes(_ a: Set<String>, _ b: Set<String>) -> Bool {
            let shared = a.intersection(b).count
            return shared >= 4 || (shared >= 2 && Double(shared) >= 0.25 * Double(min(a.count, b.count)))
        }

        /// A new sentence of `source`, or nil after many tries (a document too long for the topic).
        /// `maxShared`: when given, the sentence shares at most that many stems with every
        /// sentence written so far (a same-topic insertion that is not a paraphrase of any).
        mutating func next(_ source: Source, _ rng: inout some RandomNumberGenerator, minStems: Int = 3, maxShared: Int? = nil) -> String? {
            for _ in 0..<200 {
                let s = source.sentence(&rng)
                let st = ArticleGen.stems(ArticleGen.scan(s))
                if st.count < minStems || texts.contains(s) || written.contains(where: { Writer.clashes($0, st) }) { continue }
                if let m = maxShared, written.contains(where: { $0.intersection(st).count > m }) { continue }
                written.append(st); texts.insert(s)
                return s
            }
            return nil
        }
    }

    // MARK: edits

    /// Which edits to plant and how many of each (ranges of counts).
    struct Mix: Sendable {
        var insertions: ClosedRange<Int> = 0...0
        var deletions: ClosedRange<Int> = 0...0
        var splits: ClosedRange<Int> = 0...0
        var merges: ClosedRange<Int> = 0...0
        var moves: ClosedRange<Int> = 0...0
        var substitutions: ClosedRange<Int> = 0...0
        /// The hard cases (issue #18), each off by default:
        /// inserted sentences from the article's own topic (sharing at most one stem with any
        /// sentence of it) instead of another topic;
        var sameTopicInsertions = false
        /// edits next to each other (no untouched sentence required between two edits);
        var adjacent = false
        /// the first and last sentences offered first for edits, and insertions after the last;
        var ends = false
        /// a moved sentence also has a word substituted, and may move only a few sentences;
        var editedMoves = false
        /// a sentence split at any of its commas, not only the first.
        var splitAnywhere = false

        static let none = Mix()
        static let mixed = Mix(insertions: 0...3, deletions: 0...3, splits: 0...2, merges: 0...2, moves: 0...2, substitutions: 0...3)
        /// Every hard case at once.
        static let hard = Mix(insertions: 1...3, deletions: 0...3, splits: 0...2, merges: 0...1, moves: 0...2, substitutions: 0...3,
                              sameTopicInsertions: true, adjacent: true, ends: true, editedMoves: true, splitAnywhere: true)
    }

    struct Substitution: Sendable {
        var original: Int, copy: Int
        var removed: [String], added: [String]
    }

    /// An original, a copy made from it with planted edits, and where each edit went.
    /// Sentence ids are positions in `original` / `copy`, as the segmenter numbers them.
    struct Pair: Sendable, CustomTestStringConvertible {
        var original: [String] = []
        var copy: [String] = []
        var originalText = ""
        var copyText = ""
        /// Copy ids of planted sentences from the other topic.
        var inserted: [Int] = []
        /// Original ids of sentences the copy dropped.
        var deleted: [Int] = []
        /// Original id → the first of the two copy ids it was split into (at a comma).
        var splits: [(original: Int, copy: Int)] = []
        /// First of two original ids → the copy id of the sentence they were joined into.
        var merges: [(original: Int, copy: Int)] = []
        /// Original id → copy id, at least 10 sentences away from where it stood (3 with
        /// `Mix.editedMoves`, whose moved sentences may also have a word substituted).
        var moves: [(original: Int, copy: Int)] = []
        var substitutions: [Substitution] = []
        /// Original id → copy id of every sentence kept as it was.
        var kept: [(original: Int, copy: Int)] = []

        /// The pair without one kept sentence (original id `o`, copy id `c`), every id renumbered;
        /// nil when the texts no longer segment into the planned sentences. Used to shrink a failure.
        func removing(original o: Int, copy c: Int) -> Pair? {
            var p = self
            func fo(_ x: Int) -> Int { x > o ? x - 1 : x }
            func fc(_ x: Int) -> Int { x > c ? x - 1 : x }
            p.original.remove(at: o); p.copy.remove(at: c)
            p.inserted = inserted.map(fc); p.deleted = deleted.map(fo)
            p.splits = splits.map { (fo($0.original), fc($0.copy)) }
            p.merges = merges.map { (fo($0.original), fc($0.copy)) }
            p.moves = moves.map { (fo($0.original), fc($0.copy)) }
            p.substitutions = substitutions.map { Substitution(original: fo($0.original), copy: fc($0.copy), removed: $0.removed, added: $0.added) }
            p.kept = kept.filter { $0.original != o }.map { (fo($0.original), fc($0.copy)) }
            p.originalText = p.original.joined(separator: "\n\n") + "\n"
            p.copyText = p.copy.joined(separator: "\n\n") + "\n"
            guard ArticleGen.segments(p.originalText) == p.original, ArticleGen.segments(p.copyText) == p.copy else { return nil }
            return p
        }

        var testDescription: String {
            var parts = ["\(original.count) → \(copy.count) sentences"]
            if !inserted.isEmpty { parts.append("inserted copy \(inserted)") }
            if !deleted.isEmpty { parts.append("deleted original \(deleted)") }
            if !splits.isEmpty { parts.append("splits " + splits.map { "\($0.original)→\($0.copy),\($0.copy + 1)" }.joined(separator: " ")) }
            if !merges.isEmpty { parts.append("merges " + merges.map { "\($0.original),\($0.original + 1)→\($0.copy)" }.joined(separator: " ")) }
            if !moves.isEmpty { parts.append("moves " + moves.map { "\($0.original)→\($0.copy)" }.joined(separator: " ")) }
            if !substitutions.isEmpty {
                parts.append("substitutions " + substitutions.map { "\($0.original)→\($0.copy) \($0.removed)→\($0.added)" }.joined(separator: " "))
            }
            return parts.joined(separator: "; ")
        }
    }

    /// What happens to one original sentence.
    enum Plan { case keep, delete, split(String, String), merge(String), substitute(String, [String], [String]), move(String?) }

    /// The copy, as a list of pieces with their origin.
    enum Item {
        case keep(Int, String), moved(Int, String), inserted(String)
        case split(Int, String, String), merged(Int, String), substituted(Int, String, [String], [String])
        var isPlainKeep: Bool { if case .keep = self { return true }; return false }
        var sentences: [String] {
            switch self {
            case let .keep(_, s), let .moved(_, s), let .inserted(s), let .merged(_, s), let .substituted(_, s, _, _): return [s]
            case let .split(_, a, b): return [a, b]
            }
        }
    }

    /// Splits a sentence at a comma into two sentences of four words or more each, both with
    /// content (`"A, b c."` → `"A."`, `"B c."`); nil when it has no such comma or has quotes.
    /// `anywhere`: at any such comma (drawn with `rng`), not the first.
    static func split(_ s: String, anywhere: Bool = false, _ rng: inout some RandomNumberGenerator) -> (String, String)? {
        guard s.hasSuffix("."), !s.contains(where: { "“”\"‘()".contains($0) }) else { return nil }
        let p = scan(s)
        let wordKinds: Set<Piece.Kind> = [.function, .content, .number]
        var options: [Int] = []
        for (k, q) in p.enumerated() where q.text == "," && k + 2 < p.count && p[k + 1].kind == .space && (p[k + 2].kind == .function || p[k + 2].kind == .content) {
            let left = p[..<k], right = p[(k + 2)...]
            if left.count(where: { wordKinds.contains($0.kind) }) >= 4 && right.count(where: { wordKinds.contains($0.kind) }) >= 4
                && stems(Array(left)).count >= 2 && stems(Array(right)).count >= 2
                && left.last!.kind != .punctuation {
                options.append(k)
            }
        }
        guard let k = anywhere ? options.randomElement(using: &rng) : options.first else { return nil }
        let a = p[..<k].map(\.text).joined() + "."
        let rest = p[(k + 2)...].map(\.text).joined()
        return (a, rest.prefix(1).uppercased() + rest.dropFirst())
    }

    /// Joins two sentences into one (`"A."`, `"The b."` → `"A; the b."` or `"A, and the b."`).
    static func merge(_ a: String, _ b: String, _ rng: inout some RandomNumberGenerator) -> String? {
        guard a.hasSuffix("."), let last = a.dropLast().last, last.isLetter || last.isNumber,
              let first = scan(b).first(where: { $0.kind != .space }), first.kind == .function || first.kind == .content else { return nil }
        let b2 = first.kind == .function && first.text != "I" ? b.prefix(1).lowercased() + b.dropFirst() : b
        return String(a.dropLast()) + (Bool.random(using: &rng) ? "; " : ", and ") + b2
    }

    /// Replaces `count` content words, at least two tokens apart, by other words of the topic
    /// (keeping capitals). Returns the new sentence and the words removed and added.
    static func substitute(_ s: String, count: Int, from source: Source, _ rng: inout some RandomNumberGenerator) -> (String, [String], [String])? {
        var p = scan(s)
        let st = stems(p)
        // Candidates: content words not glued to a possessive, and not next to the same word
        // ("attempts attempts" → "succession attempts" has two minimal diffs: the planted one,
        // and the first "attempts" kept with the second deleted).
        func neighbour(_ i: Int, _ step: Int) -> String? {
            var j = i + step
            while j >= 0 && j < p.count {
                if p[j].kind != .space { return p[j].text.lowercased() }
                j += step
            }
            return nil
        }
        let cand = p.indices.filter {
            p[$0].kind == .content && ($0 + 1 == p.count || p[$0 + 1].kind != .possessive)
                && neighbour($0, -1) != p[$0].text.lowercased() && neighbour($0, 1) != p[$0].text.lowercased()
        }
        // Non-space pieces, to measure token distance.
        func tokensBetween(_ i: Int, _ j: Int) -> Int { p[(i + 1)..<j].count { $0.kind != .space && $0.kind != .possessive } }
        guard p.count(where: { $0.kind == .function || $0.kind == .content || $0.kind == .number }) >= 8, st.count >= 3 * count else { return nil }
        var chosen: [Int] = []
        for i in cand.shuffled(using: &rng) where chosen.count < count {
            if chosen.allSatisfy({ tokensBetween(min($0, i), max($0, i)) >= 2 }) { chosen.append(i) }
        }
        guard chosen.count == count else { return nil }
        chosen.sort()
        var removed: [String] = [], added: [String] = []
        var used = st
        for i in chosen {
            let old = p[i].text
            let initial = !p[..<i].contains { $0.kind == .function || $0.kind == .content || $0.kind == .number }
            let pool = old.first!.isUppercase && !initial ? source.capital : source.lower
            guard let w = pool.shuffled(using: &rng).first(where: { !used.contains(String(key($0).prefix(5))) }) else { return nil }
            used.insert(String(key(w).prefix(5)))
            let new = old.first!.isUppercase ? w.prefix(1).uppercased() + w.dropFirst() : w
            removed.append(old); added.append(new)
            p[i].text = new
        }
        return (p.map(\.text).joined(), removed, added)
    }

    /// A pair with `n` original sentences (in `sentences`) and the edits of `mix`; nil when the
    /// edits asked for do not fit (too few sentences), so the property checker draws again.
    static func makePair(sentences: ClosedRange<Int>, mix: Mix, _ rng: inout some RandomNumberGenerator) -> Pair? {
        let n = Int.random(in: sentences, using: &rng)
        var writer = Writer()
        var orig: [String] = []
        for _ in 0..<n { guard let s = writer.next(newsSource, &rng) else { return nil }; orig.append(s) }

        // Edits stand apart: every edit's span has an untouched sentence on each side (unless
        // `mix.adjacent`, when only the span itself must be untouched).
        var plan = [Plan](repeating: .keep, count: n)
        var insertBefore = Set<Int>()
        var busy = [Bool](repeating: false, count: n + 1)
        let margin = mix.adjacent ? 0 : 1
        func free(_ r: ClosedRange<Int>) -> Bool {
            (max(0, r.lowerBound - margin)...min(n, r.upperBound + margin)).allSatisfy { !busy[$0] }
        }
        func take(_ r: ClosedRange<Int>) { for k in r { busy[k] = true } }
        var g = rng // one generator for the planning closures below
        var order = Array(0..<n)
        func pick(_ want: Int, positions: Int? = nil, _ fits: (Int) -> Bool) -> Int {
            var got = 0
            order = Array(0..<(positions ?? n))
            order.shuffle(using: &g)
            // With `mix.ends`, the first and last positions are tried first.
            if mix.ends { let last = (positions ?? n) - 1; order.removeAll { $0 == 0 || $0 == last }; order = [last, 0].shuffled(using: &g) + order }
            for p in order where got < want && fits(p) { got += 1 }
            return got
        }
        let want = (ins: Int.random(in: mix.insertions, using: &g), del: Int.random(in: mix.deletions, using: &g),
                    split: Int.random(in: mix.splits, using: &g), merge: Int.random(in: mix.merges, using: &g),
                    move: Int.random(in: mix.moves, using: &g), sub: Int.random(in: mix.substitutions, using: &g))
        var got = (ins: 0, del: 0, split: 0, merge: 0, move: 0, sub: 0)
        var movedEdits: [Int: ([String], [String])] = [:] // original id → words removed, added
        got.merge = pick(want.merge) { p in
            guard p + 1 < n, free(p...(p + 1)), let m = merge(orig[p], orig[p + 1], &g) else { return false }
            plan[p] = .merge(m); take(p...(p + 1)); return true
        }
        got.split = pick(want.split) { p in
            guard free(p...p), let (a, b) = split(orig[p], anywhere: mix.splitAnywhere, &g) else { return false }
            plan[p] = .split(a, b); take(p...p); return true
        }
        got.sub = pick(want.sub) { p in
            guard free(p...p), let (s, r, a) = substitute(orig[p], count: Int.random(in: 1...2, using: &g), from: newsSource, &g) else { return false }
            plan[p] = .substitute(s, r, a); take(p...p); return true
        }
        got.move = pick(want.move) { p in
            guard n >= (mix.editedMoves ? 8 : 14), free(p...p) else { return false }
            // An edited move: one word substituted too (when the sentence has room for it).
            let edited = mix.editedMoves ? substitute(orig[p], count: 1, from: newsSource, &g) : nil
            if let e = edited { movedEdits[p] = (e.1, e.2) }
            plan[p] = .move(edited?.0); take(p...p); return true
        }
        got.del = pick(want.del) { p in
            guard free(p...p) else { return false }
            plan[p] = .delete; take(p...p); return true
        }
        // Before sentence p; p == n (after the last sentence) only with `mix.ends`.
        got.ins = pick(want.ins, positions: mix.ends ? n + 1 : n) { p in
            guard mix.adjacent ? !insertBefore.contains(p) : free(max(0, p - 1)...p) else { return false }
            insertBefore.insert(p); if !mix.adjacent { take(max(0, p - 1)...p) }; return true
        }
        rng = g
        // Every kind the mix requires at least once must be there.
        if (mix.insertions.lowerBound > 0 && got.ins == 0) || (mix.deletions.lowerBound > 0 && got.del == 0)
            || (mix.splits.lowerBound > 0 && got.split == 0) || (mix.merges.lowerBound > 0 && got.merge == 0)
            || (mix.moves.lowerBound > 0 && got.move == 0) || (mix.substitutions.lowerBound > 0 && got.sub == 0) { return nil }

        var items: [Item] = []
        var p = 0
        func insertion() -> String? {
            mix.sameTopicInsertions ? writer.next(newsSource, &rng, maxShared: 1) : writer.next(elsewhereSource, &rng)
        }
        while p <= n {
            if insertBefore.contains(p) {
                guard let s = insertion() else { return nil }
                items.append(.inserted(s))
            }
            if p == n { break }
            switch plan[p] {
            case .keep: items.append(.keep(p, orig[p]))
            case .delete: break
            case let .split(a, b): items.append(.split(p, a, b))
            case let .merge(m): items.append(.merged(p, m)); p += 1
            case let .substitute(s, r, a): items.append(.substituted(p, s, r, a))
            case .move(let edited): items.append(.moved(p, edited ?? orig[p]))
            }
            p += 1
        }
        // Moves: take the sentence out and put it back at least 10 sentences away (3 for
        // edited moves), between two untouched sentences.
        let distance = mix.editedMoves ? 3 : 10
        let movers = items.compactMap { item -> Int? in if case let .moved(o, _) = item { return o }; return nil }
        for o in movers {
            let k = items.firstIndex { if case let .moved(x, _) = $0 { return x == o }; return false }!
            let item = items.remove(at: k)
            let spots = (0...items.count).filter { d in
                abs(d - k) >= distance && d > 0 && d < items.count && items[d - 1].isPlainKeep && items[d].isPlainKeep
            }
            if let d = spots.randomElement(using: &rng) {
                items.insert(item, at: d)
            } else if case let .moved(o, s) = item {
                // No room: leave it (an edited one as a substitution).
                if let (r, a) = movedEdits[o] { items.insert(.substituted(o, s, r, a), at: k) } else { items.insert(.keep(o, s), at: k) }
            }
        }

        var pair = Pair()
        pair.original = orig
        for item in items {
            let c = pair.copy.count
            switch item {
            case let .keep(o, _): pair.kept.append((o, c))
            case let .moved(o, _): pair.moves.append((o, c))
            case .inserted: pair.inserted.append(c)
            case let .split(o, _, _): pair.splits.append((o, c))
            case let .merged(o, _): pair.merges.append((o, c))
            case let .substituted(o, _, r, a): pair.substitutions.append(Substitution(original: o, copy: c, removed: r, added: a))
            }
            pair.copy += item.sentences
        }
        if mix.moves.lowerBound > 0 && pair.moves.isEmpty { return nil }
        pair.deleted = (0..<n).filter { if case .delete = plan[$0] { return true }; return false }
        pair.originalText = layout(pair.original, &rng)
        pair.copyText = layout(pair.copy, &rng)
        // The segmenter must find the sentences the plan numbers (it does not split after some
        // words ICU takes for abbreviations, "…to NATO. Both…"): otherwise draw again.
        guard segments(pair.originalText) == pair.original, segments(pair.copyText) == pair.copy else { return nil }
        return pair
    }

    static func segments(_ text: String) -> [String]? {
        guard let d = try? Document.from(text: text) else { return nil }
        return d.sentences.map { d.text(of: $0) }
    }

    /// Paragraphs of one to four sentences, separated by blank lines.
    static func layout(_ sentences: [String], _ rng: inout some RandomNumberGenerator) -> String {
        var paragraphs: [String] = []
        var k = 0
        while k < sentences.count {
            let len = min(sentences.count - k, Int.random(in: 1...4, using: &rng))
            paragraphs.append(sentences[k..<(k + len)].joined(separator: " "))
            k += len
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Pairs of documents with `sentences` original sentences and the edits of `mix`.
    static func pairs(sentences: ClosedRange<Int> = 10...60, mix: Mix) -> Generator<Pair, Shrink.None<Pair?>> {
        Generator<Pair?, Shrink.None<Pair?>> { rng in makePair(sentences: sentences, mix: mix, &rng) }.compactMap { $0 }
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
