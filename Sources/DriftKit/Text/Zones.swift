/// Where a sentence sits on the page: article text, or one of the pieces of furniture a news
/// page puts around it. Findings read zones so that furniture is reported as furniture
/// (`boilerplate`, a minor omission) and never as injected or changed content.
public enum Zone: String, Sendable, CaseIterable {
    /// The article's title: the first title-like line at the top of the page (a page repeats
    /// it as window title and heading: both are the headline).
    case headline
    /// A subheadline: a title-like line right under the headline.
    case deck
    /// "By …" lines, and short agency labels at the top or under a "By …" line ("Associated Press").
    case byline
    /// A dateline or timestamp line: "Posted: 11:16 PM, May 31, 2019", "June 1, 2019",
    /// "10:57 p.m." (a live file's entry heading), "PHILADELPHIA —".
    case dateline
    /// Credits and rights: "© 2019 …", "All rights reserved.", a wire's rights notice, a photo
    /// credit ("Yonhap/AP", "Photo: AP."), a contributor line ("… contributed to this report.").
    case credit
    /// A photo caption: a sentence next to a photo credit, or carrying one ("(AP Photo/…)").
    case caption
    /// A call to action or a control label: "Share", "Close", "Sign up for …", "Thank you for
    /// signing up!", "Advertisement", "1 of 8"; and a lone label in the text, a line of one or
    /// two words with no verb or number (a widget's name, a photographer's credit, a
    /// subheading), which cannot carry a claim.
    case action
    /// Navigation and teasers: "Related Content", headlines of other articles, link lists.
    case navigation
    /// Article text.
    case body

    /// True for every zone but `body`.
    public var isFurniture: Bool { self != .body }
    /// Zones whose rewriting says nothing about the article's claims: a changed headline,
    /// byline or timestamp is not a claim, name or number change.
    public var isMasthead: Bool { self == .headline || self == .deck || self == .byline || self == .dateline }
}

/// Gives every sentence of a document a `Zone`, from generic signals only — never from a list
/// of sites or of any text's phrases:
///
/// | signal | scale | where the value came from |
/// |---|---|---|
/// | position: the *top* is everything before the first body sentence (≥ `minBodyWords` words, sentence punctuation) | sentence index | news pages put title, byline and timestamps before the first paragraph |
/// | length | words (letters/digits tokens) | furniture lines run 1–15 words (`maxFurnitureWords`) |
/// | no sentence punctuation at the line end | `Sentence.isLine` | titles, labels and timestamps are lines |
/// | no finite verb | a closed list of auxiliaries and reporting verbs | a dateline lead-in ("PARIS (AP) — The Latest on …:") has none |
/// | date and time words | share of words (`minDateShare` 0.6) | month and weekday names, years 1900–2099, clock times, a.m./p.m., zone abbreviations, "Posted"/"Updated" |
/// | © and rights phrases | presence | "©", "copyright", "all rights reserved", "may not be published/broadcast/…" |
/// | imperative verb first | a closed list of control verbs (share, close, sign, subscribe, …) | web controls and sign-up boxes |
/// | site-furniture vocabulary | share of content words (`BoilerplateDetector.minShare`) | `Vocabulary.furniture` |
/// | lines repeated in the document | count ≥ `minRepeats` | galleries and widgets repeat their labels; article sentences are not repeated word for word |
/// | link-like text | presence | URLs, "→", "»", "|" separators |
///
/// - Complexity: O(tokens) for a document, plus a hash of each short line.
public enum ZoneClassifier {
    /// Fewest words of the sentence that opens the body (with sentence punctuation). 8: the
    /// shortest lead sentences of the seeds and development texts have 9–12 words; captions
    /// and labels above them are lines or are recognised first.
    static let minBodyWords = 8
    /// Fewest words of a title-case top line read as the headline when the authors' names
    /// follow it. Scale: words. 4: agencies and outlets name themselves in one to three
    /// ("Reuters", "Associated Press", "The Washington Post"); headlines are longer.
    static let minTitleCaseHeadlineWords = 4
    /// Longest line, in words, that can be a label, a teaser or a control (15, as
    /// `BoilerplateDetector.maxWords`: sign-up boxes and bylines run 2–15 words).
    static let maxFurnitureWords = 15
    /// Share of a line's words that must be date/time words for it to be a timestamp line.
    /// 0.6: "Posted: 11:16 PM, May 31, 2019" is 7/7, "AP Published 11:04 p.m. ChT June 1, 2019"
    /// 9/10; a sentence that mentions a date ("Police say the fire erupted early Saturday") is
    /// under 0.2.
    static let minDateShare = 0.6
    /// A short line written this many times in a document is a widget's label.
    static let minRepeats = 3
    /// Longest unit, in words, whose text the classifier reads (every text rule is for shorter
    /// units; captions read only token keys).
    static let maxTextWords = 40

    // MARK: word lists (closed classes and general vocabulary, not phrases of any text)

    /// Month names and abbreviations (`Vocabulary.months`, the one table of them).
    static let months: [String: Int] = Dictionary(uniqueKeysWithValues: Vocabulary.months)

    // MARK: classification

    /// The zone of every sentence of `d`, in sentence order.
    public static func classify(_ d: Document) -> [Zone] {
        let n = d.sentences.count
        var zones = [Zone](repeating: .body, count: n)
        guard n > 0 else { return zones }
        let lexicon = Lexicon(numbers: d.keys?.count ?? 0)
        // (The text passed on its own: a closure or initialiser that takes the `Document` copies
        // it, a dozen references retained and released, for each sentence.)
        let text = d.source.text
        let facts = d.sentences.map { Facts(text, $0, lexicon) }

        // Short lines repeated in the document (widget labels, gallery credits).
        var counts: [String: Int] = [:]
        for f in facts where f.words.count <= maxFurnitureWords && f.isLine && !f.words.isEmpty { counts[f.norm, default: 0] += 1 }

        // 1. Zones that any position can have.
        for k in 0..<n {
            let f = facts[k]
            if let z = standalone(f) { zones[k] = z; continue }
            if f.isLine && f.words.count <= maxFurnitureWords && !f.words.isEmpty && (counts[f.norm] ?? 0) >= minRepeats {
                zones[k] = .navigation
            }
        }
        // A short sentence that addresses the reader ("A link has been sent to your friend's
        // email address.", "Please read the rules …") next to a control is part of the widget.
        func widgetText() {
            for _ in 0..<2 {
                func widget(_ z: Zone) -> Bool { z == .action || z == .navigation }
                // (The neighbours first: most sentences have no widget beside them.)
                for k in 0..<n where zones[k] == .body && ((k > 0 && widget(zones[k - 1])) || (k + 1 < n && widget(zones[k + 1]))) {
                    if facts[k].addressesReader { zones[k] = .action }
                }
            }
        }
        widgetText()
        // 2. Captions: a sentence carrying a photo credit, or the paragraph next to a short
        //    photo-credit line (before or after it).
        for k in 0..<n where zones[k] == .body && facts[k].carriesPhotoCredit {
            for p in paragraph(facts, k) where zones[p] == .body { zones[p] = .caption }
        }
        for k in 0..<n where zones[k] == .body && facts[k].readsAsCaption { zones[k] = .caption }
        // A photo credit that closes a paragraph ("… in Harbor City. (AP Photo/Jane Roe)"):
        // the paragraph is its caption.
        for k in 0..<n where zones[k] == .credit && facts[k].isPhotoCredit && !facts[k].startsLine {
            for p in paragraph(facts, k) where zones[p] == .body { zones[p] = .caption }
        }
        // A sentence that ends with the date a photo was taken, right under a photo credit
        // ("Yonhap/AP" then "The destroyer … arrives …, on July 24, 2010.").
        for k in 1..<max(1, n) where zones[k] == .body && zones[k - 1] == .credit && facts[k - 1].isPhotoCredit && facts[k].endsWithDate(weekday: false) {
            zones[k] = .caption
        }
        // 3. The top of the page: lines before the first body sentence — or, when that
        //    sentence is a deck (a summary between the title and the byline or timestamp
        //    lines), before the first body sentence after them.
        var top = (0..<n).first { k in zones[k] == .body && facts[k].opensBody } ?? n
        if let deckEnd = deckMastheadEnd(facts, zones, top) {
            zones[top] = .deck
            top = (deckEnd..<n).first { k in zones[k] == .body && facts[k].opensBody } ?? n
        }
        var headline: String? = nil
        var previous: Zone? = nil
        for k in 0..<top {
            defer { previous = zones[k] }
            let f = facts[k]
            guard zones[k] == .body, !f.words.isEmpty else { continue }
            // A sentence (it ends with sentence punctuation) is text, whatever its place: a
            // blog's own introduction ("This is a great article from CNN:") is judged as
            // text, unless it sits in a widget (next to a control).
            if !f.isLine && !f.raw.hasSuffix("?") && !f.raw.hasSuffix("!") {
                if f.words.count < minBodyWords, (k > 0 && zones[k - 1] == .action) || (k + 1 < n && zones[k + 1] == .action) { zones[k] = .action }
                continue
            }
            if let h = headline, f.norm == h { zones[k] = .headline; continue }
            if f.isDatelineOnly { zones[k] = .dateline; continue }
            if headline == nil && f.words.count >= 3 && !f.isAllCapitalisedLabel {
                zones[k] = .headline; headline = f.norm; continue
            }
            // A title-case headline ("Putin's New Hermit Kingdom") over the authors' names or a
            // "By" line is the headline, not an agency's name (those run one to three words).
            if headline == nil, f.words.count >= minTitleCaseHeadlineWords, f.isAllCapitalisedLabel, k + 1 < top,
               facts[k + 1].isNameList || facts[k + 1].isByline {
                zones[k] = .headline; headline = f.norm; continue
            }
            // A list of names under the headline ("Cat Zakrzewski, Catherine Belton, …", "Maria
            // Lopez and Tom Reed"), before the label rule below reads a short one as navigation.
            if headline != nil, f.isNameList { zones[k] = .byline; continue }
            if f.words.count <= 5 && f.isAllCapitalisedLabel && !f.hasFiniteVerb {
                // An agency's name at the top, or on the line under a byline ("By Jane
                // Roe" / "Associated Press"), is part of the byline.
                zones[k] = headline == nil || previous == .byline ? .byline : .navigation; continue
            }
            if previous == .headline && f.words.count >= 4 { zones[k] = .deck; continue }
            zones[k] = .navigation
        }
        widgetText()
        // 4. In the body: a lead-in line that is a dateline with no verb ("PARIS (AP) — The
        //    Latest on …:"), and teasers after a navigation label.
        for k in top..<n where zones[k] == .body {
            let f = facts[k]
            if f.isDatelineLeadIn { zones[k] = .dateline; continue }
            if f.isLoneLabel { zones[k] = .action; continue }
            if k > 0, zones[k - 1] == .navigation, facts[k - 1].isNavigationLabel, f.isLine, f.words.count <= maxFurnitureWords {
                zones[k] = .navigation
            }
        }
        // 5. For HTML, what the page's own markup says a block is (`MarkupRole`: `<h1>`,
        //    `rel=author`, `<time>`, `<figcaption>`, …) outranks the text signals.
        for k in 0..<n {
            switch d.source.markupRole(at: d.sentences[k].start) {
            case .headline?: zones[k] = .headline
            case .deck?: zones[k] = .deck
            case .byline?: zones[k] = .byline
            case .dateline?: zones[k] = .dateline
            case .caption?: zones[k] = .caption
            default: break
            }
        }
        return zones
    }

    /// Most sentences between the headline and a deck candidate (the headline lines a page
    /// repeats as window title and heading). 3: title, kicker, heading.
    static let maxLinesAboveDeck = 3
    /// Most sentences after a deck before its byline or timestamp line (2: "Updated:" and a
    /// second stamp sit between them on wire pages).
    static let maxLinesToMasthead = 3
    /// Least share of a deck's content words that the body repeats. A deck summarises the
    /// article, so its words come back below it; 0.6 keeps a note that claims something the
    /// article does not say (new names, new words) in the body, where it is judged as text.
    /// Scale: share of the deck's distinct content words (not stop words, not punctuation).
    static let minDeckRestated = 0.6

    /// When the sentence `top` is a deck — right under the title lines, followed within
    /// `maxLinesToMasthead` sentences by a byline or timestamp line with only furniture in
    /// between, and restating the body (`minDeckRestated`) — the index after that masthead
    /// line; otherwise nil. A page puts its summary above the byline; an article's first
    /// paragraph comes after it.
    static func deckMastheadEnd(_ facts: [Facts], _ zones: [Zone], _ top: Int) -> Int? {
        let n = facts.count
        guard top >= 1, top <= maxLinesAboveDeck, top < n, !facts[top].words.isEmpty else { return nil }
        // Above: title lines only (lines, none of them a sentence of text).
        guard (0..<top).allSatisfy({ facts[$0].isLine || zones[$0] != .body }),
              (0..<top).contains(where: { facts[$0].words.count >= 3 }) else { return nil }
        // Below: furniture lines, then a byline or a timestamp.
        var end: Int? = nil
        for k in (top + 1)..<min(n, top + 1 + maxLinesToMasthead) {
            if zones[k] == .byline || zones[k] == .dateline { end = k + 1; break }
            if zones[k] == .body { return nil }
        }
        guard let masthead = end else { return nil }
        // Restated below: the deck's content words come back in the body.
        let f = facts[top]
        let deck = Set(f.words.indices.filter { f.words[$0].kind == .word && !Vocabulary.stopWords.contains(f.keys[$0]) }.map { f.keys[$0] })
        guard !deck.isEmpty else { return nil }
        var below = Set<String>()
        for k in masthead..<n { for key in facts[k].keys where deck.contains(key) { below.insert(key) } }
        return Double(below.count) / Double(deck.count) >= minDeckRestated ? masthead : nil
    }

    /// Zones recognised from the sentence alone.
    static func standalone(_ f: Facts) -> Zone? {
        guard !f.words.isEmpty else { return nil }
        // Every furniture line is short; a long sentence is furniture only by a "©".
        if f.words.count > maxTextWords { return f.hasCopyrightSign ? .credit : nil }
        if f.isRights || f.isPhotoCredit || f.isContributorLine { return .credit }
        if f.isByline { return .byline }
        if f.isTimestamp { return .dateline }
        if f.isLinkLike { return .navigation }
        if f.isNavigationLabel { return .navigation }
        if f.isAction { return .action }
        return nil
    }

    /// Sentence indices of the paragraph (text between line breaks) holding sentence `k`.
    static func paragraph(_ facts: [Facts], _ k: Int) -> [Int] {
        var lo = k, hi = k
        while lo > 0, !facts[lo].startsLine { lo -= 1 }
        while hi + 1 < facts.count, !facts[hi + 1].startsLine { hi += 1 }
        return Array(lo...hi)
    }

    /// What the classifier reads of one sentence. A class (every field a constant or made
    /// once): the classifier reads `facts[k]` many times per sentence, and a struct of seven
    /// arrays and three strings copied out of the array each time cost a retain and a release
    /// per field (perf, 100k pair: 2% of the whole run). What only some rules read — the
    /// sentence's text, which words are capitalised — is made when first read; the words
    /// every rule might look for are found in the one pass that collects the words.
    final class Facts {
        let words: [Token]
        /// The words' keys (a view of `words`, not a copy).
        let keys: Keys
        /// The sentence as written, for the text rules; empty for a unit longer than
        /// `maxTextWords` (no text rule reads those).
        private(set) lazy var raw: String = short ? String(decoding: text[start..<end], as: UTF8.self) : ""
        /// Whether `raw` holds `needle` (ASCII or one quote mark), by bytes.
        func has(_ needle: String) -> Bool {
            guard short else { return false }
            return text.withUnsafeBufferPointer { b in UnsafeBufferPointer(rebasing: b[start..<end]).containsBytes(needle) }
        }
        /// Lower-case words joined by one space: the key for repeats and headline copies.
        let norm: String
        let isLine: Bool
        /// True when a line break (or the start of the text) comes before the sentence.
        let startsLine: Bool
        private(set) lazy var capitalised: [Bool] = text.withUnsafeBufferPointer { p in
            words.map { $0.kind == .number || NameIndex.isCapitalized(p, $0.start) }
        }
        /// The first word is in capitals: ASCII letters only, at least two, none lower case.
        let firstAllCaps: Bool
        let tokens: [Token]
        /// A dash with a space before it within the first eight tokens ("PARIS (AP) — …").
        let hasDatelineDash: Bool
        /// A "©" token.
        let hasCopyrightSign: Bool
        /// An opening bracket, "(" or "[" (where `Brackets.groups` opens a group).
        let hasOpeningBracket: Bool
        /// Indices (in `words`) of the first "copyright", the first "rights" and the first
        /// "contributed" or "contributing"; whether some word is "not".
        let copyrightAt: Int?, rightsAt: Int?, contributedAt: Int?
        let hasNot: Bool

        /// The document's text and the sentence's bytes in it (UTF-8 offsets).
        private let text: [UInt8]
        private let start: Int, end: Int
        /// At most `maxTextWords` words: the text rules read this unit.
        private let short: Bool

        /// The word lists each word is in, in `words` order (made when a rule first asks).
        private(set) lazy var classes: [WordClass] = words.map { lexicon.classes(of: $0) }
        private let lexicon: Lexicon

        init(_ text: [UInt8], _ s: Sentence, _ lexicon: Lexicon) {
            self.lexicon = lexicon
            tokens = s.tokens
            // The words, and what the rules look for in every sentence, in one pass (the byte
            // count first spares most string comparisons).
            var w: [Token] = []
            w.reserveCapacity(s.tokens.count)
            var copyright: Int? = nil, rights: Int? = nil, contributed: Int? = nil, not = false
            var copyrightSign = false, bracket = false
            for t in s.tokens {
                let k = t.key
                if t.kind == .punctuation {
                    // (Only a two-byte key can be "©", only a one-byte one a bracket.)
                    switch k.utf8.count {
                    case 1: if !bracket, let c = k.utf8.first, c == 0x28 || c == 0x5B { bracket = true }
                    case 2: if !copyrightSign && k == "©" { copyrightSign = true }
                    default: break
                    }
                    continue
                }
                switch k.utf8.count {
                case 2: if !copyrightSign && k == "©" { copyrightSign = true }
                case 3: if !not && k == "not" { not = true }
                case 6: if rights == nil && k == "rights" { rights = w.count }
                case 9: if copyright == nil && k == "copyright" { copyright = w.count }
                case 11, 12: if contributed == nil && (k == "contributed" || k == "contributing") { contributed = w.count }
                default: break
                }
                w.append(t)
            }
            words = w
            keys = Keys(words: w)
            copyrightAt = copyright; rightsAt = rights; contributedAt = contributed; hasNot = not
            hasCopyrightSign = copyrightSign
            hasOpeningBracket = bracket
            // The text and the joined keys are only read for short units (labels, credits,
            // titles); long sentences skip making them.
            short = w.count <= ZoneClassifier.maxTextWords
            self.text = text
            start = s.start; end = s.end
            norm = short && s.isLine ? keys.joined(separator: " ") : ""
            isLine = s.isLine
            startsLine = Document.startsLine(text, s)
            // (A key equal to "-" is that one byte: compared as bytes.)
            hasDatelineDash = s.tokens.prefix(8).contains { t in t.key.utf8.count == 1 && t.key.utf8.first == 0x2D && t.start > 0 && text[t.start - 1] == 0x20 }
            // All capitals: ASCII letters only, at least two, none lower case ("PARIS", "AP").
            // (Only the first word's is read.)
            firstAllCaps = w.first.map { t in
                guard t.kind == .word else { return false }
                var upper = 0
                for i in t.start..<t.end {
                    let c = text[i]
                    if c >= 0x61 && c <= 0x7A || c >= 0x80 { return false }
                    if c >= 0x41 && c <= 0x5A { upper += 1 }
                }
                return upper >= 2
            } ?? false
        }

        /// The keys of a sentence's words, read from the words in place.
        struct Keys: RandomAccessCollection {
            let words: [Token]
            var startIndex: Int { 0 }
            var endIndex: Int { words.count }
            subscript(i: Int) -> String { words[i].key }
        }

        /// An auxiliary, a modal or a reporting verb, or a lower-case "-ed" word (a past tense;
        /// a capitalised one is more often a name: "Associated Press", "Related").
        var hasFiniteVerb: Bool {
            keys.indices.contains { i in
                classes[i].contains(.finiteVerb) || (keys[i].count >= 5 && keys[i].hasSuffix("ed") && !capitalised[i])
            }
        }

        /// An auxiliary, a modal or a reporting verb (no "-ed" guess).
        var hasAuxiliary: Bool { classes.contains { $0.contains(.finiteVerb) } }

        /// A date or time word at index `i`: a month or weekday name, a year, a clock time, a
        /// day number next to a month, a.m./p.m. after a number, or a zone abbreviation after a time.
        func isDateTime(_ i: Int) -> Bool {
            let k = keys[i], t = words[i]
            let c = classes[i]
            if c.contains(.month) {
                // "may" is a month only next to a number ("May 31", "31 May").
                if k == "may" { return neighbourIsNumber(i) && capitalised[i] }
                return true
            }
            if c.contains(.weekday) { return true }
            if t.kind == .number {
                if k.containsBytes(":") { return true }
                if let v = Int(k.filter(\.isNumber)), k.allSatisfy({ $0.isNumber }) {
                    if k.count == 4 && (1900...2099).contains(v) { return true }
                    if (1...31).contains(v) && (monthAround(i) || ampmAfter(i)) { return true }
                }
                if k.hasSuffix("am") || k.hasSuffix("pm") || k.hasSuffix("z") { return true } // "09:14am", "13:43:05z"
                return false
            }
            if (k == "am" || k == "pm") && i > 0 && words[i - 1].kind == .number { return true }
            // "12 minutes ago", "3 hours ago".
            if c.contains(.agoUnit), i > 0, words[i - 1].kind == .number, i + 1 < keys.count, keys[i + 1] == "ago" { return true }
            // A time-zone abbreviation: 2–4 capitals right after a time ("ET", "EDT", "ChT").
            if i > 0, isDateTimeNumberOrAmPm(i - 1), (2...4).contains(k.count), capitalised[i], !c.contains(.finiteVerb) { return true }
            return false
        }
        private func neighbourIsNumber(_ i: Int) -> Bool {
            (i + 1 < words.count && words[i + 1].kind == .number) || (i > 0 && words[i - 1].kind == .number)
        }
        private func monthAround(_ i: Int) -> Bool {
            (i > 0 && classes[i - 1].contains(.month)) || (i + 1 < keys.count && classes[i + 1].contains(.month))
        }
        private func ampmAfter(_ i: Int) -> Bool { i + 1 < keys.count && (keys[i + 1] == "am" || keys[i + 1] == "pm") }
        private func isDateTimeNumberOrAmPm(_ i: Int) -> Bool {
            keys[i] == "am" || keys[i] == "pm" || (words[i].kind == .number && keys[i].containsBytes(":"))
        }

        /// A timestamp line: short, mostly date/time words and timestamp labels, with at
        /// least one date/time word and no verb of a sentence.
        var isTimestamp: Bool {
            guard words.count <= ZoneClassifier.maxFurnitureWords else { return false }
            // Every date/time word (`isDateTime`) is a month or weekday name, a number, or one
            // after a number or "am"/"pm": without any of them nothing is dated (one hash a word
            // instead of three).
            guard words.indices.contains(where: { i in
                words[i].kind == .number || keys[i] == "am" || keys[i] == "pm" || classes[i].contains(.calendar)
            }) else { return false }
            var dated = 0, labelled = 0
            for i in words.indices {
                if isDateTime(i) { dated += 1 } else if classes[i].contains(.timestampLabel) { labelled += 1 }
            }
            guard dated >= 1 else { return false }
            // A wire or site name beside the stamp ("AP Published …") is allowed: capitalised words.
            let names = words.indices.filter { !isDateTime($0) && !classes[$0].contains(.timestampLabel) && capitalised[$0] }.count
            let share = Double(dated + labelled) / Double(words.count)
            return share >= ZoneClassifier.minDateShare || (Double(dated + labelled + names) / Double(words.count) >= 0.9 && dated >= 2)
        }

        /// "By …" with a capitalised name after it, short.
        var isByline: Bool {
            // A line (no sentence punctuation at its end): "By Friday, about 40 people …" in
            // running text is not a byline.
            guard isLine, let b = keys.prefix(2).firstIndex(of: "by"), words.count <= 25 else { return false }
            if words.count == 1 { return isLine }
            // "By Jane Doe", "Authored by Jane Doe", "Story by …".
            guard b + 1 < words.count, b == 0 || isLine else { return false }
            return capitalised[b + 1] && !hasFiniteVerb
        }

        /// "©", "copyright", "all rights reserved", or a rights notice.
        var isRights: Bool {
            if hasCopyrightSign || hasCopyrightParen { return true }
            // "Copyright 2019 …": the word with a year, not a sentence about copyright law.
            if words.count <= 25, let c = copyrightAt,
               keys[c...].prefix(4).contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) { return true }
            if let r = rightsAt, r + 1 < keys.count, keys[r + 1] == "reserved" { return true }
            // "This material may not be published, broadcast, rewritten or redistributed."
            // (The "not" first: most sentences have none, and the verbs need a hash each.)
            guard hasNot else { return false }
            return classes.filter { $0.contains(.rightsVerb) }.count >= 3
        }

        /// `raw` holds "(c) " or "(C) " (one pass over its bytes).
        private var hasCopyrightParen: Bool {
            guard short, end - start >= 4 else { return false }
            return text.withUnsafeBufferPointer { b in
                for i in start...(end - 4) where b[i] == 0x28 && (b[i + 1] == 0x63 || b[i + 1] == 0x43) && b[i + 2] == 0x29 && b[i + 3] == 0x20 { return true }
                return false
            }
        }

        /// A short line crediting a photo: "Yonhap/AP", "Photo: AP.", "AP Photo/Jane Doe",
        /// "Image copyright Getty Images".
        var isPhotoCredit: Bool {
            guard words.count <= 8 else { return false }
            if let f = keys.first, Vocabulary.photoWords.contains(f), isLine || words.count <= 3 || has(":") { return true }
            if keys.contains("photo") && keys.contains("ap") { return true }
            // Capitalised names joined by a slash, and nothing else.
            // Capitalised names joined by a slash, and nothing else ("Yonhap/AP"; not a row
            // of sharing links, "Mail Facebook Twitter / X").
            if has("/"), !has("://"), words.count <= 6, capitalised.allSatisfy({ $0 }), isLine,
               classes.filter({ $0.contains(.furniture) }).count * 2 < words.count { return true }
            return false
        }

        /// A sentence that carries a photo credit in brackets ("(AP Photo/Jane Doe)").
        var carriesPhotoCredit: Bool {
            guard words.count > 8 else { return false }
            // No opening bracket, no bracketed group (`Brackets.groups` opens on "(" or "[").
            guard hasOpeningBracket else { return false }
            for g in Brackets.groups(tokens) {
                let inner = tokens[g].filter { $0.kind != .punctuation }.map(\.key)
                if inner.count <= 8, inner.contains(where: { Vocabulary.photoWords.contains($0) }), tokens[g].contains(where: { $0.key == "/" }) { return true }
            }
            return false
        }

        /// The wording of a news photo's caption: "In this June 5, 1989, file photo, …",
        /// "FILE - …", or a sentence that ends with the day and date the photo was taken
        /// ("…, in Vilnius, Lithuania, Saturday, June 1, 2019.").
        var readsAsCaption: Bool {
            guard words.count >= 6, words.count <= 60 else { return false }
            if let i = keys.prefix(3).firstIndex(of: "in"), i <= 2, i + 1 < keys.count, keys[i + 1] == "this",
               keys[(i + 2)..<min(keys.count, i + 12)].contains(where: { $0 == "photo" || $0 == "image" || $0 == "picture" }) { return true }
            if keys.first == "file", tokens.count > 1, tokens[1].key == "-" { return true }
            return endsWithDate(weekday: true)
        }

        /// True for a sentence ending "<month> <day>, <year>." — with a weekday before the
        /// month when `weekday` ("…, Saturday, June 1, 2019.", the AP caption's close).
        func endsWithDate(weekday: Bool) -> Bool {
            let w = words.count
            // (The kinds first: they spare most key reads.)
            guard !isLine, w >= 10, words[w - 1].kind == .number, words[w - 2].kind == .number, keys[w - 1].count == 4,
                  ZoneClassifier.months[keys[w - 3]] != nil else { return false }
            return !weekday || Vocabulary.weekdays.contains(keys[w - 4])
        }

        /// "… contributed to this report." / "… contributed reporting." / "Jane Roe and John
        /// Doe contributed from New York."
        var isContributorLine: Bool {
            guard words.count <= 30, let c = contributedAt else { return false }
            let rest = Array(keys[(c + 1)...])
            // "contributed reporting", "contributed to this report/story".
            if rest.first == "reporting" || (rest.count >= 3 && rest[0] == "to" && rest[1] == "this" && ["report", "story", "article"].contains(rest[2])) { return true }
            // "… contributed from <place>." / "… contributed.": the wire's credit to its
            // reporters, who are named — every word before the verb a capitalised name, "and"
            // or a job word of a few letters ("researchers", "writer") — and the place after
            // it capitalised.
            guard c >= 2, rest.isEmpty || (rest.first == "from" && rest.count <= 4 && ((c + 2)..<words.count).allSatisfy({ capitalised[$0] })) else { return false }
            let named = (0..<c).filter { capitalised[$0] }.count
            return named >= 2 && (0..<c).allSatisfy { capitalised[$0] || keys[$0] == "and" || !classes[$0].contains(.stop) && keys[$0].hasSuffix("s") || keys[$0] == "writer" }
        }

        /// A line of one or two words, no verb, no number, outside the top of the page: a
        /// widget's label ("AlertMe", "Related") or a subheading; neither can carry a claim.
        var isLoneLabel: Bool {
            isLine && (1...2).contains(words.count) && !hasFiniteVerb && words.allSatisfy { $0.kind == .word }
                && !has("\"") && !has("“") && !has("”")
        }

        /// A URL, an arrow or a "|"-separated row of links.
        var isLinkLike: Bool {
            guard words.count <= 25 else { return false }
            if isLine && (has("http://") || has("https://") || has("www.")) { return true }
            if isLine && (raw.hasSuffix("→") || raw.hasSuffix("»") || raw.hasSuffix("›")) { return true }
            return isLine && !isTimestampish && raw.split(separator: "|").count >= 3
        }
        private var isTimestampish: Bool { words.indices.contains { isDateTime($0) } }

        /// A line that opens a block of links: "Related Content", "More from …", "Trending".
        var isNavigationLabel: Bool {
            guard isLine, words.count <= 4, let f = keys.first, !hasFiniteVerb else { return false }
            if Vocabulary.navigationLabels.contains(f) { return true }
            // "More newsletters", "More stories": a general opener with a furniture word.
            return Vocabulary.navigationOpeners.contains(f)
                && keys.dropFirst().contains { Vocabulary.furniture.contains($0) || Vocabulary.navigationNouns.contains($0) }
        }

        /// A control or a call to action: a short line opening with a control verb in the
        /// imperative, a line mostly of site-furniture words, or a gallery counter ("1 of 8").
        var isAction: Bool {
            // Mostly site-furniture vocabulary ("You must be logged in to post a comment."):
            // two such words at least, or a short line ("Advertisement"), never a quotation.
            let (furniture, _, hits) = BoilerplateDetector.classify(words: words, isFurniture: { classes[$0].contains(.furniture) }, isStopWord: { classes[$0].contains(.stop) })
            if furniture, hits.count >= 2 || ((isLine || words.count <= 2) && words.count <= 4), !has("\""), !has("“"), !has("”") { return true }
            guard words.count <= 12, !has("\""), !has("“") else { return false }
            if words.count == 3, words[0].kind == .number, keys[1] == "of", words[2].kind == .number { return true }
            // A pitch: a short line that speaks to the reader with no verb ("Unlimited Digital
            // Access: Only $0.99 For Your First Month").
            if isLine && addressesReader && !hasFiniteVerb { return true }
            if let f = classes.first, f.contains(.controlVerb) {
                // An imperative sentence with no other verb ("Get full access to … across all your devices.").
                // (A participle does not count: "Get the latest news delivered to your inbox.")
                if !hasAuxiliary && keys.contains(where: { $0 == "your" || $0 == "you" || $0 == "us" || $0 == "our" }) { return true }
                // "Thank you for signing up!", "Get … in your inbox", "Share", "Close", "See photos."
                if isLine || words.count <= 4 || keys.count > 1 && (keys[1] == "you" || keys[1] == "up" || keys[1] == "us") { return !hasFiniteVerb || words.count <= 4 }
            }
            // An advertising slot's label ("Story continues below advertisement").
            if isLine && words.count <= 6 && !hasAuxiliary && classes.contains(where: { $0.contains(.adWord) }) { return true }
            // A run of control words ("Share Adjust Comment Print", "CancelSend").
            if isLine && words.count <= 6 && !hasFiniteVerb {
                let controls = classes.filter { !$0.isDisjoint(with: [.controlVerb, .furniture]) }.count
                if controls * 2 >= words.count + 1 { return true }
            }
            return false
        }

        /// A short sentence outside quotation marks that speaks to the reader: "you", "your",
        /// "please".
        var addressesReader: Bool {
            words.count <= 12 && !has("\"") && !has("“") && keys.contains { $0 == "you" || $0 == "your" || $0 == "please" }
        }

        /// A line of capitalised words separated by commas or "and", with no verb: names.
        var isNameList: Bool {
            guard isLine, (2...15).contains(words.count), tokens.contains(where: { $0.key == "," || $0.key == "and" }), !hasFiniteVerb else { return false }
            return words.indices.allSatisfy { capitalised[$0] || keys[$0] == "and" }
        }

        /// A line made of capitalised words only, without a verb ("Associated Press", "CNN Wire").
        var isAllCapitalisedLabel: Bool {
            isLine && !words.isEmpty && words.indices.allSatisfy { capitalised[$0] || classes[$0].contains(.stop) }
                && words.count <= 5 && !hasFiniteVerb
        }

        /// A dateline on a line of its own: "PHILADELPHIA —", "COLUMBUS, Ohio".
        var isDatelineOnly: Bool {
            guard isLine, (1...4).contains(words.count), firstAllCaps, keys.first.map({ $0.count >= 3 }) == true else { return false }
            return !hasFiniteVerb && capitalised.allSatisfy { $0 }
        }

        /// A dateline opening a line with no verb after it: "PARIS (AP) — The Latest on the
        /// French Open (all times local):".
        var isDatelineLeadIn: Bool {
            guard words.count <= 20, firstAllCaps, !hasFiniteVerb,
                  raw.hasSuffix(":") || isLine else { return false }
            return hasDatelineDash
        }

        /// The sentence that opens the article's body: long enough, with sentence punctuation.
        var opensBody: Bool { !isLine && words.count >= ZoneClassifier.minBodyWords }
    }
}

extension ZoneClassifier {
    /// The word lists the rules read, as bits: each of a document's words is looked up in
    /// them once (`Lexicon`), not once per rule and sentence, and a sentence's bits are made
    /// once for all its rules (`isAction`, `isTimestamp` and `isRights` took 170 M of the
    /// classifier's 338 M instructions on the 10k pair, 126 M so; callgrind).
    struct WordClass: OptionSet {
        let rawValue: UInt16
        /// `Vocabulary.stopWords`.
        static let stop = WordClass(rawValue: 1 << 0)
        /// `Vocabulary.furniture`.
        static let furniture = WordClass(rawValue: 1 << 1)
        /// `ZoneClassifier.months`.
        static let month = WordClass(rawValue: 1 << 2)
        /// `Vocabulary.weekdays`.
        static let weekday = WordClass(rawValue: 1 << 3)
        /// `Vocabulary.timestampLabels`.
        static let timestampLabel = WordClass(rawValue: 1 << 4)
        /// `Vocabulary.finiteVerbs`.
        static let finiteVerb = WordClass(rawValue: 1 << 5)
        /// `Vocabulary.controlVerbs`.
        static let controlVerb = WordClass(rawValue: 1 << 6)
        /// `Vocabulary.adWords`.
        static let adWord = WordClass(rawValue: 1 << 7)
        /// `Vocabulary.agoUnits`.
        static let agoUnit = WordClass(rawValue: 1 << 8)
        /// `Vocabulary.rightsVerbs`.
        static let rightsVerb = WordClass(rawValue: 1 << 9)
        /// `Vocabulary.calendarWords`.
        static let calendar = WordClass(rawValue: 1 << 10)

        /// The lists `key` is in.
        init(key: String) {
            var c: WordClass = []
            let lists: [(Bool, WordClass)] = [
                (Vocabulary.stopWords.contains(key), .stop), (Vocabulary.furniture.contains(key), .furniture),
                (Vocabulary.calendarWords.contains(key), .calendar), (ZoneClassifier.months[key] != nil, .month),
                (Vocabulary.weekdays.contains(key), .weekday), (Vocabulary.timestampLabels.contains(key), .timestampLabel),
                (Vocabulary.finiteVerbs.contains(key), .finiteVerb), (Vocabulary.rightsVerbs.contains(key), .rightsVerb),
                (Vocabulary.controlVerbs.contains(key), .controlVerb), (Vocabulary.adWords.contains(key), .adWord),
                (Vocabulary.agoUnits.contains(key), .agoUnit),
            ]
            for (member, bit) in lists where member { c.insert(bit) }
            self = c
        }
        init(rawValue: UInt16) { self.rawValue = rawValue }
    }

    /// The `WordClass` of each key met in one document, by key number.
    final class Lexicon {
        private var keys = KeyInterner()
        private var classes: [WordClass] = []
        /// By the document's key number (`Token.keyID`), the classes once made; empty for a
        /// document without numbers (`Document.keys`), whose keys are looked up in `keys`.
        private var byNumber: [WordClass?]

        /// A lexicon for a document with `numbers` numbered keys (0: none).
        init(numbers: Int = 0) { byNumber = [WordClass?](repeating: nil, count: numbers) }

        /// The classes of a token of the document, by its key's number when it has one.
        func classes(of t: Token) -> WordClass {
            let n = Int(t.keyID)
            guard n >= 0 && n < byNumber.count else { return classes(of: t.key) }
            if let known = byNumber[n] { return known }
            let made = classes(of: t.key)
            byNumber[n] = made
            return made
        }

        func classes(of key: String) -> WordClass {
            let id = Int(keys.intern(key))
            if id == classes.count { classes.append(WordClass(key: key)) }
            return classes[id]
        }
    }
}

extension Document {
    /// The zone of each sentence (`ZoneClassifier.classify`).
    public func zones() -> [Zone] { ZoneClassifier.classify(self) }
}
