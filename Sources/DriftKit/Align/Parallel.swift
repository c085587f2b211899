import Foundation

/// The aligner on both cores (issue #13): the parts whose items are independent — the
/// sentence profiles, the 1-1 scores of the band, the rare-term anchors, the move candidates,
/// the beads' similarities — are cut into runs spread over the cores with `ParallelMap`. Each
/// item is computed as in the serial pass and lands in the same place, so the alignment is the
/// same bit for bit; only the time changes. The dynamic program's recurrence stays serial.
extension Aligner {
    /// Sentences of both documents (original + copy) from which the aligner runs its parts in
    /// parallel; below, all on one core. Scale: sentences. Value: the aligner costs ≈ 10 µs
    /// of CPU a sentence (2.0 s for the 100k pair's 200k sentences; docs/benchmarks.md,
    /// 2026-12-03) and a parallel part costs some tens of µs to dispatch (a dozen parts, plus
    /// one per block of rows in the bead search), so at 2,000 sentences (≈ 20 ms of work, two
    /// long reports) the dispatch is a few per cent of what it spreads; the seeds and samples
    /// (100–600 sentences a pair) stay on the serial path. An estimate from those two
    /// figures, not a tuned optimum: nothing between 600 and 20,000 sentences was timed.
    static let defaultParallelSentences = 2_000

    /// Cells of the band per block of 1-1 scores computed ahead of the bead search's
    /// recurrence (`dynamicProgram`), rounded to whole rows (a power of two, 4 to 4,096 of
    /// them). Scale: cells (5 bytes each: a score and a flag). Value: 2^16 cells — 1,024 rows
    /// at the default band of 40 (≈ 90 cells a row) — makes a block's dispatch (some tens of
    /// µs) small beside its work (≈ 3 ms of scoring beside ≈ 6 ms of recurrence on the 100k
    /// pair), while the ring of 4 blocks (≈ 1.8 MB) stays small beside the band's back
    /// pointers (1 byte a cell, 9 MB on the 100k pair).
    static let defaultBlockCells = 1 << 16

    /// The machine's cores.
    static let cores = ParallelMap.cores

    /// `0..<count` cut into runs for the parallel parts: four per core, so that a core busy
    /// with the rest of the pipeline (`Comparison.run` classifies the zones beside the
    /// aligner) leaves its runs to the other, and at least `minRun` items each.
    static func runs(_ count: Int, minRun: Int = 256) -> [Range<Int>] {
        let k = max(1, min(4 * cores, count / max(1, minRun)))
        return (0..<k).map { r in (count * r / k)..<(count * (r + 1) / k) }
    }

    /// `(0..<count).map(f)`, in runs (of at least `minRun` items) on all cores when `parallel`.
    static func map<U>(_ count: Int, parallel: Bool, minRun: Int = 256, _ f: (Int) -> U) -> [U] {
        guard parallel && count > 1 else { return (0..<count).map(f) }
        return withoutActuallyEscaping(f) { f in
            let g = Unchecked(f)
            return ParallelMap.map(runs(count, minRun: minRun)) { r in Unchecked(r.map { g.value($0) }) }.flatMap(\.value)
        }
    }
}
