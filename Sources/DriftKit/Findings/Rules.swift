/// The one table of finding rules: for every rule id, the kind of finding it reports, the
/// severity and confidence its findings carry, and where those values come from.
///
/// Detectors never write a severity or a confidence themselves: they build findings with
/// `Finding(rule, …)`, which reads both from here. A rule that grades its findings (a cut of
/// under five words is minor, a weak booster is minor) has a `weaker` grade, chosen by the
/// detector with `weaker: true`; the grade's values are still in this table.
///
/// Scale: `confidence` is in [0, 1], the share of the rule's findings expected to be real
/// (its measured precision where a measurement exists). Policy (issue #11): a rule measured
/// under 0.80 precision is not `major`; under 0.50 it is removed or rebuilt. The measurements
/// and the command that produces them are in docs/findings.md ("Rule measurements"); a test
/// (`RulesTableTests`) checks that docs/findings.md documents every rule with the same severity.
public struct Rule: Sendable, Hashable {
    /// A severity with its confidence.
    public struct Grade: Sendable, Hashable {
        public let severity: Finding.Severity
        public let confidence: Double
        public init(_ severity: Finding.Severity, _ confidence: Double) { self.severity = severity; self.confidence = confidence }
    }
    /// The rule id findings carry in `evidence.rule` ("claim-change.actors").
    public let id: String
    public let kind: Finding.Kind
    /// The grade of an ordinary finding of this rule.
    public let grade: Grade
    /// The grade of a weaker instance (a short cut, a weak booster), if the rule has one.
    public let weaker: Grade?
    /// Why the grades have these values: the measurement or the judgement they come from.
    public let reason: String

    public var severity: Finding.Severity { grade.severity }
    public var confidence: Double { grade.confidence }

    init(_ id: String, _ kind: Finding.Kind, _ grade: Grade, weaker: Grade? = nil, reason: String) {
        self.id = id; self.kind = kind; self.grade = grade; self.weaker = weaker; self.reason = reason
    }
}

extension Finding {
    /// A finding of `rule`, with the kind, severity and confidence the rules table gives it
    /// (the weaker grade when `weaker` is true and the rule has one).
    init(_ rule: Rule, weaker: Bool = false, original: Span?, copy: Span?, from: String? = nil, to: String? = nil,
         message: String, why: String) {
        let g = weaker ? (rule.weaker ?? rule.grade) : rule.grade
        self.init(kind: rule.kind, severity: g.severity, confidence: g.confidence, original: original, copy: copy,
                  from: from, to: to, message: message, rule: rule.id, why: why)
    }
}

/// Every rule drift has, in the order docs/findings.md lists them.
public enum Rules {
    // MARK: insertion
    static let insertionUnalignedSentences = Rule(
        "insertion.unaligned-sentences", .insertion, .init(.major, 0.9),
        reason: "text with no source is what a fact-checker must see; 0.9 from the seed gold (every unaligned copy run of 000→001 and 000→002 is a real insertion or furniture the boilerplate rules claim first)")
    static let insertionNewEntityClause = Rule(
        "insertion.new-entity-clause", .insertion, .init(.major, 0.75),
        reason: "a name or number added inside an aligned sentence; 0.75: a clause-level signal that a rewording can also produce (seed gold)")
    // MARK: inserted-note
    static let insertedNoteSigned = Rule(
        "inserted-note.signed", .insertedNote, .init(.major, 0.95), weaker: .init(.major, 0.9),
        reason: "a note signature (“Editor's note”, “Approx. InoSMI”) is explicit; 0.95 in brackets, 0.9 for a whole sentence (the signature could be quoted text)")
    static let insertedNoteNewParenthetical = Rule(
        "inserted-note.new-parenthetical", .insertedNote, .init(.major, 0.8),
        reason: "a bracketed remark 60% new with no signature; 0.8: brackets also hold credits and glosses")
    // MARK: omission
    static let omissionUnalignedSentences = Rule(
        "omission.unaligned-sentences", .omission, .init(.major, 0.9), weaker: .init(.minor, 0.9),
        reason: "whole sentences cut; minor under five words or headings/lines only (a dateline, a label)")
    static let omissionClauseWithEntity = Rule(
        "omission.clause-with-entity", .omission, .init(.major, 0.7), weaker: .init(.minor, 0.7),
        reason: "a clause with a name or number cut from an aligned sentence; minor under four words; 0.7: a split sentence can look the same")
    static let omissionDroppedQualifier = Rule(
        "omission.dropped-qualifier", .omission, .init(.minor, 0.6),
        reason: "a hedging adverb dropped; minor: it narrows rather than changes the claim")
    static let omissionFurniture = Rule(
        "omission.furniture", .omission, .init(.minor, 0.8),
        reason: "the original's furniture (headline, byline, dateline, caption, credits) missing from the copy: worth a note, never a major omission (issue #11); 0.8 from the development pairs")
    // MARK: name-change
    static let nameChangeSpellingVariant = Rule(
        "name-change.spelling-variant", .nameChange, .init(.major, 0.9),
        reason: "two forms within Jaro–Winkler 0.85 where neither side has the other's form; 0.9 from the seed gold (Kyiv/Kiev, Dimitriev/Dmitriev)")
    static let nameChangeSubstitutedName = Rule(
        "name-change.substituted-name", .nameChange, .init(.major, 0.7),
        reason: "another name in the same role; 0.7: the pairing is positional")
    // MARK: number-change
    static let numberChangeAlignedPair = Rule(
        "number-change.aligned-pair", .numberChange, .init(.major, 0.85),
        reason: "numbers compared by value; 0.85: an aligned pair of sentences can still hold different counts by design")
    // MARK: claim-change
    static let claimChangeCertainty = Rule(
        "claim-change.certainty", .claimChange, .init(.major, 0.75), weaker: .init(.minor, 0.55),
        reason: "a hedge dropped for a firmer modal (“may” → “will”) is major; a hedge dropped with no firmer word is minor")
    static let claimChangeIntensity = Rule(
        "claim-change.intensity", .claimChange, .init(.major, 0.75), weaker: .init(.minor, 0.55),
        reason: "a strong booster (“proof”, “exclusive”) is major; other amplifiers (“sharply”) minor")
    static let claimChangeNegation = Rule(
        "claim-change.negation", .claimChange, .init(.major, 0.75),
        reason: "one sentence negates what the other asserts, with no negative verb (“refused”) to explain it")
    static let claimChangeAntonym = Rule(
        "claim-change.antonym", .claimChange, .init(.major, 0.75),
        reason: "a word of the original turned into its WordNet antonym (“rose” → “fell”)")
    static let claimChangeCausality = Rule(
        "claim-change.causality", .claimChange, .init(.major, 0.75),
        reason: "a cause marker turned into a result marker reverses what caused what")
    static let claimChangeActors = Rule(
        "claim-change.actors", .claimChange, .init(.major, 0.75),
        reason: "other actors named in the copy sentence")
    // MARK: quote-change
    static let quoteChangeAlteredQuotation = Rule(
        "quote-change.altered-quotation", .quoteChange, .init(.major, 0.8),
        reason: "words inside quotation marks altered in a copy that otherwise reproduces the original")
    // MARK: boilerplate
    static let boilerplateFurniture = Rule(
        "boilerplate.furniture", .boilerplate, .init(.minor, 0.8),
        reason: "copy lines with no source whose zone (ZoneClassifier) is furniture; minor by definition: page furniture is never injected content and never gates `drift check`; 0.8 from the development pairs")
    static let boilerplateSharedFurniture = Rule(
        "boilerplate.shared-furniture", .boilerplate, .init(.minor, 0.7),
        reason: "furniture lines (not headline, byline or timestamps) that both pages have word for word; 0.7 from the development pairs")
    static let boilerplateChangedFurniture = Rule(
        "boilerplate.changed-furniture", .boilerplate, .init(.minor, 0.7),
        reason: "a furniture line in both pages that the copy rewrote (its own timestamp, its site's name in the title); 0.7 from the development pairs")
    // MARK: duplicate
    static let duplicateVerbatimRepeat = Rule(
        "duplicate.verbatim-repeat", .duplicate, .init(.minor, 1.0),
        reason: "a word-for-word repeat is certain; minor: it changes nothing a reader is told")
    // MARK: hidden-text
    static let hiddenTextCharacters = Rule(
        "hidden-text.characters", .hiddenText, .init(.major, 0.95),
        reason: "invisible or look-alike characters the original lacks are deliberate; 0.95 (an original can carry them at another place)")
    static let hiddenTextHTMLHiddenElement = Rule(
        "hidden-text.html-hidden-element", .hiddenText, .init(.major, 0.8), weaker: .init(.minor, 0.8),
        reason: "hidden HTML text of five words or more is major, shorter (a screen-reader label) minor")

    /// Every rule, in the order of docs/findings.md.
    public static let all: [Rule] = [
        insertionUnalignedSentences, insertionNewEntityClause,
        insertedNoteSigned, insertedNoteNewParenthetical,
        omissionUnalignedSentences, omissionClauseWithEntity, omissionDroppedQualifier, omissionFurniture,
        nameChangeSpellingVariant, nameChangeSubstitutedName,
        numberChangeAlignedPair,
        claimChangeCertainty, claimChangeIntensity, claimChangeNegation, claimChangeAntonym, claimChangeCausality, claimChangeActors,
        quoteChangeAlteredQuotation,
        boilerplateFurniture, boilerplateSharedFurniture, boilerplateChangedFurniture,
        duplicateVerbatimRepeat,
        hiddenTextCharacters, hiddenTextHTMLHiddenElement,
    ]

    /// The rule with this id, if drift has one.
    public static func rule(_ id: String) -> Rule? { byID[id] }
    private static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
