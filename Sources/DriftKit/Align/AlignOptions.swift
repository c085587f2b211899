import Foundation

/// Tunables of the sentence aligner. Each states its scale and where its value came from.
public struct AlignOptions: Sendable {
    /// τ, on the Dice similarity scale [0, 1]: a pair of sentences is worth aligning when its
    /// similarity exceeds this; below it, leaving both unaligned (omitted + inserted) scores
    /// better. Calibrated on the seeds' gold (000→001 retranslation): true 1-1 pairs have
    /// IDF-weighted stem Dice 0.2–0.9 (median ≈0.45), unrelated sentences of the same article
    /// 0–0.12; inserted ledes and teasers peak at ≈0.15 against their best neighbour.
    public var threshold: Double = 0.16
    /// Score cost per extra sentence in a bead (1-2, 2-1, 2-2, 1-3, 3-1), on the same scale.
    /// Merging two sentences always raises Dice a little (more shared words by chance); this
    /// keeps 1-1 + inserted ahead of a 1-2 bead that glues an unrelated note onto a
    /// neighbour. 0.08: the smallest value at which no inserted seed sentence is merged.
    public var mergePenalty: Double = 0.08
    /// Score cost per unit of |ln(length ratio)| of a bead's two sides, lengths in bytes
    /// (the Gale–Church signal: translations and paraphrases keep length within a factor of
    /// ~1.5, ln 1.5 ≈ 0.4, costing ≈0.03). A five-letter dateline matched to a headline
    /// (ratio ≈ 18, ln ≈ 2.9) costs 0.23, more than its accidental word overlap earns.
    public var lengthPenalty: Double = 0.08
    /// A sentence left omitted and one left inserted are linked as `moved` when their
    /// similarity reaches this (Dice). Higher than τ because a move is asserted without the
    /// context of neighbours: 0.5 keeps only pairs that share most of their content words.
    public var moveThreshold: Double = 0.5
    /// Documents with at most this many sentence pairs (n × m) are aligned by exhaustive
    /// dynamic programming; larger ones by a band around anchors (9M cells ≈ 120 MB, ≈1 s:
    /// two 3,000-sentence reports, longer than almost any article).
    public var exhaustiveCells: Int = 9_000_000
    /// Half-width of the band, in sentences, around the anchor path for large documents.
    /// 40 covers local reordering and runs of up to ~40 inserted sentences between anchors;
    /// longer runs are covered anyway when anchors sit on both sides of them.
    public var bandHalfWidth: Int = 40
    /// Alignment of documents in different languages (`CrossLanguage`).
    public var crossLanguage = CrossLanguageOptions()
    public init() {}
}
