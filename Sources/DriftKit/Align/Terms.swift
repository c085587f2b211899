/// Tokens → matching terms: the content words of a sentence reduced to comparable stems.
///
/// Back-translation rewrites most function words and many inflections ("Unsurprisingly to many
/// Kremlin-watchers" → "It is not surprising to many watching the Kremlin's actions"), while
/// names, numbers, rare content words and word stems survive. So a term is:
/// - a content word (not in `stopWords`) cut to its first `stemLength` letters, after dropping
///   a possessive ("Kremlin’s" → "kreml", "negotiations"/"negotiator" → "negot");
/// - a number, keyed by its digits, with number words read as numbers ("five" → "#5").
enum Terms {
    /// Letters kept of a content word. Prefix truncation is a crude but language-neutral
    /// stemmer; 5 is the length found best for English and Russian retrieval in the
    /// truncation-stemming literature (e.g. Savoy; McNamee & Mayfield, "Character N-Gram
    /// Tokenization for European Language Text Retrieval"), and it keeps
    /// "recognizing"/"recognition" and "stalled"/"stalling" together on the seeds.
    static let stemLength = 5

    static let numberWords: [String: String] = [
        "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
        "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "million": "1000000",
        "billion": "1000000000", "trillion": "1000000000000", "third": "3rd", "fourth": "4th", "fifth": "5th",
        "dozen": "12", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6", "семь": "7",
        "восемь": "8", "девять": "9", "десять": "10",
    ]

    /// English function words: articles, pronouns, auxiliaries, prepositions, conjunctions,
    /// and the reporting verbs a retranslation swaps freely ("said", "told"). The article
    /// generators of the tests and the benchmark keep exactly these when they respin a sentence.
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by", "from",
        "with", "without", "about", "into", "onto", "over", "under", "after", "before", "since", "until", "than",
        "as", "if", "then", "that", "this", "these", "those", "there", "here", "which", "who", "whom", "whose",
        "what", "when", "where", "why", "how", "it", "its", "it's", "he", "him", "his", "she", "her", "hers", "they",
        "them", "their", "theirs", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
        "no", "also", "only", "just", "even", "very", "too", "more", "most", "much", "many", "some", "any", "all",
        "both", "each", "every", "other", "such", "own", "same", "up", "down", "out", "off", "again", "further",
        "once", "while", "during", "through", "between", "against", "among", "per", "via", "because", "although",
        "though", "however", "whether", "either", "neither", "said", "says", "say", "told", "tell", "according",
        "he's", "she's", "that's", "there's", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't",
        "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "still", "already", "now",
        "well", "like", "upon", "within", "ever", "never",
    ]

    /// Function words (`englishFunctionWords`, then Russian ones), and tokens that are never
    /// worth a term: "one"/"ones"/"first" (too common to tell sentences apart), the "s" and "t"
    /// left of a split contraction, honorifics.
    static let stopWords: Set<String> = englishFunctionWords
        .union(["one", "ones", "first", "s", "t", "mr", "mrs", "ms", "dr"])
        .union([
            "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она", "так", "его", "но",
            "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "её", "мне", "было", "вот", "от", "меня",
            "еще", "ещё", "нет", "о", "из", "ему", "теперь", "когда", "даже", "ну", "вдруг", "ли", "если", "уже", "или",
            "ни", "быть", "был", "него", "до", "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом", "себя",
            "ничего", "ей", "может", "они", "тут", "где", "есть", "надо", "ней", "для", "мы", "тебя", "их", "чем",
            "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет", "ж", "тогда", "кто",
            "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь", "этом", "один", "почти", "мой",
            "тем", "чтобы", "нее", "были", "куда", "зачем", "всех", "никогда", "можно", "при", "наконец", "два", "об",
            "другой", "хоть", "после", "над", "больше", "тот", "через", "эти", "нас", "про", "всего", "них", "какая",
            "много", "разве", "три", "эту", "моя", "впрочем", "хорошо", "свою", "этой", "перед", "иногда", "лучше",
            "чуть", "том", "нельзя", "такой", "им", "более", "всегда", "конечно", "всю", "между", "это", "сказал",
            "заявил", "также",
        ])

    /// The term of a token, or nil for punctuation and function words.
    static func term(_ t: Token) -> String? {
        switch t.kind {
        case .punctuation: return nil
        case .number: return "#" + t.key.filter { $0 != "," }
        case .word:
            var k = t.key
            if let n = numberWords[k] { return "#" + n }
            if stopWords.contains(k) { return nil }
            if k.hasSuffix("'s") { k.removeLast(2) } else if k.hasSuffix("'") { k.removeLast() }
            if k.isEmpty || stopWords.contains(k) { return nil }
            // A house-style abbreviation weighs as the word it stands for ("Sen." as
            // "senator", "Neb." as "nebraska", "Aug." as "august"; `HouseStyle.termAliases`).
            if let full = HouseStyle.termAliases[k] { k = full }
            if k.count <= stemLength { return k }
            return String(k.prefix(stemLength))
        }
    }
}

/// Interned terms with inverse document frequencies over a set of sentences.
final class TermTable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var df: [Int32] = []

    func id(_ s: String) -> Int32 {
        if let i = ids[s] { return i }
        let i = Int32(df.count)
        ids[s] = i
        df.append(0)
        return i
    }

    /// Token keys seen, interned per kind (`Token.Kind.rawValue`): index → the key's term id
    /// (−1: none), whether it is an honorific (`Aligner.honorifics`), whether it is a period.
    private var keyIndex: [[String: Int32]] = [[:], [:], [:]]
    private(set) var keyTerm: [Int32] = []
    private(set) var keyIsHonorific: [Bool] = []
    private(set) var keyIsPeriod: [Bool] = []

    /// The index of a token's key (one dictionary lookup per token).
    func key(_ t: Token) -> Int32 {
        let kind = Int(t.kind.rawValue)
        if let i = keyIndex[kind][t.key] { return i }
        let i = Int32(keyTerm.count)
        keyIndex[kind][t.key] = i
        keyTerm.append(Terms.term(t).map { id($0) } ?? -1) // Terms.term depends on kind and key only
        keyIsHonorific.append(t.kind == .word && Aligner.honorifics.contains(t.key))
        keyIsPeriod.append(t.kind == .punctuation && t.key == ".")
        return i
    }

    /// The key indices of a sentence's tokens, in order.
    func keys(of s: Sentence) -> [Int32] { s.tokens.map { key($0) } }

    /// A sentence's sorted, de-duplicated term ids, from its key indices.
    func terms(ofKeys keys: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(keys.count)
        for k in keys where keyTerm[Int(k)] >= 0 { out.append(keyTerm[Int(k)]) }
        out.sort()
        var w = 0
        for r in 0..<out.count where r == 0 || out[r] != out[r - 1] { out[w] = out[r]; w += 1 }
        out.removeSubrange(w...)
        return out
    }

    func count(_ terms: [Int32]) { for t in terms { df[Int(t)] += 1 } }

    /// idf(t) = ln(1 + N / df(t)): a term in every sentence weighs ln 2 ≈ 0.69, a term in one
    /// sentence of 100 weighs ln 101 ≈ 4.6 (the smoothed form of Robertson & Spärck Jones).
    func weights(sentences n: Int) -> [Float] {
        df.map { d in Float(log(1.0 + Double(n) / Double(max(1, d)))) }
    }
}

import Foundation

/// The words sentence matching treats as function words, for tools built on DriftKit (the
/// benchmark's article generator keeps them when it respins a sentence).
public enum MatchingVocabulary {
    /// English function words: never terms of alignment (`Terms.englishFunctionWords`).
    public static var englishFunctionWords: Set<String> { Terms.englishFunctionWords }
}
