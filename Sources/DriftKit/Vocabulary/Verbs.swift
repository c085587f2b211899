/// Verbs read as signals: the reporting verbs that attribute a statement to a source, and the
/// verbs that show a line is a sentence at all.
///
/// Sources: Bergler, "Evidential analysis of reported speech" (1992), the frequent reporting
/// verbs of news, with their common forms (2246ec4); English auxiliaries and modals (closed
/// classes) with frequent headline verbs (019dc37). Scale: lower-case token keys.
extension Vocabulary {
    /// Verbs and nouns that attribute a statement to a source ("GM said", "told Reuters",
    /// "according to Ford", "a spokesman"). Read by the claim-change detector: a name given as
    /// the source of a statement is not a new actor.
    static let reportingVerbs: Set<String> = ["said", "says", "saying", "told", "tells", "according", "reported", "added", "adds",
                                              "stated", "announced", "explained", "noted", "wrote", "quoted", "spokesman", "spokeswoman",
                                              "spokesperson", "confirmed", "warned", "argued", "claimed", "insisted", "acknowledged", "cited", "citing"]

    /// Auxiliaries, modals and the common reporting and headline verbs: a sentence with none
    /// of these (and no "-ed" word) has no finite verb as far as the zone classifier can tell.
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "am", "be", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "says", "said", "say", "tells", "told", "takes", "took",
        "gets", "got", "makes", "made", "goes", "went", "wins", "won", "leads", "led", "beats", "beat",
    ]
}
