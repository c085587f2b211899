import DriftTestSupport
import Foundation
import Testing
@testable import DriftKit

/// Above `Aligner.defaultParallelSentences` the aligner runs parts of its search on all
/// cores (issue #13). That must not change a single bead: the same sentences paired, the same
/// similarity to the last bit. On a generated pair of a few hundred sentences, the parallel
/// path (forced, with blocks of a few rows so that the 1-1 scores are computed ahead through
/// many blocks and wrap around their ring) and the serial one must agree exactly.
@Suite("Parallel alignment")
struct ParallelAlignmentTests {
    static let pair: (Document, Document) = {
        let synth = try! ArticleGen.Scaled(seeds: Fixtures.url("seeds").path)
        let (o, c, _) = synth.pair(600, seed: 13)
        return (try! Fixtures.document(ArticleGen.Scaled.layout(o, seed: 1), path: "o.txt"),
                try! Fixtures.document(ArticleGen.Scaled.layout(c, seed: 2), path: "c.txt"))
    }()

    /// Every bead as text, its similarity as bits.
    static func beads(_ a: Alignment) -> [String] {
        a.beads.map { "\($0.original)|\($0.copy)|\($0.relation)|\($0.similarity.bitPattern)|\($0.duplicateOf ?? [])" }
    }

    /// exhaustiveCells: 9M (the default) searches the whole table; 100 forces the band
    /// around anchors (found in parallel too).
    @Test(arguments: [9_000_000, 100])
    func parallelPathGivesTheSameBeads(exhaustiveCells: Int) {
        let (o, c) = Self.pair
        var serial = Aligner()
        serial.options.exhaustiveCells = exhaustiveCells
        serial.parallelSentences = .max
        var parallel = serial
        parallel.parallelSentences = 0
        parallel.blockCells = 1 // blocks of 4 rows
        let s = serial.align(o, c), p = parallel.align(o, c)
        #expect(o.sentences.count > 500 && c.sentences.count > 500)
        #expect(s.beads.count > 500)
        #expect(s.notes == p.notes)
        let sb = Self.beads(s), pb = Self.beads(p)
        let first = sb.count == pb.count ? sb.indices.first { sb[$0] != pb[$0] } : min(sb.count, pb.count)
        #expect(first == nil, "serial \(first.map { $0 < sb.count ? sb[$0] : "-" } ?? "") ≠ parallel \(first.map { $0 < pb.count ? pb[$0] : "-" } ?? "")")
        // The pair is aligned, not degenerate: most sentences pair with their copy.
        #expect(s.beads.filter { !$0.original.isEmpty && !$0.copy.isEmpty }.count > 500)
    }
    /// The bead search skips scoring a merged bead (1-2, 2-1, 2-2, 1-3, 3-1) when a bound
    /// made from its pairs' shared term weights shows it cannot beat its cell's best bead.
    /// The bound must never be below the score: on the generated pair (whose edits split
    /// and join sentences) and on the seed pairs, the search with and without the skipping
    /// gives the same beads.
    @Test("skipping merged beads by their bound changes no bead")
    func mergedBeadBoundChangesNothing() throws {
        let seeds = [("000_38827089d7ed5e23.txt", "001_1108ccf958a2eb64.txt"), ("000_38827089d7ed5e23.txt", "002_b574043853d4dd9c.txt")]
        var pairs = [Self.pair]
        for (o, c) in seeds { pairs.append((try Fixtures.seed(o), try Fixtures.seed(c))) }
        var merged = 0
        for (o, c) in pairs {
            let skipping = Aligner()
            var scoring = skipping
            scoring.boundMergedBeads = false
            let a = skipping.align(o, c)
            #expect(Self.beads(a) == Self.beads(scoring.align(o, c)))
            merged += a.beads.filter { $0.original.count + $0.copy.count > 2 }.count
        }
        // The pairs have merged beads for the bound to be tried on.
        #expect(merged >= 5)
    }

    /// A segmented document's tokens carry their keys' numbers (`Document.keys`), from which
    /// the term table takes each distinct key once; documents without them (sentences
    /// changed after segmentation) look every token's key up. Both must give the same
    /// profiles, to the last bit, and so the same beads.
    @Test("numbered keys give the profiles and beads that key lookups give", arguments: [false, true])
    func numberedKeysAsLookups(parallel: Bool) {
        let (o, c) = Self.pair
        var lo = o, lc = c
        lo.sentences = o.sentences; lc.sentences = c.sentences
        #expect(o.keys != nil && c.keys != nil && lo.keys == nil && lc.keys == nil)
        func profiles(_ sp: Aligner.Space) -> [String] {
            (sp.orig + sp.copy).map { "\($0.terms) \($0.weight.bitPattern) \($0.hash) \($0.length)" }
        }
        let numbered = Aligner.Space(o, c, parallel: parallel), looked = Aligner.Space(lo, lc, parallel: parallel)
        #expect(profiles(numbered) == profiles(looked))
        #expect(numbered.w.map(\.bitPattern) == looked.w.map(\.bitPattern))
        var aligner = Aligner()
        aligner.parallelSentences = parallel ? 0 : .max
        #expect(Self.beads(aligner.align(o, c)) == Self.beads(aligner.align(lo, lc)))
    }

    /// Above `Relations.parallelBeads` the beads' relations are judged on every core: each
    /// bead must get the relation the serial pass gives it.
    @Test func relationsJudgedInParallelAreTheSerialOnes() {
        let (o, c) = Self.pair
        var al = Aligner().align(o, c)
        WordDiff.diff(&al, o, c, isContentWord: Comparison.isContentWord)
        var serial = al, parallel = al
        Relations.classify(&serial, o, c, parallelAbove: .max)
        Relations.classify(&parallel, o, c, parallelAbove: 0)
        #expect(serial.beads.map(\.relation) == parallel.beads.map(\.relation))
        // Not one relation for all: the pair has kept, edited and unpaired sentences.
        #expect(Set(serial.beads.map(\.relation)).count >= 3)
    }
}
