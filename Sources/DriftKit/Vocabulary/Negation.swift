/// Negation: the words that negate a clause, and the words around them that change what a
/// negator does. Read by the claim-change detector (negation rule, negated clauses).
///
/// Sources: Quirk et al., "A Comprehensive Grammar of the English Language" (1985),
/// §10.54–10.64 (negators); Karttunen, "Implicative verbs" (1971), negative implicatives;
/// hand-compiled with the WordNet word aligner (2246ec4). Scale: lower-case token keys (the
/// "n't" forms are matched by suffix, not listed).
extension Vocabulary {
    /// Negators of English: "not", "no", "never", the negative pronouns and adverbs.
    static let negators: Set<String> = ["not", "no", "never", "cannot", "nor", "neither", "nobody", "nothing", "none", "nowhere", "without", "zero"]

    /// Focusing words after which "not" does not negate ("not only … but also").
    static let focusingWords: Set<String> = ["only", "just", "merely", "simply", "solely"]

    /// Verbs that carry a negation themselves (negative implicatives): "did not pay" and
    /// "failed to pay" say the same. Base forms; inflected forms are reduced by WordNet's
    /// morphology or matched by prefix.
    static let negativeVerbs: Set<String> = ["fail", "refuse", "decline", "deny", "reject", "neglect", "avoid", "lack", "unable", "halt", "stop", "oppose", "dismiss", "rule"]
}
