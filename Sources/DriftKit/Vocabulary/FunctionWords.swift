/// Function words: closed classes (articles, pronouns, auxiliaries, prepositions,
/// conjunctions) that carry no topic of their own.
///
/// Sources: the Russian list is the Snowball stop list; the English lists are hand-compiled
/// from English's closed word classes (no published list; each list names the commit that
/// introduced it). Scale: sets of lower-case token keys (`Token.key`), looked up per token.
extension Vocabulary {
    /// English function words: articles, pronouns, auxiliaries, prepositions, conjunctions,
    /// and the reporting verbs a retranslation swaps freely ("said", "told"), with the
    /// contracted forms news text writes. Source: hand-compiled with the alignment engine
    /// (d2245d9; "upon" … "never" added in 4e5cd25). Read by term
    /// extraction (never a term of alignment, `Terms.term`) and, through `MatchingVocabulary`,
    /// by the article generators of the tests and the benchmark, which keep exactly these when
    /// they respin a sentence.
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

    /// Russian function words: the Snowball Russian stop list (snowballstem.org, as NLTK ships
    /// it, in its order) less "сейчас", with "её"/"ещё" also spelled with ё, and "сказал",
    /// "заявил", "также", which a retranslation adds and drops freely (d2245d9).
    static let russianFunctionWords: Set<String> = [
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
    ]

    /// Tokens never worth a term besides the function words: "one"/"ones"/"first" (too common
    /// to tell sentences apart), the "s" and "t" left of a split contraction, and "dr" (a
    /// title before a name, like the courtesy titles of `stopWordHonorifics`). Hand-compiled
    /// (d2245d9, 6cadc40).
    static let nonTermWords: Set<String> = ["one", "ones", "first", "s", "t", "dr"]

    /// Words that never make a term of sentence matching (`Terms.term`) nor count as content
    /// elsewhere (word-diff cleanup, names, quotes, furniture): `englishFunctionWords`,
    /// `nonTermWords`, the English courtesy titles (`stopWordHonorifics`) and
    /// `russianFunctionWords`. Derived, not written: the parts are the lists above.
    static let stopWords: Set<String> = englishFunctionWords
        .union(nonTermWords)
        .union(stopWordHonorifics)
        .union(russianFunctionWords)

    /// Words that open a clause inside a sentence: coordinating conjunctions and the common
    /// subordinators and relative pronouns of English ("…, which", "because", "while"). Read by
    /// `ClaimChangeDetector.clauses` to cut a sentence into clauses besides its punctuation.
    /// Source: hand-compiled from English's closed word classes (issue #11, 2026-12-03).
    static let clauseOpeners: Set<String> = [
        "and", "but", "while", "because", "after", "which", "who", "where", "when", "although", "though", "as",
        "since", "before", "whereas", "if", "that",
    ]

    /// Words that start sentences; a dotted acronym before one of these ends its sentence
    /// ("…in the U.S. The president…"), before any other capitalised word it does not
    /// ("The U.S. President"). Source: hand-compiled with the segmenter (0fb8a99): function
    /// words and discourse adverbs that open news sentences, and "officials", "experts". Read
    /// by `Segmenter`, compared in lower case.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "this", "that",
        "these", "those", "there", "his", "her", "its", "their", "our", "my", "as", "at", "for", "if", "when",
        "while", "after", "before", "however", "meanwhile", "so", "yet", "or", "not", "no", "some", "many", "most",
        "what", "who", "why", "how", "where", "one", "both", "all", "still", "since", "then", "now", "also",
        "instead", "although", "though", "because", "with", "without", "from", "by", "to", "officials", "experts",
    ]

    /// Personal and possessive pronouns a name can resolve: the English personal and
    /// possessive pronouns (less "you", "me", "mine" and the plural possessives) and the
    /// relative "who"; hand-compiled (034bf37). Read by the claim-change detector: a pronoun
    /// the copy replaced by a name is not a new actor.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "us", "our", "i", "my", "who"]

    /// Words that open a describing clause after a comma: the indefinite articles of an
    /// appositive and the relative pronouns and "where"; hand-compiled (6cadc40). Read by the
    /// omission detector's dropped-description rule.
    static let descriptionOpeners: Set<String> = ["a", "an", "who", "which", "whose", "whom", "where"]
}
