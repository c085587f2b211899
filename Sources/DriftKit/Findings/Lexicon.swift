/// Word lists the detectors read. Each is a general linguistic resource, not a list of any
/// text's phrases: keys are lower-case matching keys (see `Token.key`).
enum Lexicon {
    /// Hedges: words that soften a claim (Hyland, "Metadiscourse", 2005, hedges list, the
    /// items frequent in news). A hedge in the original with none in the copy makes the copy
    /// more certain than its source.
    static let hedges: Set<String> = [
        "may", "might", "could", "possibly", "possible", "perhaps", "probably", "probable", "likely", "unlikely",
        "apparently", "appear", "appears", "appeared", "seem", "seems", "seemed", "seemingly", "suggest", "suggests",
        "suggested", "suggesting", "indicate", "indicates", "indicated", "indicating", "reportedly", "allegedly",
        "alleged", "somewhat", "partly", "partially", "largely", "mostly", "generally", "relatively", "fairly",
        "arguably", "presumably", "supposedly", "believe", "believes", "believed", "belief", "unclear", "uncertain",
        "estimated", "roughly", "approximately", "nearly", "almost", "widely", "privately", "reported", "claimed",
        "claims", "claim", "suspected", "possibility",
    ]
    /// Boosters and amplifiers: words that harden or intensify a claim (Hyland's boosters;
    /// Quirk et al., "A Comprehensive Grammar", §8.105 amplifiers: maximizers and boosters;
    /// evaluative manner adverbs that add the writer's judgement).
    static let boosters: Set<String> = [
        "certainly", "definitely", "clearly", "obviously", "undoubtedly", "undeniably", "unquestionably", "surely",
        "indeed", "proof", "proves", "proved", "proven", "prove", "direct", "directly", "exclusive", "exclusively",
        "existential", "absolutely", "completely", "totally", "entirely", "fully", "utterly", "thoroughly",
        "extremely", "enormously", "hugely", "massively", "dramatically", "drastically", "sharply", "severely",
        "fiercely", "blatantly", "openly", "deliberately", "ruthlessly", "cynically", "shamelessly", "desperately",
        "miserably", "masterfully", "brilliantly", "convincingly", "skillfully", "cleverly", "brutally",
        "notoriously", "infamously", "confidently", "constant", "constantly", "invariably", "always", "must",
        "evidently", "plainly", "solely", "whatsoever", "shocking",
        "outrageous", "unprecedented", "catastrophic", "devastating", "importantly",
    ]
    /// Adverbial qualifiers whose loss narrows or hardens a statement ("widely seen",
    /// "somewhat eased", "privately told"): the hedges a dropped-qualifier omission looks for.
    static let qualifiers: Set<String> = [
        "widely", "somewhat", "privately", "partly", "partially", "largely", "mostly", "generally", "relatively",
        "fairly", "reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely", "nearly",
        "almost", "roughly", "approximately", "arguably", "presumably", "supposedly", "seemingly",
    ]
    /// Markers of cause ("X because Y") and of result ("Y; as a result X"). A sentence whose
    /// causal marker changes type may have its causality reversed.
    static let causeMarkers: Set<String> = ["because", "due", "owing", "since", "thanks"]
    static let resultMarkers: Set<String> = ["result", "therefore", "thus", "consequently", "hence", "accordingly"]
    /// Words of site furniture: comment forms, sign-up boxes, sharing, credits, cookie and
    /// subscription notices, navigation. A short inserted line made mostly of these is not
    /// article text.
    static let furniture: Set<String> = [
        "reply", "replies", "comment", "comments", "commenting", "logged", "login", "log", "sign", "signup",
        "subscribe", "subscription", "subscribers", "newsletter", "newsletters", "share", "shares", "sharing",
        "tweet", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "email", "mail", "print", "image",
        "images", "photo", "photos", "photograph", "credit", "credits", "getty", "shutterstock", "reuters", "afp",
        "ap", "cookie", "cookies", "privacy", "policy", "terms", "advertisement", "advertising", "sponsored", "ad",
        "ads", "click", "tap", "here", "read", "more", "related", "recommended", "trending", "popular", "follow",
        "us", "menu", "search", "skip", "content", "home", "edition", "copyright", "rights", "reserved", "loading",
        "video", "watch", "listen", "podcast", "download", "app", "leave", "post", "posted", "posts", "tags", "tag",
        "category", "categories", "filed", "permalink", "feedback", "error", "message", "heading", "subheading",
        "info", "translate", "google", "javascript", "enable", "browser", "account", "register", "password",
        "submit", "cancel", "next", "previous", "prev", "page", "top", "back", "view", "views", "min", "minute",
        "minutes", "updated", "©", "x", "rss", "donate", "support", "shop", "store", "cart",
    ]
    /// Signatures of an editor's note ("— Approx. InoSMI", "Editor's note:", "Прим. ред.").
    static let noteMarkers: [String] = ["approx", "editor's note", "editors' note", "ed. note", "note from the editor",
                                        "translator's note", "прим", "примечание", "от редакции", "ред."]
}
