/// The word lists DriftKit reads, one file per kind: function words (English, Russian, and the
/// other languages' in `OtherLanguages.swift`), honorifics, abbreviations, number words, stance
/// (hedges and boosters), negation, verbs, calendar words, page furniture, editors' notes, name
/// parts; the Unicode character classes (`UnicodeClasses.swift`: invisible, white space,
/// scripts) and the diacritic fold (`Diacritics.swift`).
///
/// Conventions (checked by `VocabularyTests`, one test per list):
/// - keys are written in the form the code compares with: lower-case token keys (`Token.key`:
///   NFKC case folded, apostrophes as "'") unless a list says otherwise;
/// - no literal names a word twice;
/// - a list that is meant to be a part of another is declared as a subset and tested as one
///   (`modalHedges` ⊆ `hedges`, `strongBoosters` ⊆ `boosters`, …), or derived from it.
/// Each list's comment says where its words came from and what reads it.
/// The room calls nothing but Foundation and CICU (README.md).
enum Vocabulary {}
