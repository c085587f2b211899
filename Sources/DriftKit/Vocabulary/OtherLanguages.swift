/// Function words of the other languages drift reads: the language detector's profiles and
/// the stop words of cross-language alignment.
///
/// Source: hand-compiled with cross-language alignment (812586e): the profiles after the
/// short-word method of language identification (Cavnar & Trenkle, "N-Gram-Based Text
/// Categorization", 1994; Grefenstette, "Comparing two language identification schemes",
/// 1995), the other lists the frequent articles, pronouns, prepositions, conjunctions and
/// auxiliaries of each language. Scale: lower-case token keys.
extension Vocabulary {
    /// Function words of each Latin-script language: high-frequency, short and, as a set, rare
    /// in the other languages listed (words two languages share, like "de", "la", "in", "a",
    /// are left out). Thirty per language, hand-compiled with language detection (812586e).
    /// Read by `LanguageDetector` in this order (the first, English, wins ties).
    static let languageProfiles: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "is", "that", "was", "for", "with", "on", "are", "this", "be", "by", "have", "has", "which", "from", "it", "not", "but", "they", "he", "his", "were", "would", "will", "been", "their", "its"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "des", "auf", "für", "dem", "eine", "ein", "auch", "als", "wird", "werden", "nach", "bei", "einer", "sind", "wurde", "oder", "aus", "zu", "vom", "zum", "im"]),
        ("fr", ["le", "les", "et", "des", "est", "une", "du", "pour", "que", "qui", "dans", "pas", "sur", "au", "aux", "ce", "cette", "sont", "par", "nous", "vous", "il", "elle", "ont", "été", "mais", "avec", "leur", "ne", "plus"]),
        ("it", ["il", "di", "che", "è", "della", "per", "gli", "una", "sono", "del", "alla", "dei", "nel", "con", "non", "delle", "anche", "più", "questo", "essere", "ha", "stato", "nella", "degli", "come", "ma", "lo", "le", "da", "ai"]),
        ("es", ["el", "los", "las", "y", "del", "que", "es", "por", "una", "para", "con", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "está", "son", "ha", "este", "esta", "entre", "también", "sobre", "muy", "hay"]),
    ]

    /// German, French, Italian and Spanish function words besides their profile's, and the
    /// Ukrainian and Arabic ones (no profile: their script and letters tell them apart).
    static let germanFunctionWords: Set<String> = ["ein", "eines", "einem", "einen", "dass", "es", "er", "sie", "wir", "ich", "in", "an", "von", "am", "um", "hat", "haben", "war", "waren", "kann", "können", "soll", "sollen", "muss", "wie", "so", "noch", "nur", "aber", "wenn", "dies", "diese", "dieser", "dieses", "sein", "seine", "ihre", "ihr", "man", "über", "durch", "gegen", "ohne", "zur", "sehr", "hier", "mehr"]
    static let frenchFunctionWords: Set<String> = ["de", "la", "un", "en", "à", "a", "se", "sa", "son", "ses", "on", "ou", "si", "y", "leurs", "je", "nous", "comme", "tout", "tous", "aussi", "entre", "sans", "sous", "être", "avoir", "fait", "très", "même", "dont", "où", "lui", "eux"]
    static let italianFunctionWords: Set<String> = ["la", "un", "e", "a", "in", "si", "al", "dal", "nelle", "sul", "sulla", "tra", "fra", "o", "se", "ci", "ne", "loro", "suo", "sua", "suoi", "sue", "questa", "quello", "quella", "hanno", "era", "erano", "stati", "molto", "dopo", "cui"]
    static let spanishFunctionWords: Set<String> = ["la", "de", "en", "un", "a", "no", "o", "le", "les", "ya", "muy", "sin", "sobre", "desde", "hasta", "han", "era", "ser", "estos", "estas", "cuando", "donde", "quien"]
    static let ukrainianFunctionWords: Set<String> = ["і", "й", "в", "у", "на", "з", "із", "зі", "що", "та", "до", "не", "за", "як", "від", "це", "по", "але", "він", "вона", "вони", "його", "її", "їх", "який", "яка", "які", "також", "для", "про", "при", "після", "чи", "ж", "же", "би", "б", "бо", "вже", "ще", "так", "те", "ці", "цей", "ця", "цього", "було", "був", "була", "були", "є", "буде", "мають", "має"]
    static let arabicFunctionWords: Set<String> = ["في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "ما", "لا", "لم", "لن", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "و", "أو", "او", "ثم", "كان", "كانت", "قد", "مع", "بين", "هو", "هي", "هم", "كل", "بعد", "قبل", "حتى", "عند", "منذ", "إذا", "اذا", "لكن", "أي", "ب", "ل", "ف", "كما", "أيضا", "ايضا", "فيه", "فيها", "به", "بها", "له", "لها", "عليه"]

    /// Function words by language code: each Latin-script profile with the language's list
    /// above, and the Ukrainian and Arabic lists. Derived, not written. Read by cross-language
    /// alignment (`StopWords.isStop`): never lexical evidence.
    static let functionWordsByLanguage: [String: Set<String>] = {
        var m: [String: Set<String>] = [:]
        for (l, s) in languageProfiles { m[l] = s }
        m["de", default: []].formUnion(germanFunctionWords)
        m["fr", default: []].formUnion(frenchFunctionWords)
        m["it", default: []].formUnion(italianFunctionWords)
        m["es", default: []].formUnion(spanishFunctionWords)
        m["uk"] = ukrainianFunctionWords
        m["ar"] = arabicFunctionWords
        return m
    }()
}
