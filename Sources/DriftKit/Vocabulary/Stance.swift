/// Stance words: how sure or how strongly a sentence says what it says. One source each for
/// hedges and boosters; the narrower lists the detectors read are declared subsets of them
/// (tested), so a word added to a subset is added to its parent list first.
///
/// Sources: Hyland, "Metadiscourse" (2005), the hedges and boosters lists (the items frequent
/// in news); Quirk et al., "A Comprehensive Grammar of the English Language" (1985), §8.105
/// amplifiers (maximizers and boosters); evaluative manner adverbs that add the writer's
/// judgement; hand-compiled with the detectors (6cadc40). Scale: lower-case token keys.
extension Vocabulary {
    /// Hedges: words that soften a claim (Hyland's hedges). A hedge in the original with none
    /// in the copy makes the copy more certain than its source. Read by the claim-change
    /// detector.
    static let hedges: Set<String> = [
        "may", "might", "could", "possibly", "possible", "perhaps", "probably", "probable", "likely", "unlikely",
        "apparently", "appear", "appears", "appeared", "seem", "seems", "seemed", "seemingly", "suggest", "suggests",
        "suggested", "suggesting", "indicate", "indicates", "indicated", "indicating", "reportedly", "allegedly",
        "alleged", "somewhat", "partly", "partially", "largely", "mostly", "generally", "relatively", "fairly",
        "arguably", "presumably", "supposedly", "believe", "believes", "believed", "belief", "unclear", "uncertain",
        "estimated", "roughly", "approximately", "nearly", "almost", "widely", "privately", "reported", "claimed",
        "claims", "claim", "suspected", "possibility",
    ]

    /// The modal hedges: a subset of `hedges` (tested). One dropped for a firmer modal ("may"
    /// → "will") makes a claim more certain (claim-change, certainty).
    static let modalHedges: Set<String> = ["may", "might", "could", "perhaps", "possibly", "probably", "likely"]

    /// Adverbial qualifiers whose loss narrows or hardens a statement ("widely seen",
    /// "somewhat eased", "privately told"): a subset of `hedges` (tested), the ones a
    /// dropped-qualifier omission looks for.
    static let qualifiers: Set<String> = [
        "widely", "somewhat", "privately", "partly", "partially", "largely", "mostly", "generally", "relatively",
        "fairly", "reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely", "nearly",
        "almost", "roughly", "approximately", "arguably", "presumably", "supposedly", "seemingly",
    ]

    /// Boosters and amplifiers: words that harden or intensify a claim (Hyland's boosters;
    /// Quirk et al. §8.105 maximizers and boosters; evaluative manner adverbs). Read by the
    /// claim-change detector (intensity).
    static let boosters: Set<String> = [
        "certainly", "definitely", "clearly", "obviously", "undoubtedly", "undeniably", "unquestionably", "surely",
        "indeed", "proof", "proves", "proved", "proven", "prove", "direct", "directly", "exclusive", "exclusively",
        "existential", "absolutely", "completely", "totally", "entirely", "fully", "utterly", "thoroughly",
        "extremely", "enormously", "hugely", "massively", "dramatically", "drastically", "sharply", "severely",
        "fiercely", "blatantly", "openly", "deliberately", "ruthlessly", "cynically", "shamelessly", "desperately",
        "miserably", "masterfully", "brilliantly", "convincingly", "skillfully", "cleverly", "brutally",
        "notoriously", "infamously", "confidently", "constant", "constantly", "invariably", "always", "must",
        "evidently", "plainly", "solely", "whatsoever", "shocking",
        "outrageous", "unprecedented", "catastrophic", "devastating", "importantly",
    ]

    /// Boosters strong enough to make an intensity change major on their own ("direct proof",
    /// "exclusive"): a subset of `boosters` (tested), kept major from the seed gold
    /// (`Rules.claimChangeIntensity`).
    static let strongBoosters: Set<String> = ["proof", "proves", "proved", "proven", "prove", "exclusive", "exclusively", "existential",
                                              "undoubtedly", "certainly", "definitely", "clearly", "obviously", "undeniably", "direct", "directly"]

    /// Markers of cause ("X because Y") and of result ("Y; as a result X"). A sentence whose
    /// causal marker changes type may have its causality reversed (claim-change, causality).
    static let causeMarkers: Set<String> = ["because", "due", "owing", "since", "thanks"]
    static let resultMarkers: Set<String> = ["result", "therefore", "thus", "consequently", "hence", "accordingly"]
}
