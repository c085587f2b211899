/// Honorifics: the courtesy titles written before a name ("Mr Trump", "Ms. Stent",
/// "г-жа Хилл"). One list; the two places that need fewer read documented subsets of it.
///
/// Source: hand-compiled (a09e303): the English courtesy titles and their French, German,
/// Spanish and Russian equivalents. Scale: lower-case token keys (`Token.key`).
extension Vocabulary {
    /// Courtesy titles a house style adds or drops: typography, not an edit. Read by the
    /// aligner (sentence keys with honorifics left out, `Aligner.KeysWithoutHonorifics`) and
    /// by term extraction's key table (`TermTable.keyIsHonorific`).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "mx", "miss", "messrs", "mme", "mlle", "herr", "frau", "sr", "sra", "г-н", "г-жа"]

    /// The English courtesy titles frequent enough in news to be stop words (never a term of
    /// sentence matching, `stopWords`). A subset of `honorifics` (tested): "miss" is also a
    /// verb and the foreign titles are rare, so they stay terms.
    static let stopWordHonorifics: Set<String> = ["mr", "mrs", "ms"]

    /// The honorifics written as an abbreviation with a full stop that never ends a sentence
    /// ("Mr. Putin"): the segmenter joins across their full stop (`sentenceAbbreviations`,
    /// capitalised). A subset of `honorifics` (tested): "Sr." is left out because it is also
    /// "Senior" at the end of a name, where the full stop may end the sentence; "Mx." and
    /// "Sra." were never in the segmenter's list.
    static let honorificAbbreviations: Set<String> = ["mr", "mrs", "ms", "messrs", "mme", "mlle"]
}
