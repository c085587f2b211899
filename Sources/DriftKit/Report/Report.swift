import Foundation

/// Counts that summarise one copy against the original.
public struct Summary: Sendable, Equatable {
    /// Original sentences kept word for word (identical or typographic only).
    public var kept = 0
    /// Original sentences kept with some words changed.
    public var edited = 0
    /// Original sentences reworded.
    public var reworded = 0
    /// Original sentences found elsewhere in the copy.
    public var moved = 0
    /// Original sentences missing from the copy (not counting the original's own repeats).
    public var dropped = 0
    /// Original sentences that repeat an earlier passage of the original.
    public var duplicated = 0
    /// Copy sentences with no source in the original.
    public var added = 0
    public var originalSentences = 0
    public var copySentences = 0
    /// Share of the copy's sentences that trace to the original, in [0, 1].
    public var traced: Double = 0
    /// Share of the original's sentences the copy carries (in two-sided alignment entries),
    /// the original's own repeats not counted, in [0, 1].
    public var carried: Double = 0
    /// `hidden-text` findings: a copy that hides text differs in more than typography.
    public var hidden = 0
    /// Mean similarity over aligned original sentences, in [0, 1], omitted ones counting 0.
    public var similarity: Double = 0

    /// True when the copy differs from the original only in typography.
    public var typographyOnly: Bool { edited == 0 && reworded == 0 && moved == 0 && dropped == 0 && added == 0 && hidden == 0 }
}

/// One copy compared with the original.
public struct CopyReport: Sendable {
    public var document: Document
    /// Zone of each copy sentence (`ZoneClassifier`).
    public var zones: [Zone]
    public var alignment: Alignment
    public var findings: [Finding]
    public var summary: Summary
    /// Set when the copy barely traces to the original: the reason, for people.
    public var unrelated: String?
}

/// The result of `drift compare`: data only; renderers turn it into text, JSON or HTML.
public struct Report: Sendable {
    public var original: Document
    /// Zone of each original sentence (`ZoneClassifier`).
    public var originalZones: [Zone]
    public var copies: [CopyReport]
    /// With two copies or more: the collation table and provenance hints.
    public var collation: Collation?

    /// The parts as computed (`Comparison.run` computes them); `originalZones` defaults to the
    /// original's zones, `collation` to none.
    public init(original: Document, copies: [CopyReport], originalZones: [Zone]? = nil, collation: Collation? = nil) {
        self.original = original
        self.originalZones = originalZones ?? original.zones()
        self.copies = copies
        self.collation = collation
    }
}
