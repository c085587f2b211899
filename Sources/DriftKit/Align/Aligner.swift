import Foundation

/// Sentence alignment: monotone dynamic programming over beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1,
/// 1-0 and 0-1, then a pass that links moved sentences and one that resolves passages the
/// original repeats; each bead gets its similarity. Which sentences pair, not how they
/// differ: two-sided beads come out as `paraphrase` (or `moved`) with no word diff, and the
/// pipeline (`Comparison.align`) runs the word diff and `Relations.classify` after this.
/// - Complexity: O(n·m) for small inputs; O((n + m)·w) with a band of half-width w otherwise.
public struct Aligner {
    public var options: AlignOptions
    /// Sentences (both documents) from which parts of the search run on all cores
    /// (`defaultParallelSentences`); tests set it to compare the two paths.
    var parallelSentences = Aligner.defaultParallelSentences
    /// Cells per block of 1-1 scores in the bead search (`defaultBlockCells`); tests make
    /// blocks small, so that a small pair runs through many.
    var blockCells = Aligner.defaultBlockCells
    /// Whether the bead search skips scoring a merged bead whose bound (from its pairs'
    /// shared weights) cannot beat the best bead found for its cell; tests turn it off to
    /// check that the skipping changes no bead.
    var boundMergedBeads = true
    public init(options: AlignOptions = .init()) { self.options = options }

    /// True when documents of this size are aligned with the parallel parts.
    func parallel(_ a: Document, _ b: Document) -> Bool { a.sentences.count + b.sentences.count >= parallelSentences }

    /// Bead shapes (original sentences, copy sentences) the search tries, in this order.
    static let beadShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]

    public func align(_ a: Document, _ b: Document) -> Alignment {
        // Documents in two languages share few words: their own terms (`CrossLanguage`).
        if a.language != b.language { return CrossLanguage.align(a, b, self) }
        return align(a, b, space: Space(a, b, parallel: parallel(a, b)))
    }

    func align(_ a: Document, _ b: Document, space: Space) -> Alignment {
        // Passages a document repeats verbatim are set aside before the search: the copy
        // links to the first occurrence; the repeat becomes its own one-sided bead.
        let par = parallel(a, b)
        let sides = [(space.orig, space.copy), (space.copy, space.orig)]
        let reps = Aligner.map(2, parallel: par, minRun: 1) { Aligner.repeats(sides[$0].0, other: sides[$0].1) }
        let repO = reps[0], repC = reps[1]
        let oid = space.orig.indices.filter { repO[$0] < 0 }, cid = space.copy.indices.filter { repC[$0] < 0 }
        let n = oid.count, m = cid.count
        var notes: [String] = []
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: m, count: n + 1)
        if n * m > options.exhaustiveCells {
            let anchors = findAnchors(space, oid, cid, parallel: par)
            (lo, hi) = band(anchors: anchors, n: n, m: m, w: options.bandHalfWidth)
            notes.append("banded search: \(anchors.count) anchors, half-width \(options.bandHalfWidth) sentences (documents over \(options.exhaustiveCells) sentence pairs)")
        }
        var beads = dynamicProgram(space, oid, cid, lo: lo, hi: hi, parallel: par)
        beads = linkMoves(space, beads, parallel: par)
        beads = Aligner.insertRepeats(beads, repO, repC)
        let final = beads
        let similarities = Aligner.map(final.count, parallel: par) { similarity(final[$0], space, a, b) }
        for k in beads.indices { beads[k].similarity = similarities[k] }
        return Alignment(beads: beads, notes: notes)
    }
}
