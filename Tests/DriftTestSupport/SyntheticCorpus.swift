import DriftCorpus
import DriftKit
import Foundation

/// The corpus recipe (see `ArticleGen`): a generated corpus for tests and benchmarks,
/// originals made of real sentences and one edited copy of each (`drift-bench corpus-synth`,
/// Tests/DriftCorpusTests).
///
/// The sentences of the seed texts (of at least `minWords` words, each used as written) form a
/// pool. Each original is 8–14 sentences drawn from the pool without repetition, one paragraph
/// per 3 sentences. Each copy keeps its original's sentences in order, then: drops 1–2
/// sentences, inserts 1–2 sentences from the pool that the original does not hold, and
/// rewords 1–2 words (a word of four letters or more replaced by another word of the pool)
/// in about a third of its sentences. Two originals share a sentence now and then, since
/// the pool is small (a few hundred sentences): that is the hard case for finding a source.
///
/// Deterministic for a given seed and seed texts.
package struct SyntheticCorpus {
    package struct Item: Sendable {
        /// `originals/00001.txt` or `copies/00001.txt`.
        package var name: String
        package var text: String
        package var role: CorpusRole
        /// For a copy, the name of its original.
        package var source: String?
    }

    /// Shortest sentence taken into the pool, in words: shorter units are headings,
    /// bylines and captions, which repeat across articles.
    package static let minWords = 6

    package var pool: [String]
    var vocabulary: [String]
    var rng: SplitMix64

    /// `texts`: the seed texts (plain text or Markdown).
    package init(texts: [String], seed: UInt64 = 1) throws {
        var seen = Set<String>()
        var pool: [String] = []
        var vocab = Set<String>()
        for t in texts {
            let d = try Document.from(text: t, format: t.hasPrefix("---\n") ? .markdown : .text)
            for s in d.sentences where !s.isLine {
                let words = s.tokens.filter { $0.kind == .word }
                guard words.count >= SyntheticCorpus.minWords else { continue }
                let text = d.text(of: s).replacingOccurrences(of: "\n", with: " ")
                if seen.insert(text).inserted { pool.append(text) }
                for w in words where w.key.count >= 4 && w.key.allSatisfy({ $0.isLetter }) { vocab.insert(d.text(w.start, w.end)) }
            }
        }
        guard pool.count >= 40 else { throw DriftError("synthetic corpus", "seed texts give only \(pool.count) sentences; need 40") }
        self.pool = pool
        self.vocabulary = vocab.sorted()
        self.rng = SplitMix64(seed: seed)
    }

    /// `count` documents: `count / 2` originals (rounded up) and a copy of each of the
    /// first `count / 2`, originals first.
    package mutating func generate(count: Int) -> [Item] {
        let nOrig = (count + 1) / 2
        let nCopy = count / 2
        var originals: [[Int]] = []
        var items: [Item] = []
        for i in 0..<nOrig {
            let k = rng.int(8...14)
            var picked: [Int] = []
            var used = Set<Int>()
            while picked.count < k {
                let j = rng.int(0...(pool.count - 1))
                if used.insert(j).inserted { picked.append(j) }
            }
            originals.append(picked)
            items.append(Item(name: String(format: "originals/%05d.txt", i + 1), text: render(picked.map { pool[$0] }), role: .original, source: nil))
        }
        for i in 0..<nCopy {
            let orig = originals[i]
            var sentences = orig.map { pool[$0] }
            for _ in 0..<rng.int(1...2) where sentences.count > 4 { sentences.remove(at: rng.int(0...(sentences.count - 1))) }
            let own = Set(orig)
            for _ in 0..<rng.int(1...2) {
                var j = rng.int(0...(pool.count - 1))
                while own.contains(j) { j = rng.int(0...(pool.count - 1)) }
                sentences.insert(pool[j], at: rng.int(0...sentences.count))
            }
            for s in sentences.indices where rng.int(0...2) == 0 { sentences[s] = reword(sentences[s]) }
            items.append(Item(name: String(format: "copies/%05d.txt", i + 1), text: render(sentences), role: .copy,
                              source: items[i].name))
        }
        return items
    }

    /// Replaces one or two words of four letters or more with other words of the pool.
    mutating func reword(_ s: String) -> String {
        var words = s.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let long = words.indices.filter { words[$0].count >= 4 && words[$0].allSatisfy { $0.isLetter } }
        guard !long.isEmpty else { return s }
        for _ in 0..<rng.int(1...2) {
            let i = long[rng.int(0...(long.count - 1))]
            words[i] = vocabulary[rng.int(0...(vocabulary.count - 1))]
        }
        return words.joined(separator: " ")
    }

    /// Three sentences per paragraph, paragraphs one per line with a blank line between.
    func render(_ sentences: [String]) -> String {
        stride(from: 0, to: sentences.count, by: 3)
            .map { sentences[$0..<min(sentences.count, $0 + 3)].joined(separator: " ") }
            .joined(separator: "\n\n") + "\n"
    }
}
