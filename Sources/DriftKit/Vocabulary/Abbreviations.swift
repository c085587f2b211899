/// Abbreviations whose full stop does not end a sentence, for the segmenter's repair pass.
///
/// Source: ICU's `ss=standard` suppression list for English lacks most of these (see
/// ../shared/docs/ICU.md: it has Mr., Mrs., Prof., Capt., Col., Rep., Sgt. but not Gen., Sen.,
/// Gov., Dr., St., No.); hand-compiled with the segmenter (0fb8a99, number abbreviations
/// d5bd905): titles before a name, place-name and reference abbreviations, and the Russian
/// abbreviations of Russian news. Scale: the word before the full stop
/// as written (case matters: "No. 10" but "no." ends a sentence), not a token key.
extension Vocabulary {
    /// Abbreviations that stand before a number ("No. 10", "Art. 5"): joined only then.
    static let numberAbbreviations: Set<String> = ["No", "Nos", "Nr", "Art", "Vol", "Fig", "Sec", "Ch"]

    /// Abbreviations that stand before a name or a number and never end a sentence in news
    /// text: the titles below, the honorifics of `honorificAbbreviations` capitalised ("Mr",
    /// "Mme") and `numberAbbreviations`. Read by `Segmenter`.
    static let sentenceAbbreviations: Set<String> = Set(honorificAbbreviations.map { $0.prefix(1).uppercased() + $0.dropFirst() })
        .union(numberAbbreviations)
        .union([
            "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Gov",
            "Sen", "Sens", "Rep", "Reps", "Dr", "Drs", "Prof", "Rev", "Hon",
            "Pres", "Supt", "Atty", "Amb", "Fr", "St", "Ste", "Mt", "Ft", "Pt",
            "Ex", "vs", "approx", "Approx", "ca", "cf", "al",
            // Russian: г. (year/city), гг., им., ул., проф., акад., тов., т. (т. е., т. н.), ст., см., н. э.
            "г", "гг", "им", "ул", "проф", "акад", "тов", "ген", "св", "ст", "см", "т", "п", "д", "пр", "просп", "пер",
            // …and capitalised, at the start of a sentence ("Проф. Иванов отметил").
            "Им", "Ул", "Проф", "Акад", "Тов", "Ген", "Св", "Ст", "См", "Пр", "Просп", "Пер",
        ])
}
