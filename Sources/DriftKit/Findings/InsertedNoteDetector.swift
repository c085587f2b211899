/// `inserted-note`: an annotation by the re-publisher — a parenthetical or bracketed remark
/// the original does not have ("(Trump-ish?)", "[Russian]"), or a note signed like an
/// editor's ("— Approx. InoSMI", "Editor's note:", "Прим. ред.").
enum InsertedNoteDetector {
    /// Share of a parenthetical's words that must be new (inserted by the diff) for it to be
    /// the re-publisher's: 0.6 leaves out a parenthesis the original had and the copy reworded.
    static let minNewShare = 0.6

    static func detect(_ ctx: FindingContext, claimed: inout Set<Int>) -> [Finding] {
        var out: [Finding] = []
        for (k, b) in ctx.al.beads.enumerated() where !b.copy.isEmpty && b.duplicateOf == nil {
            let toks = ctx.tokens(ctx.c, b.copy)
            // Byte ranges of the copy that the diff marks as new.
            let inserted: [Range<Int>] = b.original.isEmpty ? [ctx.span(ctx.c, b.copy).map { $0.start..<$0.end }!] : b.diff.compactMap { $0.op == .insert ? $0.copy : nil }
            func isNew(_ t: Token) -> Bool { inserted.contains { $0.lowerBound <= t.start && t.end <= $0.upperBound } }
            for g in groups(toks) {
                // Inside an inserted sentence a bracket is part of that insertion, unless the
                // bracket is the whole sentence.
                if b.original.isEmpty && (!(g.lowerBound == 0 && g.upperBound >= toks.count - 1) || b.copy.allSatisfy(claimed.contains)) { continue }
                let inner = toks[(g.lowerBound + 1)..<(g.upperBound - 1)]
                let words = inner.filter { $0.kind != .punctuation }
                guard !words.isEmpty else { continue }
                // A wire credit ("(AP)", "(CNN)", "(@CNN)") or a photo credit ("(AP Photo/…)") is
                // page material, not the re-publisher's remark.
                if isCredit(ctx.c, toks, g) { continue }
                let newShare = Double(words.filter(isNew).count) / Double(words.count)
                guard newShare >= minNewShare else { continue }
                let r = toks[g.lowerBound].start..<toks[g.upperBound - 1].end
                let text = ctx.c.text(r.lowerBound, r.upperBound)
                let signed = hasNoteMarker(text)
                let reaction = inner.contains { $0.key == "?" || $0.key == "!" }
                var f = Finding(signed ? Rules.insertedNoteSigned : Rules.insertedNoteNewParenthetical,
                                original: ctx.originalSpan(b), copy: ctx.span(ctx.c, r),
                                message: signed ? "an editor's note added by the re-publisher" : (reaction ? "an inline reaction added by the re-publisher" : "a bracketed remark added by the re-publisher"),
                                why: "\(Int(newShare * 100))% of the words inside the brackets are not in the original" + (signed ? "; it carries a note signature" : ""))
                f.words = [text]
                f.bead = k
                out.append(f)
                if b.original.isEmpty { claimed.formUnion(b.copy) }
            }
            // A whole inserted sentence signed as a note.
            if b.original.isEmpty, !b.copy.allSatisfy(claimed.contains), let sp = ctx.copySpan(b), hasNoteMarker(sp.text),
               groups(toks).isEmpty {
                var f = Finding(Rules.insertedNoteSigned, weaker: true, original: nil, copy: sp,
                                message: "an editor's note added by the re-publisher",
                                why: "an inserted sentence that carries a note signature")
                f.bead = k
                out.append(f)
                claimed.formUnion(b.copy)
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

    static func hasNoteMarker(_ text: String) -> Bool {
        let l = text.lowercased()
        return Vocabulary.noteMarkers.contains { m in
            guard let r = l.range(of: m) else { return false }
            // A marker word must stand alone: "approx." but not "approximately".
            let after = l[r.upperBound...].first
            return after == nil || !(after!.isLetter)
        }
    }

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
}
