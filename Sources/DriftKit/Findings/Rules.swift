/// The one table of finding rules: for every rule id, the kind of finding it reports, the
/// severity and confidence its findings carry, and where those values come from.
///
/// Detectors never write a severity or a confidence themselves: they build findings with
/// `Finding(rule, …)`, which reads both from here. A rule that grades its findings (a cut of
/// under five words is minor, a weak booster is minor) has a `weaker` grade, chosen by the
/// detector with `weaker: true`; the grade's values are still in this table.
///
/// Scale: `confidence` is in [0, 1], the share of the rule's findings expected to be real: its
/// measured precision where a measurement exists. The values are derived from
/// `scripts/rule_precision.py` (docs/findings.md, "Rule measurements"): precision per rule and
/// grade on the MSRP training split (a hit on a pair labelled paraphrase is false, on a
/// non-paraphrase true for the meaning-change kinds) pooled with the development tuning pairs
/// (a hit is true when the gold scorer matches it). Policy (issue #11): a grade measured on 20
/// hits or more under 0.80 precision is not `major`; under 0.50 the rule is to be removed or
/// rebuilt; fewer than 20 hits is not a measurement, and the judged value stays (the reason
/// says so). A test (`RulesTableTests`) checks that docs/findings.md agrees with this table.
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
        "insertion.unaligned-sentences", .insertion, .init(.major, 0.81),
        reason: "MSRP train (meaning convention) 62 hits, 0.81; dev tuning pairs (gold) 2 hits, 1.00; pooled 64 hits, 0.81 ≥ 0.80: major (re-measured 2026-12-03; at 0.74 it was a stated exception to the policy)")
    static let insertionNewEntityClause = Rule(
        "insertion.new-entity-clause", .insertion, .init(.minor, 0.32),
        reason: "MSRP train (meaning convention) 786 hits, 0.32; dev tuning pairs (gold) 0 hits; pooled 786 hits, 0.32 < 0.80: minor; under 0.50: to rebuild")
    // MARK: inserted-note
    static let insertedNoteSigned = Rule(
        "inserted-note.signed", .insertedNote, .init(.major, 0.95), weaker: .init(.major, 0.9),
        reason: "no hits to measure (MSRP has no notes; the dev pairs none signed); kept from judgement: a note signature (“Editor's note”, “Approx. InoSMI”) is explicit; 0.95 in brackets, 0.9 for a whole sentence")
    static let insertedNoteNewParenthetical = Rule(
        "inserted-note.new-parenthetical", .insertedNote, .init(.minor, 0.25),
        reason: "MSRP train (meaning convention) 44 hits, 0.25 (stock tickers no longer counted); dev tuning pairs (gold) 0 hits; pooled 44 hits, 0.25 < 0.80: minor; under 0.50: to rebuild (brackets hold credits and glosses)")
    static let insertedNoteIntroduction = Rule(
        "inserted-note.introduction", .insertedNote, .init(.major, 0.8),
        reason: "too few hits to measure (dev xl x03: 1 hit, matched by the gold; MSRP pairs are single sentences and cannot have one); judged major as the inserted sentences it is taken from (insertion.unaligned-sentences): an introduction is the re-publisher's text and can frame the article (\"a must-read\"); 0.8 judged")
    // MARK: omission
    static let omissionUnalignedSentences = Rule(
        "omission.unaligned-sentences", .omission, .init(.major, 0.83), weaker: .init(.minor, 0.5),
        reason: "MSRP train (meaning convention) 49 hits, 0.82 (five words or more), 5 hits, 0.40 (shorter); dev tuning pairs (gold) 3 hits, 1.00; pooled 52 hits, 0.83 ≥ 0.80: major (re-measured 2026-12-03; at 0.71 it was a stated exception to the policy); minor under five words or headings/lines only")
    static let omissionClauseWithEntity = Rule(
        "omission.clause-with-entity", .omission, .init(.minor, 0.53), weaker: .init(.minor, 0.53),
        reason: "MSRP train (meaning convention) 877 hits, 0.53; dev tuning pairs (gold) 0 hits; pooled 877 hits, 0.53 < 0.80: minor")
    static let omissionDroppedQualifier = Rule(
        "omission.dropped-qualifier", .omission, .init(.minor, 0.24),
        reason: "MSRP train (meaning convention) 45 hits, 0.24; dev tuning pairs (gold) 0 hits; pooled 45 hits, 0.24: minor; under 0.50: to rebuild")
    static let omissionFurniture = Rule(
        "omission.furniture", .omission, .init(.minor, 0.8),
        reason: "the original's furniture (headline, byline, dateline, caption, credits) missing from the copy: worth a note, never a major omission (issue #11); 0.8 from the development pairs")
    // MARK: name-change
    static let nameChangeSpellingVariant = Rule(
        "name-change.spelling-variant", .nameChange, .init(.minor, 0.28),
        reason: "MSRP train (meaning convention) 80 hits, 0.28 (diacritics, month abbreviations and a place's people no longer counted); dev tuning pairs (gold) 0 hits; pooled 80 hits, 0.28 < 0.80: minor; under 0.50: to rebuild")
    static let nameChangeSubstitutedName = Rule(
        "name-change.substituted-name", .nameChange, .init(.minor, 0.46),
        reason: "MSRP train (meaning convention) 434 hits, 0.46; dev tuning pairs (gold) 0 hits; pooled 434 hits, 0.46 < 0.80: minor; under 0.50: to rebuild")
    // MARK: number-change
    static let numberChangeAlignedPair = Rule(
        "number-change.aligned-pair", .numberChange, .init(.minor, 0.66),
        reason: "MSRP train (meaning convention) 833 hits, 0.66 (numbers paired by kind, agency spellings read); dev tuning pairs (gold) 0 hits; pooled 833 hits, 0.66 < 0.80: minor (MSRP annotators accept many number differences as paraphrase, so this is a lower bound)")
    static let numberChangeCrossLanguage = Rule(
        "number-change.cross-language", .numberChange, .init(.minor, 0.66),
        reason: "numbers of a pair aligned across languages that differ on both sides; too few hits on the translated development pairs to measure (none in x01–x03), so it takes the measured grade of number-change.aligned-pair (0.66, minor): comparing digits across a translation is no surer than within one language")
    // MARK: claim-change
    static let claimChangeCertainty = Rule(
        "claim-change.certainty", .claimChange, .init(.major, 0.75), weaker: .init(.minor, 0.39),
        reason: "MSRP train (meaning convention) major grade 3 hits, 1.00; minor grade 38 hits, 0.39 (41 hits, 0.44, before claim-change.other-statement and claim-change.replaced-clause named the findings they make major); dev tuning pairs (gold) 0 hits; pooled 3 hits; 38 hits, 0.39: the major grade (a hedge replaced by “will”) has too few hits (< 20) to measure and keeps its judged value; the minor grade is measured")
    static let claimChangeIntensity = Rule(
        "claim-change.intensity", .claimChange, .init(.major, 0.75), weaker: .init(.minor, 0.38),
        reason: "MSRP train (meaning convention) major grade 6 hits, 0.67; minor grade 16 hits, 0.38; dev tuning pairs (gold) 0 hits; pooled 6 hits; 16 hits: both grades have too few hits (< 20) to measure; strong boosters (“proof”, “exclusive”) stay major from the seed gold, other amplifiers minor at their MSRP precision")
    static let claimChangeNegation = Rule(
        "claim-change.negation", .claimChange, .init(.minor, 0.45),
        reason: "MSRP train (meaning convention) 22 hits, 0.45 (was 27 hits, 0.44, before “unless”, exceptive “nothing but” and negative nouns; 24 hits, 0.50, before claim-change.other-statement and claim-change.replaced-clause named the findings they make major); dev tuning pairs (gold) 0 hits; pooled 22 hits, 0.45 < 0.80: minor (most remaining paraphrase hits are real polarity changes MSRP tolerates: “don't want” → “still want”)")
    static let claimChangeAntonym = Rule(
        "claim-change.antonym", .claimChange, .init(.minor, 0.5),
        reason: "MSRP train (meaning convention) 9 hits, 0.44; dev tuning pairs (gold) 0 hits; pooled 9 hits: too few hits (< 20) to measure; minor by judgement, as every estimate is under 0.80")
    static let claimChangeCausality = Rule(
        "claim-change.causality", .claimChange, .init(.major, 0.75),
        reason: "MSRP train (meaning convention) 2 hits, 0.50; dev tuning pairs (gold) 0 hits; pooled 2 hits: too few hits (< 20) to measure; kept from the seed gold (“because” → “as a result” reverses what caused what)")
    static let claimChangeActors = Rule(
        "claim-change.actors", .claimChange, .init(.minor, 0.39),
        reason: "MSRP train (meaning convention) 165 hits, 0.39 (rebuilt on the word alignment from 644 hits, 0.38; 178 hits, 0.42, before claim-change.other-statement and claim-change.replaced-clause named the findings they make major); dev tuning pairs (gold) 0 hits; pooled 165 hits, 0.39 < 0.80: minor; under 0.50: rebuilt once in issue #11, still to improve")
    static let claimChangeOtherStatement = Rule(
        "claim-change.other-statement", .claimChange, .init(.major, 0.84),
        reason: "MSRP train (meaning convention) 104 hits, 0.84; dev tuning pairs (gold) 0 hits; pooled 104 hits, 0.84 ≥ 0.80: major (2026-12-03). The share of the two sentences' words the word alignment explains (2·matched / all words, WordNet stages included) under 0.40, each sentence of six words or more; thresholds from the training split only (0.41: 141 hits, 0.77). Test split, for the record: 46 hits, 0.91")
    static let claimChangeReplacedClause = Rule(
        "claim-change.replaced-clause", .claimChange, .init(.major, 0.86),
        reason: "MSRP train (meaning convention) 70 hits, 0.86; dev tuning pairs (gold) 0 hits; pooled 70 hits, 0.86 ≥ 0.80: major (2026-12-03). Each sentence has a clause of three content words or more that the word alignment (WordNet stages included) matches no word of, and the alignment explains under 0.6 of the pair; values from the training split (the Python prototype: 76 pairs at 0.88 alone). Test split, for the record: 17 hits, 0.82")
    // MARK: quote-change
    static let quoteChangeAlteredQuotation = Rule(
        "quote-change.altered-quotation", .quoteChange, .init(.minor, 0.16),
        reason: "MSRP train (meaning convention) 209 hits, 0.16; dev tuning pairs (gold) 0 hits; pooled 209 hits, 0.16 < 0.80: minor; under 0.50: to rebuild (MSRP sentences quote different parts of a statement)")
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
        reason: "dev tuning pairs 19 hits, 1.00 (just under 20; MSRP has no repeats); a word-for-word repeat is certain; minor: it changes nothing a reader is told")
    // MARK: hidden-text
    static let hiddenTextCharacters = Rule(
        "hidden-text.characters", .hiddenText, .init(.major, 0.95),
        reason: "no hits on MSRP or the dev pairs (none hides characters); kept from judgement: invisible or look-alike characters the original lacks are deliberate")
    static let hiddenTextHTMLHiddenElement = Rule(
        "hidden-text.html-hidden-element", .hiddenText, .init(.major, 0.8), weaker: .init(.minor, 0.8),
        reason: "no hits on MSRP or the dev pairs (plain text); kept from judgement: hidden HTML text of five words or more is major, shorter (a screen-reader label) minor")

    /// Every rule, in the order of docs/findings.md.
    public static let all: [Rule] = [
        insertionUnalignedSentences, insertionNewEntityClause,
        insertedNoteSigned, insertedNoteNewParenthetical, insertedNoteIntroduction,
        omissionUnalignedSentences, omissionClauseWithEntity, omissionDroppedQualifier, omissionFurniture,
        nameChangeSpellingVariant, nameChangeSubstitutedName,
        numberChangeAlignedPair, numberChangeCrossLanguage,
        claimChangeCertainty, claimChangeIntensity, claimChangeNegation, claimChangeAntonym, claimChangeCausality, claimChangeActors, claimChangeOtherStatement, claimChangeReplacedClause,
        quoteChangeAlteredQuotation,
        boilerplateFurniture, boilerplateSharedFurniture, boilerplateChangedFurniture,
        duplicateVerbatimRepeat,
        hiddenTextCharacters, hiddenTextHTMLHiddenElement,
    ]

    /// The rule with this id, if drift has one.
    public static func rule(_ id: String) -> Rule? { byID[id] }
    private static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
