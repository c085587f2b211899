/// Negation: the words that negate a clause, and the words around them that change what a
/// negator does. Read by the claim-change detector (negation rule, negated clauses).
///
/// Sources: Quirk et al., "A Comprehensive Grammar of the English Language" (1985),
/// §10.54–10.64 (negators); Karttunen, "Implicative verbs" (1971), negative implicatives;
/// hand-compiled with the WordNet word aligner (2246ec4). Scale: lower-case token keys (the
/// "n't" forms are matched by suffix, not listed).
extension Vocabulary {
    /// Negators of English: "not", "no", "never", the negative pronouns and adverbs.
    /// "unless" is "if not" (Quirk §15.19): "If the subsidies are not repealed" and "unless the
    /// subsidies are repealed" say the same.
    static let negators: Set<String> = ["not", "no", "never", "cannot", "nor", "neither", "nobody", "nothing", "none", "nowhere", "without", "zero", "unless"]

    /// Words after which a negator excludes instead of negating: "nothing but praise", "no one
    /// but the minister" say "only" (Quirk §10.64, exceptive "but").
    static let exceptiveWords: Set<String> = ["but", "except", "other"]

    /// Nouns of the negative implicative verbs: "IE's failure to determine" says "IE does not
    /// determine" (Karttunen 1971, nominalised). Read with `negativeVerbs`.
    static let negativeNouns: Set<String> = ["failure", "refusal", "inability", "absence", "lack", "denial", "rejection"]

    /// Focusing words after which "not" does not negate ("not only … but also").
    static let focusingWords: Set<String> = ["only", "just", "merely", "simply", "solely"]

    /// Verbs that carry a negation themselves (negative implicatives): "did not pay" and
    /// "failed to pay" say the same. Base forms; inflected forms are reduced by WordNet's
    /// morphology or matched by prefix.
    static let negativeVerbs: Set<String> = ["fail", "refuse", "decline", "deny", "reject", "neglect", "avoid", "lack", "unable", "halt", "stop", "oppose", "dismiss", "rule"]
}
