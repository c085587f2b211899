/// The vocabulary of site furniture: what a news page puts around an article (comment forms,
/// sign-up boxes, sharing, credits, cookie and subscription notices, navigation, ads).
///
/// Source: general web-page vocabulary, not phrases of any text: hand-compiled with the
/// boilerplate detector (6cadc40) and the zone classifier (019dc37, 0f6e7fe, 6b0b3c6).
/// Scale: lower-case token keys.
extension Vocabulary {
    /// Words of site furniture. A short line made mostly of these is not article text
    /// (`BoilerplateDetector.classify`, `ZoneClassifier`).
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

    /// Words that mark an advertising slot ("Story continues below advertisement"): a subset
    /// of `furniture` (tested).
    static let adWords: Set<String> = ["advertisement", "advertising", "sponsored", "ad", "ads"]

    /// Verbs of web controls, used in the imperative as the first word of a short line.
    static let controlVerbs: Set<String> = [
        "share", "close", "save", "print", "email", "e-mail", "subscribe", "sign", "follow", "get", "join", "read",
        "watch", "click", "tap", "download", "comment", "log", "login", "register", "send", "cancel", "continue",
        "see", "view", "listen", "order", "support", "donate", "post", "tweet", "connect", "reply", "leave", "enter",
        "submit", "like", "load", "show", "hide", "skip", "play", "expand", "accept", "thank", "thanks", "add",
        "buy", "shop", "try", "start", "learn", "discover", "explore", "visit", "open", "report",
    ]

    /// Labels that open a block of links ("Related Content", "More coverage", "Trending").
    static let navigationLabels: Set<String> = ["related", "recommended", "trending", "popular", "featured", "sponsored",
                                                "advertisement"]

    /// Words that open a navigation label only with a furniture word or one of
    /// `navigationNouns` after them ("More newsletters", "Latest stories", "Top videos").
    static let navigationOpeners: Set<String> = ["more", "also", "latest", "top", "previous", "next", "other"]
    static let navigationNouns: Set<String> = ["stories", "story", "news", "coverage", "articles", "videos", "headlines", "content", "links"]

    /// Rights-notice verbs ("may not be published, broadcast, rewritten or redistributed").
    static let rightsVerbs: Set<String> = ["published", "broadcast", "rewritten", "redistributed", "reproduced",
                                           "distributed", "republished", "copied", "transmitted", "reprinted"]

    /// Words that start a photo credit line ("Photo: AP.", "Image copyright Getty Images").
    static let photoWords: Set<String> = ["photo", "photos", "photograph", "image", "images", "picture", "credit",
                                          "credits", "illustration", "caption", "file", "gallery"]
}
