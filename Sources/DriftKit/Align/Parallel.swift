import Foundation

/// The aligner on both cores (issue #13): the parts whose items are independent — the
/// sentence profiles, the 1-1 scores of the band, the rare-term anchors, the move candidates,
/// the beads' similarities — are cut into runs spread over the cores with `ParallelMap`. Each
/// item is computed as in the serial pass and lands in the same place, so the alignment is the
/// same bit for bit; only the time changes. The dynamic program's recurrence stays serial.
extension Aligner {
    /// Sentences of both documents (original + copy) from which the aligner runs its parts in
    /// parallel; below, all on one core. Scale: sentences. Value: the profiles, the scores
    /// and the similarities cost about 10–20 µs a sentence pair of documents
    /// (docs/benchmarks.md, 2026-12-03), and dispatching a parallel part costs some tens of
    /// µs, so 2,000 sentences (≈ 30 ms of work, two long reports) is far above where it
    /// pays while the seeds and samples (100–600 sentences) stay on the serial path they were
    /// measured on.
    static let defaultParallelSentences = 2_000

    /// Cells of the band per block of 1-1 scores computed ahead of the bead search's
    /// recurrence (`dynamicProgram`), rounded to whole rows (a power of two, 4 to 4,096 of
    /// them). Scale: cells (4 bytes of score each). Value: 2^16 cells — 256 KB, a block of
    /// ~700 rows at the default band of 40 — makes a block's dispatch (some tens of µs) small
    /// beside its scoring (~10 ms), and keeps the ring of 4 blocks (1 MB) in the cache.
    static let defaultBlockCells = 1 << 16

    /// The machine's cores.
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

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
