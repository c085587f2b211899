/// Bracketed and parenthetical groups of a sentence's tokens, and which of them are wire or
/// photo credits: read by the inserted-note and insertion detectors, the cross-language
/// findings and the zone classifier.
enum Brackets {
    /// Token ranges of parenthetical and bracketed groups, brackets included (outermost only).
    static func groups(_ ts: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var stack: [(Int, String)] = []
        for (k, t) in ts.enumerated() where t.kind == .punctuation {
            if t.key == "(" || t.key == "[" { stack.append((k, t.key == "(" ? ")" : "]")) }
            else if t.key == ")" || t.key == "]", let last = stack.last, last.1 == t.key {
                stack.removeLast()
                if stack.isEmpty { out.append(last.0..<(k + 1)) }
            }
        }
        return out
    }

    /// Longest wire credit in words ("(AP)", "(CNN)", "(Reuters)", "(@CNN)", "(AFP)") and
    /// where it may sit: within the first `creditWindow` tokens, the dateline position.
    static let maxCreditWords = 2
    static let creditWindow = 10

    /// True for a bracketed group that credits a wire or a photo: one or two capitalised words
    /// (or a handle) in the dateline position, followed by a dash or a line end ("WASHINGTON
    /// (AP) —", "(CNN) -"), or a photo credit with a slash ("(AP Photo/Jane Doe)").
    static func isCredit(_ d: Document, _ ts: [Token], _ g: Range<Int>) -> Bool {
        let inner = ts[(g.lowerBound + 1)..<(g.upperBound - 1)]
        let words = inner.filter { $0.kind != .punctuation }
        if inner.contains(where: { $0.key == "/" }), words.contains(where: { Vocabulary.photoWords.contains($0.key) }) { return true }
        guard (1...maxCreditWords).contains(words.count), g.lowerBound < creditWindow,
              words.allSatisfy({ NameIndex.isCapitalized(d, $0) || inner.first?.key == "@" }) else { return false }
        // Followed by a dash, or the end of the sentence.
        let next = g.upperBound < ts.count ? ts[g.upperBound] : nil
        guard next == nil || next!.key == "-" || next!.key == ":" else { return false }
        // Before it: nothing, or a dateline (capitalised words and commas).
        return ts[..<g.lowerBound].allSatisfy { $0.kind == .punctuation ? $0.key == "," || $0.key == "." : NameIndex.isCapitalized(d, $0) }
    }
}
