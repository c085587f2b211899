/// Light suffix stemming for the languages drift aligns across: the longest listed ending is
/// cut when at least `minStem` letters remain (in the manner of the Snowball stemmers' first
/// steps and Savoy's "light" stemmers for Russian, Italian, German, French and Spanish;
/// Larkey's Light10 for Arabic clitics). Written here; the endings are each language's
/// commonest inflections (case, number, gender, verb person), not derivational suffixes.
enum Stemmer {
    /// Letters a stem keeps at least (3: "дом", "vie", "Haus" minus nothing).
    static let minStem = 3

    static let endings: [String: [String]] = [
        "en": ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"],
        "ru": ["иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ость", "ости", "ться", "ется", "ются", "ится", "ятся", "ала", "ило", "ила", "али", "или", "ала", "ает", "ают", "ует", "уют", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ей", "ию", "ия", "ью", "ть", "ет", "ут", "ют", "ит", "ат", "ят", "ла", "ло", "ли", "ь", "а", "я", "о", "е", "ы", "и", "у", "ю", "й", "л"],
        "uk": ["ами", "ями", "ого", "ому", "ими", "ість", "ості", "ться", "ється", "ються", "ала", "ила", "али", "или", "ає", "ють", "ують", "ая", "ої", "ій", "ий", "ої", "ою", "ом", "ем", "ам", "ям", "ах", "ях", "ів", "ей", "ія", "ть", "ти", "ла", "ло", "ли", "ь", "а", "я", "о", "е", "и", "і", "у", "ю", "й", "ї", "л"],
        "it": ["azioni", "azione", "mente", "ando", "endo", "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "are", "ere", "ire", "ano", "ono", "ava", "eva", "iva", "i", "e", "a", "o"],
        "es": ["aciones", "ación", "amente", "mente", "ando", "iendo", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ar", "er", "ir", "an", "en", "es", "os", "as", "a", "o", "e", "s"],
        "fr": ["ations", "ation", "ements", "ement", "issements", "ment", "aient", "ait", "ant", "ées", "ée", "és", "é", "er", "ir", "ez", "es", "e", "s", "x"],
        "de": ["ungen", "ung", "heiten", "heit", "keiten", "keit", "ern", "em", "en", "er", "es", "e", "n", "s"],
        "ar": ["هما", "كما", "تها", "تين", "ات", "ون", "ين", "ان", "ها", "هم", "كم", "ية", "ه", "ة", "ي"],
    ]
    /// `endings`, longest first (the longest matching ending is the one cut).
    static let sortedEndings: [String: [[Character]]] = endings.mapValues { $0.map { Array($0) }.sorted { $0.count > $1.count } }

    /// Arabic one-letter and article prefixes (Light10): the article ال with a conjunction or
    /// preposition before it, and و alone.
    static let arabicPrefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و"]

    /// The stem of a lower-cased word in `lang` (the word itself for an unknown language).
    static func stem(_ word: String, _ lang: String) -> String {
        var w = Array(word)
        if lang == "ar" {
            for p in arabicPrefixes where w.count - p.count >= minStem + 1 && w.starts(with: Array(p)) {
                w.removeFirst(p.count); break
            }
        }
        guard let ends = sortedEndings[lang] else { return String(w) }
        for e in ends where w.count - e.count >= minStem {
            let ea = e
            if w.count >= ea.count && Array(w[(w.count - ea.count)...]) == ea { w.removeLast(ea.count); break }
        }
        return String(w)
    }
}
