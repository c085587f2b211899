/// Author notes: the copy's own rendering of the original's byline as a line per author, with
/// who they are — "Андрей Яковлев — сотрудник Гарвардского университета …", "Jane Doe is a
/// professor of law at …". Magazines and syndicators put these above or below the article;
/// they describe the authors the original names in its byline and are page furniture (byline),
/// not an inserted claim. Only the pair shows them: a line of the copy alone that opens with a
/// name is text.
///
/// A copy sentence is an author note when all of these hold:
/// - it has no source in the original (an inserted entry) or only the original's byline, and
///   the copy's own zones call it body text;
/// - it opens with a name, `minNameWords` to `maxNameWords` capitalised words, whose last word
///   (the surname) is a word of a name in a byline sentence of the original (the same key in
///   one language; the same consonant skeleton of the transliterated name across languages,
///   as cross-language alignment reads names: `CrossLanguage.Tagger.skeleton` — given names
///   transliterate less regularly, "Andrei"/"Андрей" → "Andrej");
/// - the name is followed by a description, not a statement: a dash ("Name — a fellow"), a comma
///   ("Name, a fellow at …"), or "is"/"was";
/// - it stands at the top or the foot of the copy: no copy sentence before it, or none after
///   it, has a source among the original's body sentences;
/// - the copy does not keep the original's byline as a byline of its own (the notes are its
///   rendering of the byline; beside a kept byline, a line describing an author is text).
enum AuthorNotes {
    /// Fewest and most capitalised words of the opening name. Scale: words. 2: a given name
    /// and a surname ("Jane Doe"), so a lone capitalised first word ("The", "Russia") is never
    /// one; 4: "Jane M. de la Cruz" reads as four capitalised words or fewer (particles are not
    /// capitalised and end the name).
    static let minNameWords = 2
    static let maxNameWords = 4
    /// Most words of an author note. Scale: words. 45: the x02 notes run 5–21 words; an
    /// author's description with two affiliations stays under 45, an article paragraph
    /// rarely does (`ZoneClassifier.maxTextWords` is 40 for furniture read from one side).
    static let maxWords = 45
    /// Words that may follow the name of a description: the copula of "Jane Doe is a …" (a
    /// dash or comma there is punctuation, read apart).
    static let copulas: Set<String> = ["is", "was"]

    static func refine(original: Document, copy: Document, alignment: Alignment, oz: [Zone], cz: [Zone], beadOfCopy: [Int], beadOfOriginal: [Int]) -> [Zone] {
        let bylines = oz.indices.filter { oz[$0] == .byline }
        guard !bylines.isEmpty, !copy.sentences.isEmpty else { return cz }
        // Notes stand in for the byline: a copy that keeps the original's byline as a byline
        // of its own ("By Jane Doe" ↔ "By Jane Doe") has no need of them, and a line there
        // that describes an author ("Jane Doe is a paid propagandist.") is judged as text.
        let bylineKept = bylines.contains { i in beadOfOriginal[i] >= 0 && alignment.beads[beadOfOriginal[i]].copy.contains { cz[$0] == .byline } }
        guard !bylineKept else { return cz }
        let cross = original.language != copy.language
        let tr = cross ? Transliterator("Any-Latin; Latin-ASCII") : nil
        func key(_ d: Document, _ t: Token) -> String? {
            guard cross else { return NameIndex.key(t) }
            let latin = tr.map { $0.apply(d.text(t.start, t.end)) } ?? d.text(t.start, t.end)
            return CrossLanguage.Tagger.skeleton(latin)
        }
        // The words of the original's byline names.
        var nameKeys = Set<String>()
        for i in bylines {
            for t in original.sentences[i].tokens where t.kind == .word && NameIndex.isCapitalized(original, t) {
                if let k = key(original, t) { nameKeys.insert(k) }
            }
        }
        guard !nameKeys.isEmpty else { return cz }
        // Copy sentences with a source among the original's body sentences.
        let sourced = copy.sentences.indices.map { j in alignment.beads[beadOfCopy[j]].original.contains { oz[$0] == .body } }
        guard let firstSourced = sourced.firstIndex(of: true), let lastSourced = sourced.lastIndex(of: true) else { return cz }
        var out = cz
        for j in copy.sentences.indices where cz[j] == .body && (j < firstSourced || j > lastSourced) {
            // Inserted, or paired with the byline itself (the aligner may pair the notes with it).
            guard alignment.beads[beadOfCopy[j]].original.allSatisfy({ oz[$0] == .byline }) else { continue }
            let ts = copy.sentences[j].tokens
            guard ts.count(where: { $0.kind != .punctuation }) <= maxWords else { continue }
            var n = 0
            while n < ts.count, n < maxNameWords, ts[n].kind == .word, NameIndex.isCapitalized(copy, ts[n]) { n += 1 }
            guard n >= minNameWords, n < ts.count, let surname = key(copy, ts[n - 1]), nameKeys.contains(surname) else { continue }
            let next = ts[n]
            let describes = next.kind == .punctuation ? (next.key == "-" || next.key == ",") : copulas.contains(next.key)
            if describes { out[j] = .byline }
        }
        return out
    }
}
