/// How a group of original sentences relates to a group of copy sentences.
public enum Relation: String, Sendable, CaseIterable {
    /// Same text, byte for byte.
    case identical
    /// Same words; only typography differs (quotes, dashes, spacing, line wrapping, "U.S."/"US").
    case typographic
    /// The same sentence with some words changed.
    case edited
    /// Reworded: the same content in largely different words (typical of retranslation).
    case paraphrase
    /// Copy text with no source in the original.
    case inserted
    /// Original text missing from the copy.
    case omitted
    /// Copy text whose source stands elsewhere in the original, out of order.
    case moved
}

/// One alignment entry ("bead"): sentence ids on each side, in document order.
public struct Bead: Sendable, Equatable {
    public var original: [Int]
    public var copy: [Int]
    public var relation: Relation
    /// Similarity of the two sides in [0, 1] (1 for identical text; 0 for a one-sided bead).
    public var similarity: Double
    /// For an omitted bead: the original sentences repeat an earlier passage of the original
    /// verbatim (a duplicate in the original, not a cut in the copy).
    public var duplicateOf: [Int]? = nil
    /// Token-level differences (empty for one-sided beads).
    public var diff: [DiffOp] = []
}

/// The alignment of one copy with the original.
public struct Alignment: Sendable {
    public var beads: [Bead]
    /// Remarks about how the alignment was computed (a banded search, an anchor count).
    public var notes: [String]
}
