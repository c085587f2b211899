/// Signatures of an editor's or translator's note inside a republished text ("— Approx.
/// InoSMI", "Editor's note:", "Прим. ред.", "N.d.R.").
///
/// Source: the note conventions of the seed republications (InoSMI's "Прим. ред."/"Approx.",
/// 6cadc40) and the standard abbreviations of editorial and translator's notes in the
/// languages drift aligns (812586e). Scale: lower-case substrings of a sentence's text
/// (`String.lowercased()`), not token keys; the detectors require a marker not to run on
/// into a letter ("approx." but not "approximately").
extension Vocabulary {
    /// Note signatures in an English or Russian copy. Read by `InsertedNoteDetector`.
    static let noteMarkers: [String] = ["approx", "editor's note", "editors' note", "ed. note", "note from the editor",
                                        "translator's note", "прим", "примечание", "от редакции", "ред."]

    /// Editors' and translators' note signatures in the languages cross-language alignment
    /// reads, in the order they are tried (the first that the text contains is reported).
    /// Read by `CrossLanguageFindings`.
    static let translatedNoteMarkers: [String] = [
        "прим. ред", "прим. пер", "прим. иносми", "примечание редакции", "от редакции", "прим. авт",
        "примітка редакції", "прим. перекл",
        "n.d.r", "nota del redattore", "nota della redazione", "nota del traduttore", "n.d.t",
        "anm. d. red", "anmerkung der redaktion", "anm. d. übers",
        "n.d.l.r", "note de la rédaction", "note du traducteur", "ndlr",
        "nota del editor", "nota de la redacción", "n. del e", "n. de la r", "nota del traductor",
        "ملاحظة المحرر", "ملاحظة المترجم", "المحرر:",
        "editor's note", "translator's note",
    ]

    /// Stock exchanges that open a ticker in brackets ("(NYSE: PEP)"). Source: the exchanges
    /// whose tickers English-language business news cites, hand-compiled. Scale: lower-case
    /// token keys. Read by `InsertedNoteDetector.isTicker`.
    static let stockExchanges: Set<String> = ["nyse", "nasdaq", "amex", "lse", "tsx", "asx", "hkex", "euronext", "otc", "xetra", "tse"]
}
