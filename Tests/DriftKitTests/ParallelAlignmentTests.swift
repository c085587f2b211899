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
