/// `boilerplate`: page furniture in a copy — headlines and bylines of the copy's page,
/// timestamps, credits and rights notices, captions, sign-up boxes, control labels, teasers —
/// recognised by the copy's zones (`ZoneClassifier`). Furniture is never an insertion:
/// - a run of copy sentences with no source whose zone is not `body` is one finding
///   (`boilerplate.furniture`);
/// - a furniture line the copy changed (its own timestamp, its site's name in the page
///   title) is one finding (`boilerplate.changed-furniture`), and no name, number or claim
///   change is reported for it (`Rules`).
/// A timestamp line directly above inserted article text is that text's heading (a live
/// file's new entry) and is left to the insertion.
enum BoilerplateDetector: Detector {
    static let phase = "boilerplate"

    /// Longest line, in words, that can be furniture by vocabulary alone (sign-up boxes and
    /// comment notices run 2–12 words; an article sentence that mentions a newsletter is longer).
    static let maxWords = 15
    /// Share of content words that must be furniture vocabulary. 0.6: "You must be logged in
    /// to post a comment" is 3/3; "Read more about the ceasefire talks" is 2/4 and stays text.
    static let minShare = 0.6
    /// Fewest words a copy must add, drop or change (in aligned sentences or whole) for the
    /// furniture both pages share to be listed. 3: a re-wrapped copy of a seed shifts at most
    /// one word between sentences (seed 004's typographic copy), while every development copy
    /// with shared furniture changes dozens.
    static let minChangedWords = 3

    /// Whether a line's words are mostly site-furniture vocabulary, why, and those words.
    static func classify(words: [Token]) -> (Bool, String, [String]) {
        classify(words: words, isFurniture: { Vocabulary.furniture.contains(words[$0].key) }, isStopWord: { Vocabulary.stopWords.contains(words[$0].key) })
    }

    /// `classify(words:)` with the two word lists asked through `isFurniture` and
    /// `isStopWord` (by index in `words`), for a caller that knows them already.
    static func classify(words: [Token], isFurniture: (Int) -> Bool, isStopWord: (Int) -> Bool) -> (Bool, String, [String]) {
        guard !words.isEmpty, words.count <= maxWords else { return (false, "", []) }
        // Content words: not stop words, or furniture words (one pass, each word's furniture
        // test made once).
        var content = 0, hits: [Token] = []
        for (i, t) in words.enumerated() {
            let furniture = isFurniture(i)
            if furniture || !isStopWord(i) { content += 1; if furniture { hits.append(t) } }
        }
        guard content > 0 else { return (false, "", []) }
        let share = Double(hits.count) / Double(content)
        if share >= minShare && hits.count >= 1 {
            return (true, "\(hits.count) of \(content) content words are site-furniture vocabulary (\(hits.map(\.key).joined(separator: ", ")))", hits.map(\.key))
        }
        return (false, "", [])
    }

    /// How a zone is named in messages.
    static func label(_ z: Zone) -> String {
        switch z {
        case .headline: "the page's headline"
        case .deck: "a subheadline"
        case .byline: "a byline"
        case .dateline: "a dateline or timestamp"
        case .credit: "a credit or rights notice"
        case .caption: "a photo caption"
        case .action: "a control or call to action"
        case .navigation: "navigation or a teaser"
        case .body: "article text"
        }
    }

    /// One finding for a run of copy sentences: the zones they are in, named in the message.
    static func runFinding(_ ctx: FindingContext, _ run: [Int], bead: Int, rule: Rule, shared: Bool) -> Finding {
        var zs: [Zone] = []
        for j in run where !zs.contains(ctx.cz[j]) { zs.append(ctx.cz[j]) }
        let what = zs.map(label).joined(separator: ", ")
        let lines = run.count == 1 ? "page furniture" : "\(run.count) lines of page furniture"
        let them = run.count == 1 ? "it" : "them"
        var f = Finding(rule, original: nil, copy: ctx.span(ctx.copy, run),
                        message: shared ? "\(lines) (\(what)) that the original's page has too" : "\(lines) (\(what)), not article text",
                        why: shared ? "the page structure marks \(them) as \(what), not article text"
                            : "the original has no source for \(them) and the page structure marks \(them) as \(what)")
        f.bead = bead
        f.words = zs.map(\.rawValue)
        f.explains = run
        return f
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        var run: [Int] = [], firstBead = 0
        func flush() {
            guard !run.isEmpty else { return }
            out.append(runFinding(ctx, run, bead: firstBead, rule: Rules.boilerplateFurniture, shared: false))
            run = []
        }
        // Furniture both pages have (share widgets, sign-up boxes, credits, captions): one
        // finding per run, so a reader knows which lines of a changed copy are page material.
        var shared: [Int] = [], sharedBead = 0
        func flushShared() {
            guard !shared.isEmpty else { return }
            out.append(runFinding(ctx, shared, bead: sharedBead, rule: Rules.boilerplateSharedFurniture, shared: true))
            shared = []
        }
        // A copy that changes next to no word of the original (a re-typeset copy) gets no
        // finding at all: its shared furniture is not news.
        var changedWords = 0
        for b in ctx.alignment.beads where b.duplicateOf == nil {
            if b.original.isEmpty || b.copy.isEmpty {
                changedWords += (b.original.isEmpty ? b.copy.map { ctx.copy.sentences[$0] } : b.original.map { ctx.original.sentences[$0] })
                    .reduce(0) { $0 + $1.tokens.count { $0.kind != .punctuation } }
            } else if b.relation != .identical && b.relation != .typographic {
                changedWords += b.diff.reduce(0) { $0 + ($1.op == .delete || $1.op == .insert ? $1.wordCount : 0) }
            }
        }
        let cosmetic = changedWords < minChangedWords
        for (k, b) in ctx.alignment.beads.enumerated() where !b.copy.isEmpty && !cosmetic {
            let same = !b.original.isEmpty && (b.relation == .identical || b.relation == .typographic)
            for j in b.copy {
                if same, ctx.cz[j].isFurniture, !ctx.cz[j].isMasthead {
                    if shared.isEmpty { sharedBead = k }
                    shared.append(j)
                } else { flushShared() }
            }
        }
        flushShared()
        for (k, b) in ctx.alignment.beads.enumerated() {
            guard b.original.isEmpty, b.duplicateOf == nil else {
                if !b.copy.isEmpty { flush() }
                // A furniture line the copy rewrote (in a translation every line is written
                // anew: a translated headline or byline is not news).
                if !ctx.crossLanguage, !b.original.isEmpty, !b.copy.isEmpty, b.relation != .identical, b.relation != .typographic,
                   b.copy.allSatisfy({ ctx.cz[$0].isFurniture }), ZonePolicy.rewritesFurniture(ctx, b) {
                    let z = ctx.cz[b.copy[0]]
                    let rule = Rules.boilerplateChangedFurniture
                    var f = Finding(rule, original: ctx.originalSpan(b), copy: ctx.copySpan(b),
                                    message: "page furniture (\(label(z))) that the copy's page writes its own way, not article text",
                                    why: "both pages have \(label(z)) here; it differs, but it belongs to the page, not to the article")
                    f.bead = k
                    f.words = [z.rawValue]
                    out.append(f)
                } else if b.copy.count > 1, !b.original.isEmpty, b.original.allSatisfy({ !ctx.oz[$0].isFurniture }) {
                    // A furniture line joined to article text in one alignment entry ("By:
                    // CNN Newsource" + the lead): the line is furniture all the same.
                    for j in b.copy where ctx.cz[j].isFurniture && ctx.cz[j] != .caption {
                        let rule = Rules.boilerplateFurniture
                        var f = Finding(rule, original: nil, copy: ctx.span(ctx.copy, [j]),
                                        message: "page furniture (\(label(ctx.cz[j]))), not article text",
                                        why: "the page structure marks it as \(label(ctx.cz[j])); it sits beside article text that the original has")
                        f.bead = k
                        f.words = [ctx.cz[j].rawValue]
                        f.explains = [j]
                        out.append(f)
                    }
                }
                continue
            }
            for j in b.copy {
                let z = ctx.cz[j]
                if z.isFurniture && !headsInsertion(ctx, j, z) {
                    if run.isEmpty { firstBead = k }
                    run.append(j)
                } else { flush() }
            }
        }
        flush()
        return out
    }

    /// A timestamp line directly above an inserted body sentence: a new entry's heading.
    static func headsInsertion(_ ctx: FindingContext, _ j: Int, _ z: Zone) -> Bool {
        guard z == .dateline, j + 1 < ctx.copy.sentences.count, ctx.cz[j + 1] == .body else { return false }
        let b = ctx.alignment.beads[ctx.beadOfCopy[j + 1]]
        return b.original.isEmpty && b.duplicateOf == nil
    }
}
