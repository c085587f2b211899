/// `boilerplate`: site furniture in a copy — comment forms, sign-up boxes, sharing bars,
/// image credits, edition banners — recognised by generic signals: a short inserted line
/// whose content words are mostly web-furniture vocabulary (`Lexicon.furniture`), or a
/// credit line (a line that starts with "image", "photo", "credit"…).
enum BoilerplateDetector {
    /// Longest line, in words, that can be furniture (sign-up boxes and comment notices run
    /// 2–12 words; an article sentence that mentions a newsletter is longer).
    static let maxWords = 15
    /// Share of content words that must be furniture vocabulary. 0.6: "You must be logged in
    /// to post a comment" is 3/3; "Read more about the ceasefire talks" is 2/4 and stays text.
    static let minShare = 0.6
    static let creditStarts: Set<String> = ["image", "images", "photo", "photos", "photograph", "credit", "credits", "illustration", "picture", "video", "source", "caption"]

    static func isFurniture(_ s: Sentence) -> (Bool, String) {
        let r = classify(s)
        return (r.0, r.1)
    }

    /// Whether the sentence is furniture, why, and the furniture words in it.
    static func classify(_ s: Sentence) -> (Bool, String, [String]) {
        let words = s.tokens.filter { $0.kind != .punctuation }
        guard !words.isEmpty, words.count <= maxWords else { return (false, "", []) }
        if creditStarts.contains(words[0].key), words.count <= 8 {
            return (true, "a credit line: starts with “\(words[0].key)” and has \(words.count) words", [words[0].key])
        }
        let content = words.filter { !Terms.stopWords.contains($0.key) || Lexicon.furniture.contains($0.key) }
        guard !content.isEmpty else { return (false, "", []) }
        let hits = content.filter { Lexicon.furniture.contains($0.key) }
        let share = Double(hits.count) / Double(content.count)
        if share >= minShare && hits.count >= 1 {
            return (true, "\(hits.count) of \(content.count) content words are site-furniture vocabulary (\(hits.map(\.key).joined(separator: ", ")))", hits.map(\.key))
        }
        return (false, "", [])
    }

    static func detect(_ ctx: FindingContext, claimed: inout Set<Int>) -> [Finding] {
        var out: [Finding] = []
        var run: [Int] = [], whys: [String] = [], words: [String] = [], firstBead = 0
        func flush() {
            guard !run.isEmpty else { return }
            var f = Finding(Rules.boilerplateFurnitureVocabulary, original: nil, copy: ctx.span(ctx.c, run),
                            message: run.count == 1 ? "site furniture, not article text" : "\(run.count) lines of site furniture, not article text",
                            why: whys.joined(separator: "; "))
            f.bead = firstBead
            f.words = words
            out.append(f)
            claimed.formUnion(run)
            run = []; whys = []; words = []
        }
        for (k, b) in ctx.al.beads.enumerated() {
            guard b.original.isEmpty, b.duplicateOf == nil else { if !b.original.isEmpty && !b.copy.isEmpty { flush() }; continue }
            for j in b.copy {
                let (furniture, why, hits) = classify(ctx.c.sentences[j])
                if furniture { if run.isEmpty { firstBead = k }; run.append(j); whys.append(why); words += hits } else { flush() }
            }
        }
        flush()
        return out
    }
}
