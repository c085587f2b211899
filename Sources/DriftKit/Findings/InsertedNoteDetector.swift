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
        return out
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
}
