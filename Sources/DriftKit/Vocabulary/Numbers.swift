/// Number words: spelled-out numbers read as the numbers they write ("five" → "5").
///
/// Source: the English cardinals to twenty, the tens, the scale words of the short scale and
/// the first ordinals past "second", "dozen", and the Russian cardinals one to ten;
/// hand-compiled with the alignment engine (d2245d9). Scale: lower-case token keys → the
/// number in digits (an ordinal keeps its suffix: "third" → "3rd").
extension Vocabulary {
    /// Number words and their digits. "one" and "first" are not here on purpose: they are too
    /// common to match sentences by (`nonTermWords`); "second" is also a unit of time. Read by
    /// term extraction (`Terms.term`: "five" → "#5"), word alignment, cross-language alignment,
    /// and the number-change detectors.
    static let numberWords: [String: String] = [
        "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
        "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "million": "1000000",
        "billion": "1000000000", "trillion": "1000000000000", "third": "3rd", "fourth": "4th", "fifth": "5th",
        "dozen": "12", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6", "семь": "7",
        "восемь": "8", "девять": "9", "десять": "10",
    ]

    /// The scale words of `numberWords` (a subset, tested) that multiply the number before
    /// them ("two thousand" = 2000, "2.5 billion" = 2.5e9), with their values, read from
    /// `numberWords`. Read by `NumberChangeDetector`.
    static let numberMultipliers: [String: Double] = Dictionary(uniqueKeysWithValues:
        ["hundred", "thousand", "million", "billion", "trillion"].map { ($0, Double(numberWords[$0]!)!) })

    /// Every spelled number, whether or not term extraction reads it as one: the keys of
    /// `numberWords` and "one", "first", "second". The article generators of the tests and
    /// the benchmark never take these as vocabulary (`MatchingVocabulary.spelledNumbers`).
    static let spelledNumbers: Set<String> = Set(numberWords.keys).union(["one", "first", "second"])

    /// Currency signs as token keys: a number right after one is an amount ("$2.5 billion",
    /// "A$4.56", "$US1.06"). Source: the currency symbols of Unicode's Sc category that news
    /// copy uses for the major currencies. Read by `NumberChangeDetector`.
    static let currencySigns: Set<String> = ["$", "€", "£", "¥", "₹", "₽", "₩", "₪", "₺", "¢"]

    /// Currency names written after an amount ("300 dollars", "40 cents"), singular and
    /// plural. Source: the ISO 4217 names of the currencies most often quoted in English-language
    /// news, hand-compiled. Read by `NumberChangeDetector`.
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "cent", "cents", "euro", "euros", "pound", "pounds", "pence", "yen", "yuan",
        "franc", "francs", "ruble", "rubles", "rouble", "roubles", "rupee", "rupees", "peso", "pesos", "won",
        "lira", "shekel", "shekels", "riyal", "riyals", "rand", "real", "reais", "krona", "kronor", "krone", "kroner",
    ]

    /// Words after a number that make it a percentage ("4 percent", "4 pct"); "per cent" is
    /// two tokens and read by the detector. Read by `NumberChangeDetector`.
    static let percentWords: Set<String> = ["percent", "pct", "percentage", "процента", "процентов", "процент"]
}
