/// `inserted-note`: an annotation by the re-publisher — a parenthetical or bracketed remark
/// the original does not have ("(Trump-ish?)", "[Russian]"), or a note signed like an
/// editor's ("— Approx. InoSMI", "Editor's note:", "Прим. ред.").
enum InsertedNoteDetector: Detector {
    static let phase = "inserted-note"

    /// Share of a parenthetical's words that must be new (inserted by the diff) for it to be
    /// the re-publisher's: 0.6 leaves out a parenthesis the original had and the copy reworded.
    static let minNewShare = 0.6

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for (k, b) in ctx.alignment.beads.enumerated() where !b.copy.isEmpty && b.duplicateOf == nil {
            let toks = ctx.tokens(ctx.copy, b.copy)
            // Byte ranges of the copy that the diff marks as new.
            let inserted: [Range<Int>] = b.original.isEmpty ? [ctx.span(ctx.copy, b.copy).map { $0.start..<$0.end }!] : b.diff.compactMap { $0.op == .insert ? $0.copy : nil }
            func isNew(_ t: Token) -> Bool { inserted.contains { $0.lowerBound <= t.start && t.end <= $0.upperBound } }
            for g in Brackets.groups(toks) {
                // Inside an inserted sentence a bracket is part of that insertion, unless the
                // bracket is the whole sentence (and the sentence is not page furniture:
                // `Reconcile`).
                if b.original.isEmpty && !(g.lowerBound == 0 && g.upperBound >= toks.count - 1) { continue }
                let inner = toks[(g.lowerBound + 1)..<(g.upperBound - 1)]
                let words = inner.filter { $0.kind != .punctuation }
                guard !words.isEmpty else { continue }
                // A wire credit ("(AP)", "(CNN)", "(@CNN)") or a photo credit ("(AP Photo/…)") is
                // page material, not the re-publisher's remark.
                if Brackets.isCredit(ctx.copy, toks, g) { continue }
                // A stock ticker ("(NYSE: PEP)") is a reference, not a remark.
                if isTicker(toks, g) { continue }
                let newShare = Double(words.filter(isNew).count) / Double(words.count)
                guard newShare >= minNewShare else { continue }
                let r = toks[g.lowerBound].start..<toks[g.upperBound - 1].end
                let text = ctx.copy.text(r.lowerBound, r.upperBound)
                let signed = hasNoteMarker(text)
                let reaction = inner.contains { $0.key == "?" || $0.key == "!" }
                var f = Finding(signed ? Rules.insertedNoteSigned : Rules.insertedNoteNewParenthetical,
                                original: ctx.originalSpan(b), copy: ctx.span(ctx.copy, r),
                                message: signed ? "an editor's note added by the re-publisher" : (reaction ? "an inline reaction added by the re-publisher" : "a bracketed remark added by the re-publisher"),
                                why: "\(Int(newShare * 100))% of the words inside the brackets are not in the original" + (signed ? "; it carries a note signature" : ""))
                f.words = [text]
                f.bead = k
                if b.original.isEmpty { f.explains = b.copy }
                out.append(f)
            }
            // A whole inserted sentence signed as a note.
            if b.original.isEmpty, let sp = ctx.copySpan(b), hasNoteMarker(sp.text),
               Brackets.groups(toks).isEmpty {
                var f = Finding(Rules.insertedNoteSigned, weaker: true, original: nil, copy: sp,
                                message: "an editor's note added by the re-publisher",
                                why: "an inserted sentence that carries a note signature")
                f.bead = k
                f.explains = b.copy
                out.append(f)
            }
        }
        out += introductions(ctx)
        return out
    }

    /// The re-publisher's introduction: a copy sentence that ends with a colon, with inserted
    /// text before it (or the copy's start) and text from the original right after it ("Under
    /// the title '…', we publish excerpts of the editorial:", "This is a must-read from the
    /// wire service:"). It presents what follows in the re-publisher's words. The colon
    /// sentence may be inserted itself, or merged by the aligner into the bead of the text it
    /// introduces (a translation's length model pairs it with the first paragraph); the
    /// finding takes the inserted sentences of its line before it too (a segmenter splits the
    /// line at a question mark inside a quoted title).
    static func introductions(_ ctx: FindingContext) -> [Finding] {
        let sents = ctx.copy.sentences, beads = ctx.alignment.beads
        func inserted(_ j: Int) -> Bool { beads[ctx.beadOfCopy[j]].original.isEmpty && beads[ctx.beadOfCopy[j]].duplicateOf == nil }
        var out: [Finding] = []
        for j in sents.indices where j + 1 < sents.count {
            let next = beads[ctx.beadOfCopy[j + 1]]
            guard !next.original.isEmpty, next.duplicateOf == nil else { continue }
            let own = beads[ctx.beadOfCopy[j]]
            // Inserted itself, or the first copy sentence of the bead of what it introduces,
            // after inserted text.
            let merged = ctx.beadOfCopy[j] == ctx.beadOfCopy[j + 1] && own.copy.first == j && (j == 0 || inserted(j - 1))
            guard inserted(j) || merged else { continue }
            guard sents[j].tokens.last?.key == ":" else { continue }
            var first = j
            while first > 0, !ctx.copy.startsLine(sents[first]), inserted(first - 1) { first -= 1 }
            var f = Finding(Rules.insertedNoteIntroduction, original: nil, copy: ctx.span(ctx.copy, Array(first...j)),
                            message: "the re-publisher's introduction to the text that follows",
                            why: "an inserted sentence that ends with a colon right before text that comes from the original")
            f.bead = ctx.beadOfCopy[first]
            f.explains = Array(first...j).filter(inserted)
            out.append(f)
        }
        return out
    }

    /// "(NYSE: PEP)", "(Nasdaq: MSFT - news - people)": an exchange's name, a colon and a
    /// symbol in capitals. Exchanges in `Vocabulary.stockExchanges`.
    static func isTicker(_ toks: [Token], _ g: Range<Int>) -> Bool {
        let i = g.lowerBound + 1
        guard i + 2 < g.upperBound, Vocabulary.stockExchanges.contains(toks[i].key), toks[i + 1].key == ":" else { return false }
        return toks[i + 2].kind == .word
    }

    static func hasNoteMarker(_ text: String) -> Bool {
        let l = text.lowercased()
        // Foundation's search (below) costs ~60,000 instructions a call, and most sentences
        // hold no marker. A marker of ASCII characters (none has another spelling in Unicode)
        // is found only where its bytes are; one of ASCII and basic lower-case Cyrillic letters
        // (U+0430–U+044F but "й", which decomposes) only where such a letter is (lead bytes
        // 0xD0/0xD1). Any other marker is always searched for.
        let possible = Vocabulary.noteMarkers.contains { m in
            if m.utf8.allSatisfy({ $0 < 0x80 }) { return l.containsBytes(m) }
            guard m.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0x0430...0x044F).contains($0.value) && $0.value != 0x0439 }) else { return true }
            return l.utf8.contains { $0 == 0xD0 || $0 == 0xD1 }
        }
        guard possible else { return false }
        return Vocabulary.noteMarkers.contains { m in
            guard let r = l.range(of: m) else { return false }
            // A marker word must stand alone: "approx." but not "approximately".
            let after = l[r.upperBound...].first
            return after == nil || !(after!.isLetter)
        }
    }
}
